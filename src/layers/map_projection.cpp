// MapProjection over GeographicLib's inverse geodesic, and RingProjector's runs: a Taylor expansion of
// the projection about a run's middle vertex, to the first order where the run is short enough and to
// the second otherwise, kept only where it agrees with exact projections of the run's ends and of its
// vertex farthest from the middle; elsewhere the run is halved, down to runs projected vertex by vertex.
#include "layers/map_projection.hpp"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>

namespace routecheck::layers {
namespace {

// The step (degrees) of the finite differences that give the derivatives: small against a run, large
// enough that rounding in metres of projected coordinates stays far below the error allowed.
constexpr double kDerivativeStepDeg = 1e-2;
// Runs this short are projected vertex by vertex: an expansion costs three to six exact projections.
constexpr std::size_t kExactRunVertices = 6;

const GeographicLib::Geodesic& wgs84() { return GeographicLib::Geodesic::WGS84(); }

}  // namespace

bool MapProjection::forward(double lon_deg, double lat_deg, double& x_m, double& y_m) const {
  Placed p;
  const bool ok = place(lon_deg, lat_deg, p);
  x_m = p.x_m, y_m = p.y_m;
  return ok;
}

bool MapProjection::place(double lon_deg, double lat_deg, Placed& out) const {
  double s12_m, azi1_deg, azi2_deg;
  out.arc_deg = wgs84().Inverse(lat0_deg_, lon0_deg_, lat_deg, lon_deg, s12_m, azi1_deg, azi2_deg);
  double sin_azi, cos_azi;
  GeographicLib::Math::sincosd(azi1_deg, sin_azi, cos_azi);
  out.x_m = s12_m * sin_azi, out.y_m = s12_m * cos_azi;
  return std::isfinite(out.x_m) && std::isfinite(out.y_m);
}

double MapProjection::arc_deg(double lon_deg, double lat_deg) const {
  double s12_m;
  return wgs84().Inverse(lat0_deg_, lon0_deg_, lat_deg, lon_deg, s12_m);
}

RingProjector::RingProjector(const MapProjection& proj, std::span<const OutlinePoint> points, std::vector<MapXY>& at,
                             double error_m, double far_m)
    : proj_(proj), points_(points), at_(at), used_(points.size(), false), error_m_(error_m), far_m_(far_m) {}

bool RingProjector::check_far(std::size_t i) {
  const auto [x, y] = at_[i];
  if (x * x + y * y > far_m_ * far_m_) far_ = true;
  return far_;
}

void RingProjector::vertex(std::size_t i) {
  if (failed_ || far_) return;
  used_[i] = true;
  if (std::isnan(at_[i].first)) {
    double x, y;
    if (!proj_.forward(points_[i].x(), points_[i].y(), x, y)) {
      failed_ = true;
      return;
    }
    at_[i] = {x, y};
  }
  check_far(i);
}

void RingProjector::exactly(std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i <= end && !failed_ && !far_; ++i) vertex(i);
}

void RingProjector::run(std::size_t begin, std::size_t end) {
  if (failed_ || far_) return;
  const auto unprojected = [](const MapXY& v) { return std::isnan(v.first); };
  // Drawn before, by an earlier map with this projection, or short: vertex by vertex.
  if (end - begin + 1 <= kExactRunVertices ||
      std::none_of(at_.begin() + static_cast<std::ptrdiff_t>(begin), at_.begin() + static_cast<std::ptrdiff_t>(end) + 1, unprojected))
    return exactly(begin, end);
  const std::size_t mid = (begin + end) / 2;
  const auto halves = [&] {
    run(begin, mid);
    run(mid, end);
  };
  const double mid_lon = points_[mid].x(), mid_lat = points_[mid].y();
  std::size_t farthest = begin;
  double farthest_deg2 = -1;
  for (std::size_t i = begin; i <= end; ++i) {
    const double dlon = points_[i].x() - mid_lon, dlat = points_[i].y() - mid_lat, d2 = dlon * dlon + dlat * dlat;
    if (d2 > farthest_deg2) farthest_deg2 = d2, farthest = i;
  }
  // Taylor's remainder at a distance d from the middle: about d²/2R to the first order and d³/R² to the
  // second (R the Earth's radius; more far from the centre, which the check below catches). A run that
  // cannot pass is halved without trying.
  const double d_m = std::sqrt(farthest_deg2) * kMetresPerArcDegree;
  const bool linear = d_m * d_m / (2 * kMeanRadiusM) <= error_m_;
  if (!linear && d_m * d_m * d_m / (kMeanRadiusM * kMeanRadiusM) > error_m_) return halves();
  const double h = kDerivativeStepDeg;
  if (std::abs(mid_lat) + h >= 90) return exactly(begin, end);  // at a pole a step in longitude goes nowhere
  vertex(mid);
  if (failed_ || far_) return;
  const MapXY o = at_[mid];
  // f(λ + a h, φ + b h); false when the point cannot be projected.
  const auto f = [&](int a, int b, MapXY& out) { return proj_.forward(mid_lon + a * h, mid_lat + b * h, out.first, out.second); };
  MapXY e, w, n, s, ne;
  if (!f(1, 0, e) || !f(0, 1, n)) return exactly(begin, end);
  if (!linear && (!f(-1, 0, w) || !f(0, -1, s) || !f(1, 1, ne))) return exactly(begin, end);
  // Derivatives per degree: first (one-sided for the linear model, central for the quadratic) and second.
  MapXY d_lon, d_lat, d_lon2{0, 0}, d_lat2{0, 0}, d_lonlat{0, 0};
  const auto per = [](double x, double y, double by) { return MapXY{x / by, y / by}; };
  if (linear) {
    d_lon = per(e.first - o.first, e.second - o.second, h), d_lat = per(n.first - o.first, n.second - o.second, h);
  } else {
    d_lon = per(e.first - w.first, e.second - w.second, 2 * h), d_lat = per(n.first - s.first, n.second - s.second, 2 * h);
    d_lon2 = per(e.first - 2 * o.first + w.first, e.second - 2 * o.second + w.second, h * h);
    d_lat2 = per(n.first - 2 * o.first + s.first, n.second - 2 * o.second + s.second, h * h);
    d_lonlat = per(ne.first - e.first - n.first + o.first, ne.second - e.second - n.second + o.second, h * h);
  }
  const auto approx = [&](std::size_t i) {
    const double a = points_[i].x() - mid_lon, b = points_[i].y() - mid_lat;
    const double aa = a * a / 2, bb = b * b / 2, ab = a * b;
    return MapXY{o.first + d_lon.first * a + d_lat.first * b + d_lon2.first * aa + d_lat2.first * bb + d_lonlat.first * ab,
                 o.second + d_lon.second * a + d_lat.second * b + d_lon2.second * aa + d_lat2.second * bb + d_lonlat.second * ab};
  };
  bool agrees = true;
  for (const std::size_t k : {begin, end, farthest}) {
    vertex(k);
    if (failed_ || far_) return;
    const MapXY a = approx(k);
    agrees = agrees && std::hypot(a.first - at_[k].first, a.second - at_[k].second) <= error_m_;
  }
  if (!agrees) return halves();
  for (std::size_t i = begin + 1; i < end && !far_; ++i) {
    used_[i] = true;
    if (std::isnan(at_[i].first)) at_[i] = approx(i);
    check_far(i);
  }
}

}  // namespace routecheck::layers
