// The relations of a claim. Figures are intervals (their rounding and hedges, geodata/hedges.tsv); two
// figures agree when their intervals overlap. Central estimates use the figures as written.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/timing.hpp"

namespace routecheck::verdicts {

extern const char* const kTolerancesTsv;  // generated from geodata/tolerances.tsv

using quantities::Dimension;
using quantities::format_number;
using quantities::Interval;
using quantities::Quantity;

namespace {

constexpr double kMetresPerKm = 1000.0;
constexpr double kSecondsPerHour = 3600.0;
constexpr double kMpsPerKmh = 1000.0 / 3600.0;

double tolerance(const std::string& key) {
  static const std::map<std::string, double> values = [] {
    std::map<std::string, double> out;
    const std::string origin = "geodata/tolerances.tsv";
    for (const text::TableRow& row : text::table_rows(kTolerancesTsv, origin, 2, "key<TAB>number<TAB>why")) {
      const auto v = text::parse_double(row.fields[1]);
      if (!v) throw InputError(row.where(origin) + ": expected a number");
      out[std::string(row.fields[0])] = *v;
    }
    return out;
  }();
  return values.at(key);
}

std::string km(double m) { return format_number(m / kMetresPerKm) + " km"; }
std::string hours(double s) { return format_number(s / kSecondsPerHour) + " h"; }
std::string kmh(double mps) { return format_number(mps / kMpsPerKmh) + " km/h"; }

std::string range(const Interval& i, double per_unit, const char* unit) {
  if (!i.bounded()) return "at least " + format_number(i.low / per_unit) + " " + unit;
  return format_number(i.low / per_unit) + "–" + format_number(i.high / per_unit) + " " + unit;
}

// "about 37 mph (59.5 km/h)": the figure as claimed, then in metric units.
std::string described(const Quantity& q) {
  std::string unit = q.unit.symbol;
  if ((unit == "day" || unit == "week") && q.value != 1) unit += "s";
  std::string s = (q.hedge.empty() ? "" : q.hedge + " ") + format_number(q.value) + " " + unit;
  switch (q.dimension) {
    case Dimension::distance:
      if (q.unit.symbol != "km") s += " (" + km(q.value_si()) + ")";
      break;
    case Dimension::speed:
      if (q.unit.symbol != "km/h") s += " (" + kmh(q.value_si()) + ")";
      break;
    case Dimension::duration:
      if (q.unit.symbol != "h") s += " (" + hours(q.value_si()) + ")";
      break;
  }
  return s;
}

// "1.15", "1.8", "3": a ratio with no more digits than it has.
std::string ratio_text(double r) {
  std::string out = fmt::format("{:.2f}", r);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

// How a report names a mode: "rail routes", "walking routes".
std::string mode_noun(const routes::ModeProfile& m) { return m.mode == "walk" ? "walking" : m.mode; }

std::string route_name(const routes::Route& r) {
  return r.places.front().place.name + "–" + r.places.back().place.name;
}

// 1. Distance, speed and duration against each other.
void relate_figures(const Claim& c, Report& report) {
  const bool d = c.distance.has_value(), s = c.speed.has_value(), t = c.duration.has_value();
  if (d && s) {
    report.implied_moving_s = c.distance->si / c.speed->si;
  }
  if (d && t && !s) report.implied_speed_mps = c.distance->si / c.duration->si;
  if (s && t && !d) report.implied_distance_m = c.speed->si * c.duration->si;
  if (!(d && s && t)) {
    if (c.stop || c.stop_unknown)
      report.relations.push_back({"distance, speed and duration", Verdict::unverifiable,
                                  "a stop is mentioned, but distance, speed and duration are not all given"});
    return;
  }
  const Interval moving = *report.implied_moving_s;
  const double moving_nominal = c.distance->value_si() / c.speed->value_si();
  const Interval total = c.duration->si;
  const std::string moving_text = fmt::format("{} at {} takes about {} moving ({})", described(*c.distance),
                                              described(*c.speed), hours(moving_nominal),
                                              range(moving, kSecondsPerHour, "h"));
  Relation rel{"distance, speed and duration", Verdict::consistent, ""};
  if (c.stop) {
    const Interval available = total - c.stop->si;
    report.implied_stop_s = total - moving;
    if (moving.overlaps(available)) {
      rel.reason = fmt::format("{}; {} less a stop of {} leaves {}: they agree.", moving_text, described(*c.duration),
                               described(*c.stop), range({std::max(0.0, available.low), available.high}, kSecondsPerHour, "h"));
    } else {
      rel.verdict = Verdict::inconsistent;
      rel.reason = fmt::format("{}; {} less a stop of {} leaves {}: the figures cannot all be true.", moving_text,
                               described(*c.duration), described(*c.stop),
                               range({std::max(0.0, available.low), std::max(0.0, available.high)}, kSecondsPerHour, "h"));
    }
  } else if (moving.low > total.high) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{}, more than {} allows ({}): the figures cannot all be true.", moving_text,
                             described(*c.duration), range(total, kSecondsPerHour, "h"));
  } else {
    const double left_s = c.duration->value_si() - moving_nominal;
    report.implied_stop_s = Interval{std::max(0.0, total.low - moving.high), std::max(0.0, total.high - moving.low)};
    if (c.stop_unknown) {
      if (left_s > 0) {
        rel.reason = fmt::format("{}; {} leaves about {} for the stop the story mentions.", moving_text,
                                 described(*c.duration), hours(left_s));
      } else {
        rel.verdict = Verdict::plausible;
        rel.reason = fmt::format("{}; {} leaves no time for the stop the story mentions unless the figures are at "
                                 "the generous ends of their rounding.", moving_text, described(*c.duration));
      }
    } else if (left_s > tolerance("stops.unmentioned_share") * c.duration->value_si()) {
      rel.verdict = Verdict::plausible;
      rel.reason = fmt::format("{}; {} is true only with about {} of stops the story does not mention.", moving_text,
                               described(*c.duration), hours(left_s));
    } else {
      rel.reason = fmt::format("{}, within {} ({}): they agree.", moving_text, described(*c.duration),
                               range(total, kSecondsPerHour, "h"));
    }
  }
  report.relations.push_back(std::move(rel));
}

// The distance the claim stands for: claimed, or implied by speed and duration.
std::optional<std::pair<Interval, std::string>> claimed_distance(const Claim& c, const Report& report) {
  if (c.distance) return std::make_pair(c.distance->si, described(*c.distance));
  if (report.implied_distance_m)
    return std::make_pair(*report.implied_distance_m,
                          fmt::format("the implied {}", range(*report.implied_distance_m, kMetresPerKm, "km")));
  return std::nullopt;
}

// 2. Claimed distance against the geodesic and the mode's circuity.
void relate_geography(const Claim& c, Report& report) {
  auto distance = claimed_distance(c, report);
  if (!distance) return;
  const auto& [interval, text] = *distance;
  const double geodesic = c.route.geodesic_m;
  const std::string line = c.route.places.size() > 2 ? "the straight-line legs through the via points"
                                                     : "the straight-line distance " + route_name(c.route);
  const double nominal = c.distance ? c.distance->value_si() : interval.mid();
  const double ratio = nominal / geodesic;
  Relation rel{"distance vs geography", Verdict::consistent, ""};
  if (interval.high < geodesic) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{} is shorter than {}, {}: no route over the surface is that short.", text, line,
                             km(geodesic));
  } else if (!c.mode) {
    rel.reason = fmt::format("{} is {:.2f}x {}, {} (no mode given: only that lower bound is checked).", text, ratio,
                             line, km(geodesic));
  } else if (interval.low / geodesic <= c.mode->circuity_high) {
    rel.verdict = Verdict::plausible;
    rel.reason = fmt::format("{} is {:.2f}x {}, {}; {} routes run up to {}x the straight line.", text, ratio, line,
                             km(geodesic), mode_noun(*c.mode), ratio_text(c.mode->circuity_high));
  } else {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is {:.2f}x {}, {}; {} routes rarely run more than {}x the straight line.", text,
                             ratio, line, km(geodesic), mode_noun(*c.mode), ratio_text(c.mode->circuity_high));
  }
  report.relations.push_back(std::move(rel));
}

