// Departure and arrival in local time, from the places' IANA zones (date/tz over the system tzdata).
#pragma once
#include <string>

#include "quantities/quantity.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::verdicts {

// Throws InputError unless the text is a real date and time: "YYYY-MM-DD HH:MM" (local to the origin),
// or ISO 8601 "YYYY-MM-DDTHH:MM[:SS]" with an optional zone designator (Z, +HH:MM, +HHMM, +HH) that
// makes it an instant.
void validate_departure(const std::string& depart_local);

// Local departure at `from_zone`, plus travel (nominal and its interval, seconds), in `to_zone`.
Timing arrival(const std::string& depart_local, const std::string& from_zone, const std::string& to_zone,
               double nominal_s, const quantities::Interval& travel_s);

}  // namespace routecheck::verdicts
