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

TEST_CASE("bulk inverse: GeodSolve's answers and column order (azi1 azi2 s12; issue 8 found distance first), to 0.1 mm, input order kept across threads, bad lines in place") {
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
  CHECK_THROWS_WITH(modes.get("rocket"), Contains("unknown mode 'rocket'") && Contains("rail, ") && Contains("high_speed_rail"));
  auto own = routes::ModeProfiles::parse("# mine\ncanal\t1.1\t1.5\t4\t8\t12\n", "mine.tsv");
  CHECK(own.get("canal").speed_max_kmh == 12);
  CHECK_THROWS_WITH(routes::ModeProfiles::parse("canal\t1.1\t1.5\t4\n", "mine.tsv"), Contains("mine.tsv:1"));
  CHECK_THROWS_WITH(routes::ModeProfiles::parse("canal\t0.5\t1.5\t4\t8\t12\n", "mine.tsv"), Contains("circuity_low"));
}
