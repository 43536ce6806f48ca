// The gazetteer built from tests/fixtures through the real builder (GDAL), once per test process, and a
// geocoder over it: London, Tokyo, Pyongyang, Seoul, Moscow (and two in the US), Vladivostok, Khasan.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "gazetteer/builder.hpp"
#include "gazetteer/geocoder.hpp"

namespace routecheck::testing {

// Built in the temporary directory and removed when the test process ends (a static's destructor: every
// test executable would otherwise leave one file behind per run).
class FixtureGazetteerFile {
 public:
  FixtureGazetteerFile()
      : path_((std::filesystem::temp_directory_path() / ("routecheck-unit-" + std::to_string(::getpid()) + ".gpkg")).string()) {
    gazetteer::build_gazetteer({std::string(ROUTECHECK_FIXTURES) + "/sources", std::string(ROUTECHECK_FIXTURES) + "/geodata",
                                path_, {}});
  }
  ~FixtureGazetteerFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  FixtureGazetteerFile(const FixtureGazetteerFile&) = delete;
  FixtureGazetteerFile& operator=(const FixtureGazetteerFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline const std::string& fixture_gazetteer() {
  static const FixtureGazetteerFile file;
  return file.path();
}

inline gazetteer::Geocoder fixture_geocoder() {
  std::vector<gazetteer::Gazetteer> g;
  g.push_back(gazetteer::Gazetteer::open(fixture_gazetteer()));
  return gazetteer::Geocoder(std::move(g));
}

}  // namespace routecheck::testing
