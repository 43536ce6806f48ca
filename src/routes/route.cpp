// Geodesic legs, waypoint resolution, mode profiles and the bulk inverse solver.
#include "routes/route.hpp"

#include <algorithm>

#include <GeographicLib/Geodesic.hpp>
#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <cmath>
#include <thread>

#include "core/error.hpp"
#include "core/threads.hpp"
#include "core/text.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/geocode_report.hpp"
#include "networks/network_parts.hpp"
#include "routes/mode_network.hpp"

namespace routecheck::routes {

extern const char* const kModesTsv;      // generated from geodata/modes.tsv
extern const char* const kModeWordsTsv;  // generated from geodata/mode_words.tsv

namespace {
// Bare coordinates take the time zone of a populated place at most this far away; GeoNames' cities500
// has a place every few tens of kilometres wherever people live, so farther means open sea or wilderness.
constexpr double kTimezoneSearchKm = 150;
// Legs a SeaLanes remembers before it starts afresh: a spreadsheet's distinct trips, in a few MB.
constexpr std::size_t kMaxMemoLegs = 4096;
}  // namespace

namespace {
// A place that is a station of a network or the gazetteer (GeoNames RSTN railway station, RSTP stop).
bool is_station(const Waypoint& w) {
  return !w.from_coordinates && (w.place.feature_code == "RSTN" || w.place.feature_code == "RSTP");
}
}  // namespace

void route_on_network(Route& route, const networks::Network& network, const networks::NetworkProfile& profile,
                      const std::string& source, const std::vector<std::string>& avoid, NetworkLegMemo* memo) {
  route.network_kind = networks::parse_network_kind(network.kind());
  route.network_source = source;
  route.band_low = profile.band_low;
  route.band_high = profile.band_high;
  route.max_snap_share = profile.max_snap_share;
  route.time_floor_share = profile.time_floor_share;
  std::vector<std::uint32_t> avoided;
  for (const std::string& id : avoid) {
    const std::optional<std::uint32_t> passage = network.passage_id(id);
    if (!passage) {
      std::string known;
      for (const networks::Passage& p : network.passages()) known += (known.empty() ? "" : ", ") + p.id;
      throw InputError("--avoid '" + id + "': not a strait or canal of this network" +
                       (known.empty() ? std::string(" (it has none)") : " (known: " + known + ")"));
    }
    avoided.push_back(*passage);
    route.avoided.push_back(network.passages()[*passage - 1].name);
  }
  double total = 0;
  bool complete = true;
  for (Leg& leg : route.legs) {
    const gazetteer::Place &from = route.places[leg.from].place, &to = route.places[leg.to].place;
    const std::string key = memo ? fmt::format("{:.7f},{:.7f},{:.7f},{:.7f}", from.lat_deg, from.lon_deg, to.lat_deg, to.lon_deg) : "";
    if (memo) {
      if (auto known = memo->find(key); known != memo->end()) {
        if (!known->second) {
          complete = false;
          route.network_problem = fmt::format("no {} path between {} and {}", network.kind(), from.name, to.name);
        } else {
          total += known->second->length_m();
          leg.network = known->second;
        }
        continue;
      }
      if (memo->size() >= kMaxMemoLegs) memo->clear();
      (*memo)[key] = std::nullopt;  // until a path is found
    }
    // A station joins at its station; coordinates and other places, on a network drawn along its lines
    // (profile snap_to_track), at the nearest point of the nearest line, so a point on the track has no
    // snap leg.
    const bool track = profile.snap_to_track;
    const auto reach = [&](const Waypoint& w) { return !track || is_station(w) ? profile.station_reach_m : 0.0; };
    auto [a, b] = network.snap_pair(from.lat_deg, from.lon_deg, to.lat_deg, to.lon_deg, reach(route.places[leg.from]),
                                    reach(route.places[leg.to]));
    if (track && !a.station) a = network.snap_to_track(from.lat_deg, from.lon_deg, a);
    if (track && !b.station) b = network.snap_to_track(to.lat_deg, to.lon_deg, b);
    const std::optional<networks::NetworkPath> path = network.shortest_path(a, b, avoided, profile.station_reach_m);
    if (!path) {
      complete = false;
      route.network_problem = fmt::format("no {} path between {} and {}{}", network.kind(), route.places[leg.from].place.name,
                                          route.places[leg.to].place.name, avoided.empty() ? "" : " that avoids what was asked");
      continue;
    }
    NetworkLeg n;
    n.path_m = path->network_m;
    n.snap_from_m = a.distance_m;
    n.snap_to_m = b.distance_m;
    if (a.station) n.from_station = network.stations()[*a.station].name;
    if (b.station) n.to_station = network.stations()[*b.station].name;
    const gazetteer::Place &p = route.places[leg.from].place, &q = route.places[leg.to].place;
    n.points.push_back({p.lat_deg, p.lon_deg});
    if (a.edge) n.points.push_back({a.lat_deg, a.lon_deg});
    for (std::uint32_t v : path->nodes) n.points.push_back({network.nodes()[v].lat_deg, network.nodes()[v].lon_deg});
    if (b.edge) n.points.push_back({b.lat_deg, b.lon_deg});
    n.points.push_back({q.lat_deg, q.lon_deg});
    for (std::uint32_t id : path->passages) n.passages.push_back(network.passages()[id - 1].name);
    for (const networks::GaugeChange& g : path->gauge_changes)
      n.gauge_changes.push_back({g.from_mm, g.to_mm, g.station ? network.stations()[*g.station].name : "",
                                 network.nodes()[g.node].lat_deg, network.nodes()[g.node].lon_deg});
    n.ferry_m = path->ferry_m;
    n.electrified_m = path->electrified_m;
    n.timed_s = path->timed_s;
    total += n.length_m();
    if (memo) (*memo)[key] = n;
    leg.network = std::move(n);
  }
  if (complete) route.network_m = total;
}

const networks::Network* SeaLanes::get() const {
  if (!tried_) {
    tried_ = true;
    std::error_code ec;
    if (std::filesystem::exists(path_, ec)) network_ = networks::load_network(path_);
  }
  return network_ ? &*network_ : nullptr;
}

std::string broad_mode(const std::optional<ModeProfile>& mode) {
  return !mode ? "" : mode->parent.empty() ? mode->mode : mode->parent;
}

double km_from_network(const networks::Network& network, const gazetteer::Place& place, bool sea_lanes) {
  if (sea_lanes && gazetteer::is_island(place)) return 0;
  return network.snap(place.lat_deg, place.lon_deg).distance_m / quantities::kMetresPerKm;
}

void route_by_sea(Route& route, const SeaLanes& lanes) {
  if (const networks::Network* network = lanes.get()) {
    route_on_network(route, *network, networks::builtin_profile(to_string(NetworkKind::sea)), SeaLanes::kSource, {}, &lanes.legs_);
    if (lanes.borders_) mark_open_sea(route, *lanes.borders_, lanes.open_sea_skip_m_, lanes.open_sea_max_land_share_);
  }
}

void mark_open_sea(Route& route, const BorderLocator& borders, double skip_m, double max_land_share) {
  route.open_sea_line = !route.legs.empty();
  for (const Leg& leg : route.legs) {
    const Waypoint &from = route.places[leg.from], &to = route.places[leg.to];
    const gazetteer::Place &a = from.place, &b = to.place;
    // An island's own land is no crossing: its outline's reach is left off too.
    const double skip_from = std::max(skip_m, from.outline_reach_m.value_or(0.0)), skip_to = std::max(skip_m, to.outline_reach_m.value_or(0.0));
    if (!borders.line_at_sea(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, skip_from, skip_to, max_land_share)) {
      route.open_sea_line = false;
      return;
    }
  }
}

std::optional<Waypoint> station_waypoint(const networks::Network& network, const std::string& text) {
  const networks::Station* s = network.find_station(text);
  if (!s) return std::nullopt;
  Waypoint w;
  w.query = text;
  w.place.name = s->name;
  w.place.ascii_name = s->name;
  w.place.lat_deg = s->lat_deg;
  w.place.lon_deg = s->lon_deg;
  w.place.feature_class = "S";
  w.place.feature_code = "RSTN";
  w.place.source = "network";
  w.reason = "a station of the network";
  return w;
}

Route make_route(std::vector<Waypoint> places) {
  if (places.size() < 2) throw InputError("a route needs at least two places");
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  Route route;
  route.places = std::move(places);
  for (std::size_t i = 0; i + 1 < route.places.size(); ++i) {
    const gazetteer::Place &a = route.places[i].place, &b = route.places[i + 1].place;
    Leg leg;
    leg.from = i;
    leg.to = i + 1;
    wgs84.Inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, leg.geodesic_m, leg.azimuth_start_deg,
                  leg.azimuth_end_deg);
    route.geodesic_m += leg.geodesic_m;
    route.legs.push_back(leg);
  }
  return route;
}