// 3. Speed against what the mode can do.
void relate_mode(const Claim& c, Report& report) {
  if (!c.mode) return;
  std::optional<Interval> speed;
  std::string text;
  if (c.speed) {
    speed = c.speed->si;
    text = described(*c.speed);
  } else if (report.implied_speed_mps) {
    speed = report.implied_speed_mps;
    text = fmt::format("the implied average of {}", range(*speed, kMpsPerKmh, "km/h"));
  }
  if (!speed) return;
  const routes::ModeProfile& m = *c.mode;
  Relation rel{"speed vs mode", Verdict::plausible, ""};
  const Interval typical{m.speed_low_kmh * kMpsPerKmh, m.speed_high_kmh * kMpsPerKmh};
  if (speed->low > m.speed_max_kmh * kMpsPerKmh) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{} is impossible for {}: no {} trip averages more than {}.", text, mode_noun(m),
                             mode_noun(m), kmh(m.speed_max_kmh * kMpsPerKmh));
  } else if (speed->overlaps(typical)) {
    rel.reason = fmt::format("{} is a usual average for {} ({}).", text, mode_noun(m), range(typical, kMpsPerKmh, "km/h"));
  } else if (speed->low > typical.high) {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is unusually fast for {} (usual averages {}, at most {}).", text, mode_noun(m),
                             range(typical, kMpsPerKmh, "km/h"), kmh(m.speed_max_kmh * kMpsPerKmh));
  } else {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is unusually slow for {} (usual averages {}).", text, mode_noun(m),
                             range(typical, kMpsPerKmh, "km/h"));
  }
  report.relations.push_back(std::move(rel));
}

