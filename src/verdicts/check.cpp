// The relations of a claim. Figures are intervals (their rounding and hedges, geodata/hedges.tsv); two
// figures agree when their intervals overlap. Central estimates use the figures as written.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/not_places.hpp"
#include "quantities/figure_finder.hpp"
#include "routes/mode_network.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/timing.hpp"

namespace routecheck::verdicts {

extern const char* const kTolerancesTsv;  // generated from geodata/tolerances.tsv
extern const char* const kExtentsTsv;     // generated from geodata/extents.tsv
extern const char* const kLandMassesTsv;  // generated from geodata/land_masses.tsv

using quantities::Dimension;
using quantities::format_number;
using quantities::Interval;
using quantities::Quantity;

using quantities::kMetresPerKm;
using quantities::kMpsPerKmh;
using quantities::kSecondsPerHour;

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

routes::CountryEndLimits country_end_limits() {
  static const routes::CountryEndLimits limits{tolerance("places.country_end_reach_km") * kMetresPerKm,
                                               tolerance("places.island_state_end_reach_km") * kMetresPerKm};
  return limits;
}

namespace {

// The note of a claim with nothing checkable; its times, when they are judged, are something.
constexpr const char* kNothingToCheck =
    "nothing to check against geography: give a distance, a duration and a mode, or two of distance, speed and duration";

std::string km(double m) { return format_number(m / kMetresPerKm) + " km"; }
std::string hours(double s) { return format_number(s / kSecondsPerHour) + " h"; }
std::string kmh(double mps) { return format_number(mps / kMpsPerKmh) + " km/h"; }

std::string range(const Interval& i, double per_unit, const char* unit) {
  return quantities::format_interval(i, per_unit) + " " + unit;
}

// "about 37 mph (59.5 km/h)": the figure as claimed, then in metric units.
std::string described(const Quantity& q) {
  std::string unit = q.unit.symbol;
  if ((unit == "day" || unit == "week") && q.value != 1) unit += "s";
  // A hedge goes where the story writes it: "about 37 mph", "40 h or more", "500-odd mi".
  std::string s = format_number(q.value) + " " + unit;
  if (!q.hedge.empty() && !quantities::hedge_written_after(q.hedge)) s = q.hedge + " " + s;
  else if (!q.hedge.empty() && q.hedge.find(' ') == std::string::npos) s = format_number(q.value) + "-" + q.hedge + " " + unit;
  else if (!q.hedge.empty()) s += " " + q.hedge;
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

std::string route_name(const routes::Route& r) {
  return r.places.front().place.name + "–" + r.places.back().place.name;
}

constexpr double kSecondsPerDay = 24 * kSecondsPerHour;

// A trip of a day or more includes nights and rests: its average says nothing about being too slow.
bool spans_days(const Claim& c) {
  return (c.duration && c.duration->si.low >= kSecondsPerDay) || (c.speed && c.speed->per_day);
}

// 0. Figures written twice ("9,258 km (5,753 miles)", "82 hours, which means ...") must agree.
void relate_restatements(const Claim& c, Report& report) {
  Relation rel{"figures_agree", "figures agree", Verdict::consistent, "", {}};
  std::vector<std::string> agreed, disagreed;
  const std::pair<const char*, const std::optional<Quantity>*> figures[] = {
      {"distance", &c.distance}, {"speed", &c.speed}, {"duration", &c.duration}, {"top speed", &c.top_speed}};
  for (const auto& [what, q] : figures) {
    if (!*q) continue;
    for (const Quantity& again : (*q)->restated) {
      // Each figure widened by how loosely it may be rounded ("120" for 124) and the slack of a
      // conversion factor written short.
      auto widened = [](const Quantity& f) {
        const double slack = tolerance("conversion.slack");
        return Interval{(f.si.low - f.rounding_si) * (1 - slack), f.si.bounded() ? (f.si.high + f.rounding_si) * (1 + slack) : f.si.high};
      };
      const Interval a = widened(**q), b = widened(again);
      if (a.overlaps(b)) {
        agreed.push_back(fmt::format("the {} {} and, {}, {} agree", what, described(**q), again.restated_how, described(again)));
      } else {
        rel.verdict = Verdict::inconsistent;
        disagreed.push_back(fmt::format("the {} is written twice and the two disagree: {}, and {} {}", what, described(**q),
                                        again.restated_how, described(again)));
      }
      rel.figures.emplace_back(std::string(what) + "_first_si", (*q)->value_si());
      rel.figures.emplace_back(std::string(what) + "_second_si", again.value_si());
    }
  }
  if (agreed.empty() && disagreed.empty()) return;
  for (const std::string& d : disagreed) rel.reason += (rel.reason.empty() ? "" : "; ") + d;
  if (!disagreed.empty()) rel.reason += ": they cannot both be true";
  for (const std::string& a : agreed) rel.reason += (rel.reason.empty() ? "" : "; ") + a;
  rel.reason += ".";
  report.relations.push_back(std::move(rel));
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
      report.relations.push_back({"distance_speed_duration", "distance, speed and duration", Verdict::unverifiable,
                                  "a stop is mentioned, but distance, speed and duration are not all given", {}});
    return;
  }
  if (c.speed->per_day || c.speed->average_stated) {
    // A daily rate is already an average over whole days, and a speed written as an average ("an average
    // speed of") is one over the whole trip: speed x duration is the distance, no stops to add.
    const Interval covered = c.speed->si * c.duration->si;
    Relation rel{"distance_speed_duration", "distance, speed and duration", Verdict::consistent, "",
                 {{"covered_km_low", covered.low / kMetresPerKm}, {"covered_km_high", covered.high / kMetresPerKm}}};
    const std::string covered_text = fmt::format("{} for {} covers {}", described(*c.speed), described(*c.duration),
                                                 range(covered, kMetresPerKm, "km"));
    if (covered.overlaps(c.distance->si)) {
      rel.reason = fmt::format("{}, which takes in {}: they agree.", covered_text, described(*c.distance));
    } else {
      rel.verdict = Verdict::inconsistent;
      rel.reason = fmt::format("{}, not {}: the figures cannot all be true.", covered_text, described(*c.distance));
    }
    report.relations.push_back(std::move(rel));
    return;
  }
  const Interval moving = *report.implied_moving_s;
  const double moving_nominal = c.distance->value_si() / c.speed->value_si();
  const Interval total = c.duration->si;
  const std::string moving_text = fmt::format("{} at {} takes about {} moving ({})", described(*c.distance),
                                              described(*c.speed), hours(moving_nominal),
                                              range(moving, kSecondsPerHour, "h"));
  Relation rel{"distance_speed_duration", "distance, speed and duration", Verdict::consistent, "",
               {{"moving_h", moving_nominal / kSecondsPerHour}}};
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

// Whether a place of the route is a country or region: it reaches anywhere within its outline, so the
// straight line (or a network path) to its label point bounds nothing.
bool has_area_end(const Claim& c) {
  return std::any_of(c.extents.begin(), c.extents.end(), [](const Extent& e) { return e.area; });
}

// How a reason names the areas at a route's ends: "an island" where each is one (the gazetteer has its
// point, not its outline), else "a country or region".
std::string area_words(const Claim& c) {
  for (std::size_t i = 0; i < c.extents.size() && i < c.route.places.size(); ++i)
    if (c.extents[i].area && !gazetteer::is_island(c.route.places[i].place)) return "a country or region";
  return "an island";
}

// The distance the claim stands for: claimed, or implied by speed and duration.
std::optional<std::pair<Interval, std::string>> claimed_distance(const Claim& c, const Report& report) {
  if (c.distance) return std::make_pair(c.distance->si, described(*c.distance));
  if (report.implied_distance_m)
    return std::make_pair(*report.implied_distance_m,
                          fmt::format("the implied {}", range(*report.implied_distance_m, kMetresPerKm, "km")));
  return std::nullopt;
}

// The shortest route the places allow, in words: "the straight line Tarifa–Tangier, 32.4 km, less the
// places' extents: at least 24.1 km".
std::string bound_text(const Claim& c) {
  const std::string line = c.route.places.size() > 2 ? "the straight-line legs through the via points"
                                                     : "the straight-line distance " + route_name(c.route);
  if (c.bound_m >= c.route.geodesic_m) return fmt::format("{}, {}", line, km(c.route.geodesic_m));
  return fmt::format("{}, {} centre to centre (at least {} edge to edge)", line, km(c.route.geodesic_m), km(c.bound_m));
}

// Whether the network the claim was routed on judges its distance: a path exists, no end is a country,
// and the places lie close enough to the network for its path to be the route.
bool network_judges(const Claim& c) {
  const routes::Route& r = c.route;
  if (!r.network_m || has_area_end(c)) return false;
  double snapped_m = 0;
  for (const routes::Leg& leg : r.legs)
    if (leg.network) snapped_m += leg.network->snap_from_m + leg.network->snap_to_m;
  return snapped_m <= r.max_snap_share * *r.network_m;
}

// A distance within straight_line.as_route of the centre-to-centre straight line, for a mode whose routes
// always run longer than that (circuity_low above 1 + the tolerance: rail, road, walking): the straight
// line reported as the route ("by rail, 505 km" where the line is 505 km and the track 620). Suspicious,
// with the reason; a network path as straight as the claim (--network, or the built-in sea lanes) overrides
// it. nullopt when the rule does not apply.
std::optional<std::pair<Verdict, std::string>> straight_line_as_route(const Claim& c, double nominal_m) {
  const double geodesic = c.route.geodesic_m;
  const double tol = tolerance("straight_line.as_route");
  if (!c.mode || geodesic <= 0 || !c.distance || c.mode->circuity_low <= 1 + tol) return std::nullopt;
  // A vague figure ("hundreds of miles", "a few hundred km": its interval as wide as half its middle or
  // more) states no length to match the line with; "about 20 miles" does.
  constexpr double kVagueWidthShare = 0.5;
  if (c.distance->si.bounded() && c.distance->si.high - c.distance->si.low > kVagueWidthShare * nominal_m) return std::nullopt;
  const double off = nominal_m / geodesic - 1;
  if (std::abs(off) > tol) return std::nullopt;
  if (network_judges(c)) {
    const double network = *c.route.network_m;
    const Interval band{network * c.route.band_low, network * c.route.band_high};
    if (band.overlaps(c.distance->si))
      return std::make_pair(Verdict::plausible,
                            fmt::format("as straight as the line, but the path on the {} network ({}) is that straight "
                                        "too, so it may be the route.", networks::to_string(*c.route.network_kind), km(network)));
  }
  return std::make_pair(
      Verdict::suspicious,
      fmt::format("within {:.0f} % of the straight line, which {} routes never are (at least {}x it): most likely "
                  "the straight-line distance reported as the route; a {} route runs about {}–{}.",
                  100 * tol, c.mode->noun, ratio_text(c.mode->circuity_low), c.mode->noun,
                  km(c.mode->circuity_low * geodesic), km(c.mode->circuity_high * geodesic)));
}

// 2. Claimed distance against the geography bound and the mode's circuity.
void relate_geography(const Claim& c, Report& report) {
  auto distance = claimed_distance(c, report);
  if (!distance) return;
  const auto& [interval, text] = *distance;
  const double geodesic = c.route.geodesic_m;
  const double nominal = c.distance ? c.distance->value_si() : interval.mid();
  Relation rel{"distance_vs_geography", "distance vs geography", Verdict::consistent, "",
               {{"geodesic_km", geodesic / kMetresPerKm}, {"bound_km", c.bound_m / kMetresPerKm}}};
  // A figure rounded to its trailing zeros may stand for a little more ("5,800 km" for 5,840).
  const double rounded_up_to = c.distance && interval.bounded()
                                   ? interval.high + std::min(c.distance->rounding_si, tolerance("rounding.max_share") * interval.high)
                                   : interval.high;
  if (rounded_up_to < c.bound_m) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{} is shorter than {}: no route over the surface is that short.", text, bound_text(c));
  } else if (interval.high < c.bound_m) {
    rel.verdict = Verdict::plausible;
    rel.reason = fmt::format("{} is shorter than {}, but as a round figure it may stand for up to {}: no shorter than the "
                             "route, if the figure was rounded.", text, bound_text(c), km(rounded_up_to));
  } else if (geodesic <= 0) {
    rel.reason = fmt::format("{} over a route that ends where it starts: no straight line bounds it.", text);
  } else if (has_area_end(c)) {
    rel.verdict = Verdict::plausible;
    rel.reason = fmt::format("{} against a route through {}: it reaches anywhere within its outline, so "
                             "the straight line to its centre point ({}) bounds nothing.", text, area_words(c), km(geodesic));
  } else if (!c.mode) {
    rel.figures.emplace_back("ratio", nominal / geodesic);
    // With no mode, the widest detour of any mode (sea routes round capes) still bounds it from above,
    // measured between the places' far edges: a route three times longer than that runs no way at all.
    static const double widest = tolerance("places.settle_circuity_without_mode");
    double far_m = 0;
    for (const routes::Leg& leg : c.route.legs) far_m += leg.geodesic_m + c.extents[leg.from].radius_m + c.extents[leg.to].radius_m;
    if (interval.low > widest * far_m) {
      rel.verdict = Verdict::suspicious;
      rel.reason = fmt::format("{} is {:.2f}x {}: no mode was given, and routes of every mode run at most {}x the straight "
                               "line (sea routes round capes), {} between the places' far edges.", text, nominal / geodesic,
                               bound_text(c), ratio_text(widest), km(widest * far_m));
    } else {
      rel.reason = fmt::format("{} is {:.2f}x {} (no mode given: held only to the widest detour of any mode, {}x).", text,
                               nominal / geodesic, bound_text(c), ratio_text(widest));
    }
  } else if (const auto straight = straight_line_as_route(c, nominal)) {
    rel.figures.emplace_back("ratio", nominal / geodesic);
    rel.verdict = straight->first;
    rel.reason = fmt::format("{} is {:.3f}x {}: {}", text, nominal / geodesic, bound_text(c), straight->second);
  } else if (interval.bounded() && interval.high < c.mode->circuity_low * c.bound_m && network_judges(c) &&
             Interval{*c.route.network_m * c.route.band_low, *c.route.network_m * c.route.band_high}.overlaps(interval)) {
    // Shorter than the mode's routes usually run, but the path on the network the check has is that short
    // too (Port Hedland-Qingdao, 3,500 nmi: 1.04x the straight line, 1.00x the sea lanes): the network wins.
    rel.figures.emplace_back("ratio", nominal / geodesic);
    rel.verdict = Verdict::plausible;
    rel.reason = fmt::format("{} is {:.2f}x {}, under the {}x {} routes usually run, but the path on the {} network ({}) is that "
                             "short too, so it may be the route.", text, nominal / geodesic, bound_text(c),
                             ratio_text(c.mode->circuity_low), c.mode->noun, networks::to_string(*c.route.network_kind),
                             km(*c.route.network_m));
  } else if (interval.bounded() && interval.high < c.mode->circuity_low * c.bound_m) {
    // Shorter than the mode's routes run even between the places' edges: a rail line as straight as the
    // line between two cities' centres is not how railways are built.
    rel.figures.emplace_back("ratio", nominal / geodesic);
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is {:.2f}x {}; {} routes are rarely shorter than {}x the straight line between the "
                             "places' edges ({}).", text, nominal / geodesic, bound_text(c), c.mode->noun,
                             ratio_text(c.mode->circuity_low), km(c.mode->circuity_low * c.bound_m));
  } else if (nominal / geodesic <= c.mode->circuity_high) {
    rel.figures.emplace_back("ratio", nominal / geodesic);
    rel.verdict = Verdict::plausible;
    rel.reason = fmt::format("{} is {:.2f}x {}; {} routes run up to {}x the straight line.", text, nominal / geodesic,
                             bound_text(c), c.mode->noun, ratio_text(c.mode->circuity_high));
  } else {
    rel.figures.emplace_back("ratio", nominal / geodesic);
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is {:.2f}x {}; {} routes rarely run more than {}x the straight line.", text,
                             nominal / geodesic, bound_text(c), c.mode->noun, ratio_text(c.mode->circuity_high));
  }
  report.relations.push_back(std::move(rel));
}

