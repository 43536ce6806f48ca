// The GeoNames dump format (cities500.txt, allCountries.txt, KP.txt): 19 tab-separated fields a line.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/place.hpp"

namespace routecheck::gazetteer {

struct GeoNamesRecord {
  std::int64_t geonameid = 0;
  std::string name;
  std::string ascii_name;
  std::vector<std::string> alternate_names;
  double lat_deg = 0;
  double lon_deg = 0;
  std::string feature_class;
  std::string feature_code;
  std::string country_code;
  std::string admin1_code;
  std::string admin2_code;
  std::optional<std::int64_t> population;
  std::string timezone;
};

inline constexpr std::size_t kGeoNamesFieldCount = 19;

// Parses one line; on failure returns nullopt and says why in `error` (field and value).
std::optional<GeoNamesRecord> parse_geonames_line(std::string_view line, std::string& error);

// The record as a gazetteer place (no fid, source or prominence yet: the writer sets them).
Place to_place(const GeoNamesRecord& record);

// True when the line has the dump's shape: 19 fields, a numeric id, numeric coordinates.
bool looks_like_geonames_line(std::string_view line);

}  // namespace routecheck::gazetteer