// 4. Unit slips: a figure that fits far better read in another unit.
void note_unit_slips(const Claim& c, Report& report) {
  const double geodesic = c.route.geodesic_m;
  // Nautical readings only where nautical units are in use: at sea and in the air.
  const bool nautical = !c.mode || c.mode->mode == "sea" || c.mode->mode == "air";
  const std::map<std::string, std::vector<std::string>> distance_alternatives{
      {"mi", nautical ? std::vector<std::string>{"km", "nmi"} : std::vector<std::string>{"km"}},
      {"km", nautical ? std::vector<std::string>{"mi", "nmi"} : std::vector<std::string>{"mi"}},
      {"nmi", {"mi", "km"}}};
  const std::map<std::string, std::vector<std::string>> speed_alternatives{
      {"mph", nautical ? std::vector<std::string>{"km/h", "kn"} : std::vector<std::string>{"km/h"}},
      {"km/h", nautical ? std::vector<std::string>{"mph", "kn"} : std::vector<std::string>{"mph"}},
      {"kn", {"mph", "km/h"}}};
  if (c.distance) {
    auto alts = distance_alternatives.find(c.distance->unit.symbol);
    const double as_claimed = c.distance->value_si();
    const bool claimed_fits = as_claimed >= geodesic && (!c.mode || as_claimed <= geodesic * c.mode->circuity_high);
    for (const std::string& alt : alts == distance_alternatives.end() ? std::vector<std::string>{} : alts->second) {
      const quantities::Unit u = *quantities::find_unit(alt);
      const double read = c.distance->value * u.si_per_unit;
      const double off = read / geodesic - 1;
      if (std::abs(off) <= tolerance("unit_slip.coincidence")) {
        report.notes.push_back(fmt::format(
            "unit slip? {} read as {} is {}, within {:.1f}% of the {} straight-line distance {}: the figure may be a "
            "straight-line distance in {}, reported as {}.",
            described(*c.distance), quantities::unit_name(alt), km(read), std::abs(off) * 100, km(geodesic),
            route_name(c.route), quantities::unit_name(alt), quantities::unit_name(c.distance->unit.symbol)));
        break;  // the closest explanation; another reading would only add noise
      } else if (!claimed_fits && read >= geodesic && c.mode && read <= geodesic * c.mode->circuity_high) {
        report.notes.push_back(fmt::format(
            "unit slip? {} does not fit {} route, but read as {} ({}, {:.2f}x the straight line) it does.",
            described(*c.distance), text::with_article(mode_noun(*c.mode)), quantities::unit_name(alt), km(read), read / geodesic));
      }
    }
  }
  if (c.speed && c.mode) {
    auto alts = speed_alternatives.find(c.speed->unit.symbol);
    const Interval typical{c.mode->speed_low_kmh * kMpsPerKmh, c.mode->speed_high_kmh * kMpsPerKmh};
    const bool claimed_fits = c.speed->si.overlaps(typical);
    // The figures contradict each other when the moving time alone exceeds the duration.
    auto agree = [&](const Interval& speed) {
      return !(c.distance && c.duration) || (c.distance->si / speed).low <= c.duration->si.high;
    };
    const bool figures_agree = agree(c.speed->si);
    for (const std::string& alt : alts == speed_alternatives.end() ? std::vector<std::string>{} : alts->second) {
      const quantities::Unit u = *quantities::find_unit(alt);
      const double scale = u.si_per_unit / c.speed->unit.si_per_unit;
      const Interval read{c.speed->si.low * scale, c.speed->si.high * scale};
      const bool read_fits = read.overlaps(typical);
      const bool read_agrees = agree(read);
      if ((!claimed_fits || !figures_agree) && read_fits && read_agrees)
        report.notes.push_back(fmt::format("unit slip? {} read as {} ({}) fits {} and the other figures better.",
                                           described(*c.speed), quantities::unit_name(alt),
                                           kmh(c.speed->value * u.si_per_unit), mode_noun(*c.mode)));
    }
  }
}