struct LandMasses {
  std::map<std::string, std::string> by_country;  // ISO alpha-2 -> land mass
  std::map<std::string, std::string> by_region;   // "GB.NIR" (alpha-2, GeoNames admin1 code) -> land mass or "-"
  std::set<routes::BroadMode> modes;              // broad modes whose trips need land

  // The land mass a place lies on: its region's row, else its country's; nullptr where no row decides
  // (a country on several land masses without region rows, a region marked "-", or, in a country whose
  // regions decide, a place in no known region: the country itself, GeoNames' "00", a point far from any
  // town).
  const std::string* of(const gazetteer::Place& p) const {
    const std::string prefix = p.country_code + ".";
    if (auto r = by_region.lower_bound(prefix); r != by_region.end() && r->first.starts_with(prefix)) {  // regions decide
      if (r = by_region.find(prefix + p.admin1_code); r != by_region.end()) return r->second == kUndecided ? nullptr : &r->second;
      if (p.admin1_code.empty() || p.admin1_code == kNoRegion || p.feature_class == kAreaClass) return nullptr;
    }
    auto c = by_country.find(p.country_code);
    return c == by_country.end() ? nullptr : &c->second;
  }
  static constexpr const char* kUndecided = "-";
  static constexpr const char* kNoRegion = "00";  // GeoNames' admin1 code for "none known"
  static constexpr const char* kAreaClass = "A";  // GeoNames' feature class of countries and regions
};

const LandMasses& land_masses() {
  static const LandMasses table = [] {
    LandMasses t;
    const std::string origin = "geodata/land_masses.tsv";
    for (const text::TableRow& row : text::table_rows(kLandMassesTsv, origin, 3, "kind<TAB>key<TAB>land_mass")) {
      if (row.fields[0] == "country") t.by_country[std::string(row.fields[1])] = std::string(row.fields[2]);
      else if (row.fields[0] == "region") {
        if (row.fields[1].find('.') == std::string_view::npos)
          throw InputError(row.where(origin) + ": a region is its country's code, a period and its admin1 code ('GB.NIR')");
        t.by_region[std::string(row.fields[1])] = std::string(row.fields[2]);
      } else if (row.fields[0] == "mode") {
        const std::optional<routes::BroadMode> mode = routes::parse_broad_mode(row.fields[1]);
        if (!mode) throw InputError(row.where(origin) + ": '" + std::string(row.fields[1]) + "' is no broad mode (rail, road, sea, air, walk)");
        t.modes.insert(*mode);
      }
      else throw InputError(row.where(origin) + ": expected country, region or mode");
    }
    return t;
  }();
  return table;
}

// 2a. Rail or road between places on two land masses (geodata/land_masses.tsv): no land route joins
// them, whatever the figures say.
void relate_land_route(const Claim& c, Report& report) {
  if (!c.mode || c.route.places.size() < 2) return;
  const LandMasses& t = land_masses();
  const std::optional<routes::BroadMode> broad = routes::broad_mode_of(c.mode);
  if (!broad || !t.modes.count(*broad)) return;
  for (const routes::Leg& leg : c.route.legs) {
    const gazetteer::Place &a = c.route.places[leg.from].place, &b = c.route.places[leg.to].place;
    const std::string *ma = t.of(a), *mb = t.of(b);
    if (!ma || !mb || *ma == *mb) continue;
    report.relations.push_back(
        {"land_route", "land route", Verdict::inconsistent,
         fmt::format("{} ({}) and {} ({}) lie on different land masses ({}, {}): no {} route joins them, with no fixed "
                     "link or train ferry between them; the trip needs a ship or a plane.",
                     a.name, a.country_code, b.name, b.country_code, *ma, *mb, c.mode->noun),
         {}});
    return;
  }
}

// 2d. On roads timed at their speed limits (geodata/networks.tsv's default speeds where none is posted):
// a claimed duration well under that time needs speeding the whole way.
void relate_network_time(const Claim& c, Report& report, const std::string& what) {
  const routes::Route& r = c.route;
  if (!c.duration || r.time_floor_share <= 0) return;
  double timed_s = 0;
  for (const routes::Leg& leg : r.legs) {
    if (!leg.network || leg.network->timed_s <= 0) return;
    timed_s += leg.network->timed_s;
  }
  Relation rel{"duration_vs_network", "duration vs network", Verdict::consistent, "",
               {{"speed_limit_h", timed_s / kSecondsPerHour}, {"floor_share", r.time_floor_share}}};
  const double floor_s = timed_s * r.time_floor_share;
  if (c.duration->si.high < floor_s) {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is under {:.0f} % of the {} the path on {} takes at its speed limits: only by "
                             "speeding most of the way.", described(*c.duration), 100 * r.time_floor_share,
                             hours(timed_s), what);
  } else {
    rel.reason = fmt::format("the path on {} takes {} at its speed limits; {} is no faster than that allows.", what,
                             hours(timed_s), described(*c.duration));
  }
  report.relations.push_back(std::move(rel));
}

// 2c. Claimed distance against the path on a network (sea lanes, a rail or road graph): the band is the
// profile's (geodata/networks.tsv), tight because the path is the route, not a guess at its detours.
void relate_network(const Claim& c, Report& report) {
  const routes::Route& r = c.route;
  if (!r.network_kind) return;
  const std::string what = "the " + networks::network_words(*r.network_kind);
  for (const routes::Leg& leg : r.legs)
    for (const routes::NetworkLeg::GaugeChange& g : leg.network ? leg.network->gauge_changes
                                                                : std::vector<routes::NetworkLeg::GaugeChange>{})
      report.notes.push_back(fmt::format("gauge changes {}→{} mm at {}: a stop to change bogies or trains is expected",
                                         g.from_mm, g.to_mm, g.at.empty() ? fmt::format("{:.4f}, {:.4f}", g.lat_deg, g.lon_deg) : g.at));
  relate_network_time(c, report, what);
  auto distance = claimed_distance(c, report);
  if (!distance) return;
  const auto& [interval, text] = *distance;
  Relation rel{"distance_vs_network", "distance vs network", Verdict::unverifiable, "", {}};
  if (!r.network_m) {
    rel.reason = fmt::format("{} could not be held against {}: {}.", text, what, r.network_problem);
    report.relations.push_back(std::move(rel));
    return;
  }
  const double network = *r.network_m;
  if (has_area_end(c)) {
    // A country or region at an end: the network joins it at its label point, which no trip starts from.
    rel.figures = {{"network_km", network / kMetresPerKm}};
    rel.reason = fmt::format("{} was not held against {}: a place of the route is {}, which the "
                             "network joins only at its label point.", text, what, area_words(c));
    report.relations.push_back(std::move(rel));
    return;
  }
  double snapped_m = 0;
  for (const routes::Leg& leg : r.legs) snapped_m += leg.network->snap_from_m + leg.network->snap_to_m;
  if (snapped_m > r.max_snap_share * network) {
    // A trip shorter than the network's mesh (a strait's ferry on ocean lanes): the path is mostly the
    // legs to the network, which says nothing of the route.
    rel.figures = {{"network_km", network / kMetresPerKm}, {"snapped_km", snapped_m / kMetresPerKm}};
    rel.reason = fmt::format("{} was not held against {}: the places lie {} from it, {:.0f} % of the {} path; the "
                             "network is too coarse for this trip.", text, what, km(snapped_m), 100 * snapped_m / network,
                             km(network));
    report.relations.push_back(std::move(rel));
    return;
  }
  if (c.mode && r.geodesic_m > 0 && network > c.mode->circuity_high * r.geodesic_m) {
    // A path more roundabout than any route of the mode: the network lacks the direct line (MARNET has no
    // lane across some straits), so its length says nothing of the trip.
    rel.figures = {{"network_km", network / kMetresPerKm}, {"ratio_to_straight_line", network / r.geodesic_m}};
    rel.reason = fmt::format("{} was not held against {}: its shortest path ({}) is {:.1f}x the straight line, more "
                             "roundabout than {} routes run ({}x); the network lacks the direct line.",
                             text, what, km(network), network / r.geodesic_m, c.mode->noun,
                             ratio_text(c.mode->circuity_high));
    report.relations.push_back(std::move(rel));
    return;
  }
  const double low = network * r.band_low, high = network * r.band_high;
  if (r.open_sea_line && interval.high < low) {
    // Shorter than the lanes' path, but the straight line crosses open sea only: a ship may take it, and
    // the lanes lack it (MARNET has no lane from Beirut to Larnaca: 1.58x the line). The straight line
    // bounds the claim (distance vs geography); the lanes' path does not.
    rel.figures = {{"network_km", network / kMetresPerKm}, {"geodesic_km", r.geodesic_m / kMetresPerKm}};
    rel.reason = fmt::format("{} was not held against {} ({}): the straight line between the ports ({}) lies over open sea "
                             "(islands aside), a way a ship may take that the network lacks.", text, what, km(network), km(r.geodesic_m));
    report.relations.push_back(std::move(rel));
    return;
  }
  const double nominal = c.distance ? c.distance->value_si() : interval.mid();
  rel.figures = {{"network_km", network / kMetresPerKm}, {"ratio", nominal / network},
                 {"band_low", r.band_low}, {"band_high", r.band_high}};
  const std::string path = fmt::format("the shortest path on {} ({}{})", what, km(network),
                                       r.avoided.empty() ? "" : ", avoiding " + text::join(r.avoided, ", "));
  if (interval.high >= low && interval.low <= high) {
    rel.verdict = Verdict::consistent;
    const bool nominal_in_band = nominal >= low && nominal <= high;
    rel.reason = nominal_in_band
                     ? fmt::format("{} is {:.2f}x {}: within {:.2f}–{:.2f}x, they agree.", text, nominal / network, path,
                                   r.band_low, r.band_high)
                     : fmt::format("{} is {:.2f}x {}; as written it spans {}, which reaches {:.2f}–{:.2f}x: they agree.",
                                   text, nominal / network, path, range(interval, kMetresPerKm, "km"), r.band_low,
                                   r.band_high);
  } else {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is {:.2f}x {}, outside {:.2f}–{:.2f}x: {}.", text, nominal / network, path, r.band_low,
                             r.band_high,
                             interval.high < low ? "shorter than any way the network allows (or the network lacks a line)"
                                                 : "longer than the network's shortest path (a detour, or another route)");
  }
  report.relations.push_back(std::move(rel));
}