double geodesic_km(double lat1, double lon1, double lat2, double lon2) {
  double m = 0;
  GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, m);
  return m / 1000.0;
}

void WaypointResolver::add_known(const std::string& text, const Waypoint& waypoint) {
  cache_[text] = std::make_unique<Waypoint>(waypoint);
  candidates_[text] = {waypoint};
  settled_.clear();
}

const Waypoint& WaypointResolver::resolve(const std::string& text) {
  auto it = cache_.find(text);
  if (it != cache_.end()) return *it->second;
  auto w = std::make_unique<Waypoint>();
  w->query = text;
  if (auto point = gazetteer::parse_lat_lon(text)) {
    w->from_coordinates = true;
    w->place.name = fmt::format("{:.5f},{:.5f}", point->lat_deg, point->lon_deg);
    w->place.ascii_name = w->place.name;
    w->place.lat_deg = point->lat_deg;
    w->place.lon_deg = point->lon_deg;
    w->reason = "coordinates as given";
    // Borrow the time zone of the nearest populated place, so local times work for bare points too.
    if (auto near = geocoder_.nearest_place(*point, kTimezoneSearchKm)) {
      w->place.timezone = near->first.timezone;
      w->place.country_code = near->first.country_code;
      w->place.admin1_code = near->first.admin1_code;  // the land mass of a country on several is its region's
      w->reason += fmt::format("; time zone of the nearest place, {} ({:.0f} km)", near->first.name, near->second);
    }
  } else {
    gazetteer::GeocodeOptions options;
    options.limit = 1;
    gazetteer::GeocodeResult result = geocoder_.geocode(text, options);
    if (result.matches.empty()) throw InputError(gazetteer::not_found_message(result));
    w->place = result.matches.front().place;
    w->reason = result.matches.front().reason;
  }
  return *cache_.emplace(text, std::move(w)).first->second;
}

