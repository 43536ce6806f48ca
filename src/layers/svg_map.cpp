// An SVG map of a route or a checked claim. Azimuthal equidistant projection (GeographicLib's, exact on
// the ellipsoid) centred on the middle of the route: distances from the centre are true, shapes look
// right at any latitude and across the antimeridian. Country outlines come from the gazetteer at the
// Natural Earth scale that suits the map, read with SQLite (layers/country_outlines.hpp): a page draws its
// map without loading GDAL, PROJ and their hundred libraries.
#include "layers/svg_map.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <boost/geometry/algorithms/simplify.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "core/error.hpp"
#include "core/text.hpp"
#include "layers/country_outlines.hpp"
#include "layers/map_projection.hpp"
#include "layers/styles.hpp"
#include "quantities/quantity.hpp"

namespace bg = boost::geometry;

namespace routecheck::layers {
namespace {

constexpr double kWidthPx = 1000;
// Never zoom closer than 2 km across: a town's trip of a few km fills the map (a floor of 300 km drew a
// 4 km trip as a dot under its own labels, with a 100 km scale bar).
constexpr double kMinSpanM = 2e3;
constexpr double kPadding = 0.18;     // share of the route's extent added on each side
constexpr double kMinPixelStep = 0.6; // outline vertices closer than this are dropped
// The azimuthal equidistant projection tears at the antipode of its centre: an outline passing near it
// is smeared round the whole disc (Russia filled the southern Pacific with land). Outline parts reaching
// farther than this from the centre are left out unless the view itself reaches that far.
constexpr double kFarSideDeg = 120;
constexpr double kFarSideMarginDeg = 40;  // beyond the view's own radius, before a part counts as far
constexpr double kMaxFarSideDeg = 170;
constexpr double kBoxArcMarginDeg = 1;   // a bounding box's edges bulge past its corners' arcs by less
constexpr double kMaxReachBoxDeg = 90;   // boxes wider or taller than this are never ruled out by arc
// A long ring's vertices in runs of this many, each ruled out of a map by one geodesic when it lies
// beyond the map's frame: a regional map then projects the few runs of a large country's coast near it,
// not the whole coast.
constexpr std::size_t kChunkVertices = 32;
// Runs of outline drawn from the projection's Taylor expansion instead of a geodesic a vertex
// (RingProjector): how far (pixels) an approximated vertex may lie from its exact place.
constexpr double kApproxErrorPx = 0.1;
// The frame is measured on this many of a leg's vertices (and its ends): between two of them the
// geodesic strays from their line by far less than the frame's padding.
constexpr std::size_t kFrameSamplesPerLeg = 256;
// Projected outlines kept for later maps with the same centre (ProjectionCache): at most this many
// vertices (16 bytes each), and the centre rounded to a micro-degree (10 cm) so that a trip and its way
// back share one.
constexpr std::size_t kCachedVertices = 2'000'000;
constexpr double kCentreUnitsPerDegree = 1e6;
// kMetresPerArcDegree (map_projection.hpp) turns the far-side arcs above into the projection's own
// distances from the centre.
// An arc on the ellipsoid's auxiliary sphere and a distance over kMetresPerArcDegree differ by under
// 0.4% (the flattening); bounds built from either are widened by this factor.
constexpr double kArcSlack = 1.01;
// Which of Natural Earth's scales draws a map, by the ground a pixel covers at its centre: the coarsest
// whose vertices still lie a few pixels apart at most. 1:110m puts a vertex about every 25 km of coast,
// 1:50m about every 3 km, 1:10m about every 600 m (world-atlas 2.0.2: 8,246, 80,617 and 477,295 arc
// vertices).
struct MapScale {
  const gazetteer::CountriesScale& outlines;  // the gazetteer's layer of that scale
  double min_pixel_m;                         // the map's pixels at least this wide
};
constexpr MapScale kMapScales[] = {{gazetteer::kCountriesScales[2], 8e3}, {gazetteer::kCountriesScales[1], 1.5e3}};
constexpr const gazetteer::CountriesScale& kFinestOutlines = gazetteer::kCountriesScales[0];  // 1:10m, below those
// Outlines are simplified (Douglas-Peucker, in degrees) at levels kThinBaseDeg * 2^level, each made once
// a process: a map takes the coarsest level within half its pixel, and a batch of maps simplifies once.
constexpr double kThinBaseDeg = 0.001;  // about 110 m: finer than a pixel on any map but a town's
constexpr int kThinLevels = 10;         // up to about 0.5 degrees, a pixel of a world map
// How far (pixels) a simplified outline may stray from the stored one: under half a pixel, where
// antialiasing cannot show it.
constexpr double kSimplifyPx = 0.45;
// Metres of a degree of latitude near mid-latitudes: turns a map's pixel into the degrees the outlines
// are simplified in, and a simplification level back into the finest pixel it serves.
constexpr double kMetresPerDegreeLatitude = 111.32e3;
// Text metrics for placing labels without overlaps: DejaVu Sans averages about 0.6 em a character
// (0.55 regular), so boxes estimated from the character count hold the drawn text.
constexpr double kBoldEm = 0.62, kRegularEm = 0.56;
constexpr double kMergeCrossingsPx = 28;  // border crossings closer than this share one label

std::string xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

struct View {
  double min_x, min_y, max_x, max_y, height_px;
  double px(double x) const { return (x - min_x) / (max_x - min_x) * kWidthPx; }
  double py(double y) const { return (max_y - y) / (max_y - min_y) * height_px; }
};

// "1,000" km -> a round scale bar length near a quarter of the map's width.
double nice_length_km(double target_km) {
  const double power = std::pow(10.0, std::floor(std::log10(target_km)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * power <= target_km) return m * power;
  return power;
}


using XY = MapXY;

struct Rect {
  double min_x, min_y, max_x, max_y;
  bool meets(const Rect& o) const { return !(o.max_x < min_x || o.min_x > max_x || o.max_y < min_y || o.min_y > max_y); }
  bool holds(const Rect& o) const { return o.min_x >= min_x && o.max_x <= max_x && o.min_y >= min_y && o.max_y <= max_y; }
};

// A ring clipped to a rectangle (Sutherland-Hodgman, one edge at a time). The result may run along the
// rectangle's edges where the ring left it; filled, it covers exactly the ring's part inside. Linear in
// the ring's vertices and indifferent to invalid rings (a country split at ±180 that meets itself once
// projected), unlike an overlay.
std::vector<XY> clip_ring(std::vector<XY> ring, const Rect& box) {
  const auto clip_edge = [](const std::vector<XY>& in, auto inside, auto cross) {
    std::vector<XY> out;
    if (in.empty()) return out;
    out.reserve(in.size() + 4);
    XY prev = in.back();
    bool prev_in = inside(prev);
    for (const XY& cur : in) {
      const bool cur_in = inside(cur);
      if (cur_in != prev_in) out.push_back(cross(prev, cur));
      if (cur_in) out.push_back(cur);
      prev = cur, prev_in = cur_in;
    }
    return out;
  };
  const auto at_x = [](double x) {
    return [x](const XY& a, const XY& b) { return XY{x, a.second + (b.second - a.second) * (x - a.first) / (b.first - a.first)}; };
  };
  const auto at_y = [](double y) {
    return [y](const XY& a, const XY& b) { return XY{a.first + (b.first - a.first) * (y - a.second) / (b.second - a.second), y}; };
  };
  ring = clip_edge(ring, [&](const XY& p) { return p.first >= box.min_x; }, at_x(box.min_x));
  ring = clip_edge(ring, [&](const XY& p) { return p.first <= box.max_x; }, at_x(box.max_x));
  ring = clip_edge(ring, [&](const XY& p) { return p.second >= box.min_y; }, at_y(box.min_y));
  ring = clip_edge(ring, [&](const XY& p) { return p.second <= box.max_y; }, at_y(box.max_y));
  return ring;
}

// A pixel coordinate to a tenth ("-12.3"), as {:.1f} writes it: the map's paths are most of a page, and
// formatting a float to a precision is the dearest part of writing them.
void append_tenths(std::string& out, double px) {
  const long long tenths = std::llround(px * 10);
  const unsigned long long magnitude = static_cast<unsigned long long>(tenths < 0 ? -tenths : tenths);
  if (tenths < 0) out += '-';
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, magnitude / 10);
  out.append(digits, end);
  out += '.';
  out += static_cast<char>('0' + magnitude % 10);
}

// A ring as a path's subpath, in pixels; vertices closer than kMinPixelStep to the last one written left out.
void append_points(std::string& path, const std::vector<XY>& ring, const View& view) {
  double last_x = 1e18, last_y = 1e18;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const double x = view.px(ring[i].first), y = view.py(ring[i].second);
    const bool edge = i == 0 || i + 1 == ring.size();
    if (!edge && (x - last_x) * (x - last_x) + (y - last_y) * (y - last_y) < kMinPixelStep * kMinPixelStep) continue;
    path += i == 0 ? 'M' : 'L';
    append_tenths(path, x);
    path += ' ';
    append_tenths(path, y);
    last_x = x, last_y = y;
  }
  path += "Z";
}

// Where a stretch of outline lies, for ruling it out of a map with one geodesic: the middle of its
// lon/lat box and the arc (degrees) from the middle within which the whole box lies. A box's parallels
// are farthest from its middle at their ends, and so are its meridians while the box spans less than a
// quadrant each way (kBoxArcMarginDeg covers the rest); a larger box is never ruled out.
struct Reach {
  double mid_lon_deg = 0, mid_lat_deg = 0, arc_deg = 180;

