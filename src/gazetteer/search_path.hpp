// Which gazetteer files a command searches, in order: --gazetteer paths, then $ROUTECHECK_GAZETTEER
// (colon-separated), then the user's own places ($XDG_DATA_HOME/routecheck/places.gpkg, when it
// exists), then the gazetteer the build made.
#pragma once
#include <string>
#include <vector>

#include "gazetteer/geocoder.hpp"

namespace routecheck::gazetteer {

std::string default_user_gazetteer();  // where `gazetteer import` writes without --into
// $ROUTECHECK_DEFAULT_GAZETTEER, else PREFIX/share/routecheck/gazetteer.gpkg of an installed binary, else the
// build's data/gazetteer.gpkg
std::string built_gazetteer();
std::vector<std::string> search_path(const std::vector<std::string>& explicit_paths);
// Opens every file of the search path; throws InputError naming the first that fails.
Geocoder open_geocoder(const std::vector<std::string>& explicit_paths);

}  // namespace routecheck::gazetteer