std::vector<Waypoint> WaypointResolver::airports_near(const Waypoint& place, double reach_km, std::size_t limit) const {
  std::vector<Waypoint> out;
  // Coordinates are a point, not a city; an airport is its own airport; a country or region has no "its".
  if (place.from_coordinates || place.place.feature_class != "P") return out;
  const std::string key = fmt::format("{:.7f},{:.7f},{},{}", place.place.lat_deg, place.place.lon_deg, reach_km, limit);
  if (auto known = airports_.find(key); known != airports_.end()) {
    out = known->second;
    for (Waypoint& w : out) w.query = place.query;
    return out;
  }
  for (auto& [airport, km] : geocoder_.places_near({place.place.lat_deg, place.place.lon_deg}, reach_km, "AIRP")) {
    if (out.size() >= limit) break;
    Waypoint w;
    w.query = place.query;
    w.reason = fmt::format("{}'s airport, {:.0f} km from its centre", place.place.name, km);
    w.place = std::move(airport);
    w.score = place.score;
    w.match = place.match;
    out.push_back(std::move(w));
  }
  airports_.emplace(key, out);
  return out;
}

const std::vector<Waypoint>& WaypointResolver::candidates(const std::string& text, std::size_t limit) {
  // A place given by its name (add_known: a network's station) is that place, however many are asked for.
  if (auto known = candidates_.find(text); known != candidates_.end()) return known->second;
  // Else remembered by the name and how many were asked for: a claim the distance rules out asks again.
  const std::string key = text + '\x1f' + std::to_string(limit);
  auto it = candidates_.find(key);
  if (it != candidates_.end()) return it->second;
  std::vector<Waypoint> out;
  if (gazetteer::parse_lat_lon(text)) {
    out.push_back(resolve(text));
  } else {
    gazetteer::GeocodeOptions options;
    options.limit = limit;
    gazetteer::GeocodeResult result = geocoder_.geocode(text, options);
    if (result.matches.empty()) throw InputError(gazetteer::not_found_message(result));
    for (const gazetteer::Candidate& c : result.matches) {
      Waypoint w;
      w.query = text;
      w.place = c.place;
      w.reason = c.reason;
      w.score = c.score;
      w.match = static_cast<int>(c.match);
      w.unfound_words = c.unfound_words;
      w.names_land_border = c.names_land_border;
      out.push_back(std::move(w));
    }
  }
  return candidates_.emplace(key, std::move(out)).first->second;
}

