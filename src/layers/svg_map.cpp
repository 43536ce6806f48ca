// An SVG map of a route or a checked claim. Azimuthal equidistant projection (PROJ) centred on the
// middle of the route: distances from the centre are true, shapes look right at any latitude and across
// the antimeridian. Country outlines (Natural Earth) are clipped to the view with GEOS before drawing.
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <proj.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "core/text.hpp"
#include "gazetteer/countries_layer.hpp"
#include "gazetteer/place_layer.hpp"
#include "layers/layer_output.hpp"
#include "layers/styles.hpp"
#include "quantities/quantity.hpp"

namespace fs = std::filesystem;

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
constexpr double kBoxArcMarginDeg = 1;  // a bounding box's edges bulge past its corners' arcs by less
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

class Projection {
 public:
  Projection(double lat0, double lon0) {
    ctx_ = proj_context_create();
    const std::string aeqd = fmt::format("+proj=aeqd +lat_0={} +lon_0={} +datum=WGS84 +units=m +type=crs", lat0, lon0);
    PJ* p = proj_create_crs_to_crs(ctx_, "EPSG:4326", aeqd.c_str(), nullptr);
    if (!p) throw InputError("PROJ cannot build the map projection: " + std::string(proj_context_errno_string(ctx_, proj_context_errno(ctx_))));
    pj_ = proj_normalize_for_visualization(ctx_, p);  // lon, lat order
    proj_destroy(p);
  }
  ~Projection() {
    proj_destroy(pj_);
    proj_context_destroy(ctx_);
  }
  Projection(const Projection&) = delete;
  Projection& operator=(const Projection&) = delete;

  bool forward(double lon, double lat, double& x, double& y) const {
    PJ_COORD c = proj_trans(pj_, PJ_FWD, proj_coord(lon, lat, 0, 0));
    x = c.xy.x, y = c.xy.y;
    return std::isfinite(x) && std::isfinite(y);
  }

 private:
  PJ_CONTEXT* ctx_ = nullptr;
  PJ* pj_ = nullptr;
};

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


using XY = std::pair<double, double>;

// A ring clipped to a rectangle (Sutherland-Hodgman, one edge at a time). The result may run along the
// rectangle's edges where the ring left it; filled, it covers exactly the ring's part inside. Linear in
// the ring's vertices and indifferent to invalid rings (a country split at ±180 that meets itself once
// projected), unlike an overlay: the map's countries are clipped this way, not with GEOS.
std::vector<XY> clip_ring(std::vector<XY> ring, const OGREnvelope& box) {
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
  ring = clip_edge(ring, [&](const XY& p) { return p.first >= box.MinX; }, at_x(box.MinX));
  ring = clip_edge(ring, [&](const XY& p) { return p.first <= box.MaxX; }, at_x(box.MaxX));
  ring = clip_edge(ring, [&](const XY& p) { return p.second >= box.MinY; }, at_y(box.MinY));
  ring = clip_edge(ring, [&](const XY& p) { return p.second <= box.MaxY; }, at_y(box.MaxY));
  return ring;
}

// A ring as a path's subpath, in pixels; vertices closer than kMinPixelStep to the last one written left out.
void append_points(std::string& path, const std::vector<XY>& ring, const View& view) {
  double last_x = 1e18, last_y = 1e18;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const double x = view.px(ring[i].first), y = view.py(ring[i].second);
    const bool edge = i == 0 || i + 1 == ring.size();
    if (!edge && (x - last_x) * (x - last_x) + (y - last_y) * (y - last_y) < kMinPixelStep * kMinPixelStep) continue;
    path += fmt::format("{}{:.1f} {:.1f}", i == 0 ? "M" : "L", x, y);
    last_x = x, last_y = y;
  }
  path += "Z";
}

// A ring's vertex kept unless it lies within `step` of the last kept one on both axes; a ring's first and
// last vertices always are (the ring stays closed). The thinning of the outline cache and of a map alike.
void keep_vertex(std::vector<double>& xs, std::vector<double>& ys, double x, double y, double step, bool last) {
  if (!xs.empty() && !last && std::abs(x - xs.back()) < step && std::abs(y - ys.back()) < step) return;
  xs.push_back(x), ys.push_back(y);
}

// The countries layer of a gazetteer, read once per process and thinned per level on first use: each
// part's rings with vertices closer than kThinBaseDeg * 2^level degrees dropped (in latitude and in
// longitude, so never more than that on the ground). A batch of maps reads and thins the outlines once,
// not once a map; a map takes the coarsest level still finer than its own pixel step.
constexpr double kThinBaseDeg = 0.001;  // about 110 m: finer than a pixel on any map but a town's
constexpr int kThinLevels = 10;         // up to about 0.5 degrees, a pixel of a world map

