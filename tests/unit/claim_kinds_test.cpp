// Kinds of claim the check used to get wrong (issue 28): a straight line given as a route, ground speeds
// of flights, "miles" at sea, flights measured between airports, calibrated modes and everyday mode
// words. Routes between fixed points, so each rule is tested without the gazetteer; 1° of the equator
// is 111.32 km on WGS84.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "core/error.hpp"
#include "networks/network_parts.hpp"
#include "networks/profile.hpp"
#include "verdicts/claim.hpp"

using namespace routecheck;
using namespace routecheck::verdicts;
using Catch::Matchers::Contains;

namespace {

routes::Waypoint town(double lat, double lon, const char* name = "", std::int64_t population = 0) {
  routes::Waypoint w;
  w.place.name = *name ? name : std::to_string(lat) + "," + std::to_string(lon);
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  w.place.feature_class = "P";
  if (population > 0) w.place.population = population;
  return w;
}

routes::Waypoint airport(double lat, double lon, const char* name) {
  routes::Waypoint w = town(lat, lon, name);
  w.place.feature_class = "S";
  w.place.feature_code = "AIRP";
  return w;
}

Claim claim(std::vector<routes::Waypoint> places, const char* mode, const char* distance = "", const char* speed = "",
            const char* duration = "") {
  Claim c;
  c.route = routes::make_route(std::move(places));
  c.mode = routes::ModeProfiles::builtin().get(mode);
  if (*distance) c.distance = quantities::parse_quantity(distance);
  if (*speed) c.speed = quantities::parse_quantity(speed);
  if (*duration) c.duration = quantities::parse_quantity(duration);
  return c;
}

const Relation* relation(const Report& r, const std::string& id) {
  for (const Relation& rel : r.relations)
    if (rel.id == id) return &rel;
  return nullptr;
}

bool has_note(const Report& r, const std::string& part) {
  return std::any_of(r.notes.begin(), r.notes.end(), [&](const std::string& n) { return n.find(part) != std::string::npos; });
}

}  // namespace

// --- A straight line given as a route -------------------------------------------------------------------