std::vector<Waypoint> WaypointResolver::spellings_near(const std::string& text, double lat_deg, double lon_deg, double max_km) const {
  std::vector<Waypoint> out;
  for (gazetteer::Candidate& c : geocoder_.spellings_near(text, {lat_deg, lon_deg}, max_km)) {
    Waypoint& w = out.emplace_back();
    w.query = text;
    w.place = std::move(c.place);
    w.reason = std::move(c.reason);
    w.score = c.score;
    w.match = static_cast<int>(c.match);
  }
  return out;
}

namespace {

// Widens an envelope's bands to take in one more kind's (the widest band of each column).
void widen_to_include(ModeProfile& envelope, const ModeProfile& kind) {
  envelope.circuity_low = std::min(envelope.circuity_low, kind.circuity_low);
  envelope.circuity_high = std::max(envelope.circuity_high, kind.circuity_high);
  envelope.speed_low_kmh = std::min(envelope.speed_low_kmh, kind.speed_low_kmh);
  envelope.speed_high_kmh = std::max(envelope.speed_high_kmh, kind.speed_high_kmh);
  envelope.speed_max_kmh = std::max(envelope.speed_max_kmh, kind.speed_max_kmh);
  envelope.top_speed_kmh = std::max(envelope.top_speed_kmh, kind.top_speed_kmh);
}

// geodata/mode_words.tsv: folded word -> profile name (or names joined by "+": ModeProfiles::parse makes them a family).
const std::map<std::string, std::string>& mode_words() {
  static const std::map<std::string, std::string> words = [] {
    std::map<std::string, std::string> out;
    const std::string origin = "geodata/mode_words.tsv";
    for (const text::TableRow& row : text::table_rows(kModeWordsTsv, origin, 2, "word<TAB>mode"))
      out[fold_mode_word(row.fields[0])] = std::string(row.fields[1]);
    return out;
  }();
  return words;
}

}  // namespace

