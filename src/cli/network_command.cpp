// routecheck network build, and the CLI's configuration of the library: its gazetteers, sea lanes, GDAL
// module and network options, from the options and the environment (the library reads neither).
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/install_paths.hpp"
#include "core/text.hpp"
#include "facade/pipeline.hpp"
#include "gazetteer/search_path.hpp"
#include "gdal_module/gdal_backend.hpp"
#include "networks/profile.hpp"

namespace fs = std::filesystem;

namespace routecheck::cli {

std::string built_sea_lanes() {
  if (const char* env = std::getenv("ROUTECHECK_SEA_LANES"); env && *env) return env;
  if (auto installed = install_paths::installed_share("sea_lanes.gpkg")) return *installed;
  return ROUTECHECK_DEFAULT_SEA_LANES;
}

Config cli_config(const CommonArgs& common, const std::string& profile, const NetworkArgs* network) {
  Config config;
  config.gazetteers = gazetteer::search_path(common.gazetteers);
  config.base_gazetteer = config.gazetteers.back();  // the search path ends with the built gazetteer
  config.gazetteers.pop_back();
  config.sea_lanes = built_sea_lanes();
  config.gdal_module = gdal_module_path();
  config.mode_profiles = profile;
  if (network) {
    config.network_file = network->file;
    config.avoid = network->avoid;
    config.no_network = network->no_network;
  }
  config.notice = [](std::string_view line) { print_message(line); };
  return config;
}

LayerOutput layer_output(const LayerArgs& args) { return {args.outputs, args.out_crs, args.overwrite, args.map}; }
bool wants_layers(const LayerArgs& args) { return !args.outputs.empty() || !args.map.empty(); }
ReportFolder report_target(const LayerArgs& args, bool batch) {
  const ReportFolder pages{args.report, args.overwrite};
  if (!pages.dir.empty()) batch ? Checker::check_report_folder(pages) : Checker::check_report_path(pages.dir, pages.overwrite);
  return pages;
}
void print(const std::string& text) { std::fputs(text.c_str(), stdout); }

int run_network_build(const NetworkBuildArgs& args) {
  const networks::NetworkBuildReport report = gdal_backend().build_network({args.input, args.profile, args.out});
  std::printf("%s\n", facade::describe_build("built " + args.out, report).c_str());
  return 0;
}

}  // namespace routecheck::cli
