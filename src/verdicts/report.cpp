// A checked claim as text a reporter can paste, and as JSON (README, "check --json").
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <nlohmann/json.hpp>

#include "core/json_out.hpp"
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

void write_range(text::JsonOut& out, const quantities::Interval& i, double per_unit, double nominal) {
  out.begin_object();
  out.key("value").number(round_decimals(nominal / per_unit, 3));
  out.key("low").number(round_decimals(i.low / per_unit, 3));
  out.key("high");
  if (i.bounded()) out.number(round_decimals(i.high / per_unit, 3));
  else out.null();
  out.end_object();
}

// The members of a quantity's object; a restated reading adds its own "how" after them.
void write_quantity_members(text::JsonOut& out, const quantities::Quantity& q) {
  static const char* si_units[] = {"m", "m/s", "s"};
  out.key("text").string(q.text);
  out.key("value").number(round_decimals(q.value, 6));
  out.key("unit").string(q.unit.symbol);
  out.key("hedge").string_or_null(q.hedge);
  out.key("low").number(round_decimals(q.low_in_unit(), 6));
  out.key("high");
  if (q.si.bounded()) out.number(round_decimals(q.high_in_unit(), 6));
  else out.null();
  out.key("si").begin_object();
  out.key("unit").string(si_units[static_cast<int>(q.dimension)]);
  out.key("value").number(round_decimals(q.value_si(), 3));
  out.key("low").number(round_decimals(q.si.low, 3));
  out.key("high");
  if (q.si.bounded()) out.number(round_decimals(q.si.high, 3));
  else out.null();
  out.end_object();
  if (!q.passed_over.empty()) {
    // A field with words around its figure: the words read, and those passed over.
    out.key("read").string(std::string_view(q.text).substr(std::min(q.start, q.text.size()), q.end - std::min(q.start, q.end)));
    out.key("passed_over").string(q.passed_over);
  }
  if (q.per_day) out.key("per_day").boolean(true);
  if (q.reading == quantities::Reading::clock_span) out.key("reading").string("clock_span");
  if (!q.restated.empty()) {
    out.key("restated").begin_array();
    for (const quantities::Quantity& r : q.restated) {
      out.begin_object();
      write_quantity_members(out, r);
      out.key("how").string(r.restated_how);
      out.end_object();
    }
    out.end_array();
  }
}

void write_quantity(text::JsonOut& out, const quantities::Quantity& q) {
  out.begin_object();
  write_quantity_members(out, q);
  out.end_object();
}

const char* role(std::size_t i, std::size_t n) { return i == 0 ? "origin" : i + 1 == n ? "destination" : "via"; }

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string report_json(const Claim& c, const Report& r) {
  std::string out;
  text::JsonWriter writer(out);
  write_report(writer, c, r);
  return out;
}

void write_time_spec(text::JsonOut& out, const timeline::TimeSpec& t) {
  out.begin_object();
  out.key("text").string(t.text);
  out.key("weekday");
  if (t.weekday) out.string(timeline::weekday_name(*t.weekday));
  else out.null();
  out.key("date");
  if (t.month && t.day)
    out.string(t.year ? fmt::format("{:04}-{:02}-{:02}", *t.year, *t.month, *t.day) : fmt::format("--{:02}-{:02}", *t.month, *t.day));
  else
    out.null();
  out.key("days_after");
  if (t.relative_days) out.integer(*t.relative_days);
  else out.null();
  out.key("from_local");
  if (t.hours_given) out.string(fmt::format("{:02}:{:02}", t.from_min / 60, t.from_min % 60));
  else out.null();
  out.key("to_local");
  if (t.hours_given) out.string(fmt::format("{:02}:{:02}", t.to_min / 60, t.to_min % 60));
  else out.null();
  out.key("clock").boolean(t.clock);
  out.key("zone");
  if (t.utc_offset_min) out.string(fmt::format("UTC{:+}", *t.utc_offset_min / 60.0));
  else out.string_or_null(t.zone_place);
  out.key("at_or_after").boolean(t.earliest);
  out.end_object();
}

ordered_json time_spec_value(const timeline::TimeSpec& t) {
  text::JsonTree tree;
  write_time_spec(tree, t);
  return tree.take();
}

