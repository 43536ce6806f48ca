// routecheck: checks travel claims in the news against geography. This file only parses arguments
// (CLI11) and maps errors to exit statuses; every subcommand's work is in the library stages.
#include <CLI/CLI.hpp>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/install_paths.hpp"
#include "core/temp_file.hpp"
#include "core/text.hpp"
#include "gazetteer/fuzzy.hpp"

namespace {

constexpr const char* kExitStatus =
    "\nExit status: 0 success; 1 a name not found (or a claim to review); 2 bad input: usage, unreadable or\n"
    "corrupt files, unknown place in a claim.";

// "0", "-3", "many": refused with a message a person reads (CLI11's PositiveNumber printed the largest
// double, 300 digits long).
const CLI::Validator kWholeNumberAtLeastOne(
    [](std::string& value) -> std::string {
      unsigned long long n = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (error != std::errc() || end != value.data() + value.size() || n < 1)
        return "'" + routecheck::text::utf8_excerpt(value, routecheck::text::kQuotedInputBytes) +
               "' is not a whole number of at least 1";
      return "";
    },
    "N>=1");

// `--distance ''` is a mistake (an empty shell variable, a dropped quote), not "no distance": leaving the
// option out says that. Read as nothing, it was checked as UNVERIFIABLE and exited 0.
const CLI::Validator kNotBlank(
    [](std::string& value) -> std::string {
      return routecheck::text::trim(value).empty() ? "empty: give a value, or leave the option out" : "";
    },
    "TEXT");

// "unknown command 'chek' (did you mean check?)" when the first word is not a subcommand, or "".
std::string unknown_command_message(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--gazetteer") {
      ++i;  // its value
      continue;
    }
    if (word.empty() || word[0] == '-') continue;
    std::string best;
    std::size_t best_distance = 3;  // suggest only close names
    std::string names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == word) return "";
      names += (names.empty() ? "" : ", ") + sub->get_name();
      if (const std::size_t d = routecheck::gazetteer::edit_distance(word, sub->get_name(), best_distance); d < best_distance) best = sub->get_name(), best_distance = d;
    }
    return "unknown command '" + routecheck::text::utf8_excerpt(word, routecheck::text::kQuotedInputBytes) + "' (" +
           (best.empty() ? "commands: " + names : "did you mean " + best + "?") + ")";
  }
  return "";
}

}  // namespace

// --out, --out-crs, --overwrite and --map, as route and check take them.
void add_layer_options(CLI::App* cmd, routecheck::cli::LayerArgs& args) {
  cmd->add_option("--out", args.outputs,
                  "Write map layers (places, legs, route, border_crossings); format from the extension: .gpkg, "
                  ".geojson (one file a layer: STEM.LAYER.geojson), .kml, .csv, .fgb (repeatable)");
  cmd->add_option("--out-crs", args.out_crs, "CRS of .gpkg, .fgb and .csv layers, e.g. EPSG:3857 (default EPSG:4326)");
  cmd->add_flag("--overwrite", args.overwrite, "Replace existing output files");
  cmd->add_option("--map", args.map, "Draw the route as a map: .svg, or .png (the same map rendered, 1000 px wide)");
}

// --report, as check and article take it.
void add_report_option(CLI::App* cmd, routecheck::cli::LayerArgs& args) {
  cmd->add_option("--report", args.report,
                  "Write a self-contained HTML page of the result (inline map, no script; prints on A4 and Letter); "
                  "with --batch, a folder: index.html and a page per claim or story");
}

void add_network_options(CLI::App* cmd, routecheck::cli::NetworkArgs& args) {
  cmd->add_option("--network", args.file,
                  "Route rail or road legs on this network: OpenStreetMap (.osm, .osm.gz, .osm.pbf), a GDAL line "
                  "layer, or a file of `network build` (the graph is cached beside the input on first use)");
  cmd->add_option("--avoid", args.avoid, "Sea routes: keep out of this strait or canal (suez, panama, ... repeatable)");
  cmd->add_flag("--no-network", args.no_network, "Geodesic legs only, even for ships (no sea lanes)");
}

