// Building the layers of a route or a checked claim. Lines follow the ellipsoidal geodesic
// (GeographicLib::GeodesicLine), with vertices at most 10 km apart.
#include "layers/layer_set.hpp"

#include "core/text.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>

#include <algorithm>
#include <cmath>

namespace routecheck::layers {

bool Layer::has_multipart() const {
  for (const Feature& f : features)
    if (f.parts.size() > 1) return true;
  return false;
}

const Layer* LayerSet::find(const std::string& name) const {
  for (const Layer& l : layers)
    if (l.name == name) return &l;
  return nullptr;
}

Part densify(const LonLat& a, const LonLat& b, double max_step_km) {
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  const GeographicLib::GeodesicLine line = wgs84.InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
  const double length_m = line.Distance();
  const int segments = std::max(1, static_cast<int>(std::ceil(length_m / (max_step_km * 1000))));
  Part out;
  out.reserve(static_cast<std::size_t>(segments) + 1);
  double previous_lon = a.lon_deg;
  for (int i = 0; i <= segments; ++i) {
    double lat, lon;
    line.Position(length_m * i / segments, lat, lon);
    // Keep longitudes continuous (no jumps of 360) so splitting can find the antimeridian.
    while (lon - previous_lon > 180) lon -= 360;
    while (lon - previous_lon < -180) lon += 360;
    previous_lon = lon;
    out.push_back({lon, lat});
  }
  return out;
}

std::vector<Part> split_at_antimeridian(const Part& line) {
  auto wrap = [](double lon) { return lon - 360 * std::floor((lon + 180) / 360); };  // to [-180, 180)
  std::vector<Part> parts(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const LonLat& p = line[i];
    if (i > 0) {
      const LonLat& q = line[i - 1];
      // Which multiple of 360 each vertex sits in; a change means the segment crossed ±180.
      const double cell_q = std::floor((q.lon_deg + 180) / 360), cell_p = std::floor((p.lon_deg + 180) / 360);
      if (cell_q != cell_p) {
        const double boundary = (std::max(cell_q, cell_p)) * 360 - 180;  // the crossing, in continuous longitude
        const double t = (boundary - q.lon_deg) / (p.lon_deg - q.lon_deg);
        const double lat = q.lat_deg + t * (p.lat_deg - q.lat_deg);
        const bool eastward = p.lon_deg > q.lon_deg;
        parts.back().push_back({eastward ? 180.0 : -180.0, lat});
        parts.emplace_back();
        parts.back().push_back({eastward ? -180.0 : 180.0, lat});
      }
    }
    parts.back().push_back({wrap(p.lon_deg), p.lat_deg});
  }
  return parts;
}

std::vector<Part> densified_legs(const routes::Route& route) {
  std::vector<Part> legs;
  for (const routes::Leg& leg : route.legs) {
    if (leg.network) {
      // The network's path, each of its segments densified along the geodesic (sea lanes' vertices lie
      // hundreds of km apart), longitudes kept continuous.
      Part part;
      const auto& points = leg.network->points;
      for (std::size_t k = 0; k + 1 < points.size(); ++k) {
        const Part step = densify({points[k].lon_deg, points[k].lat_deg}, {points[k + 1].lon_deg, points[k + 1].lat_deg},
                                  kDensifyStepKm);
        for (std::size_t j = part.empty() ? 0 : 1; j < step.size(); ++j) {
          LonLat p = step[j];
          if (!part.empty()) {
            while (p.lon_deg - part.back().lon_deg > 180) p.lon_deg -= 360;
            while (p.lon_deg - part.back().lon_deg < -180) p.lon_deg += 360;
          }
          part.push_back(p);
        }
      }
      legs.push_back(std::move(part));
      continue;
    }
    const gazetteer::Place &a = route.places[leg.from].place, &b = route.places[leg.to].place;
    legs.push_back(densify({a.lon_deg, a.lat_deg}, {b.lon_deg, b.lat_deg}, kDensifyStepKm));
  }
  return legs;
}

namespace {

FieldValue text_or_null(const std::string& s) { return s.empty() ? FieldValue{} : FieldValue{s}; }
FieldValue number_or_null(const std::optional<double>& v) { return v ? FieldValue{*v} : FieldValue{}; }
constexpr const char* kStraightLine = "straight line (geodesic)";  // a drawn leg not on a network

double round3(double v) { return std::round(v * 1000) / 1000; }


}  // namespace

LayerSet route_layers(const routes::Route& route, const std::optional<routes::ModeProfile>& mode,
                      const verdicts::Claim* claim, const verdicts::Report* report) {
  LayerSet set;
  std::string path;
  for (std::size_t i = 0; i < route.places.size(); ++i) path += (i ? " → " : "") + route.places[i].place.name;
  const std::string how = mode ? " " + mode->label : "";
  set.verdict = report ? verdicts::to_string(report->verdict) : "";
  // The drawn line is the geodesic unless a network gave the path: say which, so nobody takes a straight
  // line for the rail or sea route.
  const std::string network_line =
      !route.network_kind ? "" : networks::network_words(*route.network_kind) + " (" + route.network_source + ")";
  set.title = path + (route.network_m ? ", on the " + network_line : ", straight line") + (how.empty() ? "" : " (trip" + how + ")");
  const FieldValue verdict = text_or_null(set.verdict);
  const FieldValue mode_value = text_or_null(mode ? mode->mode : "");
  const auto line_of = [&](const routes::Leg& leg) {
    return FieldValue{leg.network ? network_line : std::string(kStraightLine)};
  };
  const FieldValue line_value = FieldValue{route.network_m ? network_line : std::string(kStraightLine)};

  Layer places{"places", GeometryKind::point,
               {{"name", FieldType::text}, {"role", FieldType::text}, {"query", FieldType::text},
                {"geonameid", FieldType::integer}, {"country", FieldType::text}, {"population", FieldType::integer},
                {"timezone", FieldType::text}, {"runner_up", FieldType::text}},
               {}};
  for (std::size_t i = 0; i < route.places.size(); ++i) {
    const routes::Waypoint& w = route.places[i];
    const char* role = i == 0 ? "origin" : i + 1 == route.places.size() ? "destination" : "via";
    // A pick in doubt names its runner-up and why it lost, as the text and JSON do.
    const std::string runner_up =
        w.runner_up ? gazetteer::place_label(w.runner_up->place) + ": " + w.runner_up->why : "";
    places.features.push_back(
        {{{{w.place.lon_deg, w.place.lat_deg}}},
         {w.place.name, std::string(role), w.query,
          w.place.geonameid ? FieldValue{static_cast<long long>(*w.place.geonameid)} : FieldValue{},
          text_or_null(w.place.country_code),
          w.place.population ? FieldValue{static_cast<long long>(*w.place.population)} : FieldValue{},
          text_or_null(w.place.timezone), text_or_null(runner_up)}});
  }

  // Per-leg values sum to the route's: each leg carries its own lengths and its share of the claim's
  // distance and duration (in proportion to its length, on the network where it has one), never the
  // whole claim again; summing a repeated figure over the legs of a via route doubled it.
  Layer legs{"legs", GeometryKind::line,
             {{"leg", FieldType::integer}, {"from", FieldType::text}, {"to", FieldType::text},
              {"geodesic_km", FieldType::real}, {"azimuth", FieldType::real}, {"azimuth_end", FieldType::real},
              {"mode", FieldType::text}, {"line", FieldType::text}, {"verdict", FieldType::text},
              {"network_km", FieldType::real}, {"share", FieldType::real}, {"claimed_km", FieldType::real},
              {"claimed_h", FieldType::real}},
             {}};
  const auto measured_m = [](const routes::Leg& leg) { return leg.network ? leg.network->length_m() : leg.geodesic_m; };
  double route_measured_m = 0;
  for (const routes::Leg& leg : route.legs) route_measured_m += measured_m(leg);
  const std::vector<Part> dense = densified_legs(route);
  Part whole;
  for (std::size_t i = 0; i < route.legs.size(); ++i) {
    const routes::Leg& leg = route.legs[i];
    const double share = route_measured_m > 0 ? measured_m(leg) / route_measured_m : 1.0 / static_cast<double>(route.legs.size());
    std::optional<double> claimed_km, claimed_h;
    if (claim && claim->distance) claimed_km = round3(claim->distance->value_si() / 1000 * share);
    if (claim && claim->duration) claimed_h = claim->duration->value_si() / 3600 * share;
    legs.features.push_back(
        {split_at_antimeridian(dense[i]),
         {static_cast<long long>(i + 1), route.places[leg.from].place.name, route.places[leg.to].place.name,
          round3(leg.geodesic_m / 1000), leg.azimuth_start_deg, leg.azimuth_end_deg, mode_value, line_of(leg), verdict,
          leg.network ? FieldValue{round3(leg.network->length_m() / 1000)} : FieldValue{}, share, number_or_null(claimed_km),
          number_or_null(claimed_h)}});
    // One continuous line for the route: each leg starts where the last ended (same continuous longitude).
    for (std::size_t k = whole.empty() ? 0 : 1; k < dense[i].size(); ++k) {
      LonLat p = dense[i][k];
      if (!whole.empty()) {
        while (p.lon_deg - whole.back().lon_deg > 180) p.lon_deg -= 360;
        while (p.lon_deg - whole.back().lon_deg < -180) p.lon_deg += 360;
      }
      whole.push_back(p);
    }
  }

  Layer route_layer{"route", GeometryKind::line,
                    {{"from", FieldType::text}, {"to", FieldType::text}, {"via", FieldType::text},
                     {"mode", FieldType::text}, {"line", FieldType::text}, {"verdict", FieldType::text},
                     {"geodesic_km", FieldType::real},
                     {"claimed_distance_km", FieldType::real}, {"claimed_speed_kmh", FieldType::real},
                     {"claimed_duration_h", FieldType::real}, {"moving_h", FieldType::real},
                     {"countries", FieldType::text}, {"reasons", FieldType::text}, {"notes", FieldType::text},
                     {"network_km", FieldType::real}, {"claimed", FieldType::text},
                     {"departs_local", FieldType::text}, {"arrives_local", FieldType::text}, {"timeline", FieldType::text}},
                    {}};
  // The story's timeline (issue 28): when the trip leaves and arrives in each end's local time, and whether
  // the days and times fit, for a map's labels and a table's filter.
  const timeline::TimelineResult* times = report && report->timeline ? &*report->timeline : nullptr;
  std::vector<std::string> vias, reasons;
  for (std::size_t i = 1; i + 1 < route.places.size(); ++i) vias.push_back(route.places[i].place.name);
  std::optional<double> distance_km, speed_kmh, duration_h, moving_h;
  if (claim) {
    if (claim->distance) distance_km = round3(claim->distance->value_si() / 1000);
    if (claim->speed) speed_kmh = round3(claim->speed->value_si() * 3.6);
    if (claim->duration) duration_h = round3(claim->duration->value_si() / 3600);
    if (claim->distance && claim->speed) moving_h = round3(claim->distance->value_si() / claim->speed->value_si() / 3600);
  }
  // The figures as the claim gave them ("683 miles, about 20 hours"), for maps and labels.
  std::vector<std::string> figures;
  if (claim)
    for (const auto* q : {&claim->distance, &claim->speed, &claim->duration})
      if (*q) figures.push_back((*q)->text);
  const std::string claimed = text::join(figures, ", ");
  if (report)
    for (const verdicts::Relation& r : report->relations)
      reasons.push_back(std::string(verdicts::to_string(r.verdict)) + ": " + r.reason);
  route_layer.features.push_back(
      {split_at_antimeridian(whole),
       {route.places.front().place.name, route.places.back().place.name, text_or_null(text::join(vias, "; ")), mode_value,
        line_value, verdict, round3(route.geodesic_m / 1000), number_or_null(distance_km), number_or_null(speed_kmh),
        number_or_null(duration_h), number_or_null(moving_h),
        text_or_null(route.countries ? text::join(route.countries->traversed, " → ") : ""),
        text_or_null(text::join(reasons, " | ")), text_or_null(report ? text::join(report->notes, " | ") : ""),
        route.network_m ? FieldValue{round3(*route.network_m / 1000)} : FieldValue{}, text_or_null(claimed),
        text_or_null(times ? times->depart_local : ""), text_or_null(times ? times->arrive_local : ""),
        text_or_null(times ? timeline::to_string(times->fit) : "")}});

  Layer crossings{"border_crossings", GeometryKind::point,
                  {{"from_country", FieldType::text}, {"to_country", FieldType::text}, {"from_name", FieldType::text},
                   {"to_name", FieldType::text}, {"leg", FieldType::integer}, {"km_from_start", FieldType::real}},
                  {}};
  if (route.countries)
    for (const routes::BorderCrossing& c : route.countries->crossings)
      crossings.features.push_back({{{{c.lon_deg, c.lat_deg}}},
                                    {text_or_null(c.from_country), text_or_null(c.to_country), text_or_null(c.from_name),
                                     text_or_null(c.to_name), static_cast<long long>(c.leg + 1), round3(c.km_from_start)}});

  set.layers = {std::move(places), std::move(legs), std::move(route_layer), std::move(crossings)};
  if (route.network_kind) {
    // Where the places meet the network, and the events along its path (gauge changes).
    Layer points{"network_points", GeometryKind::point,
                 {{"leg", FieldType::integer}, {"kind", FieldType::text}, {"name", FieldType::text},
                  {"detail", FieldType::text}, {"distance_km", FieldType::real}},
                 {}};
    for (std::size_t i = 0; i < route.legs.size(); ++i) {
      const routes::Leg& leg = route.legs[i];
      if (!leg.network) continue;
      const routes::NetworkLeg& n = *leg.network;
      const auto leg_no = static_cast<long long>(i + 1);
      const auto& first = n.points.at(1);
      const auto& last = n.points.at(n.points.size() - 2);
      points.features.push_back({{{{first.lon_deg, first.lat_deg}}},
                                 {leg_no, std::string("joins network"), route.places[leg.from].place.name,
                                  text_or_null(n.from_station), round3(n.snap_from_m / 1000)}});
      points.features.push_back({{{{last.lon_deg, last.lat_deg}}},
                                 {leg_no, std::string("leaves network"), route.places[leg.to].place.name,
                                  text_or_null(n.to_station), round3(n.snap_to_m / 1000)}});
      for (const routes::NetworkLeg::GaugeChange& g : n.gauge_changes)
        points.features.push_back({{{{g.lon_deg, g.lat_deg}}},
                                   {leg_no, std::string("gauge change"), text_or_null(g.at),
                                    FieldValue{g.from_mm + " -> " + g.to_mm + " mm"}, FieldValue{}}});
    }
    set.layers.push_back(std::move(points));
  }
  return set;
}

LayerSet combine_numbered(const std::vector<LayerSet>& sets, const std::vector<long long>& ids, const std::string& id_field,
                          const std::string& verdict) {
  LayerSet all;
  all.verdict = verdict;
  for (std::size_t i = 0; i < sets.size(); ++i) {
    all.title += (i ? "; " : "") + sets[i].title;
    for (const Layer& layer : sets[i].layers) {
      auto it = std::find_if(all.layers.begin(), all.layers.end(), [&](const Layer& l) { return l.name == layer.name; });
      if (it == all.layers.end()) {
        Layer empty{layer.name, layer.geometry, {{id_field, FieldType::integer}}, {}};
        empty.fields.insert(empty.fields.end(), layer.fields.begin(), layer.fields.end());
        all.layers.push_back(std::move(empty));
        it = all.layers.end() - 1;
      }
      for (const Feature& f : layer.features) {
        Feature numbered{f.parts, {FieldValue{ids.at(i)}}};
        numbered.values.insert(numbered.values.end(), f.values.begin(), f.values.end());
        it->features.push_back(std::move(numbered));
      }
    }
  }
  return all;
}

LayerSet combine_claims(const std::vector<LayerSet>& sets, const std::string& verdict) {
  std::vector<long long> numbers(sets.size());
  for (std::size_t i = 0; i < sets.size(); ++i) numbers[i] = static_cast<long long>(i + 1);
  return combine_numbered(sets, numbers, "claim", verdict);
}

}  // namespace routecheck::layers
