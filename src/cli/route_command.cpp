// routecheck route: legs, totals, azimuths and a mode's bands for places; --batch for bulk geodesics.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <thread>

#include "cli/commands.hpp"
#include "cli/layer_outputs.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/search_path.hpp"
#include "routes/route.hpp"
#include "routes/route_report.hpp"

namespace routecheck::cli {

int run_route(const CommonArgs& common, const RouteArgs& args) {
  // '-' means standard input, as in every subcommand: `route -` is `route --batch`.
  const bool dash = args.places.size() == 1 && args.places[0] == "-";
  if (args.batch || dash) {
    if (!args.places.empty() && !dash) throw InputError("--batch reads 'lat1 lon1 lat2 lon2' lines from standard input; give no PLACE");
    if (!args.layers.outputs.empty() || !args.layers.map.empty()) throw InputError("--out and --map take one route, not --batch");
    const std::string input = text::read_stdin();
    std::vector<std::string> errors;
    const unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t bad = routes::inverse_batch(
        input, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); }, threads, errors);
    for (const std::string& e : errors) print_message("route --batch: " + e);
    return static_cast<int>(bad ? ExitStatus::bad_input : ExitStatus::ok);
  }
  if (args.places.size() < 2) throw InputError("route: give at least two places (names or LAT,LON), or --batch");
  const routes::ModeProfiles profiles =
      args.profile.empty() ? routes::ModeProfiles::builtin() : routes::ModeProfiles::load(args.profile);
  std::optional<routes::ModeProfile> mode;
  if (!args.mode.empty()) mode = profiles.get(args.mode);
  const gazetteer::Geocoder geocoder = gazetteer::open_geocoder(common.gazetteers);
  routes::WaypointResolver resolver(geocoder);
  const std::optional<RouteNetwork> network = open_route_network(args.network, mode);
  know_stations(args.places, resolver, network);
  std::vector<routes::Waypoint> points;
  for (const std::string& p : args.places) points.push_back(resolver.resolve(p));
  routes::Route route = routes::make_route(std::move(points));
  apply_network(route, network, args.network);
  add_borders(route, mode);
  // Files first: a report on stdout should not claim layers that then fail to be written.
  write_layer_outputs(args.layers, layers::route_layers(route, mode));
  const std::string out = args.json ? routes::route_json(route, mode) + "\n" : routes::route_text(route, mode);
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace routecheck::cli