  static Reach of_box(double min_lon, double min_lat, double max_lon, double max_lat) {
    Reach r;
    r.mid_lon_deg = (min_lon + max_lon) / 2, r.mid_lat_deg = (min_lat + max_lat) / 2;
    if (max_lon - min_lon >= kMaxReachBoxDeg || max_lat - min_lat >= kMaxReachBoxDeg) return r;
    // The east and west corners mirror each other across the middle's meridian: two corners say it all.
    const MapProjection from_mid(r.mid_lat_deg, r.mid_lon_deg);
    r.arc_deg = std::max(from_mid.arc_deg(min_lon, min_lat), from_mid.arc_deg(min_lon, max_lat)) + kBoxArcMarginDeg;
    return r;
  }
  // Whether every point is drawn outside the rectangle (projected metres) and within a quadrant of the
  // centre. The projection keeps distances from the centre and stretches them across by at most
  // ρ/sin ρ at an arc ρ (1 at the centre, π/2 a quadrant away), so the box's points are drawn within
  // arc × ρ/sin ρ of its middle; a disc that misses the rectangle holds them, and any straight line
  // between them, off the map.
  bool off_frame(const MapProjection::Placed& mid, const Rect& frame) const {
    if (arc_deg >= 180) return false;
    const double farthest_rad = (mid.arc_deg + arc_deg) * kArcSlack * M_PI / 180;
    if (farthest_rad >= M_PI / 2) return false;
    const double radius_m = arc_deg * kMetresPerArcDegree * kArcSlack * farthest_rad / std::sin(std::max(farthest_rad, 1e-9));
    const double dx = std::max({frame.min_x - mid.x_m, 0.0, mid.x_m - frame.max_x});
    const double dy = std::max({frame.min_y - mid.y_m, 0.0, mid.y_m - frame.max_y});
    return dx * dx + dy * dy > radius_m * radius_m;
  }
  // Whether every point lies farther than `min_arc_deg` from the projection's centre and nearer than
  // `max_arc_deg`.
  bool between(const MapProjection::Placed& mid, double min_arc_deg, double max_arc_deg) const {
    if (arc_deg >= 180) return false;
    return mid.arc_deg - arc_deg > min_arc_deg && mid.arc_deg + arc_deg < max_arc_deg;
  }
};

// A ring simplified, lon/lat, closed, with the reach of each run of kChunkVertices vertices (none for a
// ring of one run).
struct ThinRing {
  OutlinePolygon::ring_type points;
  std::vector<Reach> chunks;
};

// One island or mainland of a country, simplified: its rings (the outer first; none when it is smaller
// than the level's step) and its box. Simplified when a map first needs it (ready).
struct ThinPart {
  bool ready = false;
  std::vector<ThinRing> rings;
  Rect box;
  Reach reach;
};
struct ThinCountry {
  std::string name;
  std::vector<ThinPart> parts;
};

// The outlines of one gazetteer, per scale and simplification level, read and simplified on first use and
// kept for the process (a batch of maps pays once). Safe for concurrent maps: the lock covers the lookups;
// what it hands out is never changed or freed while the cache lives.
class OutlineCache {
 public:
  // The countries of `scale`'s layer whose outlines meet the box (nullopt: all), simplified to `level`
  // (-1: as stored). A gazetteer without that layer gives its 1:10m ones, and `scale` says so.
  std::vector<const ThinCountry*> countries(const std::string& gazetteer_path, const gazetteer::CountriesScale*& scale,
                                            int level, const std::optional<Rect>& near_deg) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (gazetteer_path != path_) {
      thinned_.clear();
      layers_.clear();
      path_ = gazetteer_path;
    }
    auto it = layers_.find(scale->layer);
    if (it == layers_.end())
      it = layers_.emplace(scale->layer, CountryOutlines::open_if_present(gazetteer_path, scale->layer)).first;
    if (!it->second) {
      scale = &kFinestOutlines;
      it = layers_.find(scale->layer);
      if (it == layers_.end())  // throws when the gazetteer has no outlines at all
        it = layers_.emplace(scale->layer, std::make_unique<CountryOutlines>(gazetteer_path)).first;
    }
    const Rect box = near_deg.value_or(Rect{-180, -90, 180, 90});
    std::vector<const ThinCountry*> out;
    for (const CountryOutline* c : it->second->in_box(box.min_x, box.min_y, box.max_x, box.max_y)) {
      auto found = thinned_.find({c, level});
      if (found == thinned_.end()) found = thinned_.emplace(std::pair{c, level}, boxes(*c)).first;
      // Only the parts near the map are simplified (a regional map needs a few of Russia's hundreds).
      ThinCountry& t = found->second;
      for (std::size_t k = 0; k < t.parts.size(); ++k)
        if (!t.parts[k].ready && box.meets(t.parts[k].box)) thin(t.parts[k], c->parts[k], level);
      out.push_back(&t);
    }
    return out;
  }

