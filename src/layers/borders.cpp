// Border crossings: each densified vertex is located in a country (Natural Earth outlines, GEOS prepared
// geometries); where two neighbours differ, bisection along the geodesic finds the crossing to ~40 m.
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_set>

#include "core/error.hpp"
#include "gazetteer/countries_layer.hpp"
#include "gazetteer/place_layer.hpp"
#include "layers/layer_output.hpp"

namespace routecheck::layers {
namespace {

constexpr int kBisectionSteps = 8;       // 10 km / 2^8 ≈ 40 m

struct Country {
  std::string iso_a2, name;
  std::unique_ptr<OGRGeometry> geometry;
  OGREnvelope envelope;
  OGRPreparedGeometryH prepared = nullptr;
  ~Country() {
    if (prepared) OGRDestroyPreparedGeometry(prepared);
  }
};

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

// The gazetteer, read-only, for its country outlines; InputError naming it when it cannot be opened.
Dataset open_gazetteer(const std::string& gazetteer_path) {
  gazetteer::init_gdal();
  const char* drivers[] = {"GPKG", nullptr};
  Dataset dataset(static_cast<GDALDataset*>(
      GDALOpenEx(gazetteer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
  if (!dataset) throw InputError("gazetteer '" + gazetteer_path + "': " + CPLGetLastErrorMsg());
  return dataset;
}

class CountryIndex {
 public:
  CountryIndex(const std::string& gazetteer_path, const std::vector<Part>& legs) : dataset_(open_gazetteer(gazetteer_path)) {
    OGRLayer* layer = dataset_->GetLayerByName(gazetteer::kCountriesLayer);
    if (!layer)
      throw InputError("gazetteer '" + gazetteer_path + "' has no country outlines: rebuild it (routecheck gazetteer build)");
    // Only outlines near the route: a box around it, unless the route spans the antimeridian.
    double min_lon = 1e9, max_lon = -1e9, min_lat = 1e9, max_lat = -1e9;
    for (const Part& leg : legs)
      for (const LonLat& p : leg) {
        min_lon = std::min(min_lon, p.lon_deg), max_lon = std::max(max_lon, p.lon_deg);
        min_lat = std::min(min_lat, p.lat_deg), max_lat = std::max(max_lat, p.lat_deg);
      }
    if (min_lon >= -180 && max_lon <= 180) layer->SetSpatialFilterRect(min_lon - 0.1, min_lat - 0.1, max_lon + 0.1, max_lat + 0.1);
    for (auto& f : *layer) {
      OGRGeometry* g = f->GetGeometryRef();
      if (!g) continue;
      auto c = std::make_unique<Country>();
      c->iso_a2 = f->GetFieldAsString("iso_a2");
      c->name = f->GetFieldAsString("name");
      c->geometry.reset(g->clone());
      c->geometry->getEnvelope(&c->envelope);
      c->prepared = OGRCreatePreparedGeometry(OGRGeometry::ToHandle(c->geometry.get()));
      countries_.push_back(std::move(c));
    }
  }

  // The country containing a point, or nullptr at sea. Longitudes may run past ±180.
  const Country* at(double lat, double lon) const {
    lon -= 360 * std::floor((lon + 180) / 360);
    OGRPoint point(lon, lat);
    for (const auto& c : countries_) {
      if (lon < c->envelope.MinX || lon > c->envelope.MaxX || lat < c->envelope.MinY || lat > c->envelope.MaxY) continue;
      if (c->prepared ? OGRPreparedGeometryContains(c->prepared, OGRGeometry::ToHandle(&point))
                      : c->geometry->Contains(&point))
        return c.get();
    }
    return nullptr;
  }

 private:
  Dataset dataset_;
  std::vector<std::unique_ptr<Country>> countries_;
};

std::string label(const Country* c) { return c ? c->name : "(sea)"; }

}  // namespace

routes::RouteCountries find_borders(const std::string& gazetteer_path, const routes::Route& route) {
  const std::vector<Part> legs = densified_legs(route);
  const CountryIndex index(gazetteer_path, legs);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  routes::RouteCountries out;
  double km_before_leg = 0;
  const Country* previous = nullptr;
  bool first = true;
  for (std::size_t i = 0; i < route.legs.size(); ++i) {
    const gazetteer::Place &a = route.places[route.legs[i].from].place, &b = route.places[route.legs[i].to].place;
    const GeographicLib::GeodesicLine line = wgs84.InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
    const double length_m = line.Distance();
    const std::size_t n = legs[i].size() - 1;
    for (std::size_t k = 0; k <= n; ++k) {
      const LonLat& v = legs[i][k];
      const Country* here = index.at(v.lat_deg, v.lon_deg);
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
          (index.at(mid_lat, mid_lon) == previous ? lo : hi) = mid;
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

template <typename F>
void for_each_vertex(const OGRGeometry* g, const F& visit) {
  if (!g) return;
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
      const auto* polygon = g->toPolygon();
      for (const OGRLinearRing* ring : *polygon)
        for (int i = 0; i < ring->getNumPoints(); ++i) visit(ring->getX(i), ring->getY(i));
      break;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g->toGeometryCollection()) for_each_vertex(part, visit);
      break;
    default:
      break;
  }
}

}  // namespace

std::optional<routes::BorderPoint> nearest_land_border(const std::string& gazetteer_path, const std::string& country_code,
                                                       double lat_deg, double lon_deg) {
  const Dataset dataset = open_gazetteer(gazetteer_path);
  OGRLayer* layer = dataset->GetLayerByName(gazetteer::kCountriesLayer);
  if (!layer) return std::nullopt;
  // The country's own outline first, then the vertices of its neighbours (outlines whose box meets its box).
  std::unique_ptr<OGRGeometry> own;
  for (auto& f : *layer)
    if (country_code == f->GetFieldAsString("iso_a2") && f->GetGeometryRef()) {
      own.reset(f->GetGeometryRef()->clone());
      break;
    }
  if (!own) return std::nullopt;
  OGREnvelope box;
  own->getEnvelope(&box);
  layer->ResetReading();
  layer->SetSpatialFilterRect(box.MinX, box.MinY, box.MaxX, box.MaxY);
  std::unordered_set<std::int64_t> neighbours;
  for (auto& f : *layer)
    if (country_code != f->GetFieldAsString("iso_a2"))
      for_each_vertex(f->GetGeometryRef(), [&](double x, double y) { neighbours.insert(vertex_key(x, y)); });
  layer->SetSpatialFilter(nullptr);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  std::optional<routes::BorderPoint> best;
  double best_m = std::numeric_limits<double>::infinity();
  for_each_vertex(own.get(), [&](double x, double y) {
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

}  // namespace routecheck::layers
