// routecheck route: legs, totals, azimuths and a mode's bands for places; --batch for bulk geodesics.
#include <cstdio>
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "routecheck/render.hpp"
#include "routes/route.hpp"

namespace routecheck::cli {

int run_route(const CommonArgs& common, const RouteArgs& args) {
  // '-' means standard input, as in every subcommand: `route -` is `route --batch`.
  const bool dash = args.places.size() == 1 && args.places[0] == "-";
  if (args.batch || dash) {
    if (!args.places.empty() && !dash) throw InputError("--batch reads 'lat1 lon1 lat2 lon2' lines from standard input; give no PLACE");
    if (wants_layers(args.layers)) throw InputError("--out and --map take one route, not --batch");
    const std::string input = text::read_stdin();
    std::vector<std::string> errors;
    const std::size_t bad = routes::inverse_batch(
        input, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); }, args.threads, errors);
    for (const std::string& e : errors) print_message("route --batch: " + e);
    return static_cast<int>(bad ? ExitStatus::bad_input : ExitStatus::ok);
  }
  if (args.places.size() < 2) throw InputError("route: give at least two places (names or LAT,LON), or --batch");
  const Checker checker(cli_config(common, args.profile, &args.network));
  const RouteResult result = checker.route(args.places, args.mode);
  // Files first: a report on stdout should not claim layers that then fail to be written.
  checker.write_layers(result, layer_output(args.layers));
  print(args.json ? to_json(result) + "\n" : to_text(result));
  return 0;
}

}  // namespace routecheck::cli
