// The network graph: components by union-find, a spatial index of nodes in earth-centred coordinates,
// and A* over a compressed sparse row graph (both Boost), with the chord as an admissible heuristic.
#include "networks/network.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <unordered_map>

#include <GeographicLib/Geocentric.hpp>
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <GeographicLib/Gnomonic.hpp>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/astar_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/name_key.hpp"

namespace routecheck::networks {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

struct EdgeProp {
  double length_m = 0;
  std::uint32_t edge = 0;
};
using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeProp, boost::no_property,
                                                 std::uint32_t, std::uint32_t>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Point3 = bg::model::point<double, 3, bg::cs::cartesian>;
using Entry = std::pair<Point3, std::uint32_t>;
using Rtree = bgi::rtree<Entry, bgi::rstar<16>>;
using Box3 = bg::model::box<Point3>;
using BoxEntry = std::pair<Box3, std::uint32_t>;
using BoxRtree = bgi::rtree<BoxEntry, bgi::rstar<16>>;

Point3 ecef(double lat_deg, double lon_deg) {
  double x, y, z;
  GeographicLib::Geocentric::WGS84().Forward(lat_deg, lon_deg, 0, x, y, z);
  return Point3(x, y, z);
}

double geodesic_m(double lat1, double lon1, double lat2, double lon2) {
  double s12;
  GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12);
  return s12;
}

// Boost's A* stops early only by an exception from its visitor (its documented way out): thrown when the
// goal is taken from the queue, caught in shortest_path right around the search.
struct GoalReached {};

class GoalVisitor : public boost::default_astar_visitor {
 public:
  explicit GoalVisitor(Vertex goal) : goal_(goal) {}
  template <typename AnyGraph>
  void examine_vertex(Vertex u, const AnyGraph&) const {
    if (u == goal_) throw GoalReached{};
  }

 private:
  Vertex goal_;
};

// The straight chord through the earth between two points on the ellipsoid is never longer than the
// geodesic between them, so A* stays exact; it costs a square root where a geodesic costs an iteration.
class ChordHeuristic : public boost::astar_heuristic<Graph, double> {
 public:
  ChordHeuristic(const std::vector<Point3>& points, Vertex goal) : points_(&points), goal_((*points_)[goal]) {}
  double operator()(Vertex u) const { return bg::distance((*points_)[u], goal_); }

 private:
  const std::vector<Point3>* points_;
  Point3 goal_;
};

std::string fold_station(const std::string& name) {
  std::string key = gazetteer::name_key(name);
  for (const char* suffix : {" railway station", " train station", " station"}) {
    const std::string_view s(suffix);
    if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0) {
      key.resize(key.size() - s.size());
      break;
    }
  }
  return key;
}

}  // namespace

struct Network::Index {
  Graph graph;
  std::vector<Point3> points;  // per node
  Rtree nodes;                 // nodes of the largest component
  Rtree all_nodes;             // every node
  Rtree stations;              // every station (value: index into stations_)
  BoxRtree edges;              // every edge's box in earth-centred coordinates (value: index into edges_)
  std::unordered_map<std::string, std::size_t> station_by_key;
};

std::vector<int> parse_gauges(const std::string& tag) {
  std::vector<int> gauges;
  for (std::string_view part : text::split(tag, ';')) {
    part = text::trim(part);
    if (const std::optional<long long> mm = text::parse_int(part); mm && *mm > 0 && *mm < 10000)
      gauges.push_back(static_cast<int>(*mm));
  }
  std::sort(gauges.begin(), gauges.end());
  return gauges;
}

