// Layers: geodesic densification, antimeridian splitting, the layer set of a checked claim, and border
// crossings against the fixture outlines (North Korea and Russia boxes meeting at 130.65 E).
#include <catch2/catch.hpp>

#include <GeographicLib/Geodesic.hpp>
#include <filesystem>

#include <ogr_geometry.h>

#include "gazetteer/builder.hpp"
#include "gazetteer/countries_layer.hpp"
#include "layers/layer_output.hpp"
#include "layers/layer_set.hpp"

using namespace routecheck;
using namespace routecheck::layers;

namespace {

routes::Waypoint point(const char* name, double lat, double lon) {
  routes::Waypoint w;
  w.place.name = name;
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  return w;
}

double geodesic_m(const LonLat& a, const LonLat& b) {
  double s = 0;
  GeographicLib::Geodesic::WGS84().Inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, s);
  return s;
}

// A feature's value of the named field (fails the test when the layer has no such field).
const FieldValue& value_of(const Layer& layer, const Feature& f, const std::string& field) {
  for (std::size_t i = 0; i < layer.fields.size(); ++i)
    if (layer.fields[i].name == field) return f.values.at(i);
  FAIL("layer " << layer.name << " has no field " << field);
  return f.values.at(0);
}

double sum_of(const Layer& layer, const std::string& field) {
  double sum = 0;
  for (const Feature& f : layer.features) sum += std::get<double>(value_of(layer, f, field));
  return sum;
}

}  // namespace

TEST_CASE("densified legs follow the geodesic with vertices at most 10 km apart") {
  const Part line = densify({125.75432, 39.03385}, {131.87353, 43.10562}, kDensifyStepKm);
  CHECK(line.size() == 70);  // 684.5 km in 69 steps of 9.9 km
  double total = 0;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double step = geodesic_m(line[i - 1], line[i]);
    CHECK(step <= 10000.0 + 1e-6);
    total += step;
  }
  CHECK(total == Approx(684474.626).margin(0.01));  // the vertices lie on the geodesic
  CHECK(line.front().lon_deg == Approx(125.75432));
  CHECK(line.back().lat_deg == Approx(43.10562));
}

TEST_CASE("lines are split where they cross the antimeridian") {
  const Part line = densify({131.87353, 43.10562}, {-149.90028, 61.21806}, kDensifyStepKm);  // Vladivostok-Anchorage
  const auto parts = split_at_antimeridian(line);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].back().lon_deg == 180.0);
  CHECK(parts[1].front().lon_deg == -180.0);
  CHECK(parts[0].back().lat_deg == parts[1].front().lat_deg);
  for (const Part& p : parts)
    for (const LonLat& v : p) CHECK((v.lon_deg >= -180 && v.lon_deg <= 180));
  CHECK(split_at_antimeridian(densify({0, 0}, {10, 10}, 10)).size() == 1);
}

TEST_CASE("a checked claim's layers: names, geometry, counts and fields") {
  verdicts::Claim claim;
  claim.route = routes::make_route({point("Pyongyang", 39.03385, 125.75432), point("Khasan", 42.42387, 130.65156),
                                    point("Vladivostok", 43.10562, 131.87353)});
  claim.mode = routes::ModeProfiles::builtin().get("rail");
  claim.distance = quantities::parse_quantity("683 miles");
  const verdicts::Report report = verdicts::check_claim(claim);
  const LayerSet set = route_layers(claim.route, claim.mode, &claim, &report);
  REQUIRE(set.layers.size() == 4);
  CHECK(set.layers[0].name == "places");
  CHECK(set.layers[0].features.size() == 3);
  CHECK(set.layers[1].name == "legs");
  CHECK(set.layers[1].features.size() == 2);
  CHECK(set.layers[1].geometry == GeometryKind::line);
  CHECK_FALSE(set.layers[1].has_multipart());
  CHECK(set.layers[2].name == "route");
  CHECK(set.layers[3].name == "border_crossings");
  CHECK(set.verdict == "plausible");
  const auto& role = set.layers[0].features[1].values[1];
  CHECK(std::get<std::string>(role) == "via");
  const auto& leg_fields = set.layers[1].fields;
  const auto verdict_at = std::find_if(leg_fields.begin(), leg_fields.end(), [](const FieldDef& f) { return f.name == "verdict"; });
  REQUIRE(verdict_at != leg_fields.end());
  CHECK(std::get<std::string>(set.layers[1].features[0].values[static_cast<std::size_t>(verdict_at - leg_fields.begin())]) ==
        "plausible");
  // Not on a network: the drawn line says it is the straight line, and no network length is given.
  CHECK(std::get<std::string>(set.layers[1].features[0].values[7]) == "straight line (geodesic)");
  CHECK(std::holds_alternative<std::monostate>(value_of(set.layers[1], set.layers[1].features[0], "network_km")));
}

