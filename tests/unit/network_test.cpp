// Networks: graphs the tests write themselves (disconnected parts, one-way roads, a gauge break at a
// border station, a rail ferry, a layer in EPSG:3857, lanes across the antimeridian), read, indexed and
// routed; A* against Boost's plain Dijkstra on random graphs.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <random>

#include "core/error.hpp"
#include "networks/network_gdal.hpp"
#include "networks/network_parts.hpp"

using namespace routecheck::networks;
namespace fs = std::filesystem;

namespace {

double geodesic_m(double lat1, double lon1, double lat2, double lon2) {
  double s;
  GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s);
  return s;
}

// A scratch folder removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    char pattern[] = "/tmp/routecheck-network-test-XXXXXX";
    dir = mkdtemp(pattern);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  }
};

// Parts from a list of points and lines between them (indexes), each line's attributes given.
NetworkParts parts_of(const std::vector<NetworkNode>& nodes, const std::vector<NetworkEdge>& lines, const std::string& kind) {
  NetworkParts p;
  p.kind = kind;
  p.nodes = nodes;
  for (const NetworkEdge& e : lines) add_segment(p, e.from, e.to, e);
  return p;
}

NetworkEdge line(std::uint32_t a, std::uint32_t b, std::string gauge = "", bool oneway = false) {
  NetworkEdge e;
  e.from = a;
  e.to = b;
  e.gauges_mm = std::move(gauge);
  e.oneway = oneway;
  return e;
}

}  // namespace

TEST_CASE("disconnected parts: components are counted and places snap to a part both ends reach") {
  // Two lines 1 degree apart in longitude, never joined; the second is longer (the largest component).
  const Network net = make_network(parts_of(
      {{50.0, 10.0}, {50.1, 10.0}, {50.0, 11.0}, {50.1, 11.0}, {50.2, 11.0}},
      {line(0, 1), line(2, 3), line(3, 4)}, "rail"));
  CHECK(net.components().count == 2);
  CHECK(net.components().largest_nodes == 3);
  // Both ends beside the small part: it is used, though it is not the largest.
  const auto [a, b] = net.snap_pair(50.0, 10.001, 50.1, 10.001);
  CHECK(net.component_of(a.node) == net.component_of(b.node));
  CHECK_FALSE(net.in_largest_component(a.node));
  const auto path = net.shortest_path(a.node, b.node);
  REQUIRE(path);
  CHECK(path->network_m == Approx(geodesic_m(50.0, 10.0, 50.1, 10.0)).epsilon(1e-9));
  // Across the parts there is no path.
  CHECK_FALSE(net.shortest_path(0, 4));
}

TEST_CASE("one-way roads are driven only their way") {
  // A square 0-1-2-3; 0->1 is one-way, so 1 -> 0 goes round by 2 and 3.
  const Network net = make_network(parts_of({{0, 0}, {0, 0.01}, {0.01, 0.01}, {0.01, 0}},
                                            {line(0, 1, "", true), line(1, 2), line(2, 3), line(3, 0)}, "road"));
  const auto forward = net.shortest_path(0, 1);
  const auto back = net.shortest_path(1, 0);
  REQUIRE(forward);
  REQUIRE(back);
  CHECK(forward->edges.size() == 1);
  CHECK(back->edges.size() == 3);
  CHECK(back->network_m > 2.9 * forward->network_m);
}

TEST_CASE("a gauge break at a border station is named, a dual-gauge track is no break") {
  // 0 -(1435)- 1 -(1435;1520)- 2 -(1520)- 3: no break (the dual track carries both).
  const Network dual = make_network(parts_of({{42.0, 130.0}, {42.1, 130.1}, {42.2, 130.2}, {42.3, 130.3}},
                                             {line(0, 1, "1435"), line(1, 2, "1435;1520"), line(2, 3, "1520")}, "rail"));
  const auto through_dual = dual.shortest_path(0, 3);
  REQUIRE(through_dual);
  CHECK(through_dual->gauge_changes.empty());
  // 0 -(1435)- 1 -(1520)- 2, a station "Borderville" at node 1.
  NetworkParts p = parts_of({{42.0, 130.0}, {42.1, 130.1}, {42.2, 130.2}}, {line(0, 1, "1435"), line(1, 2, "1520")}, "rail");
  p.stations.push_back({"Borderville", 42.1003, 130.1002, kUnassignedNode});
  const Network net = make_network(std::move(p));
  const auto path = net.shortest_path(0, 2, {}, 3000);
  REQUIRE(path);
  REQUIRE(path->gauge_changes.size() == 1);
  CHECK(path->gauge_changes[0].from_mm == "1435");
  CHECK(path->gauge_changes[0].to_mm == "1520");
  REQUIRE(path->gauge_changes[0].station);
  CHECK(net.stations()[*path->gauge_changes[0].station].name == "Borderville");
  CHECK(net.find_station("Borderville station") == &net.stations()[0]);
  CHECK(parse_gauges("1520;1435; x") == std::vector<int>{1435, 1520});
}

