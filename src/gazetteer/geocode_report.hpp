// Geocode results as people and programs read them: an aligned table, or one JSON object per query.
#pragma once
#include <string>
#include <vector>

#include "gazetteer/geocoder.hpp"

namespace routecheck::gazetteer {

// One line of JSON: {"query", "matches": [...], "suggestions": [...]} (README, "geocode --json").
std::string geocode_json_line(const GeocodeResult& result);
// An aligned table of all candidates of all results, with a header line.
std::string geocode_table(const std::vector<GeocodeResult>& results);
// "no place named 'X' (nearest names: A, B, C)"
std::string not_found_message(const GeocodeResult& result);
// The JSON line of a name that could not be looked up: {"query", "line" (when > 0), "error"}.
std::string geocode_error_json_line(std::string_view query, std::size_t line, const std::string& error);

}  // namespace routecheck::gazetteer
