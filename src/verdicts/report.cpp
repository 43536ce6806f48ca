// A checked claim as text a reporter can paste, and as JSON (README, "check --json").
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/text.hpp"
#include "routes/route_report.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/report_json.hpp"

namespace routecheck::verdicts {
namespace {

using nlohmann::ordered_json;
using quantities::format_number;
using text::round_decimals;

using quantities::kMetresPerKm;
using quantities::kMpsPerKmh;
using quantities::kSecondsPerHour;

ordered_json range_json(const quantities::Interval& i, double per_unit, double nominal) {
  ordered_json j;
  j["value"] = round_decimals(nominal / per_unit, 3);
  j["low"] = round_decimals(i.low / per_unit, 3);
  j["high"] = i.bounded() ? ordered_json(round_decimals(i.high / per_unit, 3)) : ordered_json();
  return j;
}

ordered_json quantity_json(const quantities::Quantity& q) {
  static const char* si_units[] = {"m", "m/s", "s"};
  ordered_json j;
  j["text"] = q.text;
  j["value"] = round_decimals(q.value, 6);
  j["unit"] = q.unit.symbol;
  j["hedge"] = q.hedge.empty() ? ordered_json() : ordered_json(q.hedge);
  j["low"] = round_decimals(q.low_in_unit(), 6);
  j["high"] = q.si.bounded() ? ordered_json(round_decimals(q.high_in_unit(), 6)) : ordered_json();
  j["si"] = {{"unit", si_units[static_cast<int>(q.dimension)]},
             {"value", round_decimals(q.value_si(), 3)},
             {"low", round_decimals(q.si.low, 3)},
             {"high", q.si.bounded() ? ordered_json(round_decimals(q.si.high, 3)) : ordered_json()}};
  if (!q.passed_over.empty()) {
    // A field with words around its figure: the words read, and those passed over.
    j["read"] = q.text.substr(std::min(q.start, q.text.size()), q.end - std::min(q.start, q.end));
    j["passed_over"] = q.passed_over;
  }
  if (q.per_day) j["per_day"] = true;
  if (q.reading == quantities::Reading::clock_span) j["reading"] = "clock_span";
  if (!q.restated.empty()) {
    j["restated"] = ordered_json::array();
    for (const quantities::Quantity& r : q.restated) {
      ordered_json again = quantity_json(r);
      again["how"] = r.restated_how;
      j["restated"].push_back(std::move(again));
    }
  }
  return j;
}

const char* role(std::size_t i, std::size_t n) { return i == 0 ? "origin" : i + 1 == n ? "destination" : "via"; }

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string report_json(const Claim& c, const Report& r) {
  return text::json_text(report_value(c, r));
}

ordered_json time_spec_value(const timeline::TimeSpec& t) {
  ordered_json j{{"text", t.text}};
  j["weekday"] = t.weekday ? ordered_json(timeline::weekday_name(*t.weekday)) : ordered_json();
  j["date"] = t.month && t.day ? ordered_json(t.year ? fmt::format("{:04}-{:02}-{:02}", *t.year, *t.month, *t.day)
                                                     : fmt::format("--{:02}-{:02}", *t.month, *t.day))
                               : ordered_json();
  j["days_after"] = t.relative_days ? ordered_json(*t.relative_days) : ordered_json();
  j["from_local"] = t.hours_given ? ordered_json(fmt::format("{:02}:{:02}", t.from_min / 60, t.from_min % 60)) : ordered_json();
  j["to_local"] = t.hours_given ? ordered_json(fmt::format("{:02}:{:02}", t.to_min / 60, t.to_min % 60)) : ordered_json();
  j["clock"] = t.clock;
  j["zone"] = t.utc_offset_min ? ordered_json(fmt::format("UTC{:+}", *t.utc_offset_min / 60.0))
                               : t.zone_place.empty() ? ordered_json() : ordered_json(t.zone_place);
  j["at_or_after"] = t.earliest;
  return j;
}

ordered_json timeline_value(const timeline::TimelineResult& t) {
  ordered_json j{{"fit", timeline::to_string(t.fit)},
                 {"depart_local", t.depart_local},
                 {"depart_timezone", t.depart_zone},
                 {"depart_utc_offset", t.depart_utc_offset},
                 {"depart_date", t.depart_date ? ordered_json(date::format("%F", *t.depart_date)) : ordered_json()},
                 {"arrive_earliest_local", t.arrive_earliest_local},
                 {"arrive_latest_local", t.arrive_latest_local},
                 {"arrive_timezone", t.arrive_zone},
                 {"arrive_utc_offset", t.arrive_utc_offset},
                 {"reason", t.reason}};
  j["moments"] = ordered_json::array();
  for (const timeline::Judged& m : t.judged) {
    ordered_json one{{"role", timeline::to_string(m.moment.role)}, {"fit", timeline::to_string(m.fit)}, {"reason", m.reason}};
    one["time"] = time_spec_value(m.moment.spec);
    one["timezone"] = m.moment.zone;
    j["moments"].push_back(std::move(one));
  }
  return j;
}

ordered_json report_value(const Claim& c, const Report& r) {
  ordered_json j;
  j["verdict"] = to_string(r.verdict);
  ordered_json places = ordered_json::array();
  for (std::size_t i = 0; i < c.route.places.size(); ++i) {
    const routes::Waypoint& w = c.route.places[i];
    ordered_json p{{"query", w.query}, {"name", w.place.name}, {"role", role(i, c.route.places.size())},
                   {"lat", w.place.lat_deg}, {"lon", w.place.lon_deg}};
    p["country_code"] = w.place.country_code.empty() ? ordered_json() : ordered_json(w.place.country_code);
    p["admin1"] = w.place.admin1_name.empty() ? ordered_json() : ordered_json(w.place.admin1_name);
    p["kind"] = gazetteer::place_kind(w.place);
    p["feature_code"] = w.place.feature_code.empty() ? ordered_json() : ordered_json(w.place.feature_code);
    p["timezone"] = w.place.timezone.empty() ? ordered_json() : ordered_json(w.place.timezone);
    if (w.place.geonameid) p["geonameid"] = *w.place.geonameid;
    if (i < c.extents.size()) {
      p["extent_km"] = c.extents[i].area ? ordered_json() : ordered_json(round_decimals(c.extents[i].radius_m / kMetresPerKm, 3));
      p["extent_basis"] = c.extents[i].basis;
    }
    p["reason"] = w.reason;
    // The words of the name the gazetteer lacks, which the place stands for ("West Railway Station").
    p["unfound_words"] = w.unfound_words.empty() ? ordered_json() : ordered_json(w.unfound_words);
    if (w.runner_up) {
      const gazetteer::Place& q = w.runner_up->place;
      p["runner_up"] = {{"name", q.name}, {"country_code", q.country_code.empty() ? ordered_json() : ordered_json(q.country_code)},
                        {"admin1", q.admin1_name.empty() ? ordered_json() : ordered_json(q.admin1_name)},
                        {"lat", q.lat_deg}, {"lon", q.lon_deg}, {"score_gap", round_decimals(w.runner_up->score_gap, 3)},
                        {"why", w.runner_up->why}};
    } else {
      p["runner_up"] = nullptr;
    }
    places.push_back(std::move(p));
  }
  ordered_json legs = ordered_json::array();
  for (const routes::Leg& leg : c.route.legs)
    legs.push_back({{"from", c.route.places[leg.from].place.name},
                    {"to", c.route.places[leg.to].place.name},
                    {"geodesic_km", round_decimals(leg.geodesic_m / kMetresPerKm, 3)},
                    {"azimuth_deg", round_decimals(leg.azimuth_start_deg, 2)},
                    {"azimuth_end_deg", round_decimals(leg.azimuth_end_deg, 2)}});
  j["route"] = {{"places", std::move(places)},
                {"legs", std::move(legs)},
                {"geodesic_km", round_decimals(c.route.geodesic_m / kMetresPerKm, 3)},
                {"bound_km", round_decimals(c.bound_m / kMetresPerKm, 3)},
                {"mode", c.mode ? ordered_json(c.mode->mode) : ordered_json()},
                {"countries", routes::countries_value(c.route)}, {"network", routes::network_value(c.route)}};
  ordered_json claims = ordered_json::object();
  if (c.distance) claims["distance"] = quantity_json(*c.distance);
  if (c.speed) claims["speed"] = quantity_json(*c.speed);
  if (c.top_speed) claims["top_speed"] = quantity_json(*c.top_speed);
  if (c.duration) claims["duration"] = quantity_json(*c.duration);
  if (c.stop) claims["stop"] = quantity_json(*c.stop);
  else if (c.stop_unknown) claims["stop"] = "unknown";
  if (!c.depart.empty()) claims["depart"] = c.depart;
  else if (c.depart_time) claims["depart"] = c.depart_time->spec.text;
  for (const timeline::Moment& m : c.later_times)
    if (m.role == timeline::Role::arrive) claims["arrive"] = m.spec.text;
  j["claims"] = std::move(claims);
  ordered_json implied = ordered_json::object();
  if (r.implied_moving_s)
    implied["moving_h"] = range_json(*r.implied_moving_s, kSecondsPerHour, c.distance->value_si() / c.speed->value_si());
  if (r.implied_stop_s && c.duration && c.distance && c.speed)
    implied["stop_h"] = range_json(*r.implied_stop_s, kSecondsPerHour,
                                   std::max(0.0, c.duration->value_si() - c.distance->value_si() / c.speed->value_si() -
                                                     (c.stop ? c.stop->value_si() : 0.0)));
  if (r.implied_speed_mps)
    implied["speed_kmh"] = range_json(*r.implied_speed_mps, kMpsPerKmh, c.distance->value_si() / c.duration->value_si());
  if (r.implied_distance_m)
    implied["distance_km"] = range_json(*r.implied_distance_m, kMetresPerKm, c.speed->value_si() * c.duration->value_si());
  j["implied"] = std::move(implied);
  // Keyed by the relation's id: {"distance_vs_geography": {"verdict": ..., "reason": ..., "bound_km": ...}}.
  ordered_json relations = ordered_json::object();
  for (const Relation& rel : r.relations) {
    ordered_json one{{"name", rel.name}, {"verdict", to_string(rel.verdict)}, {"reason", rel.reason}};
    for (const auto& [key, value] : rel.figures) one[key] = round_decimals(value, 3);
    relations[rel.id] = std::move(one);
  }
  j["relations"] = std::move(relations);
  j["notes"] = r.notes;
  if (r.timing)
    j["timing"] = {{"depart_local", r.timing->depart_local},         {"depart_timezone", r.timing->depart_timezone},
                   {"depart_utc_offset", r.timing->depart_utc_offset}, {"arrive_local", r.timing->arrive_local},
                   {"arrive_timezone", r.timing->arrive_timezone},     {"arrive_utc_offset", r.timing->arrive_utc_offset},
                   {"arrive_earliest_local", r.timing->arrive_earliest_local},
                   {"arrive_latest_local", r.timing->arrive_latest_local}};
  else
    j["timing"] = nullptr;
  j["timeline"] = r.timeline ? timeline_value(*r.timeline) : ordered_json();
  return j;
}

std::string report_text(const Claim& c, const Report& r) {
  std::string out;
  std::string path;
  for (std::size_t i = 0; i < c.route.places.size(); ++i) {
    const gazetteer::Place& p = c.route.places[i].place;
    path += (i ? " → " : "") + p.name + (p.country_code.empty() ? "" : " (" + p.country_code + ")");
  }
  std::string places;
  for (std::size_t i = 0; i < c.route.places.size(); ++i) {
    const gazetteer::Place& p = c.route.places[i].place;
    places += fmt::format("{}{} {:.4f},{:.4f}", i ? "; " : "", p.name, p.lat_deg, p.lon_deg);
    if (i < c.extents.size())
      places += c.extents[i].area ? " (an area)" : fmt::format(" (±{} km, {})", format_number(c.extents[i].radius_m / kMetresPerKm), c.extents[i].basis);
  }
  std::string how;
  if (c.mode) {
    std::string mode = c.mode->mode;
    std::replace(mode.begin(), mode.end(), '_', ' ');
    how = mode == "cycling" ? " by bicycle" : (mode == "walk" || c.mode->parent == "walk") ? " on foot" : " by " + mode;
  }
  out += fmt::format("{}{}: {}\n", path, how, upper(to_string(r.verdict)));
  out += fmt::format("  straight line  {} km", format_number(c.route.geodesic_m / kMetresPerKm));
  if (c.route.legs.size() > 1) {
    out += " over " + std::to_string(c.route.legs.size()) + " legs:";
    for (std::size_t i = 0; i < c.route.legs.size(); ++i)
      out += fmt::format("{} {} km", i ? " +" : "", format_number(c.route.legs[i].geodesic_m / kMetresPerKm));
  }
  out += fmt::format(", setting out on a bearing of {:.0f}°\n", std::fmod(c.route.legs.front().azimuth_start_deg + 360, 360));
  out += "  places         " + places + "\n";
  for (const routes::Waypoint& w : c.route.places)
    if (w.runner_up)
      out += fmt::format("  in doubt       '{}' may be {} rather than {} ({}): {}\n", w.query, gazetteer::place_label(w.runner_up->place),
                         w.place.name, w.place.country_code, w.runner_up->why);
  if (c.bound_m < c.route.geodesic_m) out += fmt::format("  shortest route at least {} km, edge to edge\n", format_number(c.bound_m / kMetresPerKm));
  out += routes::countries_text(c.route);
  out += routes::network_text(c.route);
  if (r.implied_moving_s)
    out += fmt::format("  moving time    about {} h ({}–{} h)\n",
                       format_number(c.distance->value_si() / c.speed->value_si() / kSecondsPerHour),
                       format_number(r.implied_moving_s->low / kSecondsPerHour),
                       r.implied_moving_s->bounded() ? format_number(r.implied_moving_s->high / kSecondsPerHour) : "…");
  std::size_t width = 0;
  for (const Relation& rel : r.relations) width = std::max(width, std::string(to_string(rel.verdict)).size());
  for (const Relation& rel : r.relations)
    out += fmt::format("  {:<{}}  {}: {}\n", to_string(rel.verdict), width, rel.name, rel.reason);
  for (const std::string& note : r.notes) out += "  note: " + note + "\n";
  return out;
}

}  // namespace routecheck::verdicts
