// The gazetteer built from tests/fixtures through the real builder (GDAL), once per test process, and a
// geocoder over it: London, Tokyo, Pyongyang, Seoul, Moscow (and two in the US), Vladivostok, Khasan.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "gazetteer/builder.hpp"
#include "gazetteer/geocoder.hpp"

namespace routecheck::testing {

inline const std::string& fixture_gazetteer() {
  static const std::string path = [] {
    const std::filesystem::path out =
        std::filesystem::temp_directory_path() / ("routecheck-unit-" + std::to_string(::getpid()) + ".gpkg");
    gazetteer::build_gazetteer({std::string(ROUTECHECK_FIXTURES) + "/sources", std::string(ROUTECHECK_FIXTURES) + "/geodata",
                                out.string(), {}});
    return out.string();
  }();
  return path;
}

inline gazetteer::Geocoder fixture_geocoder() {
  std::vector<gazetteer::Gazetteer> g;
  g.push_back(gazetteer::Gazetteer::open(fixture_gazetteer()));
  return gazetteer::Geocoder(std::move(g));
}

}  // namespace routecheck::testing