ModeProfiles ModeProfiles::parse(std::string_view tsv, const std::string& origin) {
  ModeProfiles out;
  const std::string expected =
      "mode, circuity_low, circuity_high, speed_low_kmh, speed_high_kmh, speed_max_kmh (positive numbers, tab-separated)"
      "[, top_speed_kmh, parent, longest_km, service_ended_year, label, noun, shortest_km]";
  for (const text::TableRow& row : text::table_rows(tsv, origin, 6, expected)) {
    const auto& f = row.fields;
    std::vector<double> n;
    for (std::size_t i = 1; i <= 5; ++i)
      if (auto v = text::parse_double(f[i]); v && *v > 0) n.push_back(*v);
    const std::string where = row.where(origin) + ": ";
    if (n.size() != 5) throw InputError(where + "expected " + expected);
    ModeProfile p{std::string(f[0]), n[0], n[1], n[2], n[3], n[4], 0, "", {}, 0, 0, 0, {}, "", ""};
    if (f.size() > 6) {
      auto top = text::parse_double(f[6]);
      if (!top || *top <= 0) throw InputError(where + "top_speed_kmh must be a positive number");
      p.top_speed_kmh = *top;
    }
    if (f.size() > 7 && f[7] != "-") p.parent = std::string(f[7]);
    if (f.size() > 8 && f[8] != "-") {
      auto longest = text::parse_double(f[8]);
      if (!longest || *longest <= 0) throw InputError(where + "longest_km must be a positive number or -");
      p.longest_km = *longest;
    }
    if (f.size() > 9 && f[9] != "-") {
      auto year = text::parse_double(f[9]);
      if (!year || *year < 1800 || *year != static_cast<int>(*year))
        throw InputError(where + "service_ended_year must be a year or -");
      p.service_ended_year = static_cast<int>(*year);
    }
    if (f.size() > 12 && f[12] != "-") {
      auto shortest = text::parse_double(f[12]);
      if (!shortest || *shortest <= 0) throw InputError(where + "shortest_km must be a positive number or -");
      p.shortest_km = *shortest;
    }
    p.noun = f.size() > 11 && f[11] != "-" ? std::string(f[11]) : text::replace_all(p.mode, "_", " ");  // "conventional rail"
    p.label = f.size() > 10 && f[10] != "-" ? std::string(f[10]) : "by " + p.noun;
    if (p.circuity_low < 1 || p.circuity_high < p.circuity_low || p.speed_high_kmh < p.speed_low_kmh ||
        p.speed_max_kmh < p.speed_high_kmh)
      throw InputError(where + "need 1 <= circuity_low <= circuity_high and speed_low <= speed_high <= speed_max");
    out.profiles_.push_back(std::move(p));
  }
  if (out.profiles_.empty()) throw InputError(origin + ": no mode profiles");
  // A broad mode is the envelope of its profiles.
  for (const ModeProfile& child : std::vector<ModeProfile>(out.profiles_)) {
    if (child.parent.empty()) continue;
    auto parent = std::find_if(out.profiles_.begin(), out.profiles_.end(), [&](const ModeProfile& p) { return p.mode == child.parent; });
    if (parent == out.profiles_.end()) throw InputError(origin + ": profile " + child.mode + " names an unknown mode " + child.parent);
    if (child.service_ended_year) {
      parent->retired.push_back(child);
      continue;
    }
    widen_to_include(*parent, child);
    parent->members.push_back(child);
  }
  // A word for several kinds: their envelope, each a member for the best fit, as a broad mode is. A word
  // naming a kind the table lacks (a user's own --profile file) is left unknown.
  for (const auto& [word, target] : mode_words()) {
    if (target.find('+') == std::string::npos) continue;
    std::vector<const ModeProfile*> kinds;
    for (const std::string_view name : text::split(target, '+')) {
      auto it = std::find_if(out.profiles_.begin(), out.profiles_.end(), [&](const ModeProfile& p) { return p.mode == name; });
      if (it == out.profiles_.end() || !it->members.empty()) break;
      kinds.push_back(&*it);
    }
    if (kinds.size() != static_cast<std::size_t>(std::count(target.begin(), target.end(), '+')) + 1) continue;
    ModeProfile group = *kinds.front();
    for (const ModeProfile* k : kinds) {
      widen_to_include(group, *k);
      group.members.push_back(*k);
    }
    group.longest_km = group.shortest_km = 0;  // each member keeps its own
    // Reasons name the family's numbers by all its kinds ("car and bus, motorway drive or mountain road").
    for (std::size_t k = 1; k < kinds.size(); ++k) group.noun += (k + 1 == kinds.size() ? " or " : ", ") + kinds[k]->noun;
    out.groups_.emplace(word, std::move(group));
  }
  return out;
}

