// Departure + travel = arrival, across zones (see timeline.hpp). Times are minutes counted from local
// midnight of the departure day, each on its own clock; a day not pinned by a date is tried on a winter and
// a summer date of the year, so a daylight-saving change widens the interval instead of being guessed.
#include "timeline/timeline.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::timeline {
namespace {

using Minutes = std::chrono::minutes;
using SysMinutes = date::sys_time<Minutes>;
using LocalMinutes = date::local_time<Minutes>;
constexpr long long kOpen = std::numeric_limits<long long>::max() / 4;  // an unbounded end, in minutes

// The clock a time is read on: a zone, or a fixed offset ("22:00 GMT").
struct Clock {
  const date::time_zone* zone = nullptr;
  std::optional<int> offset_min;

  SysMinutes to_sys(LocalMinutes t, date::choose choose) const {
    if (offset_min) return SysMinutes{t.time_since_epoch() - Minutes{*offset_min}};
    return date::floor<Minutes>(zone->to_sys(t, choose));
  }
  LocalMinutes to_local(SysMinutes t) const {
    if (offset_min) return LocalMinutes{t.time_since_epoch() + Minutes{*offset_min}};
    return date::floor<Minutes>(zone->to_local(t));
  }
  std::string offset_text(SysMinutes at) const {
    const long long m = offset_min ? *offset_min : std::chrono::duration_cast<Minutes>(zone->get_info(at).offset).count();
    const char sign = m < 0 ? '-' : '+';
    const long long a = std::llabs(m);
    return a % 60 == 0 ? fmt::format("{}{}", sign, a / 60) : fmt::format("{}{}:{:02}", sign, a / 60, a % 60);
  }
};

Clock clock_of(const Moment& m, const std::string& fallback_zone) {
  Clock c;
  if (m.spec.utc_offset_min) {
    c.offset_min = m.spec.utc_offset_min;
    return c;
  }
  const std::string& name = m.zone.empty() ? fallback_zone : m.zone;
  try {
    c.zone = date::locate_zone(name);
  } catch (const std::exception&) {
    throw InputError("time zone '" + name + "' is not in the system's tzdata");
  }
  return c;
}

std::string clock_name(const Moment& m, const std::string& fallback_place) {
  if (m.spec.utc_offset_min) return m.spec.utc_offset_min == 0 ? "UTC" : "UTC offset";
  return (m.place.empty() ? fallback_place : m.place) + " time";
}

unsigned iso_weekday(date::local_days d) { return date::weekday{d}.iso_encoding(); }

std::string hhmm(long long minutes_of_day) { return fmt::format("{:02}:{:02}", minutes_of_day / 60, minutes_of_day % 60); }

long long floor_div(long long a, long long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Minute `m` after the departure day's local midnight, in words: "Monday 2023-09-11 19:00".
struct Calendar {
  unsigned depart_weekday = 0;  // 0: unknown
  std::optional<date::local_days> depart_day;
  bool year_given = true;  // false: the day's year was taken as this year's; dates print without it

  std::string day(long long day_offset) const {
    std::string out;
    if (depart_weekday) out = weekday_name((depart_weekday - 1 + static_cast<unsigned>(((day_offset % 7) + 7) % 7)) % 7 + 1);
    else if (day_offset == 1) out = "the next day";
    else if (day_offset == -1) out = "the day before";
    else if (day_offset != 0) out = fmt::format("{} days {}", std::llabs(day_offset), day_offset > 0 ? "later" : "before");
    if (depart_day) {
      const date::year_month_day ymd{*depart_day + date::days{day_offset}};
      out += (out.empty() ? "" : " ") + (year_given ? date::format("%F", ymd)
                                                    : fmt::format("{} {}", static_cast<unsigned>(ymd.day()), date::format("%B", ymd.month())));
    }
    return out;
  }
  std::string at(long long m) const {
    if (m >= kOpen) return "(open-ended)";
    const long long d = floor_div(m, kMinutesPerDay);
    const std::string on = day(d);
    return (on.empty() ? "" : on + " ") + hhmm(m - d * kMinutesPerDay);
  }
  std::string span(long long lo, long long hi) const {
    if (hi >= kOpen) return at(lo) + " or later";
    if (lo == hi) return at(lo);
    // A span that ends at midnight ends the day it began: "Sunday 17:00-24:00".
    const long long dl = floor_div(lo, kMinutesPerDay), dh = floor_div(hi - (hi % kMinutesPerDay == 0 ? 1 : 0), kMinutesPerDay);
    if (dl == dh) return at(lo) + "-" + hhmm(hi - dh * kMinutesPerDay);
    return at(lo) + " to " + at(hi);
  }
};

std::string hours_text(double s) {
  const long long minutes = std::llround(s / 60);
  if (minutes % 60 == 0) return fmt::format("{} h", minutes / 60);
  if (minutes < 60) return fmt::format("{} min", minutes);
  return fmt::format("{} h {} min", minutes / 60, minutes % 60);
}

struct Interval {
  long long lo = kOpen, hi = -kOpen;
  long long lo_latest = -kOpen;  // the latest of the trial days' earliest arrivals (a zone's season moves it)
  void add(long long a, long long b) { lo = std::min(lo, a), hi = std::max(hi, b), lo_latest = std::max(lo_latest, a); }
};

// This year by the system clock: the year of a date a story gives without one, and of trial days.
date::year this_year() { return date::year_month_day(date::floor<date::days>(std::chrono::system_clock::now())).year(); }

// The departure day, when the story's dates pin it; `why` says how. A day and month with no year and no
// story date ("left Paris on 1 July ... arrived on 20 July") are taken in this year, so that the days
// between two dates count (`year_given` false: the year is not printed, and no weekday is read from it).
std::optional<date::local_days> pinned_day(const TimeSpec& s, const std::optional<date::year_month_day>& reference, std::string& why,
                                           bool& year_given) {
  year_given = true;
  if (s.month && s.day) {
    const int y = s.year ? *s.year : static_cast<int>(reference ? reference->year() : this_year());
    const date::year_month_day ymd{date::year{y}, date::month{*s.month}, date::day{*s.day}};
    if (!ymd.ok()) return std::nullopt;
    if (!s.year && reference) why = fmt::format("the year of the story's date, {}", y);
    if (!s.year && !reference) {
      year_given = false;
      why = "no year given: the days between dates counted within one year";
    }
    return date::local_days{ymd};
  }
  if (!reference) return std::nullopt;
  const date::local_days ref{*reference};
  if (s.relative_days) {
    why = fmt::format("counted from the story's date, {}", date::format("%F", ref));
    return ref + date::days{*s.relative_days};
  }
  if (s.weekday) {
    // A story reports a departure that has happened: the last such weekday on or before its date.
    const unsigned back = (iso_weekday(ref) + 7 - *s.weekday) % 7;
    why = fmt::format("the {} on or before the story's date, {}", weekday_name(*s.weekday), date::format("%F", ref));
    return ref - date::days{back};
  }
  return std::nullopt;
}

// Departure days to try when no date pins it: one in winter and one in summer of the year, on the weekday.
std::vector<date::local_days> trial_days(unsigned weekday, const std::optional<date::year_month_day>& reference) {
  const date::year y = reference ? reference->year() : this_year();
  std::vector<date::local_days> out;
  for (const date::month m : {date::January, date::July}) {
    date::local_days d{y / m / 8};
    if (weekday) while (iso_weekday(d) != weekday) d += date::days{1};
    out.push_back(d);
  }
  return out;
}

}  // namespace

const char* to_string(Fit fit) {
  switch (fit) {
    case Fit::fits: return "fits";
    case Fit::cannot: return "cannot";
    case Fit::unchecked: return "unchecked";
  }
  return "?";
}

date::year_month_day parse_iso_date(const std::string& text, const std::string& option) {
  int y = 0, m = 0, d = 0, used = 0;
  const date::year_month_day ymd =
      std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && static_cast<std::size_t>(used) == text.size()
          ? date::year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}}
          : date::year_month_day{};
  if (!ymd.ok())
    throw InputError(option + " '" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "': expected a date, YYYY-MM-DD");
  return ymd;
}

