// Places -> routes on a network: a graph of points joined by lines (sea lanes, railways, roads), with each
// edge's ellipsoidal length and the attributes a check needs (gauge, speed limit, one-way, the strait or
// canal it belongs to); its connected components; snapping of places to it; and shortest paths (A* of
// Boost.Graph, the straight chord through the earth as its lower bound).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace routecheck::networks {

inline constexpr std::uint32_t kNoPassage = 0;  // NetworkEdge::passage of an edge in no strait or canal
inline constexpr std::uint32_t kUnassignedNode = UINT32_MAX;  // Station::node before Network joins it

struct NetworkNode {
  double lat_deg = 0, lon_deg = 0;
  std::int64_t osm_node_id = 0;  // the OpenStreetMap node it came from; 0 when read from a line layer
};

// A line between two nodes. Undirected unless `oneway` (then only from -> to).
struct NetworkEdge {
  std::uint32_t from = 0, to = 0;
  double length_m = 0;           // WGS84 geodesic (GeographicLib)
  std::string gauges_mm;         // rail: "1435", "1435;1520" (dual gauge); empty when untagged
  std::string electrified;       // rail: OSM's electrified= ("contact_line", "rail", "no"); empty when untagged
  std::string voltage;           // rail: OSM's voltage= ("25000", "3000"); empty when untagged
  double maxspeed_kmh = 0;       // the speed the edge is timed at: its posted limit, else (roads) its class's
                                 // default (geodata/networks.tsv); 0 when neither
  bool maxspeed_posted = false;  // maxspeed_kmh is the way's own maxspeed tag, not a class default
  std::int64_t osm_way_id = 0;   // the OpenStreetMap way it came from (or a layer's osm_id); 0 when unknown
  std::uint32_t passage = kNoPassage;  // index + 1 into Network::passages
  bool oneway = false;
  bool ferry = false;            // a rail ferry (or a road ferry): the line is a crossing by ship
  std::string name;              // the way's name, if any
};

// A named station (railway=station or halt) or port, at its own point, joined to its nearest node.
struct Station {
  std::string name;
  double lat_deg = 0, lon_deg = 0;
  std::uint32_t node = kUnassignedNode;  // joined to the nearest node of the largest component
};

// A strait or canal the sea lanes pass through (geodata/sea_passages.tsv).
struct Passage {
  std::string id;    // "suez": what --avoid takes
  std::string name;  // "Suez Canal"
  std::string kind;  // canal, strait
};

// Where a point meets the network: the node, how far away it is (m) and, when it was a station, which.
// Snapped to a line (Network::snap_to_track), it meets `edge` at `along_m` from the edge's `from` node, at
// (lat_deg, lon_deg); `node` is then the nearer end of that edge.
struct Snap {
  std::uint32_t node = 0;
  double distance_m = 0;
  std::optional<std::size_t> station;  // index into Network::stations
  std::optional<std::uint32_t> edge;   // index into Network::edges
  double along_m = 0;
  double lat_deg = 0, lon_deg = 0;     // where it meets the line (edge snaps only)
};

// Along a path, a point where no gauge of the track ahead is a gauge of the track behind.
struct GaugeChange {
  std::uint32_t node = 0;
  std::string from_mm, to_mm;       // "1435" -> "1520"
  std::optional<std::size_t> station;  // the nearest station within the profile's reach, if any
};

struct NetworkPath {
  std::vector<std::uint32_t> nodes;  // from the first snapped node to the last
  std::vector<std::uint32_t> edges;  // indexes into Network::edges, one fewer than nodes
  double network_m = 0;              // along the edges
  std::vector<std::uint32_t> passages;  // passages passed, in order (indexes + 1)
  std::vector<GaugeChange> gauge_changes;
  double ferry_m = 0;                // of network_m, on ferries
  double electrified_m = 0;          // of network_m, on track tagged electrified (not "no")
  double timed_s = 0;                // at each edge's maxspeed, where every edge has one; else 0
};

