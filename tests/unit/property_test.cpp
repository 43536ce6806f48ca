// Properties that hold for every input, checked on thousands of seeded random cases (issue 9): figures
// round-trip through their units, distance = speed x time is consistent and half that duration is not,
// geodesics are symmetric, and widening a figure with a hedge never turns a passing claim into an
// inconsistent one.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <cmath>
#include <random>

#include "quantities/quantity.hpp"
#include "routes/route.hpp"
#include "verdicts/claim.hpp"

using namespace routecheck;

namespace {

constexpr int kCases = 2000;

routes::Waypoint point(double lat, double lon) {
  routes::Waypoint w;
  w.place.name = fmt::format("{:.4f},{:.4f}", lat, lon);
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  return w;
}

bool passes(verdicts::Verdict v) { return v == verdicts::Verdict::consistent || v == verdicts::Verdict::plausible; }

// A claim between two points at `geodesic_km` along the equator, with figures as written.
verdicts::Claim claim(double geodesic_km, const std::string& distance, const std::string& speed,
                      const std::string& duration) {
  verdicts::Claim c;
  const double degrees = geodesic_km / 111.319490793;  // km per degree of the WGS84 equator
  c.route = routes::make_route({point(0, 0), point(0, degrees)});
  if (!distance.empty()) c.distance = quantities::parse_quantity(distance, quantities::Dimension::distance);
  if (!speed.empty()) c.speed = quantities::parse_quantity(speed, quantities::Dimension::speed);
  if (!duration.empty()) c.duration = quantities::parse_quantity(duration, quantities::Dimension::duration);
  return c;
}

}  // namespace

TEST_CASE("property: a figure read in any unit of its kind gives the same SI value") {
  std::mt19937 random(20261123);
  std::uniform_real_distribution<double> value(0.5, 5000);  // every unit: within what a journey can be
  const std::vector<std::string> units{"km", "mi", "nmi", "m", "ft", "km/h", "mph", "kn", "m/s", "h", "min", "s", "day"};
  for (int i = 0; i < kCases; ++i) {
    const double v = std::round(value(random) * 100) / 100;
    const std::string& unit = units[static_cast<std::size_t>(i) % units.size()];
    const quantities::Quantity q = quantities::parse_quantity(fmt::format("{} {}", v, unit));
    CHECK(q.value == Approx(v));
    CHECK(q.value_si() == Approx(v * quantities::find_unit(unit)->si_per_unit));
    // The same SI value written in the unit's canonical symbol parses back to it.
    const quantities::Quantity again = quantities::parse_quantity(fmt::format("{:.6f} {}", q.value, q.unit.symbol));
    CHECK(again.value_si() == Approx(q.value_si()).epsilon(1e-9));
    CHECK(q.si.low <= q.value_si());
    CHECK(q.value_si() <= q.si.high);
  }
}

TEST_CASE("property: distance = speed x time is consistent, and half that time is not") {
  std::mt19937 random(8);
  std::uniform_real_distribution<double> km(20, 15000), kmh(5, 900), circuity(1.0, 1.5);
  for (int i = 0; i < kCases; ++i) {
    const double distance_km = std::round(km(random)), speed_kmh = std::round(kmh(random));
    const double hours = distance_km / speed_kmh;
    const double geodesic_km = std::min(distance_km / circuity(random), 19000.0);
    const std::string d = fmt::format("{} km", distance_km), s = fmt::format("{} km/h", speed_kmh);
    const verdicts::Report agree = verdicts::check_claim(claim(geodesic_km, d, s, fmt::format("{:.4f} hours", hours)));
    INFO(d << " at " << s << " in " << hours << " h over " << geodesic_km << " km");
    CHECK(passes(agree.verdict));
    // Half the time cannot be: the moving time alone is longer. (Twice the time can: the rest is stops.)
    const verdicts::Report half = verdicts::check_claim(claim(geodesic_km, d, s, fmt::format("{:.4f} hours", hours / 2)));
    CHECK(half.verdict == verdicts::Verdict::inconsistent);
  }
}

TEST_CASE("property: geodesics are symmetric (length, and azimuths turned round)") {
  std::mt19937 random(42);
  std::uniform_real_distribution<double> lat(-89.9, 89.9), lon(-180, 180);
  for (int i = 0; i < kCases; ++i) {
    const routes::Waypoint a = point(lat(random), lon(random)), b = point(lat(random), lon(random));
    const routes::Route there = routes::make_route({a, b}), back = routes::make_route({b, a});
    CHECK(there.geodesic_m == Approx(back.geodesic_m).margin(1e-6));
    // The azimuth leaving a is the reverse of the azimuth arriving at a on the way back.
    const double turned = std::remainder(there.legs[0].azimuth_start_deg - (back.legs[0].azimuth_end_deg + 180), 360.0);
    if (there.geodesic_m > 1000 && there.geodesic_m < 19'900'000)  // azimuths are ill-defined near antipodes
      CHECK(std::abs(turned) < 1e-6);
  }
}

// Two-sided hedges only: a one-sided one ("nearly", "up to", "more than") bounds the figure at the number
// as written, narrower than its rounding on that side ("under two hours" is no 2 h 20), so it may and
// should turn a claim that passed on the rounding into an inconsistent one (quantity_test, check_test).
TEST_CASE("property: widening a figure with a hedge never turns a passing claim into an inconsistent one") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> km(20, 12000), kmh(5, 900), off(0.6, 1.6), circuity(0.8, 2.0);
  const std::vector<std::string> hedges{"about", "around", "roughly", "approximately", "some", "an estimated", "circa"};
  int compared = 0;
  for (int i = 0; i < kCases; ++i) {
    const double distance_km = std::round(km(random)), speed_kmh = std::round(kmh(random));
    const double hours = std::round(distance_km / speed_kmh * off(random) * 10) / 10 + 0.1;
    const double geodesic_km = std::min(distance_km / circuity(random), 19000.0);
    const std::string d = fmt::format("{} km", distance_km), s = fmt::format("{} km/h", speed_kmh),
                      t = fmt::format("{} hours", hours);
    const verdicts::Report plain = verdicts::check_claim(claim(geodesic_km, d, s, t));
    if (!passes(plain.verdict)) continue;
    ++compared;
    const std::string& hedge = hedges[static_cast<std::size_t>(i) % hedges.size()];
    for (int which = 0; which < 3; ++which) {
      const verdicts::Report widened = verdicts::check_claim(claim(geodesic_km, which == 0 ? hedge + " " + d : d,
                                                                   which == 1 ? hedge + " " + s : s,
                                                                   which == 2 ? hedge + " " + t : t));
      INFO(d << ", " << s << ", " << t << " over " << geodesic_km << " km; '" << hedge << "' on figure " << which);
      CHECK(widened.verdict != verdicts::Verdict::inconsistent);
    }
  }
  CHECK(compared > kCases / 10);  // the property was exercised, not vacuously true
}
