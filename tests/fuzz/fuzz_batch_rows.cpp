// libFuzzer target: a claims spreadsheet (check --batch) on any bytes: header, quoting, bad rows. Only a
// bad header may throw (InputError); a bad row becomes that row's error.
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "verdicts/claims_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view csv(reinterpret_cast<const char*>(data), size);
  try {
    for (const routecheck::verdicts::ClaimRow& row : routecheck::verdicts::read_claims_csv(csv)) (void)row;
  } catch (const routecheck::InputError&) {
  }
  return 0;
}