// The fastest average a trip can have: the mode's, and no more than a claimed top speed.
std::optional<std::pair<double, std::string>> fastest(const Claim& c) {
  std::optional<std::pair<double, std::string>> out;
  if (c.mode) out = std::make_pair(c.mode->speed_max_kmh * kMpsPerKmh, fmt::format("the fastest {} average, {}", c.mode->noun, kmh(c.mode->speed_max_kmh * kMpsPerKmh)));
  if (c.top_speed && c.top_speed->si.bounded() && (!out || c.top_speed->si.high < out->first))
    out = std::make_pair(c.top_speed->si.high, "the top speed of " + described(*c.top_speed));
  return out;
}

// 2b. A duration with no distance: the shortest route at the fastest speed the mode (or the claimed top
// speed) allows is the least time the trip can take.
void relate_duration_geography(const Claim& c, Report& report) {
  if (!c.duration || c.distance || report.implied_distance_m) return;
  auto best = fastest(c);
  if (!best) return;
  if (c.bound_m <= 0 && c.route.geodesic_m > 0 &&
      has_area_end(c)) {
    // A country or region at one end: the trip may start anywhere in it, so no duration is too short;
    // plausible, with that assumption named.
    report.relations.push_back({"duration_vs_geography", "duration vs geography", Verdict::plausible,
                                fmt::format("{} fits a trip from somewhere in {}: it reaches anywhere "
                                            "within its outline, so no straight line bounds the time (centre to "
                                            "centre it is {}).", described(*c.duration), area_words(c), km(c.route.geodesic_m)),
                                {{"bound_km", 0.0}, {"geodesic_km", c.route.geodesic_m / kMetresPerKm}}});
    return;
  }
  if (c.bound_m <= 0) return;
  const double least_s = c.bound_m / best->first;
  Relation rel{"duration_vs_geography", "duration vs geography", Verdict::consistent, "",
               {{"bound_km", c.bound_m / kMetresPerKm}, {"fastest_kmh", best->first / kMpsPerKmh}, {"least_h", least_s / kSecondsPerHour}}};
  if (c.duration->si.high < least_s) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{} is too short: {} at {} takes at least {} (an average of {} over {}).",
                             described(*c.duration), bound_text(c), best->second, hours(least_s),
                             kmh(c.bound_m / c.duration->si.high), described(*c.duration));
  } else if (c.mode && c.duration->si.high < c.bound_m / (c.mode->speed_high_kmh * kMpsPerKmh)) {
    // Possible only above the mode's usual averages, the whole way (as speed_vs_mode judges a stated
    // speed): 450 km on foot in "2 days" needs 7.5 km/h for 60 hours, no walker's pace.
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is possible only at an unusual pace: {} needs an average of at least {}, above the "
                             "usual {}–{} for {}.", described(*c.duration), bound_text(c),
                             kmh(c.bound_m / c.duration->si.high), format_number(c.mode->speed_low_kmh),
                             kmh(c.mode->speed_high_kmh * kMpsPerKmh), c.mode->noun);
  } else {
    rel.reason = fmt::format("{} is enough: {} at {} takes at least {}.", described(*c.duration), bound_text(c),
                             best->second, hours(least_s));
  }
  report.relations.push_back(std::move(rel));
}

// 3. An average speed (claimed, or implied) against the mode's averages.
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
  Relation rel{"speed_vs_mode", "speed vs mode", Verdict::plausible, "", {{"speed_low_kmh", speed->low / kMpsPerKmh}}};
  const Interval typical{m.speed_low_kmh * kMpsPerKmh, m.speed_high_kmh * kMpsPerKmh};
  if (speed->low > m.speed_max_kmh * kMpsPerKmh) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{} is impossible for {}: no {} trip averages more than {}.", text, m.noun,
                             m.noun, kmh(m.speed_max_kmh * kMpsPerKmh));
  } else if (speed->overlaps(typical)) {
    // "at least 0.8 km/h" on foot is not itself a walker's pace: it takes one in.
    const bool within = speed->low >= typical.low && speed->high <= typical.high;
    rel.reason = fmt::format("{} {} for {} ({}).", text, within ? "is a usual average" : "takes in the usual averages",
                             m.noun, range(typical, kMpsPerKmh, "km/h"));
  } else if (speed->low > typical.high) {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is unusually fast for {} (usual averages {}, at most {}).", text, m.noun,
                             range(typical, kMpsPerKmh, "km/h"), kmh(m.speed_max_kmh * kMpsPerKmh));
  } else if (spans_days(c)) {
    rel.reason = fmt::format("{} over days, nights and rests included, is within what {} allows (at most {}).", text,
                             m.noun, kmh(m.speed_max_kmh * kMpsPerKmh));
  } else {
    rel.verdict = Verdict::suspicious;
    rel.reason = fmt::format("{} is unusually slow for {} (usual averages {}).", text, m.noun,
                             range(typical, kMpsPerKmh, "km/h"));
  }
  report.relations.push_back(std::move(rel));
}

// 3b. A top speed: no more than the mode's top speeds, and no less than the average the trip needs.
void relate_top_speed(const Claim& c, Report& report) {
  if (!c.top_speed) return;
  const Quantity& top = *c.top_speed;
  Relation rel{"top_speed", "top speed", Verdict::consistent, "", {{"top_speed_kmh", top.value_si() / kMpsPerKmh}}};
  // The least average the trip needs: claimed distance (or the geography bound) over the longest duration.
  std::optional<double> needed;
  std::string needed_text;
  if (c.speed && !c.speed->per_day) {
    needed = c.speed->si.low;
    needed_text = "the average of " + described(*c.speed);
  } else if (c.duration && c.duration->si.high > 0) {
    const double metres = c.distance ? c.distance->si.low : c.bound_m;
    if (metres > 0) {
      needed = metres / c.duration->si.high;
      needed_text = fmt::format("{} in {} needs an average of at least {}", c.distance ? described(*c.distance) : bound_text(c),
                                described(*c.duration), kmh(*needed));
    }
  }
  if (needed) rel.figures.emplace_back("needed_average_kmh", *needed / kMpsPerKmh);
  if (c.mode && c.mode->top_speed_kmh > 0 && top.si.low > c.mode->top_speed_kmh * kMpsPerKmh) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("a top speed of {} is beyond {}: none runs faster than {} in service.", described(top),
                             c.mode->noun, kmh(c.mode->top_speed_kmh * kMpsPerKmh));
  } else if (needed && *needed > top.si.high) {
    rel.verdict = Verdict::inconsistent;
    rel.reason = fmt::format("{}, more than the top speed of {}: an average cannot exceed the top speed.", needed_text,
                             described(top));
  } else if (needed) {
    rel.reason = fmt::format("{}, within the top speed of {}.", needed_text, described(top));
  } else {
    rel.reason = fmt::format("a top speed of {} is within what {} reaches{}.", described(top),
                             c.mode ? c.mode->noun : "travel",
                             c.mode && c.mode->top_speed_kmh > 0 ? " (up to " + kmh(c.mode->top_speed_kmh * kMpsPerKmh) + ")" : "");
  }
  report.relations.push_back(std::move(rel));
}