TEST_CASE("OpenStreetMap read in any node order, with a rail ferry and lines off the extract's edge") {
  // Ways first, then nodes in descending id order: a reader that resolves nodes as ways arrive gets this
  // wrong. Way 11 is a train ferry; way 12 names node 99, which the extract lacks.
  const Scratch scratch;
  const std::string osm = scratch.write("unsorted.osm", R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6'>
 <way id='10' version='1'><nd ref='1'/><nd ref='2'/><nd ref='3'/><tag k='railway' v='rail'/><tag k='gauge' v='1435'/><tag k='electrified' v='contact_line'/></way>
 <way id='11' version='1'><nd ref='3'/><nd ref='4'/><tag k='route' v='ferry'/><tag k='railway' v='rail'/></way>
 <way id='12' version='1'><nd ref='4'/><nd ref='99'/><tag k='railway' v='rail'/></way>
 <way id='13' version='1'><nd ref='1'/><nd ref='4'/><tag k='railway' v='rail'/><tag k='disused' v='yes'/></way>
 <way id='14' version='1'><nd ref='2'/><nd ref='4'/><tag k='highway' v='primary'/></way>
 <node id='5' version='1' lat='54.40' lon='11.30'><tag k='railway' v='station'/><tag k='name' v='Harbour'/></node>
 <node id='4' version='1' lat='54.50' lon='11.30'/>
 <node id='3' version='1' lat='54.40' lon='11.20'/>
 <node id='2' version='1' lat='54.30' lon='11.10'/>
 <node id='1' version='1' lat='54.20' lon='11.00'/>
</osm>
)");
  const NetworkParts parts = read_osm(osm, builtin_profile("rail"));
  CHECK(parts.ways_read == 3);
  CHECK(parts.ways_skipped == 1);  // the disused one; the road is not a rail way at all
  CHECK(parts.segments_missing_nodes == 1);
  REQUIRE(parts.nodes.size() == 4);
  REQUIRE(parts.edges.size() == 3);
  const Network net = make_network(parts);
  const auto path = net.shortest_path(0, 3);  // node 1 to node 4 in the file's ids
  REQUIRE(path);
  const double expected = geodesic_m(54.2, 11.0, 54.3, 11.1) + geodesic_m(54.3, 11.1, 54.4, 11.2) +
                          geodesic_m(54.4, 11.2, 54.5, 11.3);
  CHECK(path->network_m == Approx(expected).epsilon(1e-9));
  CHECK(path->ferry_m == Approx(geodesic_m(54.4, 11.2, 54.5, 11.3)).epsilon(1e-9));
  CHECK(path->electrified_m == Approx(geodesic_m(54.2, 11.0, 54.3, 11.1) + geodesic_m(54.3, 11.1, 54.4, 11.2)).epsilon(1e-9));
  REQUIRE(net.stations().size() == 1);
  CHECK(net.stations()[0].node == 2);  // joined to the nearest node, 54.40 11.20
  CHECK_THROWS_AS(read_osm(scratch.write("not.osm", "not xml at all"), builtin_profile("rail")), routecheck::InputError);
}

TEST_CASE("a line layer in EPSG:3857 is read in WGS84, with lengths on the ellipsoid") {
  const Scratch scratch;
  const std::string path = (scratch.dir / "mercator.gpkg").string();
  GDALAllRegister();
  {
    GDALDataset* ds = GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(ds);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    OGRLayer* layer = ds->CreateLayer("tracks", &mercator, wkbLineString, nullptr);
    OGRFieldDefn gauge("gauge", OFTString);
    layer->CreateField(&gauge);
    OGRFeature f(layer->GetLayerDefn());
    OGRLineString l;
    l.addPoint(1113194.9, 6800125.5);  // 10 E, ~52.0 N
    l.addPoint(1224514.4, 6800125.5);  // 11 E
    f.SetGeometry(&l);
    f.SetField("gauge", "1435");
    REQUIRE(layer->CreateFeature(&f) == OGRERR_NONE);
    GDALClose(ds);
  }
  const NetworkParts parts = read_line_layers(path, builtin_profile("rail"));
  REQUIRE(parts.nodes.size() == 2);
  CHECK(parts.nodes[0].lon_deg == Approx(10.0).margin(1e-6));
  CHECK(parts.nodes[1].lon_deg == Approx(11.0).margin(1e-6));
  CHECK(parts.nodes[0].lat_deg == Approx(parts.nodes[1].lat_deg));
  REQUIRE(parts.edges.size() == 1);
  CHECK(parts.edges[0].gauges_mm == "1435");
  CHECK(parts.edges[0].length_m ==
        Approx(geodesic_m(parts.nodes[0].lat_deg, parts.nodes[0].lon_deg, parts.nodes[1].lat_deg, parts.nodes[1].lon_deg))
            .epsilon(1e-12));
}

