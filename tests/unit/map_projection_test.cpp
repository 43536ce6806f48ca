// The map's projection and RingProjector's runs: exact where it says so, within the error it is given
// elsewhere, wherever the ring lies from the centre (near it, a continent away, near the far side, near a
// pole), and using what an earlier map with the same projection projected without changing it.
#include <GeographicLib/Geodesic.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "layers/map_projection.hpp"

using namespace routecheck::layers;

namespace {

// A closed ring of n vertices round (lat, lon), radius_deg of latitude, with a wobble so that it is not
// a smooth circle (a coast has bays).
std::vector<OutlinePoint> wobbly_ring(double lat, double lon, double radius_deg, int n) {
  std::vector<OutlinePoint> ring;
  for (int i = 0; i < n; ++i) {
    const double t = 2 * M_PI * i / n, r = radius_deg * (1 + 0.15 * std::sin(7 * t));
    ring.emplace_back(lon + r * std::cos(t) / std::cos(lat * M_PI / 180), lat + r * std::sin(t));
  }
  ring.push_back(ring.front());
  return ring;
}

struct Result {
  double max_error_m = 0;
  int approximated = 0;  // vertices that differ from the exact projection (not projected one by one)
  bool far = false;
};

// The ring projected in runs of 32 (as a map does), against the exact projection of every vertex.
Result project_in_runs(const MapProjection& proj, const std::vector<OutlinePoint>& ring, double error_m,
                       double far_m = std::numeric_limits<double>::infinity()) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<MapXY> at(ring.size(), {nan, nan});
  RingProjector projector(proj, ring, at, error_m, far_m);
  for (std::size_t begin = 0; begin + 1 < ring.size(); begin += 32) projector.run(begin, std::min(begin + 32, ring.size() - 1));
  Result r;
  r.far = projector.far();
  if (r.far) return r;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    REQUIRE(projector.used()[i]);
    double x, y;
    REQUIRE(proj.forward(ring[i].x(), ring[i].y(), x, y));
    const double error = std::hypot(at[i].first - x, at[i].second - y);
    r.max_error_m = std::max(r.max_error_m, error);
    r.approximated += error > 0;
  }
  return r;
}

}  // namespace

TEST_CASE("the map's projection keeps each point's geodesic distance and azimuth from the centre", "[map]") {
  const MapProjection proj(41.1, 128.7);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  for (const auto& [lat, lon] : {std::pair{43.1, 131.9}, {-33.9, 151.2}, {51.5, -0.1}, {-41.1, -51.3}}) {
    double s12, azi1, azi2;
    wgs84.Inverse(41.1, 128.7, lat, lon, s12, azi1, azi2);
    double x, y;
    REQUIRE(proj.forward(lon, lat, x, y));
    CHECK(std::hypot(x, y) == Approx(s12).epsilon(1e-12));
    CHECK(std::atan2(x, y) * 180 / M_PI == Approx(azi1).margin(1e-9));
    MapProjection::Placed placed;
    REQUIRE(proj.place(lon, lat, placed));
    CHECK(placed.x_m == x);
    CHECK(placed.arc_deg == Approx(proj.arc_deg(lon, lat)));
  }
}

TEST_CASE("outline runs drawn from the projection's expansion lie within the error given of the exact places", "[map]") {
  const MapProjection proj(20.0, 10.0);
  struct Case {
    const char* where;
    double lat, lon, radius_deg, error_m;
  };
  for (const Case& c : {Case{"at the centre, a town's map", 20.0, 10.0, 0.2, 5.0},
                        Case{"at the centre, a region's map", 20.5, 10.5, 3.0, 100.0},
                        Case{"a continent away", 45.0, 50.0, 5.0, 1000.0},
                        Case{"a quarter of the globe away", -40.0, 90.0, 8.0, 1000.0},
                        Case{"near the far side", -25.0, -150.0, 4.0, 1000.0},
                        Case{"near a pole", 84.0, 40.0, 3.0, 1000.0}}) {
    INFO(c.where);
    const Result r = project_in_runs(proj, wobbly_ring(c.lat, c.lon, c.radius_deg, 400), c.error_m);
    CHECK(r.max_error_m <= c.error_m);
  }
  // And it is used where it can be: a smooth coast near the centre is mostly expanded, not projected
  // vertex by vertex.
  const Result near = project_in_runs(proj, wobbly_ring(21.0, 11.0, 3.0, 400), 100.0);
  CHECK(near.approximated > 200);
}

TEST_CASE("a ring's vertices from an earlier map are used as they are, and a vertex on the far side stops it", "[map]") {
  const MapProjection proj(0.0, 0.0);
  const std::vector<OutlinePoint> ring = wobbly_ring(10.0, 10.0, 2.0, 64);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<MapXY> at(ring.size(), {nan, nan});
  at[5] = {123.0, 456.0};  // left by an earlier map: kept, not projected again
  {
    RingProjector projector(proj, ring, at, 50.0, std::numeric_limits<double>::infinity());
    projector.run(0, 16);
    CHECK(at[5] == MapXY{123.0, 456.0});
    CHECK(projector.used()[0]);
    CHECK(projector.used()[16]);
    CHECK_FALSE(projector.used()[17]);  // not this map's: left out of what it draws
    CHECK(std::isnan(at[40].first));
  }
  // A ring round the centre's antipode: the first vertex farther than far_m stops the ring.
  const std::vector<OutlinePoint> antipodal = wobbly_ring(-1.0, 179.0, 3.0, 64);
  std::vector<MapXY> far_at(antipodal.size(), {nan, nan});
  RingProjector far_side(proj, antipodal, far_at, 1000.0, 150 * 111e3);
  far_side.run(0, 32);
  CHECK(far_side.far());
  CHECK_FALSE(far_side.failed());
}