TEST_CASE("per-leg values sum to the route's: a leg never repeats the whole claim (issue 29)") {
  // Two legs, three legs, and one leg: the legs' shares of the claimed distance and duration sum to
  // the claim's figures, their geodesic lengths to the route's, their shares to one.
  const std::vector<std::vector<routes::Waypoint>> trips{
      {point("Pyongyang", 39.03385, 125.75432), point("Khasan", 42.42387, 130.65156), point("Vladivostok", 43.10562, 131.87353)},
      {point("A", 50.0, 10.0), point("B", 50.0, 11.0), point("C", 51.0, 11.0), point("D", 51.0, 14.0)},
      {point("E", -33.9, 18.4), point("F", -26.2, 28.0)}};
  for (const auto& places : trips) {
    verdicts::Claim claim;
    claim.route = routes::make_route(places);
    claim.mode = routes::ModeProfiles::builtin().get("rail");
    claim.distance = quantities::parse_quantity("900 km");
    claim.duration = quantities::parse_quantity("12 hours");
    const verdicts::Report report = verdicts::check_claim(claim);
    const LayerSet set = route_layers(claim.route, claim.mode, &claim, &report);
    const Layer& legs = *set.find("legs");
    const Layer& route = *set.find("route");
    REQUIRE(legs.features.size() == places.size() - 1);
    CHECK(sum_of(legs, "claimed_km") == Approx(900).margin(0.001 * static_cast<double>(legs.features.size())));
    CHECK(sum_of(legs, "claimed_h") == Approx(12));
    CHECK(sum_of(legs, "share") == Approx(1));
    CHECK(sum_of(legs, "geodesic_km") == Approx(sum_of(route, "geodesic_km")).margin(0.002));
    // The longer leg carries the larger share.
    const Feature& first = legs.features.front();
    const Feature& last = legs.features.back();
    CHECK((std::get<double>(value_of(legs, first, "geodesic_km")) < std::get<double>(value_of(legs, last, "geodesic_km"))) ==
          (std::get<double>(value_of(legs, first, "claimed_km")) < std::get<double>(value_of(legs, last, "claimed_km"))));
    CHECK(std::get<std::string>(value_of(route, route.features[0], "claimed")) == "900 km, 12 hours");
  }
}

TEST_CASE("a route on a network draws the network's path, and its joins and gauge changes") {
  routes::Route route = routes::make_route({point("West", 42.0, 130.0), point("East", 42.2, 130.2)});
  routes::NetworkLeg n;
  n.path_m = 30000;
  n.snap_from_m = 100;
  n.snap_to_m = 200;
  n.points = {{42.0, 130.0}, {42.0, 130.001}, {42.1, 130.05}, {42.2, 130.199}, {42.2, 130.2}};
  n.gauge_changes.push_back({"1435", "1520", "Borderville", 42.1, 130.05});
  route.legs[0].network = n;
  route.network_kind = "rail";
  route.network_source = "test.osm";
  route.network_m = n.length_m();
  const LayerSet set = route_layers(route, std::nullopt);
  REQUIRE(set.layers.size() == 5);
  CHECK(set.title.find("on the rail network (test.osm)") != std::string::npos);
  const Feature& leg = set.layers[1].features.at(0);
  // Through the path's vertices (each segment densified), not the straight line.
  bool passes_middle = false;
  for (const LonLat& p : leg.parts.at(0)) passes_middle = passes_middle || (p.lat_deg == 42.1 && p.lon_deg == 130.05);
  CHECK(passes_middle);
  CHECK(std::get<std::string>(leg.values[7]) == "rail network (test.osm)");
  CHECK(std::get<double>(value_of(set.layers[1], leg, "network_km")) == Approx(30.3));
  const Layer& points = set.layers[4];
  CHECK(points.name == "network_points");
  REQUIRE(points.features.size() == 3);
  CHECK(std::get<std::string>(points.features[2].values[1]) == "gauge change");
  CHECK(std::get<std::string>(points.features[2].values[3]) == "1435 -> 1520 mm");
}