// 4. Unit slips: a figure that fails as written and fits read in another unit. A figure consistent as
// written gets no slip note, with one exception kept from the seed story: a distance within a hair of the
// straight line read in another unit is a coincidence worth naming.
void note_unit_slips(const Claim& c, Report& report) {
  const double geodesic = c.route.geodesic_m;
  if (geodesic <= 0) return;
  // Nautical readings only where nautical units are in use: at sea and in the air.
  const std::optional<routes::BroadMode> broad = routes::broad_mode_of(c.mode);
  const bool nautical = !c.mode || broad == routes::BroadMode::sea || broad == routes::BroadMode::air;
  // The other units a figure may have been meant in, by its unit: built once, not on every check (a batch
  // checks a flight against each reading of its ends).
  using Alternatives = std::map<std::string, std::vector<std::string>>;
  static const Alternatives distance_nautical{{"mi", {"km", "nmi"}}, {"km", {"mi", "nmi"}}, {"nmi", {"mi", "km"}}};
  static const Alternatives distance_on_land{{"mi", {"km"}}, {"km", {"mi"}}, {"nmi", {"mi", "km"}}};
  static const Alternatives speed_nautical{{"mph", {"km/h", "kn"}}, {"km/h", {"mph", "kn"}}, {"kn", {"mph", "km/h"}}};
  static const Alternatives speed_on_land{{"mph", {"km/h"}}, {"km/h", {"mph"}}, {"kn", {"mph", "km/h"}}};
  const Alternatives& distance_alternatives = nautical ? distance_nautical : distance_on_land;
  const Alternatives& speed_alternatives = nautical ? speed_nautical : speed_on_land;
  static const std::vector<std::string> no_alternatives;
  if (c.distance) {
    auto alts = distance_alternatives.find(c.distance->unit.symbol);
    const double as_claimed = c.distance->value_si();
    const bool claimed_fits = c.distance->si.high >= c.bound_m && (!c.mode || c.distance->si.low <= geodesic * c.mode->circuity_high);
    (void)as_claimed;
    for (const std::string& alt : alts == distance_alternatives.end() ? no_alternatives : alts->second) {
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
      } else if (!claimed_fits && read >= c.bound_m && c.mode && read <= geodesic * c.mode->circuity_high) {
        report.notes.push_back(fmt::format(
            "unit slip? {} does not fit {} route, but read as {} ({}, {:.2f}x the straight line) it does.",
            described(*c.distance), text::with_article(c.mode->noun), quantities::unit_name(alt), km(read), read / geodesic));
      }
    }
  }
  if (c.speed && c.mode && !c.speed->per_day) {
    auto alts = speed_alternatives.find(c.speed->unit.symbol);
    const Interval typical{c.mode->speed_low_kmh * kMpsPerKmh, c.mode->speed_high_kmh * kMpsPerKmh};
    const double max = c.mode->speed_max_kmh * kMpsPerKmh;
    // The figures contradict each other when the moving time alone exceeds the duration.
    auto agree = [&](const Interval& speed) {
      return !(c.distance && c.duration) || (c.distance->si / speed).low <= c.duration->si.high;
    };
    const bool fails = c.speed->si.low > max || !agree(c.speed->si);
    for (const std::string& alt : alts == speed_alternatives.end() ? no_alternatives : alts->second) {
      const quantities::Unit u = *quantities::find_unit(alt);
      const double scale = u.si_per_unit / c.speed->unit.si_per_unit;
      const Interval read{c.speed->si.low * scale, c.speed->si.high * scale};
      if (fails && read.overlaps(typical) && agree(read))
        report.notes.push_back(fmt::format("unit slip? {} read as {} ({}) fits {} and the other figures better.",
                                           described(*c.speed), quantities::unit_name(alt),
                                           kmh(c.speed->value * u.si_per_unit), c.mode->noun));
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
  Relation rel{"timing", "timing", Verdict::consistent, "", {}};
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

// With no mode: the fastest average of any kind of travel in service (air's), which bounds every trip
// ("the charter left Adelaide at 6pm and landed in Perth at 5pm local time" had no least time at all).
std::optional<std::pair<double, std::string>> fastest_of_any_mode() {
  const routes::ModeProfile* air = routes::ModeProfiles::builtin().find("air");
  if (!air || air->speed_max_kmh <= 0) return std::nullopt;
  return std::make_pair(air->speed_max_kmh * kMpsPerKmh, fmt::format("the fastest average of any mode in service (air), {}",
                                                                       kmh(air->speed_max_kmh * kMpsPerKmh)));
}

// 6. Timeline: the times the story gives (weekdays, parts of the day, clock times) against the travel time,
// each end on its own clock (timeline/timeline.hpp).
void add_timeline_relation(const Claim& c, Report& report) {
  if (!c.depart_time) return;
  // A whole departure date and time with nothing later to check is the "timing" relation's alone.
  if (c.later_times.empty() && !c.depart.empty()) return;
  const routes::Waypoint &from = c.route.places.front(), &to = c.route.places.back();
  Relation rel{"timeline", "times of the trip", Verdict::unverifiable, "", {}};
  if (from.place.timezone.empty() || to.place.timezone.empty()) {
    rel.reason = "the time zone of " + (from.place.timezone.empty() ? from.place.name : to.place.name) +
                 " is unknown (coordinates with no populated place nearby)";
    report.relations.push_back(std::move(rel));
    return;
  }
  // A moment read on a named clock ("Singapore time") takes that place's zone when the trip names it.
  auto on_clock = [&](timeline::Moment m, const routes::Waypoint& end) {
    m.zone = end.place.timezone, m.place = end.place.name;
    auto lower = [](std::string x) {
      for (char& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return x;
    };
    const std::string named = lower(m.spec.zone_place);
    for (const routes::Waypoint& w : c.route.places)
      if (!named.empty() && named != "local" && !w.place.timezone.empty() &&
          lower(w.place.name).rfind(named, 0) == 0)
        m.zone = w.place.timezone, m.place = w.place.name;
    return m;
  };
  timeline::TripTimes trip;
  trip.depart = on_clock(*c.depart_time, from);
  for (const timeline::Moment& m : c.later_times) trip.later.push_back(on_clock(m, to));
  trip.to_zone = to.place.timezone, trip.to_place = to.place.name;
  trip.reference = c.story_date;
  if (c.duration) {
    trip.nominal_s = c.duration->value_si();
    trip.travel_low_s = c.duration->si.low, trip.travel_high_s = c.duration->si.high;
  } else if (report.implied_moving_s && c.distance && c.speed) {
    trip.nominal_s = c.distance->value_si() / c.speed->value_si();
    trip.travel_low_s = report.implied_moving_s->low, trip.travel_high_s = report.implied_moving_s->high;
  } else if (auto best = fastest(c); (best || (best = fastest_of_any_mode())) && c.distance && c.distance->si.low > c.bound_m) {
    // No travel time but the trip's length: that length at the mode's fastest average is the least the trip
    // takes ("left at 9 a.m. ... arrived at 4 p.m. the same day, after the 1,995-mile journey" by rail
    // needed 357 km/h, and only the straight line had been timed).
    trip.travel_low_s = c.distance->si.low / best->first;
    trip.floor = fmt::format("{} at {}", described(*c.distance), best->second);
  } else if (best && c.bound_m > 0 && !has_area_end(c)) {
    // No travel time: the shortest route at the mode's fastest average is the least the trip takes, so a
    // departure and an arrival alone are checked against the map ("left St Pancras at 09:00, reached the
    // Gare du Nord at 10:00" took 0 h, and fitted).
    trip.travel_low_s = c.bound_m / best->first;
    trip.floor = fmt::format("{} at {}", bound_text(c), best->second);
  }
  // With no travel time, a usual trip of the mode: its length (the story's, else the shortest route at the
  // mode's least detour) at the middle of its usual averages (geometric: the band spans a factor of 2-20),
  // for a broad mode those of its first, everyday kind (airliners, conventional trains, cars and buses,
  // ferries, walking; the envelope's band runs from balloons to jets). It only chooses the day a clock or
  // a weekday with no date is read on, for trips of under a day: a usual trip slower than the real one
  // picks a later day, which lets an arrival fit rather than flags it (at the band's top a train from
  // Mumbai "at 11:00" reaching Delhi "at 12:30" was that day's, and could not be).
  if (c.mode && !trip.nominal_s) {
    const routes::ModeProfile& kind = c.mode->members.empty() ? *c.mode : c.mode->members.front();
    const double length_m = c.distance ? c.distance->value_si() : c.bound_m > 0 && !has_area_end(c) ? c.bound_m * kind.circuity_low : 0;
    if (length_m > 0 && kind.speed_low_kmh > 0 && kind.speed_high_kmh > 0) {
      const double usual_mps = std::sqrt(kind.speed_low_kmh * kind.speed_high_kmh) * kMpsPerKmh;
      trip.usual_s = length_m / usual_mps;
      trip.usual = fmt::format("{} at a usual {} average of {}", km(length_m), kind.noun, kmh(usual_mps));
    }
  }
  // A stop the story sizes adds to the moving time; one it only mentions is inside the duration's range.
  if (c.stop && !c.duration && trip.nominal_s) {
    *trip.nominal_s += c.stop->value_si();
    trip.travel_low_s += c.stop->si.low, trip.travel_high_s += c.stop->si.high;
  }
  if (trip.nominal_s && trip.travel_high_s > tolerance("timeline.max_travel_days") * kSecondsPerDay) {
    rel.reason = fmt::format("a trip of {} days or more: its weekdays and dates say nothing of its length",
                             quantities::format_number(tolerance("timeline.max_travel_days")));
    report.relations.push_back(std::move(rel));
    return;
  }
  timeline::TimelineResult t = timeline::check_trip_times(trip);
  rel.verdict = t.fit == timeline::Fit::fits ? Verdict::consistent : t.fit == timeline::Fit::cannot ? Verdict::inconsistent
                                                                                                   : Verdict::unverifiable;
  rel.reason = t.reason;
  report.timeline = std::move(t);
  report.relations.push_back(std::move(rel));
}

}  // namespace

void relate_timeline(const Claim& claim, Report& report) {
  report.timeline.reset();
  std::erase_if(report.relations, [](const Relation& r) { return r.id == "timeline"; });
  // A duration read between two clock times is local at each end: the timeline adds the span each clock
  // allows (as check_claim does on its copy), not the clocks' difference ("departs Dover 08:00, arrives
  // Calais 10:30" is 1.5 h, not 2.5 h, and then fits its own arrival).
  if (claim.duration && claim.duration->reading == quantities::Reading::clock_span) {
    Claim local = claim;
    apply_time_zones_to_clock_span(local);
    add_timeline_relation(local, report);
  } else {
    add_timeline_relation(claim, report);
  }
  if (!report.timeline) return;
  const Verdict v = report.relations.back().verdict;
  if (v == Verdict::unverifiable) return;
  std::erase(report.notes, std::string(kNothingToCheck));  // a trip told by its times alone ("left at 17:00, arrived at 18:30")
  report.verdict = report.verdict == Verdict::unverifiable ? v : std::max(report.verdict, v);
}

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

namespace {

// What a claim's figures say on their own (figures written twice; distance, speed and duration against each
// other): the same for every reading of its ends and every kind of its mode, so a claim checked many ways (a
// flight from each of a city's airports, each kind of a broad mode) works it out once.
struct FiguresAlone {
  std::vector<Relation> relations;
  std::optional<Interval> implied_moving_s, implied_stop_s, implied_speed_mps, implied_distance_m;
};

// "At 320 km/h, the trains link X with Y in two and a half hours": a speed not stated as an average, above
// the mode's usual averages but within its top speeds, in a claim that gives the trip's time and no
// distance, is the vehicle's running speed; the time and the map give the average. Checked as a top
// speed, said so. With a distance given, the three figures are checked against each other as written.
bool reads_as_running_speed(const Claim& c) {
  if (!c.speed || c.speed->average_stated || quantities::states_average(c.speed->hedge) || c.speed->per_day ||
      c.top_speed || !c.mode || !c.duration || c.distance || c.mode->top_speed_kmh <= 0)
    return false;
  // The figure as written, not its rounding's reach: "Mach 2" is 1.5 to 2.5 by its one digit.
  const double written = c.speed->value_si();
  return written > c.mode->speed_high_kmh * kMpsPerKmh && written <= c.mode->top_speed_kmh * kMpsPerKmh;
}

// `figures`, when given, holds what the claim's figures say alone once worked out, for the next check of the
// same figures.
Report check_against(const Claim& given, std::optional<FiguresAlone>* figures = nullptr) {
  std::optional<Claim> running;
  if (reads_as_running_speed(given)) {
    running = given;
    running->top_speed = running->speed;
    running->speed.reset();
    running->notes.push_back(fmt::format("'{}' read as a running speed, not the average: above the usual averages of {} ({}), "
                                         "within its top speeds (up to {}); the trip's time gives the average",
                                         given.speed->text, given.mode->noun,
                                         range(Interval{given.mode->speed_low_kmh * kMpsPerKmh, given.mode->speed_high_kmh * kMpsPerKmh},
                                               kMpsPerKmh, "km/h"),
                                         kmh(given.mode->top_speed_kmh * kMpsPerKmh)));
    figures = nullptr;  // what the figures say alone differs from the other readings'
  }
  const Claim& claim = running ? *running : given;
  Report report;
  report.notes = claim.notes;
  if (figures && *figures) {
    const FiguresAlone& known = **figures;
    report.relations = known.relations;
    report.implied_moving_s = known.implied_moving_s;
    report.implied_stop_s = known.implied_stop_s;
    report.implied_speed_mps = known.implied_speed_mps;
    report.implied_distance_m = known.implied_distance_m;
  } else {
    relate_restatements(claim, report);
    relate_figures(claim, report);
    if (figures)
      *figures = FiguresAlone{report.relations, report.implied_moving_s, report.implied_stop_s, report.implied_speed_mps,
                              report.implied_distance_m};
  }
  relate_geography(claim, report);
  relate_land_route(claim, report);
  relate_network(claim, report);
  relate_duration_geography(claim, report);
  relate_mode(claim, report);
  relate_top_speed(claim, report);
  note_unit_slips(claim, report);
  relate_timing(claim, report);
  add_timeline_relation(claim, report);
  bool any_checked = false;
  Verdict worst = Verdict::consistent;
  for (const Relation& r : report.relations)
    if (r.verdict != Verdict::unverifiable) {
      any_checked = true;
      worst = std::max(worst, r.verdict);
    }
  report.verdict = any_checked ? worst : Verdict::unverifiable;
  if (!any_checked)
    report.notes.push_back(kNothingToCheck);
  return report;
}

}  // namespace

namespace {
Report check_one(const Claim& given, std::optional<FiguresAlone>& figures);
}  // namespace

bool flies_between_airports(const std::optional<routes::ModeProfile>& mode) {
  return mode && (routes::broad_mode_of(mode) == routes::BroadMode::air || mode->mode.find("airliner") != std::string::npos);
}

namespace {

// One way of reading a claim: as written, or with "miles" at sea as nautical miles, or a flight's ends as
// their airports. Each is checked; the one that fits best is taken (the first on a tie: as written, the
// places themselves), and the report says which.
struct Reading {
  Claim claim;
  std::string unit;  // "statute miles" / "nautical miles" when "miles" at sea is read both ways, else ""
  std::string ends;  // "X to Y, 123 km apart" for airport ends, "" for the places themselves
};

bool miles_at_sea(const Claim& c) {
  return c.distance && c.distance->unit.symbol == "mi" && routes::broad_mode_of(c.mode) == routes::BroadMode::sea;
}

bool has_airport_ends(const Claim& c) {
  return c.airports.size() == c.route.places.size() && c.route.places.size() >= 2 &&
         (!c.airports.front().empty() || !c.airports.back().empty());
}

std::vector<Reading> readings_of(const Claim& given) {
  std::vector<Reading> out;
  // The readings need no airports of their own: each is copied from one claim without them.
  Claim c = given;
  c.airports.clear();
  // The distance unit: "miles" at sea may be nautical miles (1,852 m); both are read.
  std::vector<std::pair<Claim, std::string>> by_unit{{c, ""}};
  if (miles_at_sea(c)) {
    Claim nautical = c;
    Quantity& q = *nautical.distance;
    const quantities::Unit nmi = *quantities::find_unit("nmi");
    const double scale = nmi.si_per_unit / q.unit.si_per_unit;
    q.si.low *= scale;
    if (q.si.bounded()) q.si.high *= scale;
    q.rounding_si *= scale;
    q.unit = nmi;
    // A reading the story did not write must fit plainly: no shorter than the straight line between the
    // places' points, without the benefit of their extents ("21 miles" Dover-Calais is the strait's
    // narrowest width; read as nautical miles it is 0.91x the line and fits only edge to edge).
    settle_extents(nautical);
    nautical.bound_m = 0;
    for (const routes::Leg& leg : nautical.route.legs)
      if (!nautical.extents[leg.from].area && !nautical.extents[leg.to].area) nautical.bound_m += leg.geodesic_m;
    by_unit[0].second = "statute miles";
    by_unit.emplace_back(std::move(nautical), "nautical miles");
  }
  for (auto& [claim, unit] : by_unit) {
    out.push_back({claim, unit, ""});
    // A flight's ends: the places themselves, or their airports, each end on its own.
    if (given.airports.size() != claim.route.places.size() || claim.route.places.size() < 2) continue;
    const std::size_t last = claim.route.places.size() - 1;
    std::vector<std::optional<routes::Waypoint>> froms{std::nullopt}, tos{std::nullopt};
    for (const routes::Waypoint& a : given.airports.front()) froms.emplace_back(a);
    for (const routes::Waypoint& a : given.airports.back()) tos.emplace_back(a);
    for (const auto& from : froms)
      for (const auto& to : tos) {
        if (!from && !to) continue;
        Claim alt = claim;
        std::vector<routes::Waypoint> places = claim.route.places;
        if (from) places.front() = *from;
        if (to) places[last] = *to;
        alt.route = routes::make_route(std::move(places));
        settle_extents(alt);
        std::string ends = fmt::format("{} to {}, {} apart", alt.route.places.front().place.name,
                                       alt.route.places.back().place.name, km(alt.route.geodesic_m));
        out.push_back({std::move(alt), unit, std::move(ends)});
      }
  }
  return out;
}

}  // namespace

Report check_claim(const Claim& given) {
  if (!miles_at_sea(given) && !has_airport_ends(given)) {  // one reading, the claim as written: no copies of it
    std::optional<FiguresAlone> figures;
    return check_one(given, figures);
  }
  const std::vector<Reading> readings = readings_of(given);
  // What the figures say alone, for each reading of the distance's unit.
  std::map<std::string, std::optional<FiguresAlone>> figures_by_unit;
  std::vector<Report> reports;
  std::size_t best = 0;
  // On a tie, the reading with fewer findings against it, then one not shorter than the straight line
  // ("628 miles" from Sydney to Hobart, 1,030 km apart, flagged either way: nautical, 1,163 km, not
  // statute, 1,011 km, under the line).
  const auto findings = [](const Report& r) {
    return std::count_if(r.relations.begin(), r.relations.end(), [](const Relation& rel) { return rel.verdict >= Verdict::suspicious; });
  };
  const auto under_line = [&](std::size_t i) {
    const Claim& c = readings[i].claim;
    return c.distance && c.distance->si.high < c.route.geodesic_m;
  };
  for (std::size_t i = 0; i < readings.size(); ++i) {
    reports.push_back(check_one(readings[i].claim, figures_by_unit[readings[i].unit]));
    if (reports[i].verdict < reports[best].verdict ||
        (reports[i].verdict == reports[best].verdict &&
         (findings(reports[i]) < findings(reports[best]) ||
          (findings(reports[i]) == findings(reports[best]) && under_line(best) && !under_line(i)))))
      best = i;
  }
  Report out = reports[best];
  const Reading& taken = readings[best];
  // The best verdict among the readings that differ from the one taken in `differs`.
  auto best_other = [&](auto differs) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < readings.size(); ++i)
      if (differs(readings[i]) && (!found || reports[i].verdict < reports[*found].verdict)) found = i;
    return found;
  };
  if (!taken.unit.empty()) {
    if (auto other = best_other([&](const Reading& r) { return r.unit != taken.unit; }))
      out.notes.push_back(fmt::format("'miles' at sea may be nautical miles: read as {} ({}), the claim is {}; as {} ({}) "
                                      "it is {}: {} taken.", taken.unit, described(*taken.claim.distance),
                                      to_string(out.verdict), readings[*other].unit,
                                      described(*readings[*other].claim.distance), to_string(reports[*other].verdict),
                                      taken.unit));
  }
  const bool airports = std::any_of(readings.begin(), readings.end(), [](const Reading& r) { return !r.ends.empty(); });
  if (airports) {
    auto other = best_other([&](const Reading& r) { return r.unit == taken.unit && r.ends.empty() != taken.ends.empty(); });
    const std::string other_verdict = other ? to_string(reports[*other].verdict) : "nothing better";
    if (taken.ends.empty())
      out.notes.push_back(fmt::format("a flight is measured between airports: the ends taken are the places themselves "
                                      "({}, {} apart); their airports fit no better ({}).", route_name(given.route),
                                      km(given.route.geodesic_m), other_verdict));
    else
      out.notes.push_back(fmt::format("a flight is measured between airports: the ends taken are airports, {} ({}); the "
                                      "places themselves ({}, {} apart) give {}.", taken.ends, to_string(out.verdict),
                                      route_name(given.route), km(given.route.geodesic_m), other_verdict));
  }
  return out;
}