 private:
  static ThinRing thin_ring(const OutlinePolygon::ring_type& ring, double tolerance_deg) {
    ThinRing t;
    if (tolerance_deg > 0) bg::simplify(ring, t.points, tolerance_deg);
    else t.points = ring;
    if (t.points.size() <= kChunkVertices) return t;
    for (std::size_t begin = 0; begin + 1 < t.points.size(); begin += kChunkVertices) {
      const std::size_t end = std::min(begin + kChunkVertices, t.points.size() - 1);  // the next run's first vertex
      double min_lon = 1e9, min_lat = 1e9, max_lon = -1e9, max_lat = -1e9;
      for (std::size_t i = begin; i <= end; ++i) {
        min_lon = std::min(min_lon, t.points[i].x()), max_lon = std::max(max_lon, t.points[i].x());
        min_lat = std::min(min_lat, t.points[i].y()), max_lat = std::max(max_lat, t.points[i].y());
      }
      t.chunks.push_back(Reach::of_box(min_lon, min_lat, max_lon, max_lat));
    }
    return t;
  }

  // A country's parts with their boxes, none simplified yet.
  static ThinCountry boxes(const CountryOutline& c) {
    ThinCountry t{c.name, std::vector<ThinPart>(c.parts.size())};
    for (std::size_t k = 0; k < c.parts.size(); ++k) {
      const OutlineBox& b = c.part_boxes[k];
      t.parts[k].box = {b.min_corner().x(), b.min_corner().y(), b.max_corner().x(), b.max_corner().y()};
    }
    return t;
  }

  static void thin(ThinPart& part, const OutlinePolygon& source, int level) {
    const double tolerance_deg = level < 0 ? 0 : kThinBaseDeg * std::ldexp(1.0, level);
    part.ready = true;
    // Smaller than the step: an islet (its whole part, left with no rings) or a lake left out at this level.
    ThinRing outer = thin_ring(source.outer(), tolerance_deg);
    if (outer.points.size() < 4) return;
    part.rings.push_back(std::move(outer));
    for (const auto& inner : source.inners()) {
      ThinRing hole = thin_ring(inner, tolerance_deg);
      if (hole.points.size() >= 4) part.rings.push_back(std::move(hole));
    }
    part.reach = Reach::of_box(part.box.min_x, part.box.min_y, part.box.max_x, part.box.max_y);
  }

  std::mutex mutex_;
  std::string path_;
  std::map<std::string, std::unique_ptr<CountryOutlines>, std::less<>> layers_;
  std::map<std::pair<const CountryOutline*, int>, ThinCountry> thinned_;
};

OutlineCache& outline_cache() {
  static OutlineCache cache;
  return cache;
}

// The outlines' vertices as one projection draws them (exactly, or within kApproxErrorPx of it), kept for
// the next map with the same centre, scale and level: a batch's claims often name a trip again (either
// way: the centre is the geodesic's middle), and projecting outlines is most of a map's time. Each ring's
// vertices are filled as maps need them (NaN: not yet).
struct ProjectedOutlines {
  std::mutex mutex;  // one map at a time reads and fills it
  std::map<const ThinRing*, std::vector<XY>> rings;
  std::map<const Reach*, std::optional<MapProjection::Placed>> middles;  // nullopt: cannot be projected
  std::atomic<std::size_t> vertices{0};

  // Where a part's or a run's box middle is drawn, projected on first use.
  const std::optional<MapProjection::Placed>& middle(const Reach& r, const MapProjection& proj) {
    auto it = middles.find(&r);
    if (it != middles.end()) return it->second;
    MapProjection::Placed placed;
    std::optional<MapProjection::Placed> found;
    if (r.arc_deg < 180 && proj.place(r.mid_lon_deg, r.mid_lat_deg, placed)) found = placed;
    return middles.emplace(&r, found).first->second;
  }

  std::vector<XY>& ring(const ThinRing& r) {
    auto it = rings.find(&r);
    if (it != rings.end()) return it->second;
    vertices += r.points.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return rings.emplace(&r, std::vector<XY>(r.points.size(), XY{nan, nan})).first->second;
  }
};

