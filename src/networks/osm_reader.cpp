// OpenStreetMap to network parts through libosmium. Nodes are kept by id before any way is resolved, so
// a file whose nodes are out of order (or come after its ways) is read right: one-pass readers that
// look nodes up as ways arrive link ways to the wrong nodes on such files.
#include <cmath>
#include <cstring>
#include <unordered_map>

#include <ogr_geometry.h>
#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/visitor.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "networks/network_parts.hpp"

namespace routecheck::networks {

namespace {

struct PendingWay {
  std::vector<osmium::object_id_type> refs;
  NetworkEdge attributes;
  WayDirection direction = WayDirection::both;
};

// A station mapped as an area (a closed way tagged railway=station): kept as the point at its centroid,
// found once every node's location is known.
struct PendingStationArea {
  std::string name;
  std::vector<osmium::object_id_type> refs;
};

// The profile's station test on an object's tags: a name, a station tag, no station_skip tag.
template <typename Get>
const char* station_name(const NetworkProfile& profile, const Get& get) {
  const char* name = get("name");
  if (!name || !*name) return nullptr;
  for (const TagCondition& c : profile.station_skips)
    if (c.matches(get)) return nullptr;
  for (const TagCondition& c : profile.stations)
    if (c.matches(get)) return name;
  return nullptr;
}

class Collector : public osmium::handler::Handler {
 public:
  Collector(const NetworkProfile& profile, NetworkParts& parts) : profile_(profile), parts_(parts) {}

  void node(const osmium::Node& n) {
    if (!n.location().valid()) return;
    locations_[n.id()] = n.location();
    const auto get = [&n](const char* key) { return n.tags().get_value_by_key(key); };
    if (const char* name = station_name(profile_, get))
      parts_.stations.push_back({name, n.location().lat(), n.location().lon(), kUnassignedNode});
  }

  void way(const osmium::Way& w) {
    const auto get = [&w](const char* key) { return w.tags().get_value_by_key(key); };
    if (const char* name = station_name(profile_, get); name && w.nodes().size() >= 3) {
      PendingStationArea area{name, {}};
      for (const osmium::NodeRef& ref : w.nodes()) area.refs.push_back(ref.ref());
      station_areas_.push_back(std::move(area));
    }
    bool ferry = false, wanted = false;
    for (const TagCondition& c : profile_.ways) wanted = wanted || c.matches(get);
    for (const TagCondition& c : profile_.ferries)
      if (c.matches(get)) wanted = ferry = true;
    if (!wanted) return;
    for (const TagCondition& c : profile_.skips)
      if (c.matches(get)) {
        ++parts_.ways_skipped;
        return;
      }
    PendingWay way;
    for (const osmium::NodeRef& ref : w.nodes()) way.refs.push_back(ref.ref());
    NetworkEdge& a = way.attributes;
    a.ferry = ferry;
    a.osm_way_id = w.id();
    way.direction = read_way_tags(profile_, get, a);
    ++parts_.ways_read;
    ways_.push_back(std::move(way));
  }

  void resolve() {
    std::unordered_map<osmium::object_id_type, std::uint32_t> node_of;
    for (PendingWay& way : ways_) {
      if (way.direction == WayDirection::backward) std::reverse(way.refs.begin(), way.refs.end());
      std::uint32_t previous = kUnassignedNode;
      for (osmium::object_id_type ref : way.refs) {
        auto loc = locations_.find(ref);
        if (loc == locations_.end()) {
          // A way running off the extract's edge: its segments to missing nodes are left out.
          if (previous != kUnassignedNode) ++parts_.segments_missing_nodes;
          previous = kUnassignedNode;
          continue;
        }
        auto [it, fresh] = node_of.emplace(ref, static_cast<std::uint32_t>(parts_.nodes.size()));
        if (fresh) parts_.nodes.push_back({loc->second.lat(), loc->second.lon(), ref});
        if (previous != kUnassignedNode) add_segment(parts_, previous, it->second, way.attributes);
        previous = it->second;
      }
    }
    for (const PendingStationArea& area : station_areas_) {
      OGRLinearRing ring;
      for (osmium::object_id_type ref : area.refs)
        if (auto loc = locations_.find(ref); loc != locations_.end()) ring.addPoint(loc->second.lon(), loc->second.lat());
      if (ring.getNumPoints() < 3) continue;  // the area lies off the extract
      ring.closeRings();
      OGRPolygon polygon;
      polygon.addRing(&ring);
      OGRPoint centre;
      // GEOS's centroid of the outline (an unclosed way's too: closing it gives the area it bounds).
      if (polygon.Centroid(&centre) != OGRERR_NONE || centre.IsEmpty()) continue;
      parts_.stations.push_back({area.name, centre.getY(), centre.getX(), kUnassignedNode});
    }
  }

 private:
  const NetworkProfile& profile_;
  NetworkParts& parts_;
  std::unordered_map<osmium::object_id_type, osmium::Location> locations_;
  std::vector<PendingWay> ways_;
  std::vector<PendingStationArea> station_areas_;
};

}  // namespace

NetworkParts read_osm(const std::string& path, const NetworkProfile& profile) {
  NetworkParts parts;
  parts.kind = profile.name;
  Collector collector(profile, parts);
  try {
    osmium::io::Reader reader(path, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
    osmium::apply(reader, collector);
    reader.close();
  } catch (const std::exception& e) {
    throw InputError("network '" + path + "': not readable as OpenStreetMap: " + text::utf8_excerpt(e.what(), 200));
  }
  collector.resolve();
  if (parts.edges.empty())
    throw InputError("network '" + path + "': no " + profile.name + " ways in it (geodata/networks.tsv lists the tags read)");
  return parts;
}

}  // namespace routecheck::networks
