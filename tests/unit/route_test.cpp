// Geodesic legs and the bulk solver against GeodSolve's answers, and mode profiles.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "routes/route.hpp"

using namespace routecheck;
using Catch::Matchers::Contains;

namespace {
routes::Waypoint point(double lat, double lon) {
  routes::Waypoint w;
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  w.from_coordinates = true;
  return w;
}
}  // namespace

TEST_CASE("legs are ellipsoidal geodesics (GeodSolve -i values)") {
  auto r = routes::make_route({point(39.03385, 125.75432), point(43.10562, 131.87353)});
  REQUIRE(r.legs.size() == 1);
  CHECK(r.geodesic_m == Approx(684474.626188037).margin(1e-3));
  CHECK(r.legs[0].azimuth_start_deg == Approx(46.69717014370740).margin(1e-9));
  CHECK(r.legs[0].azimuth_end_deg == Approx(50.72207711597316).margin(1e-9));
  auto via = routes::make_route({point(39.03385, 125.75432), point(42.42387, 130.65156), point(43.10562, 131.87353)});
  CHECK(via.legs.size() == 2);
  CHECK(via.geodesic_m == Approx(via.legs[0].geodesic_m + via.legs[1].geodesic_m));
  CHECK(via.geodesic_m > r.geodesic_m);
  CHECK_THROWS_AS(routes::make_route({point(0, 0)}), InputError);
}

TEST_CASE("bulk inverse: GeodSolve's answers and column order (azi1 azi2 s12, issue 8 found distance first), to 0.1 mm, input order kept across threads, bad lines in place") {
  const std::string input =
      "40.64 -73.78 1.36 103.99\n"
      "39.03385 125.75432 43.10562 131.87353\n"
      "bad line\n"
      "0 0 0.5 179.7\n"
      "-33.87,151.21,51.51,-0.13\n";
  for (unsigned threads : {1u, 2u, 3u}) {
    std::string out;
    std::vector<std::string> errors;
    CHECK(routes::inverse_batch(input, [&](std::string_view chunk) { out += chunk; }, threads, errors) == 1);
    CHECK(out ==
          "3.305773478 177.487840208 15347512.9405\n"
          "46.697170144 50.722077116 684474.6262\n"
          "ERROR: expected 'lat1 lon1 lat2 lon2'\n"
          "15.556882793 164.442513891 19944127.4208\n"
          "-40.701977986 -119.645000666 16989428.5994\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Contains("line 3"));
  }
}

TEST_CASE("mode profiles: built in, user files checked") {
  const auto& modes = routes::ModeProfiles::builtin();
  for (const char* broad : {"rail", "road", "sea", "air", "walk"}) CHECK(modes.get(broad).parent.empty());
  CHECK(modes.get("rail").circuity_high >= 1.61);  // the seed's 683 miles is 1.61x the geodesic
  CHECK_THROWS_WITH(modes.get("rocket"), Contains("unknown mode 'rocket'") && Contains("rail, ") && Contains("their kinds"));
  auto own = routes::ModeProfiles::parse("# mine\ncanal\t1.1\t1.5\t4\t8\t12\n", "mine.tsv");
  CHECK(own.get("canal").speed_max_kmh == 12);
  CHECK_THROWS_WITH(routes::ModeProfiles::parse("canal\t1.1\t1.5\t4\n", "mine.tsv"), Contains("mine.tsv:1"));
  CHECK_THROWS_WITH(routes::ModeProfiles::parse("canal\t0.5\t1.5\t4\t8\t12\n", "mine.tsv"), Contains("circuity_low"));
}

// "from Lisbon to Istanbul through Spain, France and Norway": a country passed through is an area, but
// one the straight line between the towns around it crosses asks for no detour and leaves the route; one
// off the line stays (it bounds nothing). Before, an article read no country as a via, and check kept
// every one, so "--via Spain" between Lisbon and Madrid made any distance fit.
namespace {
struct LineCountries final : routes::BorderLocator {
  std::vector<std::string> under;  // what every line crosses
  mutable std::vector<std::pair<double, double>> asked;  // the lines' starting points
  std::optional<routes::BorderPoint> nearest_land_border(const std::string&, double, double) const override { return std::nullopt; }
  std::optional<double> outline_reach_m(const std::string&, double, double, double) const override { return std::nullopt; }
  std::vector<std::string> countries_under_line(double lat1, double lon1, double, double) const override {
    asked.emplace_back(lat1, lon1);
    return under;
  }
};
routes::Waypoint country(const char* name, const char* code, double lat, double lon) {
  routes::Waypoint w;
  w.place.name = name;
  w.place.country_code = code;
  w.place.feature_class = "A";
  w.place.feature_code = "PCLI";
  w.place.lat_deg = lat, w.place.lon_deg = lon;
  return w;
}
routes::Waypoint town(const char* name, double lat, double lon) {
  routes::Waypoint w;
  w.place.name = name;
  w.place.feature_class = "P";
  w.place.lat_deg = lat, w.place.lon_deg = lon;
  return w;
}
}  // namespace

TEST_CASE("vias: a country the line between the towns around it crosses is dropped, with a note") {
  LineCountries line;
  line.under = {"PT", "ES", "FR", "TR"};
  std::vector<routes::Waypoint> points{town("Lisbon", 38.7, -9.1), country("Spain", "ES", 40, -4), country("Norway", "NO", 62, 10),
                                       country("France", "FR", 46, 2), town("Istanbul", 41, 29)};
  const std::vector<std::string> notes = routes::drop_vias_on_the_way(points, line);
  REQUIRE(points.size() == 3);
  CHECK(points[0].place.name == "Lisbon");
  CHECK(points[1].place.name == "Norway");
  CHECK(points[2].place.name == "Istanbul");
  REQUIRE(notes.size() == 2);
  CHECK_THAT(notes[0], Contains("Spain") && Contains("Lisbon") && Contains("Istanbul"));
  // One line for the run of countries between two towns, not one for each country.
  CHECK(line.asked.size() == 1);
}

TEST_CASE("vias: a town between countries splits the lines asked about, towns and small countries stay") {
  LineCountries line;
  line.under = {"ES", "DK"};
  routes::Waypoint denmark = country("Denmark", "DK", 56, 10);
  denmark.outline_reach_m = 300000;  // measured as a town: a point of the route
  std::vector<routes::Waypoint> points{town("Lisbon", 38.7, -9.1), country("Spain", "ES", 40, -4), town("Paris", 48.9, 2.3),
                                       denmark, town("Helsinki", 60.2, 24.9)};
  const std::vector<std::string> notes = routes::drop_vias_on_the_way(points, line);
  CHECK(points.size() == 4);
  CHECK(notes.size() == 1);
  CHECK(line.asked.size() == 1);  // only Lisbon–Paris has a country between
  // A locator with no outlines drops nothing.
  LineCountries none;
  std::vector<routes::Waypoint> kept{town("Porto", 41.1, -8.6), country("Spain", "ES", 40, -4), town("Barcelona", 41.4, 2.2)};
  CHECK(routes::drop_vias_on_the_way(kept, none).empty());
  CHECK(kept.size() == 3);
}
