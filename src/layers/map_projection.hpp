// The map's projection, WGS84 azimuthal equidistant about a centre (GeographicLib's geodesics), and the
// projection of outline rings for it: a run of a ring's vertices projected exactly at a few of them and,
// between, from the projection's Taylor expansion wherever that is checked to lie within a set error of
// the exact places (GDAL's approximate transformer does the same for the rows of a warped image).
#pragma once
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "layers/country_outlines.hpp"

namespace routecheck::layers {

using MapXY = std::pair<double, double>;  // x east, y north, metres

// The Earth's mean radius (IUGG), and a degree of arc on that sphere: for bounds and error estimates
// about the projection (how far a run may stray, how far a box reaches), never for a distance reported.
inline constexpr double kMeanRadiusM = 6371008.8;
inline constexpr double kMetresPerArcDegree = kMeanRadiusM * 3.14159265358979323846 / 180;

class MapProjection {
 public:
  MapProjection(double lat0_deg, double lon0_deg) : lat0_deg_(lat0_deg), lon0_deg_(lon0_deg) {}
  // A point drawn, metres: the distance from the centre is the geodesic's. GeographicLib's
  // AzimuthalEquidistant gives the same from the same inverse geodesic, but asks it for the reduced
  // length as well (for a scale the map does not use), a fifth more work a vertex. False when the
  // geodesic gives no finite answer.
  bool forward(double lon_deg, double lat_deg, double& x_m, double& y_m) const;
  // The same, with the arc (degrees, on the auxiliary sphere) from the centre; one geodesic.
  struct Placed {
    double x_m, y_m, arc_deg;
  };
  bool place(double lon_deg, double lat_deg, Placed& out) const;
  // The arc (degrees, on the auxiliary sphere) from the centre to a point.
  double arc_deg(double lon_deg, double lat_deg) const;

 private:
  double lat0_deg_, lon0_deg_;
};

// One ring's vertices projected into `at` (the ring's size; NaN where not projected yet, values an
// earlier map with the same projection left are used as they are). `used()` marks what this projector's
// calls cover, whatever was there before; a vertex farther from the centre than `far_m` sets far() and
// stops further work, as does one that cannot be projected (failed()).
class RingProjector {
 public:
  RingProjector(const MapProjection& proj, std::span<const OutlinePoint> points, std::vector<MapXY>& at, double error_m,
                double far_m);
  // Vertex i exactly.
  void vertex(std::size_t i);
  // Vertices begin..end (inclusive): exactly at the ends, in between within error_m of the exact places.
  void run(std::size_t begin, std::size_t end);
  bool failed() const { return failed_; }
  bool far() const { return far_; }
  const std::vector<bool>& used() const { return used_; }

 private:
  void exactly(std::size_t begin, std::size_t end);
  bool check_far(std::size_t i);
  const MapProjection& proj_;
  std::span<const OutlinePoint> points_;
  std::vector<MapXY>& at_;
  std::vector<bool> used_;
  double error_m_, far_m_;
  bool failed_ = false, far_ = false;
};

}  // namespace routecheck::layers