Network::Network(std::string kind, std::vector<NetworkNode> nodes, std::vector<NetworkEdge> edges,
                 std::vector<Station> stations, std::vector<Passage> passages)
    : kind_(std::move(kind)), nodes_(std::move(nodes)), edges_(std::move(edges)), stations_(std::move(stations)),
      passages_(std::move(passages)), index_(std::make_unique<Index>()) {
  const std::size_t n = nodes_.size();
  for (const NetworkEdge& e : edges_)
    if (e.from >= n || e.to >= n) throw InputError("network: an edge names a node that is not in it");

  // Components: one-way edges join their ends too (a component is where a path may exist at all).
  std::vector<std::uint32_t> rank(n), parent(n);
  auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::typed_identity_property_map<std::uint32_t>());
  auto parent_map = boost::make_iterator_property_map(parent.begin(), boost::typed_identity_property_map<std::uint32_t>());
  boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
  for (std::uint32_t v = 0; v < n; ++v) sets.make_set(v);
  for (const NetworkEdge& e : edges_) sets.union_set(e.from, e.to);
  std::unordered_map<std::uint32_t, std::uint32_t> component_ids;
  std::vector<std::size_t> sizes, edge_counts;
  component_.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    auto [it, fresh] = component_ids.emplace(static_cast<std::uint32_t>(sets.find_set(v)),
                                             static_cast<std::uint32_t>(sizes.size()));
    if (fresh) sizes.push_back(0), edge_counts.push_back(0);
    component_[v] = it->second;
    ++sizes[it->second];
  }
  for (const NetworkEdge& e : edges_) ++edge_counts[component_[e.from]];
  components_.count = sizes.size();
  if (!sizes.empty()) {
    largest_component_ = static_cast<std::uint32_t>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    components_.largest_nodes = sizes[largest_component_];
    components_.largest_edges = edge_counts[largest_component_];
  }

  // The graph: both directions of an edge, one of a one-way edge.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<EdgeProp> props;
  arcs.reserve(edges_.size() * 2);
  props.reserve(edges_.size() * 2);
  for (std::uint32_t i = 0; i < edges_.size(); ++i) {
    const NetworkEdge& e = edges_[i];
    arcs.emplace_back(e.from, e.to);
    props.push_back({e.length_m, i});
    if (!e.oneway) {
      arcs.emplace_back(e.to, e.from);
      props.push_back({e.length_m, i});
    }
  }
  index_->graph = Graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(), n);

  index_->points.reserve(n);
  std::vector<Entry> entries;
  for (std::uint32_t v = 0; v < n; ++v) {
    index_->points.push_back(ecef(nodes_[v].lat_deg, nodes_[v].lon_deg));
    if (component_[v] == largest_component_) entries.emplace_back(index_->points.back(), v);
  }
  index_->nodes = Rtree(entries.begin(), entries.end());  // packed (bulk) loading
  {
    std::vector<Entry> every;
    every.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v) every.emplace_back(index_->points[v], v);
    index_->all_nodes = Rtree(every.begin(), every.end());
  }
  {
    // An edge's box: its ends' box, widened by how far its geodesic bows off the chord between them
    // (the sagitta, L^2 / 8R, a metre at 7 km): the box then holds the whole line.
    constexpr double kEarthRadiusM = 6371008.8;  // IUGG mean radius
    std::vector<BoxEntry> boxes;
    boxes.reserve(edges_.size());
    for (std::uint32_t i = 0; i < edges_.size(); ++i) {
      const Point3 &a = index_->points[edges_[i].from], &b = index_->points[edges_[i].to];
      const double bow = edges_[i].length_m * edges_[i].length_m / (8 * kEarthRadiusM);
      Box3 box(Point3(std::min(a.get<0>(), b.get<0>()) - bow, std::min(a.get<1>(), b.get<1>()) - bow, std::min(a.get<2>(), b.get<2>()) - bow),
               Point3(std::max(a.get<0>(), b.get<0>()) + bow, std::max(a.get<1>(), b.get<1>()) + bow, std::max(a.get<2>(), b.get<2>()) + bow));
      boxes.emplace_back(box, i);
    }
    index_->edges = BoxRtree(boxes.begin(), boxes.end());
  }
  std::vector<Entry> station_entries;
  for (std::uint32_t s = 0; s < stations_.size(); ++s) {
    if (stations_[s].node == kUnassignedNode && !index_->nodes.empty()) {
      std::vector<Entry> near;
      index_->all_nodes.query(bgi::nearest(ecef(stations_[s].lat_deg, stations_[s].lon_deg), 1), std::back_inserter(near));
      stations_[s].node = near[0].second;
    }
    if (stations_[s].node >= n) throw InputError("network: station '" + stations_[s].name + "' is joined to no node");
    station_entries.emplace_back(ecef(stations_[s].lat_deg, stations_[s].lon_deg), s);
    index_->station_by_key.emplace(fold_station(stations_[s].name), s);
  }
  index_->stations = Rtree(station_entries.begin(), station_entries.end());
}

Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;
Network::~Network() = default;

