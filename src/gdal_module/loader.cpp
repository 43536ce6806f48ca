// Finds and dlopen()s the GDAL module the first time a command needs it.
#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <mutex>

#include "core/error.hpp"
#include "gdal_module/gdal_backend.hpp"

namespace fs = std::filesystem;

namespace routecheck {

const GdalBackend& gdal_backend_at(const std::string& path) {
  // A module stays loaded for the life of the process: layers and reports it made may outlive any caller.
  static std::mutex mutex;
  static std::map<std::string, const GdalBackend*> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto found = loaded.find(path); found != loaded.end()) return *found->second;
  if (path.empty() || !fs::exists(path)) throw Error(ExitStatus::bad_input, "the GDAL module is missing (looked for " + path + ")");
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) throw Error(ExitStatus::bad_input, "cannot load the GDAL module '" + path + "': " + dlerror());
  auto entry = reinterpret_cast<decltype(&routecheck_gdal_backend_v7)>(dlsym(handle, "routecheck_gdal_backend_v7"));
  if (!entry) throw Error(ExitStatus::bad_input, "'" + path + "' is not a routecheck GDAL module of this version");
  const GdalBackend* backend = entry();
  loaded.emplace(path, backend);
  return *backend;
}

}  // namespace routecheck
