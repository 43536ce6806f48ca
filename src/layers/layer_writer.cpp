// GDAL output of layer sets. Outputs are checked (format, existing files) before anything is written.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "gazetteer/place_layer.hpp"
#include "layers/layer_output.hpp"
#include "layers/styles.hpp"

namespace fs = std::filesystem;

namespace routecheck::layers {
namespace {

struct Format {
  std::string extension;
  const char* driver;
  bool one_file_per_layer;
  bool takes_out_crs;
  bool style_sidecars;  // a STEM.LAYER.qml beside each file, which QGIS loads as the default style
  std::vector<std::string> layer_options;
};

Format format_for(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".gpkg") return {ext, "GPKG", false, true, false, {}};
  if (ext == ".geojson" || ext == ".json") return {ext, "GeoJSON", true, false, true, {"RFC7946=YES", "WRITE_NAME=YES"}};
  if (ext == ".kml") return {ext, "LIBKML", false, false, false, {}};
  // Strings are quoted only where they must be (GDAL's default quoted integers, which QGIS reads as text);
  // a STEM.LAYER.csvt beside each CSV gives its columns' types.
  if (ext == ".csv") return {ext, "CSV", true, true, false, {"GEOMETRY=AS_WKT", "STRING_QUOTING=IF_NEEDED"}};
  if (ext == ".fgb") return {ext, "FlatGeobuf", true, true, true, {"SPATIAL_INDEX=YES"}};
  throw InputError("--out '" + path + "': unknown format '" + ext + "' (.gpkg, .geojson, .kml, .csv, .fgb)");
}

// STEM.LAYER.ext beside the named output, for formats holding one layer a file.
std::string layer_file(const std::string& path, const std::string& layer, const std::string& extension) {
  const fs::path p(path);
  return (p.parent_path() / (p.stem().string() + "." + layer + extension)).string();
}

std::string qml_file(const std::string& data_file) {
  fs::path p(data_file);
  return (p.parent_path() / (p.stem().string() + ".qml")).string();
}

// GDAL's CSV type sidecar (read by GDAL's CSV driver, so by QGIS): one type a column, the WKT geometry
// first. Written by us, not by CREATE_CSVT, which names it after the temporary file.
std::string csvt_of(const Layer& layer) {
  std::string out = "WKT";
  for (const FieldDef& f : layer.fields)
    out += f.type == FieldType::integer ? ",Integer64" : f.type == FieldType::real ? ",Real" : ",String";
  return out + "\n";
}

OGRSpatialReference wgs84() {
  OGRSpatialReference srs;
  srs.importFromEPSG(4326);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

std::unique_ptr<OGRGeometry> geometry_of(const Layer& layer, const Feature& f, bool multi) {
  if (layer.geometry == GeometryKind::point) {
    const LonLat& p = f.parts.at(0).at(0);
    return std::make_unique<OGRPoint>(p.lon_deg, p.lat_deg);
  }
  auto line_of = [](const Part& part) {
    auto line = std::make_unique<OGRLineString>();
    for (const LonLat& p : part) line->addPoint(p.lon_deg, p.lat_deg);
    return line;
  };
  if (!multi) return line_of(f.parts.at(0));
  auto lines = std::make_unique<OGRMultiLineString>();
  for (const Part& part : f.parts) lines->addGeometryDirectly(line_of(part).release());
  return lines;
}

OGRFieldType ogr_type(FieldType t) {
  switch (t) {
    case FieldType::integer: return OFTInteger64;
    case FieldType::real: return OFTReal;
    case FieldType::text: break;
  }
  return OFTString;
}

void write_layer(GDALDataset* ds, const Layer& layer, const Format& format, const OGRSpatialReference& srs,
                 OGRCoordinateTransformation* transform, const std::string& where) {
  const bool multi = layer.geometry == GeometryKind::line && layer.has_multipart();
  const OGRwkbGeometryType type = layer.geometry == GeometryKind::point ? wkbPoint
                                  : multi                               ? wkbMultiLineString
                                                                        : wkbLineString;
  char** options = nullptr;
  for (const std::string& o : format.layer_options) options = CSLAddString(options, o.c_str());
  OGRSpatialReference layer_srs(srs);  // CreateLayer takes a mutable one
  OGRLayer* out = ds->CreateLayer(layer.name.c_str(), &layer_srs, type, options);
  CSLDestroy(options);
  if (!out) throw InputError(where + ": cannot create layer " + layer.name + " (" + CPLGetLastErrorMsg() + ")");
  for (const FieldDef& def : layer.fields) {
    OGRFieldDefn field(def.name.c_str(), ogr_type(def.type));
    if (out->CreateField(&field) != OGRERR_NONE) throw InputError(where + ": cannot create field " + def.name);
  }
  // Drivers without transactions (GeoJSON, CSV) write directly.
  const bool in_transaction = out->StartTransaction() == OGRERR_NONE;
  for (const Feature& f : layer.features) {
    OGRFeature feature(out->GetLayerDefn());
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
      const int index = static_cast<int>(i);
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) feature.SetFieldNull(index);
            else if constexpr (std::is_same_v<T, long long>) feature.SetField(index, static_cast<GIntBig>(v));
            else if constexpr (std::is_same_v<T, double>) feature.SetField(index, v);
            else feature.SetField(index, v.c_str());
          },
          f.values.at(i));
    }
    std::unique_ptr<OGRGeometry> g = geometry_of(layer, f, multi);
    if (transform && g->transform(transform) != OGRERR_NONE) throw InputError(where + ": cannot reproject " + layer.name);
    feature.SetGeometryDirectly(g.release());
    if (out->CreateFeature(&feature) != OGRERR_NONE)
      throw InputError(where + ": cannot write to layer " + layer.name + " (" + CPLGetLastErrorMsg() + ")");
  }
  if (in_transaction && out->CommitTransaction() != OGRERR_NONE)
    throw InputError(where + ": cannot commit layer " + layer.name);
}