Snap Network::snap(double lat_deg, double lon_deg, double station_reach_m) const {
  if (!index_ || index_->nodes.empty()) throw InputError("network: it has no nodes to snap a place to");
  const Point3 p = ecef(lat_deg, lon_deg);
  Snap best;
  if (station_reach_m > 0 && !index_->stations.empty()) {
    std::vector<Entry> near;
    index_->stations.query(bgi::nearest(p, 1), std::back_inserter(near));
    const Station& s = stations_[near[0].second];
    const double d = geodesic_m(lat_deg, lon_deg, s.lat_deg, s.lon_deg);
    if (d <= station_reach_m) {
      best.node = s.node;
      best.station = near[0].second;
      const NetworkNode& at = nodes_[s.node];
      best.distance_m = geodesic_m(lat_deg, lon_deg, at.lat_deg, at.lon_deg);
      return best;
    }
  }
  std::vector<Entry> near;
  index_->nodes.query(bgi::nearest(p, 1), std::back_inserter(near));
  best.node = near[0].second;
  const NetworkNode& at = nodes_[best.node];
  best.distance_m = geodesic_m(lat_deg, lon_deg, at.lat_deg, at.lon_deg);
  return best;
}

namespace {
// How many nearest nodes snap_pair looks among for the components near a point.
constexpr std::size_t kSnapCandidates = 64;
}  // namespace

std::pair<Snap, Snap> Network::snap_pair(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg,
                                         double station_reach_m, std::optional<double> station_reach_to_m) const {
  const double reach[2] = {station_reach_m, station_reach_to_m.value_or(station_reach_m)};
  if (!index_ || index_->nodes.empty()) throw InputError("network: it has no nodes to snap a place to");
  const double ends[2][2] = {{lat1_deg, lon1_deg}, {lat2_deg, lon2_deg}};
  // Per end: a station within reach, or the nearest node of each component among the nearest nodes.
  std::unordered_map<std::uint32_t, Snap> by_component[2];
  for (int i = 0; i < 2; ++i) {
    const double lat = ends[i][0], lon = ends[i][1];
    if (reach[i] > 0) {
      const Snap at_station = snap(lat, lon, reach[i]);
      if (at_station.station) {
        by_component[i].emplace(component_[at_station.node], at_station);
        continue;
      }
    }
    // Ranked by the chord (a square root); the geodesic only for each component's nearest.
    const Point3 p = ecef(lat, lon);
    std::vector<Entry> near;
    index_->all_nodes.query(bgi::nearest(p, kSnapCandidates), std::back_inserter(near));
    for (const Entry& e : near) {
      const double chord = bg::distance(p, e.first);
      auto [it, fresh] = by_component[i].try_emplace(component_[e.second], Snap{e.second, chord, std::nullopt, std::nullopt, 0, 0, 0});
      if (!fresh && chord < it->second.distance_m) it->second = Snap{e.second, chord, std::nullopt, std::nullopt, 0, 0, 0};
    }
    for (auto& [component, snapped] : by_component[i]) {
      const NetworkNode& at = nodes_[snapped.node];
      snapped.distance_m = geodesic_m(lat, lon, at.lat_deg, at.lon_deg);
    }
  }
  const Snap* best[2] = {nullptr, nullptr};
  for (const auto& [component, a] : by_component[0]) {
    auto b = by_component[1].find(component);
    if (b == by_component[1].end()) continue;
    if (!best[0] || a.distance_m + b->second.distance_m < best[0]->distance_m + best[1]->distance_m)
      best[0] = &a, best[1] = &b->second;
  }
  if (best[0]) return {*best[0], *best[1]};
  return {snap(lat1_deg, lon1_deg, reach[0]), snap(lat2_deg, lon2_deg, reach[1])};
}

namespace {
// How many edges, nearest by their boxes, snap_to_track measures exactly: parallel tracks and a station's
// sidings put a dozen lines within metres of each other.
constexpr std::size_t kTrackCandidates = 32;
}  // namespace

