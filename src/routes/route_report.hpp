// A route as people and programs read it: legs, totals, azimuths, a mode's bands, time zones.
#pragma once
#include <optional>
#include <nlohmann/json.hpp>
#include <string>

#include "routes/route.hpp"

namespace routecheck::text {
class JsonOut;
}

namespace routecheck::routes {

std::string route_text(const Route& route, const std::optional<ModeProfile>& mode);
std::string route_json(const Route& route, const std::optional<ModeProfile>& mode);
// "countries: North Korea → Russia; crosses North Korea → Russia at 42.42 N 130.64 E, 556 km along" or "".
std::string countries_text(const Route& route);
// {"traversed": [...], "border_crossings": [...]}, or null without outlines (part of route and check JSON);
// written to `out`, or as a tree.
void write_countries(text::JsonOut& out, const Route& route);
nlohmann::ordered_json countries_value(const Route& route);
// The network lines of a route's text ("on the sea lanes ...: 15,800 km", legs, passages, gauge changes),
// or "" when the route was not put on a network; and the same as JSON (null when not).
std::string network_text(const Route& route);
void write_network(text::JsonOut& out, const Route& route);
nlohmann::ordered_json network_value(const Route& route);
// "UTC+9" for a zone now; empty when the zone is unknown to the system's tzdata.
std::string current_utc_offset(const std::string& zone);

}  // namespace routecheck::routes
