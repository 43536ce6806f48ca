// Where the CLI finds its GDAL module: the environment and the executable's own prefix (the library
// takes the path from its configuration and reads neither).
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/install_paths.hpp"
#include "gdal_module/gdal_backend.hpp"

namespace fs = std::filesystem;

namespace routecheck {

std::string gdal_module_path() {
  constexpr const char* kModuleFile = "routecheck_gdal.so";
  std::vector<std::string> paths;
  if (const char* env = std::getenv("ROUTECHECK_GDAL_MODULE"); env && *env) paths.emplace_back(env);
  // Beside the executable in the build tree; PREFIX/lib/routecheck when installed.
  if (std::string bin = install_paths::executable_dir(); !bin.empty()) paths.push_back((fs::path(bin) / kModuleFile).string());
  if (auto installed = install_paths::installed_lib(kModuleFile)) paths.push_back(*installed);
  paths.push_back((fs::path(ROUTECHECK_MODULE_DIR) / kModuleFile).string());
  for (const std::string& path : paths)
    if (fs::exists(path)) return path;
  std::string tried;
  for (const std::string& path : paths) tried += (tried.empty() ? "" : ", ") + path;
  return tried;  // gdal_backend_at reports "missing (looked for ...)" with every path tried
}

}  // namespace routecheck
