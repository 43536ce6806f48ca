// Local times across zones. A local departure that a daylight-saving change makes ambiguous is read as the
// earlier of its two instants; one that does not exist (skipped by the change) is refused.
#include "verdicts/timing.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::verdicts {
namespace {

using Minutes = std::chrono::minutes;

// A departure as written: ISO 8601 date and time, "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM[:SS]", local to
// the origin unless it carries a zone designator ("Z", "+09:00", "+0900", "-05").
struct Departure {
  date::local_time<Minutes> local;
  std::optional<Minutes> utc_offset;  // when written: the text names an instant, not an origin local time
};

// Nothing when the text is not such a date and time.
std::optional<Departure> read_departure(const std::string& text) {
  const std::nullopt_t bad = std::nullopt;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, used = 0;
  char sep = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &used) != 6 ||
      (sep != ' ' && sep != 'T'))
    return bad;
  std::string_view rest = std::string_view(text).substr(static_cast<std::size_t>(used));
  if (rest.size() >= 3 && rest[0] == ':' && std::isdigit(static_cast<unsigned char>(rest[1])) &&
      std::isdigit(static_cast<unsigned char>(rest[2]))) {
    sec = (rest[1] - '0') * 10 + (rest[2] - '0');
    rest.remove_prefix(3);
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || sec > 59) return bad;
  Departure out;
  // Seconds do not matter at the minute resolution of the report; they round to the nearest minute.
  out.local = date::local_days{ymd} + std::chrono::hours{h} + Minutes{mi} + Minutes{sec >= 30 ? 1 : 0};
  if (rest.empty()) return out;
  if (rest == "Z") {
    out.utc_offset = Minutes{0};
    return out;
  }
  if (rest[0] != '+' && rest[0] != '-') return bad;
  const int sign = rest[0] == '-' ? -1 : 1;
  std::string digits;
  for (char c : rest.substr(1))
    if (c != ':') digits += c;
  if ((digits.size() != 2 && digits.size() != 4) ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return bad;
  const int oh = std::stoi(digits.substr(0, 2)), om = digits.size() == 4 ? std::stoi(digits.substr(2)) : 0;
  if (oh > 14 || om > 59) return bad;
  out.utc_offset = Minutes{sign * (oh * 60 + om)};
  return out;
}

Departure parse_departure(const std::string& text) {
  if (std::optional<Departure> d = read_departure(text)) return *d;
  throw InputError("--depart '" + text::utf8_excerpt(text, text::kQuotedInputBytes) +
                   "': expected a date and time, YYYY-MM-DD HH:MM or ISO 8601 (2024-03-10T19:00, "
                   "2024-03-10T19:00+02:00), or a time as a story gives it (Sunday 22:00, late on Sunday)");
}

const date::time_zone* zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    throw InputError("time zone '" + name + "' is not in the system's tzdata");
  }
}

std::string utc_offset(std::chrono::seconds offset) {
  const long minutes = static_cast<long>(offset.count() / 60);
  const char sign = minutes < 0 ? '-' : '+';
  const long m = std::abs(minutes);
  return m % 60 == 0 ? fmt::format("{}{}", sign, m / 60) : fmt::format("{}{}:{:02}", sign, m / 60, m % 60);
}

std::string local_text(const date::zoned_time<std::chrono::seconds>& t) {
  return date::format("%Y-%m-%d %H:%M", t.get_local_time());
}

}  // namespace

void validate_departure(const std::string& depart_local) { parse_departure(depart_local); }

bool is_whole_departure(const std::string& text) { return read_departure(text).has_value(); }

timeline::TimeSpec departure_spec(const std::string& text) {
  const Departure d = parse_departure(text);
  const auto day = date::floor<date::days>(d.local);
  const date::year_month_day ymd{day};
  timeline::TimeSpec spec;
  spec.text = text;
  spec.end = text.size();
  spec.year = static_cast<int>(ymd.year());
  spec.month = static_cast<unsigned>(ymd.month()), spec.day = static_cast<unsigned>(ymd.day());
  spec.from_min = spec.to_min = static_cast<int>((d.local - day).count());
  spec.clock = spec.hours_given = true;
  if (d.utc_offset) spec.utc_offset_min = static_cast<int>(d.utc_offset->count());
  return spec;
}

