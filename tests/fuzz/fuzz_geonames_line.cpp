// libFuzzer target: one line of a GeoNames dump (gazetteer import) on any bytes; bad lines are reported,
// never a crash.
#include <cstdint>
#include <string>
#include <string_view>

#include "gazetteer/geonames_dump.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string error;
  (void)routecheck::gazetteer::parse_geonames_line(line, error);
  (void)routecheck::gazetteer::looks_like_geonames_line(line);
  return 0;
}