// QGIS reads a GeoPackage's default styles from layer_styles (useAsDefault = 1).
void write_styles(GDALDataset* ds, const LayerSet& set, const std::string& where) {
  char** options = CSLSetNameValue(nullptr, "FID", "id");
  OGRLayer* styles = ds->CreateLayer("layer_styles", nullptr, wkbNone, options);
  CSLDestroy(options);
  if (!styles) throw InputError(where + ": cannot create layer_styles");
  for (const char* name : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                           "styleQML", "styleSLD", "description", "owner", "ui"}) {
    OGRFieldDefn field(name, OFTString);
    if (styles->CreateField(&field) != OGRERR_NONE) throw InputError(where + ": cannot create layer_styles");
  }
  OGRFieldDefn use_as_default("useAsDefault", OFTInteger);
  use_as_default.SetSubType(OFSTBoolean);
  OGRFieldDefn update_time("update_time", OFTDateTime);
  if (styles->CreateField(&use_as_default) != OGRERR_NONE || styles->CreateField(&update_time) != OGRERR_NONE)
    throw InputError(where + ": cannot create layer_styles");
  for (const Layer& layer : set.layers) {
    OGRFeature f(styles->GetLayerDefn());
    f.SetField("f_table_catalog", "");
    f.SetField("f_table_schema", "");
    f.SetField("f_table_name", layer.name.c_str());
    f.SetField("f_geometry_column", "geom");
    f.SetField("styleName", ("routecheck " + layer.name).c_str());
    f.SetField("styleQML", qml_style(layer).c_str());
    f.SetField("styleSLD", "");
    f.SetField("description", "routecheck default style");
    f.SetField("owner", "");
    f.SetField("ui", "");
    f.SetField("useAsDefault", 1);
    if (styles->CreateFeature(&f) != OGRERR_NONE) throw InputError(where + ": cannot write layer_styles");
  }
}

// One file an output needs: a dataset holding `layers`, or (style) the QGIS style of layers[0].
enum class Sidecar { none, qml, csvt };
struct PlannedFile {
  std::string target;
  std::vector<const Layer*> layers;
  Sidecar sidecar = Sidecar::none;
  std::unique_ptr<TempFile> temp;
};

}  // namespace

