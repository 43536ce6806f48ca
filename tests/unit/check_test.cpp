// The relations of the claim check on routes between fixed points, so each verdict rule is tested
// without the gazetteer. A 1° arc of the equator is 111.32 km on WGS84.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/timing.hpp"

using namespace routecheck;
using namespace routecheck::verdicts;
using Catch::Matchers::Contains;

namespace {

routes::Waypoint point(double lat, double lon, const char* zone = "") {
  routes::Waypoint w;
  w.place.name = std::to_string(lat) + "," + std::to_string(lon);
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  w.place.timezone = zone;
  return w;
}

// Pyongyang to Vladivostok, by their GeoNames coordinates.
Claim seed_claim() {
  Claim c;
  c.route = routes::make_route({point(39.03385, 125.75432, "Asia/Pyongyang"), point(43.10562, 131.87353, "Asia/Vladivostok")});
  c.mode = routes::ModeProfiles::builtin().get("rail");
  c.distance = quantities::parse_quantity("683 miles");
  c.speed = quantities::parse_quantity("about 37 mph");
  c.duration = quantities::parse_quantity("about 20 hours");
  c.stop_unknown = true;
  return c;
}

const Relation* find(const Report& r, const std::string& name) {
  for (const Relation& rel : r.relations)
    if (rel.name == name) return &rel;
  return nullptr;
}

}  // namespace

TEST_CASE("the seed: consistent figures, plausible for rail, the unit-slip note, 1.5 h for the stop") {
  Report r = check_claim(seed_claim());
  REQUIRE(find(r, "distance, speed and duration"));
  CHECK(find(r, "distance, speed and duration")->verdict == Verdict::consistent);
  CHECK_THAT(find(r, "distance, speed and duration")->reason, Contains("about 18.5 h moving") && Contains("about 1.5 h for the stop"));
  CHECK(find(r, "distance vs geography")->verdict == Verdict::plausible);
  CHECK_THAT(find(r, "distance vs geography")->reason, Contains("1.61x") && Contains("684.5 km"));
  CHECK(find(r, "speed vs mode")->verdict == Verdict::plausible);
  REQUIRE(r.notes.size() == 1);
  CHECK_THAT(r.notes[0], Contains("684.5 km") && Contains("kilometres, reported as miles"));
  CHECK(r.verdict == Verdict::plausible);
  CHECK(exit_status(r.verdict) == 0);
  REQUIRE(r.implied_moving_s);
  CHECK(r.implied_moving_s->low < 18.46 * 3600);
  CHECK(r.implied_moving_s->high > 18.46 * 3600);
}

TEST_CASE("a duration shorter than the moving time is inconsistent") {
  Claim c = seed_claim();
  c.duration = quantities::parse_quantity("10 hours");
  Report r = check_claim(c);
  CHECK(find(r, "distance, speed and duration")->verdict == Verdict::inconsistent);
  CHECK(r.verdict == Verdict::inconsistent);
  CHECK(exit_status(r.verdict) == 1);
}

TEST_CASE("a sized stop is subtracted; an unmentioned long stop is an assumption named") {
  Claim c = seed_claim();
  c.stop_unknown = false;
  c.stop = quantities::parse_quantity("2 hours");
  CHECK(find(check_claim(c), "distance, speed and duration")->verdict == Verdict::consistent);
  c.stop = quantities::parse_quantity("8 hours");
  CHECK(find(check_claim(c), "distance, speed and duration")->verdict == Verdict::inconsistent);
  c.stop.reset();
  c.duration = quantities::parse_quantity("30 hours");
  const Relation* rel = find(check_claim(c), "distance, speed and duration");
  CHECK(rel->verdict == Verdict::plausible);
  CHECK_THAT(rel->reason, Contains("stops the story does not mention"));
}

