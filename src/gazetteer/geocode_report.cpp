// Formatting of geocode results.
#include "gazetteer/geocode_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/text.hpp"
#include "gazetteer/name_key.hpp"

namespace routecheck::gazetteer {
namespace {

nlohmann::ordered_json candidate_json(const Candidate& c) {
  const Place& p = c.place;
  nlohmann::ordered_json j;
  j["name"] = p.name;
  j["matched_name"] = c.matched_name;
  j["lat"] = p.lat_deg;
  j["lon"] = p.lon_deg;
  j["country_code"] = p.country_code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.country_code);
  j["admin1"] = p.admin1_name.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.admin1_name);
  j["admin1_code"] = p.admin1_code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.admin1_code);
  j["kind"] = place_kind(p);
  j["feature_class"] = p.feature_class;
  j["feature_code"] = p.feature_code;
  j["population"] = p.population ? nlohmann::ordered_json(*p.population) : nlohmann::ordered_json();
  j["timezone"] = p.timezone.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.timezone);
  if (p.geonameid) j["geonameid"] = *p.geonameid;
  j["score"] = std::round(c.score * 1000) / 1000;
  j["match"] = to_string(c.match);
  j["reason"] = c.reason;
  j["source"] = p.source;
  return j;
}

// Pads to a display width counted in code points, so Cyrillic and accented names line up.
std::string pad(const std::string& s, std::size_t width) {
  const std::size_t n = code_point_count(s);
  return n >= width ? s : s + std::string(width - n, ' ');
}

}  // namespace

std::string geocode_json_line(const GeocodeResult& result) {
  nlohmann::ordered_json j;
  j["query"] = result.query;
  j["matches"] = nlohmann::ordered_json::array();
  for (const Candidate& c : result.matches) j["matches"].push_back(candidate_json(c));
  if (result.matches.empty()) j["suggestions"] = result.suggestions;
  return text::json_text(j);
}

std::string geocode_table(const std::vector<GeocodeResult>& results) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"query", "#", "name", "admin1", "cc", "lat", "lon", "feature", "population", "timezone",
                  "match", "score", "reason"});
  for (const GeocodeResult& r : results) {
    std::size_t rank = 0;
    for (const Candidate& c : r.matches) {
      const Place& p = c.place;
      rows.push_back({rank == 0 ? r.query : "", std::to_string(rank + 1), p.name, p.admin1_name,
                      p.country_code, fmt::format("{:.5f}", p.lat_deg), fmt::format("{:.5f}", p.lon_deg),
                      p.feature_class + "." + p.feature_code, p.population ? std::to_string(*p.population) : "",
                      p.timezone, to_string(c.match), fmt::format("{:.3f}", c.score), c.reason});
      ++rank;
    }
  }
  std::vector<std::size_t> width(rows.front().size(), 0);
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], code_point_count(row[i]));
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i)
      line += i + 1 == row.size() ? row[i] : pad(row[i], width[i]) + "  ";
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string not_found_message(const GeocodeResult& result) {
  std::string msg = "no place named '" + result.query + "'";
  if (!result.suggestions.empty()) {
    msg += " (nearest names: ";
    for (std::size_t i = 0; i < result.suggestions.size(); ++i) msg += (i ? ", " : "") + result.suggestions[i];
    msg += ")";
  }
  return msg;
}

std::string geocode_error_json_line(std::string_view query, std::size_t line, const std::string& error) {
  nlohmann::ordered_json j{{"query", text::utf8_excerpt(query, text::kQuotedInputBytes)}};
  if (line) j["line"] = line;
  j["error"] = error;
  return text::json_text(j) + "\n";
}

}  // namespace routecheck::gazetteer
