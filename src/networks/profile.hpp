// What a network profile takes from its input (geodata/networks.tsv): the OpenStreetMap tags that put a
// way in the rail or road graph, the stations, the speeds of untagged roads, how far places snap to
// stations, and the band a claimed distance must fall in around the network length.
#pragma once
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routecheck::networks {

// The networks legs can run on (routes::network_for says which a mode takes); same order as
// routecheck::NetworkKind (include/routecheck/types.hpp).
enum class NetworkKind { rail, road, sea };
const char* to_string(NetworkKind kind);
std::optional<NetworkKind> parse_network_kind(std::string_view name);  // "rail", "road", "sea"; else nullopt
// The network in words: "sea lanes", "rail network", "road network".
std::string network_words(NetworkKind kind);

// Tags that must all be present: KEY=VALUE, VALUE "*" for any value.
struct TagCondition {
  std::vector<std::pair<std::string, std::string>> tags;
  // `get` returns a tag's value, or nullptr when the object lacks it.
  template <typename Get>
  bool matches(const Get& get) const {
    for (const auto& [key, value] : tags) {
      const char* v = get(key.c_str());
      if (!v || (value != "*" && value != v)) return false;
    }
    return true;
  }
};

struct NetworkProfile {
  std::string name;                  // rail, road, sea (a user's own table may name others)
  std::optional<NetworkKind> kind;   // of those names; nullopt for another
  std::vector<TagCondition> ways, ferries, skips, stations, station_skips;
  std::vector<std::pair<TagCondition, double>> default_kmh;  // first match wins
  double station_reach_m = 0;
  double band_low = 1, band_high = 1;  // claimed distance / network length that agrees
  double max_snap_share = 1;           // snapping (m) / network length (m) above which the network judges nothing
  double time_floor_share = 0;         // claimed duration / time at the speed limits below which it is suspicious
  // Places that are not stations join at the nearest point of the nearest line (the edge is split there),
  // not at its nearest node: OSM tracks and roads are drawn, so their lines are where they run.
  bool snap_to_track = false;

  // The default speed (km/h) of a way by its tags, 0 when no row matches.
  template <typename Get>
  double default_speed_kmh(const Get& get) const {
    for (const auto& [condition, kmh] : default_kmh)
      if (condition.matches(get)) return kmh;
    return 0;
  }
};

// The built-in profile of that name (geodata/networks.tsv); throws InputError naming the known ones.
const NetworkProfile& builtin_profile(const std::string& name);
// "rail, road, sea"
std::string profile_names();
// Parses a table of networks.tsv's columns (for tests and users' own tables).
std::vector<NetworkProfile> parse_profiles(std::string_view tsv, const std::string& origin);

}  // namespace routecheck::networks