namespace {

// A reader's edges as (from, to, one way) by their end points, so two readers' node numbers need not agree.
std::set<std::tuple<double, double, double, double, bool>> edge_ends(const NetworkParts& parts) {
  std::set<std::tuple<double, double, double, double, bool>> out;
  for (const NetworkEdge& e : parts.edges) {
    const NetworkNode &a = parts.nodes[e.from], &b = parts.nodes[e.to];
    out.emplace(std::round(a.lat_deg * 1e6), std::round(a.lon_deg * 1e6), std::round(b.lat_deg * 1e6), std::round(b.lon_deg * 1e6),
                e.oneway);
  }
  return out;
}

}  // namespace

// Issue 27: the OpenStreetMap reader and the line-layer reader read a way's tags in one function; the line
// reader had taken oneway=-1 as two-way and missed the one way OSM implies for roundabouts and motorways.
TEST_CASE("one-way roads read the same from an OpenStreetMap file and from a line layer") {
  const Scratch scratch;
  // Each way: two nodes, west to east, with its tags.
  struct Way {
    const char* tags_osm;
    const char* tags_json;
    bool oneway, reversed;
  };
  const std::vector<Way> ways = {
      {"<tag k='highway' v='primary'/><tag k='oneway' v='-1'/>", R"("highway":"primary","oneway":"-1")", true, true},
      {"<tag k='highway' v='secondary'/><tag k='junction' v='roundabout'/>", R"("highway":"secondary","junction":"roundabout")", true, false},
      {"<tag k='highway' v='motorway'/>", R"("highway":"motorway")", true, false},
      {"<tag k='highway' v='motorway'/><tag k='oneway' v='no'/>", R"("highway":"motorway","oneway":"no")", false, false},
      {"<tag k='highway' v='tertiary'/><tag k='oneway' v='yes'/>", R"("highway":"tertiary","oneway":"yes")", true, false},
      {"<tag k='highway' v='residential'/><tag k='oneway' v='reverse'/>", R"("highway":"residential","oneway":"reverse")", true, true}};
  std::string osm = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n";
  std::string json = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < ways.size(); ++i) {
    const double lat = 50.0 + 0.01 * static_cast<double>(i);
    const std::string west = std::to_string(2 * i + 1), east = std::to_string(2 * i + 2);
    osm += "<node id='" + west + "' version='1' lat='" + std::to_string(lat) + "' lon='10.0'/>\n";
    osm += "<node id='" + east + "' version='1' lat='" + std::to_string(lat) + "' lon='10.01'/>\n";
    osm += "<way id='" + std::to_string(100 + i) + "' version='1'><nd ref='" + west + "'/><nd ref='" + east + "'/>" + ways[i].tags_osm + "</way>\n";
    json += std::string(i ? "," : "") + R"({"type":"Feature","properties":{)" + ways[i].tags_json +
            R"(},"geometry":{"type":"LineString","coordinates":[[10.0,)" + std::to_string(lat) + "],[10.01," + std::to_string(lat) + "]]}}";
  }
  osm += "</osm>\n";
  json += "]}";
  const NetworkParts from_osm = read_osm(scratch.write("roads.osm", osm), builtin_profile("road"));
  const NetworkParts from_layer = read_line_layers(scratch.write("roads.geojson", json), builtin_profile("road"));
  REQUIRE(from_osm.edges.size() == ways.size());
  CHECK(edge_ends(from_osm) == edge_ends(from_layer));
  // And what both read is what the tags say.
  for (std::size_t i = 0; i < ways.size(); ++i) {
    const double lat = std::round((50.0 + 0.01 * static_cast<double>(i)) * 1e6), west = std::round(10.0 * 1e6), east = std::round(10.01 * 1e6);
    const auto expected = ways[i].reversed ? std::make_tuple(lat, east, lat, west, ways[i].oneway) : std::make_tuple(lat, west, lat, east, ways[i].oneway);
    CHECK(edge_ends(from_layer).count(expected) == 1);
  }
}