struct ThinCountry {
  std::string name;
  std::vector<OGRPolygon> parts;       // lon/lat
  std::vector<OGREnvelope> envelopes;  // of each part
};

class OutlineCache {
 public:
  // The countries at `level` (-1: as stored), read from `gazetteer_path` on first use.
  const std::vector<ThinCountry>& at(const std::string& gazetteer_path, int level) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (gazetteer_path != path_) {
      levels_.clear();
      source_ = read(gazetteer_path);
      path_ = gazetteer_path;
    }
    if (level < 0) return source_;
    auto it = levels_.find(level);
    if (it == levels_.end()) it = levels_.emplace(level, thin(source_, kThinBaseDeg * std::ldexp(1.0, level))).first;
    return it->second;
  }

 private:
  static std::vector<ThinCountry> read(const std::string& gazetteer_path) {
    const char* drivers[] = {"GPKG", nullptr};
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
        GDALOpenEx(gazetteer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    OGRLayer* layer = ds ? ds->GetLayerByName(gazetteer::kCountriesLayer) : nullptr;
    if (!layer) throw InputError("gazetteer '" + gazetteer_path + "' has no country outlines: rebuild it");
    std::vector<ThinCountry> out;
    for (auto& f : *layer) {
      const OGRGeometry* g = f->GetGeometryRef();
      if (!g) continue;
      ThinCountry c{f->GetFieldAsString("name"), {}, {}};
      const auto add = [&](const OGRPolygon& part) {
        c.parts.push_back(part);
        c.envelopes.emplace_back();
        part.getEnvelope(&c.envelopes.back());
      };
      if (wkbFlatten(g->getGeometryType()) == wkbPolygon) add(*g->toPolygon());
      else if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
        for (const OGRPolygon* part : *g->toMultiPolygon()) add(*part);
      if (!c.parts.empty()) out.push_back(std::move(c));
    }
    return out;
  }

  static std::vector<ThinCountry> thin(const std::vector<ThinCountry>& source, double step_deg) {
    std::vector<ThinCountry> out;
    std::vector<double> xs, ys;
    for (const ThinCountry& c : source) {
      ThinCountry t{c.name, {}, {}};
      for (std::size_t k = 0; k < c.parts.size(); ++k) {
        OGRPolygon part;
        for (const OGRLinearRing* ring : c.parts[k]) {
          const int n = ring->getNumPoints();
          xs.clear(), ys.clear();
          for (int i = 0; i < n; ++i) {
            const double x = ring->getX(i), y = ring->getY(i);
            keep_vertex(xs, ys, x, y, step_deg, i + 1 == n);
          }
          if (xs.size() < 4) {  // smaller than the step: an islet or a lake left out at this level
            if (part.IsEmpty()) break;
            continue;
          }
          OGRLinearRing r;
          r.setPoints(static_cast<int>(xs.size()), xs.data(), ys.data());
          part.addRing(&r);
        }
        if (part.IsEmpty()) continue;
        t.parts.push_back(std::move(part));
        t.envelopes.push_back(c.envelopes[k]);
      }
      if (!t.parts.empty()) out.push_back(std::move(t));
    }
    return out;
  }

  std::mutex mutex_;
  std::string path_;
  std::vector<ThinCountry> source_;
  std::map<int, std::vector<ThinCountry>> levels_;
};

OutlineCache& outline_cache() {
  static OutlineCache cache;
  return cache;
}