void write_timeline(text::JsonOut& out, const timeline::TimelineResult& t) {
  out.begin_object();
  out.key("fit").string(timeline::to_string(t.fit));
  out.key("depart_local").string(t.depart_local);
  out.key("depart_timezone").string(t.depart_zone);
  out.key("depart_utc_offset").string(t.depart_utc_offset);
  out.key("depart_date");
  if (t.depart_date) out.string(date::format("%F", *t.depart_date));
  else out.null();
  out.key("arrive_earliest_local").string(t.arrive_earliest_local);
  out.key("arrive_latest_local").string(t.arrive_latest_local);
  out.key("arrive_timezone").string(t.arrive_zone);
  out.key("arrive_utc_offset").string(t.arrive_utc_offset);
  out.key("reason").string(t.reason);
  out.key("moments").begin_array();
  for (const timeline::Judged& m : t.judged) {
    out.begin_object();
    out.key("role").string(timeline::to_string(m.moment.role));
    out.key("fit").string(timeline::to_string(m.fit));
    out.key("reason").string(m.reason);
    out.key("time");
    write_time_spec(out, m.moment.spec);
    out.key("timezone").string(m.moment.zone);
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

ordered_json timeline_value(const timeline::TimelineResult& t) {
  text::JsonTree tree;
  write_timeline(tree, t);
  return tree.take();
}

void write_report_members(text::JsonOut& out, const Claim& c, const Report& r) {
  out.key("verdict").string(to_string(r.verdict));
  out.key("route").begin_object();
  out.key("places").begin_array();
  for (std::size_t i = 0; i < c.route.places.size(); ++i) {
    const routes::Waypoint& w = c.route.places[i];
    out.begin_object();
    out.key("query").string(w.query);
    out.key("name").string(w.place.name);
    out.key("role").string(role(i, c.route.places.size()));
    out.key("lat").number(w.place.lat_deg);
    out.key("lon").number(w.place.lon_deg);
    out.key("country_code").string_or_null(w.place.country_code);
    out.key("admin1").string_or_null(w.place.admin1_name);
    out.key("kind").string(gazetteer::place_kind(w.place));
    out.key("feature_code").string_or_null(w.place.feature_code);
    out.key("timezone").string_or_null(w.place.timezone);
    if (w.place.geonameid) out.key("geonameid").integer(*w.place.geonameid);
    if (i < c.extents.size()) {
      out.key("extent_km");
      if (c.extents[i].area) out.null();
      else out.number(round_decimals(c.extents[i].radius_m / kMetresPerKm, 3));
      out.key("extent_basis").string(c.extents[i].basis);
    }
    out.key("reason").string(w.reason);
    // The words of the name the gazetteer lacks, which the place stands for ("West Railway Station").
    out.key("unfound_words").string_or_null(w.unfound_words);
    out.key("runner_up");
    if (w.runner_up) {
      const gazetteer::Place& q = w.runner_up->place;
      out.begin_object();
      out.key("name").string(q.name);
      out.key("country_code").string_or_null(q.country_code);
      out.key("admin1").string_or_null(q.admin1_name);
      out.key("lat").number(q.lat_deg);
      out.key("lon").number(q.lon_deg);
      out.key("score_gap").number(round_decimals(w.runner_up->score_gap, 3));
      out.key("why").string(w.runner_up->why);
      out.end_object();
    } else {
      out.null();
    }
    out.end_object();
  }
  out.end_array();
  out.key("legs").begin_array();
  for (const routes::Leg& leg : c.route.legs) {
    out.begin_object();
    out.key("from").string(c.route.places[leg.from].place.name);
    out.key("to").string(c.route.places[leg.to].place.name);
    out.key("geodesic_km").number(round_decimals(leg.geodesic_m / kMetresPerKm, 3));
    out.key("azimuth_deg").number(round_decimals(leg.azimuth_start_deg, 2));
    out.key("azimuth_end_deg").number(round_decimals(leg.azimuth_end_deg, 2));
    out.end_object();
  }
  out.end_array();
  out.key("geodesic_km").number(round_decimals(c.route.geodesic_m / kMetresPerKm, 3));
  out.key("bound_km").number(round_decimals(c.bound_m / kMetresPerKm, 3));
  out.key("mode");
  if (c.mode) out.string(c.mode->mode);
  else out.null();
  out.key("mode_label");  // "by high-speed rail", "on foot": as the text report says it
  if (c.mode) out.string(c.mode->label);
  else out.null();
  out.key("countries");
  routes::write_countries(out, c.route);
  out.key("network");
  routes::write_network(out, c.route);
  out.end_object();

  out.key("claims").begin_object();
  if (c.distance) write_quantity(out.key("distance"), *c.distance);
  if (c.speed) write_quantity(out.key("speed"), *c.speed);
  if (c.top_speed) write_quantity(out.key("top_speed"), *c.top_speed);
  if (c.duration) write_quantity(out.key("duration"), *c.duration);
  if (c.stop) write_quantity(out.key("stop"), *c.stop);
  else if (c.stop_unknown) out.key("stop").string("unknown");
  if (!c.depart.empty()) out.key("depart").string(c.depart);
  else if (c.depart_time) out.key("depart").string(c.depart_time->spec.text);
  // The last arrival the story gives stands (one member "arrive").
  const timeline::Moment* arrive = nullptr;
  for (const timeline::Moment& m : c.later_times)
    if (m.role == timeline::Role::arrive) arrive = &m;
  if (arrive) out.key("arrive").string(arrive->spec.text);
  out.end_object();

  out.key("implied").begin_object();
  if (r.implied_moving_s)
    write_range(out.key("moving_h"), *r.implied_moving_s, kSecondsPerHour, c.distance->value_si() / c.speed->value_si());
  if (r.implied_stop_s && c.duration && c.distance && c.speed)
    write_range(out.key("stop_h"), *r.implied_stop_s, kSecondsPerHour,
                std::max(0.0, c.duration->value_si() - c.distance->value_si() / c.speed->value_si() -
                                  (c.stop ? c.stop->value_si() : 0.0)));
  if (r.implied_speed_mps)
    write_range(out.key("speed_kmh"), *r.implied_speed_mps, kMpsPerKmh, c.distance->value_si() / c.duration->value_si());
  if (r.implied_distance_m)
    write_range(out.key("distance_km"), *r.implied_distance_m, kMetresPerKm, c.speed->value_si() * c.duration->value_si());
  out.end_object();

  // Keyed by the relation's id: {"distance_vs_geography": {"name": ..., "verdict": ..., "reason": ..., "bound_km": ...}}.
  out.key("relations").begin_object();
  text::write_members_once(
      out, r.relations.size(), [&](std::size_t i) -> std::string_view { return r.relations[i].id; },
      [&](std::size_t i) {
        const Relation& rel = r.relations[i];
        // The relation's own three members, then its figures (a figure named like one of them takes its place).
        constexpr std::size_t kOwnMembers = 3;
        out.begin_object();
        text::write_members_once(
            out, kOwnMembers + rel.figures.size(),
            [&](std::size_t k) -> std::string_view {
              return k == 0 ? "name" : k == 1 ? "verdict" : k == 2 ? "reason" : std::string_view(rel.figures[k - kOwnMembers].first);
            },
            [&](std::size_t k) {
              if (k == 0) out.string(rel.name);
              else if (k == 1) out.string(to_string(rel.verdict));
              else if (k == 2) out.string(rel.reason);
              else out.number(round_decimals(rel.figures[k - kOwnMembers].second, 3));
            });
        out.end_object();
      });
  out.end_object();
  out.key("notes").strings(r.notes);
  out.key("timing");
  if (r.timing) {
    out.begin_object();
    out.key("depart_local").string(r.timing->depart_local);
    out.key("depart_timezone").string(r.timing->depart_timezone);
    out.key("depart_utc_offset").string(r.timing->depart_utc_offset);
    out.key("arrive_local").string(r.timing->arrive_local);
    out.key("arrive_timezone").string(r.timing->arrive_timezone);
    out.key("arrive_utc_offset").string(r.timing->arrive_utc_offset);
    out.key("arrive_earliest_local").string(r.timing->arrive_earliest_local);
    out.key("arrive_latest_local").string(r.timing->arrive_latest_local);
    out.end_object();
  } else {
    out.null();
  }
  out.key("timeline");
  if (r.timeline) write_timeline(out, *r.timeline);
  else out.null();
}

void write_report(text::JsonOut& out, const Claim& c, const Report& r) {
  out.begin_object();
  write_report_members(out, c, r);
  out.end_object();
}

ordered_json report_value(const Claim& c, const Report& r) {
  text::JsonTree tree;
  write_report(tree, c, r);
  return tree.take();
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
  if (c.mode) how = " " + c.mode->label;
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