struct ComponentSummary {
  std::size_t count = 0;         // connected components (one-way edges counted both ways)
  std::size_t largest_nodes = 0;
  std::size_t largest_edges = 0;
};

class Network {
 public:
  Network() = default;
  Network(std::string kind, std::vector<NetworkNode> nodes, std::vector<NetworkEdge> edges,
          std::vector<Station> stations, std::vector<Passage> passages);
  Network(Network&&) noexcept;
  Network& operator=(Network&&) noexcept;
  ~Network();

  const std::string& kind() const { return kind_; }  // sea, rail, road
  const std::vector<NetworkNode>& nodes() const { return nodes_; }
  const std::vector<NetworkEdge>& edges() const { return edges_; }
  const std::vector<Station>& stations() const { return stations_; }
  const std::vector<Passage>& passages() const { return passages_; }
  const ComponentSummary& components() const { return components_; }
  std::uint32_t component_of(std::uint32_t node) const { return component_[node]; }
  bool in_largest_component(std::uint32_t node) const { return component_[node] == largest_component_; }

  // The nearest node of the largest component (parts cut off from it, such as stubs of sea lanes, do
  // not take a place); with `station_reach_m` > 0, a station within that distance wins over a nearer
  // bare node. Throws InputError when the network has no nodes.
  Snap snap(double lat_deg, double lon_deg, double station_reach_m = 0) const;

  // Where two points meet the network so that a path can join them: a station within reach first (as
  // snap), else of the components near both points, the one with the least snapping in all (an extract
  // cut into pieces, a port's stub lane); else both in the largest component.
  // `station_reach_to_m`, when given, is the second end's reach (a station at one end only).
  std::pair<Snap, Snap> snap_pair(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg,
                                  double station_reach_m = 0, std::optional<double> station_reach_to_m = std::nullopt) const;

  // The nearest point of the lines at the node `near` snapped to and its neighbours in the same component:
  // the edge split there. Lines are geodesics between their nodes; the nearest point on each is found in
  // a gnomonic projection about the point (GeographicLib), where geodesics are straight.
  Snap snap_to_track(double lat_deg, double lon_deg, const Snap& near) const;

  // The shortest path between two snaps, either of which may lie on an edge: the partial edges to and
  // from the edges' ends are added to `network_m`, and two points on one edge are joined along it.
  std::optional<NetworkPath> shortest_path(const Snap& from, const Snap& to, const std::vector<std::uint32_t>& avoid = {},
                                           double station_reach_m = 0) const;

  // A station whose name matches (folded, with or without a trailing "station"), or nullptr.
  const Station* find_station(const std::string& name) const;

  // The shortest path between two nodes, never over edges of the passages in `avoid` (indexes + 1);
  // nullopt when none exists. `station_reach_m` bounds how far a gauge change may be named after a
  // station.
  std::optional<NetworkPath> shortest_path(std::uint32_t from, std::uint32_t to,
                                           const std::vector<std::uint32_t>& avoid = {},
                                           double station_reach_m = 0) const;

  // The passage with this id ("suez"), as an index + 1; nullopt when unknown.
  std::optional<std::uint32_t> passage_id(const std::string& id) const;

 private:
  struct Index;  // the Boost.Graph graph, the spatial index of nodes, chord coordinates
  std::string kind_;
  std::vector<NetworkNode> nodes_;
  std::vector<NetworkEdge> edges_;
  std::vector<Station> stations_;
  std::vector<Passage> passages_;
  std::vector<std::uint32_t> component_;
  std::uint32_t largest_component_ = 0;
  ComponentSummary components_;
  std::unique_ptr<Index> index_;
};

// The gauges of a "1435;1520" tag, in mm, sorted; unparseable parts are dropped.
std::vector<int> parse_gauges(const std::string& tag);

}  // namespace routecheck::networks
