// A route as people and programs read it: legs, totals, azimuths, a mode's bands, time zones.
#pragma once
#include <optional>
#include <string>

#include "routes/route.hpp"

namespace routecheck::routes {

std::string route_text(const Route& route, const std::optional<ModeProfile>& mode);
std::string route_json(const Route& route, const std::optional<ModeProfile>& mode);
// "UTC+9" for a zone now; empty when the zone is unknown to the system's tzdata.
std::string current_utc_offset(const std::string& zone);

}  // namespace routecheck::routes