void write_layers(const LayerSet& set, const std::vector<std::string>& outputs, const WriteOptions& options) {
  gazetteer::init_gdal();
  const OGRSpatialReference geographic = wgs84();
  OGRSpatialReference projected;
  if (!options.out_crs.empty()) {
    if (projected.SetFromUserInput(options.out_crs.c_str()) != OGRERR_NONE)
      throw InputError("--out-crs '" + options.out_crs + "': not a coordinate reference system PROJ knows");
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  }
  // Plan every file first: unknown formats and existing files stop the run before anything is written.
  std::vector<std::pair<Format, std::vector<PlannedFile>>> plan;
  for (const std::string& out : outputs) {
    Format format = format_for(out);
    std::vector<PlannedFile> files;
    if (format.one_file_per_layer) {
      for (const Layer& layer : set.layers) {
        files.push_back({layer_file(out, layer.name, format.extension), {&layer}, Sidecar::none, nullptr});
        if (format.style_sidecars) files.push_back({qml_file(files.back().target), {&layer}, Sidecar::qml, nullptr});
        if (format.driver == std::string("CSV"))
          files.push_back({layer_file(out, layer.name, ".csvt"), {&layer}, Sidecar::csvt, nullptr});
      }
    } else {
      PlannedFile all{out, {}, Sidecar::none, nullptr};
      for (const Layer& layer : set.layers) all.layers.push_back(&layer);
      files.push_back(std::move(all));
    }
    for (PlannedFile& f : files) {
      // Every target is checked before anything is written: all the files of a run, or none.
      if (fs::is_directory(f.target)) throw InputError("--out '" + out + "': '" + f.target + "' is a directory");
      if (fs::exists(f.target) && !options.overwrite)
        throw InputError("'" + f.target + "' exists: use --overwrite to replace it");
      if (fs::path parent = fs::path(f.target).parent_path(); !parent.empty() && !fs::is_directory(parent))
        throw InputError("--out '" + out + "': " + folder_problem(f.target));
      f.temp = std::make_unique<TempFile>(f.target);
    }
    plan.emplace_back(std::move(format), std::move(files));
  }
  for (auto& planned : plan) {
    // Named references, not a structured binding: the lambda below captures them (clang 14 cannot).
    const Format& format = planned.first;
    std::vector<PlannedFile>& files = planned.second;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.driver);
    if (!driver && format.driver == std::string("LIBKML")) driver = GetGDALDriverManager()->GetDriverByName("KML");
    if (!driver) throw InputError(std::string("GDAL has no ") + format.driver + " driver");
    const bool reproject = format.takes_out_crs && !options.out_crs.empty();
    const OGRSpatialReference& srs = reproject ? projected : geographic;
    std::unique_ptr<OGRCoordinateTransformation> transform(
        reproject ? OGRCreateCoordinateTransformation(&geographic, &projected) : nullptr);
    if (reproject && !transform) throw InputError("--out-crs '" + options.out_crs + "': no transformation from EPSG:4326");
    auto write_dataset = [&](const PlannedFile& file) {
      const std::string where = "--out '" + file.target + "'";
      GDALDataset* ds = driver->Create(file.temp->path().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
      if (!ds) file.temp->fail(CPLGetLastErrorMsg());
      try {
        for (const Layer* layer : file.layers) write_layer(ds, *layer, format, srs, transform.get(), where);
        if (format.driver == std::string("GPKG")) write_styles(ds, set, where);
      } catch (...) {
        GDALClose(ds);
        throw;
      }
      CPLErrorReset();
      GDALClose(ds);
      if (CPLGetLastErrorType() == CE_Failure) file.temp->fail(CPLGetLastErrorMsg());
    };
    for (const PlannedFile& file : files) {
      switch (file.sidecar) {
        case Sidecar::none: write_dataset(file); break;
        case Sidecar::qml: file.temp->write(qml_style(*file.layers.front())); break;
        case Sidecar::csvt: file.temp->write(csvt_of(*file.layers.front())); break;
      }
    }
  }
  for (auto& [format, files] : plan)
    for (PlannedFile& f : files) f.temp->commit();
}

}  // namespace routecheck::layers
