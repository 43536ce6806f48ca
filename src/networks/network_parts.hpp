// The pieces a network is made of, as readers produce them and the cache file stores them, before the
// graph is indexed: the readers (OpenStreetMap through libosmium, line layers through GDAL) fill them; the
// sea build adds what MARNET lacks (lanes joined at the antimeridian, the straits and canals).
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "networks/network.hpp"
#include "networks/profile.hpp"

namespace routecheck::networks {

struct NetworkParts {
  std::string kind;  // the profile's name
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;
  std::vector<Station> stations;  // node may be kUnassignedNode: Network joins it to the nearest node
  std::vector<Passage> passages;
  // What reading found, for the build report.
  std::size_t ways_read = 0, ways_skipped = 0, segments_missing_nodes = 0;
};

// Nodes by their coordinates (rounded to 1e-7 degree, about 1 cm), so lines that share an end point share
// a node; longitude -180 is 180.
class NodeMerger {
 public:
  explicit NodeMerger(std::vector<NetworkNode>& nodes) : nodes_(nodes) {}
  std::uint32_t node(double lat_deg, double lon_deg);

 private:
  std::vector<NetworkNode>& nodes_;
  std::unordered_map<std::uint64_t, std::uint32_t> by_key_;
};

// Adds the edge a-b with its WGS84 geodesic length, unless a == b.
void add_segment(NetworkParts& parts, std::uint32_t a, std::uint32_t b, const NetworkEdge& attributes);

// rc_network_meta's format of the files write_network_file makes: "1" held 0-based node indexes in
// from_node, to_node and stations.node; "2" holds the nodes' fids (index + 1), NULL for no value.
inline constexpr const char* kNetworkFileFormat = "2";

// An OSM maxspeed tag in km/h: "50", "50 km/h", "30 mph", "12 knots"; 0 for "none", "signals", country
// codes ("RU:urban") and anything else.
double parse_maxspeed_kmh(const char* tag);

// How a way may be travelled: along its points, against them (oneway=-1), or both.
enum class WayDirection { both, forward, backward };

// What a way's tags say of its edges under a profile: gauge, electrification, voltage, name, the speed it is
// timed at (its posted maxspeed; for roads, else its class's default) and, for roads, its direction:
// oneway=yes/true/1 and -1/reverse, and the one way OSM implies for roundabouts and motorways unless
// oneway=no (OSM wiki, Key:oneway). The one reading of tags both network readers use (OpenStreetMap files
// through libosmium, line layers through GDAL). `get(key)` gives a tag's value or nullptr.
template <typename Get>
WayDirection read_way_tags(const NetworkProfile& profile, const Get& get, NetworkEdge& a) {
  const auto is = [](const char* v, const char* word) { return v && !std::strcmp(v, word); };
  if (const char* gauge = get("gauge")) a.gauges_mm = gauge;
  if (const char* electrified = get("electrified")) a.electrified = electrified;
  if (const char* voltage = get("voltage")) a.voltage = voltage;
  if (const char* name = get("name")) a.name = name;
  // Every profile keeps a posted limit (rail lines carry them too); only roads fall back to a default.
  a.maxspeed_kmh = parse_maxspeed_kmh(get("maxspeed"));
  a.maxspeed_posted = a.maxspeed_kmh > 0;
  WayDirection direction = WayDirection::both;
  if (profile.kind == NetworkKind::road) {
    if (a.maxspeed_kmh == 0) a.maxspeed_kmh = profile.default_speed_kmh(get);
    const char* oneway = get("oneway");
    if (is(oneway, "yes") || is(oneway, "true") || is(oneway, "1")) direction = WayDirection::forward;
    else if (is(oneway, "-1") || is(oneway, "reverse")) direction = WayDirection::backward;
    else if (!is(oneway, "no") && (is(get("junction"), "roundabout") || is(get("highway"), "motorway")))
      direction = WayDirection::forward;
    a.oneway = direction != WayDirection::both;
  }
  return direction;
}

// Reads the rail or road graph of an OpenStreetMap file (.osm, .osm.gz, .osm.bz2, .osm.pbf) in any node
// order: every node of a profile way becomes a graph node, every pair of consecutive nodes an edge; the
// profile's stations with a name become stations. Throws InputError naming the file on a read error.
NetworkParts read_osm(const std::string& path, const NetworkProfile& profile);

// Marks the edges of each passage of geodata/sea_passages.tsv (compiled in) and lists the passages.
void mark_sea_passages(NetworkParts& parts);

// The indexed network.
Network make_network(NetworkParts parts);

// A network cache file (a GeoPackage written by the GDAL module: layers nodes, edges, stations, passages
// and rc_network_meta), read through SQLite. Throws InputError naming the file when it is not one.
Network load_network(const std::string& path);
std::map<std::string, std::string> read_network_meta(const std::string& path);

// The file's content hash (64-bit FNV-1a, hex) that keys a network's cache file.
std::string content_hash(const std::string& path);

}  // namespace routecheck::networks
