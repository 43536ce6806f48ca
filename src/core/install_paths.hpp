// Where an installed routecheck finds what it ships: paths relative to the running executable
// (PREFIX/bin/routecheck -> PREFIX/share/routecheck, PREFIX/lib/routecheck), so a prefix can move.
#pragma once
#include <optional>
#include <string>

namespace routecheck::install_paths {

// The directory holding the running executable (from /proc/self/exe), or "" when it cannot be read.
std::string executable_dir();
// PREFIX/share/routecheck/<relative> when it exists beside the running executable's prefix.
std::optional<std::string> installed_share(const std::string& relative);
// PREFIX/lib/routecheck/<relative> (whether or not it exists), or nullopt when the prefix is unknown.
std::optional<std::string> installed_lib(const std::string& relative);

}  // namespace routecheck::install_paths