// Country outlines, projected, clipped to the view rectangle.
std::string country_paths(const std::string& gazetteer_path, const Projection& proj, const View& view, double lat0,
                          double lon0, double radius_m) {
  // Only the parts near the view are read further (the rectangle a spatial filter used to give).
  const double radius_deg = radius_m / 111e3 * 1.2;
  std::optional<OGREnvelope> near;
  if (radius_deg < 60 && std::abs(lat0) + radius_deg < 85) {
    const double dlon = radius_deg / std::cos((std::abs(lat0) + radius_deg) * M_PI / 180);
    if (lon0 - dlon > -180 && lon0 + dlon < 180) {
      near.emplace();
      near->MinX = lon0 - dlon, near->MaxX = lon0 + dlon, near->MinY = lat0 - radius_deg, near->MaxY = lat0 + radius_deg;
    }
  }
  // The coarsest level whose step is under the output's pixel step (kMinPixelStep), in degrees of
  // latitude at the map's centre scale: what the path would drop when written anyway (far from the centre
  // an azimuthal map stretches, and a step there may span a pixel or two: outlines only, not the route).
  const double pixel_deg = kMinPixelStep * (view.max_x - view.min_x) / kWidthPx / 111.32e3;
  int level = -1;
  while (level + 1 < kThinLevels && kThinBaseDeg * std::ldexp(1.0, level + 1) <= pixel_deg) ++level;
  const std::vector<ThinCountry>& countries = outline_cache().at(gazetteer_path, level);
  OGRPolygon frame;
  {
    OGRLinearRing r;
    const double mx = (view.max_x - view.min_x) * 0.02, my = (view.max_y - view.min_y) * 0.02;
    r.addPoint(view.min_x - mx, view.min_y - my), r.addPoint(view.max_x + mx, view.min_y - my);
    r.addPoint(view.max_x + mx, view.max_y + my), r.addPoint(view.min_x - mx, view.max_y + my);
    r.closeRings();
    frame.addRing(&r);
  }
  const double view_radius_deg = radius_m / 111.2e3;
  const double far_deg = std::clamp(view_radius_deg + kFarSideMarginDeg, kFarSideDeg, kMaxFarSideDeg);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  // Whether any vertex of a polygon lies farther than far_deg (arc on the auxiliary sphere) from the centre.
  // Its bounding box answers first: the arc from the centre to the box's middle, less or plus the arc from
  // the middle to its farthest corner (the triangle inequality, with a margin for the box's curved edges),
  // settles most parts with five geodesics instead of one a vertex.
  const auto reaches_far_side = [&](const OGRPolygon& polygon, const OGREnvelope& box) {
    const double mid_lat = (box.MinY + box.MaxY) / 2, mid_lon = (box.MinX + box.MaxX) / 2;
    double s12_m;
    const double to_mid = wgs84.Inverse(lat0, lon0, mid_lat, mid_lon, s12_m);
    double reach = 0;
    for (const auto& [lat, lon] : {std::pair{box.MinY, box.MinX}, {box.MinY, box.MaxX}, {box.MaxY, box.MinX}, {box.MaxY, box.MaxX}})
      reach = std::max(reach, wgs84.Inverse(mid_lat, mid_lon, lat, lon, s12_m));
    reach += kBoxArcMarginDeg;
    if (to_mid + reach <= far_deg) return false;
    for (const OGRLinearRing* ring : polygon)
      for (int i = 0; i < ring->getNumPoints(); ++i)
        if (wgs84.Inverse(lat0, lon0, ring->getY(i), ring->getX(i), s12_m) > far_deg) return true;
    return false;
  };
  // Vertices closer than this (metres, projected) are one point on the map: half the output's own step
  // (kMinPixelStep, applied when the path is written). Dropped before GEOS sees the outline, they would
  // have cost it most of a map's time (a large country's coast at full resolution).
  const double step_m = kMinPixelStep / 2 * (view.max_x - view.min_x) / kWidthPx;
  // A part projected, its vertices thinned to step_m; nullopt when a vertex cannot be projected.
  const auto project_part = [&](const OGRPolygon& part) -> std::optional<OGRPolygon> {
    OGRPolygon out;
    std::vector<double> xs, ys;
    for (const OGRLinearRing* ring : part) {
      const int n = ring->getNumPoints();
      xs.clear(), ys.clear();
      for (int i = 0; i < n; ++i) {
        double x, y;
        if (!proj.forward(ring->getX(i), ring->getY(i), x, y)) return std::nullopt;
        keep_vertex(xs, ys, x, y, step_m, i + 1 == n);
      }
      if (xs.size() < 4) {  // a ring smaller than a pixel: an island or lake too small to draw
        if (out.IsEmpty()) return OGRPolygon();  // its exterior: the whole part
        continue;
      }
      OGRLinearRing thin;
      thin.setPoints(static_cast<int>(xs.size()), xs.data(), ys.data());
      out.addRing(&thin);
    }
    return out;
  };
  OGREnvelope box;
  frame.getEnvelope(&box);
  std::string out;
  std::vector<XY> ring;
  for (const ThinCountry& country : countries) {
    // The parts (islands, mainlands) that stay clear of the far side, projected, thinned and clipped to
    // the frame one ring at a time; a part outside the view is left out (most of a large country's
    // islands, on a regional map).
    std::string d;
    bool ok = true;
    for (std::size_t k = 0; k < country.parts.size() && ok; ++k) {
      const OGREnvelope& e = country.envelopes[k];
      if (near && (e.MaxX < near->MinX || e.MinX > near->MaxX || e.MaxY < near->MinY || e.MinY > near->MaxY)) continue;
      const OGRPolygon& part = country.parts[k];
      if (reaches_far_side(part, e)) continue;
      std::optional<OGRPolygon> p = project_part(part);
      if (!p) {
        ok = false;  // a ring touching an unprojectable point: the country is dropped, as before
        break;
      }
      if (p->IsEmpty()) continue;
      OGREnvelope env;
      p->getEnvelope(&env);
      if (env.MaxX < view.min_x || env.MinX > view.max_x || env.MaxY < view.min_y || env.MinY > view.max_y) continue;
      for (const OGRLinearRing* r : *p) {
        ring.clear();
        for (int i = 0; i + 1 < r->getNumPoints(); ++i) ring.emplace_back(r->getX(i), r->getY(i));  // open: the clip closes it
        if (!box.Contains(env)) ring = clip_ring(std::move(ring), box);
        if (ring.size() < 3) continue;
        ring.push_back(ring.front());
        append_points(d, ring, view);
      }
    }
    if (ok && !d.empty()) out += fmt::format("<path d=\"{}\"><title>{}</title></path>\n", d, xml(country.name));
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
  gazetteer::init_gdal();
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
  const Projection proj(lat0, lon0);

  double min_x = 1e18, min_y = 1e18, max_x = -1e18, max_y = -1e18;
  auto extend = [&](const LonLat& p) {
    double x, y;
    if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) return;
    min_x = std::min(min_x, x), max_x = std::max(max_x, x), min_y = std::min(min_y, y), max_y = std::max(max_y, y);
  };
  for (const Feature& f : legs->features)
    for (const Part& part : f.parts)
      for (const LonLat& p : part) extend(p);
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
  svg += country_paths(gazetteer_path, proj, view, lat0, lon0, radius_m);
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
      std::string points;
      std::vector<std::pair<double, double>> drawn;
      for (const LonLat& p : part) {
        double x, y;
        if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) continue;
        points += fmt::format("{:.1f},{:.1f} ", view.px(x), view.py(y));
        drawn.emplace_back(view.px(x), view.py(y));
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
      "<text x=\"{:.0f}\" y=\"{:.0f}\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">Natural Earth outlines; "
      "GeoNames places; azimuthal equidistant projection centred on {:.2f}, {:.2f}; geodesic legs (WGS84); "
      "routecheck</text>\n</g>\n</svg>\n",
      kWidthPx - 10, legend_band_px - 8, lat0, lon0);

  return svg;
}

