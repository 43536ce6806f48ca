// Building network parts (merged nodes, geodesic edge lengths, the sea's straits and canals) and reading a
// network cache file back through SQLite.
#include "networks/network_parts.hpp"

#include <cctype>
#include <cmath>
#include <fstream>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/Gnomonic.hpp>
#include <fmt/format.h>
#include <sqlite3.h>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::networks {

extern const char* const kSeaPassagesTsv;  // generated from geodata/sea_passages.tsv

std::uint32_t NodeMerger::node(double lat_deg, double lon_deg) {
  if (lon_deg == -180) lon_deg = 180;  // one meridian, two spellings: MARNET ends lanes at both
  const auto lat = static_cast<std::int64_t>(std::llround(lat_deg * 1e7));
  const auto lon = static_cast<std::int64_t>(std::llround(lon_deg * 1e7));
  const std::uint64_t key = (static_cast<std::uint64_t>(lat + 900000000) << 32) ^ static_cast<std::uint64_t>(lon + 1800000000);
  auto [it, fresh] = by_key_.emplace(key, static_cast<std::uint32_t>(nodes_.size()));
  if (fresh) nodes_.push_back({lat_deg, lon_deg});
  return it->second;
}

void add_segment(NetworkParts& parts, std::uint32_t a, std::uint32_t b, const NetworkEdge& attributes) {
  if (a == b) return;
  NetworkEdge e = attributes;
  e.from = a;
  e.to = b;
  const NetworkNode &p = parts.nodes[a], &q = parts.nodes[b];
  GeographicLib::Geodesic::WGS84().Inverse(p.lat_deg, p.lon_deg, q.lat_deg, q.lon_deg, e.length_m);
  parts.edges.push_back(std::move(e));
}

// "50", "50 km/h", "30 mph"; 0 for "none", "signals", country codes ("RU:urban") and anything else.
double parse_maxspeed_kmh(const char* tag) {
  if (!tag) return 0;
  std::string_view s = text::trim(tag);
  std::size_t digits = 0;
  while (digits < s.size() && (std::isdigit(static_cast<unsigned char>(s[digits])) || s[digits] == '.')) ++digits;
  if (digits == 0) return 0;
  const std::optional<double> v = text::parse_double(s.substr(0, digits));
  if (!v || *v <= 0) return 0;
  const std::string_view unit = text::trim(s.substr(digits));
  if (unit.empty() || unit == "km/h" || unit == "kmh" || unit == "kph") return *v;
  if (unit == "mph") return *v * 1.609344;
  if (unit == "knots") return *v * 1.852;
  return 0;
}

namespace {

// Distance (m) from the gnomonic projection's centre to the segment between two projected points: in
// that projection geodesics are close to straight lines, exactly so through the centre.
double centre_to_segment_m(double x1, double y1, double x2, double y2) {
  const double dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? -(x1 * dx + y1 * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(x1 + t * dx, y1 + t * dy);
}

}  // namespace

void mark_sea_passages(NetworkParts& parts) {
  const GeographicLib::Gnomonic gnomonic(GeographicLib::Geodesic::WGS84());
  for (const text::TableRow& row :
       text::table_rows(kSeaPassagesTsv, "geodata/sea_passages.tsv", 7, "id, name, kind, lat, lon, radius_km, source")) {
    const std::string where = row.where("geodata/sea_passages.tsv");
    const auto lat = text::parse_double(row.fields[3]), lon = text::parse_double(row.fields[4]),
               radius_km = text::parse_double(row.fields[5]);
    if (!lat || !lon || !radius_km) throw InputError(where + ": expected numbers in lat, lon and radius_km");
    parts.passages.push_back({std::string(row.fields[0]), std::string(row.fields[1]), std::string(row.fields[2])});
    const auto id = static_cast<std::uint32_t>(parts.passages.size());
    for (NetworkEdge& e : parts.edges) {
      const NetworkNode &a = parts.nodes[e.from], &b = parts.nodes[e.to];
      double x1, y1, x2, y2;
      gnomonic.Forward(*lat, *lon, a.lat_deg, a.lon_deg, x1, y1);
      gnomonic.Forward(*lat, *lon, b.lat_deg, b.lon_deg, x2, y2);
      if (!std::isfinite(x1) || !std::isfinite(x2)) continue;  // an end on the far hemisphere
      if (centre_to_segment_m(x1, y1, x2, y2) <= *radius_km * 1000 && e.passage == kNoPassage) e.passage = id;
    }
  }
}

Network make_network(NetworkParts parts) {
  return Network(std::move(parts.kind), std::move(parts.nodes), std::move(parts.edges), std::move(parts.stations),
                 std::move(parts.passages));
}

namespace {

class Db {
 public:
  explicit Db(const std::string& path) : path_(path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) fail("cannot be opened");
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("network file '" + path_ + "': " + what + (db_ ? std::string(" (") + sqlite3_errmsg(db_) + ")" : ""));
  }
  // Runs `sql`, calling row(stmt) for each row.
  template <typename Row>
  void each(const char* sql, const Row& row) const {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) fail("is not a routecheck network file");
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) row(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) fail("could not be read");
  }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

