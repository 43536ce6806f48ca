// Border crossings: each densified vertex is located in a country (the gazetteer's Natural Earth
// outlines, read without GDAL: layers/country_outlines.hpp); where two neighbours differ, bisection along
// the geodesic finds the crossing to ~40 m. And a country's land border nearest a place.
#include "layers/borders.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <unordered_set>
#include <vector>

#include "layers/layer_set.hpp"

namespace routecheck::layers {
namespace {

constexpr int kBisectionSteps = 8;       // 10 km / 2^8 ≈ 40 m
constexpr double kBoxMarginDeg = 0.1;    // outlines this near the route's box are asked for too

class CountryIndex {
 public:
  // Only outlines near the route: a box around it, unless the route spans the antimeridian.
  CountryIndex(const CountryOutlines& outlines, const std::vector<Part>& legs) {
    double min_lon = 1e9, max_lon = -1e9, min_lat = 1e9, max_lat = -1e9;
    for (const Part& leg : legs)
      for (const LonLat& p : leg) {
        min_lon = std::min(min_lon, p.lon_deg), max_lon = std::max(max_lon, p.lon_deg);
        min_lat = std::min(min_lat, p.lat_deg), max_lat = std::max(max_lat, p.lat_deg);
      }
    countries_ = min_lon >= -180 && max_lon <= 180
                     ? outlines.in_box(min_lon - kBoxMarginDeg, min_lat - kBoxMarginDeg, max_lon + kBoxMarginDeg, max_lat + kBoxMarginDeg)
                     : outlines.in_box(-180, -90, 180, 90);
  }

  // The country containing a point, or nullptr at sea. Longitudes within [-180, 180].
  const CountryLabel* at(double lat, double lon) const {
    for (const CountryOutline* c : countries_)
      if (c->contains(lon, lat)) return c;
    return nullptr;
  }

