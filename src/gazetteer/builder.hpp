// `routecheck gazetteer build` and `gazetteer import`: making gazetteer files from open data and from
// a user's own places. Both write to a temporary file renamed at the end, so a failure leaves the
// target as it was. GDAL-backed: compiled into the routecheck_gdal module, not the CLI binary.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace routecheck::gazetteer {

// Where a long job reports how far it got (stderr, only when a terminal is watching).
using Progress = std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;

struct BuildOptions {
  std::string sources_dir;  // unpacked npm packages, one folder per id of geodata/sources.tsv
  std::string geodata_dir;  // geodata/: sources.tsv, regions.tsv, aliases.tsv
  std::string out_path;
  Progress progress;
};

struct ImportOptions {
  std::string input_path;   // GeoNames dump, or any GDAL vector with a name field and points
  std::string target_path;  // gazetteer to add to; created when missing
  std::optional<std::string> layer;
  std::optional<std::string> name_field;
  Progress progress;
  std::function<void(const std::string&)> notice;  // one-line messages for the user ("waiting for ...")
};

struct BuildReport {
  std::map<std::string, std::size_t> places_by_source;
  std::size_t name_rows = 0;
  std::size_t fuzzy_rows = 0;
  std::size_t country_outlines = 0;  // polygons of the countries layer
  std::size_t skipped = 0;           // import: places this source had put there before
  std::string path;
};

BuildReport build_gazetteer(const BuildOptions& options);
BuildReport import_places(const ImportOptions& options);

}  // namespace routecheck::gazetteer