const ModeProfiles& ModeProfiles::builtin() {
  static const ModeProfiles profiles = parse(kModesTsv, "geodata/modes.tsv");
  return profiles;
}

ModeProfiles ModeProfiles::load(const std::string& path) { return parse(text::read_file(path), path); }

std::string fold_mode_word(std::string_view text) {
  std::string out;
  for (char ch : text::trim(text)) {
    const bool gap = ch == '-' || ch == '_' || std::isspace(static_cast<unsigned char>(ch));
    if (gap) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("by ", 0) == 0) out.erase(0, 3);
  return out;
}


const ModeProfile* ModeProfiles::find(const std::string& mode) const {
  for (const ModeProfile& p : profiles_)
    if (p.mode == mode) return &p;
  // As a user types it: "High-speed rail", "by train", "on foot".
  const std::string folded = fold_mode_word(mode);
  std::string underscored = folded;
  std::replace(underscored.begin(), underscored.end(), ' ', '_');
  for (const ModeProfile& p : profiles_)
    if (p.mode == underscored) return &p;
  if (auto group = groups_.find(folded); group != groups_.end()) return &group->second;
  // A word for several kinds whose family was not made (a user's --profile lacks one): its first kind.
  if (auto word = mode_words().find(folded); word != mode_words().end())
    for (const ModeProfile& p : profiles_)
      if (p.mode == word->second.substr(0, word->second.find('+'))) return &p;
  return nullptr;
}

const ModeProfile& ModeProfiles::get(const std::string& mode) const {
  if (const ModeProfile* p = find(mode)) return *p;
  // The broad modes, and the names and everyday words one or two edits away: the whole list of kinds ran
  // past a message's line and was cut in its middle (trial P: "walkin" lost "walk" and "walking").
  constexpr std::size_t kMostEdits = 2;
  const std::string folded = fold_mode_word(mode);
  std::vector<std::string> near;
  auto consider = [&](std::string name) {
    std::string spaced = name;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    if (folded.size() > kMostEdits && gazetteer::edit_distance(folded, spaced, kMostEdits + 1) <= kMostEdits && std::find(near.begin(), near.end(), name) == near.end())
      near.push_back(std::move(name));
  };
  std::string broad;
  for (const ModeProfile& p : profiles_) {
    consider(p.mode);
    if (p.parent.empty()) broad += (broad.empty() ? "" : ", ") + p.mode;
  }
  for (const auto& [word, profile] : mode_words()) consider(word);
  std::string did_you_mean;
  for (const std::string& n : near) did_you_mean += (did_you_mean.empty() ? "" : ", ") + n;
  throw InputError("unknown mode '" + mode + "' (" + (did_you_mean.empty() ? "" : "near it: " + did_you_mean + "; ") + "modes: " + broad +
                   " and their kinds (README, \"Modes\"; geodata/modes.tsv); or an everyday word: train, plane, bus, ferry, on foot, ...)");
}

std::string ModeProfiles::names() const {
  std::string out;
  for (const ModeProfile& p : profiles_) out += (out.empty() ? "" : ", ") + p.mode;
  return out;
}

ModeProfile for_trip(const ModeProfile& mode, double geodesic_m) {
  std::vector<const ModeProfile*> fit;
  for (const ModeProfile& m : mode.members)
    if (m.spans(geodesic_m)) fit.push_back(&m);
  if (fit.empty() || fit.size() == mode.members.size()) return mode;
  ModeProfile out = *fit.front();
  out.mode = mode.mode;  // the broad mode, as it is named
  out.label = mode.label;
  out.noun = mode.noun;
  out.parent = mode.parent;
  out.longest_km = out.shortest_km = 0;
  out.members.clear();
  for (const ModeProfile* m : fit) {
    widen_to_include(out, *m);
    out.members.push_back(*m);
  }
  out.retired = mode.retired;
  return out;
}

