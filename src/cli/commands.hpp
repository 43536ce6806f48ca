// The CLI's subcommands as plain functions over parsed arguments; main.cpp owns the CLI11 parsing.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/reader.hpp"
#include "gazetteer/geocoder.hpp"
#include "routecheck/checker.hpp"

namespace routecheck::cli {

// The one way the CLI writes to stderr: "routecheck: MESSAGE", made one short valid line
// (text::message_line), so no input echoed in a message floods the terminal or reaches it raw.
void print_message(std::string_view message);

struct CommonArgs {
  std::vector<std::string> gazetteers;  // --gazetteer, searched before the built one
};

struct GeocodeArgs {
  std::vector<std::string> names;
  std::optional<std::string> country;
  std::optional<std::string> near;
  std::size_t limit = 5;
  bool json = false;
  bool batch = false;
  bool fuzzy = false;
  std::size_t max_name_bytes = routecheck::gazetteer::kDefaultMaxNameBytes;
};

struct GazetteerBuildArgs {
  std::string sources_dir;
  std::string geodata_dir;
  std::string out;
};

struct GazetteerImportArgs {
  std::string file;
  std::string into;
  std::optional<std::string> layer;
  std::optional<std::string> name_field;
};

// Map layers of a single route or check (README, "Map layers").
struct LayerArgs {
  std::vector<std::string> outputs;  // --out, repeatable
  std::string out_crs;
  bool overwrite = false;
  std::string map;  // --map FILE.svg
  std::string report;  // --report FILE.html (check and article; README "Reports")
};

// Routing on a network (README, "Networks"): an OpenStreetMap file or line layer for rail and road, the
// built-in sea lanes for sea; straits and canals to keep out of.
struct NetworkArgs {
  std::string file;                // --network
  std::vector<std::string> avoid;  // --avoid suez
  bool no_network = false;         // --no-network: geodesic legs only, even for ships
};

struct NetworkBuildArgs {
  std::string input, profile, out;
};

struct RouteArgs {
  std::vector<std::string> places;
  NetworkArgs network;
  std::string mode;
  std::string profile;
  bool json = false;
  bool batch = false;
  unsigned threads = 0;  // 0: one per core
  LayerArgs layers;
};

struct CheckArgs {
  NetworkArgs network;
  std::string from, to;
  std::vector<std::string> via;
  std::string distance, speed, top_speed, duration, stop, mode, depart, arrive;
  std::string profile;
  std::string batch;  // CSV file, or "-" for standard input
  bool json = false;
  LayerArgs layers;
};

struct ArticleArgs {
  std::string file;   // a text file, or "-" for standard input
  std::string batch;  // a directory of articles, or an NDJSON file of {"id", "text"}
  std::string profile;
  bool json = false;
  LayerArgs layers;
  std::size_t max_bytes = routecheck::article::kDefaultMaxArticleBytes;
  std::string date;  // YYYY-MM-DD: the story's date when its text gives none
  unsigned threads = 0;  // --batch: stories read at once (0: one per core)
};

struct GazetteerExportArgs {
  std::string out;
  std::string out_crs;
  bool overwrite = false;
};

// Each returns the process exit status (README, "Exit status") and throws routecheck::Error for bad input.
int run_geocode(const CommonArgs& common, const GeocodeArgs& args);
int run_gazetteer_build(const GazetteerBuildArgs& args);
int run_gazetteer_import(const GazetteerImportArgs& args);
int run_route(const CommonArgs& common, const RouteArgs& args);
int run_check(const CommonArgs& common, const CheckArgs& args);
int run_article(const CommonArgs& common, const ArticleArgs& args);
int run_gazetteer_export(const CommonArgs& common, const GazetteerExportArgs& args);
int run_gazetteer_info(const CommonArgs& common, bool json);
int run_network_build(const NetworkBuildArgs& args);

// The library's configuration as the CLI's options and environment give it: the gazetteer search path
// (--gazetteer, $ROUTECHECK_GAZETTEER, the user's places, the built one last), the sea lanes
// ($ROUTECHECK_SEA_LANES, the installed or built ones), the GDAL module, a profiles file, the network
// options; notices go to stderr as "routecheck: ..." lines.
routecheck::Config cli_config(const CommonArgs& common, const std::string& profile = "", const NetworkArgs* network = nullptr);
routecheck::LayerOutput layer_output(const LayerArgs& args);
bool wants_layers(const LayerArgs& args);
// --report's target, refused before any work when it cannot be written, as --out is: a page, or with
// --batch a folder of pages (index.html and a page a claim or story). Its dir is empty without --report.
routecheck::ReportFolder report_target(const LayerArgs& args, bool batch);
// Writes a rendered result to standard output.
void print(const std::string& text);
// The sea lanes' network file: $ROUTECHECK_SEA_LANES, else PREFIX/share/routecheck/sea_lanes.gpkg of an
// installed binary, else the build's data/sea_lanes.gpkg.
std::string built_sea_lanes();
std::string version_text(const CommonArgs& common);

}  // namespace routecheck::cli
