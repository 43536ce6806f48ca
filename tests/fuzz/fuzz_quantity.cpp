// libFuzzer target: the figure parser ("683 miles", "about 37 mph") on any bytes. Refusals are
// InputErrors; anything else (a crash, another exception, a hang) is a bug.
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "quantities/quantity.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)routecheck::quantities::parse_quantity(text);
  } catch (const routecheck::InputError&) {
  }
  return 0;
}