ModeEstimate estimate(const Route& route, const ModeProfile& mode) {
  const ModeProfile profile = for_trip(mode, route.geodesic_m);
  const double kmh = 1000.0 / 3600.0;
  ModeEstimate e;
  // On a network the route is its path, not a band of detours around the straight line.
  e.route_length_m = route.network_m ? quantities::Interval{*route.network_m, *route.network_m}
                                     : quantities::Interval{route.geodesic_m * profile.circuity_low,
                                                            route.geodesic_m * profile.circuity_high};
  e.travel_time_s = e.route_length_m / quantities::Interval{profile.speed_low_kmh * kmh, profile.speed_high_kmh * kmh};
  return e;
}

namespace {

// Parses "lat1 lon1 lat2 lon2" (spaces, tabs or commas) from [p, end); false on anything else.
bool parse_four(const char* p, const char* end, double (&v)[4]) {
  for (double& x : v) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) ++p;
    auto [next, ec] = std::from_chars(p, end, x);
    if (ec != std::errc() || !std::isfinite(x)) return false;
    p = next;
  }
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == ',')) ++p;
  return p == end && std::abs(v[0]) <= 90 && std::abs(v[2]) <= 90 && std::abs(v[1]) <= 540 && std::abs(v[3]) <= 540;
}

struct Chunk {
  std::string_view text;
  std::size_t first_line = 0;
  std::string out;
  std::vector<std::string> errors;
};

void solve_chunk(Chunk& chunk) {
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  chunk.out.reserve(chunk.text.size() + chunk.text.size() / 4);
  std::size_t line_no = chunk.first_line;
  const char* p = chunk.text.data();
  const char* end = p + chunk.text.size();
  while (p < end) {
    const char* eol = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (!eol) eol = end;
    ++line_no;
    double v[4];
    if (parse_four(p, eol, v)) {
      double s12, azi1, azi2;
      wgs84.Inverse(v[0], v[1], v[2], v[3], s12, azi1, azi2);
      // GeodSolve -i's column order, azi1 azi2 s12 (geod -I's too). to_chars with a fixed precision,
      // 1e-9 degree and 0.1 mm, is several times faster than printf-style.
      char line[96];
      char* q = std::to_chars(line, line + 30, azi1, std::chars_format::fixed, 9).ptr;
      *q++ = ' ';
      q = std::to_chars(q, q + 30, azi2, std::chars_format::fixed, 9).ptr;
      *q++ = ' ';
      q = std::to_chars(q, q + 32, s12, std::chars_format::fixed, 4).ptr;
      *q++ = '\n';
      chunk.out.append(line, q);
    } else {
      const std::string line(p, eol);
      chunk.out += "ERROR: expected 'lat1 lon1 lat2 lon2'\n";
      chunk.errors.push_back(fmt::format("line {}: expected 'lat1 lon1 lat2 lon2' in degrees, got '{}'", line_no,
                                         text::utf8_excerpt(line, text::kQuotedInputBytes)));
    }
    p = eol + 1;
  }
}

}  // namespace

std::size_t inverse_batch(std::string_view input, const std::function<void(std::string_view)>& write,
                          unsigned threads, std::vector<std::string>& errors) {
  threads = core::threads_or_one_per_core(threads);
  std::vector<Chunk> chunks;
  std::size_t start = 0, line = 0;
  for (unsigned t = 0; t < threads && start < input.size(); ++t) {
    std::size_t stop = t + 1 == threads ? input.size() : std::min(input.size(), start + input.size() / threads);
    while (stop < input.size() && input[stop - 1] != '\n') ++stop;  // end chunks at line ends
    Chunk c;
    c.text = input.substr(start, stop - start);
    c.first_line = line;
    line += static_cast<std::size_t>(std::count(c.text.begin(), c.text.end(), '\n'));
    chunks.push_back(std::move(c));
    start = stop;
  }
  std::vector<std::thread> workers;
  for (std::size_t i = 1; i < chunks.size(); ++i) workers.emplace_back(solve_chunk, std::ref(chunks[i]));
  if (!chunks.empty()) solve_chunk(chunks[0]);
  for (std::thread& w : workers) w.join();
  std::size_t bad = 0;
  for (Chunk& c : chunks) {
    write(c.out);
    bad += c.errors.size();
    for (std::string& e : c.errors) errors.push_back(std::move(e));
  }
  return bad;
}

