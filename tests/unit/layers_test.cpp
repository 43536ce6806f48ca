// Layers: geodesic densification, antimeridian splitting, the layer set of a checked claim, border
// crossings against the fixture outlines (North Korea and Russia boxes meeting at 130.65 E), and the
// outlines read without GDAL against GEOS's answers on the same polygons.
#include <catch2/catch.hpp>

#include <GeographicLib/Geodesic.hpp>
#include <algorithm>
#include <filesystem>

#include <ogr_geometry.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include "gazetteer/builder.hpp"
#include "gazetteer/countries_layer.hpp"
#include "gazetteer/country_tiles.hpp"
#include "core/error.hpp"
#include "gazetteer/place_layer.hpp"
#include "layers/borders.hpp"
#include "layers/country_outlines.hpp"
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
  route.network_kind = networks::NetworkKind::rail;
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
  const routes::RouteCountries found = find_borders(CountryOutlines(gpkg), route);
  REQUIRE(found.crossings.size() == 1);
  CHECK(found.crossings[0].from_country == "KP");
  CHECK(found.crossings[0].to_country == "RU");
  CHECK(found.crossings[0].lon_deg == Approx(130.65).margin(0.001));  // the boxes meet at 130.65 E
  CHECK(found.crossings[0].leg == 0);
  CHECK(found.traversed == std::vector<std::string>{"North Korea", "Russia"});
  std::filesystem::remove(gpkg);
}

namespace {

// A GeoPackage with a `countries` layer of the given WKT outlines, written by GDAL as the gazetteer is.
std::string outlines_file(const std::string& stem, const std::vector<std::pair<std::string, std::string>>& code_and_wkt) {
  gazetteer::init_gdal();
  const auto path = (std::filesystem::temp_directory_path() / (stem + "-" + std::to_string(::getpid()) + ".gpkg")).string();
  std::filesystem::remove(path);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  REQUIRE(ds);
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  OGRLayer* layer = ds->CreateLayer(gazetteer::kCountriesLayer, &wgs84, wkbUnknown, nullptr);
  OGRFieldDefn iso("iso_a2", OFTString), name("name", OFTString);
  layer->CreateField(&iso);
  layer->CreateField(&name);
  for (const auto& [code, wkt] : code_and_wkt) {
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("iso_a2", code.c_str());
    f.SetField("name", ("Country " + code).c_str());
    OGRGeometry* g = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) == OGRERR_NONE);
    f.SetGeometryDirectly(g);
    REQUIRE(layer->CreateFeature(&f) == OGRERR_NONE);
  }
  GDALClose(ds);
  return path;
}

}  // namespace

TEST_CASE("outlines read without GDAL answer as GEOS does: holes, islands, ring order, 3D rings") {
  // A hole (an enclave), two islands, the outer ring clockwise in one and counter-clockwise in another, Z values.
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"AA", "POLYGON ((0 0,10 0,10 10,0 10,0 0),(3 3,3 7,7 7,7 3,3 3))"},
      {"BB", "MULTIPOLYGON (((20 0,20 4,24 4,24 0,20 0)),((26 0,30 0,30 4,26 4,26 0)))"},
      {"CC", "POLYGON Z ((40 0 5,50 0 5,45 8 5,40 0 5))"},
      {"DD", "MULTIPOLYGON (((-10 -10,-2 -10,-6 -3,-10 -10),(-7 -9,-5 -9,-6 -7,-7 -9)))"}};
  const std::string path = outlines_file("routecheck-outlines", shapes);
  const CountryOutlines outlines(path);
  const std::vector<const CountryOutline*> all = outlines.in_box(-180, -90, 180, 90);
  REQUIRE(all.size() == shapes.size());
  for (const auto& [code, wkt] : shapes) {
    OGRGeometry* g = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) == OGRERR_NONE);
    const std::unique_ptr<OGRGeometry> geos(g);
    const CountryOutline* c = outlines.by_code(code);
    REQUIRE(c);
    int inside = 0;
    for (double x = -12.25; x < 52; x += 0.5)
      for (double y = -12.25; y < 12; y += 0.5) {
        OGRPoint p(x, y);
        const bool expected = geos->Contains(&p);
        inside += expected;
        if (c->contains(x, y) != expected) FAIL(code << " at " << x << "," << y << ": GEOS says " << expected);
      }
    CHECK(inside > 0);
  }
  CHECK_FALSE(outlines.by_code("AA")->contains(5, 5));  // in the hole
  CHECK(outlines.by_code("BB")->contains(28, 2));       // the second island
  std::filesystem::remove(path);
}