TEST_CASE("a rail or road distance within 1% of the straight line is the line reported as the route") {
  // 5° of the equator: 556.6 km.
  const auto ends = [] { return std::vector<routes::Waypoint>{town(0, 0), town(0, 5)}; };
  SECTION("rail, in kilometres") {
    const Report r = check_claim(claim(ends(), "rail", "557 km"));
    REQUIRE(relation(r, "distance_vs_geography"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::suspicious);
    CHECK(r.verdict == Verdict::suspicious);
  }
  SECTION("rail, in miles: the unit it was written in does not matter") {
    const Report r = check_claim(claim(ends(), "rail", "346 miles"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::suspicious);
  }
  SECTION("road, a hair under the line between centres (above its edges)") {
    const Report r = check_claim(claim(ends(), "road", "556 km"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::suspicious);
  }
  SECTION("a named kind of rail too: high-speed lines are straighter, never that straight") {
    const Report r = check_claim(claim(ends(), "high_speed_rail", "556 km"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::suspicious);
  }
  SECTION("a rail route 1.15x the line stays plausible") {
    const Report r = check_claim(claim(ends(), "rail", "640 km"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::plausible);
  }
  SECTION("a flight's distance is the line itself: not suspicious") {
    const Report r = check_claim(claim(ends(), "air", "557 km"));
    CHECK(relation(r, "distance_vs_geography")->verdict != Verdict::suspicious);
  }
}

TEST_CASE("a network path as straight as the claim overrides the straight-line flag") {
  Claim c = claim({town(0, 0), town(0, 5)}, "rail", "560 km");
  c.route.network_kind = networks::NetworkKind::rail;
  c.route.network_m = 559'000.0;
  c.route.band_low = 0.95;
  c.route.band_high = 1.1;
  const Report report = check_claim(c);  // named: a Relation* into a temporary dangles (ASan)
  const Relation* geo = relation(report, "distance_vs_geography");
  REQUIRE(geo);
  CHECK(geo->verdict == Verdict::plausible);
  // A network whose path is far longer does not excuse it.
  c.route.network_m = 700'000.0;
  CHECK(relation(check_claim(c), "distance_vs_geography")->verdict == Verdict::suspicious);
}

// --- Ground speed is not airspeed ---------------------------------------------------------------------

TEST_CASE("a flight's top speed is a ground speed: jet-stream ground speeds are possible, Mach 1.2 is not") {
  const auto ends = [] { return std::vector<routes::Waypoint>{town(40.6, -73.8), town(51.5, -0.5)}; };
  for (const char* top : {"800 mph", "1,280 km/h", "about 1,300 km/h"}) {
    Claim c = claim(ends(), "air");
    c.top_speed = quantities::parse_quantity(top);
    const Report report = check_claim(c);  // named: a Relation* into a temporary dangles (ASan)
    const Relation* rel = relation(report, "top_speed");
    REQUIRE(rel);
    CHECK(rel->verdict == Verdict::consistent);
  }
  // Above any airliner flying today: impossible for a trip of a year after supersonic airliners were retired.
  Claim fast = claim(ends(), "air");
  fast.top_speed = quantities::parse_quantity("1,500 km/h");
  fast.story_date = date::year{2020} / 3 / 1;
  CHECK(relation(check_claim(fast), "top_speed")->verdict == Verdict::inconsistent);
  // The air profiles bound ground speeds above the cruise airspeed (about 950 km/h).
  CHECK(routes::ModeProfiles::builtin().get("airliner").top_speed_kmh >= 1300);
  CHECK(routes::ModeProfiles::builtin().get("air").top_speed_kmh >= 1300);
}

// --- Kinds of travel no longer in service ------------------------------------------------------------

TEST_CASE("a flight only a retired kind of aircraft could make is plausible unless the trip is known to be later") {
  // Transatlantic and long European legs at Mach 2 averages: about 5,600 km in under 3 h, 5,900 km in
  // 3 h 40 min, 2,300 km as a top speed of 2,000 km/h.
  struct Fast {
    routes::Waypoint from, to;
    const char *distance, *duration, *top_speed;
  };
  const Fast trips[] = {
      {town(40.6, -73.8), town(48.9, 2.4), "", "3 hours and 25 minutes", ""},
      {town(38.9, -77.0), town(51.5, -0.5), "3,670 miles", "3 h 40 min", ""},
      {town(51.5, -0.5), town(26.2, 50.6), "", "", "2,000 km/h"},
  };
  const routes::ModeProfile& retired = routes::ModeProfiles::builtin().get("supersonic_airliner");
  REQUIRE(retired.service_ended_year == 2003);
  const auto fast = [&](const Fast& t) {
    Claim c = claim({t.from, t.to}, "air", t.distance, "", t.duration);
    if (*t.top_speed) c.top_speed = quantities::parse_quantity(t.top_speed);
    return c;
  };
  SECTION("no year: plausible, resting on the retired kind") {
    for (const Fast& t : trips) {
      CAPTURE(t.distance, t.duration, t.top_speed);
      const Report r = check_claim(fast(t));
      CHECK(r.verdict == Verdict::plausible);
      const Relation* kind = relation(r, "kind_in_service");
      REQUIRE(kind);
      CHECK(kind->verdict == Verdict::plausible);
      REQUIRE(kind->figures.size() == 1);
      CHECK(kind->figures[0].second == 2003);
    }
  }
  SECTION("a trip of its years (the departure's date): still plausible") {
    for (const Fast& t : trips) {
      Claim c = fast(t);
      c.depart = "1996-02-07T10:30";
      CAPTURE(t.distance, t.duration, t.top_speed);
      CHECK(check_claim(c).verdict == Verdict::plausible);
    }
  }
  SECTION("a story dated after the retirement: inconsistent, with a note naming the kind") {
    for (const Fast& t : trips) {
      Claim c = fast(t);
      c.story_date = date::year{2021} / 6 / 15;
      CAPTURE(t.distance, t.duration, t.top_speed);
      const Report r = check_claim(c);
      CHECK(r.verdict == Verdict::inconsistent);
      CHECK_FALSE(relation(r, "kind_in_service"));
      CHECK(has_note(r, "supersonic airliner"));
    }
  }
  SECTION("too fast even for the retired kind: inconsistent whatever the year") {
    const Report r = check_claim(claim({town(40.6, -73.8), town(51.5, -0.5)}, "air", "", "", "1 hour 50 minutes"));
    CHECK(r.verdict == Verdict::inconsistent);
    CHECK_FALSE(relation(r, "kind_in_service"));
  }
  SECTION("the retired kind stays out of the envelope of air") {
    const routes::ModeProfile& air = routes::ModeProfiles::builtin().get("air");
    CHECK(air.speed_max_kmh < retired.speed_max_kmh);
    REQUIRE(air.retired.size() == 1);
    CHECK(air.retired[0].mode == "supersonic_airliner");
  }
}

TEST_CASE("a mode table's service_ended_year is a year or -") {
  const char* head = "air\t1.0\t1.15\t400\t1000\t1200\t1350\t-\n";
  CHECK_NOTHROW(routes::ModeProfiles::parse(std::string(head) + "fast\t1.0\t1.1\t1000\t2000\t2300\t2200\tair\t-\t2003\n", "t"));
  for (const char* bad : {"soon", "203", "2003.5"})
    CHECK_THROWS_AS(routes::ModeProfiles::parse(std::string(head) + "fast\t1.0\t1.1\t1000\t2000\t2300\t2200\tair\t-\t" +
                                                    bad + "\n",
                                                "t"),
                    InputError);
}

// --- Miles at sea -------------------------------------------------------------------------------------

TEST_CASE("'miles' at sea are read both ways, the reading the rest of the claim fits is taken and named") {
  SECTION("statute miles would be shorter than the straight line: nautical taken") {
    const Report r = check_claim(claim({town(0, 0), town(0, 1)}, "yacht", "65 miles"));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "nautical miles taken"));
  }
  SECTION("with knots and a duration, nautical miles fit the line and the figures") {
    const Report r = check_claim(claim({town(0, 0), town(0, 2)}, "ferry", "125 miles", "12 knots", "about 11 hours"));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "nautical miles taken"));
  }
  SECTION("a speed in mph and a duration fit statute miles") {
    const Report r = check_claim(claim({town(0, 0), town(0, 2)}, "ferry", "150 miles", "19 mph", "8 hours"));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "statute miles taken"));
  }
  SECTION("a nautical reading that fits only edge to edge is not taken: the statute figure stays wrong") {
    // 1° of the equator between towns of 75,000 (2.3 km extents): 59 nautical miles is 109.3 km, 0.98x the
    // line between centres; 59 statute miles is 95 km, shorter than any route.
    const Report r = check_claim(claim({town(0, 0, "Westport", 75'000), town(0, 1, "Eastport", 75'000)}, "ferry", "59 miles"));
    CHECK(r.verdict == Verdict::inconsistent);
    CHECK(has_note(r, "statute miles taken"));
  }
  SECTION("a figure neither reading fits is still wrong") {
    const Report r = check_claim(claim({town(0, 0), town(0, 1)}, "sea", "40 miles"));
    CHECK(r.verdict == Verdict::inconsistent);
  }
  SECTION("on land, miles are statute miles only") {
    const Report r = check_claim(claim({town(0, 0), town(0, 1)}, "road", "65 miles"));
    CHECK(r.verdict == Verdict::inconsistent);
    CHECK_FALSE(has_note(r, "nautical miles taken"));
  }
}