namespace {

// A country, region or other area (class A, or L but an island): it is everywhere, so it neither pulls a
// claim's other places nor stands for a town's name. An island is a place trips run to, as a town is.
bool is_area(const gazetteer::Place& p) {
  return p.feature_class == "A" || (p.feature_class == "L" && !gazetteer::is_island(p));
}

// The year a claim's trip was made, where the claim says: its departure's date, else the story's.
std::optional<int> trip_year(const Claim& c) {
  if (c.depart.size() >= 4 && std::all_of(c.depart.begin(), c.depart.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; }))
    return std::stoi(c.depart.substr(0, 4));
  if (c.story_date) return static_cast<int>(c.story_date->year());
  return std::nullopt;
}

// A claim that every kind of a broad mode in service flags may fit a kind that no longer runs (a New
// York-London flight in under three hours: only Concorde, 1976-2003). Unless the trip is known to be later,
// such a claim is plausible on that kind's check, and a relation of its own says what it rests on; when it
// is later, the flag stands and a note names the kind.
Report try_retired_kinds(Claim& work, const routes::ModeProfile& envelope, Report flagged,
                         std::optional<FiguresAlone>& figures) {
  std::optional<Report> best;
  const routes::ModeProfile* best_kind = nullptr;
  for (const routes::ModeProfile& kind : envelope.retired) {
    if (!kind.spans(work.route.geodesic_m)) continue;  // beyond its range
    work.mode = kind;
    Report r = check_against(work, &figures);
    if (r.verdict < Verdict::suspicious && (!best || r.verdict < best->verdict)) {
      best = std::move(r);
      best_kind = &kind;
    }
  }
  if (!best) return flagged;
  const std::string kind = best_kind->noun;
  const std::optional<int> year = trip_year(work);
  if (year && *year > best_kind->service_ended_year) {
    flagged.notes.push_back(fmt::format("only a {} fits the figures, and none has been in service since {}; the trip "
                                        "is of {}",
                                        kind, best_kind->service_ended_year, *year));
    return flagged;
  }
  std::vector<std::string> flags;
  for (const Relation& r : flagged.relations)
    if (r.verdict >= Verdict::suspicious) flags.push_back(r.name + " (" + to_string(r.verdict) + ")");
  best->relations.push_back(
      {"kind_in_service", "kind of " + envelope.noun + " travel", Verdict::plausible,
       fmt::format("only a {} fits the figures, and {}s were in service until {}: the claim holds for a trip made by "
                   "one then, not for any kind of {} travel in service since ({}).",
                   kind, kind, best_kind->service_ended_year, envelope.noun, text::join(flags, "; ")),
       {{"service_ended_year", best_kind->service_ended_year}}});
  best->verdict = std::max(best->verdict, Verdict::plausible);
  return *best;
}

// `figures` keeps what the claim's figures say alone between the checks of one claim (FiguresAlone).
Report check_one(const Claim& given, std::optional<FiguresAlone>& figures) {
  // A claim built elsewhere (the article reader) may come without its places' extents.
  std::optional<Claim> settled;
  if (given.extents.size() != given.route.places.size()) {
    settled = given;
    settle_extents(*settled);
  }
  // Clock times are local at each end: the span between them is corrected by the time zones, which differ
  // between readings of the ends, and so may what the figures say.
  std::optional<FiguresAlone> own_figures;
  std::optional<FiguresAlone>& figures_here =
      given.duration && given.duration->reading == quantities::Reading::clock_span ? own_figures : figures;
  if (given.duration && given.duration->reading == quantities::Reading::clock_span) {
    if (!settled) settled = given;
    apply_time_zones_to_clock_span(*settled);
  }
  const Claim& claim = settled ? *settled : given;
  if (!claim.mode || claim.mode->members.empty()) return check_against(claim, &figures_here);
  // A broad mode is a family. Its envelope (of the kinds that make trips this long) is checked first: a
  // claim it flags fails every kind. One it passes is checked against each kind, and the best fit
  // decides and speaks ("usual for conventional rail"): the envelope alone would pass a claim that mixes
  // one kind's detours with another's speeds (a main line's 175 km/h over a mountain line's 1.9x).
  // One working copy of the claim (the settled one, when it was copied already); only its mode changes
  // between the checks.
  Claim work = settled ? std::move(*settled) : given;
  const routes::ModeProfile broad = std::move(*work.mode);
  const routes::ModeProfile envelope = routes::for_trip(broad, work.route.geodesic_m);
  work.mode = envelope;
  Report report = check_against(work, &figures_here);
  if (report.verdict >= Verdict::suspicious) return try_retired_kinds(work, envelope, std::move(report), figures_here);
  if (report.verdict == Verdict::unverifiable) return report;
  std::optional<Report> best;
  for (const routes::ModeProfile& member : envelope.members) {
    work.mode = member;
    Report r = check_against(work, &figures_here);
    if (!best || r.verdict < best->verdict) best = std::move(r);
  }
  if (!best) return report;
  if (best->verdict > report.verdict)
    best->notes.push_back(fmt::format("no single kind of {} fits all the figures: this is the closest",
                                      broad.noun));
  return *best;
}

}  // namespace

namespace {

struct ExtentTable {
  std::vector<std::pair<double, double>> population;  // (minimum population, radius m), largest first
  std::map<std::string, double> feature_code;          // radius m
  std::set<std::string> area_classes;
  std::set<std::string> part;                          // leading words naming part of a place
  std::map<std::string, double> radius_scale;          // by country code: sqrt(3,000 / the country's density)
};

const ExtentTable& extent_table() {
  static const ExtentTable table = [] {
    ExtentTable t;
    const std::string origin = "geodata/extents.tsv";
    for (const text::TableRow& row : text::table_rows(kExtentsTsv, origin, 2, "kind<TAB>key[<TAB>value]")) {
      const auto& f = row.fields;
      auto number = [&] {
        const auto v = f.size() > 2 ? text::parse_double(f[2]) : std::nullopt;
        if (!v || *v < 0) throw InputError(row.where(origin) + ": expected a radius in km");
        return *v * kMetresPerKm;
      };
      if (f[0] == "population") {
        const auto min = text::parse_double(f[1]);
        if (!min) throw InputError(row.where(origin) + ": expected a population");
        t.population.emplace_back(*min, number());
      } else if (f[0] == "feature_code") {
        t.feature_code[std::string(f[1])] = number();
      } else if (f[0] == "feature_class") {
        t.area_classes.emplace(f[1]);
      } else if (f[0] == "part") {
        t.part.emplace(f[1]);
      } else if (f[0] == "density") {
        constexpr double kBandDensityPerKm2 = 3000;  // the density the population bands are drawn at
        const auto v = f.size() > 2 ? text::parse_double(f[2]) : std::nullopt;
        if (!v || *v <= 0) throw InputError(row.where(origin) + ": expected inhabitants per km2");
        t.radius_scale[std::string(f[1])] = std::sqrt(kBandDensityPerKm2 / *v);
      } else {
        throw InputError(row.where(origin) + ": expected population, feature_code, feature_class, part or density");
      }
    }
    std::sort(t.population.begin(), t.population.end(), std::greater<>());
    return t;
  }();
  return table;
}

// A place's extent; `with_basis` false leaves the basis empty (the settling of namesakes weighs many
// readings and needs only the radius).
Extent extent_of(const routes::Waypoint& w, bool with_basis = true) {
  const ExtentTable& t = extent_table();
  if (w.from_coordinates) return {0, false, with_basis ? "coordinates" : ""};
  if (w.outline_reach_m) return {*w.outline_reach_m, false, with_basis ? "its outline" : ""};
  const gazetteer::Place& p = w.place;
  if (auto it = t.feature_code.find(p.feature_code); it != t.feature_code.end())
    return {it->second, false, with_basis ? "feature code " + p.feature_code : ""};
  if (t.area_classes.count(p.feature_class)) return {0, true, with_basis ? "feature class " + p.feature_class : ""};
  const double population = p.population ? static_cast<double>(*p.population) : 0.0;
  const auto scale = t.radius_scale.find(p.country_code);
  for (const auto& [min, radius] : t.population)
    if (population >= min)
      return {radius * (scale == t.radius_scale.end() ? 1.0 : scale->second), false,
              !with_basis ? "" : population > 0 ? "population " + format_number(population) : "no population recorded"};
  return {0, false, with_basis ? "no population" : ""};
}

// "western Canada" -> "Canada": the name less a leading word naming a part, or "" when it has none. (A
// facility named with its town, "Palam airport", is the geocoder's: Geocoder::partly_known.)
std::string without_part_word(const std::string& name) {
  std::vector<std::string> words = text::words(name);
  if (words.size() < 2) return "";
  std::string first = words.front();
  for (char& ch : first) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (!extent_table().part.count(first)) return "";
  std::string out;
  for (std::size_t k = 1; k < words.size(); ++k) out += (k > 1 ? " " : "") + words[k];
  return out;
}

// A name of a claim with no candidate in the gazetteer: kept until the claim's other places are known,
// for a spelling near them may be what it means.
struct UnknownName {
  std::string query;
  std::string error;  // the message when nothing near is found either
  bool via = false;   // a via point left out rather than refused
};

// A name the gazetteer lacks, found only by its spelling, is a guess. Beside the claim's other places the
// guess is made among the places there (within places.fuzzy_via_km, up to fuzzy.near_max_edits edits):
// a misspelt town next to the trip's other end is not a one-edit namesake on another continent.
// Returns, for each list re-read so, the index and its first reading before (for the note).
// An empty list is a name with no candidate at all (`unknown` holds its name): it is guessed the same way.
std::vector<std::pair<std::size_t, routes::Waypoint>> read_spellings_near(std::vector<std::vector<routes::Waypoint>>& lists,
                                                                        const std::vector<UnknownName>& unknown,
                                                                        const routes::WaypointResolver& resolver, double reach_km) {
  std::vector<std::pair<std::size_t, routes::Waypoint>> reread;
  const auto fuzzy = static_cast<int>(gazetteer::MatchKind::fuzzy);
  const auto limit = static_cast<std::size_t>(tolerance("places.candidates"));
  auto guessed = [&](std::size_t j) { return lists[j].empty() || lists[j].front().match == fuzzy; };
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (!guessed(i) || (!lists[i].empty() && lists[i].front().from_coordinates)) continue;
    const std::string& query = lists[i].empty() ? unknown[i].query : lists[i].front().query;
    std::vector<const routes::Waypoint*> anchors;
    for (std::size_t j = 0; j < lists.size(); ++j) {
      if (j == i || guessed(j)) continue;
      const routes::Waypoint& a = lists[j].front();
      // Only places found by their names anchor a guess; countries and areas are everywhere.
      if (is_area(a.place)) continue;
      anchors.push_back(&a);
    }
    if (anchors.empty()) continue;
    auto nearest_anchor = [&](const routes::Waypoint& w) {
      std::pair<double, const routes::Waypoint*> best{std::numeric_limits<double>::infinity(), nullptr};
      for (const routes::Waypoint* a : anchors) {
        const double km = routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, a->place.lat_deg, a->place.lon_deg);
        if (km < best.first) best = {km, a};
      }
      return best;
    };
    auto same_place = [](const routes::Waypoint& a, const routes::Waypoint& b) {
      return a.place.name == b.place.name && a.place.lat_deg == b.place.lat_deg && a.place.lon_deg == b.place.lon_deg;
    };
    std::vector<routes::Waypoint> near;
    for (const routes::Waypoint& w : lists[i])
      if (nearest_anchor(w).first <= reach_km) near.push_back(w);
    for (const routes::Waypoint* a : anchors)
      for (routes::Waypoint& w : resolver.spellings_near(query, a->place.lat_deg, a->place.lon_deg, reach_km))
        if (std::none_of(near.begin(), near.end(), [&](const routes::Waypoint& n) { return same_place(n, w); })) near.push_back(std::move(w));
    // A via point lies on the way: its guess must not turn the trip aside (places.via_guess_detour) between
    // the places before and after it.
    // The places before and after are the nearest found by their names (a neighbour only guessed at is no
    // measure).
    std::size_t first_before = i, last_after = i;
    while (first_before > 0 && guessed(first_before - 1)) --first_before;
    while (last_after + 1 < lists.size() && guessed(last_after + 1)) ++last_after;
    if (i > 0 && i + 1 < lists.size() && first_before > 0 && last_after + 1 < lists.size()) {
      const gazetteer::Place &before = lists[first_before - 1].front().place, &after = lists[last_after + 1].front().place;
      const double direct_km = routes::geodesic_km(before.lat_deg, before.lon_deg, after.lat_deg, after.lon_deg);
      const double detour = tolerance("places.via_guess_detour");
      std::erase_if(near, [&](const routes::Waypoint& w) {
        const double through_km = routes::geodesic_km(before.lat_deg, before.lon_deg, w.place.lat_deg, w.place.lon_deg) +
                                  routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, after.lat_deg, after.lon_deg);
        return through_km > detour * direct_km;
      });
    }
    if (near.empty()) continue;  // no spelling near: the via rule below, or the far guess, stands
    std::stable_sort(near.begin(), near.end(), [](const routes::Waypoint& a, const routes::Waypoint& b) { return a.score > b.score; });
    if (near.size() > limit) near.resize(limit);
    if (lists[i].empty() || nearest_anchor(lists[i].front()).first > reach_km)
      reread.emplace_back(i, lists[i].empty() ? routes::Waypoint{} : lists[i].front());
    lists[i] = std::move(near);
  }
  return reread;
}

