// routecheck check: one claim from options, or a spreadsheet of claims with --batch.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "cli/layer_outputs.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/search_path.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/claims_table.hpp"

namespace routecheck::cli {
namespace {

int run_batch(const routes::ModeProfiles& profiles, routes::WaypointResolver& resolver, const CheckArgs& args) {
  const routes::SeaLanes sea_lanes(built_sea_lanes());  // read only when a row is a trip by ship
  std::ifstream file;
  if (args.batch != "-") file = text::open_file(args.batch);
  std::istream& csv = args.batch == "-" ? std::cin : file;
  return verdicts::check_claims_table(
      csv, resolver, profiles, args.json, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
      [](std::size_t row, const std::string& message) { std::fprintf(stderr, "routecheck: row %zu: %s\n", row, message.c_str()); },
      args.network.no_network ? nullptr : &sea_lanes);
}

}  // namespace

int run_check(const CommonArgs& common, const CheckArgs& args) {
  const routes::ModeProfiles profiles =
      args.profile.empty() ? routes::ModeProfiles::builtin() : routes::ModeProfiles::load(args.profile);
  if (args.batch.empty() && (args.from.empty() || args.to.empty()))
    throw InputError("check: give --from and --to, or --batch FILE.csv");
  const gazetteer::Geocoder geocoder = gazetteer::open_geocoder(common.gazetteers);
  routes::WaypointResolver resolver(geocoder);
  if (!args.batch.empty()) {
    if (!args.layers.outputs.empty() || !args.layers.map.empty()) throw InputError("--out and --map take one claim, not --batch");
    if (!args.network.file.empty() || !args.network.avoid.empty())
      throw InputError("--network and --avoid take one claim, not --batch");
    return run_batch(profiles, resolver, args);
  }
  verdicts::ClaimInput input{args.from,     args.to,  args.via,  args.distance, args.speed,
                             args.duration, args.stop, "",        args.mode,     args.depart, args.arrive};
  input.top_speed = args.top_speed;
  // The network first: its stations are places the claim may name.
  const std::optional<RouteNetwork> network =
      open_route_network(args.network, args.mode.empty() ? std::nullopt : std::optional<routes::ModeProfile>(profiles.get(args.mode)));
  std::vector<std::string> names{args.from, args.to};
  names.insert(names.end(), args.via.begin(), args.via.end());
  know_stations(names, resolver, network);
  verdicts::Claim claim = verdicts::prepare_claim(input, resolver, profiles);
  apply_network(claim.route, network, args.network);
  add_borders(claim.route, claim.mode);
  const verdicts::Report report = verdicts::check_claim(claim);
  write_layer_outputs(args.layers, layers::route_layers(claim.route, claim.mode, &claim, &report));
  const std::string out = args.json ? verdicts::report_json(claim, report) + "\n" : verdicts::report_text(claim, report);
  std::fputs(out.c_str(), stdout);
  return verdicts::exit_status(report.verdict);
}

}  // namespace routecheck::cli
