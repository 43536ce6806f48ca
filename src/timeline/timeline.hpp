// Time across a story: a trip's departure plus its travel time gives the arrival as an interval of local
// times at the far end (date/tz over the system tzdata, each place in its own zone); the arrival and the
// later events a story ties to the trip must fall where that interval allows, day of the week included.
#pragma once
#include <date/date.h>

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "timeline/time_phrase.hpp"

namespace routecheck::timeline {

enum class Fit { fits, cannot, unchecked };
const char* to_string(Fit fit);

// A time the story gives, with the clock it is read on: an IANA zone (empty: unknown) and the place's
// name for the reason ("Pyongyang"). A spec with utc_offset_min is read on that offset instead.
struct Moment {
  Role role = Role::depart;
  TimeSpec spec;
  std::string zone, place;
};

struct TripTimes {
  Moment depart;
  std::vector<Moment> later;  // arrivals and events, each on its own clock
  std::string to_zone, to_place;
  // Travel time, seconds: nominal (nothing when the story gives none) and its interval; with no duration
  // the interval is [0, inf): the arrival can still not come before the departure.
  std::optional<double> nominal_s;
  double travel_low_s = 0, travel_high_s = std::numeric_limits<double>::infinity();
  // With no travel time, what bounds it from below where something does ("the straight line ... at the
  // fastest rail average, 350 km/h"): travel_low_s is then that least time.
  std::string floor;
  // With no travel time, how long a usual trip of the mode takes (its length at the mode's usual average),
  // and how that reads: a clock or a weekday the story gives with no date is the day nearest the usual
  // arrival, as a reader takes it ("left Perth at 9am, landed in Sydney at 10am" is the same day, not the
  // next; "left Seoul on Friday, landed in Anchorage on Thursday" the day before, not a week later).
  std::optional<double> usual_s;
  std::string usual;
  std::optional<date::year_month_day> reference;  // the story's date (dateline, or article --date)
};

struct Judged {
  Moment moment;
  Fit fit = Fit::unchecked;
  std::string reason;
};

struct TimelineResult {
  Fit fit = Fit::unchecked;
  std::string reason;                 // the arithmetic, in words
  std::string depart_local;           // "Sunday 2023-09-10 20:00-05:00", as the story pins it
  std::string arrive_earliest_local;  // "Monday 2023-09-11 16:00"
  std::string arrive_latest_local;    // "(open-ended)" without a duration
  std::string arrive_local;           // both in words: "Monday 11:33-23:33", "Sunday 09:00 or later"
  std::string depart_zone, arrive_zone, depart_utc_offset, arrive_utc_offset;
  std::optional<date::year_month_day> depart_date;  // when the story's dates pin the departure
  std::vector<Judged> judged;  // the departure's own date (when it gives a weekday too), then each later moment
};

// Throws InputError when a zone is not in the tzdata.
TimelineResult check_trip_times(const TripTimes& trip);

// "2023-09-11" -> a date; throws InputError naming `option` unless the text is a real YYYY-MM-DD date.
date::year_month_day parse_iso_date(const std::string& text, const std::string& option);

}  // namespace routecheck::timeline