TimelineResult check_trip_times(const TripTimes& trip) {
  TimelineResult r;
  const TimeSpec& dep = trip.depart.spec;
  const Clock from = clock_of(trip.depart, trip.depart.zone);
  Moment arrival_end{Role::arrive, {}, trip.to_zone, trip.to_place};
  const Clock to = clock_of(arrival_end, trip.to_zone);

  std::string pinned_why;
  bool year_given = true;
  const std::optional<date::local_days> pinned = pinned_day(dep, trip.reference, pinned_why, year_given);
  Calendar cal;
  cal.depart_day = pinned;
  cal.year_given = year_given;
  cal.depart_weekday = dep.weekday ? *dep.weekday : pinned && year_given ? iso_weekday(*pinned) : 0;
  std::vector<date::local_days> days = pinned ? std::vector<date::local_days>{*pinned} : trial_days(cal.depart_weekday, trip.reference);
  if (pinned && year_given) r.depart_date = date::year_month_day{*pinned};

  // A weekday and a date that disagree: the story contradicts itself before any travel.
  if (pinned && year_given && dep.weekday && dep.month && dep.day && iso_weekday(*pinned) != *dep.weekday) {
    Judged j{trip.depart, Fit::cannot,
             fmt::format("'{}': {} is a {}, not a {}", dep.text, date::format("%F", *pinned), weekday_name(iso_weekday(*pinned)),
                         weekday_name(*dep.weekday))};
    r.judged.push_back(std::move(j));
    cal.depart_weekday = iso_weekday(*pinned);
  }

  // Arrival interval on a clock, minutes after the departure day's local midnight on that clock, over the
  // trial days; and the offsets seen.
  const bool open = !std::isfinite(trip.travel_high_s);
  auto predicted = [&](const Clock& on, std::set<std::string>* offsets_from, std::set<std::string>* offsets_on) {
    Interval out;
    for (const date::local_days d : days) {
      const LocalMinutes day0{d.time_since_epoch()};
      const SysMinutes dep_lo = from.to_sys(day0 + Minutes{dep.from_min}, date::choose::earliest);
      const SysMinutes dep_hi = from.to_sys(day0 + Minutes{dep.to_min}, date::choose::latest);
      const SysMinutes lo = dep_lo + Minutes{std::llround(trip.travel_low_s / 60)};
      const long long a = (on.to_local(lo) - day0).count();
      long long b = kOpen;
      if (!open) {
        const SysMinutes hi = dep_hi + Minutes{std::llround(trip.travel_high_s / 60)};
        b = (on.to_local(hi) - day0).count();
        if (offsets_on) offsets_on->insert(on.offset_text(hi));
      }
      if (offsets_from) offsets_from->insert(from.offset_text(dep_lo));
      if (offsets_on) offsets_on->insert(on.offset_text(lo));
      out.add(a, b);
    }
    return out;
  };
  std::set<std::string> offsets_from, offsets_to;
  const Interval at_end = predicted(to, &offsets_from, &offsets_to);
  auto joined = [](const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : "/") + x;
    return out;
  };
  r.depart_zone = trip.depart.spec.utc_offset_min ? "UTC" : trip.depart.zone;
  r.arrive_zone = trip.to_zone;
  r.depart_utc_offset = joined(offsets_from);
  r.arrive_utc_offset = joined(offsets_to);
  r.depart_local = cal.span(dep.from_min, dep.to_min);
  if (!dep.hours_given) r.depart_local = cal.day(0);
  r.arrive_earliest_local = cal.at(at_end.lo);
  r.arrive_latest_local = cal.at(at_end.hi);
  r.arrive_local = cal.span(at_end.lo, at_end.hi);

  const std::string travel = trip.nominal_s ? "about " + hours_text(*trip.nominal_s) +
                                                  (trip.travel_high_s > trip.travel_low_s
                                                       ? " (" + hours_text(trip.travel_low_s) + " to " + hours_text(trip.travel_high_s) + ")"
                                                       : "")
                                            : trip.floor.empty() ? "no travel time given"
                                                                 : "no travel time given, but " + trip.floor + " takes at least " +
                                                                       hours_text(trip.travel_low_s);
  std::string out = fmt::format("left {} {} (UTC{})", r.depart_local, clock_name(trip.depart, trip.depart.place), r.depart_utc_offset);
  if (!pinned_why.empty()) out += " [" + pinned_why + "]";
  out += trip.nominal_s ? fmt::format(" + {} = {} {} (UTC{})", travel, cal.span(at_end.lo, at_end.hi), trip.to_place + " time", r.arrive_utc_offset)
                        : trip.floor.empty() ? fmt::format("; {}, so the arrival is at the departure or later", travel)
                                             : fmt::format("; {}: the arrival is {} {} (UTC{}) or later", travel, cal.at(at_end.lo),
                                                           trip.to_place + " time", r.arrive_utc_offset);

  // With no travel time, the usual arrival on a clock: minutes after the departure day's midnight there
  // (the departure's middle plus the usual trip), on the first trial day.
  // Only for a usual trip of under a day: over days, rests and nights make any usual arrival a guess
  // (a ride from Land's End "on Sunday" to John o' Groats "on Saturday" took the Saturday before).
  // The usual arrival on a clock: minutes after the departure day's midnight there (the departure's
  // middle plus the usual trip), on the first trial day.
  const bool by_usual_day = open && trip.usual_s && *trip.usual_s < kMinutesPerDay * 60.0;
  auto usual_at = [&](const Clock& on) {
    const LocalMinutes day0{days.front().time_since_epoch()};
    const SysMinutes leave = from.to_sys(day0 + Minutes{(dep.from_min + dep.to_min) / 2}, date::choose::earliest);
    return (on.to_local(leave + Minutes{std::llround(*trip.usual_s / 60)}) - day0).count();
  };
  // Of the candidate days, the one whose hours lie nearest the usual arrival.
  auto nearest_day = [](std::initializer_list<long long> candidates, const TimeSpec& s, long long usual_min) {
    long long best = *candidates.begin(), best_gap = kOpen;
    for (const long long d : candidates) {
      const long long lo = d * kMinutesPerDay + s.from_min, hi = d * kMinutesPerDay + s.to_min;
      const long long gap = usual_min < lo ? lo - usual_min : usual_min > hi ? usual_min - hi : 0;
      if (gap < best_gap) best = d, best_gap = gap;
    }
    return best;
  };
  for (const Moment& m : trip.later) {
    const Clock on = clock_of(m, trip.to_zone);
    const Interval p = predicted(on, nullptr, nullptr);
    const TimeSpec& s = m.spec;
    std::vector<long long> day_offsets;
    bool day_known = true, by_usual = false;
    if (s.month && s.day && pinned) {
      const int y = s.year ? *s.year : static_cast<int>(date::year_month_day{*pinned}.year());
      const date::year_month_day ymd{date::year{y}, date::month{*s.month}, date::day{*s.day}};
      if (ymd.ok()) day_offsets.push_back((date::local_days{ymd} - *pinned).count());
    } else if (s.relative_days) {
      day_offsets.push_back(*s.relative_days);
    } else if (s.weekday && cal.depart_weekday && by_usual_day && m.role == Role::arrive) {
      // The weekday nearest the usual arrival: the day before the departure's may be meant (eastward over
      // the date line: "left Seoul on Friday, landed in Anchorage on Thursday"), else the coming one.
      const long long first = (static_cast<long long>(*s.weekday) + 7 - cal.depart_weekday) % 7;
      day_offsets.push_back(first == 6 ? nearest_day({-1, first}, s, usual_at(on)) : first);
      by_usual = true;
    } else if (s.weekday && cal.depart_weekday) {
      const long long first = (static_cast<long long>(*s.weekday) + 7 - cal.depart_weekday) % 7;
      // An arrival may be weeks away on a long trip; an event named by its weekday is the coming one.
      const long long last_day = p.hi >= kOpen ? first : std::max(first, floor_div(p.hi, kMinutesPerDay));
      for (long long d = first; d <= (m.role == Role::arrive ? last_day : first); d += 7) day_offsets.push_back(d);
    } else {
      day_known = false;
    }
    Judged j{m, Fit::unchecked, ""};
    const std::string said = fmt::format("{} '{}'", m.role == Role::arrive ? "arrival" : "then", s.text);
    if (!day_known && !s.hours_given) {
      j.reason = said + ": no day or hour to check";
    } else if (!day_known && by_usual_day && m.role == Role::arrive) {
      // Hours without a day: the day nearest the usual arrival, never before the departure's day ("left at
      // 9am and, after a long delay, landed at 11pm" is that day's 11pm, not the evening before).
      const long long usual = usual_at(on), around = std::max(0LL, floor_div(usual, kMinutesPerDay));
      day_offsets.push_back(around == 0 ? nearest_day({0, 1}, s, usual) : nearest_day({around - 1, around, around + 1}, s, usual));
      by_usual = true;
    } else if (!day_known) {
      // Hours without a day: any day the interval spans.
      const long long last = p.hi >= kOpen ? floor_div(p.lo, kMinutesPerDay) + 7 : floor_div(p.hi, kMinutesPerDay);
      for (long long d = floor_div(p.lo, kMinutesPerDay); d <= last; ++d) day_offsets.push_back(d);
    }
    if (!day_offsets.empty()) {
      j.fit = Fit::cannot;
      long long said_lo = 0, said_hi = 0;
      for (const long long d : day_offsets) {
        const long long lo = d * kMinutesPerDay + s.from_min, hi = d * kMinutesPerDay + s.to_min;
        said_lo = lo, said_hi = hi;
        // An arrival must overlap the interval; a later event (or "as early as") need only not come
        // before the earliest arrival.
        const bool ok = m.role == Role::arrive && !s.earliest ? (lo <= p.hi && hi >= p.lo) : hi >= p.lo;
        if (ok) {
          j.fit = Fit::fits;
          break;
        }
      }
      const std::string when = s.hours_given || !day_known ? cal.span(said_lo, said_hi) : cal.day(floor_div(said_lo, kMinutesPerDay));
      const std::string clock = clock_name(m, trip.to_place);
      // With no travel time, two exact clock times on known days give it: the fact-checker's subtraction.
      const bool exact = !trip.nominal_s && dep.clock && dep.from_min == dep.to_min && s.clock && s.from_min == s.to_min &&
                         day_offsets.size() == 1 && day_known;
      constexpr double kSecondsPerMinute = 60;
      // The earliest arrivals are the departure plus the least travel time (none, or the map's floor).
      const long long floor_min = std::llround(trip.travel_low_s / kSecondsPerMinute);
      if (j.fit == Fit::fits && exact)
        j.reason = fmt::format("{} ({} {}) fits: the trip took {}{}", said, when, clock,
                               hours_text(static_cast<double>(said_lo - p.lo_latest + floor_min) * kSecondsPerMinute),
                               p.lo_latest == p.lo ? "" : " or " + hours_text(static_cast<double>(said_lo - p.lo + floor_min) * kSecondsPerMinute) +
                                                              " (daylight saving time at either end is not known without a date)");
      else if (j.fit == Fit::fits)
        j.reason = fmt::format("{} ({} {}) fits", said, when, clock);
      else if (said_hi < p.lo && by_usual)
        j.reason = fmt::format("{} ({} {}, the day nearest the arrival of a usual trip, {}) cannot be: it is before the earliest "
                               "arrival, {} {}", said, when, clock, trip.usual, cal.at(p.lo), clock);
      else if (said_hi < p.lo)
        j.reason = fmt::format("{} ({} {}) cannot be: it is before the earliest arrival, {} {}", said, when, clock, cal.at(p.lo), clock);
      else
        j.reason = fmt::format("{} ({} {}) cannot be: it is after the latest arrival, {} {}", said, when, clock, cal.at(p.hi), clock);
    }
    r.judged.push_back(std::move(j));
  }
  bool any_fit = false, any_cannot = false;
  for (const Judged& j : r.judged) {
    any_fit |= j.fit == Fit::fits;
    any_cannot |= j.fit == Fit::cannot;
    if (j.moment.role != Role::depart || j.fit == Fit::cannot) out += "; " + j.reason;
  }
  if (trip.later.empty()) out += "; the story gives no arrival or later event to check";
  r.fit = any_cannot ? Fit::cannot : any_fit ? Fit::fits : Fit::unchecked;
  r.reason = out + ".";
  return r;
}

}  // namespace routecheck::timeline