Snap Network::snap_to_track(double lat_deg, double lon_deg, const Snap& near) const {
  if (!index_ || near.node >= nodes_.size()) return near;
  const std::uint32_t component = component_[near.node];
  std::vector<BoxEntry> lines;
  index_->edges.query(bgi::nearest(ecef(lat_deg, lon_deg), kTrackCandidates), std::back_inserter(lines));
  const GeographicLib::Gnomonic gnomonic(GeographicLib::Geodesic::WGS84());
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  Snap best = near;
  for (const BoxEntry& entry : lines) {
    const std::uint32_t id = entry.second;
    const NetworkEdge& e = edges_[id];
    if (component_[e.from] != component) continue;
    {
      if (e.length_m <= 0) continue;
      const NetworkNode &a = nodes_[e.from], &b = nodes_[e.to];
      // In the gnomonic projection about the point the edge is a straight segment; the point is the origin.
      double ax, ay, bx, by, azi, rk;
      gnomonic.Forward(lat_deg, lon_deg, a.lat_deg, a.lon_deg, ax, ay, azi, rk);
      gnomonic.Forward(lat_deg, lon_deg, b.lat_deg, b.lon_deg, bx, by, azi, rk);
      if (!std::isfinite(ax) || !std::isfinite(bx)) continue;
      const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
      // The point at that share of the edge's geodesic, and its true distance.
      const GeographicLib::GeodesicLine line = wgs84.InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
      double lat, lon;
      line.Position(t * line.Distance(), lat, lon);
      const double d = geodesic_m(lat_deg, lon_deg, lat, lon);
      if (d < best.distance_m) {
        best.distance_m = d;
        best.edge = id;
        best.along_m = t * e.length_m;
        best.lat_deg = lat;
        best.lon_deg = lon;
        best.node = t < 0.5 ? e.from : e.to;
        best.station.reset();
      }
    }
  }
  return best;
}

std::optional<NetworkPath> Network::shortest_path(const Snap& from, const Snap& to, const std::vector<std::uint32_t>& avoid,
                                                  double station_reach_m) const {
  if (!from.edge && !to.edge) return shortest_path(from.node, to.node, avoid, station_reach_m);
  // The ends a path may leave the first snap by, and reach the second by, each with its part of the edge.
  struct End {
    std::uint32_t node;
    double partial_m;
  };
  std::vector<End> starts, finishes;
  if (from.edge) {
    const NetworkEdge& e = edges_[*from.edge];
    starts.push_back({e.to, e.length_m - from.along_m});
    if (!e.oneway) starts.push_back({e.from, from.along_m});
  } else {
    starts.push_back({from.node, 0});
  }
  if (to.edge) {
    const NetworkEdge& e = edges_[*to.edge];
    finishes.push_back({e.from, to.along_m});
    if (!e.oneway) finishes.push_back({e.to, e.length_m - to.along_m});
  } else {
    finishes.push_back({to.node, 0});
  }
  std::optional<NetworkPath> best;
  // Two points on one edge: along it (forwards only on a one-way edge).
  if (from.edge && to.edge && *from.edge == *to.edge && (!edges_[*from.edge].oneway || to.along_m >= from.along_m)) {
    NetworkPath along;
    along.network_m = std::abs(to.along_m - from.along_m);
    best = std::move(along);
  }
  for (const End& s : starts)
    for (const End& f : finishes) {
      if (best && s.partial_m + f.partial_m >= best->network_m) continue;
      std::optional<NetworkPath> path = shortest_path(s.node, f.node, avoid, station_reach_m);
      if (!path) continue;
      path->network_m += s.partial_m + f.partial_m;
      if (!best || path->network_m < best->network_m) best = std::move(path);
    }
  return best;
}

const Station* Network::find_station(const std::string& name) const {
  if (!index_) return nullptr;
  auto it = index_->station_by_key.find(fold_station(name));
  return it == index_->station_by_key.end() ? nullptr : &stations_[it->second];
}

std::optional<std::uint32_t> Network::passage_id(const std::string& id) const {
  std::string key(id);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::uint32_t i = 0; i < passages_.size(); ++i)
    if (passages_[i].id == key) return i + 1;
  return std::nullopt;
}

