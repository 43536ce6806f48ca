// libFuzzer target: a GDAL line layer (network build from GeoJSON, the format users hand-edit) on any
// bytes, read with the rail, road or sea profile (the first byte chooses): refused with InputError (bad
// coordinates, no lines, unreadable), never a crash, never a node outside WGS84's range.
#include <cpl_vsi.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.hpp"
#include "networks/network_gdal.hpp"
#include "networks/profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const char* const kProfiles[] = {"rail", "road", "sea"};
  const auto& profile = routecheck::networks::builtin_profile(kProfiles[data[0] % 3]);
  static const std::string path = "/vsimem/routecheck-fuzz.geojson";
  VSILFILE* f = VSIFileFromMemBuffer(path.c_str(), const_cast<GByte*>(data + 1), size - 1, FALSE);
  if (!f) return 0;
  VSIFCloseL(f);
  try {
    const routecheck::networks::NetworkParts parts = routecheck::networks::read_line_layers(path, profile);
    for (const auto& node : parts.nodes)
      if (!(std::abs(node.lat_deg) <= 90 && std::abs(node.lon_deg) <= 180)) std::abort();
  } catch (const routecheck::InputError&) {
  }
  VSIUnlink(path.c_str());
  return 0;
}