TEST_CASE("a network file written and read back is the same network") {
  const Scratch scratch;
  NetworkParts p = parts_of({{42.0, 130.0}, {42.1, 130.1}, {42.2, 130.2}}, {line(0, 1, "1435"), line(1, 2, "1520", true)}, "rail");
  p.stations.push_back({"Borderville", 42.1, 130.1, 1});
  p.edges[1].electrified = "contact_line";
  p.edges[1].voltage = "25000";
  const std::string path = (scratch.dir / "net.gpkg").string();
  write_network_file(p, path, {{"source", "test"}});
  const Network back = load_network(path);
  CHECK(back.kind() == "rail");
  REQUIRE(back.edges().size() == 2);
  CHECK(back.edges()[1].oneway);
  CHECK(back.edges()[1].gauges_mm == "1520");
  CHECK(back.edges()[1].electrified == "contact_line");
  CHECK(back.edges()[1].voltage == "25000");
  CHECK(back.edges()[0].length_m == p.edges[0].length_m);
  CHECK(back.stations().at(0).name == "Borderville");
  CHECK(read_network_meta(path).at("source") == "test");
  CHECK_THROWS_AS(load_network(scratch.write("empty.gpkg", "")), routecheck::InputError);
}

TEST_CASE("sea lanes: the antimeridian is one meridian, and straits and canals are marked") {
  // Lanes ending at +180 and at -180 on the same latitude meet (MARNET leaves them apart).
  NetworkParts p;
  p.kind = "sea";
  NodeMerger merger(p.nodes);
  const std::uint32_t west = merger.node(30, 170), east_end = merger.node(30, 180);
  const std::uint32_t east_start = merger.node(30, -180), la = merger.node(33, -118);
  CHECK(east_end == east_start);
  add_segment(p, west, east_end, {});
  add_segment(p, east_start, la, {});
  // A lane through the Suez Canal's point, and one far from it.
  const std::uint32_t port_said = merger.node(31.3, 32.3), suez = merger.node(29.9, 32.6), crete = merger.node(35.0, 25.0);
  add_segment(p, port_said, suez, {});
  add_segment(p, port_said, crete, {});
  mark_sea_passages(p);
  const Network net = make_network(std::move(p));
  CHECK(net.shortest_path(west, la));
  const std::optional<std::uint32_t> suez_id = net.passage_id("SUEZ");
  REQUIRE(suez_id);
  CHECK(net.edges()[2].passage == *suez_id);
  CHECK(net.edges()[3].passage == kNoPassage);
  const auto through = net.shortest_path(suez, port_said);
  REQUIRE(through);
  CHECK(through->passages == std::vector<std::uint32_t>{*suez_id});
  CHECK_FALSE(net.shortest_path(suez, port_said, {*suez_id}));
  CHECK_FALSE(net.passage_id("atlantis"));
}

TEST_CASE("A* with the chord finds what Dijkstra finds (random graphs)") {
  std::mt19937 rng(2024);
  std::uniform_real_distribution<double> lat(40, 41), lon(10, 11);
  for (int round = 0; round < 20; ++round) {
    std::vector<NetworkNode> nodes(60);
    for (NetworkNode& n : nodes) n = {lat(rng), lon(rng)};
    std::uniform_int_distribution<std::uint32_t> pick(0, 59);
    std::vector<NetworkEdge> lines;
    for (int i = 0; i < 150; ++i) lines.push_back(line(pick(rng), pick(rng), "", i % 5 == 0));
    const NetworkParts parts = parts_of(nodes, lines, "road");
    const Network net = make_network(parts);
    // The same graph in a plain adjacency list, solved by Dijkstra.
    using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;
    G g(nodes.size());
    for (const NetworkEdge& e : parts.edges) {
      boost::add_edge(e.from, e.to, e.length_m, g);
      if (!e.oneway) boost::add_edge(e.to, e.from, e.length_m, g);
    }
    std::vector<double> dist(nodes.size());
    const std::uint32_t from = pick(rng);
    boost::dijkstra_shortest_paths(g, from, boost::distance_map(dist.data()));
    for (std::uint32_t to = 0; to < nodes.size(); ++to) {
      const auto path = net.shortest_path(from, to);
      if (dist[to] == std::numeric_limits<double>::max()) {
        CHECK_FALSE(path);
      } else {
        REQUIRE(path);
        CHECK(path->network_m == Approx(dist[to]).epsilon(1e-9));
      }
    }
  }
}