bool straight_line_countries_apply(const std::optional<ModeProfile>& mode) {
  // The broad sea row only: its legs follow the sea lanes, not the line (a ferry keeps its countries).
  return !mode || !mode->parent.empty() || broad_mode_of(mode) != BroadMode::sea;
}

bool place_on_border(Waypoint& end, const gazetteer::Place& other, const BorderLocator& borders) {
  if (end.place.fid == other.fid) return false;
  const std::optional<BorderPoint> point = borders.nearest_land_border(end.place.country_code, other.lat_deg, other.lon_deg);
  if (!point) return false;
  const std::string country = end.place.name;
  end.place.name = "border of " + country;
  end.place.lat_deg = point->lat_deg;
  end.place.lon_deg = point->lon_deg;
  end.place.feature_class = "S";
  end.place.feature_code = kBorderPointCode;
  end.place.population.reset();
  end.reason = fmt::format("the point of {}'s land border nearest {}", country, other.name);
  return true;
}

bool measure_country_reach(Waypoint& end, const BorderLocator& borders, const CountryEndLimits& limits) {
  if (end.from_coordinates) return false;
  const gazetteer::Place& p = end.place;
  if (gazetteer::is_island(p) && p.feature_code == "ISL") {
    // An island (not an archipelago, "ISLS", whose point lies on one of many): its own outline.
    end.outline_reach_m = borders.island_reach_m(p.country_code, p.lat_deg, p.lon_deg, limits.island_state_m);
    return end.outline_reach_m.has_value();
  }
  if (!gazetteer::is_country(end.place)) return false;
  const std::optional<double> reach =
      borders.outline_reach_m(p.country_code, p.lat_deg, p.lon_deg, std::max(limits.any_m, limits.island_state_m));
  // Past the general limit only an island state: the land border search is asked of those few alone.
  if (!reach || (*reach > limits.any_m && borders.has_land_border(p.country_code, p.lat_deg, p.lon_deg))) return false;
  end.outline_reach_m = reach;
  return true;
}

std::vector<std::string> drop_vias_on_the_way(std::vector<Waypoint>& points, const BorderLocator& borders) {
  // An area: a country not measured as a town. The line that could cross it runs between the places around
  // it that are not areas (the ends always are places; a country's point says nothing of the way).
  auto area = [](const Waypoint& w) { return !w.from_coordinates && !w.outline_reach_m && gazetteer::is_country(w.place); };
  std::vector<std::string> notes;
  std::vector<bool> drop(points.size(), false);
  for (std::size_t a = 0; a + 1 < points.size();) {
    std::size_t b = a + 1;
    while (b + 1 < points.size() && area(points[b])) ++b;
    if (b > a + 1) {
      const gazetteer::Place &from = points[a].place, &to = points[b].place;
      const std::vector<std::string> under = borders.countries_under_line(from.lat_deg, from.lon_deg, to.lat_deg, to.lon_deg);
      for (std::size_t i = a + 1; i < b; ++i)
        if (std::find(under.begin(), under.end(), points[i].place.country_code) != under.end()) {
          drop[i] = true;
          notes.push_back(fmt::format("via {}: the straight line {}–{} crosses it, so passing through it asks for no "
                                      "detour; the route is measured without it", points[i].place.name, from.name, to.name));
        }
    }
    a = b;
  }
  if (notes.empty()) return notes;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < points.size(); ++i)
    if (!drop[i]) {
      if (kept != i) points[kept] = std::move(points[i]);
      ++kept;
    }
  points.resize(kept);
  return notes;
}

}  // namespace routecheck::routes