class ProjectionCache {
 public:
  struct Key {
    std::string layer;
    int level;
    long long lat0_e6, lon0_e6;  // the centre in micro-degrees (maps round their centre so)
    auto operator<=>(const Key&) const = default;
  };
  // The entry for the key, made when missing; the least recently used ones are dropped while the
  // entries hold more than kCachedVertices (a map still drawing from one keeps it alive).
  std::shared_ptr<ProjectedOutlines> at(const Key& key) {
    const std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      used_.splice(used_.begin(), used_, it->second.second);
      return it->second.first;
    }
    std::size_t total = 0;
    for (const auto& [k, entry] : entries_) total += entry.first->vertices;
    while (total > kCachedVertices && !used_.empty()) {
      auto oldest = entries_.find(used_.back());
      total -= oldest->second.first->vertices;
      entries_.erase(oldest);
      used_.pop_back();
    }
    used_.push_front(key);
    auto entry = std::make_shared<ProjectedOutlines>();
    entries_.emplace(key, std::pair{entry, used_.begin()});
    return entry;
  }

 private:
  std::mutex mutex_;
  std::list<Key> used_;  // most recent first
  std::map<Key, std::pair<std::shared_ptr<ProjectedOutlines>, std::list<Key>::iterator>> entries_;
};

ProjectionCache& projection_cache() {
  static ProjectionCache cache;
  return cache;
}

