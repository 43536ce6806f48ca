// Line layers in, network cache files out, through GDAL (and PROJ for the reprojection).
#include "networks/network_gdal.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "core/text.hpp"

namespace routecheck::networks {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

OGRSpatialReference wgs84() {
  OGRSpatialReference srs;
  srs.importFromEPSG(4326);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

// A node or station at POINT (inf 999) would be measured by every route through it: refused, named.
void check_in_range(double lat_deg, double lon_deg, const std::string& what) {
  if (!(std::isfinite(lat_deg) && std::isfinite(lon_deg) && std::abs(lat_deg) <= 90 && std::abs(lon_deg) <= 180))
    throw InputError(what + " (" + text::coordinate_excerpt(lat_deg) + ", " + text::coordinate_excerpt(lon_deg) +
                     ") is outside WGS84's range (latitude -90..90, longitude -180..180)");
}

// `where` names the feature for the message: a network must not hold a node at POINT (inf 999), which
// every route through it would then measure.
void add_line(NetworkParts& parts, NodeMerger& merger, const OGRLineString& line, const NetworkEdge& attributes,
              const std::string& where) {
  std::uint32_t previous = kUnassignedNode;
  for (int i = 0; i < line.getNumPoints(); ++i) {
    const double lat_deg = line.getY(i), lon_deg = line.getX(i);
    check_in_range(lat_deg, lon_deg, where + ": point " + std::to_string(i + 1));
    const std::uint32_t node = merger.node(lat_deg, lon_deg);
    if (previous != kUnassignedNode) add_segment(parts, previous, node, attributes);
    previous = node;
  }
}

// GDAL's OSM driver keeps tags without a column of their own in other_tags, as an hstore:
// "gauge"=>"1520","electrified"=>"contact_line". The value of `key` there, or nothing.
std::optional<std::string> hstore_value(const char* hstore, std::string_view key) {
  if (!hstore) return std::nullopt;
  const std::string_view s(hstore);
  std::size_t i = 0;
  // Reads one quoted string from i (backslash escapes), leaving i after its closing quote.
  const auto quoted = [&](std::string& out) {
    while (i < s.size() && s[i] != '"') ++i;
    if (i++ >= s.size()) return false;
    for (; i < s.size() && s[i] != '"'; ++i) out += s[i] == '\\' && i + 1 < s.size() ? s[++i] : s[i];
    return i++ < s.size();
  };
  while (i < s.size()) {
    std::string k, v;
    if (!quoted(k)) break;
    const std::size_t arrow = s.find("=>", i);
    if (arrow == std::string_view::npos) break;
    i = arrow + 2;
    if (!quoted(v)) break;
    if (k == key) return v;
  }
  return std::nullopt;
}

// A feature's value of an OSM tag: its own field of that name, else other_tags.
class FeatureTags {
 public:
  explicit FeatureTags(const OGRFeature& feature) : feature_(feature) {
    const int i = feature.GetFieldIndex("other_tags");
    if (i >= 0 && feature.IsFieldSetAndNotNull(i)) other_tags_ = feature.GetFieldAsString(i);
  }
  const char* operator()(const char* key) const {
    const int i = feature_.GetFieldIndex(key);
    if (i >= 0 && feature_.IsFieldSetAndNotNull(i)) return feature_.GetFieldAsString(i);
    if (!other_tags_) return nullptr;
    auto [it, fresh] = from_other_tags_.try_emplace(key);
    if (fresh) it->second = hstore_value(other_tags_, key);
    return it->second ? it->second->c_str() : nullptr;
  }

 private:
  const OGRFeature& feature_;
  const char* other_tags_ = nullptr;
  mutable std::map<std::string, std::optional<std::string>> from_other_tags_;
};

// Whether a layer's fields carry any of these tags (as columns, or in GDAL's other_tags).
bool has_tag_fields(const OGRFeatureDefn& defn, std::initializer_list<const std::vector<TagCondition>*> conditions) {
  if (defn.GetFieldIndex("other_tags") >= 0) return true;
  for (const auto* list : conditions)
    for (const TagCondition& c : *list)
      for (const auto& tag : c.tags)
        if (defn.GetFieldIndex(tag.first.c_str()) >= 0) return true;
  return false;
}

// A named point or area of a point or polygon layer as a station: the profile's station tags decide
// where the layer has them; a layer without them (a plain "stations" layer) is all stations. Areas
// become the point at their centroid.
void add_station(NetworkParts& parts, const OGRGeometry& wgs84_geometry, const FeatureTags& get, bool tagged,
                 const NetworkProfile& profile, const std::string& where) {
  const char* name = get("name");
  if (!name || !*name) return;
  if (tagged) {
    bool wanted = false;
    for (const TagCondition& c : profile.stations) wanted = wanted || c.matches(get);
    for (const TagCondition& c : profile.station_skips) wanted = wanted && !c.matches(get);
    if (!wanted) return;
  }
  OGRPoint at;
  if (wkbFlatten(wgs84_geometry.getGeometryType()) == wkbPoint) at = *wgs84_geometry.toPoint();
  else if (wgs84_geometry.Centroid(&at) != OGRERR_NONE || at.IsEmpty()) return;
  check_in_range(at.getY(), at.getX(), where + ": station");
  parts.stations.push_back({name, at.getY(), at.getX(), kUnassignedNode});
}

}  // namespace

bool is_osm_file(const std::string& path) {
  std::string p(path);
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* suffix : {".osm", ".osm.gz", ".osm.bz2", ".osm.pbf", ".pbf", ".osh", ".osh.pbf"})
    if (ends_with(p, suffix)) return true;
  return false;
}

