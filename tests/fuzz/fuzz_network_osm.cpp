// libFuzzer target: an OpenStreetMap XML file (network build, route --network) on any bytes, read with
// the rail, road or sea profile (the first byte chooses): refused with InputError, never a crash.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "core/error.hpp"
#include "networks/network_parts.hpp"
#include "networks/profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const char* const kProfiles[] = {"rail", "road", "sea"};
  const auto& profile = routecheck::networks::builtin_profile(kProfiles[data[0] % 3]);
  // libosmium reads files by name (and picks the format by suffix): a file per process in memory.
  static const std::string path = "/dev/shm/routecheck-fuzz-" + std::to_string(::getpid()) + ".osm";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);
  try {
    (void)routecheck::networks::read_osm(path, profile);
  } catch (const routecheck::InputError&) {
  }
  return 0;
}