// Country outlines, projected, clipped to the view rectangle.
// `scale` is set to the Natural Earth scale drawn ("1:50m").
std::string country_paths(const std::string& gazetteer_path, const MapProjection& proj, const View& view, double lat0,
                          double lon0, double radius_m, std::string& scale) {
  // Only the parts near the view are read further (the rectangle a spatial filter used to give).
  const double radius_deg = radius_m / 111e3 * 1.2;
  std::optional<Rect> near;
  if (radius_deg < 60 && std::abs(lat0) + radius_deg < 85) {
    const double dlon = radius_deg / std::cos((std::abs(lat0) + radius_deg) * M_PI / 180);
    if (lon0 - dlon > -180 && lon0 + dlon < 180) near = Rect{lon0 - dlon, lat0 - radius_deg, lon0 + dlon, lat0 + radius_deg};
  }
  const double pixel_m = (view.max_x - view.min_x) / kWidthPx;
  const gazetteer::CountriesScale* outlines = &kFinestOutlines;
  for (const MapScale& coarser : kMapScales)
    if (pixel_m >= coarser.min_pixel_m) {
      outlines = &coarser.outlines;
      break;
    }
  // The coarsest simplification level within kSimplifyPx, in degrees of latitude at the map's centre
  // scale: a Douglas-Peucker outline strays from the stored one by less than that (far from the centre an
  // azimuthal map stretches, and a step there may span a pixel or two: outlines only, not the route).
  const double pixel_deg = kSimplifyPx * pixel_m / kMetresPerDegreeLatitude;
  int level = -1;
  while (level + 1 < kThinLevels && kThinBaseDeg * std::ldexp(1.0, level + 1) <= pixel_deg) ++level;
  const std::vector<const ThinCountry*> countries = outline_cache().countries(gazetteer_path, outlines, level, near);
  scale = outlines->scale;

  const double mx = (view.max_x - view.min_x) * 0.02, my = (view.max_y - view.min_y) * 0.02;
  const Rect frame{view.min_x - mx, view.min_y - my, view.max_x + mx, view.max_y + my};
  const double view_radius_deg = radius_m / 111.2e3;
  // The farthest the frame reaches from the centre, as an arc: a part whose every point lies farther is
  // not on the map (the projection keeps distances from the centre).
  const double frame_arc_deg =
      std::hypot(std::max(-frame.min_x, frame.max_x), std::max(-frame.min_y, frame.max_y)) / kMetresPerArcDegree + kBoxArcMarginDeg;
  const double far_m = std::clamp(view_radius_deg + kFarSideMarginDeg, kFarSideDeg, kMaxFarSideDeg) * kMetresPerArcDegree;
  // Vertices closer than this (metres, projected) are one point on the map: half the output's own step
  // (kMinPixelStep, applied when the path is written).
  const double step_m = kMinPixelStep / 2 * pixel_m;
  enum class Projected { drawn, left_out, unprojectable };
  // The frame's circumscribed disc: a straight line between two projected points that stays outside it
  // stays off the map.
  const double disc_m = std::hypot(std::max(-frame.min_x, frame.max_x), std::max(-frame.min_y, frame.max_y));
  const auto chord_misses_disc = [&](const XY& a, const XY& b) {
    const double dx = b.first - a.first, dy = b.second - a.second, length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(-(a.first * dx + a.second * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(a.first + t * dx, a.second + t * dy) > disc_m;
  };
  const double far_deg = far_m / kMetresPerArcDegree;
  // A part's rings projected and thinned to step_m into `rings`: left out when a vertex lies on the far
  // side (farther from the centre than far_m: the projection's distance is the geodesic's) or the part is
  // smaller than a pixel; unprojectable drops the whole country, as before. A run of a ring's vertices
  // that lies wholly beyond the frame (and short of the far side) is drawn as the straight line from its
  // first vertex to the next run's, when that line stays off the map too: what the map shows is the same.
  // Vertices are approximated to within kApproxErrorPx of the finest pixel of the level (a level spans
  // pixels within a factor of two), so that maps sharing a level share them. Maps finer than the first
  // level (a town's) approximate to their own pixel and keep nothing.
  const bool shared = level >= 0;
  const double level_pixel_m = shared ? kThinBaseDeg * std::ldexp(1.0, level) / kSimplifyPx * kMetresPerDegreeLatitude : pixel_m;
  const double approx_error_m = kApproxErrorPx * std::min(pixel_m, level_pixel_m);
  const std::shared_ptr<ProjectedOutlines> projected =
      shared ? projection_cache().at({outlines->layer, level, std::llround(lat0 * kCentreUnitsPerDegree), std::llround(lon0 * kCentreUnitsPerDegree)})
             : std::make_shared<ProjectedOutlines>();
  const std::lock_guard<std::mutex> projected_lock(projected->mutex);
  std::vector<std::vector<XY>> rings;
  const auto project_part = [&](const ThinPart& part) {
    rings.clear();
    for (const ThinRing& ring : part.rings) {
      const auto& pts = ring.points;
      std::vector<XY>& at = projected->ring(ring);  // NaN where not projected (a skipped run's inner vertices)
      RingProjector projector(proj, pts, at, approx_error_m, far_m);
      const auto project = [&](std::size_t i) { projector.vertex(i); };
      const auto project_run = [&](std::size_t begin, std::size_t end) { projector.run(begin, end); };
      if (ring.chunks.empty()) {
        project_run(0, pts.size() - 1);
      } else {
        std::vector<bool> skipped(ring.chunks.size());
        for (std::size_t c = 0; c < ring.chunks.size(); ++c) {
          const std::size_t begin = c * kChunkVertices, end = std::min(begin + kChunkVertices, pts.size() - 1);
          const std::optional<MapProjection::Placed>& mid = projected->middle(ring.chunks[c], proj);
          if (mid && ring.chunks[c].off_frame(*mid, frame)) {
            project(begin), project(end);  // a line between them stays off the map with the run
            continue;
          }
          skipped[c] = mid && ring.chunks[c].between(*mid, frame_arc_deg, far_deg);
          if (skipped[c]) project(begin), project(end);
          else project_run(begin, end);
        }
        for (std::size_t c = 0; c < ring.chunks.size() && !projector.failed() && !projector.far(); ++c) {
          const std::size_t begin = c * kChunkVertices, end = std::min(begin + kChunkVertices, pts.size() - 1);
          if (skipped[c] && !chord_misses_disc(at[begin], at[end])) project_run(begin, end);
        }
      }
      if (projector.failed()) return Projected::unprojectable;
      if (projector.far()) return Projected::left_out;
      const std::vector<bool>& used = projector.used();
      std::vector<XY> xy;
      for (std::size_t i = 0; i < at.size(); ++i) {
        if (!used[i]) continue;  // this map's own choice, whatever an earlier one projected: the same bytes
        const auto [x, y] = at[i];
        const bool last = i + 1 == at.size();
        if (!xy.empty() && !last && std::abs(x - xy.back().first) < step_m && std::abs(y - xy.back().second) < step_m) continue;
        xy.emplace_back(x, y);
      }
      if (xy.size() < 4) {  // a ring smaller than a pixel: an island or lake too small to draw
        if (rings.empty()) return Projected::left_out;  // its exterior: the whole part
        continue;
      }
      rings.push_back(std::move(xy));
    }
    return Projected::drawn;
  };
  std::string out;
  for (const ThinCountry* country : countries) {
    // The parts (islands, mainlands) that stay clear of the far side, projected, thinned and clipped to
    // the frame one ring at a time; a part outside the view is left out (most of a large country's
    // islands, on a regional map).
    std::string d;
    bool ok = true;
    for (const ThinPart& part : country->parts) {
      if ((near && !near->meets(part.box)) || part.rings.empty()) continue;
      if (const std::optional<MapProjection::Placed>& mid = projected->middle(part.reach, proj);
          mid && (part.reach.off_frame(*mid, frame) || part.reach.between(*mid, frame_arc_deg, std::numeric_limits<double>::infinity())))
        continue;
      const Projected p = project_part(part);
      if (p == Projected::unprojectable) {
        ok = false;
        break;
      }
      if (p == Projected::left_out) continue;
      Rect extent{1e300, 1e300, -1e300, -1e300};
      for (const std::vector<XY>& r : rings)
        for (const XY& v : r)
          extent = {std::min(extent.min_x, v.first), std::min(extent.min_y, v.second), std::max(extent.max_x, v.first),
                    std::max(extent.max_y, v.second)};
      if (!frame.meets(extent)) continue;
      const bool inside = frame.holds(extent);
      for (std::vector<XY>& ring : rings) {
        ring.pop_back();  // open: the clip closes it
        if (!inside) ring = clip_ring(std::move(ring), frame);
        if (ring.size() < 3) continue;
        ring.push_back(ring.front());
        append_points(d, ring, view);
      }
    }
    if (ok && !d.empty()) out += fmt::format("<path d=\"{}\"><title>{}</title></path>\n", d, xml(country->name));
  }
  return out;
}

int field_index(const Layer& layer, const std::string& field) {
  for (std::size_t i = 0; i < layer.fields.size(); ++i)
    if (layer.fields[i].name == field) return static_cast<int>(i);
  return -1;
}

std::string text_value(const Feature& f, const Layer& layer, const std::string& field) {
  const int i = field_index(layer, field);
  if (i >= 0)
    if (const auto* s = std::get_if<std::string>(&f.values[static_cast<std::size_t>(i)])) return *s;
  return "";
}

long long integer_value(const Feature& f, const Layer& layer, const std::string& field) {
  const int i = field_index(layer, field);
  if (i >= 0)
    if (const auto* v = std::get_if<long long>(&f.values[static_cast<std::size_t>(i)])) return *v;
  return 0;
}

std::size_t codepoints(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

double text_width_px(const std::string& s, double font_px, bool bold) {
  return static_cast<double>(codepoints(s)) * font_px * (bold ? kBoldEm : kRegularEm);
}

// Splits text at spaces into lines no wider than max_px (a word longer than that stands alone).
std::vector<std::string> wrap(const std::string& words, double font_px, bool bold, double max_px) {
  std::vector<std::string> lines;
  std::string line, word;
  const auto flush_word = [&] {
    if (word.empty()) return;
    const std::string joined = line.empty() ? word : line + " " + word;
    if (!line.empty() && text_width_px(joined, font_px, bold) > max_px) {
      lines.push_back(line);
      line = word;
    } else {
      line = joined;
    }
    word.clear();
  };
  for (char c : words) {
    if (c == ' ') flush_word();
    else word += c;
  }
  flush_word();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Labels placed one by one, each at the first of its candidate spots that overlaps nothing placed
// before (other labels, markers) and stays inside the map; a label with no free spot is left out (its
// feature keeps its marker and its tooltip).
class LabelPlacer {
 public:
  LabelPlacer(double width_px, double height_px) : width_px_(width_px), height_px_(height_px) {}
  void block(const Box& b) { taken_.push_back(b); }
  // The text's anchor (x, y baseline) and its anchor mode, or nothing.
  struct Spot {
    double x, y;
    const char* anchor;
  };
  std::optional<Spot> place(double px, double py, double gap_px, const std::string& label, double font_px, bool bold) {
    const double w = text_width_px(label, font_px, bold), ascent = font_px * 0.8, descent = font_px * 0.25;
    const Spot candidates[] = {{px + gap_px, py - gap_px / 2, "start"},          {px + gap_px, py + gap_px + ascent, "start"},
                               {px - gap_px, py - gap_px / 2, "end"},            {px - gap_px, py + gap_px + ascent, "end"},
                               {px, py - gap_px - descent, "middle"},            {px, py + gap_px + ascent, "middle"}};
    for (const Spot& c : candidates) {
      const double x0 = c.anchor == std::string("start") ? c.x : c.anchor == std::string("end") ? c.x - w : c.x - w / 2;
      const Box b{x0, c.y - ascent, x0 + w, c.y + descent};
      if (b.x0 < 0 || b.x1 > width_px_ || b.y0 < 0 || b.y1 > height_px_) continue;
      if (std::any_of(taken_.begin(), taken_.end(), [&](const Box& t) { return t.overlaps(b); })) continue;
      taken_.push_back(b);
      return c;
    }
    return std::nullopt;
  }

 private:
  double width_px_, height_px_;
  std::vector<Box> taken_;
};

// "500 m", "2 km", "1,000 km"
std::string length_label(double km) {
  return km < 1 ? quantities::format_number(km * 1000) + " m" : quantities::format_number(km) + " km";
}

}  // namespace

std::string map_svg(const LayerSet& set, const std::string& gazetteer_path) {
  const Layer* places = set.find("places");
  const Layer* legs = set.find("legs");
  const Layer* routes = set.find("route");
  const Layer* crossings = set.find("border_crossings");
  if (!places || !legs || places->features.size() < 2) throw InputError("--map: nothing to draw");

  // Centre: the middle of the geodesic from the first place to the last.
  const LonLat a = places->features.front().parts[0][0], b = places->features.back().parts[0][0];
  const GeographicLib::GeodesicLine middle =
      GeographicLib::Geodesic::WGS84().InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
  double lat0, lon0;
  middle.Position(middle.Distance() / 2, lat0, lon0);
  lat0 = std::round(lat0 * kCentreUnitsPerDegree) / kCentreUnitsPerDegree;
  lon0 = std::round(lon0 * kCentreUnitsPerDegree) / kCentreUnitsPerDegree;
  const MapProjection proj(lat0, lon0);

  double min_x = 1e18, min_y = 1e18, max_x = -1e18, max_y = -1e18;
  auto extend = [&](const LonLat& p) {
    double x, y;
    if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) return;
    min_x = std::min(min_x, x), max_x = std::max(max_x, x), min_y = std::min(min_y, y), max_y = std::max(max_y, y);
  };
  // The frame from a sample of each leg's vertices (they lie 10 km apart, for the layers: a few hundred
  // a leg place its extent to well within the padding) and every place.
  for (const Feature& f : legs->features)
    for (const Part& part : f.parts) {
      const std::size_t step = std::max<std::size_t>(1, part.size() / kFrameSamplesPerLeg);
      for (std::size_t i = 0; i < part.size(); i += step) extend(part[i]);
      if (!part.empty()) extend(part.back());
    }
  for (const Feature& f : places->features) extend(f.parts[0][0]);
  double span_x = std::max(max_x - min_x, kMinSpanM), span_y = std::max(max_y - min_y, kMinSpanM);
  const double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2;
  span_x *= 1 + 2 * kPadding, span_y *= 1 + 2 * kPadding;
  // Keep the picture between 2:1 and 1:1 by widening, never by cutting: the frame holds the whole route
  // (a north-south route used to be cut to a 1:1 frame of its east-west extent).
  span_x = std::max(span_x, span_y);
  span_y = std::max(span_y, span_x / 2);
  View view{cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2, kWidthPx * span_y / span_x};
  const double radius_m = std::hypot(span_x, span_y) / 2 + std::hypot(cx, cy);
  const double pixel_m = (view.max_x - view.min_x) / kWidthPx;

  // The page: a title band (the title wrapped to its width, the verdict on a line of its own, so the
  // two never run into each other), the map, and a legend band below it: nothing covers the map.
  const std::string verdict = set.verdict;
  constexpr double kTitleFontPx = 20, kVerdictFontPx = 17, kMarginPx = 18, kLineGapPx = 6;
  const std::vector<std::string> title_lines = wrap(set.title, kTitleFontPx, true, kWidthPx - 2 * kMarginPx);
  double title_band_px = kMarginPx + static_cast<double>(title_lines.size()) * (kTitleFontPx + kLineGapPx);
  if (!verdict.empty()) title_band_px += kVerdictFontPx + kLineGapPx;
  title_band_px += kMarginPx / 2;

  // Legend rows: one per claim (or the route) with its line colour, verdict and the figures claimed;
  // then the symbols.
  struct LegendRow {
    std::string rgb, text, detail;
  };
  std::vector<LegendRow> legend_rows;
  const bool numbered = routes && routes->features.size() > 1;
  if (routes)
    for (const Feature& f : routes->features) {
      const std::string v = text_value(f, *routes, "verdict");
      const long long claim_no = integer_value(f, *routes, "claim");
      std::string row = (numbered ? std::to_string(claim_no ? claim_no : 1) + ". " : std::string()) +
                        text_value(f, *routes, "from") + " → " + text_value(f, *routes, "to");
      row += ": " + (v.empty() ? text_value(f, *routes, "line") : v);
      const std::string claimed = text_value(f, *routes, "claimed");
      legend_rows.push_back({verdict_rgb(v), row, claimed.empty() ? "" : "claimed: " + claimed});
    }
  constexpr double kLegendFontPx = 13, kLegendRowPx = 20;
  std::size_t legend_lines = 1;  // the symbols' row
  for (const LegendRow& r : legend_rows) legend_lines += r.detail.empty() ? 1 : 2;
  const double legend_band_px = kMarginPx + static_cast<double>(legend_lines) * kLegendRowPx + 16 /* attribution */;
  const double map_top = title_band_px, total_height = title_band_px + view.height_px + legend_band_px;

  const std::string svg_title = set.title + (verdict.empty() ? "" : ": " + verdict);
  std::string svg = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
      "<title>{2}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "<g id=\"map\" transform=\"translate(0 {3:.1f})\">\n"
      "<rect id=\"sea\" width=\"{0:.0f}\" height=\"{4:.1f}\" fill=\"#d7e8f3\"/>\n"
      // A nested viewport clips the countries to the map: their frame reaches past it (so the edges the
      // clip adds are not drawn on the map), and would otherwise show over the legend below it.
      "<svg width=\"{0:.0f}\" height=\"{4:.1f}\" overflow=\"hidden\">\n"
      "<g id=\"countries\" fill=\"#f3f0e6\" fill-rule=\"evenodd\" stroke=\"#8c8c8c\" stroke-width=\"0.7\" stroke-linejoin=\"round\">\n",
      kWidthPx, total_height, xml(svg_title), map_top, view.height_px);
  std::string outline_scale;
  svg += country_paths(gazetteer_path, proj, view, lat0, lon0, radius_m, outline_scale);
  svg += "</g>\n</svg>\n";

  // Legs, each coloured by its own claim's verdict (an article's claims are told apart, and numbered).
  svg += "<g id=\"legs\" fill=\"none\" stroke-width=\"3.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n";
  struct Badge {
    double x, y;
    long long claim;
  };
  std::vector<Badge> badges;
  std::map<long long, bool> badged;
  for (const Feature& f : legs->features) {
    const long long claim_no = integer_value(f, *legs, "claim");
    svg += fmt::format("<g class=\"leg\" data-claim=\"{}\" stroke=\"rgb({})\">\n", claim_no,
                       verdict_rgb(text_value(f, *legs, "verdict")));
    for (const Part& part : f.parts) {
      // Projected as outlines are (RingProjector: within kApproxErrorPx), written a point per
      // kMinPixelStep at most, the ends always.
      std::vector<OutlinePoint> lonlat;
      lonlat.reserve(part.size());
      for (const LonLat& p : part) lonlat.emplace_back(p.lon_deg, p.lat_deg);
      const double nan = std::numeric_limits<double>::quiet_NaN();
      std::vector<XY> at(lonlat.size(), XY{nan, nan});
      RingProjector projector(proj, lonlat, at, kApproxErrorPx * pixel_m, std::numeric_limits<double>::infinity());
      for (std::size_t begin = 0; begin + 1 < lonlat.size(); begin += kChunkVertices)
        projector.run(begin, std::min(begin + kChunkVertices, lonlat.size() - 1));
      if (lonlat.size() == 1) projector.vertex(0);
      std::string points;
      std::vector<std::pair<double, double>> drawn;
      for (std::size_t i = 0; i < at.size(); ++i) {
        if (std::isnan(at[i].first)) continue;  // not projectable
        const double px = view.px(at[i].first), py = view.py(at[i].second);
        if (!drawn.empty() && i + 1 < at.size() && std::hypot(px - drawn.back().first, py - drawn.back().second) < kMinPixelStep)
          continue;
        append_tenths(points, px);
        points += ',';
        append_tenths(points, py);
        points += ' ';
        drawn.emplace_back(px, py);
      }
      svg += fmt::format("<polyline points=\"{}\"/>\n", points);
      if (numbered && !drawn.empty() && !badged[claim_no]) {
        badged[claim_no] = true;
        badges.push_back({drawn[drawn.size() / 2].first, drawn[drawn.size() / 2].second, claim_no});
      }
    }
    svg += "</g>\n";
  }
  svg += "</g>\n";

  LabelPlacer labels(kWidthPx, view.height_px);
  // Markers first, so no label covers a place or a crossing.
  constexpr double kMarkerPx = 7;
  const auto project_px = [&](const LonLat& p, double& px, double& py) {
    double x, y;
    if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) return false;
    px = view.px(x), py = view.py(y);
    return true;
  };
  for (const Feature& f : places->features) {
    double px, py;
    if (project_px(f.parts[0][0], px, py)) labels.block({px - kMarkerPx, py - kMarkerPx, px + kMarkerPx, py + kMarkerPx});
  }
  for (const Badge& badge : badges) labels.block({badge.x - 9, badge.y - 9, badge.x + 9, badge.y + 9});

  // Places: labelled where the label overlaps nothing.
  std::string place_marks, place_labels;
  for (const Feature& f : places->features) {
    double px, py;
    if (!project_px(f.parts[0][0], px, py)) continue;
    const std::string role = text_value(f, *places, "role");
    const std::string name = text_value(f, *places, "name");
    const char* fill = role == "origin" ? "#1a9641" : role == "destination" ? "#d7191c" : "#ffffff";
    place_marks += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"6.5\" fill=\"{}\" stroke=\"#222\" stroke-width=\"1.5\">"
                               "<title>{}</title></circle>\n",
                               px, py, fill, xml(name));
    if (const auto spot = labels.place(px, py, 10, name, 15, true))
      place_labels += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" paint-order=\"stroke\" stroke=\"#fff\" "
                                  "stroke-width=\"4\" stroke-linejoin=\"round\">{}</text>\n",
                                  spot->x, spot->y, spot->anchor, xml(name));
  }

  // Border crossings: a route that crosses one border back and forth (along a river, a winding line)
  // gets one label for the run of crossings, "MN → RU → MN", not labels printed over each other.
  std::string crossing_marks, crossing_labels;
  if (crossings && !crossings->features.empty()) {
    struct Run {
      double x, y;
      std::vector<std::string> countries;
    };
    std::vector<Run> runs;
    for (const Feature& f : crossings->features) {
      double px, py;
      if (!project_px(f.parts[0][0], px, py)) continue;
      const std::string from = text_value(f, *crossings, "from_country"), to = text_value(f, *crossings, "to_country");
      crossing_marks += fmt::format("<path d=\"M{0:.1f} {1:.1f}l7 7l-7 7l-7 -7z\" transform=\"translate(0 -7)\" fill=\"#ffdd00\" "
                                    "stroke=\"#333\" stroke-width=\"1.2\"><title>{2} → {3}</title></path>\n",
                                    px, py, xml(from), xml(to));
      labels.block({px - kMarkerPx, py - kMarkerPx, px + kMarkerPx, py + kMarkerPx});
      if (!runs.empty() && std::hypot(px - runs.back().x, py - runs.back().y) < kMergeCrossingsPx &&
          runs.back().countries.back() == from) {
        runs.back().countries.push_back(to);
        continue;
      }
      runs.push_back({px, py, {from, to}});
    }
    for (const Run& run : runs) {
      const std::string label = text::join(run.countries, " → ");
      if (const auto spot = labels.place(run.x, run.y, 10, label, 12, false))
        crossing_labels += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" paint-order=\"stroke\" stroke=\"#fff\" "
                                       "stroke-width=\"3\">{}</text>\n",
                                       spot->x, spot->y, spot->anchor, xml(label));
    }
  }
  svg += "<g id=\"border_crossings\" font-size=\"12\" fill=\"#3a3a3a\">\n" + crossing_marks + crossing_labels + "</g>\n";
  svg += "<g id=\"places\" font-size=\"15\" font-weight=\"bold\" fill=\"#1d1d1d\">\n" + place_marks + place_labels + "</g>\n";
  if (!badges.empty()) {
    svg += "<g id=\"claim_numbers\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">\n";
    for (const Badge& badge : badges)
      svg += fmt::format("<circle cx=\"{0:.1f}\" cy=\"{1:.1f}\" r=\"9\" fill=\"#fff\" stroke=\"#222\"/>"
                         "<text x=\"{0:.1f}\" y=\"{2:.1f}\" fill=\"#222\">{3}</text>\n",
                         badge.x, badge.y, badge.y + 4, badge.claim);
    svg += "</g>\n";
  }

  // Scale bar: true along radii from the centre, which the route passes through; a quarter of the width
  // at most, in m below a km.
  const double bar_km = nice_length_km(span_x / 1000 / 4);
  const double bar_px = bar_km * 1000 / span_x * kWidthPx;
  const double bx = 24, by = view.height_px - 24;
  svg += fmt::format(
      "<g id=\"scale\" font-size=\"13\" fill=\"#222\" data-length-km=\"{7}\">\n"
      "<rect x=\"{0}\" y=\"{1}\" width=\"{2:.1f}\" height=\"7\" fill=\"#222\"/>\n"
      "<rect x=\"{0}\" y=\"{1}\" width=\"{3:.1f}\" height=\"7\" fill=\"#fff\" stroke=\"#222\"/>\n"
      "<text x=\"{0}\" y=\"{4}\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">0</text>"
      "<text x=\"{5:.1f}\" y=\"{4}\" text-anchor=\"end\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">{6}</text>\n</g>\n",
      bx, by, bar_px, bar_px / 2, by - 5, bx + bar_px, length_label(bar_km), bar_km);
  svg += "</g>\n";  // map

  // Title band.
  svg += "<g id=\"title\">\n";
  double ty = kMarginPx + kTitleFontPx * 0.8;
  for (const std::string& line : title_lines) {
    svg += fmt::format("<text x=\"{:.0f}\" y=\"{:.1f}\" font-size=\"{:.0f}\" font-weight=\"bold\" fill=\"#1d1d1d\">{}</text>\n",
                       kMarginPx, ty, kTitleFontPx, xml(line));
    ty += kTitleFontPx + kLineGapPx;
  }
  if (!verdict.empty())
    svg += fmt::format("<text id=\"verdict\" x=\"{:.0f}\" y=\"{:.1f}\" font-size=\"{:.0f}\" font-weight=\"bold\" fill=\"rgb({})\">"
                       "{}: {}</text>\n",
                       kMarginPx, ty - kTitleFontPx + kVerdictFontPx, kVerdictFontPx, verdict_rgb(verdict),
                       numbered ? "Worst verdict" : "Verdict", xml(verdict));
  svg += "</g>\n";

  // Legend band: each claim's line with its verdict and the figures claimed, then the symbols.
  svg += fmt::format("<g id=\"legend\" font-size=\"{:.0f}\" fill=\"#1d1d1d\" transform=\"translate(0 {:.1f})\">\n",
                     kLegendFontPx, map_top + view.height_px);
  double ly = kMarginPx;
  for (const LegendRow& r : legend_rows) {
    svg += fmt::format("<g class=\"legend-route\"><line x1=\"{0:.0f}\" y1=\"{1:.1f}\" x2=\"{2:.0f}\" y2=\"{1:.1f}\" stroke=\"rgb({3})\" "
                       "stroke-width=\"4\"/><text x=\"{4:.0f}\" y=\"{5:.1f}\">{6}</text>",
                       kMarginPx, ly - 4, kMarginPx + 30, r.rgb, kMarginPx + 40, ly, xml(r.text));
    if (!r.detail.empty()) {
      ly += kLegendRowPx;
      svg += fmt::format("<text class=\"claimed\" x=\"{:.0f}\" y=\"{:.1f}\" fill=\"#444\">{}</text>", kMarginPx + 40, ly, xml(r.detail));
    }
    svg += "</g>\n";
    ly += kLegendRowPx;
  }
  const bool has_via = places->features.size() > 2;
  const bool has_crossings = crossings && !crossings->features.empty();
  double sx = kMarginPx + 6;
  const auto symbol = [&](const std::string& mark, const std::string& label) {
    svg += mark + fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", sx + 12, ly, xml(label));
    sx += 12 + text_width_px(label, kLegendFontPx, false) + 24;
  };
  svg += "<g class=\"legend-symbols\">\n";
  const auto circle = [&](const char* fill) {
    return fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"6\" fill=\"{}\" stroke=\"#222\" stroke-width=\"1.5\"/>", sx, ly - 4, fill);
  };
  symbol(circle("#1a9641"), "origin");
  if (has_via) symbol(circle("#ffffff"), "via");
  symbol(circle("#d7191c"), "destination");
  if (has_crossings)
    symbol(fmt::format("<path d=\"M{:.1f} {:.1f}l7 7l-7 7l-7 -7z\" fill=\"#ffdd00\" stroke=\"#333\" stroke-width=\"1.2\"/>", sx,
                       ly - 11),
           "border crossing");
  svg += "</g>\n";
  svg += fmt::format(
      "<text id=\"credits\" x=\"{:.0f}\" y=\"{:.0f}\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\" "
      "data-outline-scale=\"{}\">Natural Earth {} outlines; GeoNames places; azimuthal equidistant projection centred on "
      "{:.2f}, {:.2f}; geodesic legs (WGS84); routecheck</text>\n</g>\n</svg>\n",
      kWidthPx - 10, legend_band_px - 8, outline_scale, outline_scale, lat0, lon0);

  return svg;
}

}  // namespace routecheck::layers