NetworkParts read_line_layers(const std::string& path, const NetworkProfile& profile) {
  GDALAllRegister();
  Dataset ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!ds) throw InputError("network '" + path + "': not a vector file GDAL can read");
  NetworkParts parts;
  parts.kind = profile.name;
  NodeMerger merger(parts.nodes);
  const OGRSpatialReference target = wgs84();
  for (OGRLayer* layer : ds->GetLayers()) {
    const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
    const bool maybe_lines = type == wkbLineString || type == wkbMultiLineString || type == wkbUnknown;
    const bool maybe_stations = type == wkbPoint || type == wkbMultiPoint || type == wkbPolygon ||
                                type == wkbMultiPolygon || type == wkbUnknown;
    if (!maybe_lines && !maybe_stations) continue;
    const OGRSpatialReference* source = layer->GetSpatialRef();
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (source && !source->IsSame(&target)) {
      OGRSpatialReference from(*source);
      from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      to_wgs84.reset(OGRCreateCoordinateTransformation(&from, &target));
      if (!to_wgs84) throw InputError("network '" + path + "': layer " + layer->GetName() + "'s CRS cannot be turned into WGS84");
    }
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    // Layers that carry OSM's classifying tags are filtered by the profile; plain line layers are all in.
    const bool lines_tagged = has_tag_fields(*defn, {&profile.ways, &profile.ferries});
    const bool stations_tagged = has_tag_fields(*defn, {&profile.stations});
    for (auto& feature : *layer) {
      const OGRGeometry* geometry = feature->GetGeometryRef();
      if (!geometry) continue;
      const FeatureTags get(*feature);
      const OGRwkbGeometryType t = wkbFlatten(geometry->getGeometryType());
      const bool is_line = t == wkbLineString || t == wkbMultiLineString;
      std::unique_ptr<OGRGeometry> copy(geometry->clone());
      if (to_wgs84 && copy->transform(to_wgs84.get()) != OGRERR_NONE)
        throw InputError("network '" + path + "': a feature of layer " + layer->GetName() + " cannot be reprojected");
      const std::string where = "network '" + text::utf8_excerpt(path, text::kQuotedInputBytes) + "': layer " +
                                text::utf8_excerpt(layer->GetName(), text::kQuotedInputBytes) + ", feature " +
                                std::to_string(feature->GetFID());
      if (!is_line) {
        if (t == wkbPoint || t == wkbPolygon || t == wkbMultiPolygon) add_station(parts, *copy, get, stations_tagged, profile, where);
        continue;
      }
      NetworkEdge a;
      if (lines_tagged) {
        bool wanted = false;
        for (const TagCondition& c : profile.ways) wanted = wanted || c.matches(get);
        for (const TagCondition& c : profile.ferries)
          if (c.matches(get)) wanted = a.ferry = true;
        for (const TagCondition& c : profile.skips) wanted = wanted && !c.matches(get);
        if (!wanted) {
          ++parts.ways_skipped;
          continue;
        }
      }
      const WayDirection direction = read_way_tags(profile, get, a);
      // GDAL's OSM driver names the way's id osm_id; other layers may carry it under osm_way_id.
      for (const char* id_field : {"osm_way_id", "osm_id"})
        if (const char* id = get(id_field); id && a.osm_way_id == 0) a.osm_way_id = std::strtoll(id, nullptr, 10);
      // A way one way against its points runs along them once reversed, as the OpenStreetMap reader does.
      const auto add = [&](OGRLineString& line) {
        if (direction == WayDirection::backward) line.reversePoints();
        add_line(parts, merger, line, a, where);
      };
      if (t == wkbLineString) add(*copy->toLineString());
      else if (t == wkbMultiLineString)
        for (OGRLineString* line : *copy->toMultiLineString()) add(*line);
      ++parts.ways_read;
    }
  }
  if (parts.edges.empty()) throw InputError("network '" + path + "': no lines in it");
  return parts;
}