// Issue 25: a small country is a trip's end with its outline's reach as its extent: the geodesic distance
// to its farthest vertex, or nothing when a vertex lies beyond the limit, ruled out from the spatial index's
// latitudes where they already are (a large country's outline is never parsed for it).
TEST_CASE("a country's outline reaches as far as its farthest vertex, within a limit") {
  const std::string path = outlines_file("routecheck-outline-reach", {{"AA", "POLYGON ((0 0,1 0,1 1,0 1,0 0))"},
                                                                      {"BB", "POLYGON ((10 -20,12 -20,12 20,10 20,10 -20))"}});
  const CountryOutlines outlines(path);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  double to_far_corner_m = 0;
  for (const auto& [lat, lon] : {std::pair{0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {1.0, 1.0}}) {
    double m = 0;
    wgs84.Inverse(0.5, 0.5, lat, lon, m);
    to_far_corner_m = std::max(to_far_corner_m, m);
  }
  const std::optional<double> reach = outline_reach_m(outlines, "AA", 0.5, 0.5, 1e6);
  REQUIRE(reach);
  CHECK(*reach == Approx(to_far_corner_m).epsilon(1e-9));
  CHECK_FALSE(outline_reach_m(outlines, "AA", 0.5, 0.5, to_far_corner_m * 0.99));  // a corner beyond the limit
  // 20 degrees of latitude either side of its point: more than 2,000 km, by the index alone.
  REQUIRE(outlines.latitude_span("BB"));
  CHECK(outlines.latitude_span("BB")->first == Approx(-20));
  CHECK(outlines.latitude_span("BB")->second == Approx(20));
  CHECK_FALSE(outline_reach_m(outlines, "BB", 0, 11, 2e6));
  CHECK(outline_reach_m(outlines, "BB", 0, 11, 3e6));
  CHECK_FALSE(outline_reach_m(outlines, "ZZ", 0, 0, 1e7));  // no outline
  CHECK_FALSE(outlines.latitude_span("ZZ"));
  std::filesystem::remove(path);
}

TEST_CASE("a land border is where two outlines share vertices, never the coast") {
  // AA and BB share the edge x = 10 with its three vertices, as world-atlas neighbours share theirs; CC is
  // an island state.
  const std::string path = outlines_file("routecheck-land-border", {{"AA", "POLYGON ((0 0,10 0,10 5,10 10,0 10,0 0))"},
                                                                    {"BB", "POLYGON ((10 0,20 0,20 10,10 10,10 5,10 0))"},
                                                                    {"CC", "POLYGON ((40 0,42 0,42 2,40 0))"}});
  const CountryOutlines outlines(path);
  // From the middle of AA: the shared vertex level with it, given 10 m back towards the asking place.
  const std::optional<routes::BorderPoint> middle = nearest_land_border(outlines, "AA", 5.0, 2.0);
  REQUIRE(middle);
  CHECK(middle->lat_deg == Approx(5.0).margin(1e-6));
  CHECK(middle->lon_deg < 10.0);
  CHECK(middle->lon_deg == Approx(10.0).margin(0.001));
  CHECK(outlines.by_code("AA")->contains(middle->lon_deg, middle->lat_deg));
  // Beside AA's coast corner (0, 10): not the coast, the nearest shared vertex (10, 10).
  const std::optional<routes::BorderPoint> corner = nearest_land_border(outlines, "AA", 9.9, 0.1);
  REQUIRE(corner);
  CHECK(corner->lat_deg == Approx(10.0).margin(0.001));
  CHECK(corner->lon_deg == Approx(10.0).margin(0.001));
  // From BB's side the point lies in BB.
  const std::optional<routes::BorderPoint> east = nearest_land_border(outlines, "BB", 5.0, 18.0);
  REQUIRE(east);
  CHECK(outlines.by_code("BB")->contains(east->lon_deg, east->lat_deg));
  CHECK_FALSE(nearest_land_border(outlines, "CC", 1.0, 41.0));  // an island: no land border
  CHECK_FALSE(nearest_land_border(outlines, "ZZ", 1.0, 41.0));  // no outline at all
  CHECK(outlines.by_code("AA")->name == "Country AA");
  CHECK(outlines.in_box(100.0, -10.0, 110.0, 0.0).empty());
  CHECK(outlines.in_box(41.0, 0.5, 41.5, 1.0).size() == 1);
  std::filesystem::remove(path);
}

// A gazetteer built before the coarser scales (or from sources without them) has only the 1:10m layer:
// the map asks for the others and falls back; asked for by name, a missing layer is named.
TEST_CASE("an outline layer is opened by name, and a missing one is nothing, or refused naming it") {
  const std::string path = outlines_file("routecheck-scales", {{"AA", "POLYGON ((0 0,1 0,1 1,0 0))"}});
  CHECK(CountryOutlines::open_if_present(path, "countries") != nullptr);
  CHECK(CountryOutlines::open_if_present(path, "countries_110m") == nullptr);
  CHECK(CountryOutlines::open_if_present(path, "countries_50m") == nullptr);
  CHECK_THROWS_WITH(CountryOutlines(path, "countries_110m"), Catch::Contains(path) && Catch::Contains("'countries_110m'"));
  REQUIRE(CountryOutlines::open_if_present(path, "countries")->by_code("AA") != nullptr);
  std::filesystem::remove(path);
}

TEST_CASE("a gazetteer without usable outlines is refused in one line naming it") {
  // No countries layer at all (a user's own gazetteer).
  const auto empty = (std::filesystem::temp_directory_path() / ("routecheck-no-outlines-" + std::to_string(::getpid()) + ".gpkg")).string();
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(empty.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  CHECK_THROWS_AS(CountryOutlines(empty), InputError);
  CHECK_THROWS_WITH(CountryOutlines(empty), Catch::Contains(empty) && Catch::Contains("no country outlines"));
  std::filesystem::remove(empty);
  // A geometry that is not a GeoPackage blob, and one whose ring count runs past its bytes.
  const std::string path = outlines_file("routecheck-bad-outline", {{"AA", "POLYGON ((0 0,1 0,1 1,0 0))"}, {"BB", "POLYGON ((2 0,3 0,3 1,2 0))"}});
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // The R-tree's triggers call GDAL's SQL functions, which plain SQLite lacks: drop them first.
    std::vector<std::string> triggers;
    sqlite3_exec(
        db, "SELECT name FROM sqlite_master WHERE type = 'trigger'",
        [](void* out, int, char** values, char**) {
          static_cast<std::vector<std::string>*>(out)->push_back(values[0]);
          return 0;
        },
        &triggers, nullptr);
    for (const std::string& t : triggers) sqlite3_exec(db, ("DROP TRIGGER \"" + t + "\"").c_str(), nullptr, nullptr, nullptr);
    REQUIRE(sqlite3_exec(db, "UPDATE countries SET geom = X'00010203' WHERE iso_a2 = 'AA'; "
                             "UPDATE countries SET geom = substr(geom, 1, length(geom) - 20) WHERE iso_a2 = 'BB'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  const CountryOutlines outlines(path);
  CHECK_THROWS_WITH(outlines.by_code("AA"), Catch::Contains("country outline AA") && Catch::Contains("not a GeoPackage geometry"));
  CHECK_THROWS_WITH(outlines.by_code("BB"), Catch::Contains("country outline BB") && Catch::Contains("runs past its geometry"));
  std::filesystem::remove(path);
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

namespace {

// A WKT shape's rings as the builder gives them to the tiles: whole 1e-7 degrees, closed.
std::vector<gazetteer::TileRun> rings_of(const OGRGeometry& g) {
  std::vector<gazetteer::TileRun> rings;
  const auto add_polygon = [&](const OGRPolygon& polygon) {
    for (const OGRLinearRing* ring : polygon) {
      gazetteer::TileRun run;
      for (int i = 0; i < ring->getNumPoints(); ++i) run.push_back(gazetteer::tile_vertex(ring->getX(i), ring->getY(i)));
      rings.push_back(std::move(run));
    }
  };
  if (wkbFlatten(g.getGeometryType()) == wkbPolygon) add_polygon(*g.toPolygon());
  for (int i = 0; wkbFlatten(g.getGeometryType()) == wkbMultiPolygon && i < g.toMultiPolygon()->getNumGeometries(); ++i)
    add_polygon(*g.toMultiPolygon()->getGeometryRef(i));
  return rings;
}

// The tiles' answer for one country at a point: outside where the country has no tile. The indexed tile
// must answer as the plain one, edge for edge.
bool tiles_say_inside(const std::map<int, gazetteer::CountryTile>& tiles, double lon, double lat) {
  const int tile = gazetteer::country_tile(lon, lat);
  const auto found = tiles.find(tile);
  if (found == tiles.end()) return false;
  const bool plain = gazetteer::country_tile_contains(found->second, tile, lon, lat);
  const bool indexed = gazetteer::IndexedCountryTile(found->second, tile).contains(lon, lat);
  if (plain != indexed) FAIL("the indexed tile differs at " << lon << "," << lat);
  return plain;
}

}  // namespace

TEST_CASE("country tiles answer as GEOS does: across tile sides, on them, holes, islands, ±180") {
  // Shapes over several 5-degree tiles: edges and vertices on tile sides and corners, a hole, an edge
  // across a dozen tiles, islands in other tiles, a country cut at ±180 into two pieces.
  const std::vector<std::string> shapes = {
      "POLYGON ((0 0,23 0,23 12,0 12,0 0),(3 3,3 7,7 7,7 3,3 3),(12 4,18 4,18 11,12 4))",
      "POLYGON ((25 0,35 0,35 10,25 10,25 0))",
      "POLYGON ((-40 -30,-1 -30,-40 20,-40 -30))",
      "MULTIPOLYGON (((40 5,45 5,50 15,40 15,40 5)),((52.5 -2.5,57.5 -2.5,55 2.5,52.5 -2.5)))",
      "MULTIPOLYGON (((175 -20,180 -20,180 -15,175 -15,175 -20)),((-180 -20,-175 -20,-175 -15,-180 -15,-180 -20)))"};
  for (const std::string& wkt : shapes) {
    OGRGeometry* g = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) == OGRERR_NONE);
    const std::unique_ptr<OGRGeometry> geos(g);
    const std::unique_ptr<OGRGeometry> boundary(geos->Boundary());
    const std::map<int, gazetteer::CountryTile> tiles = gazetteer::cut_into_tiles(rings_of(*geos));
    int inside = 0, asked = 0;
    const auto ask = [&](double x, double y) {
      OGRPoint p(x, y);
      if (boundary->Distance(&p) < 1e-9) return;  // on the outline: no answer is wrong
      ++asked;
      const bool expected = geos->Contains(&p);
      inside += expected;
      if (tiles_say_inside(tiles, x, y) != expected) FAIL(wkt << " at " << x << "," << y << ": GEOS says " << expected);
    };
    for (double x = -179.75; x < 180; x += 0.5)
      for (double y = -34.75; y < 25; y += 0.5) ask(x, y);
    // Points on tile sides and corners, where a point's tile and its reference point change.
    for (double x = -180; x <= 180; x += 2.5)
      for (double y = -35; y <= 25; y += 2.5) ask(x, y);
    CHECK(inside > 0);
    CHECK(asked > inside);
  }
}

TEST_CASE("country tiles keep their runs through storage, and refuse bytes that are no runs") {
  const std::vector<gazetteer::TileRun> runs = {{{1, 2}, {3, -4}, {-2000000000, 900000000}}, {{7, 8}, {9, 10}}};
  const std::vector<gazetteer::TileRun> back = gazetteer::decode_tile_runs(gazetteer::encode_tile_runs(runs), "test");
  REQUIRE(back.size() == 2);
  CHECK(back[0][2].lon == -2000000000);
  CHECK(back[0][2].lat == 900000000);
  CHECK(back[1][1].lat == 10);
  const std::string bytes = gazetteer::encode_tile_runs(runs);
  CHECK_THROWS_AS(gazetteer::decode_tile_runs(bytes.substr(0, bytes.size() - 3), "test"), InputError);
  CHECK_THROWS_WITH(gazetteer::decode_tile_runs(std::string("\xff\xff\xff\x7f", 4), "tile 7"), Catch::Contains("tile 7"));
}

TEST_CASE("the built gazetteer's tiles name the country its whole outlines name, worldwide") {
  // Bug guarded: a tile whose reference point or runs disagree with its outline puts a whole 5-degree
  // square in the wrong country. Points at random over the world and just off coasts and borders.
  const std::string path = ROUTECHECK_BUILT_GAZETTEER;
  if (!std::filesystem::exists(path)) {
    WARN("no built gazetteer at " << path << ": skipped");
    return;
  }
  const CountryOutlines outlines(path);
  REQUIRE(outlines.has_tiles());
  const std::vector<const CountryOutline*> all = outlines.in_box(-180, -90, 180, 90);
  REQUIRE(all.size() > 200);
  const auto whole = [&](double lon, double lat) -> const CountryLabel* {
    for (const CountryOutline* c : all)
      if (c->contains(lon, lat)) return c;
    return nullptr;
  };
  const auto name = [](const CountryLabel* c) { return c ? c->iso_a2 + " " + c->name : std::string("(sea)"); };
  std::uint64_t state = 20261206;
  const auto uniform = [&](double lo, double hi) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
  };
  std::vector<std::pair<double, double>> points;
  for (int i = 0; i < 20000; ++i) points.emplace_back(uniform(-180, 180), uniform(-85, 85));
  for (const char* code : {"NO", "RU", "ID", "CA", "CL", "GR", "HR", "PH", "KP", "CN", "FJ", "US", "AQ"}) {
    const CountryOutline* c = outlines.by_code(code);
    REQUIRE(c);
    std::size_t k = 0;
    c->for_each_vertex([&](double x, double y) {
      if (k++ % 97 == 0) points.emplace_back(std::clamp(x + uniform(-0.01, 0.01), -180.0, 180.0), y + uniform(-0.01, 0.01));
    });
  }
  int land = 0;
  for (const auto& [lon, lat] : points) {
    const CountryLabel* expected = whole(lon, lat);
    land += expected != nullptr;
    if (name(outlines.country_at(lon, lat)) == name(expected)) continue;
    // Within a few centimetres of an outline the two may differ (the tiles keep 1e-7 degrees).
    const double step = 2e-6;
    const bool near_outline = name(whole(lon + step, lat)) != name(expected) || name(whole(lon - step, lat)) != name(expected) ||
                              name(whole(lon, lat + step)) != name(expected) || name(whole(lon, lat - step)) != name(expected);
    if (!near_outline) FAIL(lon << "," << lat << ": tiles say " << name(outlines.country_at(lon, lat)) << ", the outlines " << name(expected));
  }
  CHECK(land > 5000);
}
