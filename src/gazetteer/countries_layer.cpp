// Country polygons from TopoJSON into the gazetteer GeoPackage, as MultiPolygons in EPSG:4326.
#include "gazetteer/countries_layer.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "gazetteer/country_tiles.hpp"
#include "gazetteer/place_layer.hpp"

namespace routecheck::gazetteer {
namespace {

// Longitudes of a ring made continuous: each vertex moved by whole turns to within 180° of the one
// before. Returns the net shift (degrees) the ring ends with: 0 for a ring that closes, ±360 for a ring
// that goes round a pole (Antarctica's).
double unwrap_ring(OGRLinearRing& ring) {
  double shift = 0;
  for (int i = 1; i < ring.getNumPoints(); ++i) {
    const double previous = ring.getX(i - 1);
    double x = ring.getX(i) + shift;
    while (x - previous > 180) x -= 360, shift -= 360;
    while (x - previous < -180) x += 360, shift += 360;
    ring.setPoint(i, x, ring.getY(i));
  }
  return shift;
}

bool crosses_antimeridian(const OGRLinearRing& ring) {
  for (int i = 1; i < ring.getNumPoints(); ++i)
    if (std::abs(ring.getX(i) - ring.getX(i - 1)) > 180) return true;
  return false;
}

std::unique_ptr<OGRPolygon> box(double min_lon, double max_lon) {
  OGRLinearRing r;
  r.addPoint(min_lon, -90), r.addPoint(max_lon, -90), r.addPoint(max_lon, 90), r.addPoint(min_lon, 90);
  r.closeRings();
  auto p = std::make_unique<OGRPolygon>();
  p->addRing(&r);
  return p;
}

void add_polygons(OGRMultiPolygon& out, const OGRGeometry* g) {
  if (!g || g->IsEmpty()) return;
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: out.addGeometry(g); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g->toGeometryCollection()) add_polygons(out, part);
      break;
    default: break;  // lines and points left by clipping along the box edge
  }
}

// Every ring of the country as the tiles keep it: in whole 1e-7 degrees, closed.
std::vector<TileRun> tile_rings(const OGRMultiPolygon& country) {
  std::vector<TileRun> rings;
  for (const OGRPolygon* polygon : country)
    for (const OGRLinearRing* ring : *polygon) {
      TileRun run;
      for (int i = 0; i < ring->getNumPoints(); ++i) run.push_back(tile_vertex(ring->getX(i), ring->getY(i)));
      if (run.size() < 3) continue;
      if (run.front().lon != run.back().lon || run.front().lat != run.back().lat) run.push_back(run.front());
      rings.push_back(std::move(run));
    }
  return rings;
}

}  // namespace

// Natural Earth's islands on the antimeridian (Fiji, Chukotka) come out of world-atlas' TopoJSON as rings
// that jump from 180 to -180 and back. Read as drawn, such a ring covers its whole latitude band round the
// globe: Fiji's took in southern Africa ("Angola → Fiji" on Cairo-Johannesburg). Each such polygon is made
// continuous, then cut at ±180 into pieces inside [-180, 180].
std::unique_ptr<OGRMultiPolygon> split_at_antimeridian(const OGRMultiPolygon& country) {
  auto out = std::make_unique<OGRMultiPolygon>();
  for (const OGRPolygon* polygon : country) {
    bool crossing = false;
    for (const OGRLinearRing* ring : *polygon) crossing = crossing || crosses_antimeridian(*ring);
    std::unique_ptr<OGRPolygon> continuous(polygon->clone());
    bool closes = true;
    if (crossing) {
      for (OGRLinearRing* ring : *continuous) closes = closes && unwrap_ring(*ring) == 0;
      // Holes move by whole turns to lie beside the outer ring.
      const double outer_start = continuous->getExteriorRing()->getX(0);
      for (int r = 0; r < continuous->getNumInteriorRings(); ++r) {
        OGRLinearRing* hole = continuous->getInteriorRing(r);
        const double turns = std::round((hole->getX(0) - outer_start) / 360);
        for (int i = 0; i < hole->getNumPoints(); ++i) hole->setPoint(i, hole->getX(i) - 360 * turns, hole->getY(i));
      }
    }
    if (!crossing || !closes) {  // a ring round a pole is right as it is
      out->addGeometry(polygon);
      continue;
    }
    // The outlines have small self-touches that GEOS refuses to clip: repair first.
    std::unique_ptr<OGRGeometry> clippable(continuous->IsValid() ? continuous->clone() : continuous->MakeValid());
    if (!clippable) throw InputError("cannot repair the outline of a country crossing ±180");
    for (double turn : {-360.0, 0.0, 360.0}) {
      std::unique_ptr<OGRPolygon> window = box(-180 - turn, 180 - turn);
      std::unique_ptr<OGRGeometry> piece(clippable->Intersection(window.get()));
      if (!piece || piece->IsEmpty()) continue;
      OGRMultiPolygon pieces;
      add_polygons(pieces, piece.get());
      for (OGRPolygon* p : pieces) {
        for (OGRLinearRing* ring : *p)
          for (int i = 0; i < ring->getNumPoints(); ++i) ring->setPoint(i, ring->getX(i) + turn, ring->getY(i));
        out->addGeometry(p);
      }
    }
  }
  return out;
}

