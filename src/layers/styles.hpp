// QGIS styles (QML) for routecheck's layers: stored as the default style in a GeoPackage's layer_styles
// table, and as sidecar .qml files beside single-layer files, so QGIS opens every layer styled.
#pragma once
#include <string>

#include "layers/layer_set.hpp"

namespace routecheck::layers {

// Colours of the verdicts, shared by QGIS styles and the SVG map ("r,g,b").
const char* verdict_rgb(const std::string& verdict);

std::string qml_style(const Layer& layer);

}  // namespace routecheck::layers