namespace {

// A network file opened the way a GIS opens it (GDAL, as QGIS does), every edge's from_node and to_node
// and every station's node looked up as a nodes fid: the joined node must be where the edge starts and
// ends (and near the station). Returns the number of joins checked.
std::size_t check_joins_by_fid(const std::string& path) {
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
  REQUIRE(ds);
  OGRLayer* nodes = ds->GetLayerByName("nodes");
  OGRLayer* edges = ds->GetLayerByName("edges");
  OGRLayer* stations = ds->GetLayerByName("stations");
  REQUIRE((nodes && edges && stations));
  std::size_t joins = 0;
  const auto node_point = [&](GIntBig fid) {
    std::unique_ptr<OGRFeature> n(nodes->GetFeature(fid));
    REQUIRE(n);
    const OGRPoint* p = n->GetGeometryRef()->toPoint();
    return std::pair{p->getX(), p->getY()};
  };
  for (auto& e : *edges) {
    const OGRLineString* l = e->GetGeometryRef()->toLineString();
    const auto [x0, y0] = node_point(e->GetFieldAsInteger64("from_node"));
    const auto [x1, y1] = node_point(e->GetFieldAsInteger64("to_node"));
    CHECK(x0 == l->getX(0));
    CHECK(y0 == l->getY(0));
    CHECK(x1 == l->getX(l->getNumPoints() - 1));
    CHECK(y1 == l->getY(l->getNumPoints() - 1));
    joins += 2;
  }
  for (auto& s : *stations) {
    const OGRPoint* p = s->GetGeometryRef()->toPoint();
    const auto [x, y] = node_point(s->GetFieldAsInteger64("node"));
    CHECK(geodesic_m(p->getY(), p->getX(), y, x) < 5000);
    ++joins;
  }
  return joins;
}

}  // namespace

TEST_CASE("network files join by fid: edges' nodes and stations' nodes are the nodes layer's fids") {
  const Scratch scratch;
  // A chain, a star with a station, and an OpenStreetMap file whose node ids are not its fids.
  {
    const NetworkParts p = parts_of({{42.0, 130.0}, {42.1, 130.1}, {42.2, 130.2}}, {line(0, 1), line(1, 2)}, "rail");
    const std::string path = (scratch.dir / "chain.gpkg").string();
    write_network_file(p, path, {});
    CHECK(check_joins_by_fid(path) == 4);
  }
  {
    NetworkParts p = parts_of({{10.0, 20.0}, {10.5, 20.0}, {10.0, 20.5}, {9.5, 20.0}}, {line(0, 1), line(0, 2), line(0, 3)}, "road");
    p.stations.push_back({"Hub", 10.01, 20.01, 0});
    const std::string path = (scratch.dir / "star.gpkg").string();
    write_network_file(p, path, {});
    CHECK(check_joins_by_fid(path) == 7);
    const Network back = load_network(path);
    CHECK(back.stations().at(0).node == 0);
    CHECK(back.edges().at(2).to == 3);
  }
  {
    const std::string osm = scratch.write("ids.osm", R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6'>
 <node id='907' version='1' lat='50.00' lon='8.00'/>
 <node id='12' version='1' lat='50.10' lon='8.10'><tag k='railway' v='station'/><tag k='name' v='Middle'/></node>
 <node id='400' version='1' lat='50.20' lon='8.20'/>
 <way id='77' version='1'><nd ref='400'/><nd ref='12'/><nd ref='907'/><tag k='railway' v='rail'/></way>
</osm>
)");
    const std::string path = (scratch.dir / "ids.gpkg").string();
    build_network({osm, "rail", path});
    CHECK(check_joins_by_fid(path) == 5);
  }
}