TEST_CASE("border crossings against the fixture outlines") {
  const auto gpkg = (std::filesystem::temp_directory_path() / ("routecheck-borders-" + std::to_string(::getpid()) + ".gpkg")).string();
  gazetteer::build_gazetteer({std::string(ROUTECHECK_FIXTURES) + "/sources", std::string(ROUTECHECK_FIXTURES) + "/geodata", gpkg, {}});
  const routes::Route route = routes::make_route({point("Pyongyang", 39.03385, 125.75432), point("Khasan", 42.42387, 130.65156),
                                                  point("Vladivostok", 43.10562, 131.87353)});
  const routes::RouteCountries found = find_borders(gpkg, route);
  REQUIRE(found.crossings.size() == 1);
  CHECK(found.crossings[0].from_country == "KP");
  CHECK(found.crossings[0].to_country == "RU");
  CHECK(found.crossings[0].lon_deg == Approx(130.65).margin(0.001));  // the boxes meet at 130.65 E
  CHECK(found.crossings[0].leg == 0);
  CHECK(found.traversed == std::vector<std::string>{"North Korea", "Russia"});
  std::filesystem::remove(gpkg);
}

TEST_CASE("outlines crossing ±180 are cut there (issue 8: Fiji's ring covered southern Africa)") {
  // An island from 179 E to 179 W drawn as one ring that jumps from 180 to -180, as world-atlas gives Fiji.
  OGRLinearRing ring;
  for (auto [lon, lat] : {std::pair{179.0, -16.0}, {-179.0, -16.0}, {-179.0, -18.0}, {179.0, -18.0}, {179.0, -16.0}})
    ring.addPoint(lon, lat);
  OGRPolygon island;
  island.addRing(&ring);
  OGRMultiPolygon country;
  country.addGeometry(&island);
  OGRPoint southern_africa(25.0, -17.0), west_half(179.5, -17.0), east_half(-179.5, -17.0);
  REQUIRE(country.Contains(&southern_africa));  // the fault, as the data draws it

  const std::unique_ptr<OGRMultiPolygon> cut = gazetteer::split_at_antimeridian(country);
  CHECK(cut->getNumGeometries() == 2);
  CHECK_FALSE(cut->Contains(&southern_africa));
  CHECK(cut->Contains(&west_half));
  CHECK(cut->Contains(&east_half));
  OGREnvelope envelope;
  cut->getEnvelope(&envelope);
  CHECK(envelope.MinX >= -180.0);
  CHECK(envelope.MaxX <= 180.0);
  CHECK(cut->get_Area() == Approx(4.0));  // 2° x 2°, nothing lost

  // A ring round the pole (Antarctica's) ends a whole turn from where it starts: kept as it is.
  OGRLinearRing polar;
  for (auto [lon, lat] : {std::pair{-180.0, -70.0}, {0.0, -70.0}, {180.0, -70.0}, {180.0, -90.0}, {-180.0, -90.0}, {-180.0, -70.0}})
    polar.addPoint(lon, lat);
  OGRPolygon antarctica;
  antarctica.addRing(&polar);
  OGRMultiPolygon south;
  south.addGeometry(&antarctica);
  CHECK(gazetteer::split_at_antimeridian(south)->get_Area() == Approx(south.get_Area()));
}
