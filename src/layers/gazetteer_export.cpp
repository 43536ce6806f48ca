// `routecheck gazetteer export FILE`: the places layer in any output format, through GDAL's vector
// translation (the library behind ogr2ogr), written to a temporary file and renamed.
#include <gdal_priv.h>
#include <gdal_utils.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "gazetteer/place_layer.hpp"
#include "gazetteer/schema.hpp"
#include "layers/layer_output.hpp"

namespace fs = std::filesystem;

namespace routecheck::layers {

void export_gazetteer(const std::string& gazetteer_path, const std::string& out_path, const WriteOptions& options) {
  gazetteer::init_gdal();
  std::string ext = fs::path(out_path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::vector<std::string> args;
  bool takes_crs = true;
  if (ext == ".gpkg") args = {"-f", "GPKG"};
  else if (ext == ".geojson" || ext == ".json") args = {"-f", "GeoJSON", "-lco", "RFC7946=YES"}, takes_crs = false;
  // The plain KML driver: LIBKML builds the whole document in memory (past 300 s and 2 GB for the
  // gazetteer), the KML driver streams it (2.8 s).
  else if (ext == ".kml") args = {"-f", "KML"}, takes_crs = false;
  else if (ext == ".csv") args = {"-f", "CSV", "-lco", "GEOMETRY=AS_WKT"};
  else if (ext == ".fgb") args = {"-f", "FlatGeobuf"};
  else throw InputError("'" + out_path + "': unknown format '" + ext + "' (.gpkg, .geojson, .kml, .csv, .fgb)");
  if (fs::exists(out_path) && !options.overwrite) throw InputError("'" + out_path + "' exists: use --overwrite to replace it");
  if (takes_crs && !options.out_crs.empty()) args.insert(args.end(), {"-t_srs", options.out_crs});
  args.insert(args.end(), {"-nln", gazetteer::schema::kPlacesLayer, gazetteer::schema::kPlacesLayer});

  const char* drivers[] = {"GPKG", nullptr};
  std::unique_ptr<GDALDataset> src(static_cast<GDALDataset*>(
      GDALOpenEx(gazetteer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
  if (!src) throw InputError("gazetteer '" + gazetteer_path + "': " + CPLGetLastErrorMsg());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  TempFile temp(out_path);  // first: it throws on a missing folder, and nothing below may leak then
  GDALVectorTranslateOptions* translate = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
  if (!translate) throw InputError("'" + out_path + "': " + CPLGetLastErrorMsg());
  GDALDatasetH handle = GDALDataset::ToHandle(src.get());
  int usage_error = 0;
  GDALDatasetH out = GDALVectorTranslate(temp.path().c_str(), nullptr, 1, &handle, translate, &usage_error);
  GDALVectorTranslateOptionsFree(translate);
  if (!out) temp.fail(CPLGetLastErrorMsg());
  CPLErrorReset();
  GDALClose(out);
  if (CPLGetLastErrorType() == CE_Failure) temp.fail(CPLGetLastErrorMsg());
  temp.commit();
}

}  // namespace routecheck::layers
