// Shared by route and check: border crossings from the GDAL module, then --out layers and the --map.
#pragma once
#include "cli/commands.hpp"
#include "layers/layer_set.hpp"

namespace routecheck::cli {

// Fills route.countries from the built gazetteer's country outlines (loads the GDAL module), where the
// straight line's countries apply to the mode (routes::straight_line_countries_apply).
void add_borders(routes::Route& route, const std::optional<routes::ModeProfile>& mode);
// Writes the layers and the map the arguments ask for; nothing when they ask for none.
void write_layer_outputs(const LayerArgs& args, const layers::LayerSet& set);

}  // namespace routecheck::cli