TEST_CASE("network files carry OpenStreetMap ids, and NULL where a way has no maxspeed") {
  const Scratch scratch;
  const std::string osm = scratch.write("speeds.osm", R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6'>
 <node id='31' version='1' lat='48.00' lon='16.00'/>
 <node id='32' version='1' lat='48.01' lon='16.01'/>
 <node id='33' version='1' lat='48.02' lon='16.02'/>
 <node id='34' version='1' lat='48.03' lon='16.03'/>
 <way id='501' version='1'><nd ref='31'/><nd ref='32'/><tag k='highway' v='primary'/><tag k='maxspeed' v='30 mph'/></way>
 <way id='502' version='1'><nd ref='32'/><nd ref='33'/><tag k='highway' v='residential'/></way>
 <way id='503' version='1'><nd ref='33'/><nd ref='34'/><tag k='highway' v='track'/></way>
</osm>
)");
  const std::string path = (scratch.dir / "speeds.gpkg").string();
  build_network({osm, "road", path});
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
  REQUIRE(ds);
  std::map<GIntBig, OGRFeature*> by_way;
  std::vector<std::unique_ptr<OGRFeature>> keep;
  OGRLayer* edges = ds->GetLayerByName("edges");
  for (OGRFeature* f; (f = edges->GetNextFeature()) != nullptr;) {
    keep.emplace_back(f);
    by_way[f->GetFieldAsInteger64("osm_way_id")] = f;
  }
  // A posted limit (in mph, read as km/h); a residential road with none: NULL, timed at its class's
  // default; a track (not in the road profile's ways) is not there at all.
  REQUIRE(by_way.count(501) == 1);
  REQUIRE(by_way.count(502) == 1);
  CHECK(by_way.count(503) == 0);
  CHECK(by_way[501]->GetFieldAsDouble("maxspeed_kmh") == Approx(30 * 1.609344));
  CHECK(by_way[502]->IsFieldNull(by_way[502]->GetFieldIndex("maxspeed_kmh")));
  CHECK(by_way[502]->GetFieldAsDouble("timing_kmh") > 0);
  CHECK(by_way[502]->IsFieldNull(by_way[502]->GetFieldIndex("gauges_mm")));
  std::set<GIntBig> node_ids;
  for (auto& n : *ds->GetLayerByName("nodes")) node_ids.insert(n->GetFieldAsInteger64("osm_node_id"));
  CHECK(node_ids == std::set<GIntBig>{31, 32, 33});
  // Read back, the posted limit and the default stay apart.
  const Network back = load_network(path);
  REQUIRE(back.edges().size() == 2);
  CHECK(back.edges()[0].maxspeed_posted);
  CHECK_FALSE(back.edges()[1].maxspeed_posted);
  CHECK(back.edges()[1].maxspeed_kmh > 0);
  CHECK(back.edges()[0].osm_way_id == 501);
  CHECK(back.nodes()[2].osm_node_id == 33);
}

TEST_CASE("stations mapped as areas are kept, at their centroid") {
  const Scratch scratch;
  // A closed way tagged as a station, a halt drawn as an open outline, and a metro station area (left out
  // as metro stations are); the track passes by each.
  const std::string osm = scratch.write("areas.osm", R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6'>
 <node id='1' version='1' lat='45.000' lon='9.000'/>
 <node id='2' version='1' lat='45.000' lon='9.100'/>
 <node id='3' version='1' lat='45.000' lon='9.200'/>
 <node id='11' version='1' lat='45.001' lon='9.000'/>
 <node id='12' version='1' lat='45.001' lon='9.002'/>
 <node id='13' version='1' lat='45.003' lon='9.002'/>
 <node id='14' version='1' lat='45.003' lon='9.000'/>
 <node id='21' version='1' lat='45.001' lon='9.100'/>
 <node id='22' version='1' lat='45.001' lon='9.104'/>
 <node id='23' version='1' lat='45.002' lon='9.104'/>
 <node id='31' version='1' lat='45.001' lon='9.200'/>
 <node id='32' version='1' lat='45.001' lon='9.202'/>
 <node id='33' version='1' lat='45.002' lon='9.202'/>
 <way id='1' version='1'><nd ref='1'/><nd ref='2'/><nd ref='3'/><tag k='railway' v='rail'/></way>
 <way id='2' version='1'><nd ref='11'/><nd ref='12'/><nd ref='13'/><nd ref='14'/><nd ref='11'/><tag k='railway' v='station'/><tag k='name' v='West Central'/></way>
 <way id='3' version='1'><nd ref='21'/><nd ref='22'/><nd ref='23'/><tag k='railway' v='halt'/><tag k='name' v='Mid Halt'/></way>
 <way id='4' version='1'><nd ref='31'/><nd ref='32'/><nd ref='33'/><nd ref='31'/><tag k='railway' v='station'/><tag k='station' v='subway'/><tag k='name' v='Metro'/></way>
</osm>
)");
  const NetworkParts parts = read_osm(osm, builtin_profile("rail"));
  REQUIRE(parts.stations.size() == 2);
  CHECK(parts.stations[0].name == "West Central");
  CHECK(parts.stations[0].lat_deg == Approx(45.002).margin(1e-6));
  CHECK(parts.stations[0].lon_deg == Approx(9.001).margin(1e-6));
  CHECK(parts.stations[1].name == "Mid Halt");
  CHECK(parts.stations[1].lon_deg > 9.1);
  CHECK(parts.stations[1].lon_deg < 9.104);
  const Network net = make_network(parts);
  CHECK(net.find_station("West Central") != nullptr);
  CHECK(net.stations()[0].node == 0);
}