// Buffers of this size and larger get pages of their own, returned when freed. glibc's default raises
// that threshold to the size of each large buffer freed (up to 32 MiB), after which a long story's token
// and mention vectors, grown and freed while it is read, stayed in the heap: peak memory per byte of
// text 22 bytes, 18 with a fixed threshold (README "Limits"; bench/run measures it).
constexpr int kMappedBufferBytes = 1 << 20;

int main(int argc, char** argv) {
  using namespace routecheck::cli;
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, kMappedBufferBytes);
#endif
  routecheck::install_signal_cleanup(
      "routecheck: a gazetteer file changed on disk while it was being read (another program rewrote it in "
      "place); run the command again\n");
  CLI::App app{"routecheck: check travel claims in the news against geography", "routecheck"};
  app.require_subcommand(0, 1);
  app.fallthrough();
  app.footer(kExitStatus);
  CommonArgs common;
  bool show_version = false;
  app.add_flag("--version", show_version, "Print program and data versions");
  app.add_option("--gazetteer", common.gazetteers,
                 "Gazetteer file searched before the built one (repeatable; also $ROUTECHECK_GAZETTEER)");

  GeocodeArgs geocode;
  CLI::App* geocode_cmd = app.add_subcommand("geocode", "Resolve place names to coordinates, ranked, offline");
  geocode_cmd->add_option("NAME", geocode.names, "Place names as news writes them (\"Khasan, Russia\")");
  geocode_cmd->add_option("--country", geocode.country, "Only places in this country (ISO code or name)");
  geocode_cmd->add_option("--near", geocode.near, "Prefer places near LAT,LON (degrees)");
  geocode_cmd->add_option("--limit", geocode.limit, "Candidates per name (default 5)")->check(kWholeNumberAtLeastOne);
  geocode_cmd->add_flag("--json", geocode.json, "One JSON object per name, one per line");
  geocode_cmd->add_option("--max-name-bytes", geocode.max_name_bytes, "Refuse longer names (default 256)")
      ->check(kWholeNumberAtLeastOne);
  geocode_cmd->add_flag("--batch", geocode.batch, "Read one name per line from standard input");
  geocode_cmd->add_flag("--fuzzy", geocode.fuzzy, "Add one-edit fuzzy matches even when a name matched exactly");
  geocode_cmd->footer(std::string(
      "\nExamples:\n"
      "  routecheck geocode Pyongyang Khasan Vladivostok\n"
      "  routecheck geocode \"Toledo, Spain\" \"Columbia, MO\" --limit 1\n"
      "  routecheck geocode Vladivostock --json          # typo: a fuzzy match\n"
      "  routecheck geocode Georgia --near 33.7,-84.4    # the US state first\n"
      "  cut -f1 names.txt | routecheck geocode --batch --json > places.ndjson\n") + kExitStatus);

  RouteArgs route;
  CLI::App* route_cmd = app.add_subcommand("route", "Geodesic legs, totals, azimuths and travel bands between places");
  route_cmd->add_option("PLACE", route.places, "Two or more places: names or LAT,LON");
  route_cmd->add_option("--mode", route.mode, "rail, road, sea, air or walk: estimate route length and travel time");
  route_cmd->add_option("--profile", route.profile, "Mode profiles file replacing geodata/modes.tsv");
  route_cmd->add_flag("--json", route.json, "As one JSON object");
  route_cmd->add_flag("--batch", route.batch,
                      "Bulk geodesics: 'lat1 lon1 lat2 lon2' lines on stdin (or PLACE '-'), 'azi1 azi2 s12' lines out "
                      "(degrees, degrees, metres: GeodSolve -i's columns)");
  route_cmd->add_option("--threads", route.threads, "Threads for --batch (default: one per core; at most 256)")
      ->check(kWholeNumberAtLeastOne & CLI::Range(1u, 256u));
  add_layer_options(route_cmd, route.layers);
  add_network_options(route_cmd, route.network);
  route_cmd->footer(std::string(
      "\nExamples:\n"
      "  routecheck route Pyongyang Khasan Vladivostok --mode rail\n"
      "  routecheck route Seoul 39.0339,125.7543 --json\n"
      "  routecheck route Vladivostok Anchorage --mode air --out trip.gpkg --map trip.svg\n"
      "  routecheck route Singapore Rotterdam --mode sea --avoid suez   # round the Cape\n"
      "  routecheck route \"Moscow Kurskaya\" Tsaritsyno --mode rail --network moscow.osm.pbf\n"
      "  echo '40.64 -73.78 1.36 103.99' | routecheck route --batch   # prints azi1 azi2 s12 (m), as GeodSolve -i\n") + kExitStatus);

  CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check a travel claim: distance, speed and duration against each other and the map");
  check_cmd->add_option("--from", check.from, "Origin: a name or LAT,LON")->check(kNotBlank);
  check_cmd->add_option("--to", check.to, "Destination: a name or LAT,LON")->check(kNotBlank);
  check_cmd->add_option("--via", check.via, "A place on the way (repeatable, in order)")->check(kNotBlank);
  check_cmd->add_option("--distance", check.distance, "Claimed distance, as written: \"683 miles\", \"1,100 km\"")->check(kNotBlank);
  check_cmd->add_option("--speed", check.speed, "Claimed speed: \"about 37 mph\", \"60 km/h\", \"12 knots\"")->check(kNotBlank);
  check_cmd->add_option("--top-speed", check.top_speed, "Claimed top speed (\"up to 300 km/h\", a maximum): bounds the average from above")->check(kNotBlank);
  check_cmd->add_option("--duration", check.duration, "Claimed duration: \"about 20 hours\", \"3 h 40 min\", \"two days\"")->check(kNotBlank);
  check_cmd->add_option("--stop", check.stop, "Time stopped on the way, or 'unknown' when the story mentions a stop but not its length")->check(kNotBlank);
  check_cmd->add_option("--mode", check.mode, "rail, road, sea, air or walk, or a profile of one (high_speed_rail, ferry, airliner, cycling, ... see geodata/modes.tsv)")->check(kNotBlank);
  check_cmd->add_option("--depart", check.depart, "Departure: \"YYYY-MM-DD HH:MM\" local time at the origin, ISO 8601 with a zone offset (2024-03-10T19:00+02:00), or as a story gives it (\"Sunday 22:00\", \"late on Sunday\", \"Monday morning\")")->check(kNotBlank);
  check_cmd->add_option("--arrive", check.arrive, "Arrival as the story gives it, local time at the destination (\"Monday 19:00\", \"Tuesday morning\"): checked against --depart and the travel time")->check(kNotBlank);
  check_cmd->add_option("--profile", check.profile, "Mode profiles file replacing geodata/modes.tsv");
  check_cmd->add_option("--batch", check.batch,
                        "A spreadsheet of claims (CSV, '-' for stdin): columns from,to,via,distance,speed,duration,stop,mode,depart,arrive");
  check_cmd->add_flag("--json", check.json, "As JSON (with --batch: one object per row, NDJSON; else CSV rows)");
  add_layer_options(check_cmd, check.layers);
  add_report_option(check_cmd, check.layers);
  add_network_options(check_cmd, check.network);
  check_cmd->footer(std::string(
      "\nExamples:\n"
      "  routecheck check --from Pyongyang --to Vladivostok --mode rail --distance \"683 miles\" \\\n"
      "      --speed \"about 37 mph\" --duration \"about 20 hours\" --stop unknown --depart \"2023-09-10 22:00\"\n"
      "  routecheck check --from Seoul --to Pyongyang --mode road --distance \"50 miles\" --json\n"
      "  routecheck check --batch claims.csv --json > verdicts.ndjson\n"
      "  routecheck check --from Pyongyang --via Khasan --to Vladivostok --mode rail --distance \"683 miles\" \\\n"
      "      --out seed.gpkg --out seed.geojson --map seed.svg\n"
      "\nVerdicts: consistent; plausible (fits with an assumption it names); suspicious (can be true, but unusual);\n"
      "inconsistent; unverifiable. Exit status 0: nothing contradicts; 1: a person should look (suspicious,\n"
      "inconsistent); 2: bad input, an unknown place included (with --batch: any bad row).\n"));

  ArticleArgs article;
  CLI::App* article_cmd = app.add_subcommand("article", "Find a story's places and travel figures, build its claims, check them");
  article_cmd->add_option("FILE", article.file, "The story: plain text, Markdown or simple HTML (UTF-8); - for standard input");
  article_cmd->add_option("--batch", article.batch,
                          "Many stories: a directory of .txt/.md/.html files, or NDJSON lines {\"id\", \"text\"} ('-': stdin)");
  article_cmd->add_option("--profile", article.profile, "Mode profiles file replacing geodata/modes.tsv");
  article_cmd->add_option("--date", article.date,
                          "The story's date, YYYY-MM-DD, when its text gives none: its weekdays ('on Sunday') count back from it");
  article_cmd->add_flag("--json", article.json, "As JSON (with --batch: one object per article, NDJSON)");
  article_cmd->add_option("--max-bytes", article.max_bytes, "Refuse a story larger than this (default 8 MiB)")
      ->check(kWholeNumberAtLeastOne);
  article_cmd->add_option("--threads", article.threads,
                           "Stories read at once with --batch (default: one per core; at most 256); the output is the same for any number")
      ->check(kWholeNumberAtLeastOne & CLI::Range(1u, 256u));
  add_layer_options(article_cmd, article.layers);
  add_report_option(article_cmd, article.layers);
  article_cmd->footer(std::string(
      "\nExamples:\n"
      "  routecheck article story.txt\n"
      "  curl -s https://example.org/story.html | routecheck article - --json\n"
      "  routecheck article story.md --out story.gpkg --map story.svg\n"
      "  routecheck article --batch stories/ > checked.ndjson\n"
      "\nExit status: 0 nothing contradicts (or no checkable claim); 1 a claim a person should look at;\n"
      "2 bad input (unreadable or non-UTF-8 text; with --batch, any bad article).\n"));

  CLI::App* gazetteer_cmd = app.add_subcommand("gazetteer", "Build, extend and describe gazetteer files");
  gazetteer_cmd->require_subcommand(1);
  GazetteerBuildArgs build{ROUTECHECK_SOURCES_DIR,
                           routecheck::install_paths::installed_share("geodata").value_or(ROUTECHECK_GEODATA_DIR),
                           ROUTECHECK_DEFAULT_GAZETTEER};
  CLI::App* build_cmd = gazetteer_cmd->add_subcommand("build", "Build the gazetteer from the fetched open data");
  build_cmd->add_option("--sources", build.sources_dir, "Unpacked data packages (tools/fetch-data DIR)")
      ->capture_default_str();
  build_cmd->add_option("--geodata", build.geodata_dir, "Curated tables (geodata/)")->capture_default_str();
  build_cmd->add_option("--out", build.out, "GeoPackage to write (replaced atomically)")->capture_default_str();
  build_cmd->footer(std::string("\nExample:\n  tools/fetch-data build/data/src && routecheck gazetteer build --out my.gpkg\n") +
                    kExitStatus);

  GazetteerImportArgs import;
  CLI::App* import_cmd = gazetteer_cmd->add_subcommand("import", "Add your own places to a gazetteer file");
  import_cmd->add_option("FILE", import.file, "GeoNames dump (KP.txt, allCountries.txt) or a GDAL vector file")
      ->required();
  import_cmd->add_option("--into", import.into,
                         "Gazetteer to add to, created when missing (default: $XDG_DATA_HOME/routecheck/places.gpkg,"
                         " searched before the built one)");
  import_cmd->add_option("--layer", import.layer, "Layer of a multi-layer file");
  import_cmd->add_option("--name-field", import.name_field, "Field holding the place name (default: name)");
  import_cmd->footer(std::string(
      "\nExamples:\n"
      "  routecheck gazetteer import KP.txt\n"
      "  routecheck gazetteer import stations.csv --into stations.gpkg   # CSV with name,lat,lon columns\n"
      "  routecheck --gazetteer stations.gpkg geocode \"Tumangang station\"\n") + kExitStatus);

  GazetteerExportArgs export_args;
  CLI::App* export_cmd = gazetteer_cmd->add_subcommand("export", "Write the gazetteer's places as a layer");
  export_cmd->add_option("FILE", export_args.out, "Output: .gpkg, .geojson, .kml, .csv or .fgb")->required();
  export_cmd->add_option("--out-crs", export_args.out_crs, "CRS of .gpkg, .fgb and .csv output (default EPSG:4326)");
  export_cmd->add_flag("--overwrite", export_args.overwrite, "Replace an existing file");
  export_cmd->footer(std::string("\nExamples:\n  routecheck gazetteer export places.fgb\n"
                                 "  routecheck --gazetteer stations.gpkg gazetteer export stations.geojson\n") + kExitStatus);

  CLI::App* network_cmd = app.add_subcommand("network", "Build network graphs (rail, road, sea) for routing");
  network_cmd->require_subcommand(1);
  NetworkBuildArgs network_build;
  CLI::App* network_build_cmd = network_cmd->add_subcommand(
      "build", "Read OpenStreetMap or a line layer into a network file (GeoPackage: nodes, edges, stations)");
  network_build_cmd->add_option("INPUT", network_build.input, ".osm, .osm.gz, .osm.pbf, or a GDAL line layer (any CRS)")->required();
  network_build_cmd->add_option("--profile", network_build.profile, "rail, road or sea (geodata/networks.tsv)")->required();
  network_build_cmd->add_option("--out", network_build.out, "GeoPackage to write (replaced atomically)")->required();
  network_build_cmd->footer(std::string("\nExample:\n  routecheck network build krems.osm.pbf --profile rail --out krems-rail.gpkg\n") +
                            kExitStatus);

  bool info_json = false;
  CLI::App* info_cmd = gazetteer_cmd->add_subcommand("info", "Sources, versions, licenses and counts");
  info_cmd->add_flag("--json", info_json, "As JSON");
  info_cmd->footer(std::string("\nExample:\n  routecheck gazetteer info\n") + kExitStatus);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (app.get_subcommands().empty())
      if (const std::string unknown = unknown_command_message(app, argc, argv); !unknown.empty()) {
        routecheck::cli::print_message(unknown);
        return static_cast<int>(routecheck::ExitStatus::bad_input);
      }
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    // One line, with the prefix every other error has (CLI11 prints its own two-line form).
    std::string message = e.what();
    if (message.empty()) message = "bad command line";
    routecheck::cli::print_message(message + " (see routecheck --help)");
    return static_cast<int>(routecheck::ExitStatus::bad_input);
  }
  auto run = [&]() -> int {
    if (show_version) {
      std::fputs(version_text(common).c_str(), stdout);
      return 0;
    }
    if (*geocode_cmd) return run_geocode(common, geocode);
    if (*route_cmd) return run_route(common, route);
    if (*check_cmd) return run_check(common, check);
    if (*article_cmd) return run_article(common, article);
    if (*build_cmd) return run_gazetteer_build(build);
    if (*import_cmd) return run_gazetteer_import(import);
    if (*info_cmd) return run_gazetteer_info(common, info_json);
    if (*export_cmd) return run_gazetteer_export(common, export_args);
    if (*network_build_cmd) return run_network_build(network_build);
    std::fputs(app.help().c_str(), stdout);
    routecheck::cli::print_message("give a command: geocode, route, check, article, gazetteer or network");
    return static_cast<int>(routecheck::ExitStatus::bad_input);
  };
  int status = 0;
  try {
    status = run();
  } catch (const routecheck::Error& e) {
    routecheck::cli::print_message(e.what());
    status = static_cast<int>(e.status());
  } catch (const std::exception& e) {
    routecheck::cli::print_message(e.what());
    status = static_cast<int>(routecheck::ExitStatus::bad_input);
  }
  // Output that did not reach its destination (a full disk, /dev/full, a closed pipe) is a failure, not
  // success: `geocode Moscow > /dev/full` exited 0.
  std::cout.flush();
  if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout) {
    const int error = errno;
    routecheck::cli::print_message(std::string("cannot write standard output: ") + std::strerror(error ? error : EIO));
    return static_cast<int>(routecheck::ExitStatus::bad_input);
  }
  return status;
}