// --- Flights fly between airports ---------------------------------------------------------------------

TEST_CASE("a flight's ends are also its towns' airports, and the report says which were used") {
  // Two large towns 10° apart (1,113 km), each with an airport 0.6° (67 km) towards the other.
  auto flight = [](const char* distance, bool both_airports = true) {
    Claim c = claim({town(0, 0, "Westtown", 5'000'000), town(0, 10, "Easttown", 5'000'000)}, "air", distance);
    c.airports = {{airport(0, 0.6, "Westtown International")}, {}};
    if (both_airports) c.airports[1] = {airport(0, 9.4, "Easttown Airport")};
    return c;
  };
  SECTION("airport to airport distance: not shorter than the line edge to edge") {
    const Report r = check_claim(flight("980 km"));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "Westtown International to Easttown Airport"));
  }
  SECTION("one end with an airport") {
    const Report r = check_claim(flight("1,046 km", false));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "Westtown International to Easttown"));
  }
  SECTION("a distance that fits the towns themselves keeps them, and says so") {
    const Report r = check_claim(flight("1,120 km"));
    CHECK(r.verdict < Verdict::suspicious);
    CHECK(has_note(r, "places themselves (Westtown–Easttown"));
  }
  SECTION("a distance shorter than any pair of ends is still inconsistent") {
    const Report r = check_claim(flight("800 km"));
    CHECK(r.verdict == Verdict::inconsistent);
  }
  SECTION("not for trains") {
    Claim c = flight("980 km");
    c.mode = routes::ModeProfiles::builtin().get("rail");
    CHECK_FALSE(flies_between_airports(c.mode));
    CHECK(flies_between_airports(routes::ModeProfiles::builtin().get("supersonic_airliner")));
  }
}