TEST_CASE("networks read from GDAL layers keep their stations' names") {
  const Scratch scratch;
  GDALAllRegister();
  // Three layouts: a GeoPackage with a tracks layer and a plain stations layer; a GeoJSON of lines and
  // points with railway tags (a tram stop is no station); a layer as GDAL's OSM driver writes it, the
  // tags in other_tags, a station drawn as a polygon.
  const auto make = [&](const std::string& file, const char* driver) {
    return GetGDALDriverManager()->GetDriverByName(driver)->Create((scratch.dir / file).string().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  };
  const auto add = [](OGRLayer* layer, const char* wkt, std::vector<std::pair<const char*, const char*>> fields) {
    OGRFeature f(layer->GetLayerDefn());
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    f.SetGeometryDirectly(g);
    for (const auto& [k, v] : fields) f.SetField(k, v);
    REQUIRE(layer->CreateFeature(&f) == OGRERR_NONE);
  };
  const auto field = [](OGRLayer* layer, const char* name) {
    OGRFieldDefn d(name, OFTString);
    layer->CreateField(&d);
  };
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  {
    GDALDataset* ds = make("plain.gpkg", "GPKG");
    OGRLayer* tracks = ds->CreateLayer("tracks", &wgs84, wkbLineString, nullptr);
    add(tracks, "LINESTRING (5 50,5.1 50,5.2 50)", {});
    OGRLayer* stations = ds->CreateLayer("stations", &wgs84, wkbPoint, nullptr);
    field(stations, "name");
    add(stations, "POINT (5.0 50.001)", {{"name", "Aston"}});
    add(stations, "POINT (5.2 50.001)", {{"name", "Brigg"}});
    GDALClose(ds);
    const NetworkParts parts = read_line_layers((scratch.dir / "plain.gpkg").string(), builtin_profile("rail"));
    REQUIRE(parts.stations.size() == 2);
    CHECK(parts.stations[0].name == "Aston");
    CHECK(parts.stations[1].name == "Brigg");
  }
  {
    GDALDataset* ds = make("tagged.gpkg", "GPKG");
    OGRLayer* lines = ds->CreateLayer("lines", &wgs84, wkbLineString, nullptr);
    field(lines, "railway");
    add(lines, "LINESTRING (6 51,6.1 51)", {{"railway", "rail"}});
    OGRLayer* points = ds->CreateLayer("points", &wgs84, wkbPoint, nullptr);
    field(points, "railway");
    field(points, "name");
    add(points, "POINT (6 51.001)", {{"railway", "station"}, {"name", "Corby"}});
    add(points, "POINT (6.05 51.001)", {{"railway", "tram_stop"}, {"name", "Tramway"}});
    add(points, "POINT (6.1 51.001)", {{"railway", "halt"}, {"name", "Dunmow"}});
    GDALClose(ds);
    const NetworkParts parts = read_line_layers((scratch.dir / "tagged.gpkg").string(), builtin_profile("rail"));
    REQUIRE(parts.stations.size() == 2);
    CHECK(parts.stations[0].name == "Corby");
    CHECK(parts.stations[1].name == "Dunmow");
  }
  {
    GDALDataset* ds = make("osm-like.gpkg", "GPKG");
    OGRLayer* lines = ds->CreateLayer("lines", &wgs84, wkbLineString, nullptr);
    for (const char* f : {"osm_id", "name", "railway", "other_tags"}) field(lines, f);
    add(lines, "LINESTRING (7 52,7.1 52)", {{"osm_id", "4242"}, {"railway", "rail"}, {"other_tags", "\"gauge\"=>\"1520\",\"maxspeed\"=>\"120\""}});
    OGRLayer* areas = ds->CreateLayer("multipolygons", &wgs84, wkbMultiPolygon, nullptr);
    for (const char* f : {"osm_way_id", "name", "other_tags"}) field(areas, f);
    add(areas, "MULTIPOLYGON (((7 52.001,7.002 52.001,7.002 52.003,7 52.003,7 52.001)))",
        {{"name", "Eastfield"}, {"other_tags", "\"railway\"=>\"station\",\"operator\"=>\"x\""}});
    add(areas, "MULTIPOLYGON (((7.05 52.001,7.052 52.001,7.052 52.003,7.05 52.003,7.05 52.001)))",
        {{"name", "A Park"}, {"other_tags", "\"leisure\"=>\"park\""}});
    GDALClose(ds);
    const NetworkParts parts = read_line_layers((scratch.dir / "osm-like.gpkg").string(), builtin_profile("rail"));
    REQUIRE(parts.stations.size() == 1);
    CHECK(parts.stations[0].name == "Eastfield");
    CHECK(parts.stations[0].lon_deg == Approx(7.001).margin(1e-6));
    REQUIRE(parts.edges.size() == 1);
    CHECK(parts.edges[0].gauges_mm == "1520");
    CHECK(parts.edges[0].maxspeed_kmh == 120);
    CHECK(parts.edges[0].osm_way_id == 4242);
  }
}

// --- Places join a line at its nearest point (issue 28) ------------------------------------------------

namespace {
// The point at `share` of the geodesic between two nodes: on the line as the network draws it.
NetworkNode on_line(const NetworkNode& a, const NetworkNode& b, double share) {
  const GeographicLib::GeodesicLine l = GeographicLib::Geodesic::WGS84().InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
  NetworkNode p;
  l.Position(share * l.Distance(), p.lat_deg, p.lon_deg);
  return p;
}
}  // namespace

TEST_CASE("snapping to the track: points on a line join it where they are, beside it at its nearest point") {
  // One line of two edges, nodes 0.1° (about 7 km) apart.
  const std::vector<NetworkNode> nodes{{48.40, 15.50}, {48.40, 15.60}, {48.40, 15.70}};
  const Network net = make_network(parts_of(nodes, {line(0, 1), line(1, 2)}, "rail"));
  const double edge_m = geodesic_m(48.40, 15.50, 48.40, 15.60);
  SECTION("two points 100 m apart on one edge are 100 m apart on the network, with no snap legs") {
    const NetworkNode p = on_line(nodes[0], nodes[1], 0.40), q = on_line(nodes[0], nodes[1], 0.40 + 100 / edge_m);
    auto [a, b] = net.snap_pair(p.lat_deg, p.lon_deg, q.lat_deg, q.lon_deg);
    a = net.snap_to_track(p.lat_deg, p.lon_deg, a);
    b = net.snap_to_track(q.lat_deg, q.lon_deg, b);
    CHECK(a.edge);
    CHECK(a.distance_m < 0.01);
    CHECK(b.distance_m < 0.01);
    const auto path = net.shortest_path(a, b);
    REQUIRE(path);
    CHECK(path->network_m == Approx(100).margin(0.01));
  }
  SECTION("a point 200 m beside the line meets it at its foot, not at a node") {
    const NetworkNode foot = on_line(nodes[1], nodes[2], 0.5);
    double lat, lon;
    GeographicLib::Geodesic::WGS84().Direct(foot.lat_deg, foot.lon_deg, 0, 200, lat, lon);  // due north
    const Snap s = net.snap_to_track(lat, lon, net.snap(lat, lon));
    REQUIRE(s.edge);
    CHECK(s.distance_m == Approx(200).margin(1));
    CHECK(s.along_m == Approx(edge_m / 2).margin(2));
    CHECK(net.snap(lat, lon).distance_m > 3000);  // the nearest node is kilometres away
  }
  SECTION("points on two edges: the partial edges on each side of the node between them") {
    const NetworkNode p = on_line(nodes[0], nodes[1], 0.75), q = on_line(nodes[1], nodes[2], 0.25);
    const Snap a = net.snap_to_track(p.lat_deg, p.lon_deg, net.snap(p.lat_deg, p.lon_deg));
    const Snap b = net.snap_to_track(q.lat_deg, q.lon_deg, net.snap(q.lat_deg, q.lon_deg));
    const auto path = net.shortest_path(a, b);
    REQUIRE(path);
    CHECK(path->network_m == Approx(0.25 * edge_m + 0.25 * geodesic_m(48.40, 15.60, 48.40, 15.70)).margin(0.5));
    // And back the other way: the same length.
    CHECK(net.shortest_path(b, a)->network_m == Approx(path->network_m).margin(0.01));
  }
  SECTION("on a one-way edge, a point behind the other goes round, never backwards along it") {
    // A triangle 0->1 one-way, 1-2, 2-0: from the 0.7 point to the 0.3 point of 0->1 is via 1, 2 and 0.
    const std::vector<NetworkNode> tri{{0, 0}, {0, 0.01}, {0.01, 0.005}};
    const Network road = make_network(parts_of(tri, {line(0, 1, "", true), line(1, 2), line(2, 0)}, "road"));
    const NetworkNode p = on_line(tri[0], tri[1], 0.7), q = on_line(tri[0], tri[1], 0.3);
    const Snap a = road.snap_to_track(p.lat_deg, p.lon_deg, road.snap(p.lat_deg, p.lon_deg));
    const Snap b = road.snap_to_track(q.lat_deg, q.lon_deg, road.snap(q.lat_deg, q.lon_deg));
    const auto path = road.shortest_path(a, b);
    REQUIRE(path);
    CHECK(path->network_m > 2 * geodesic_m(0, 0, 0, 0.01));
    CHECK(road.shortest_path(b, a)->network_m == Approx(0.4 * geodesic_m(0, 0, 0, 0.01)).margin(0.5));
  }
}
