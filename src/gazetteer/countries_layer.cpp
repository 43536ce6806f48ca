// Country polygons from TopoJSON into the gazetteer GeoPackage, as MultiPolygons in EPSG:4326.
#include "gazetteer/countries_layer.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

#include "core/error.hpp"
#include "gazetteer/place_layer.hpp"

namespace routecheck::gazetteer {

std::size_t write_countries_layer(const std::string& gpkg_path, const std::string& topojson_path,
                                  const std::map<std::string, std::string>& alpha2_by_numeric) {
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
  char** options = CSLSetNameValue(nullptr, "DESCRIPTION", "Natural Earth 1:10m country outlines (world-atlas)");
  OGRLayer* layer = out->CreateLayer(kCountriesLayer, &wgs84, wkbMultiPolygon, options);
  CSLDestroy(options);
  if (!layer) throw InputError("gazetteer '" + gpkg_path + "': cannot create the countries layer");
  for (const char* name : {"iso_a2", "iso_n3", "name"}) {
    OGRFieldDefn field(name, OFTString);
    if (layer->CreateField(&field) != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot create field");
  }
  if (layer->StartTransaction() != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': no transaction");
  std::size_t written = 0;
  for (auto& f : *source) {
    OGRGeometry* g = f->GetGeometryRef();
    if (!g || g->IsEmpty()) continue;
    const std::string numeric = f->GetFieldAsString("id");
    auto alpha2 = alpha2_by_numeric.find(numeric);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("iso_a2", alpha2 != alpha2_by_numeric.end() ? alpha2->second.c_str() : "");
    feature.SetField("iso_n3", numeric.c_str());
    feature.SetField("name", f->GetFieldAsString("name"));
    feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
    if (layer->CreateFeature(&feature) != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot write a country");
    ++written;
  }
  if (layer->CommitTransaction() != OGRERR_NONE) throw InputError("gazetteer '" + gpkg_path + "': cannot commit countries");
  return written;
}

}  // namespace routecheck::gazetteer
