// How a routecheck::Checker is made: which gazetteers, networks, data and tables it uses. Plain values; the
// library reads no environment variable and no /proc/self/exe: a program (the CLI) fills this from its own.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "routecheck/export.hpp"

namespace routecheck {

struct Config {
  // Gazetteers searched before the base one, in order (a newsroom's own places, stations).
  std::vector<std::string> gazetteers;
  // The gazetteer with the country outlines (borders, maps), searched last. Empty: the installed one
  // (default_data_dir()/gazetteer.gpkg).
  std::string base_gazetteer;
  // The sea lanes network trips by ship run on. Empty: default_data_dir()/sea_lanes.gpkg. Missing file:
  // sea legs are geodesics, with a notice.
  std::string sea_lanes;
  // Rail or road legs run on this network (OpenStreetMap .osm/.osm.pbf, a GDAL line layer, or a file of
  // `routecheck network build`); its cache file is built on first use. Empty: none.
  std::string network_file;
  std::vector<std::string> avoid;  // sea routes keep out of these straits and canals ("suez", "panama")
  bool no_network = false;         // geodesic legs only, even for ships
  // Mode profiles replacing the built-in geodata/modes.tsv (a TSV of its columns). Empty: built-in.
  std::string mode_profiles;
  // The GDAL module (borders, layers, maps, network builds). Empty: default_gdal_module().
  std::string gdal_module;
  // Whether check_table fills each row's countries under the line as check() does (a row then says what the
  // same claim checked alone says). Off saves about a fifth of a large table's time (100,000 rows of
  // bench/make_claims.awk: 4.8 s against 3.8 s); no verdict depends on them.
  bool countries_in_tables = true;
  // Stories longer than this (bytes) are refused by read_article.
  std::size_t max_article_bytes = std::size_t{8} << 20;
  // Things a user should know that are no error ("no sea lanes at ...: sea legs are geodesics", "network
  // graph of ... cached in ..."): one line each, without a prefix. Empty: dropped.
  std::function<void(std::string_view)> notice;
};

// Where the installed data is: PREFIX/share/routecheck beside the library's own file when it holds a
// gazetteer (a relocated prefix works too), else the directory the library was built for.
ROUTECHECK_API std::string default_data_dir();
ROUTECHECK_API std::string default_gdal_module();

}  // namespace routecheck