 private:
  std::vector<const CountryOutline*> countries_;
};

std::string label(const CountryLabel* c) { return c ? c->name : "(sea)"; }

}  // namespace

routes::RouteCountries find_borders(const CountryOutlines& outlines, const routes::Route& route) {
  const std::vector<Part> legs = densified_legs(route);
  // The gazetteer's tiles when it has them: only the tiles under the line are read. Otherwise every
  // outline near the route is parsed whole (a gazetteer built before the tiles).
  std::optional<CountryIndex> whole_outlines;
  if (!outlines.has_tiles()) whole_outlines.emplace(outlines, legs);
  const auto country_at = [&](double lat, double lon) -> const CountryLabel* {
    lon -= 360 * std::floor((lon + 180) / 360);  // longitudes may run past ±180
    return whole_outlines ? whole_outlines->at(lat, lon) : outlines.country_at(lon, lat);
  };
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  routes::RouteCountries out;
  double km_before_leg = 0;
  const CountryLabel* previous = nullptr;
  bool first = true;
  for (std::size_t i = 0; i < route.legs.size(); ++i) {
    const gazetteer::Place &a = route.places[route.legs[i].from].place, &b = route.places[route.legs[i].to].place;
    const GeographicLib::GeodesicLine line = wgs84.InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
    const double length_m = line.Distance();
    const std::size_t n = legs[i].size() - 1;
    for (std::size_t k = 0; k <= n; ++k) {
      const LonLat& v = legs[i][k];
      const CountryLabel* here = country_at(v.lat_deg, v.lon_deg);
      if (here && here != previous && std::find(out.codes.begin(), out.codes.end(), here->iso_a2) == out.codes.end())
        out.codes.push_back(here->iso_a2);
      if (first) {
        out.traversed.push_back(label(here));
        first = false;
      } else if (here != previous) {
        // Bisect between the previous vertex and this one along the geodesic.
        double lo = length_m * (k == 0 ? 0 : k - 1) / n, hi = length_m * k / n;
        for (int step = 0; step < kBisectionSteps; ++step) {
          const double mid = (lo + hi) / 2;
          double mid_lat, mid_lon;
          line.Position(mid, mid_lat, mid_lon);
          (country_at(mid_lat, mid_lon) == previous ? lo : hi) = mid;
        }
        if (previous && here) {
          routes::BorderCrossing c;
          line.Position((lo + hi) / 2, c.lat_deg, c.lon_deg);
          c.from_country = previous->iso_a2, c.from_name = previous->name;
          c.to_country = here->iso_a2, c.to_name = here->name;
          c.leg = i;
          c.km_from_start = (km_before_leg * 1000 + (lo + hi) / 2) / 1000;
          out.crossings.push_back(std::move(c));
        }
        out.traversed.push_back(label(here));
      }
      previous = here;
    }
    km_before_leg += length_m / 1000;
  }
  // A line along a coast dips in and out of bays: a sea stretch with the same country on both sides is
  // not a country traversed. Then repeated names collapse.
  std::vector<std::string> collapsed;
  for (std::size_t i = 0; i < out.traversed.size(); ++i) {
    const std::string& name = out.traversed[i];
    if (name == "(sea)" && i > 0 && i + 1 < out.traversed.size() && out.traversed[i - 1] == out.traversed[i + 1]) continue;
    if (collapsed.empty() || collapsed.back() != name) collapsed.push_back(name);
  }
  out.traversed = std::move(collapsed);
  return out;
}

namespace {

// Outline vertices as exact integer keys: world-atlas outlines come from one topology, so two neighbours'
// shared border has the same vertices in both (to the microdegree kept here).
constexpr double kVertexKeysPerDegree = 1e6;
// A border point is given this far inside the side the asking place is on: on the line itself it lies in
// no country, and the countries under a trip to it would end "at sea".
constexpr double kBorderSideMetres = 10;
std::int64_t vertex_key(double lon_deg, double lat_deg) {
  const auto x = static_cast<std::int64_t>(std::llround(lon_deg * kVertexKeysPerDegree));
  const auto y = static_cast<std::int64_t>(std::llround(lat_deg * kVertexKeysPerDegree));
  return x * 1'000'000'000LL + y;
}

}  // namespace

std::optional<routes::BorderPoint> nearest_land_border(const CountryOutlines& outlines, const std::string& country_code,
                                                       double lat_deg, double lon_deg) {
  // The country's own outline, then the vertices of its neighbours (outlines whose box meets its box).
  const CountryOutline* own = outlines.by_code(country_code);
  if (!own) return std::nullopt;
  std::unordered_set<std::int64_t> neighbours;
  for (const CountryOutline* other : outlines.in_box(own->box.min_corner().x(), own->box.min_corner().y(),
                                                     own->box.max_corner().x(), own->box.max_corner().y()))
    if (other != own)
      // Only a vertex within the country's own box can be one of its vertices: Russia's whole outline is
      // walked for North Korea, but a few hundred of its vertices hashed, not hundreds of thousands.
      other->for_each_vertex([&](double x, double y) {
        const OutlinePoint &low = own->box.min_corner(), &high = own->box.max_corner();
        if (x >= low.x() && x <= high.x() && y >= low.y() && y <= high.y()) neighbours.insert(vertex_key(x, y));
      });
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  std::optional<routes::BorderPoint> best;
  double best_m = std::numeric_limits<double>::infinity();
  own->for_each_vertex([&](double x, double y) {
    if (!neighbours.count(vertex_key(x, y))) return;  // coast, not a land border
    double metres = 0;
    wgs84.Inverse(lat_deg, lon_deg, y, x, metres);
    if (metres < best_m) best_m = metres, best = routes::BorderPoint{y, x};
  });
  if (best && best_m > kBorderSideMetres) {
    double azimuth_to_place = 0, unused = 0;
    wgs84.Inverse(best->lat_deg, best->lon_deg, lat_deg, lon_deg, unused, azimuth_to_place, unused);
    wgs84.Direct(best->lat_deg, best->lon_deg, azimuth_to_place, kBorderSideMetres, best->lat_deg, best->lon_deg);
  }
  return best;
}

// The geodesic distance from the point to the farthest vertex `for_each_vertex` visits (it calls its
// argument with each vertex's longitude and latitude).
template <typename ForEachVertex>
double farthest_vertex_m(const ForEachVertex& for_each_vertex, double lat_deg, double lon_deg) {
  // GeographicLib's inverse problem for every vertex cost 5 ms for North Korea's few thousand: the vertices
  // are ranked on the sphere (a dot product of unit vectors), and only those within kSphereSlack of the
  // farthest there are measured on the ellipsoid (the two differ by well under 1%).
  constexpr double kDegrees = M_PI / 180, kSphereSlack = 0.01;
  const double plat = lat_deg * kDegrees, plon = lon_deg * kDegrees;
  const double px = std::cos(plat) * std::cos(plon), py = std::cos(plat) * std::sin(plon), pz = std::sin(plat);
  std::vector<double> dots;  // cosine of each vertex's angle from the point: the smaller, the farther
  double lowest = 1;
  for_each_vertex([&](double x, double y) {
    const double vlat = y * kDegrees, vlon = x * kDegrees, c = std::cos(vlat);
    dots.push_back(std::clamp(px * c * std::cos(vlon) + py * c * std::sin(vlon) + pz * std::sin(vlat), -1.0, 1.0));
    lowest = std::min(lowest, dots.back());
  });
  const double near_farthest = std::cos(std::acos(lowest) * (1 - kSphereSlack));
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  double reach_m = 0;
  std::size_t k = 0;
  for_each_vertex([&](double x, double y) {
    if (dots[k++] > near_farthest) return;
    double metres = 0;
    wgs84.Inverse(lat_deg, lon_deg, y, x, metres);
    reach_m = std::max(reach_m, metres);
  });
  return reach_m;
}

std::optional<double> outline_reach_m(const CountryOutlines& outlines, const std::string& country_code, double lat_deg,
                                      double lon_deg, double max_m) {
  // The outline reaches at least as far as its southernmost and northernmost points lie in latitude (a
  // degree of latitude is never under 110.57 km): Russia, China, the United States are ruled out without
  // parsing their outlines (tens of MB of vertices).
  constexpr double kMinMetresPerDegreeLatitude = 110'574;
  if (const auto span = outlines.latitude_span(country_code);
      span && std::max(lat_deg - span->first, span->second - lat_deg) * kMinMetresPerDegreeLatitude > max_m)
    return std::nullopt;
  const CountryOutline* own = outlines.by_code(country_code);
  if (!own) return std::nullopt;
  const double reach_m = farthest_vertex_m([&](const auto& visit) { own->for_each_vertex(visit); }, lat_deg, lon_deg);
  if (reach_m > max_m) return std::nullopt;
  return reach_m;
}

bool has_land_border(const CountryOutlines& outlines, const std::string& country_code) {
  const CountryOutline* own = outlines.by_code(country_code);
  if (!own) return false;
  const double middle_lon = (own->box.min_corner().x() + own->box.max_corner().x()) / 2;
  const double middle_lat = (own->box.min_corner().y() + own->box.max_corner().y()) / 2;
  if (!outlines.has_tiles()) return nearest_land_border(outlines, country_code, middle_lat, middle_lon).has_value();
  // About 2 km: beyond the vertex's own country where it is a border, short of any coast across a strait.
  constexpr double kProbeDegrees = 0.02;
  bool shared = false;
  own->for_each_vertex([&](double x, double y) {
    if (shared) return;
    const double dx = x - middle_lon, dy = y - middle_lat, length = std::hypot(dx, dy);
    if (length <= 0) return;
    const double probe_lon = x + dx / length * kProbeDegrees, probe_lat = y + dy / length * kProbeDegrees;
    if (probe_lon < -180 || probe_lon > 180 || probe_lat < -90 || probe_lat > 90) return;
    const CountryLabel* there = outlines.country_at(probe_lon, probe_lat);
    shared = there && there->iso_a2 != country_code;
  });
  return shared;
}

bool line_at_sea(const CountryOutlines& outlines, double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg,
                 double skip_from_m, double skip_to_m, double max_land_share) {
  if (!outlines.has_tiles()) return false;
  constexpr double kSampleEveryM = 2000;
  constexpr std::size_t kLeastSamples = 16;
  const GeographicLib::GeodesicLine line = GeographicLib::Geodesic::WGS84().InverseLine(lat1_deg, lon1_deg, lat2_deg, lon2_deg);
  const double at_sea_m = line.Distance() - skip_from_m - skip_to_m;
  if (at_sea_m <= 0) return false;
  const auto samples = std::max(kLeastSamples, static_cast<std::size_t>(std::ceil(at_sea_m / kSampleEveryM)));
  const auto land_allowed = static_cast<std::size_t>(max_land_share * static_cast<double>(samples + 1));
  std::size_t on_land = 0;
  for (std::size_t k = 0; k <= samples; ++k) {
    double lat = 0, lon = 0;
    line.Position(skip_from_m + at_sea_m * static_cast<double>(k) / static_cast<double>(samples), lat, lon);
    lon -= 360 * std::floor((lon + 180) / 360);
    if (outlines.country_at(lon, lat) && ++on_land > land_allowed) return false;
  }
  return true;
}

std::optional<double> island_reach_m(const CountryOutlines& outlines, const std::string& country_code, double lat_deg,
                                     double lon_deg, double max_m) {
  const CountryOutline* own = outlines.by_code(country_code);
  if (!own) return std::nullopt;
  const std::optional<std::size_t> part = own->part_containing(lon_deg, lat_deg);
  if (!part) return std::nullopt;
  const OutlinePolygon& island = own->parts[*part];
  const double reach_m = farthest_vertex_m(
      [&](const auto& visit) {
        for (const OutlinePoint& v : island.outer()) visit(v.x(), v.y());
      },
      lat_deg, lon_deg);
  if (reach_m > max_m) return std::nullopt;
  return reach_m;
}

bool near_sea(const CountryOutlines& outlines, double lat_deg, double lon_deg, double within_m) {
  if (!outlines.has_tiles()) return false;
  constexpr int kBearings = 16;
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  for (const double reach_m : {within_m / 2, within_m})
    for (int k = 0; k < kBearings; ++k) {
      double lat = 0, lon = 0;
      wgs84.Direct(lat_deg, lon_deg, 360.0 * k / kBearings, reach_m, lat, lon);
      lon -= 360 * std::floor((lon + 180) / 360);
      if (!outlines.country_at(lon, lat)) return true;
    }
  return false;
}

}  // namespace routecheck::layers

