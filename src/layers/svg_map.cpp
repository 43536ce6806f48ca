// An SVG map of a route or a checked claim. Azimuthal equidistant projection (PROJ) centred on the
// middle of the route: distances from the centre are true, shapes look right at any latitude and across
// the antimeridian. Country outlines (Natural Earth) are clipped to the view with GEOS before drawing.
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <proj.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "gazetteer/countries_layer.hpp"
#include "gazetteer/place_layer.hpp"
#include "layers/layer_output.hpp"
#include "layers/styles.hpp"
#include "quantities/quantity.hpp"

namespace fs = std::filesystem;

namespace routecheck::layers {
namespace {

constexpr double kWidthPx = 1000;
constexpr double kMinSpanM = 300e3;   // never zoom closer than 300 km across
constexpr double kPadding = 0.18;     // share of the route's extent added on each side
constexpr double kMinPixelStep = 0.6; // outline vertices closer than this are dropped

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

void append_ring(std::string& path, const OGRLinearRing& ring, const View& view) {
  double last_x = 1e18, last_y = 1e18;
  for (int i = 0; i < ring.getNumPoints(); ++i) {
    const double x = view.px(ring.getX(i)), y = view.py(ring.getY(i));
    const bool edge = i == 0 || i + 1 == ring.getNumPoints();
    if (!edge && std::hypot(x - last_x, y - last_y) < kMinPixelStep) continue;
    path += fmt::format("{}{:.1f} {:.1f}", i == 0 ? "M" : "L", x, y);
    last_x = x, last_y = y;
  }
  path += "Z";
}

void append_polygons(std::string& path, const OGRGeometry* g, const View& view) {
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
      const OGRPolygon* p = g->toPolygon();
      for (const OGRLinearRing* ring : *p) append_ring(path, *ring, view);
      break;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g->toGeometryCollection()) append_polygons(path, part, view);
      break;
    default: break;
  }
}

// Country outlines, projected, clipped to the view rectangle.
std::string country_paths(const std::string& gazetteer_path, const Projection& proj, const View& view, double lat0,
                          double lon0, double radius_m) {
  const char* drivers[] = {"GPKG", nullptr};
  std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
      GDALOpenEx(gazetteer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
  OGRLayer* layer = ds ? ds->GetLayerByName(gazetteer::kCountriesLayer) : nullptr;
  if (!layer) throw InputError("gazetteer '" + gazetteer_path + "' has no country outlines: rebuild it");
  const double radius_deg = radius_m / 111e3 * 1.2;
  if (radius_deg < 60 && std::abs(lat0) + radius_deg < 85) {
    const double dlon = radius_deg / std::cos((std::abs(lat0) + radius_deg) * M_PI / 180);
    if (lon0 - dlon > -180 && lon0 + dlon < 180) layer->SetSpatialFilterRect(lon0 - dlon, lat0 - radius_deg, lon0 + dlon, lat0 + radius_deg);
  }
  OGRPolygon frame;
  {
    OGRLinearRing r;
    const double mx = (view.max_x - view.min_x) * 0.02, my = (view.max_y - view.min_y) * 0.02;
    r.addPoint(view.min_x - mx, view.min_y - my), r.addPoint(view.max_x + mx, view.min_y - my);
    r.addPoint(view.max_x + mx, view.max_y + my), r.addPoint(view.min_x - mx, view.max_y + my);
    r.closeRings();
    frame.addRing(&r);
  }
  std::string out;
  for (auto& f : *layer) {
    const OGRGeometry* g = f->GetGeometryRef();
    if (!g) continue;
    std::unique_ptr<OGRGeometry> projected(g->clone());
    bool ok = true;
    // Project every vertex with PROJ; a ring touching an unprojectable point is dropped.
    std::function<void(OGRGeometry*)> project = [&](OGRGeometry* geom) {
      switch (wkbFlatten(geom->getGeometryType())) {
        case wkbPolygon:
          for (OGRLinearRing* ring : *geom->toPolygon())
            for (int i = 0; i < ring->getNumPoints(); ++i) {
              double x, y;
              ok = proj.forward(ring->getX(i), ring->getY(i), x, y) && ok;
              ring->setPoint(i, x, y);
            }
          break;
        case wkbMultiPolygon:
          for (OGRGeometry* part : *geom->toGeometryCollection()) project(part);
          break;
        default: break;
      }
    };
    project(projected.get());
    if (!ok) continue;
    OGREnvelope env;
    projected->getEnvelope(&env);
    if (env.MaxX < view.min_x || env.MinX > view.max_x || env.MaxY < view.min_y || env.MinY > view.max_y) continue;
    // Countries stored split at ±180 (Russia, the United States, Fiji) meet themselves once projected:
    // repair such geometries, or GEOS refuses to clip them and the country would vanish from the map.
    if (!projected->IsValid()) {
      std::unique_ptr<OGRGeometry> repaired(projected->MakeValid());
      if (!repaired || repaired->IsEmpty()) repaired.reset(projected->Buffer(0));
      if (repaired && !repaired->IsEmpty()) projected = std::move(repaired);
    }
    std::unique_ptr<OGRGeometry> clipped(projected->Intersection(&frame));
    if (!clipped || clipped->IsEmpty()) continue;
    std::string d;
    append_polygons(d, clipped.get(), view);
    if (!d.empty()) out += fmt::format("<path d=\"{}\"><title>{}</title></path>\n", d, xml(f->GetFieldAsString("name")));
  }
  return out;
}

std::string text_value(const Feature& f, const Layer& layer, const std::string& field) {
  for (std::size_t i = 0; i < layer.fields.size(); ++i)
    if (layer.fields[i].name == field)
      if (const auto* s = std::get_if<std::string>(&f.values[i])) return *s;
  return "";
}

}  // namespace