// --- Calibrated modes ---------------------------------------------------------------------------------

TEST_CASE("the fastest high-speed timetables pass: about 300 km/h over 1,000 km and more") {
  // Capital-to-port lines of about 1,070 km, 900 km and 1,200 km straight, timetabled near 300 km/h.
  struct Trip {
    routes::Waypoint from, to;
    const char *distance, *duration;
  };
  const Trip trips[] = {
      {town(39.90, 116.41), town(31.23, 121.47), "1,318 km", "4 hours 24 minutes"},
      {town(35.0, 113.0), town(27.0, 113.5), "1,050 km", "3 h 35 min"},
      {town(30.0, 100.0), town(30.0, 112.5), "1,400 km", "about 4.8 hours"},
  };
  for (const Trip& t : trips) {
    for (const char* mode : {"rail", "high_speed_rail", "high-speed rail"}) {
      const Report r = check_claim(claim({t.from, t.to}, mode, t.distance, "", t.duration));
      CAPTURE(t.distance, mode);
      CHECK(r.verdict < Verdict::suspicious);
    }
  }
}

TEST_CASE("everyday mode words name modes, as a user types them") {
  const routes::ModeProfiles& m = routes::ModeProfiles::builtin();
  const std::pair<const char*, const char*> words[] = {
      {"train", "rail"},        {"Train", "rail"},          {"by train", "rail"},      {"plane", "air"},
      {"flight", "air"},        {"jet", "air"},             {"bus", "car_bus"},        {"coach", "car_bus"},
      {"car", "car_bus"},       {"drive", "car_bus"},       {"ship", "sea"},           {"boat", "sea"},
      {"ferry", "ferry"},       {"yacht", "yacht_small_boat"}, {"bike", "cycling"},    {"on foot", "walking"},
      {"On  Foot", "walking"},  {"high-speed rail", "high_speed_rail"}, {"High Speed Rail", "high_speed_rail"},
      {"high_speed_rail", "high_speed_rail"}, {"rowing boat", "rowing_paddling"}, {"Row-boat", "rowing_paddling"},
      {"kayak", "rowing_paddling"},        {"sailboat", "yacht_small_boat"}, {"ICE", "rail"}};
  for (const auto& [word, mode] : words) {
    CAPTURE(word);
    CHECK(m.get(word).mode == mode);
  }
  CHECK_THROWS_AS(m.get("hovercraft"), InputError);
  CHECK_THROWS_AS(m.get("by"), InputError);
}

// --- Places on a network --------------------------------------------------------------------------------

TEST_CASE("coordinates and towns join a rail network at the nearest track, stations at their station") {
  // A line of nodes every 0.005° (about 370 m) and a station by its fourth node, 2.2 km from the points.
  networks::NetworkParts parts;
  parts.kind = "rail";
  for (int i = 0; i < 12; ++i) parts.nodes.push_back({48.41, 15.60 + 0.005 * i});
  networks::NetworkEdge track;
  for (std::uint32_t i = 0; i + 1 < parts.nodes.size(); ++i) networks::add_segment(parts, i, i + 1, track);
  parts.stations.push_back({"Hauptbahnhof", 48.4102, 15.615, networks::kUnassignedNode});
  const networks::Network net = networks::make_network(std::move(parts));
  const networks::NetworkProfile& rail = networks::builtin_profile("rail");
  auto coordinates = [](double lat, double lon) {
    routes::Waypoint w = town(lat, lon);
    w.from_coordinates = true;
    w.place.feature_class.clear();
    return w;
  };
  SECTION("two points 100 m apart on the line: about 100 m, no snap legs, no station") {
    routes::Route r = routes::make_route({coordinates(48.41, 15.6435), coordinates(48.41, 15.64485)});
    routes::route_on_network(r, net, rail, "test");
    REQUIRE(r.network_m);
    CHECK(*r.network_m == Approx(r.geodesic_m).margin(1.5));
    CHECK(r.legs[0].network->snap_from_m < 1.5);
    CHECK(r.legs[0].network->snap_to_m < 1.5);
    CHECK(r.legs[0].network->from_station.empty());
  }
  SECTION("a town beside the line joins it where it passes, not at the station") {
    routes::Route r = routes::make_route({town(48.412, 15.6435, "Village"), coordinates(48.41, 15.6535)});
    routes::route_on_network(r, net, rail, "test");
    REQUIRE(r.legs[0].network);
    CHECK(r.legs[0].network->snap_from_m == Approx(222).margin(5));
    CHECK(r.legs[0].network->from_station.empty());
  }
  SECTION("a station joins at its station") {
    routes::Waypoint station = town(48.4102, 15.615, "Hauptbahnhof");
    station.place.feature_class = "S";
    station.place.feature_code = "RSTN";
    routes::Route r = routes::make_route({station, coordinates(48.41, 15.6535)});
    routes::route_on_network(r, net, rail, "test");
    REQUIRE(r.legs[0].network);
    CHECK(r.legs[0].network->from_station == "Hauptbahnhof");
  }
}

