// Local times across zones. A local departure that a daylight-saving change makes ambiguous is read as the
// earlier of its two instants; one that does not exist (skipped by the change) is refused.
#include "verdicts/timing.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>

#include "core/error.hpp"

namespace routecheck::verdicts {
namespace {

using Minutes = std::chrono::minutes;

date::local_time<Minutes> parse_local(const std::string& text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  char tail = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail);
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)}, date::day{static_cast<unsigned>(d)}};
  if (n != 5 || !ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59)
    throw InputError("--depart '" + text + "': expected a local date and time, YYYY-MM-DD HH:MM");
  return date::local_days{ymd} + std::chrono::hours{h} + Minutes{mi};
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

void validate_departure(const std::string& depart_local) { parse_local(depart_local); }

Timing arrival(const std::string& depart_local, const std::string& from_zone, const std::string& to_zone,
               double nominal_s, const quantities::Interval& travel_s) {
  const date::time_zone* from = zone(from_zone);
  const date::time_zone* to = zone(to_zone);
  const date::local_time<Minutes> local = parse_local(depart_local);
  if (from->get_info(local).result == date::local_info::nonexistent)
    throw InputError("--depart '" + depart_local + "': that local time does not exist in " + from_zone +
                     " (a daylight-saving change skips it)");
  const date::zoned_time<std::chrono::seconds> depart(from, local, date::choose::earliest);
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

}  // namespace routecheck::verdicts
