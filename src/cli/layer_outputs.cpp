// Wiring of route/check results to the GDAL module's layer writers.
#include "cli/layer_outputs.hpp"

#include "core/error.hpp"
#include "gazetteer/search_path.hpp"
#include "gdal_module/gdal_backend.hpp"

namespace routecheck::cli {

void add_borders(routes::Route& route, const std::optional<routes::ModeProfile>& mode) {
  if (!routes::straight_line_countries_apply(mode)) return;
  route.countries = gdal_backend().find_borders(gazetteer::built_gazetteer(), route);
}

void write_layer_outputs(const LayerArgs& args, const layers::LayerSet& set) {
  const layers::WriteOptions options{args.overwrite, args.out_crs};
  if (!args.outputs.empty()) gdal_backend().write_layers(set, args.outputs, options);
  if (!args.map.empty()) gdal_backend().draw_map(set, gazetteer::built_gazetteer(), args.map, options);
}

}  // namespace routecheck::cli
