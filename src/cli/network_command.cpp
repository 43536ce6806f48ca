// routecheck network build, and the networks routes and checks run on: cache files keyed by the input's
// content, built through the GDAL module on first use.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/install_paths.hpp"
#include "core/text.hpp"
#include "gdal_module/gdal_backend.hpp"
#include "networks/network_parts.hpp"
#include "networks/network_store.hpp"

namespace fs = std::filesystem;

namespace routecheck::cli {

namespace {

}  // namespace

std::string built_sea_lanes() {
  if (const char* env = std::getenv("ROUTECHECK_SEA_LANES"); env && *env) return env;
  if (auto installed = install_paths::installed_share("sea_lanes.gpkg")) return *installed;
  return ROUTECHECK_DEFAULT_SEA_LANES;
}

namespace {

std::string build_summary(const std::string& what, const networks::NetworkBuildReport& r) {
  return fmt::format("{}: {} nodes, {} edges, {} stations; {} connected components, the largest {} nodes ({:.1f} %)"
                     "; {} ways read, {} skipped, {} segments to nodes missing from the file; {:.2f} s",
                     what, r.nodes, r.edges, r.stations, r.components.count, r.components.largest_nodes,
                     r.nodes ? 100.0 * static_cast<double>(r.components.largest_nodes) / static_cast<double>(r.nodes) : 0.0,
                     r.ways_read, r.ways_skipped, r.segments_missing_nodes, r.seconds);
}

// The cache file of `input` read with `profile`: beside it when that folder is writable, else in the
// user's cache directory; built when neither holds one.
std::string cached_network(const std::string& input, const std::string& profile) {
  const networks::CacheFile cache = networks::cache_file_for(input, profile);
  if (cache.exists) return cache.path;
  const fs::path target = cache.path;
  fs::create_directories(target.parent_path());
  const networks::NetworkBuildReport report = gdal_backend().build_network({input, profile, target.string()});
  print_message(build_summary("network graph of '" + input + "' cached in " + target.string(), report));
  return target.string();
}

}  // namespace

int run_network_build(const NetworkBuildArgs& args) {
  networks::builtin_profile(args.profile);  // an unknown profile fails before any reading
  // A missing folder for the cache file is made; anything else in the way is the file writer's to name.
  if (fs::path parent = fs::path(args.out).parent_path(); !parent.empty() && !fs::exists(parent)) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw InputError("cannot make the folder '" + text::utf8_excerpt(parent.string(), text::kQuotedInputBytes) + "': " + ec.message());
  }
  const networks::NetworkBuildReport report = gdal_backend().build_network({args.input, args.profile, args.out});
  std::fputs((build_summary("built " + args.out, report) + "\n").c_str(), stdout);
  return 0;
}

std::optional<RouteNetwork> open_route_network(const NetworkArgs& args, const std::optional<routes::ModeProfile>& mode) {
  if (args.no_network) {
    if (!args.file.empty() || !args.avoid.empty()) throw InputError("--no-network: give no --network or --avoid with it");
    return std::nullopt;
  }
  const std::string broad = !mode ? "" : mode->parent.empty() ? mode->mode : mode->parent;
  if (!args.file.empty()) {
    if (broad != "rail" && broad != "road" && broad != "sea")
      throw InputError("--network '" + args.file + "': give --mode rail, road or sea (a profile of one) to say how to read it");
    std::string path = args.file;
    if (!networks::is_network_file(path)) path = cached_network(args.file, broad);
    RouteNetwork out{networks::load_network(path), nullptr, args.file};
    out.profile = &networks::builtin_profile(out.network.kind());
    return out;
  }
  if (broad != "sea") {
    if (!args.avoid.empty()) throw InputError("--avoid: only sea routes pass straits and canals (give --mode sea)");
    return std::nullopt;
  }
  const std::string lanes = built_sea_lanes();
  if (!fs::exists(lanes)) {
    print_message("no sea lanes at '" + lanes + "' (the build makes them): sea legs are geodesics");
    return std::nullopt;
  }
  RouteNetwork out{networks::load_network(lanes), &networks::builtin_profile("sea"), routes::SeaLanes::kSource};
  return out;
}

void know_stations(const std::vector<std::string>& names, routes::WaypointResolver& resolver,
                   const std::optional<RouteNetwork>& network) {
  if (!network) return;
  for (const std::string& name : names) {
    std::optional<routes::Waypoint> station = routes::station_waypoint(network->network, name);
    if (!station) continue;
    // The time zone and country of the point, as for coordinates.
    const routes::Waypoint& point = resolver.resolve(fmt::format("{:.7f},{:.7f}", station->place.lat_deg, station->place.lon_deg));
    station->place.timezone = point.place.timezone;
    station->place.country_code = point.place.country_code;
    resolver.add_known(name, *station);
  }
}

void apply_network(routes::Route& route, const std::optional<RouteNetwork>& network, const NetworkArgs& args) {
  if (network) routes::route_on_network(route, network->network, *network->profile, network->source, args.avoid);
}

}  // namespace routecheck::cli
