// Departure and arrival in local time, from the places' IANA zones (date/tz over the system tzdata).
#pragma once
#include <string>

#include "quantities/quantity.hpp"
#include "timeline/time_phrase.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::verdicts {

// Throws InputError unless the text is a real date and time: "YYYY-MM-DD HH:MM" (local to the origin),
// or ISO 8601 "YYYY-MM-DDTHH:MM[:SS]" with an optional zone designator (Z, +HH:MM, +HHMM, +HH) that
// makes it an instant.
void validate_departure(const std::string& depart_local);
// Whether the text is such a date and time (validate_departure would pass).
bool is_whole_departure(const std::string& text);
// The same text as a timeline time: its date, its clock time, and its offset when it names one.
timeline::TimeSpec departure_spec(const std::string& text);

// Local departure at `from_zone`, plus travel (nominal and its interval, seconds), in `to_zone`.
Timing arrival(const std::string& depart_local, const std::string& from_zone, const std::string& to_zone,
               double nominal_s, const quantities::Interval& travel_s);

// A duration read between two clock times ("departs 22:10 ... arrives 07:55") is local at each end: when
// the claim's origin and destination have time zones, the span is corrected by the difference of their
// UTC offsets (over a year, so daylight saving widens it when the two zones change on different dates),
// kept within a day, and the note says how. Does nothing to other durations, or without both zones.
void apply_time_zones_to_clock_span(Claim& claim);

}  // namespace routecheck::verdicts