std::string column_text(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

std::map<std::string, std::string> read_network_meta(const std::string& path) {
  const Db db(path);
  std::map<std::string, std::string> meta;
  db.each("SELECT key, value FROM rc_network_meta", [&](sqlite3_stmt* s) { meta[column_text(s, 0)] = column_text(s, 1); });
  return meta;
}

Network load_network(const std::string& path) {
  const Db db(path);
  NetworkParts parts;
  std::string format;
  db.each("SELECT key, value FROM rc_network_meta WHERE key IN ('kind', 'format')", [&](sqlite3_stmt* s) {
    (column_text(s, 0) == "kind" ? parts.kind : format) = column_text(s, 1);
  });
  if (parts.kind.empty()) db.fail("has no network kind in rc_network_meta");
  // Format 1 stored 0-based node indexes; later formats store the nodes' fids (index + 1).
  const std::int64_t base = format == "1" ? 0 : 1;
  const auto node_index = [base](sqlite3_stmt* s, int i) {
    return sqlite3_column_type(s, i) == SQLITE_NULL ? kUnassignedNode
                                                    : static_cast<std::uint32_t>(sqlite3_column_int64(s, i) - base);
  };
  const bool has_osm_ids = format != "1";
  db.each(has_osm_ids ? "SELECT lat, lon, osm_node_id FROM nodes ORDER BY fid" : "SELECT lat, lon, 0 FROM nodes ORDER BY fid",
          [&](sqlite3_stmt* s) {
            parts.nodes.push_back({sqlite3_column_double(s, 0), sqlite3_column_double(s, 1), sqlite3_column_int64(s, 2)});
          });
  db.each(has_osm_ids ? "SELECT from_node, to_node, length_m, gauges_mm, timing_kmh, oneway, ferry, passage, name, electrified, "
                        "voltage, maxspeed_kmh IS NOT NULL, osm_way_id FROM edges ORDER BY fid"
                      : "SELECT from_node, to_node, length_m, gauges_mm, maxspeed_kmh, oneway, ferry, passage, name, electrified, "
                        "voltage, maxspeed_kmh > 0, 0 FROM edges ORDER BY fid",
          [&](sqlite3_stmt* s) {
            NetworkEdge e;
            e.from = node_index(s, 0);
            e.to = node_index(s, 1);
            e.length_m = sqlite3_column_double(s, 2);
            e.gauges_mm = column_text(s, 3);
            e.maxspeed_kmh = sqlite3_column_double(s, 4);
            e.oneway = sqlite3_column_int(s, 5) != 0;
            e.ferry = sqlite3_column_int(s, 6) != 0;
            e.passage = static_cast<std::uint32_t>(sqlite3_column_int64(s, 7));
            e.name = column_text(s, 8);
            e.electrified = column_text(s, 9);
            e.voltage = column_text(s, 10);
            e.maxspeed_posted = sqlite3_column_int(s, 11) != 0;
            e.osm_way_id = sqlite3_column_int64(s, 12);
            parts.edges.push_back(std::move(e));
          });
  db.each("SELECT name, lat, lon, node FROM stations ORDER BY fid", [&](sqlite3_stmt* s) {
    parts.stations.push_back({column_text(s, 0), sqlite3_column_double(s, 1), sqlite3_column_double(s, 2), node_index(s, 3)});
  });
  db.each("SELECT pid, name, kind FROM passages ORDER BY fid", [&](sqlite3_stmt* s) {
    parts.passages.push_back({column_text(s, 0), column_text(s, 1), column_text(s, 2)});
  });
  for (const NetworkEdge& e : parts.edges)
    if (e.from >= parts.nodes.size() || e.to >= parts.nodes.size() || e.passage > parts.passages.size())
      db.fail("has an edge naming a node or passage it lacks");
  for (const Station& s : parts.stations)
    if (s.node >= parts.nodes.size()) db.fail("has a station joined to a node it lacks");
  return make_network(std::move(parts));
}

std::string content_hash(const std::string& path) {
  std::ifstream in = text::open_file(path);
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a 64
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      h ^= static_cast<unsigned char>(buffer[static_cast<std::size_t>(i)]);
      h *= 0x100000001b3ULL;
    }
  }
  return fmt::format("{:016x}", h);
}

}  // namespace routecheck::networks
