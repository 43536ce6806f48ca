// routecheck gazetteer build | import | info, and --version's data lines.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/search_path.hpp"
#include "gdal_module/gdal_backend.hpp"

namespace fs = std::filesystem;

namespace routecheck::cli {
namespace {

// Progress on stderr, only when a person is watching it.
gazetteer::Progress terminal_progress() {
  if (!text::stderr_is_terminal()) return {};
  return [](const std::string& stage, std::size_t done, std::size_t total) {
    if (total) std::fprintf(stderr, "\r%s: %zu/%zu\033[K", stage.c_str(), done, total);
    else std::fprintf(stderr, "\r%s: %zu\033[K", stage.c_str(), done);
    std::fflush(stderr);
  };
}

void end_progress() {
  if (text::stderr_is_terminal()) std::fputs("\r\033[K", stderr);
}

void print_report(const char* verb, const gazetteer::BuildReport& report) {
  std::size_t total = 0;
  for (const auto& [source, n] : report.places_by_source) total += n;
  std::printf("%s %s: %zu places, %zu names, %zu fuzzy keys\n", verb, report.path.c_str(), total,
              report.name_rows, report.fuzzy_rows);
  for (const auto& [source, n] : report.places_by_source) std::printf("  %-22s %zu\n", source.c_str(), n);
  if (report.skipped) std::printf("  %-22s %zu (imported before: not added again)\n", "already there", report.skipped);
  if (report.country_outlines) std::printf("  %-22s %zu (polygons)\n", "country outlines", report.country_outlines);
}

}  // namespace

int run_gazetteer_build(const GazetteerBuildArgs& args) {
  gazetteer::BuildOptions options{args.sources_dir, args.geodata_dir, args.out, terminal_progress()};
  if (!fs::is_directory(args.sources_dir))
    throw InputError("--sources '" + args.sources_dir + "': no such directory (tools/fetch-data fills it)");
  if (fs::path parent = fs::path(args.out).parent_path(); !parent.empty()) fs::create_directories(parent);
  gazetteer::BuildReport report = gdal_backend().build_gazetteer(options);
  end_progress();
  print_report("built", report);
  return 0;
}

int run_gazetteer_import(const GazetteerImportArgs& args) {
  gazetteer::ImportOptions options{args.file, args.into.empty() ? gazetteer::default_user_gazetteer() : args.into,
                                   args.layer, args.name_field, terminal_progress(),
                                   [](const std::string& message) { print_message(message); }};
  if (fs::path parent = fs::path(options.target_path).parent_path(); !parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
  }
  gazetteer::BuildReport report = gdal_backend().import_places(options);
  end_progress();
  print_report("imported into", report);
  return 0;
}

int run_gazetteer_export(const CommonArgs& common, const GazetteerExportArgs& args) {
  // The first gazetteer of the search path: a user's own with --gazetteer, else the built one.
  const std::string source = gazetteer::search_path(common.gazetteers).front();
  gazetteer::Gazetteer::open(source);  // one clear line for a missing or foreign file
  gdal_backend().export_gazetteer(source, args.out, {args.overwrite, args.out_crs});
  return 0;
}

int run_gazetteer_info(const CommonArgs& common, bool json) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  std::string text;
  for (const std::string& path : gazetteer::search_path(common.gazetteers)) {
    if (!fs::exists(path)) throw InputError("gazetteer '" + path + "': no such file");
    gazetteer::Gazetteer g = gazetteer::Gazetteer::open(path);
    auto meta = g.meta();
    const long long places = g.place_count();
    const auto bytes = fs::file_size(path);
    nlohmann::ordered_json j{{"path", path}, {"places", places}, {"bytes", bytes}, {"meta", meta}};
    all.push_back(j);
    text += fmt::format("{}\n  kind: {}, built {}, {} places, {:.1f} MB\n", path, meta["kind"], meta["built_at"],
                        places, static_cast<double>(bytes) / 1e6);
    for (const gazetteer::DataSource& s : g.data_sources())
      text += fmt::format("  source {}: {}@{} {}\n    license: {}; attribution: {}\n", s.id, s.package, s.version,
                          s.integrity, s.license, s.attribution);
    for (const auto& [key, value] : meta) {
      if (key.rfind("count.", 0) == 0) {
        text += fmt::format("  {:<24} {}\n", key.substr(6), value);
      } else if (key.rfind("import.", 0) == 0) {
        text += fmt::format("  imported: {}\n", value);
      }
    }
  }
  if (json) std::printf("%s\n", all.dump().c_str());
  else std::fputs(text.c_str(), stdout);
  return 0;
}

std::string version_text(const CommonArgs& common) {
  std::string out = fmt::format("routecheck {}\n", ROUTECHECK_VERSION);
  const std::string path = gazetteer::search_path(common.gazetteers).back();
  if (!fs::exists(path)) return out + "gazetteer: not built (" + path + ")\n";
  try {
    const gazetteer::Gazetteer g = gazetteer::Gazetteer::open(path);
    auto meta = g.meta();
    out += fmt::format("gazetteer: {} (schema {}, built {})\n", path, meta["schema_version"], meta["built_at"]);
    for (const gazetteer::DataSource& s : g.data_sources()) out += fmt::format("  {}: {} {}\n", s.id, s.package, s.version);
  } catch (const Error& e) {
    out += std::string("gazetteer: ") + e.what() + "\n";
  }
  return out;
}

}  // namespace routecheck::cli