Timing arrival(const std::string& depart_local, const std::string& from_zone, const std::string& to_zone,
               double nominal_s, const quantities::Interval& travel_s) {
  const date::time_zone* from = zone(from_zone);
  const date::time_zone* to = zone(to_zone);
  const Departure written = parse_departure(depart_local);
  date::zoned_time<std::chrono::seconds> depart;
  if (written.utc_offset) {
    // An instant: shown in the origin's local time, whatever offset it was written with.
    const date::sys_time<Minutes> instant{written.local.time_since_epoch() - *written.utc_offset};
    depart = date::zoned_time<std::chrono::seconds>(from, instant);
  } else {
    if (from->get_info(written.local).result == date::local_info::nonexistent)
      throw InputError("--depart '" + depart_local + "': that local time does not exist in " + from_zone +
                       " (a daylight-saving change skips it)");
    depart = date::zoned_time<std::chrono::seconds>(from, written.local, date::choose::earliest);
  }
  auto after = [&](double seconds) {
    const auto sys = depart.get_sys_time() + std::chrono::round<Minutes>(std::chrono::duration<double>(seconds));
    return date::zoned_time<std::chrono::seconds>(to, sys);
  };
  const auto arrive = after(nominal_s);
  Timing t;
  t.depart_local = local_text(depart);
  t.depart_timezone = from_zone;
  t.depart_utc_offset = utc_offset(depart.get_info().offset);
  t.arrive_local = local_text(arrive);
  t.arrive_timezone = to_zone;
  t.arrive_utc_offset = utc_offset(arrive.get_info().offset);
  t.arrive_earliest_local = local_text(after(travel_s.low));
  t.arrive_latest_local = travel_s.bounded() ? local_text(after(travel_s.high)) : "(open-ended)";
  return t;
}

void apply_time_zones_to_clock_span(Claim& claim) {
  if (!claim.duration || claim.duration->reading != quantities::Reading::clock_span || claim.route.places.size() < 2) return;
  const gazetteer::Place& origin = claim.route.places.front().place;
  const gazetteer::Place& destination = claim.route.places.back().place;
  if (origin.timezone.empty() || destination.timezone.empty()) return;
  const date::time_zone* from = zone(origin.timezone);
  const date::time_zone* to = zone(destination.timezone);
  // The destination's clock ahead of the origin's, over this year (the first of each month at noon UTC).
  const auto today = date::floor<date::days>(std::chrono::system_clock::now());
  const date::year this_year = date::year_month_day(today).year();
  std::chrono::seconds ahead_low = std::chrono::hours(99), ahead_high = -std::chrono::hours(99);
  for (unsigned month = 1; month <= 12; ++month) {
    const auto instant = date::sys_days(this_year / month / 1) + std::chrono::hours(12);
    const std::chrono::seconds ahead = to->get_info(instant).offset - from->get_info(instant).offset;
    ahead_low = std::min(ahead_low, ahead), ahead_high = std::max(ahead_high, ahead);
  }
  quantities::Quantity& q = *claim.duration;
  const double local_s = q.value_si();
  constexpr double kDay = 24 * 3600.0;
  auto within_a_day = [&](double s) {  // a clock span is at most a day: the next day's time, or a day more
    while (s <= 0) s += kDay;
    while (s > kDay) s -= kDay;
    return s;
  };
  const double a = within_a_day(local_s - static_cast<double>(ahead_high.count()));
  const double b = within_a_day(local_s - static_cast<double>(ahead_low.count()));
  const double low = std::min(a, b), high = std::max(a, b);
  const std::string before = q.note;
  q.si = {low, high};
  q.value = (low + high) / 2 / q.unit.si_per_unit;
  q.note = fmt::format("the time between two clock times, each local: {} is UTC{}, {} UTC{}{}, so {} h (or a day more)",
                       origin.name, utc_offset(from->get_info(date::sys_days(this_year / 1 / 1)).offset), destination.name,
                       utc_offset(to->get_info(date::sys_days(this_year / 1 / 1)).offset),
                       ahead_low == ahead_high ? "" : " (daylight saving changes the difference through the year)",
                       low == high ? quantities::format_number(low / 3600)
                                   : quantities::format_number(low / 3600) + "-" + quantities::format_number(high / 3600));
  bool replaced = false;
  for (std::string& note : claim.notes)
    if (!before.empty() && note.size() >= before.size() && note.compare(note.size() - before.size(), before.size(), before) == 0) {
      note.replace(note.size() - before.size(), before.size(), q.note);
      replaced = true;
    }
  if (!replaced) claim.notes.push_back("duration '" + text::utf8_excerpt(q.text, text::kQuotedInputBytes) + "': " + q.note);
}

}  // namespace routecheck::verdicts