// What the rest of a claim says about its places: the mode (a road trip's ends share a land mass) and the
// claimed distance (its straight line must be one the distance can cover).
struct ClaimFit {
  std::optional<routes::ModeProfile> mode;
  std::optional<quantities::Interval> distance_m;
  std::string distance_text;
};

// How a reading of the claim's places stands against its mode and distance.
struct ReadingFit {
  bool fits = true;         // the mode and the distance allow it
  bool clearly_off = false; // off by a wide margin (places.figures_settle_factor) or across land masses
  std::string why;          // for the note: what rules it out
};

using PlacesReading = routes::WaypointResolver::Reading;

// A reading's geometry and land masses, which do not depend on the claim's figures.
PlacesReading reading_of(const std::vector<const routes::Waypoint*>& places, const std::optional<routes::ModeProfile>& mode) {
  PlacesReading out;
  const LandMasses& t = land_masses();
  if (const std::optional<routes::BroadMode> broad = routes::broad_mode_of(mode); broad && t.modes.count(*broad)) {
    std::string first;
    for (const routes::Waypoint* w : places) {
      const std::string* land = t.of(w->place);
      if (!land) continue;
      if (first.empty()) first = *land;
      else if (*land != first && out.off_land.empty())
        out.off_land = fmt::format("no {} route joins {} and {}", routes::broad_mode(mode), first, *land);
    }
  }
  for (std::size_t k = 0; k + 1 < places.size(); ++k) {
    const routes::Waypoint &a = *places[k], &b = *places[k + 1];
    const double m = routes::geodesic_km(a.place.lat_deg, a.place.lon_deg, b.place.lat_deg, b.place.lon_deg) * 1000;
    const Extent ea = extent_of(a, false), eb = extent_of(b, false);
    out.geodesic_m += m;
    out.bounded = out.bounded && !ea.area && !eb.area;
    out.bound_m += std::max(0.0, m - ea.radius_m - eb.radius_m);
  }
  for (const routes::Waypoint* w : places) out.score += w->score, out.populations.push_back(w->place.population.value_or(0));
  std::set<std::string> countries;
  for (const routes::Waypoint* w : places)
    if (!w->place.country_code.empty()) countries.insert(w->place.country_code);
  out.countries = countries.size();
  for (const routes::Waypoint* w : places) out.by_other_name.push_back(w->match == static_cast<int>(gazetteer::MatchKind::alternate));
  out.least_population = std::numeric_limits<std::int64_t>::max();
  for (const routes::Waypoint* w : places) out.least_population = std::min<std::int64_t>(out.least_population, w->place.population.value_or(0));
  if (places.empty()) out.least_population = 0;
  return out;
}

ReadingFit fit_of(const PlacesReading& r, const ClaimFit& fit) {
  ReadingFit out;
  if (!r.off_land.empty()) return {false, true, r.off_land};
  if (!fit.distance_m || r.geodesic_m <= 0) return out;
  // Looked up once: every row of a table weighs its readings here.
  static const double without_mode = tolerance("places.settle_circuity_without_mode");
  static const double factor = tolerance("places.figures_settle_factor");
  const double circuity = fit.mode ? fit.mode->circuity_high : without_mode;
  const bool too_short = r.bounded && fit.distance_m->high < r.bound_m;
  const bool too_long = fit.distance_m->low > r.geodesic_m * circuity;
  out.fits = !too_short && !too_long;
  out.clearly_off = (r.bounded && fit.distance_m->high * factor < r.bound_m) || fit.distance_m->low > r.geodesic_m * circuity * factor;
  if (!out.fits) out.why = fmt::format("{:.0f} km in a straight line", r.geodesic_m / 1000);
  return out;
}

// The best reading the claim fits, by the candidates' scores, when the chosen one is clearly ruled out: a
// reading of note (places.settle_max_score_gap), not any namesake that happens to fit.
std::optional<std::size_t> reading_the_claim_fits(const std::vector<PlacesReading>& readings, std::size_t chosen, const ClaimFit& fit) {
  if (chosen >= readings.size() || !fit_of(readings[chosen], fit).clearly_off) return std::nullopt;
  static const double max_gap = tolerance("places.settle_max_score_gap");
  static const double of_note = tolerance("places.settle_min_population");
  static const double max_gap_of_note = tolerance("places.settle_max_score_gap_of_note");
  // A namesake of note: its score near the first reading's, or every place of it a town of some size
  // (Perth, Scotland, and Inverness, 0.41 below Perth, Australia, in score: a rail trip of 115 miles
  // between them was Perth, Australia, INCONSISTENT). Towns of note only where the stated distance itself
  // rules the first reading out: London to Dublin by road is off land, not off the 460 km a story gives,
  // and moving both to Ontario and Ohio hid the finding.
  PlacesReading on_land = readings[chosen];
  on_land.off_land.clear();
  const bool distance_rules_out = fit_of(on_land, fit).clearly_off;
  // A hamlet is no reading of a city's name: "Madrid to Palma by road" moved Palma de Mallorca (409,661
  // people) to a Sicilian Palma of 725 so that a road reached it, hiding the finding (no road joins them).
  // Unless the stated distance itself rules the city out ("Moscow to Lewiston, 50 km by road" is Idaho's).
  static const double min_share = tolerance("places.settle_min_population_share");
  const auto of_the_names_size = [&](const PlacesReading& r) {
    if (distance_rules_out) return true;
    for (std::size_t i = 0; i < r.populations.size() && i < readings[chosen].populations.size(); ++i)
      if (static_cast<double>(r.populations[i]) < min_share * static_cast<double>(readings[chosen].populations[i])) return false;
    return true;
  };
  // A reading that takes a name abroad, away from the country all the first reading's places share, takes a
  // town of some size beside the one first read (trial S: "Cairo to Alexandria, 2,200 km by road" moved
  // Egypt's Alexandria, 3.8 million people, to a Romanian town of 49,000, and the wrong distance was
  // plausible); a namesake pair within one country ("Moscow to Lewiston, 50 km": Idaho's) is no such move.
  static const double split_share = tolerance("places.settle_split_min_population_share");
  const auto splits_off_abroad = [&](const PlacesReading& r) {
    if (readings[chosen].countries != 1 || r.countries <= 1) return false;
    for (std::size_t i = 0; i < r.populations.size() && i < readings[chosen].populations.size(); ++i)
      if (static_cast<double>(r.populations[i]) < split_share * static_cast<double>(readings[chosen].populations[i])) return true;
    return false;
  };
  // Nor is a place that bears the name only as one of its other names a reading of a larger place whose own
  // name it is: "Rome to Florence, 8,000 km by rail" moved Rome to Lomé (a spelling of its name in some
  // language GeoNames keeps); Dunkirk, New York (12,000) still gives way to Dunkerque (90,000), whose English
  // name it is.
  // Within one country the other name may be the story's: "Ragusa to Split, 230 km" is Dubrovnik, whose old
  // name it is, beside Split (the review of this rule).
  const auto takes_a_larger_places_name = [&](const PlacesReading& r) {
    const PlacesReading& first = readings[chosen];
    if (r.countries <= 1) return false;
    for (std::size_t i = 0; i < r.by_other_name.size() && i < first.by_other_name.size(); ++i)
      if (r.by_other_name[i] && !first.by_other_name[i] && first.populations[i] >= r.populations[i] && r.pick[i] != first.pick[i])
        return true;
    return false;
  };
  const auto near_enough = [&](const PlacesReading& r) {
    if (!of_the_names_size(r) || splits_off_abroad(r) || takes_a_larger_places_name(r)) return false;
    if (r.score >= readings[chosen].score - max_gap) return true;
    return distance_rules_out && r.score >= readings[chosen].score - max_gap_of_note &&
           static_cast<double>(r.least_population) >= of_note;
  };
  std::optional<std::size_t> best;
  for (std::size_t n = 0; n < readings.size(); ++n)
    if (readings[n].allowed && near_enough(readings[n]) &&
        (!best || readings[n].score > readings[*best].score) && fit_of(readings[n], fit).fits)
      best = n;
  return best;
}

// An end only guessed at by its spelling, far from every place of the claim found by its name, no place of
// note, and clearly ruled out by the claim's own distance: the name is one the gazetteer lacks (a district:
// "Ipanema" 4 km from Copacabana was Upanema, 4,452 km away, INCONSISTENT with no doubt said), refused with
// the guess named rather than checked. Without a distance the guess stands, as before: a misspelt small
// town at the far end of a long trip ("Kirkwal" to Honolulu) is still Kirkwall.
void refuse_far_spelling_guess(const std::vector<routes::Waypoint>& places, const ClaimFit& fit) {
  if (!fit.distance_m || places.size() < 2) return;
  const double fuzzy_via_km = tolerance("places.fuzzy_via_km");
  const double far_guess_min_population = tolerance("places.far_guess_min_population");
  const double settle_factor = tolerance("places.figures_settle_factor");
  const double circuity = fit.mode ? fit.mode->circuity_high : tolerance("places.settle_circuity_without_mode");
  const auto fuzzy = static_cast<int>(gazetteer::MatchKind::fuzzy);
  for (const std::size_t i : {std::size_t{0}, places.size() - 1}) {
    const routes::Waypoint& w = places[i];
    if (w.match != fuzzy || static_cast<double>(w.place.population.value_or(0)) >= far_guess_min_population ||
        is_country(w.place) || w.place.feature_code == "ADM1")
      continue;
    double nearest_km = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < places.size(); ++j)
      if (j != i && places[j].match != fuzzy && !is_area(places[j].place))
        nearest_km = std::min(nearest_km, routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, places[j].place.lat_deg,
                                                               places[j].place.lon_deg));
    if (!std::isfinite(nearest_km) || nearest_km <= fuzzy_via_km) continue;
    const bool figures_rule_out = fit.distance_m->high * settle_factor < nearest_km * 1000 ||
                                  fit.distance_m->low > nearest_km * 1000 * circuity * settle_factor;
    if (!figures_rule_out) continue;
    throw InputError(fmt::format("{} '{}': no place named so; its nearest spelling, {} ({}), lies {:.0f} km from the claim's other "
                                 "places, which the claim's distance rules out",
                                 i == 0 ? "--from" : "--to", text::utf8_excerpt(w.query, text::kQuotedInputBytes), w.place.name,
                                 w.place.country_code, nearest_km));
  }
}

