// Strict parsing of GeoNames dump lines: a bad coordinate is reported, never read as 0.
#include "gazetteer/geonames_dump.hpp"

#include <algorithm>
#include <cctype>

#include <cmath>

#include "core/text.hpp"

namespace routecheck::gazetteer {

std::optional<GeoNamesRecord> parse_geonames_line(std::string_view line, std::string& error) {
  auto f = text::split(line, '\t');
  if (f.size() != kGeoNamesFieldCount) {
    error = "expected " + std::to_string(kGeoNamesFieldCount) + " tab-separated fields, found " +
            std::to_string(f.size());
    return std::nullopt;
  }
  GeoNamesRecord r;
  auto id = text::parse_int(f[0]);
  auto lat = text::parse_double(f[4]);
  auto lon = text::parse_double(f[5]);
  if (!id || *id <= 0) {
    error = "geonameid '" + std::string(f[0]) + "' is not a positive integer";
    return std::nullopt;
  }
  if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
    error = "coordinates '" + std::string(f[4]) + "," + std::string(f[5]) + "' are not a latitude and longitude";
    return std::nullopt;
  }
  if (f[1].empty()) {
    error = "empty name";
    return std::nullopt;
  }
  r.geonameid = *id;
  r.name = std::string(f[1]);
  r.ascii_name = std::string(f[2]);
  if (!f[3].empty())
    for (std::string_view alt : text::split(f[3], ','))
      if (!alt.empty()) r.alternate_names.emplace_back(alt);
  r.lat_deg = *lat;
  r.lon_deg = *lon;
  r.feature_class = std::string(f[6]);
  r.feature_code = std::string(f[7]);
  r.country_code = std::string(f[8]);
  r.admin1_code = std::string(f[10]);
  r.admin2_code = std::string(f[11]);
  if (auto pop = text::parse_int(f[14]); pop && *pop > 0) r.population = *pop;
  r.timezone = std::string(f[17]);
  return r;
}

Place to_place(const GeoNamesRecord& r) {
  Place p;
  p.name = r.name;
  p.ascii_name = r.ascii_name;
  p.lat_deg = r.lat_deg;
  p.lon_deg = r.lon_deg;
  p.country_code = r.country_code;
  p.admin1_code = r.admin1_code;
  p.admin2_code = r.admin2_code;
  p.feature_class = r.feature_class;
  p.feature_code = r.feature_code;
  p.population = r.population;
  p.timezone = r.timezone;
  p.geonameid = r.geonameid;
  return p;
}

bool looks_like_geonames_line(std::string_view line) {
  // The shape, not the content: a dump whose first row is bad is still a dump, and its bad row must be
  // reported as such (it was taken for "not a GeoNames dump nor a vector file").
  const std::size_t tabs = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t'));
  const std::string_view id = line.substr(0, line.find('\t'));
  return tabs == 18 && !id.empty() &&
         std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace routecheck::gazetteer
