// Line layers in, network cache files out, through GDAL (and PROJ for the reprojection).
#include "networks/network_gdal.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <memory>

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

// `where` names the feature for the message: a network must not hold a node at POINT (inf 999), which
// every route through it would then measure.
void add_line(NetworkParts& parts, NodeMerger& merger, const OGRLineString& line, const NetworkEdge& attributes,
              const std::string& where) {
  std::uint32_t previous = kUnassignedNode;
  for (int i = 0; i < line.getNumPoints(); ++i) {
    const double lat_deg = line.getY(i), lon_deg = line.getX(i);
    if (!(std::isfinite(lat_deg) && std::isfinite(lon_deg) && std::abs(lat_deg) <= 90 && std::abs(lon_deg) <= 180))
      throw InputError(where + ": point " + std::to_string(i + 1) + " (" + text::coordinate_excerpt(lat_deg) + ", " +
                       text::coordinate_excerpt(lon_deg) + ") is outside WGS84's range (latitude -90..90, longitude -180..180)");
    const std::uint32_t node = merger.node(lat_deg, lon_deg);
    if (previous != kUnassignedNode) add_segment(parts, previous, node, attributes);
    previous = node;
  }
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
    if (type != wkbLineString && type != wkbMultiLineString && type != wkbUnknown) continue;
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
    bool has_tag_fields = false;
    for (const auto* conditions : {&profile.ways, &profile.ferries})
      for (const TagCondition& c : *conditions)
        for (const auto& tag : c.tags) has_tag_fields = has_tag_fields || defn->GetFieldIndex(tag.first.c_str()) >= 0;
    for (auto& feature : *layer) {
      const auto get = [&feature](const char* key) -> const char* {
        const int i = feature->GetFieldIndex(key);
        return i >= 0 && feature->IsFieldSetAndNotNull(i) ? feature->GetFieldAsString(i) : nullptr;
      };
      NetworkEdge a;
      if (has_tag_fields) {
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
      if (const char* g = get("gauge")) a.gauges_mm = g;
      if (const char* el = get("electrified")) a.electrified = el;
      if (const char* v = get("voltage")) a.voltage = v;
      if (const char* n = get("name")) a.name = n;
      if (const char* m = get("maxspeed")) a.maxspeed_kmh = text::parse_double(m).value_or(0);
      if (profile.name == "road" && a.maxspeed_kmh == 0) a.maxspeed_kmh = profile.default_speed_kmh(get);
      if (const char* o = get("oneway"); o && profile.name == "road")
        a.oneway = !std::strcmp(o, "yes") || !std::strcmp(o, "1") || !std::strcmp(o, "true");
      OGRGeometry* geometry = feature->GetGeometryRef();
      if (!geometry) continue;
      std::unique_ptr<OGRGeometry> copy(geometry->clone());
      if (to_wgs84 && copy->transform(to_wgs84.get()) != OGRERR_NONE)
        throw InputError("network '" + path + "': a line of layer " + layer->GetName() + " cannot be reprojected");
      const OGRwkbGeometryType t = wkbFlatten(copy->getGeometryType());
      const std::string where = "network '" + text::utf8_excerpt(path, text::kQuotedInputBytes) + "': layer " +
                                text::utf8_excerpt(layer->GetName(), text::kQuotedInputBytes) + ", feature " +
                                std::to_string(feature->GetFID());
      if (t == wkbLineString) add_line(parts, merger, *copy->toLineString(), a, where);
      else if (t == wkbMultiLineString)
        for (const OGRLineString* line : *copy->toMultiLineString()) add_line(parts, merger, *line, a, where);
      else continue;
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

    OGRLayer* nodes = layer("nodes", &srs, wkbPoint, {{"lat", OFTReal}, {"lon", OFTReal}});
    for (const NetworkNode& n : parts.nodes) {
      OGRFeature f(nodes->GetLayerDefn());
      f.SetField("lat", n.lat_deg);
      f.SetField("lon", n.lon_deg);
      f.SetGeometry(std::make_unique<OGRPoint>(n.lon_deg, n.lat_deg).get());
      if (nodes->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a node");
    }

    OGRLayer* edges = layer("edges", &srs, wkbLineString,
                            {{"from_node", OFTInteger64}, {"to_node", OFTInteger64}, {"oneway", OFTInteger64},
                             {"ferry", OFTInteger64}, {"passage", OFTInteger64}, {"length_m", OFTReal},
                             {"maxspeed_kmh", OFTReal}, {"gauges_mm", OFTString}, {"electrified", OFTString},
                             {"voltage", OFTString}, {"name", OFTString}});
    for (const NetworkEdge& e : parts.edges) {
      OGRFeature f(edges->GetLayerDefn());
      f.SetField("from_node", static_cast<GIntBig>(e.from));
      f.SetField("to_node", static_cast<GIntBig>(e.to));
      f.SetField("oneway", e.oneway ? 1 : 0);
      f.SetField("ferry", e.ferry ? 1 : 0);
      f.SetField("passage", static_cast<GIntBig>(e.passage));
      f.SetField("length_m", e.length_m);
      f.SetField("maxspeed_kmh", e.maxspeed_kmh);
      f.SetField("gauges_mm", e.gauges_mm.c_str());
      f.SetField("electrified", e.electrified.c_str());
      f.SetField("voltage", e.voltage.c_str());
      f.SetField("name", e.name.c_str());
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
      f.SetField("node", static_cast<GIntBig>(s.node));
      f.SetGeometry(std::make_unique<OGRPoint>(s.lon_deg, s.lat_deg).get());
      if (stations->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a station");
    }

    OGRLayer* passages = layer("passages", nullptr, wkbNone, {{"pid", OFTString}, {"name", OFTString}, {"kind", OFTString}});
    for (const Passage& p : parts.passages) {
      OGRFeature f(passages->GetLayerDefn());
      f.SetField("pid", p.id.c_str());
      f.SetField("name", p.name.c_str());
      f.SetField("kind", p.kind.c_str());
      if (passages->CreateFeature(&f) != OGRERR_NONE) fail("cannot write a passage");
    }

    OGRLayer* meta_layer = layer("rc_network_meta", nullptr, wkbNone, {{"key", OFTString}, {"value", OFTString}});
    std::map<std::string, std::string> all = meta;
    all["kind"] = parts.kind;
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
  const NetworkProfile& profile = builtin_profile(options.profile);
  NetworkParts parts = is_osm_file(options.input) ? read_osm(options.input, profile) : read_line_layers(options.input, profile);
  if (profile.name == "sea") mark_sea_passages(parts);
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
                      {"source_hash", content_hash(options.input)}, {"format", "1"}});
  report.nodes = network.nodes().size();
  report.edges = network.edges().size();
  report.stations = network.stations().size();
  report.passages = network.passages().size();
  report.components = network.components();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace routecheck::networks