// The places of a claim read together: each name's candidate is chosen with the others in view, pulled
// towards the claim's other places (tolerances places.pull, places.pull_fade_km), so Dover next to Calais
// is the English port, and towards the network the claim's mode runs on (places.network_pull,
// places.network_pull_fade_km), so a sea trip's end is the port of that name, not an inland town. Two
// rounds: each choice sees the ones made before it.
routes::WaypointResolver::Settled settle_places(std::vector<std::vector<routes::Waypoint>> lists, std::vector<UnknownName> unknown,
                                               std::vector<std::string>& notes, const routes::WaypointResolver& resolver,
                                               const NetworkReach& reach, const ClaimFit& fit) {
  const double fuzzy_via_km = tolerance("places.fuzzy_via_km");
  auto reread = read_spellings_near(lists, unknown, resolver, fuzzy_via_km);
  // Names with nothing near either: an end is refused; a via point the gazetteer does not know is left out
  // (the straight line without it is shorter, so the geography bound stays a lower bound).
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (!lists[i].empty()) continue;
    if (!unknown[i].via) throw InputError(unknown[i].error);
    notes.push_back(fmt::format("--via '{}' is not in the gazetteer: left out, so the straight line (a lower bound) "
                                "does not pass through it", text::utf8_excerpt(unknown[i].query, text::kQuotedInputBytes)));
    lists.erase(lists.begin() + static_cast<std::ptrdiff_t>(i));
    unknown.erase(unknown.begin() + static_cast<std::ptrdiff_t>(i));
    for (auto& entry : reread)
      if (entry.first > i) --entry.first;
    --i;
  }
  // A via point only guessed at (fuzzy), far from every other place of the claim, is left out.
  for (std::size_t i = 1; i + 1 < lists.size(); ++i) {
    const routes::Waypoint& w = lists[i].front();
    if (w.match != static_cast<int>(gazetteer::MatchKind::fuzzy)) continue;
    double nearest_km = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < lists.size(); ++j)
      if (j != i)
        nearest_km = std::min(nearest_km, routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, lists[j].front().place.lat_deg,
                                                               lists[j].front().place.lon_deg));
    if (nearest_km > fuzzy_via_km) {
      notes.push_back(fmt::format("--via '{}' is not in the gazetteer; its nearest spelling, {} ({}), is {:.0f} km from the "
                                  "claim's other places: left out", w.query, w.place.name, w.place.country_code, nearest_km));
      lists.erase(lists.begin() + static_cast<std::ptrdiff_t>(i));
      for (auto& entry : reread)
        if (entry.first > i) --entry.first;  // the lists after it move up
      --i;
    }
  }
  std::vector<std::size_t> chosen(lists.size(), 0);
  std::vector<std::string> why(lists.size());
  const double pull = tolerance("places.pull"), fade_km = tolerance("places.pull_fade_km");
  const double network_pull = tolerance("places.network_pull"), network_fade_km = tolerance("places.network_pull_fade_km");
  // Each candidate's distance from the mode's network, measured once.
  std::vector<std::vector<double>> network_km(lists.size());
  if (reach.km_from_network)
    for (std::size_t i = 0; i < lists.size(); ++i)
      if (lists[i].size() > 1)
        for (const routes::Waypoint& w : lists[i]) network_km[i].push_back(reach.km_from_network(w.place));
  bool ambiguous = false;
  for (const auto& l : lists) ambiguous = ambiguous || l.size() > 1;
  // Each candidate's score in the last round, pulls included (-inf: not weighed), for the doubt below.
  std::vector<std::vector<double>> final_score(lists.size());
  for (std::size_t i = 0; i < lists.size(); ++i) final_score[i].assign(lists[i].size(), -std::numeric_limits<double>::infinity());
  for (int round = 0; ambiguous && round < 2; ++round) {
    for (std::size_t i = 0; i < lists.size(); ++i) {
      if (lists[i].size() < 2) continue;
      double best_score = -1;
      // Context chooses among readings as good as the geocoder's own first: an exact name is never beaten by
      // an alternate one ("Southampton" is not Hampton), nor the alternate the geocoder ranks first by an
      // exact one ("New York" stays the city, not the state).
      const int best_match = lists[i].front().match;
      // Spelling guesses are weighed by their spelling: they already lie near the claim, and the pull is
      // for namesakes, places of one spelling.
      const double name_pull = best_match == static_cast<int>(gazetteer::MatchKind::fuzzy) ? 0.0 : pull;
      for (std::size_t k = 0; k < lists[i].size(); ++k) {
        if (lists[i][k].match != best_match) continue;
        const gazetteer::Place& p = lists[i][k].place;
        // An area is no reading of a name the geocoder reads first as a point ("HND": Haneda, not Honduras,
        // nearer San Francisco): the pull is among namesakes of one kind.
        if (k != 0 && is_area(p) && !is_area(lists[i].front().place)) continue;
        double nearest_km = std::numeric_limits<double>::infinity();
        std::string nearest;
        for (std::size_t j = 0; j < lists.size(); ++j) {
          const gazetteer::Place& a = lists[j][chosen[j]].place;
          // Points pull (towns, stations, airports, sites); countries and areas do not: they are everywhere.
          if (j == i || is_area(a) || a.name == p.name) continue;
          const double d = routes::geodesic_km(p.lat_deg, p.lon_deg, a.lat_deg, a.lon_deg);
          if (d < nearest_km) nearest_km = d, nearest = a.name;
        }
        const double on_network = network_km[i].empty() ? 0.0 : network_pull * std::exp(-network_km[i][k] / network_fade_km);
        const double score =
            lists[i][k].score + (std::isfinite(nearest_km) ? name_pull * std::exp(-nearest_km / fade_km) : 0.0) + on_network;
        final_score[i][k] = score;
        if (score > best_score) {
          best_score = score, chosen[i] = k;
          why[i] = k == 0 ? "" : std::isfinite(nearest_km) ? fmt::format("; {:.0f} km from {}, also in the claim", nearest_km, nearest) : "";
          if (k != 0 && !network_km[i].empty())
            why[i] += fmt::format("; {:.0f} km from {} (the first reading of the name lies {:.0f} km from it)", network_km[i][k],
                                  reach.name, network_km[i][0]);
        }
      }
    }
  }
  // The claim settles what the places alone do not: where the reading chosen is clearly ruled out by the
  // mode (ends on two land masses by road) or the distance (off by places.figures_settle_factor), and
  // another reading of the same names fits both, that reading wins and the note says why. A reading merely
  // off (a slip of units, a detour) stays: the check is there to find that.
  // Every reading, with its geometry: weighed here, and kept with the memo for rows with other figures.
  std::vector<PlacesReading> readings;
  std::size_t combinations = 1, chosen_reading = 0;
  for (const auto& l : lists) combinations *= l.size();
  const auto fuzzy = static_cast<int>(gazetteer::MatchKind::fuzzy);
  if (combinations <= static_cast<std::size_t>(tolerance("places.settle_max_readings"))) {
    for (std::size_t n = 0; n < combinations; ++n) {
      std::vector<std::size_t> pick(lists.size());
      std::vector<const routes::Waypoint*> places;
      std::size_t rest = n;
      bool allowed = true, is_chosen = true;
      for (std::size_t i = 0; i < lists.size(); ++i) {
        pick[i] = rest % lists[i].size();
        rest /= lists[i].size();
        const routes::Waypoint& w = lists[i][pick[i]];
        // A spelling guess is no reading of a name the gazetteer knows; nor is an area (a region, a
        // country) a reading of a town's name: with no extent it bounds nothing, so any distance fits it.
        allowed = allowed && (w.match != fuzzy || lists[i].front().match == fuzzy) && (!is_area(w.place) || is_area(lists[i][chosen[i]].place));
        is_chosen = is_chosen && pick[i] == chosen[i];
        places.push_back(&w);
      }
      PlacesReading r = reading_of(places, fit.mode);
      r.pick = std::move(pick);
      r.allowed = allowed;
      if (is_chosen) chosen_reading = readings.size();
      readings.push_back(std::move(r));
    }
  }
  const ReadingFit chosen_fit = readings.empty() ? ReadingFit{} : fit_of(readings[chosen_reading], fit);
  bool switched = false;
  if (const auto fitting = reading_the_claim_fits(readings, chosen_reading, fit)) {
    switched = true;
    const std::vector<std::size_t>& best = readings[*fitting].pick;
    chosen_reading = *fitting;
    if (!best.empty()) {
      std::string was, now;
      for (std::size_t i = 0; i < lists.size(); ++i) {
        const gazetteer::Place &a = lists[i][chosen[i]].place, &b = lists[i][best[i]].place;
        was += fmt::format("{}{} ({})", i ? ", " : "", a.name, a.country_code);
        now += (i ? ", " : "") + gazetteer::place_label(b);
        if (best[i] != chosen[i])
          why[i] = fmt::format("; read so by the claim: with {} ({}) it is ruled out ({})", a.name, a.country_code, chosen_fit.why);
      }
      // The note names no figure: a table's rows with other distances that settle the same way share it.
      notes.push_back(fmt::format("the places are read as {}, which the claim ({}{}{}) fits; the first reading, {}, is ruled out: {}", now,
                                  fit.mode ? fit.mode->label : "", fit.mode && fit.distance_m ? ", " : "",
                                  fit.distance_m ? "its distance" : "", was, chosen_fit.why));
      for (std::size_t i = 0; i < lists.size(); ++i)
        if (best[i] != chosen[i]) {
          lists[i][best[i]].runner_up = routes::RunnerUp{lists[i][chosen[i]].place, 0.0, "ruled out by the claim: " + chosen_fit.why};
          final_score[i].clear();  // settled by the claim: no other doubt to state
        }
      chosen = best;
    }
  }
  // A pick in doubt: another place of the name, a different place (places.doubt_min_km away, not an area
  // around it), scored within places.doubt_margin of it. Every output names it with the gap.
  const double doubt_margin = tolerance("places.doubt_margin"), doubt_min_km = tolerance("places.doubt_min_km");
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (final_score[i].empty() || lists[i].size() < 2 || lists[i][chosen[i]].runner_up) continue;
    const routes::Waypoint& w = lists[i][chosen[i]];
    std::optional<std::size_t> second;
    for (std::size_t k = 0; k < lists[i].size(); ++k) {
      const gazetteer::Place& p = lists[i][k].place;
      if (k == chosen[i] || !std::isfinite(final_score[i][k]) || is_area(p)) continue;
      if (routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, p.lat_deg, p.lon_deg) < doubt_min_km) continue;
      if (!second || final_score[i][k] > final_score[i][*second]) second = k;
    }
    if (!second) continue;
    const double gap = final_score[i][chosen[i]] - final_score[i][*second];
    if (gap < doubt_margin)
      lists[i][chosen[i]].runner_up = routes::RunnerUp{lists[i][*second].place, std::max(0.0, gap), fmt::format("{:.2f} behind", std::max(0.0, gap))};
  }
  std::vector<routes::Waypoint> out;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    routes::Waypoint w = lists[i][chosen[i]];
    for (const auto& [index, far] : reread) {
      if (index != i) continue;
      double nearest_km = std::numeric_limits<double>::infinity();
      std::string nearest;
      for (std::size_t j = 0; j < lists.size(); ++j) {
        const gazetteer::Place& a = lists[j][chosen[j]].place;
        if (j == i) continue;
        const double km = routes::geodesic_km(w.place.lat_deg, w.place.lon_deg, a.lat_deg, a.lon_deg);
        if (km < nearest_km) nearest_km = km, nearest = a.name;
      }
      std::string note = fmt::format("'{}' is not in the gazetteer: read as {} ({}), a spelling {:.0f} km from {}, also in the claim",
                                     w.query, w.place.name, w.place.country_code, nearest_km, nearest);
      if (!far.place.name.empty())
        note += fmt::format(", not {} ({}), the first guess, which lies farther than {:.0f} km from the claim's other places",
                            far.place.name, far.place.country_code, fuzzy_via_km);
      notes.push_back(std::move(note));
    }
    // Any other end found by its spelling alone says so: "Edinbrugh" read as Edinburgh was silent (trial P),
    // and so was "Juhu" read as Wuhu, China (trial Q), a district the gazetteer lacks.
    if (w.match == static_cast<int>(gazetteer::MatchKind::fuzzy) &&
        std::none_of(reread.begin(), reread.end(), [&](const auto& r) { return r.first == i; }))
      notes.push_back(fmt::format("'{}' is not in the gazetteer: read as {} ({}), the nearest spelling; a name it lacks "
                                  "(a district, a station) is read so too, so check the place",
                                  w.query, w.place.name, w.place.country_code));
    w.reason += why[i];
    // Name the reading not taken when it is a same-named place in another country.
    for (std::size_t k = 0; k < lists[i].size(); ++k)
      if (k != chosen[i] && lists[i][k].place.country_code != w.place.country_code && lists[i][k].place.name == w.place.name) {
        w.reason += fmt::format("; not {}, {}", lists[i][k].place.name, lists[i][k].place.country_code);
        break;
      }
    out.push_back(std::move(w));
  }
  return {std::move(out), {}, std::move(readings), chosen_reading, switched, std::nullopt};
}

}  // namespace