std::size_t write_countries_layer(const std::string& gpkg_path, const std::string& topojson_path,
                                  const std::map<std::string, std::string>& alpha2_by_numeric, const CountriesScale& scale) {
  init_gdal();
  std::unique_ptr<GDALDataset> in(static_cast<GDALDataset*>(
      GDALOpenEx(topojson_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  if (!in) throw InputError("cannot read country borders '" + topojson_path + "': " + CPLGetLastErrorMsg());
  OGRLayer* source = in->GetLayerByName("countries");
  if (!source) throw InputError("'" + topojson_path + "': no countries layer");
  std::unique_ptr<GDALDataset> out(static_cast<GDALDataset*>(
      GDALOpenEx(gpkg_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
  if (!out) throw InputError("gazetteer '" + gpkg_path + "': " + CPLGetLastErrorMsg());
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  char** options = CSLSetNameValue(nullptr, "DESCRIPTION", scale.description);
  OGRLayer* layer = out->CreateLayer(scale.layer, &wgs84, wkbMultiPolygon, options);
  CSLDestroy(options);
  if (!layer) throw InputError("gazetteer '" + gpkg_path + "': cannot create the " + std::string(scale.layer) + " layer");
  for (const char* name : {"iso_a2", "iso_n3", "name"}) {
    OGRFieldDefn field(name, OFTString);
    if (layer->CreateField(&field) != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot create field");
  }
  if (layer->StartTransaction() != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': no transaction");
  std::size_t written = 0;
  const bool finest = std::string_view(scale.layer) == kCountriesLayer;
  std::vector<CountryTileSource> tiles;
  for (auto& f : *source) {
    OGRGeometry* g = f->GetGeometryRef();
    if (!g || g->IsEmpty()) continue;
    const std::string numeric = f->GetFieldAsString("id");
    auto alpha2 = alpha2_by_numeric.find(numeric);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("iso_a2", alpha2 != alpha2_by_numeric.end() ? alpha2->second.c_str() : "");
    feature.SetField("iso_n3", numeric.c_str());
    feature.SetField("name", f->GetFieldAsString("name"));
    std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
    std::unique_ptr<OGRMultiPolygon> split = split_at_antimeridian(*multi->toMultiPolygon());
    CountryTileSource tiled{0, feature.GetFieldAsString("iso_a2"), feature.GetFieldAsString("name"), {}};
    if (finest) tiled.rings = tile_rings(*split);
    feature.SetGeometryDirectly(split.release());
    if (layer->CreateFeature(&feature) != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot write a country");
    ++written;
    if (finest) {
      tiled.country_fid = feature.GetFID();
      tiles.push_back(std::move(tiled));
    }
  }
  if (layer->CommitTransaction() != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot commit countries");
  // The border check's tiles of the same outlines, written once GDAL has closed the file.
  out.reset();
  if (finest) write_country_tiles(gpkg_path, tiles);
  return written;
}

}  // namespace routecheck::gazetteer
