// Where the library finds its data and GDAL module when the configuration does not say: beside its own
// file (dladdr, so a relocated install prefix works), else where the build put them. No environment.
#include <dlfcn.h>

#include <filesystem>
#include <system_error>

#include "routecheck/config.hpp"

namespace fs = std::filesystem;

namespace routecheck {
namespace {

// The directory of the file holding this code: PREFIX/lib for the installed library, the executable's
// directory for a program that links it statically.
fs::path own_directory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&own_directory), &info) == 0 || !info.dli_fname) return {};
  std::error_code ec;
  const fs::path file = fs::canonical(info.dli_fname, ec);
  return ec ? fs::path() : file.parent_path();
}

bool file_exists(const fs::path& path) {
  std::error_code ec;
  return !path.empty() && fs::exists(path, ec);
}

}  // namespace

std::string default_data_dir() {
  if (const fs::path dir = own_directory(); !dir.empty()) {
    const fs::path installed = dir.parent_path() / "share" / "routecheck";
    if (file_exists(installed / "gazetteer.gpkg")) return installed.string();
  }
  return ROUTECHECK_BUILD_DATA_DIR;
}

std::string default_gdal_module() {
  constexpr const char* kModuleFile = "routecheck_gdal.so";
  if (const fs::path dir = own_directory(); !dir.empty()) {
    if (file_exists(dir / "routecheck" / kModuleFile)) return (dir / "routecheck" / kModuleFile).string();  // PREFIX/lib
    if (file_exists(dir / kModuleFile)) return (dir / kModuleFile).string();                                // build tree
  }
  return ROUTECHECK_BUILD_MODULE;
}

}  // namespace routecheck