void settle_extents(Claim& c) {
  c.extents.clear();
  c.bound_m = 0;
  for (const routes::Waypoint& w : c.route.places) c.extents.push_back(extent_of(w));
  for (const routes::Leg& leg : c.route.legs) {
    const Extent &a = c.extents[leg.from], &b = c.extents[leg.to];
    if (!a.area && !b.area) c.bound_m += std::max(0.0, leg.geodesic_m - a.radius_m - b.radius_m);
  }
}

namespace {

// Figure fields read so far on this thread before the memo starts afresh: a spreadsheet's distinct
// figures (100,000 rows of bench/make_claims.awk write about 10,000), in a few MB.
constexpr std::size_t kMaxRememberedFigures = 16384;

// quantities::read_figure_field, remembered: a spreadsheet writes the same figures again ("about 20 hours"),
// and reading one costs more than looking it up. The reading depends on the text and the dimension alone.
quantities::ParseResult read_figure_field_memo(const std::string& text, Dimension d) {
  thread_local std::unordered_map<std::string, quantities::ParseResult> memo;
  std::string key = text;
  key += static_cast<char>('0' + static_cast<int>(d));  // the dimension after the text: one key per reading
  if (auto found = memo.find(key); found != memo.end()) return found->second;
  if (memo.size() >= kMaxRememberedFigures) memo.clear();
  return memo.emplace(std::move(key), quantities::read_figure_field(text, d)).first->second;
}

}  // namespace

Claim prepare_claim(const ClaimInput& in, routes::WaypointResolver& resolver, const routes::ModeProfiles& modes,
                    const NetworkReach& reach) {
  Claim c;
  // Each place's candidates, best first; a facility the gazetteer does not hold stands in for by its town,
  // a part of a place ("western Canada") by the whole.
  std::vector<UnknownName> unknown;  // parallel to the lists: the name, and its error if nothing is found
  static const auto base_limit = static_cast<std::size_t>(tolerance("places.candidates"));
  std::size_t candidate_limit = base_limit;
  auto place = [&](const char* field, const std::string& text) -> std::vector<routes::Waypoint> {
    const std::string name(text::trim(text));
    if (name.empty()) throw InputError(std::string(field) + ": missing");
    // geocode's limit, said in the claim's terms (a 128 kB --from was quoted whole, twice).
    if (name.size() > gazetteer::kDefaultMaxNameBytes)
      throw InputError(fmt::format("{} '{}' is {} bytes long, over the limit of {} bytes for a place name", field,
                                   text::utf8_excerpt(name, text::kQuotedInputBytes), name.size(),
                                   gazetteer::kDefaultMaxNameBytes));
    // "--from TASS": an agency's, a paper's or an organisation's name, which the gazetteer also holds as a
    // small place (Tass, a Hungarian village): a claim's end is never read so. With its country ("Tass,
    // Hungary") the name is the place's.
    if (const auto kind = gazetteer::NotPlaces::builtin().find(name))
      throw InputError(fmt::format("{} '{}' is the name of {} (geodata/not_places.tsv), not a place; for a place of that name, "
                                   "write its country after it ('{}, COUNTRY')",
                                   field, text::utf8_excerpt(name, text::kQuotedInputBytes), gazetteer::described(*kind),
                                   text::utf8_excerpt(name, text::kQuotedInputBytes)));
    const std::size_t limit = candidate_limit;
    unknown.push_back({name, "", std::string_view(field) == "--via"});
    try {
      if (limit > base_limit) {
        // Weighed deeper, counties known by a town's name as an alternate ("Orange County" for Orange) take
        // no place of a town: an area is no reading of a town's name.
        std::vector<routes::Waypoint> found = resolver.candidates(name, 3 * limit);
        std::erase_if(found, [](const routes::Waypoint& w) {
          return w.place.feature_class == "A" && w.match == static_cast<int>(gazetteer::MatchKind::alternate);
        });
        if (found.size() > limit) found.resize(limit);
        if (!found.empty()) return found;
      }
      return resolver.candidates(name, limit);
    } catch (const InputError& e) {
      const std::string town = without_part_word(name);
      if (!town.empty()) {
        try {
          std::vector<routes::Waypoint> found = resolver.candidates(town, limit);
          // The town by its name, not a one-letter neighbour of it ("Palam" is not Palau).
          std::erase_if(found, [](const routes::Waypoint& w) { return w.match == static_cast<int>(gazetteer::MatchKind::fuzzy); });
          if (found.empty()) throw InputError("no town named '" + town + "'");
          for (routes::Waypoint& w : found) {
            w.query = name;
            w.reason = fmt::format("no place named '{}': '{}' stands for it ({})", name, town, w.reason);
          }
          c.notes.push_back(fmt::format("{} '{}' is not in the gazetteer: '{}' stands for it", field, name, town));
          return found;
        } catch (const InputError&) {
        }
      }
      // Nothing by this name: settle_places looks near the claim's other places, then refuses an end and
      // leaves a via point out.
      unknown.back().error = std::string(field) + " '" + text::utf8_excerpt(name, text::kQuotedInputBytes) + "': " + e.what();
      return {};
    }
  };
  auto figure = [&](const char* field, const std::string& text, Dimension d) -> std::optional<Quantity> {
    if (text::trim(text).empty()) return std::nullopt;
    quantities::ParseResult r = read_figure_field_memo(text, d);
    if (!r.quantity) throw InputError(std::string(field) + " " + r.error);
    if (!r.quantity->passed_over.empty())
      c.notes.push_back(fmt::format("{} '{}': read '{}', passed over '{}'", field, text::utf8_excerpt(text::trim(text), text::kQuotedInputBytes),
                                    text::utf8_excerpt(std::string_view(text).substr(r.quantity->start, r.quantity->end - r.quantity->start),
                                                       text::kQuotedInputBytes),
                                    text::utf8_excerpt(r.quantity->passed_over, text::kQuotedInputBytes)));
    if (r.quantity->reading == quantities::Reading::time_of_day) {
      c.notes.push_back(fmt::format("{} '{}' is a time of day, not a duration: give both clock times, or the duration",
                                    field, text::utf8_excerpt(text::trim(text), text::kQuotedInputBytes)));
      return std::nullopt;
    }
    if (!r.quantity->note.empty())
      c.notes.push_back(fmt::format("{} '{}': {}", field, text::utf8_excerpt(text::trim(text), text::kQuotedInputBytes), r.quantity->note));
    return r.quantity;
  };
  // The figures and the mode first: they settle namesakes the places alone do not (settle_places).
  c.distance = figure("--distance", in.distance, Dimension::distance);
  c.speed = figure("--speed", in.speed, Dimension::speed);
  c.top_speed = figure("--top-speed", in.top_speed, Dimension::speed);
  c.duration = figure("--duration", in.duration, Dimension::duration);
  if (text::trim(in.stop) == "unknown") c.stop_unknown = true;
  else c.stop = figure("--stop", in.stop, Dimension::duration);
  if (c.top_speed && c.top_speed->per_day) throw InputError("--top-speed '" + c.top_speed->text + "': a daily distance is not a top speed");
  if (!text::trim(in.mode).empty()) c.mode = modes.get(std::string(text::trim(in.mode)));
  std::vector<std::string> figure_notes = std::move(c.notes);
  c.notes.clear();
  ClaimFit fit;
  fit.mode = c.mode;
  if (c.distance && !c.distance->per_day) fit.distance_m = c.distance->si, fit.distance_text = c.distance->text;
  std::string key = std::string(text::trim(in.from)) + '\x1f' + std::string(text::trim(in.to));
  for (const std::string& v : in.via) key += '\x1f' + std::string(text::trim(v));
  // The same names on another network or by another mode may be other places.
  key += '\x1e' + reach.name + '\x1e' + (c.mode ? c.mode->mode : "");
  auto settle = [&](const std::string& memo_key, const ClaimFit& with) {
    auto found = resolver.settled().find(memo_key);
    if (found != resolver.settled().end()) return found;
    std::vector<std::vector<routes::Waypoint>> lists;
    unknown.clear();
    c.notes.clear();
    lists.push_back(place("--from", in.from));
    for (const std::string& v : in.via) lists.push_back(place("--via", v));
    lists.push_back(place("--to", in.to));
    routes::WaypointResolver::Settled settled = settle_places(std::move(lists), std::move(unknown), c.notes, resolver, reach, with);
    for (const routes::Waypoint& w : settled.places)
      if (!w.unfound_words.empty())
        c.notes.push_back(fmt::format("'{}': '{}' is not in the gazetteer: {} stands for it, with its extent", w.query,
                                      w.unfound_words, gazetteer::place_label(w.place)));
    settled.notes = c.notes;
    return resolver.settled().emplace(memo_key, std::move(settled)).first;
  };
  // The places by their names and the mode first, memoised: a spreadsheet names the same trips again with
  // other figures. Only where the distance clearly rules that reading out are they read again with it,
  // memoised by the reading it settles on (the readings' geometry is kept: no geodesic per row).
  ClaimFit by_mode = fit;
  by_mode.distance_m.reset();
  by_mode.distance_text.clear();
  auto known = settle(key, by_mode);
  if (fit.distance_m) {
    if (const auto fitting = reading_the_claim_fits(known->second.readings, known->second.chosen, fit)) {
      known = settle(fmt::format("{}\x1e{}", key, *fitting), fit);
    } else if (known->second.switched && known->second.chosen < known->second.readings.size() &&
               !fit_of(known->second.readings[known->second.chosen], fit).fits) {
      // The mode ruled out the names' own reading, and the distance rules out the one it took instead
      // ("London to New York by rail, 5,600 km" is not London, Ontario): the claim is wrong either way,
      // so the places are the ones the names alone give, and the check says why the claim fails there.
      known = settle(key + "\x1e" + "names", ClaimFit{});
    } else if (!known->second.switched && known->second.chosen < known->second.readings.size() &&
               fit_of(known->second.readings[known->second.chosen], fit).clearly_off) {
      // The distance rules the names' reading out and no reading of their first candidates fits: the town
      // meant may rank further down among its namesakes (Orange, France, for 55 km to Nimes; Paris,
      // Kentucky, for 20 miles to Lexington). Weighed deeper, it settles only as any reading does.
      candidate_limit = static_cast<std::size_t>(tolerance("places.candidates_when_ruled_out"));
      const auto deeper = settle(key + "\x1e" + "deeper", by_mode);
      // The names with the mode may settle there alone (Orange, France, the one on Avignon's land mass).
      if (deeper->second.chosen < deeper->second.readings.size() &&
          fit_of(deeper->second.readings[deeper->second.chosen], fit).fits)
        known = deeper;
      else if (const auto deep_fit = reading_the_claim_fits(deeper->second.readings, deeper->second.chosen, fit))
        known = settle(fmt::format("{}\x1e" "deeper\x1e{}", key, *deep_fit), fit);
      candidate_limit = base_limit;
    }
  }
  refuse_far_spelling_guess(known->second.places, fit);
  c.notes = known->second.notes;
  c.notes.insert(c.notes.end(), figure_notes.begin(), figure_notes.end());
  if (!known->second.route) known->second.route = routes::make_route(known->second.places);
  c.route = *known->second.route;
  settle_extents(c);
  if (flies_between_airports(c.mode)) {
    const double reach_km = tolerance("air.airport_reach_km");
    const auto limit = static_cast<std::size_t>(tolerance("air.airports_per_place"));
    for (const routes::Waypoint& w : c.route.places) c.airports.push_back(resolver.airports_near(w, reach_km, limit));
  }
  // A whole date and time keeps the "timing" relation; any departure a story could give (a weekday, a part
  // of the day) and an arrival make the "timeline".
  const std::string depart(text::trim(in.depart)), arrive(text::trim(in.arrive));
  if (!depart.empty()) {
    if (is_whole_departure(depart)) {
      c.depart = depart;
      c.depart_time = timeline::Moment{timeline::Role::depart, departure_spec(depart), "", ""};
    } else {
      c.depart_time = timeline::Moment{timeline::Role::depart, timeline::parse_time(depart, "--depart"), "", ""};
      // "tomorrow", "the next day" count from a day a claim on its own does not have (an article's date does).
      if (c.depart_time->spec.relative_days)
        throw InputError("--depart '" + text::utf8_excerpt(depart, text::kQuotedInputBytes) +
                         "': expected a date and time, or a weekday or date as a story gives it; '" +
                         text::utf8_excerpt(depart, text::kQuotedInputBytes) + "' counts from a day the check is not given");
    }
  }
  if (!arrive.empty()) {
    if (!c.depart_time) throw InputError("--arrive '" + text::utf8_excerpt(arrive, text::kQuotedInputBytes) + "': give --depart too");
    timeline::TimeSpec spec = is_whole_departure(arrive) ? departure_spec(arrive) : timeline::parse_time(arrive, "--arrive");
    c.later_times.push_back(timeline::Moment{timeline::Role::arrive, std::move(spec), "", ""});
  }
  return c;
}

}  // namespace routecheck::verdicts