std::optional<NetworkPath> Network::shortest_path(std::uint32_t from, std::uint32_t to,
                                                  const std::vector<std::uint32_t>& avoid,
                                                  double station_reach_m) const {
  const std::size_t n = nodes_.size();
  if (from >= n || to >= n) throw InputError("network: a path's end is not a node of the network");
  if (component_[from] != component_[to]) return std::nullopt;
  const Graph& g = index_->graph;
  std::vector<Vertex> pred(n);
  std::vector<double> dist(n), cost(n);
  std::vector<boost::default_color_type> color(n);
  std::vector<char> blocked;
  if (!avoid.empty()) {
    blocked.assign(edges_.size(), 0);
    for (std::uint32_t i = 0; i < edges_.size(); ++i)
      if (edges_[i].passage != kNoPassage &&
          std::find(avoid.begin(), avoid.end(), edges_[i].passage) != avoid.end())
        blocked[i] = 1;
  }
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  // Avoided passages leave the graph (a filtered view), rather than costing infinity: A* keys of
  // infinity plus a heuristic are not ordered.
  const auto open = [&g, &blocked](const Graph::edge_descriptor& e) { return blocked.empty() || !blocked[g[e].edge]; };
  const auto length = get(&EdgeProp::length_m, g);
  const auto search = [&](const auto& graph) {
    try {
      boost::astar_search(graph, from, ChordHeuristic(index_->points, to),
                          boost::visitor(GoalVisitor(to))
                              .predecessor_map(pred.data())
                              .distance_map(dist.data())
                              .rank_map(cost.data())
                              .color_map(color.data())
                              .weight_map(length)
                              .vertex_index_map(get(boost::vertex_index, g)));
    } catch (const GoalReached&) {
      return true;
    }
    return false;
  };
  bool reached = from == to;
  if (!reached) {
    if (blocked.empty()) reached = search(g);
    else reached = search(boost::make_filtered_graph(g, std::function<bool(const Graph::edge_descriptor&)>(open)));
  }
  if (!reached || (from != to && !std::isfinite(dist[to]))) return std::nullopt;

  NetworkPath path;
  for (Vertex v = to;; v = pred[v]) {
    path.nodes.push_back(static_cast<std::uint32_t>(v));
    if (v == from) break;
  }
  std::reverse(path.nodes.begin(), path.nodes.end());
  // Each step's edge: the shortest unblocked arc between the two nodes (parallel edges may differ).
  for (std::size_t i = 0; i + 1 < path.nodes.size(); ++i) {
    double best = kInfinity;
    std::uint32_t best_edge = 0;
    for (auto [it, end] = boost::out_edges(path.nodes[i], g); it != end; ++it) {
      if (boost::target(*it, g) != path.nodes[i + 1]) continue;
      if (!open(*it)) continue;
      const double w = g[*it].length_m;
      if (w < best) best = w, best_edge = g[*it].edge;
    }
    path.edges.push_back(best_edge);
  }

  std::vector<int> behind;
  std::string behind_tag;
  bool all_timed = !path.edges.empty();
  for (std::size_t i = 0; i < path.edges.size(); ++i) {
    const NetworkEdge& e = edges_[path.edges[i]];
    path.network_m += e.length_m;
    if (e.ferry) path.ferry_m += e.length_m;
    if (!e.electrified.empty() && e.electrified != "no") path.electrified_m += e.length_m;
    if (e.maxspeed_kmh > 0) path.timed_s += e.length_m / (e.maxspeed_kmh / 3.6);
    else all_timed = false;
    if (e.passage != kNoPassage && (path.passages.empty() || path.passages.back() != e.passage))
      if (std::find(path.passages.begin(), path.passages.end(), e.passage) == path.passages.end())
        path.passages.push_back(e.passage);
    const std::vector<int> ahead = parse_gauges(e.gauges_mm);
    if (ahead.empty()) continue;
    if (!behind.empty()) {
      std::vector<int> shared;
      std::set_intersection(behind.begin(), behind.end(), ahead.begin(), ahead.end(), std::back_inserter(shared));
      if (shared.empty()) {
        GaugeChange change{path.nodes[i], behind_tag, e.gauges_mm, std::nullopt};
        if (station_reach_m > 0 && !index_->stations.empty()) {
          std::vector<Entry> near;
          index_->stations.query(bgi::nearest(index_->points[change.node], 1), std::back_inserter(near));
          const Station& s = stations_[near[0].second];
          const NetworkNode& at = nodes_[change.node];
          if (geodesic_m(at.lat_deg, at.lon_deg, s.lat_deg, s.lon_deg) <= station_reach_m) change.station = near[0].second;
        }
        path.gauge_changes.push_back(std::move(change));
      }
    }
    behind = ahead;
    behind_tag = e.gauges_mm;
  }
  if (!all_timed) path.timed_s = 0;
  return path;
}

}  // namespace routecheck::networks
