// Paths of an installed routecheck, found from the executable's own location.
#include "core/install_paths.hpp"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace routecheck::install_paths {

std::string executable_dir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.parent_path().string();
}

std::optional<std::string> installed_share(const std::string& relative) {
  const std::string bin = executable_dir();
  if (bin.empty()) return std::nullopt;
  fs::path candidate = fs::path(bin).parent_path() / "share" / "routecheck" / relative;
  std::error_code ec;
  if (!fs::exists(candidate, ec)) return std::nullopt;
  return candidate.string();
}

std::optional<std::string> installed_lib(const std::string& relative) {
  const std::string bin = executable_dir();
  if (bin.empty()) return std::nullopt;
  return (fs::path(bin).parent_path() / "lib" / "routecheck" / relative).string();
}

}  // namespace routecheck::install_paths
