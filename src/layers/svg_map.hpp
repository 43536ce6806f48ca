// The map of a route or a checked claim as one SVG document: country outlines, the legs, places labelled
// without overlaps, border crossings, a scale bar, the title with the verdict, and a legend. Drawn without
// GDAL or PROJ, so a page (src/report/) that inlines it costs no more than the check behind it.
#pragma once
#include <string>

#include "layers/layer_set.hpp"

namespace routecheck::layers {

// The map (an XML declaration first), 1000 px wide: azimuthal equidistant (WGS84) centred on the middle
// of the route, outlines from the gazetteer at the Natural Earth scale that suits the map's extent.
// Throws InputError when the set has fewer than two places or the gazetteer no country outlines. Safe to
// call from several threads at once (the outlines are read and kept behind a lock).
std::string map_svg(const LayerSet& set, const std::string& gazetteer_path);

}  // namespace routecheck::layers
