// Gazetteer search order.
#include "gazetteer/search_path.hpp"

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "core/install_paths.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace routecheck::gazetteer {

std::string default_user_gazetteer() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  fs::path base = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : ".") / ".local" / "share";
  return (base / "routecheck" / "places.gpkg").string();
}

std::string built_gazetteer() {
  const char* env = std::getenv("ROUTECHECK_DEFAULT_GAZETTEER");
  if (env && *env) return env;
  // An installed binary uses the gazetteer installed beside it; a build-tree binary, the build's.
  if (auto installed = install_paths::installed_share("gazetteer.gpkg")) return *installed;
  return ROUTECHECK_DEFAULT_GAZETTEER;
}

std::vector<std::string> search_path(const std::vector<std::string>& explicit_paths) {
  std::vector<std::string> paths = explicit_paths;
  if (const char* env = std::getenv("ROUTECHECK_GAZETTEER"); env && *env)
    for (std::string_view p : text::split(env, ':'))
      if (!p.empty()) paths.emplace_back(p);
  if (std::string user = default_user_gazetteer(); fs::exists(user)) paths.push_back(user);
  paths.push_back(built_gazetteer());
  return paths;
}

Geocoder open_geocoder(const std::vector<std::string>& explicit_paths) {
  std::vector<Gazetteer> gazetteers;
  for (const std::string& path : search_path(explicit_paths)) {
    if (!fs::exists(path))
      throw InputError("gazetteer '" + path + "': no such file" +
                       (path == built_gazetteer() ? " (build it: tools/demo, or routecheck gazetteer build)" : ""));
    gazetteers.push_back(Gazetteer::open(path));
  }
  return Geocoder(std::move(gazetteers));
}

}  // namespace routecheck::gazetteer