void draw_map(const LayerSet& set, const std::string& gazetteer_path, const std::string& svg_path,
              const WriteOptions& options) {
  gazetteer::init_gdal();
  if (fs::path(svg_path).extension() != ".svg")
    throw InputError("--map '" + svg_path + "': write an .svg file (convert it to PNG with rsvg-convert)");
  if (fs::exists(svg_path) && !options.overwrite) throw InputError("'" + svg_path + "' exists: use --overwrite to replace it");
  const Layer* places = set.find("places");
  const Layer* legs = set.find("legs");
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

  const std::string verdict = set.verdict;
  std::string svg = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
      "<title>{2}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#d7e8f3\"/>\n"
      "<g id=\"countries\" fill=\"#f3f0e6\" stroke=\"#8c8c8c\" stroke-width=\"0.7\" stroke-linejoin=\"round\">\n",
      kWidthPx, view.height_px, xml(set.title + (verdict.empty() ? "" : ": " + verdict)));
  svg += country_paths(gazetteer_path, proj, view, lat0, lon0, radius_m);
  svg += "</g>\n";

  // Legs, coloured by the verdict.
  svg += fmt::format("<g id=\"legs\" fill=\"none\" stroke=\"rgb({})\" stroke-width=\"3.5\" stroke-linecap=\"round\" "
                     "stroke-linejoin=\"round\">\n",
                     verdict_rgb(verdict));
  for (const Feature& f : legs->features)
    for (const Part& part : f.parts) {
      std::string points;
      for (const LonLat& p : part) {
        double x, y;
        if (proj.forward(p.lon_deg, p.lat_deg, x, y)) points += fmt::format("{:.1f},{:.1f} ", view.px(x), view.py(y));
      }
      svg += fmt::format("<polyline points=\"{}\"/>\n", points);
    }
  svg += "</g>\n";

  if (crossings && !crossings->features.empty()) {
    svg += "<g id=\"border_crossings\" font-size=\"12\" fill=\"#3a3a3a\">\n";
    for (const Feature& f : crossings->features) {
      double x, y;
      const LonLat p = f.parts[0][0];
      if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) continue;
      const double px = view.px(x), py = view.py(y);
      svg += fmt::format("<path d=\"M{0:.1f} {1:.1f}l7 7l-7 7l-7 -7z\" transform=\"translate(0 -7)\" fill=\"#ffdd00\" "
                         "stroke=\"#333\" stroke-width=\"1.2\"/>\n"
                         "<text x=\"{2:.1f}\" y=\"{3:.1f}\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">"
                         "{4} → {5}</text>\n",
                         px, py, px + 10, py + 18, xml(text_value(f, *crossings, "from_country")),
                         xml(text_value(f, *crossings, "to_country")));
    }
    svg += "</g>\n";
  }

  svg += "<g id=\"places\" font-size=\"15\" font-weight=\"bold\" fill=\"#1d1d1d\">\n";
  for (const Feature& f : places->features) {
    double x, y;
    const LonLat p = f.parts[0][0];
    if (!proj.forward(p.lon_deg, p.lat_deg, x, y)) continue;
    const std::string role = text_value(f, *places, "role");
    const char* fill = role == "origin" ? "#1a9641" : role == "destination" ? "#d7191c" : "#ffffff";
    svg += fmt::format("<circle cx=\"{0:.1f}\" cy=\"{1:.1f}\" r=\"6.5\" fill=\"{2}\" stroke=\"#222\" stroke-width=\"1.5\"/>\n"
                       "<text x=\"{3:.1f}\" y=\"{4:.1f}\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"4\" "
                       "stroke-linejoin=\"round\">{5}</text>\n",
                       view.px(x), view.py(y), fill, view.px(x) + 10, view.py(y) - 8, xml(text_value(f, *places, "name")));
  }
  svg += "</g>\n";

  // Scale bar: true along radii from the centre, which the route passes through.
  const double bar_km = nice_length_km(span_x / 1000 / 4);
  const double bar_px = bar_km * 1000 / span_x * kWidthPx;
  const double bx = 24, by = view.height_px - 34;
  svg += fmt::format(
      "<g id=\"scale\" font-size=\"13\" fill=\"#222\">\n"
      "<rect x=\"{0}\" y=\"{1}\" width=\"{2:.1f}\" height=\"7\" fill=\"#222\"/>\n"
      "<rect x=\"{0}\" y=\"{1}\" width=\"{3:.1f}\" height=\"7\" fill=\"#fff\" stroke=\"#222\"/>\n"
      "<text x=\"{0}\" y=\"{4}\">0</text><text x=\"{5:.1f}\" y=\"{4}\" text-anchor=\"end\">{6} km</text>\n</g>\n",
      bx, by, bar_px, bar_px / 2, by - 5, bx + bar_px, quantities::format_number(bar_km));

  // Title with the verdict, and the sources.
  svg += fmt::format(
      "<g id=\"title\">\n<rect x=\"0\" y=\"0\" width=\"100%\" height=\"44\" fill=\"#ffffff\" fill-opacity=\"0.88\"/>\n"
      "<text x=\"18\" y=\"29\" font-size=\"20\" font-weight=\"bold\" fill=\"#1d1d1d\">{}</text>\n",
      xml(set.title));
  if (!verdict.empty())
    svg += fmt::format("<text x=\"{:.0f}\" y=\"29\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"end\" "
                       "fill=\"rgb({})\">{}</text>\n",
                       kWidthPx - 18, verdict_rgb(verdict), xml(verdict));
  svg += "</g>\n";
  svg += fmt::format(
      "<text x=\"{:.0f}\" y=\"{:.0f}\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">Natural Earth outlines; "
      "GeoNames places; azimuthal equidistant projection centred on {:.2f}, {:.2f}; geodesic legs (WGS84); "
      "routecheck</text>\n</svg>\n",
      kWidthPx - 10, view.height_px - 10, lat0, lon0);

  TempFile temp(svg_path);
  temp.write(svg);
  temp.commit();
}

}  // namespace routecheck::layers