namespace {

// The SVG drawn as a PNG at its own size (1 px a unit) on white, by librsvg onto a cairo image surface.
std::string svg_to_png(const std::string& svg, const std::string& path) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, void (*)(gpointer)> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error), g_object_unref);
  const auto fail = [&](const std::string& why) -> std::string {
    throw InputError("--map '" + path + "': cannot draw the PNG: " + why);
  };
  if (!handle) {
    const std::string why = error ? error->message : "librsvg refused the map";
    if (error) g_error_free(error);
    return fail(why);
  }
  gdouble width = 0, height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height) || width < 1 || height < 1)
    return fail("the map has no size");
  std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height))),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, void (*)(cairo_t*)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, width, height};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
    const std::string why = error ? error->message : "librsvg could not render the map";
    if (error) g_error_free(error);
    return fail(why);
  }
  std::string png;
  const cairo_status_t status = cairo_surface_write_to_png_stream(
      surface.get(),
      [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
      },
      &png);
  if (status != CAIRO_STATUS_SUCCESS) return fail(cairo_status_to_string(status));
  return png;
}

}  // namespace

void draw_map(const LayerSet& set, const std::string& gazetteer_path, const std::string& map_path,
              const WriteOptions& options) {
  const std::string extension = fs::path(map_path).extension().string();
  if (extension != ".svg" && extension != ".png")
    throw InputError("--map '" + map_path + "': write an .svg or a .png file");
  if (fs::exists(map_path) && !options.overwrite) throw InputError("'" + map_path + "' exists: use --overwrite to replace it");
  const std::string svg = map_svg(set, gazetteer_path);
  TempFile temp(map_path);
  temp.write(extension == ".png" ? svg_to_png(svg, map_path) : svg);
  temp.commit();
}

}  // namespace routecheck::layers