void write_network_file(const NetworkParts& parts, const std::string& path, const std::map<std::string, std::string>& meta) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) throw Error(ExitStatus::bad_input, "GDAL has no GeoPackage driver");
  TempFile temp(path);
  {
    Dataset ds(driver->Create(temp.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) temp.fail(CPLGetLastErrorMsg());
    OGRSpatialReference srs = wgs84();
    const auto fail = [&path](const std::string& what) { throw InputError("network file '" + path + "': " + what); };
    // A layer and its fields, in one step per layer.
    const auto layer = [&](const char* name, OGRSpatialReference* layer_srs, OGRwkbGeometryType type,
                           std::initializer_list<std::pair<const char*, OGRFieldType>> fields) {
      OGRLayer* made = ds->CreateLayer(name, layer_srs, type, nullptr);
      if (!made) fail(std::string("cannot create layer ") + name);
      for (const auto& [field_name, field_type] : fields) {
        OGRFieldDefn f(field_name, field_type);
        if (made->CreateField(&f) != OGRERR_NONE) fail(std::string("cannot add field ") + field_name);
      }
      return made;
    };
    if (ds->StartTransaction() != OGRERR_NONE) fail("cannot start a transaction");

    // Feature ids are written, not left to the driver: a node's fid is its index + 1 (GeoPackage fids
    // start at 1), and from_node, to_node and stations.node hold those fids, so a join in QGIS or SQL on
    // nodes.fid lands on the right node. (They held the 0-based index: every join was one node off.)
    const auto fid_of = [](std::uint32_t node) { return static_cast<GIntBig>(node) + 1; };
    const auto set_or_null = [](OGRFeature& f, const char* field, auto value, bool present) {
      if (present) f.SetField(field, value);
      else f.SetFieldNull(f.GetFieldIndex(field));
    };
    OGRLayer* nodes = layer("nodes", &srs, wkbPoint, {{"lat", OFTReal}, {"lon", OFTReal}, {"osm_node_id", OFTInteger64}});
    for (std::size_t i = 0; i < parts.nodes.size(); ++i) {
      const NetworkNode& n = parts.nodes[i];
      OGRFeature f(nodes->GetLayerDefn());
      f.SetFID(fid_of(static_cast<std::uint32_t>(i)));
      f.SetField("lat", n.lat_deg);
      f.SetField("lon", n.lon_deg);
      set_or_null(f, "osm_node_id", static_cast<GIntBig>(n.osm_node_id), n.osm_node_id != 0);
      f.SetGeometry(std::make_unique<OGRPoint>(n.lon_deg, n.lat_deg).get());
      if (nodes->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a node");
    }

    // maxspeed_kmh is the way's posted limit, NULL where it has none (0 would read as a closed road);
    // timing_kmh is the speed the edge is timed at (the limit, else the road class's default).
    OGRLayer* edges = layer("edges", &srs, wkbLineString,
                            {{"from_node", OFTInteger64}, {"to_node", OFTInteger64}, {"oneway", OFTInteger64},
                             {"ferry", OFTInteger64}, {"passage", OFTInteger64}, {"length_m", OFTReal},
                             {"maxspeed_kmh", OFTReal}, {"timing_kmh", OFTReal}, {"gauges_mm", OFTString},
                             {"electrified", OFTString}, {"voltage", OFTString}, {"name", OFTString},
                             {"osm_way_id", OFTInteger64}});
    for (std::size_t i = 0; i < parts.edges.size(); ++i) {
      const NetworkEdge& e = parts.edges[i];
      OGRFeature f(edges->GetLayerDefn());
      f.SetFID(static_cast<GIntBig>(i) + 1);
      f.SetField("from_node", fid_of(e.from));
      f.SetField("to_node", fid_of(e.to));
      f.SetField("oneway", e.oneway ? 1 : 0);
      f.SetField("ferry", e.ferry ? 1 : 0);
      set_or_null(f, "passage", static_cast<GIntBig>(e.passage), e.passage != kNoPassage);
      f.SetField("length_m", e.length_m);
      set_or_null(f, "maxspeed_kmh", e.maxspeed_kmh, e.maxspeed_posted && e.maxspeed_kmh > 0);
      set_or_null(f, "timing_kmh", e.maxspeed_kmh, e.maxspeed_kmh > 0);
      set_or_null(f, "gauges_mm", e.gauges_mm.c_str(), !e.gauges_mm.empty());
      set_or_null(f, "electrified", e.electrified.c_str(), !e.electrified.empty());
      set_or_null(f, "voltage", e.voltage.c_str(), !e.voltage.empty());
      set_or_null(f, "name", e.name.c_str(), !e.name.empty());
      set_or_null(f, "osm_way_id", static_cast<GIntBig>(e.osm_way_id), e.osm_way_id != 0);
      OGRLineString line;
      line.addPoint(parts.nodes[e.from].lon_deg, parts.nodes[e.from].lat_deg);
      line.addPoint(parts.nodes[e.to].lon_deg, parts.nodes[e.to].lat_deg);
      f.SetGeometry(&line);
      if (edges->CreateFeature(&f) != OGRERR_NONE) fail("cannot write an edge");
    }

    OGRLayer* stations = layer("stations", &srs, wkbPoint,
                               {{"name", OFTString}, {"lat", OFTReal}, {"lon", OFTReal}, {"node", OFTInteger64}});
    for (const Station& s : parts.stations) {
      OGRFeature f(stations->GetLayerDefn());
      f.SetField("name", s.name.c_str());
      f.SetField("lat", s.lat_deg);
      f.SetField("lon", s.lon_deg);
      set_or_null(f, "node", fid_of(s.node), s.node != kUnassignedNode);
      f.SetGeometry(std::make_unique<OGRPoint>(s.lon_deg, s.lat_deg).get());
      if (stations->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a station");
    }

    // passages' fids are what edges.passage holds (index + 1).
    OGRLayer* passages = layer("passages", nullptr, wkbNone, {{"pid", OFTString}, {"name", OFTString}, {"kind", OFTString}});
    for (std::size_t i = 0; i < parts.passages.size(); ++i) {
      const Passage& p = parts.passages[i];
      OGRFeature f(passages->GetLayerDefn());
      f.SetFID(static_cast<GIntBig>(i) + 1);
      f.SetField("pid", p.id.c_str());
      f.SetField("name", p.name.c_str());
      f.SetField("kind", p.kind.c_str());
      if (passages->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a passage");
    }

    OGRLayer* meta_layer = layer("rc_network_meta", nullptr, wkbNone, {{"key", OFTString}, {"value", OFTString}});
    std::map<std::string, std::string> all = meta;
    all["kind"] = parts.kind;
    all["format"] = kNetworkFileFormat;  // what load_network reads the joins by
    for (const auto& [key, value] : all) {
      OGRFeature f(meta_layer->GetLayerDefn());
      f.SetField("key", key.c_str());
      f.SetField("value", value.c_str());
      if (meta_layer->CreateFeature(&f) != OGRERR_NONE) fail("cannot write its metadata");
    }
    if (ds->CommitTransaction() != OGRERR_NONE) fail("cannot commit (disk full?)");
  }
  temp.commit();
}

NetworkBuildReport build_network(const NetworkBuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const NetworkProfile& profile = builtin_profile(options.profile);  // an unknown profile fails before any reading
  // A missing folder for the file is made (a cache folder, or `network build --out dir/x.gpkg`); anything
  // else in the way is the file writer's to name.
  if (const std::filesystem::path parent = std::filesystem::path(options.out).parent_path();
      !parent.empty() && !std::filesystem::exists(parent)) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec)
      throw InputError("cannot make the folder '" + text::utf8_excerpt(parent.string(), text::kQuotedInputBytes) + "': " + ec.message());
  }
  NetworkParts parts = is_osm_file(options.input) ? read_osm(options.input, profile) : read_line_layers(options.input, profile);
  if (profile.kind == NetworkKind::sea) mark_sea_passages(parts);
  NetworkBuildReport report;
  report.ways_read = parts.ways_read;
  report.ways_skipped = parts.ways_skipped;
  report.segments_missing_nodes = parts.segments_missing_nodes;
  // Index once here, to join stations to nodes and to report components; the file keeps the joins.
  Network network = make_network(std::move(parts));
  NetworkParts joined;
  joined.kind = network.kind();
  joined.nodes = network.nodes();
  joined.edges = network.edges();
  joined.stations = network.stations();
  joined.passages = network.passages();
  write_network_file(joined, options.out,
                     {{"profile", options.profile}, {"source", options.input},
                      {"source_hash", content_hash(options.input)}, {"format", kNetworkFileFormat}});
  report.nodes = network.nodes().size();
  report.edges = network.edges().size();
  report.stations = network.stations().size();
  report.passages = network.passages().size();
  report.components = network.components();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace routecheck::networks
