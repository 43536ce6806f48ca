// The claim pipeline behind routecheck::Checker (moved from src/cli: check_command.cpp, network_command.cpp,
// layer_outputs.cpp), so the CLI, a table's rows, stories and library callers all take the same steps.
#include "facade/pipeline.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "article/mode_words.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gdal_module/gdal_backend.hpp"
#include "layers/borders.hpp"
#include "networks/network_parts.hpp"
#include "networks/network_store.hpp"
#include "routes/mode_network.hpp"

namespace fs = std::filesystem;

namespace routecheck::facade {
namespace {

// Enough for every distinct trip of a newsroom's day; a table of millions of distinct trips keeps memory flat.
constexpr std::size_t kMaxRememberedBorders = 100000;

std::string or_default(const std::string& value, const std::string& fallback) { return value.empty() ? fallback : value; }

gazetteer::Geocoder open_geocoder(const std::vector<std::string>& paths, const std::string& base) {
  std::vector<gazetteer::Gazetteer> gazetteers;
  std::vector<std::string> all = paths;
  all.push_back(base);
  for (const std::string& path : all) {
    if (!fs::exists(path))
      throw InputError("gazetteer '" + path + "': no such file" +
                       (path == base ? " (build it: tools/demo, or routecheck gazetteer build)" : ""));
    gazetteers.push_back(gazetteer::Gazetteer::open(path));
  }
  return gazetteer::Geocoder(std::move(gazetteers));
}

}  // namespace

std::string describe_build(const std::string& what, const networks::NetworkBuildReport& r) {
  return fmt::format("{}: {} nodes, {} edges, {} stations; {} connected components, the largest {} nodes ({:.1f} %)"
                     "; {} ways read, {} skipped, {} segments to nodes missing from the file; {:.2f} s",
                     what, r.nodes, r.edges, r.stations, r.components.count, r.components.largest_nodes,
                     r.nodes ? 100.0 * static_cast<double>(r.components.largest_nodes) / static_cast<double>(r.nodes) : 0.0,
                     r.ways_read, r.ways_skipped, r.segments_missing_nodes, r.seconds);
}

Pipeline::Pipeline(Config config)
    : config_(std::move(config)),
      base_gazetteer_(or_default(config_.base_gazetteer, (fs::path(default_data_dir()) / "gazetteer.gpkg").string())),
      gdal_module_(or_default(config_.gdal_module, default_gdal_module())),
      own_profiles_(config_.mode_profiles.empty()
                        ? nullptr
                        : std::make_unique<routes::ModeProfiles>(routes::ModeProfiles::load(config_.mode_profiles))),
      profiles_(own_profiles_ ? own_profiles_.get() : &routes::ModeProfiles::builtin()),
      geocoder_(open_geocoder(config_.gazetteers, base_gazetteer_)),
      sea_lanes_(or_default(config_.sea_lanes, (fs::path(default_data_dir()) / "sea_lanes.gpkg").string())) {
  if (config_.no_network && (!config_.network_file.empty() || !config_.avoid.empty()))
    throw InputError("--no-network: give no --network or --avoid with it");
  sea_lanes_.mark_open_sea_with(this, open_sea_skip_m(), open_sea_max_land_share());
}

double Pipeline::open_sea_skip_m() {
  static const double skip_m = verdicts::tolerance("sea.open_line_skip_km") * quantities::kMetresPerKm;
  return skip_m;
}

double Pipeline::open_sea_max_land_share() {
  static const double share = verdicts::tolerance("sea.open_line_max_land_share");
  return share;
}

const GdalBackend& Pipeline::gdal() const { return gdal_backend_at(gdal_module_); }

const layers::CountryOutlines& Pipeline::outlines() const {
  if (!outlines_) outlines_ = std::make_unique<layers::CountryOutlines>(base_gazetteer_);
  return *outlines_;
}

void Pipeline::notice(const std::string& line) const {
  if (config_.notice) config_.notice(line);
}

// The cache file of `input` read with `profile`: beside it when that folder is writable, else in the
// user's cache directory; built when neither holds one.
std::string Pipeline::cached_network(const std::string& input, const std::string& profile) const {
  const networks::CacheFile cache = networks::cache_file_for(input, profile);
  if (cache.exists) return cache.path;
  const fs::path target = cache.path;  // build_network makes its folder
  const networks::NetworkBuildReport report = gdal().build_network({input, profile, target.string()});
  notice(describe_build("network graph of '" + input + "' cached in " + target.string(), report));
  return target.string();
}

std::optional<RouteNetwork> Pipeline::network_for(const std::optional<routes::ModeProfile>& mode) {
  if (config_.no_network) return std::nullopt;
  const std::optional<routes::NetworkKind> kind = routes::network_for(mode);
  if (!config_.network_file.empty()) {
    if (!kind)
      throw InputError("--network '" + config_.network_file +
                       "': give --mode rail, road or sea (a profile of one) to say how to read it");
    const std::string read_as = routes::to_string(*kind);
    auto found = file_networks_.find(read_as);
    if (found == file_networks_.end()) {
      std::string path = config_.network_file;
      if (!networks::is_network_file(path)) path = cached_network(config_.network_file, read_as);
      found = file_networks_.emplace(read_as, networks::load_network(path)).first;
    }
    return RouteNetwork{&found->second, &networks::builtin_profile(found->second.kind()), config_.network_file,
                        &leg_memos_[&found->second]};
  }
  if (kind != routes::NetworkKind::sea) {
    if (!config_.avoid.empty()) throw InputError("--avoid: only sea routes pass straits and canals (give --mode sea)");
    return std::nullopt;
  }
  const networks::Network* lanes = sea_lanes_.get();
  if (!lanes) {
    if (!sea_lanes_missing_told_)
      notice("no sea lanes at '" + sea_lanes_.path() + "' (the build makes them): sea legs are geodesics");
    sea_lanes_missing_told_ = true;
    return std::nullopt;
  }
  return RouteNetwork{lanes, &networks::builtin_profile(routes::to_string(routes::NetworkKind::sea)), routes::SeaLanes::kSource,
                      &leg_memos_[lanes]};
}

void Pipeline::know_stations(const std::vector<std::string>& names, routes::WaypointResolver& resolver,
                             const std::optional<RouteNetwork>& network) const {
  if (!network) return;
  for (const std::string& name : names) {
    std::optional<routes::Waypoint> station = routes::station_waypoint(*network->network, name);
    if (!station) continue;
    // The time zone and country of the point, as for coordinates.
    const routes::Waypoint& point = resolver.resolve(fmt::format("{:.7f},{:.7f}", station->place.lat_deg, station->place.lon_deg));
    station->place.timezone = point.place.timezone;
    station->place.country_code = point.place.country_code;
    station->place.admin1_code = point.place.admin1_code;
    resolver.add_known(name, *station);
  }
}

void Pipeline::apply_network(routes::Route& route, const std::optional<RouteNetwork>& network) const {
  if (!network) return;
  routes::route_on_network(route, *network->network, *network->profile, network->source, config_.avoid, network->memo);
  if (network->source == routes::SeaLanes::kSource) routes::mark_open_sea(route, *this, open_sea_skip_m(), open_sea_max_land_share());
}

void Pipeline::add_borders(routes::Route& route, const std::optional<routes::ModeProfile>& mode) const {
  if (!routes::straight_line_countries_apply(mode)) return;
  std::string key;
  for (const routes::Waypoint& w : route.places) key += fmt::format("{:.9f},{:.9f};", w.place.lat_deg, w.place.lon_deg);
  if (auto found = borders_.find(key); found != borders_.end()) {
    route.countries = found->second;
    return;
  }
  route.countries = layers::find_borders(outlines(), route);
  if (borders_.size() >= kMaxRememberedBorders) borders_.clear();
  borders_.emplace(std::move(key), *route.countries);
}

std::pair<verdicts::Claim, verdicts::Report> Pipeline::check(const verdicts::ClaimInput& given,
                                                             routes::WaypointResolver& resolver, bool countries) {
  // A mode as a user types it from a story ("sleeper train", "overnight ferry", "TGV", "Airbus A380"): where
  // it is no mode word of geodata/mode_words.tsv, the reader of stories' own words for modes read it, and a
  // note says how. Unknown still where they name none.
  verdicts::ClaimInput input = given;
  std::string mode_note;
  if (const std::string typed(text::trim(given.mode)); !typed.empty() && !profiles().find(typed))
    if (const std::optional<article::ModeNamed> named = article::mode_named_in(typed)) {
      // The word's own profile where it has one ("ferry"), else the kind of vehicle it names ("a Boeing
      // 777": airliner, never the Concorde a bare "air" allows), else its mode ("TGV": rail).
      const routes::ModeProfile* profile = profiles().find(named->word);
      if (!profile && !named->profile.empty()) profile = profiles().find(named->profile);
      if (!profile) profile = profiles().find(named->mode);
      if (profile) {
        input.mode = profile->mode;
        mode_note = fmt::format("mode '{}': read as {}, by its word '{}'", typed, profile->label, named->word);
      }
    }
  // The network first: its stations are places the claim may name.
  const std::optional<RouteNetwork> network =
      network_for(input.mode.empty() ? std::nullopt : std::optional<routes::ModeProfile>(profiles().get(input.mode)));
  std::vector<std::string> names{input.from, input.to};
  names.insert(names.end(), input.via.begin(), input.via.end());
  know_stations(names, resolver, network);
  verdicts::NetworkReach reach;
  if (network) {
    const networks::Network* graph = network->network;
    const bool sea = network->source == routes::SeaLanes::kSource;
    reach.km_from_network = [graph, sea](const gazetteer::Place& place) { return routes::km_from_network(*graph, place, sea); };
    reach.name = sea ? "the sea lanes" : "the network of '" + network->source + "'";
  }
  verdicts::Claim claim = verdicts::prepare_claim(input, resolver, profiles(), reach);
  if (!mode_note.empty()) claim.notes.insert(claim.notes.begin(), mode_note);
  // "--to 'Polish border'": that end is the point of the border nearest the place before it.
  std::vector<routes::Waypoint>& points = claim.route.places;
  bool moved = (points.front().names_land_border && routes::place_on_border(points.front(), points[1].place, *this)) |
               (points.back().names_land_border && routes::place_on_border(points.back(), points[points.size() - 2].place, *this));
  // "--to Barbados": a small country's outline bounds its extent.
  const routes::CountryEndLimits limits = verdicts::country_end_limits();
  for (routes::Waypoint& w : points) moved = routes::measure_country_reach(w, *this, limits) || moved;
  // "--via Spain" between Lisbon and Istanbul: a country on the way asks for no detour.
  const std::vector<std::string> on_the_way = routes::drop_vias_on_the_way(points, *this);
  claim.notes.insert(claim.notes.end(), on_the_way.begin(), on_the_way.end());
  if (moved || !on_the_way.empty()) {
    claim.route = routes::make_route(std::move(points));
    verdicts::settle_extents(claim);
  }
  apply_network(claim.route, network);
  if (countries) add_borders(claim.route, claim.mode);
  verdicts::Report report = verdicts::check_claim(claim);
  return {std::move(claim), std::move(report)};
}

routes::Route Pipeline::route(const std::vector<std::string>& places, const std::optional<routes::ModeProfile>& mode,
                              routes::WaypointResolver& resolver) {
  if (places.size() < 2) throw InputError("route: give at least two places (names or LAT,LON), or --batch");
  const std::optional<RouteNetwork> network = network_for(mode);
  know_stations(places, resolver, network);
  std::vector<routes::Waypoint> points;
  for (const std::string& p : places) points.push_back(resolver.resolve(p));
  routes::Route route = routes::make_route(std::move(points));
  apply_network(route, network);
  add_borders(route, mode);
  return route;
}

std::optional<routes::BorderPoint> Pipeline::nearest_land_border(const std::string& country_code, double lat_deg,
                                                                 double lon_deg) const {
  return layers::nearest_land_border(outlines(), country_code, lat_deg, lon_deg);
}

bool Pipeline::has_land_border(const std::string& country_code, double, double) const {
  if (auto found = land_border_of_.find(country_code); found != land_border_of_.end()) return found->second;
  const bool shared = layers::has_land_border(outlines(), country_code);
  land_border_of_.emplace(country_code, shared);
  return shared;
}

std::vector<std::string> Pipeline::countries_under_line(double lat1_deg, double lon1_deg, double lat2_deg,
                                                       double lon2_deg) const {
  std::vector<routes::Waypoint> ends(2);
  ends[0].place.lat_deg = lat1_deg, ends[0].place.lon_deg = lon1_deg;
  ends[1].place.lat_deg = lat2_deg, ends[1].place.lon_deg = lon2_deg;
  routes::Route line = routes::make_route(std::move(ends));
  add_borders(line, std::nullopt);
  return line.countries->codes;
}

bool Pipeline::near_sea(double lat_deg, double lon_deg, double within_m) const {
  return layers::near_sea(outlines(), lat_deg, lon_deg, within_m);
}

std::optional<double> Pipeline::island_reach_m(const std::string& country_code, double lat_deg, double lon_deg,
                                               double max_m) const {
  // Kept beside the countries' reaches: a table or a story names the same island again.
  std::string key = fmt::format("island {} {:.9f},{:.9f} {:.0f}", country_code, lat_deg, lon_deg, max_m);
  if (auto found = reaches_.find(key); found != reaches_.end()) return found->second;
  const std::optional<double> reach = layers::island_reach_m(outlines(), country_code, lat_deg, lon_deg, max_m);
  reaches_.emplace(std::move(key), reach);
  return reach;
}

bool Pipeline::line_at_sea(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg, double skip_from_m,
                           double skip_to_m, double max_land_share) const {
  std::string key = fmt::format("{:.9f},{:.9f} {:.9f},{:.9f} {:.0f} {:.0f} {:.4f}", lat1_deg, lon1_deg, lat2_deg, lon2_deg, skip_from_m,
                                skip_to_m, max_land_share);
  if (auto found = open_lines_.find(key); found != open_lines_.end()) return found->second;
  const bool at_sea = layers::line_at_sea(outlines(), lat1_deg, lon1_deg, lat2_deg, lon2_deg, skip_from_m, skip_to_m, max_land_share);
  if (open_lines_.size() >= kMaxRememberedBorders) open_lines_.clear();
  open_lines_.emplace(std::move(key), at_sea);
  return at_sea;
}

std::optional<double> Pipeline::outline_reach_m(const std::string& country_code, double lat_deg, double lon_deg,
                                                double max_m) const {
  std::string key = fmt::format("{} {:.9f},{:.9f} {:.0f}", country_code, lat_deg, lon_deg, max_m);
  if (auto found = reaches_.find(key); found != reaches_.end()) return found->second;
  const std::optional<double> reach = layers::outline_reach_m(outlines(), country_code, lat_deg, lon_deg, max_m);
  reaches_.emplace(std::move(key), reach);
  return reach;
}

article::ArticleResult Pipeline::read_article(std::string text, const std::optional<date::year_month_day>& story_date) const {
  article::ArticleResult result = article::read_article(std::move(text), geocoder_, profiles(), sea_lanes(), story_date, this);
  // The countries under every trip's line, as check gives them: a story's report must not depend on whether
  // layers are written too.
  for (article::ArticleClaim& c : result.claims) add_borders(c.claim.route, c.claim.mode);
  return result;
}

verdicts::Verdict Pipeline::write_article(std::string text, const std::optional<date::year_month_day>& story_date,
                                          bool json, const std::function<void(std::string_view)>& write) const {
  const article::ArticleResult result =
      article::read_article(std::move(text), geocoder_, profiles(), sea_lanes(), story_date, this, /*keep_claims=*/false);
  const article::ClaimMaker maker(result, sea_lanes(), [this](article::ArticleClaim& c) { add_borders(c.claim.route, c.claim.mode); });
  article::ArticleClaim claim;
  auto claim_at = [&](std::size_t i) -> const article::ArticleClaim& { return claim = maker.make(i); };
  return json ? article::write_article_json(result, maker.size(), claim_at, write)
              : article::write_article_text(result, maker.size(), claim_at, write);
}

void Pipeline::write_layers(const layers::LayerSet& set, const LayerOutput& output) const {
  const layers::WriteOptions options{output.overwrite, output.out_crs};
  if (!output.files.empty()) gdal().write_layers(set, output.files, options);
  if (!output.svg_map.empty()) gdal().draw_map(set, base_gazetteer_, output.svg_map, options);
}

}  // namespace routecheck::facade