TEST_CASE("distance against geography: shorter than the geodesic is impossible, beyond the band suspicious") {
  Claim c;
  c.route = routes::make_route({point(0, 0), point(0, 10)});  // 1,113.2 km
  c.mode = routes::ModeProfiles::builtin().get("road");
  c.distance = quantities::parse_quantity("1,000 km");
  CHECK(find(check_claim(c), "distance vs geography")->verdict == Verdict::inconsistent);
  c.distance = quantities::parse_quantity("1,500 km");
  CHECK(find(check_claim(c), "distance vs geography")->verdict == Verdict::plausible);
  c.distance = quantities::parse_quantity("2,500 km");
  CHECK(find(check_claim(c), "distance vs geography")->verdict == Verdict::suspicious);
  c.mode.reset();
  CHECK(find(check_claim(c), "distance vs geography")->verdict == Verdict::consistent);
}

TEST_CASE("speed against the mode: usual, unusual both ways, impossible") {
  Claim c;
  c.route = routes::make_route({point(0, 0), point(0, 10)});
  c.mode = routes::ModeProfiles::builtin().get("conventional_rail");
  c.speed = quantities::parse_quantity("80 km/h");
  CHECK(find(check_claim(c), "speed vs mode")->verdict == Verdict::plausible);
  c.speed = quantities::parse_quantity("140 km/h");
  CHECK_THAT(find(check_claim(c), "speed vs mode")->reason, Contains("unusually fast"));
  c.speed = quantities::parse_quantity("10 km/h");
  CHECK_THAT(find(check_claim(c), "speed vs mode")->reason, Contains("unusually slow"));
  c.speed = quantities::parse_quantity("600 km/h");
  CHECK(find(check_claim(c), "speed vs mode")->verdict == Verdict::inconsistent);
  // Distance and duration alone: the implied average is checked.
  c.speed.reset();
  c.distance = quantities::parse_quantity("1,300 km");
  c.duration = quantities::parse_quantity("2 hours");
  CHECK(find(check_claim(c), "speed vs mode")->verdict == Verdict::inconsistent);
}

TEST_CASE("a speed that only fits in another unit gets a unit-slip note") {
  Claim c = seed_claim();
  c.speed = quantities::parse_quantity("37 km/h");
  Report r = check_claim(c);
  CHECK(find(r, "distance, speed and duration")->verdict == Verdict::inconsistent);
  bool noted = false;
  for (const std::string& n : r.notes) noted = noted || n.find("read as miles per hour") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("nothing to check is unverifiable, exit 0") {
  Claim c;
  c.route = routes::make_route({point(0, 0), point(0, 10)});
  Report r = check_claim(c);
  CHECK(r.verdict == Verdict::unverifiable);
  CHECK(exit_status(r.verdict) == 0);
}

TEST_CASE("local arrival across zones (Pyongyang UTC+9, Vladivostok UTC+10)") {
  Timing t = arrival("2023-09-10 22:00", "Asia/Pyongyang", "Asia/Vladivostok", 20 * 3600.0, {18 * 3600.0, 22 * 3600.0});
  CHECK(t.depart_utc_offset == "+9");
  CHECK(t.arrive_local == "2023-09-11 19:00");
  CHECK(t.arrive_utc_offset == "+10");
  CHECK(t.arrive_earliest_local == "2023-09-11 17:00");
  CHECK(t.arrive_latest_local == "2023-09-11 21:00");
  // India is UTC+5:30 all year.
  CHECK(arrival("2024-01-01 00:00", "Asia/Kolkata", "Asia/Kolkata", 60, {60, 60}).depart_utc_offset == "+5:30");
  CHECK_THROWS_WITH(validate_departure("2023-02-30 10:00"), Contains("YYYY-MM-DD HH:MM"));
  CHECK_THROWS_WITH(validate_departure("tomorrow"), Contains("YYYY-MM-DD HH:MM"));
  // Clocks in London jump from 01:00 to 02:00 on 2024-03-31: 01:30 does not exist.
  CHECK_THROWS_WITH(arrival("2024-03-31 01:30", "Europe/London", "Europe/London", 60, {60, 60}), Contains("does not exist"));
}
