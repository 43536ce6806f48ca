// Writing layer sets and gazetteer exports through GDAL, and maps to files (GDAL module).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "layers/layer_set.hpp"

namespace routecheck::layers {

struct WriteOptions {
  bool overwrite = false;  // replace existing files (ogr2ogr's convention: refuse without it)
  std::string out_crs;     // "EPSG:3857"...: for .gpkg, .fgb and .csv; GeoJSON and KML stay EPSG:4326
};

// Writes every layer to each output, format from the extension: .gpkg (all layers, QGIS styles in
// layer_styles), .geojson (RFC 7946, one FeatureCollection per layer as STEM.LAYER.geojson, with a
// STEM.LAYER.qml style beside it), .kml (all layers), .csv (WKT geometry, STEM.LAYER.csv), .fgb
// (STEM.LAYER.fgb). Everything is written to temporary files first and renamed at the end.
void write_layers(const LayerSet& set, const std::vector<std::string>& outputs, const WriteOptions& options);

// The map of layers/svg_map.hpp written to a file: an .svg path gets the SVG, a .png path the same SVG
// rendered by librsvg at its own size (1000 px wide).
void draw_map(const LayerSet& set, const std::string& gazetteer_path, const std::string& map_path,
              const WriteOptions& options);

// The gazetteer's places as one layer in any of the formats above (GDAL's vector translation).
void export_gazetteer(const std::string& gazetteer_path, const std::string& out_path, const WriteOptions& options);

}  // namespace routecheck::layers
