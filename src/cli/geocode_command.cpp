// routecheck geocode: names in, ranked places out (table or JSON lines), names from argv or stdin.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/geocode_report.hpp"
#include "gazetteer/search_path.hpp"

namespace routecheck::cli {

int run_geocode(const CommonArgs& common, const GeocodeArgs& args) {
  gazetteer::GeocodeOptions options;
  options.country = args.country;
  options.limit = args.limit;
  options.always_fuzzy = args.fuzzy;
  options.max_name_bytes = args.max_name_bytes;
  if (args.near) {
    try {
      options.near = gazetteer::parse_lat_lon(*args.near);
    } catch (const InputError& e) {
      throw InputError("--near '" + text::utf8_excerpt(*args.near, text::kQuotedInputBytes) + "': " + e.what());
    }
    if (!options.near) throw InputError("--near '" + text::utf8_excerpt(*args.near, text::kQuotedInputBytes) + "': expected LAT,LON in degrees");
  }
  // '-' means standard input, as in every subcommand: `geocode -` is `geocode --batch`.
  const bool dash = std::find(args.names.begin(), args.names.end(), "-") != args.names.end();
  if (dash && args.names.size() > 1) throw InputError("geocode: '-' (standard input) cannot be mixed with NAMEs");
  const bool from_stdin = args.batch || dash;
  if (args.batch && !args.names.empty()) throw InputError("--batch reads names from standard input; give no NAME");
  if (!from_stdin && args.names.empty()) throw InputError("geocode: give at least one NAME, or --batch (or -)");
  const gazetteer::Geocoder geocoder = gazetteer::open_geocoder(common.gazetteers);

  bool all_found = true, any_bad = false;
  std::vector<gazetteer::GeocodeResult> table_rows;
  // A name that cannot be looked up (too long, not UTF-8) is reported on its own line; the others go on.
  auto handle = [&](const std::string& name, std::size_t line_no) {
    gazetteer::GeocodeResult result;
    try {
      result = geocoder.geocode(name, options);
    } catch (const InputError& e) {
      any_bad = true;
      const std::string where = line_no ? "line " + std::to_string(line_no) + ": " : "";
      print_message(where + e.what());
      if (args.json) {
        const std::string line = gazetteer::geocode_error_json_line(name, line_no, e.what());
        std::fwrite(line.data(), 1, line.size(), stdout);
      }
      return;
    }
    if (result.matches.empty()) {
      all_found = false;
      print_message(gazetteer::not_found_message(result));
    } else if (result.matches.front().match == gazetteer::MatchKind::fuzzy) {
      // A spelling suggestion is not an answer (Everest is not Everett, WA): shown, marked, and the exit
      // status says the name itself was not found.
      all_found = false;
      print_message("no place named '" + text::utf8_excerpt(result.query, text::kQuotedInputBytes) +
                    "'; the candidates shown are spelling suggestions (fuzzy)");
    }
    if (args.json) {
      std::string line = gazetteer::geocode_json_line(result);
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else if (!result.matches.empty()) {
      table_rows.push_back(std::move(result));
    }
  };
  if (from_stdin) {
    const bool show_progress = text::stderr_is_terminal();
    std::size_t done = 0, line_no = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
      ++line_no;
      std::string_view name = text::trim(line);
      if (!name.empty()) handle(std::string(name), line_no);
      if (show_progress && ++done % 1000 == 0) std::fprintf(stderr, "\rgeocoded %zu names\033[K", done);
    }
    if (show_progress && done >= 1000) std::fputs("\r\033[K", stderr);
  } else {
    for (const std::string& name : args.names) handle(name, 0);
  }
  if (!args.json && !table_rows.empty()) std::fputs(gazetteer::geocode_table(table_rows).c_str(), stdout);
  if (any_bad) return static_cast<int>(ExitStatus::bad_input);
  return static_cast<int>(all_found ? ExitStatus::ok : ExitStatus::needs_review);
}

}  // namespace routecheck::cli
