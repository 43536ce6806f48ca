// Formatting of `routecheck route` results.
#include "routes/route_report.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/json_out.hpp"
#include "core/json_text.hpp"
#include "core/text.hpp"

namespace routecheck::routes {
namespace {

using nlohmann::ordered_json;
using quantities::format_interval;
using quantities::format_number;
using quantities::kMetresPerKm;
using quantities::kSecondsPerHour;
using text::round_decimals;

}  // namespace

std::string current_utc_offset(const std::string& zone) {
  if (zone.empty()) return "";
  try {
    const auto info = date::locate_zone(zone)->get_info(std::chrono::system_clock::now());
    const long minutes = static_cast<long>(info.offset.count() / 60);
    const char sign = minutes < 0 ? '-' : '+';
    const long m = std::abs(minutes);
    return m % 60 == 0 ? fmt::format("UTC{}{}", sign, m / 60) : fmt::format("UTC{}{}:{:02}", sign, m / 60, m % 60);
  } catch (const std::exception&) {
    return "";
  }
}

std::string countries_text(const Route& r) {
  if (!r.countries) return "";
  std::string out = "  countries      ";
  for (std::size_t i = 0; i < r.countries->traversed.size(); ++i) out += (i ? " → " : "") + r.countries->traversed[i];
  out += r.network_m ? " (along the network path)\n" : " (under the straight line)\n";
  for (const BorderCrossing& c : r.countries->crossings)
    out += fmt::format("  border         {} → {} at {:.3f}{} {:.3f}{}, {} km along the {}\n", c.from_name, c.to_name,
                       std::abs(c.lat_deg), c.lat_deg < 0 ? "S" : "N", std::abs(c.lon_deg), c.lon_deg < 0 ? "W" : "E",
                       format_number(c.km_from_start), r.network_m ? "path" : "straight line");
  return out;
}

void write_countries(text::JsonOut& out, const Route& r) {
  if (!r.countries) {
    out.null();
    return;
  }
  out.begin_object();
  out.key("traversed").strings(r.countries->traversed);
  out.key("border_crossings").begin_array();
  for (const BorderCrossing& c : r.countries->crossings) {
    out.begin_object();
    out.key("from").string(c.from_country);
    out.key("to").string(c.to_country);
    out.key("from_name").string(c.from_name);
    out.key("to_name").string(c.to_name);
    out.key("lat").number(round_decimals(c.lat_deg, 5));
    out.key("lon").number(round_decimals(c.lon_deg, 5));
    out.key("leg").unsigned_integer(c.leg + 1);
    out.key("km_from_start").number(round_decimals(c.km_from_start, 2));
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

ordered_json countries_value(const Route& r) {
  text::JsonTree tree;
  write_countries(tree, r);
  return tree.take();
}

std::string network_text(const Route& r) {
  if (!r.network_kind) return "";
  std::string out;
  const std::string what = networks::network_words(*r.network_kind);
  if (!r.network_m) return fmt::format("  on the {} ({}): {}\n", what, r.network_source, r.network_problem);
  out += fmt::format("  on the {} ({}): {} km{}\n", what, r.network_source, format_number(*r.network_m / 1000),
                     r.avoided.empty() ? "" : ", avoiding " + text::join(r.avoided, ", "));
  for (std::size_t i = 0; i < r.legs.size(); ++i) {
    const Leg& leg = r.legs[i];
    if (!leg.network) continue;
    const NetworkLeg& n = *leg.network;
    // The snap legs: how far each place is from where it joins; a place on the line has none (closer than
    // kOnTheLineM: coordinates written to five decimals are rounded to about a metre).
    constexpr double kOnTheLineM = 1.0;
    auto joined = [](double snap_m, const std::string& place, const std::string& station) {
      const std::string at = station.empty() ? "" : " (at " + station + ")";
      if (station.empty() && snap_m < kOnTheLineM) return fmt::format("{} on the line", place);
      return fmt::format("{} km from {}{}", format_number(snap_m / 1000), place, at);
    };
    out += fmt::format("  leg {}  {} km on the network ({:.2f}x the straight line), joined {} and {}\n", i + 1,
                       format_number(n.path_m / 1000), leg.geodesic_m > 0 ? n.length_m() / leg.geodesic_m : 1.0,
                       joined(n.snap_from_m, r.places[leg.from].place.name, n.from_station),
                       joined(n.snap_to_m, r.places[leg.to].place.name, n.to_station));
    if (!n.passages.empty()) out += "         through " + text::join(n.passages, ", ") + "\n";
    for (const NetworkLeg::GaugeChange& g : n.gauge_changes)
      out += fmt::format("         gauge changes {}→{} mm at {}: a stop to change bogies or trains is expected\n", g.from_mm,
                         g.to_mm, g.at.empty() ? fmt::format("{:.4f}, {:.4f}", g.lat_deg, g.lon_deg) : g.at);
    if (n.ferry_m > 0) out += fmt::format("         of it {} km by ferry\n", format_number(n.ferry_m / 1000));
    if (n.electrified_m > 0)
      out += fmt::format("         of it {} km on electrified track\n", format_number(n.electrified_m / 1000));
    if (n.timed_s > 0) out += fmt::format("         {} h at the speed limits\n", format_number(n.timed_s / 3600));
  }
  return out;
}

void write_network(text::JsonOut& out, const Route& r) {
  if (!r.network_kind) {
    out.null();
    return;
  }
  out.begin_object();
  out.key("kind").string(networks::to_string(*r.network_kind));
  out.key("source").string(r.network_source);
  out.key("avoided").strings(r.avoided);
  out.key("network_km");
  if (r.network_m) out.number(round_decimals(*r.network_m / kMetresPerKm, 3));
  else out.null();
  out.key("problem").string_or_null(r.network_problem);
  out.key("legs").begin_array();
  for (const Leg& leg : r.legs) {
    if (!leg.network) {
      out.null();
      continue;
    }
    const NetworkLeg& n = *leg.network;
    out.begin_object();
    out.key("network_km").number(round_decimals(n.length_m() / kMetresPerKm, 3));
    out.key("path_km").number(round_decimals(n.path_m / kMetresPerKm, 3));
    out.key("snap_from_km").number(round_decimals(n.snap_from_m / kMetresPerKm, 3));
    out.key("snap_to_km").number(round_decimals(n.snap_to_m / kMetresPerKm, 3));
    out.key("from_station").string_or_null(n.from_station);
    out.key("to_station").string_or_null(n.to_station);
    out.key("passages").strings(n.passages);
    out.key("gauge_changes").begin_array();
    for (const NetworkLeg::GaugeChange& g : n.gauge_changes) {
      out.begin_object();
      out.key("from_mm").string(g.from_mm);
      out.key("to_mm").string(g.to_mm);
      out.key("at").string_or_null(g.at);
      out.key("lat").number(round_decimals(g.lat_deg, 6));
      out.key("lon").number(round_decimals(g.lon_deg, 6));
      out.end_object();
    }
    out.end_array();
    out.key("ferry_km").number(round_decimals(n.ferry_m / kMetresPerKm, 3));
    out.key("electrified_km").number(round_decimals(n.electrified_m / kMetresPerKm, 3));
    out.key("speed_limit_h");
    if (n.timed_s > 0) out.number(round_decimals(n.timed_s / kSecondsPerHour, 3));
    else out.null();
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

ordered_json network_value(const Route& r) {
  text::JsonTree tree;
  write_network(tree, r);
  return tree.take();
}

std::string route_text(const Route& r, const std::optional<ModeProfile>& mode) {
  std::string out;
  for (std::size_t i = 0; i < r.places.size(); ++i) {
    const gazetteer::Place& p = r.places[i].place;
    out += (i ? " → " : "") + p.name + (p.country_code.empty() ? "" : " (" + p.country_code + ")");
  }
  out += fmt::format(": {} km in a straight line\n", format_number(r.geodesic_m / 1000));
  for (std::size_t i = 0; i < r.legs.size(); ++i) {
    const Leg& leg = r.legs[i];
    out += fmt::format("  leg {}  {} → {}  {} km  azimuth {:.2f}° at the start, {:.2f}° at the end\n", i + 1,
                       r.places[leg.from].place.name, r.places[leg.to].place.name,
                       format_number(leg.geodesic_m / 1000), leg.azimuth_start_deg, leg.azimuth_end_deg);
  }
  out += countries_text(r);
  out += network_text(r);
  if (mode) {
    const ModeEstimate e = estimate(r, *mode);
    out += fmt::format("  {}: a route of about {} km, {} h of travel\n", mode->label,
                       format_interval(e.route_length_m, kMetresPerKm), format_interval(e.travel_time_s, kSecondsPerHour));
  }
  out += "  time zones:";
  for (const Waypoint& w : r.places)
    out += fmt::format(" {} {}{};", w.place.name, w.place.timezone.empty() ? "unknown" : w.place.timezone,
                       w.place.timezone.empty() ? "" : " (" + current_utc_offset(w.place.timezone) + " now)");
  out.back() = '\n';
  return out;
}

std::string route_json(const Route& r, const std::optional<ModeProfile>& mode) {
  ordered_json places = ordered_json::array();
  for (std::size_t i = 0; i < r.places.size(); ++i) {
    const Waypoint& w = r.places[i];
    ordered_json p{{"query", w.query},
                   {"name", w.place.name},
                   {"role", i == 0 ? "origin" : i + 1 == r.places.size() ? "destination" : "via"},
                   {"lat", w.place.lat_deg},
                   {"lon", w.place.lon_deg}};
    p["country_code"] = w.place.country_code.empty() ? ordered_json() : ordered_json(w.place.country_code);
    p["timezone"] = w.place.timezone.empty() ? ordered_json() : ordered_json(w.place.timezone);
    p["utc_offset_now"] = w.place.timezone.empty() ? ordered_json() : ordered_json(current_utc_offset(w.place.timezone));
    if (w.place.geonameid) p["geonameid"] = *w.place.geonameid;
    places.push_back(std::move(p));
  }
  ordered_json legs = ordered_json::array();
  for (const Leg& leg : r.legs)
    legs.push_back({{"from", r.places[leg.from].place.name},
                    {"to", r.places[leg.to].place.name},
                    {"geodesic_km", round_decimals(leg.geodesic_m / 1000, 3)},
                    {"azimuth_deg", round_decimals(leg.azimuth_start_deg, 4)},
                    {"azimuth_end_deg", round_decimals(leg.azimuth_end_deg, 4)}});
  ordered_json j{{"places", places}, {"legs", legs}, {"geodesic_km", round_decimals(r.geodesic_m / 1000, 3)},
                 {"countries", countries_value(r)}, {"network", network_value(r)}};
  if (mode) {
    const ModeEstimate e = estimate(r, *mode);
    j["mode"] = mode->mode;
    j["route_length_km"] = {{"low", round_decimals(e.route_length_m.low / 1000, 1)}, {"high", round_decimals(e.route_length_m.high / 1000, 1)}};
    j["travel_time_h"] = {{"low", round_decimals(e.travel_time_s.low / 3600, 2)}, {"high", round_decimals(e.travel_time_s.high / 3600, 2)}};
  } else {
    j["mode"] = nullptr;
  }
  return text::json_text(j);
}

}  // namespace routecheck::routes