// 5. Timing: the arrival in local time at the destination.
void relate_timing(const Claim& c, Report& report) {
  if (c.depart.empty()) return;
  std::optional<Interval> travel;
  double nominal = 0;
  if (c.duration) {
    travel = c.duration->si;
    nominal = c.duration->value_si();
  } else if (report.implied_moving_s) {
    travel = report.implied_moving_s;
    nominal = c.distance->value_si() / c.speed->value_si();
  }
  const routes::Waypoint &from = c.route.places.front(), &to = c.route.places.back();
  Relation rel{"timing", Verdict::consistent, ""};
  if (!travel) {
    rel.verdict = Verdict::unverifiable;
    rel.reason = "a departure time is given, but no duration (or distance and speed) to reach an arrival time";
  } else if (from.place.timezone.empty() || to.place.timezone.empty()) {
    rel.verdict = Verdict::unverifiable;
    rel.reason = "the time zone of " + (from.place.timezone.empty() ? from.place.name : to.place.name) +
                 " is unknown (coordinates with no populated place nearby)";
  } else {
    Timing t = arrival(c.depart, from.place.timezone, to.place.timezone, nominal, *travel);
    rel.reason = fmt::format("leaving {} {} time (UTC{}), {} later it is {} {} time (UTC{}); {} to {} within the "
                             "duration's range.",
                             t.depart_local, from.place.name, t.depart_utc_offset, hours(nominal), t.arrive_local,
                             to.place.name, t.arrive_utc_offset, t.arrive_earliest_local, t.arrive_latest_local);
    report.timing = std::move(t);
  }
  report.relations.push_back(std::move(rel));
}

}  // namespace

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::consistent: return "consistent";
    case Verdict::plausible: return "plausible";
    case Verdict::unverifiable: return "unverifiable";
    case Verdict::suspicious: return "suspicious";
    case Verdict::inconsistent: return "inconsistent";
  }
  return "?";
}

int exit_status(Verdict overall) { return overall >= Verdict::suspicious ? 1 : 0; }

Report check_claim(const Claim& claim) {
  Report report;
  relate_figures(claim, report);
  relate_geography(claim, report);
  relate_mode(claim, report);
  note_unit_slips(claim, report);
  relate_timing(claim, report);
  bool any_checked = false;
  Verdict worst = Verdict::consistent;
  for (const Relation& r : report.relations)
    if (r.verdict != Verdict::unverifiable) {
      any_checked = true;
      worst = std::max(worst, r.verdict);
    }
  report.verdict = any_checked ? worst : Verdict::unverifiable;
  if (!any_checked)
    report.notes.push_back("nothing to check against geography: give a distance, or two of distance, speed and duration");
  return report;
}

Claim prepare_claim(const ClaimInput& in, routes::WaypointResolver& resolver, const routes::ModeProfiles& modes) {
  auto place = [&](const char* field, const std::string& text) {
    if (text::trim(text).empty()) throw InputError(std::string(field) + ": missing");
    try {
      return resolver.resolve(std::string(text::trim(text)));
    } catch (const InputError& e) {
      throw InputError(std::string(field) + " '" + std::string(text::trim(text)) + "': " + e.what());
    }
  };
  auto figure = [](const char* field, const std::string& text, Dimension d) -> std::optional<Quantity> {
    if (text::trim(text).empty()) return std::nullopt;
    try {
      return quantities::parse_quantity(text, d);
    } catch (const InputError& e) {
      throw InputError(std::string(field) + " " + e.what());
    }
  };
  std::vector<routes::Waypoint> points;
  points.push_back(place("--from", in.from));
  for (const std::string& v : in.via) points.push_back(place("--via", v));
  points.push_back(place("--to", in.to));
  Claim c;
  c.route = routes::make_route(std::move(points));
  c.distance = figure("--distance", in.distance, Dimension::distance);
  c.speed = figure("--speed", in.speed, Dimension::speed);
  c.duration = figure("--duration", in.duration, Dimension::duration);
  if (text::trim(in.stop) == "unknown") c.stop_unknown = true;
  else c.stop = figure("--stop", in.stop, Dimension::duration);
  if (!text::trim(in.mode).empty()) c.mode = modes.get(std::string(text::trim(in.mode)));
  c.depart = std::string(text::trim(in.depart));
  if (!c.depart.empty()) validate_departure(c.depart);
  return c;
}

}  // namespace routecheck::verdicts
