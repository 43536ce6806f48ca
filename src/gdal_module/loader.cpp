// Finds and dlopen()s the GDAL module the first time a command needs it.
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "core/install_paths.hpp"
#include "gdal_module/gdal_backend.hpp"

namespace fs = std::filesystem;

namespace routecheck {
namespace {

constexpr const char* kModuleFile = "routecheck_gdal.so";

std::vector<std::string> candidate_paths() {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("ROUTECHECK_GDAL_MODULE"); env && *env) paths.emplace_back(env);
  // Beside the executable in the build tree; PREFIX/lib/routecheck when installed.
  if (std::string bin = install_paths::executable_dir(); !bin.empty())
    paths.push_back((fs::path(bin) / kModuleFile).string());
  if (auto installed = install_paths::installed_lib(kModuleFile)) paths.push_back(*installed);
  paths.push_back((fs::path(ROUTECHECK_MODULE_DIR) / kModuleFile).string());
  return paths;
}

const GdalBackend& load() {
  std::string tried;
  for (const std::string& path : candidate_paths()) {
    if (!fs::exists(path)) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) throw Error(ExitStatus::bad_input, "cannot load the GDAL module '" + path + "': " + dlerror());
    auto entry = reinterpret_cast<decltype(&routecheck_gdal_backend_v3)>(dlsym(handle, "routecheck_gdal_backend_v3"));
    if (!entry) throw Error(ExitStatus::bad_input, "'" + path + "' is not a routecheck GDAL module of this version");
    return *entry();
  }
  throw Error(ExitStatus::bad_input, "the GDAL module is missing (looked for " + tried + ")");
}

}  // namespace

const GdalBackend& gdal_backend() {
  static const GdalBackend& backend = load();
  return backend;
}

}  // namespace routecheck