// --- Rail or road between land masses -------------------------------------------------------------------

TEST_CASE("rail or road between places no land route joins is inconsistent, not suspicious") {
  auto in = [](double lat, double lon, const char* country) {
    routes::Waypoint w = town(lat, lon);
    w.place.country_code = country;
    return w;
  };
  const auto land = [](const Report& r) { return relation(r, "land_route"); };
  // A country on several land masses is decided by the region of each place (GeoNames admin1 code).
  const auto in_region = [&in](double lat, double lon, const char* country, const char* admin1) {
    routes::Waypoint w = in(lat, lon, country);
    w.place.admin1_code = admin1;
    return w;
  };
  SECTION("across an ocean by rail") {
    // France has island regions (Corsica) now: a French place is judged by its region.
    const Report r = check_claim(claim({in_region(41.9, -87.6, "US", "IL"), in_region(48.9, 2.35, "FR", "11")}, "rail", "7,000 km"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
    CHECK(r.verdict == Verdict::inconsistent);
  }
  SECTION("through a gap no road crosses") {
    const Report r = check_claim(claim({in(8.98, -79.52, "PA"), in(4.71, -74.07, "CO")}, "bus", "", "", "20 hours"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
  }
  SECTION("to an island nation by train") {
    const Report r = check_claim(claim({in_region(35.68, 139.69, "JP", "40"), in_region(37.57, 126.98, "KR", "11")}, "train", "1,200 km"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
  }
  SECTION("across one land mass, by air, or where a country has no row: no judgement") {
    CHECK_FALSE(land(check_claim(claim({in(48.9, 2.35, "FR"), in(39.9, 116.4, "CN")}, "rail", "9,000 km"))));
    CHECK_FALSE(land(check_claim(claim({in_region(41.9, -87.6, "US", "IL"), in(48.9, 2.35, "FR")}, "air", "6,650 km"))));
    CHECK_FALSE(land(check_claim(claim({in(51.5, -0.1, "GB"), in(48.9, 2.35, "FR")}, "rail", "490 km"))));
    CHECK_FALSE(land(check_claim(claim({in(-6.2, 106.8, "ID"), in(-8.65, 115.2, "ID")}, "bus", "", "", "20 hours"))));
  }
  SECTION("from a country's mainland region across an ocean by rail") {
    const Report r = check_claim(claim({in_region(51.5, -0.1, "GB", "ENG"), in_region(40.7, -74.0, "US", "NY")}, "rail", "5,600 km"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
  }
  SECTION("from an island region to its country's mainland by road") {
    const Report r = check_claim(claim({in_region(21.3, -157.9, "US", "HI"), in_region(34.05, -118.24, "US", "CA")}, "road", "4,100 km"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
    const Report canaries = check_claim(claim({in_region(28.1, -15.4, "ES", "53"), in_region(40.4, -3.7, "ES", "29")}, "train", "1,750 km"));
    REQUIRE(land(canaries));
    CHECK(land(canaries)->verdict == Verdict::inconsistent);
  }
  SECTION("in a country whose regions decide, a place in no known region is not judged") {
    // The country itself, GeoNames' "00" (no region known), a point that borrowed no region.
    routes::Waypoint country = in(54.0, -2.0, "GB");
    country.place.feature_class = "A";
    CHECK_FALSE(land(check_claim(claim({country, in_region(40.7, -74.0, "US", "NY")}, "rail", "5,600 km"))));
    CHECK_FALSE(land(check_claim(claim({in_region(54.6, -5.9, "GB", "00"), in(53.35, -6.26, "IE")}, "rail", "170 km"))));
    CHECK_FALSE(land(check_claim(claim({in(54.6, -5.9, "GB"), in(53.35, -6.26, "IE")}, "rail", "170 km"))));
  }
  SECTION("a region sharing an island with another country: the same land mass, and not the other island's") {
    CHECK_FALSE(land(check_claim(claim({in_region(54.6, -5.93, "GB", "NIR"), in(53.35, -6.26, "IE")}, "rail", "170 km"))));
    const Report r = check_claim(claim({in_region(54.6, -5.93, "GB", "NIR"), in_region(55.95, -3.19, "GB", "SCT")}, "bus", "", "", "9 hours"));
    REQUIRE(land(r));
    CHECK(land(r)->verdict == Verdict::inconsistent);
  }
}

// --- Round figures -----------------------------------------------------------------------------------------

// "Flew 5,800 km from New York to Paris" was INCONSISTENT: 5,800 read as 5,799.5-5,800.5, 15 km short of
// the line edge to edge. A figure rounded to its trailing zeros may stand for a little more; it is called
// impossible only when its roundest reading is.
TEST_CASE("a round figure is shorter than any route only when its roundest reading is") {
  // Along the equator: 10° is 1,113.2 km, 20° 2,226.4 km (1,383.4 miles), 50° 5,566.0 km.
  const auto equator = [](double degrees) { return std::vector<routes::Waypoint>{town(0, 0), town(0, degrees)}; };
  for (const auto& [degrees, mode, distance] :
       {std::tuple{50.0, "air", "5,560 km"}, std::tuple{10.0, "rail", "1,110 km"}, std::tuple{20.0, "road", "1,380 miles"},
        std::tuple{10.0, "rail", "1,100 km"}}) {
    INFO(distance);
    const Report r = check_claim(claim(equator(degrees), mode, distance));
    REQUIRE(relation(r, "distance_vs_geography"));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::plausible);
  }
  // Too short however it was rounded: "1,000 km" is read to two significant digits at most (950-1,050),
  // and a figure with no trailing zero to its last digit.
  for (const auto& [degrees, distance] : {std::pair{10.0, "1,000 km"}, std::pair{10.0, "1,103 km"}, std::pair{50.0, "5,500 km"}}) {
    INFO(distance);
    const Report r = check_claim(claim(equator(degrees), "rail", distance));
    CHECK(relation(r, "distance_vs_geography")->verdict == Verdict::inconsistent);
  }
}

// --- Human-powered records and races (trial J) --------------------------------------------------------

// Elite runs were impossible: running's ceiling was 20 km/h, under the marathon's world-record average
// (21.0 km/h) and the shorter road races' (22-24 km/h).
TEST_CASE("record-pace runs are possible, a faster run is not") {
  // About 42 km, 21 km and 10 km along the equator.
  const struct {
    double degrees;
    const char *distance, *duration;
  } runs[] = {{0.38, "42.2 km", "2 hours 1 minute"}, {0.19, "21.1 km", "58 minutes"}, {0.09, "10 km", "26 minutes 30 seconds"}};
  for (const auto& run : runs) {
    const Report r = check_claim(claim({town(0, 0), town(0, run.degrees)}, "running", run.distance, "", run.duration));
    CAPTURE(run.distance);
    CHECK(r.verdict != Verdict::inconsistent);
  }
  CHECK(check_claim(claim({town(0, 0), town(0, 0.38)}, "running", "42.2 km", "", "1 hour 30 minutes")).verdict == Verdict::inconsistent);
}

// Rowing boats, kayaks and canoes were judged by sailing yachts' speeds: an ocean rowed in a week (28
// km/h day and night) was consistent.
TEST_CASE("boats rowed or paddled have a profile of their own") {
  for (const char* mode : {"rowing", "kayak", "canoe"}) {
    CAPTURE(mode);
    CHECK(routes::ModeProfiles::builtin().get(mode).mode == "rowing_paddling");
    // About 4,450 km of open water.
    CHECK(check_claim(claim({town(15, -20), town(15, -61)}, mode, "", "", "5 days")).verdict == Verdict::inconsistent);
    CHECK(check_claim(claim({town(15, -20), town(15, -61)}, mode, "", "", "40 days")).verdict < Verdict::suspicious);
  }
  CHECK(check_claim(claim({town(15, -20), town(15, -61)}, "yacht", "", "", "5 days")).verdict != Verdict::inconsistent);
}

