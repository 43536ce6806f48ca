// Country outlines from a GeoPackage without GDAL: SQLite reads the rows (through the layer's R-tree),
// the GeoPackage geometry header (GeoPackage 1.3, clause 2.1.3) is stepped over and the WKB behind it
// (OGC Simple Features, ISO flavour as GeoPackage writes it) becomes Boost.Geometry polygons.
#include "layers/country_outlines.hpp"

#include <sqlite3.h>

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/disjoint.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/algorithms/num_points.hpp>
#include <boost/geometry/algorithms/within.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/countries_layer.hpp"
#include "gazetteer/country_tiles.hpp"
#include "gazetteer/schema.hpp"

namespace bg = boost::geometry;

namespace routecheck::layers {
namespace {

// WKB geometry types (the base type; ISO adds 1000 for Z, 2000 for M, 3000 for ZM).
constexpr std::uint32_t kWkbPolygon = 3, kWkbMultiPolygon = 6, kWkbCollection = 7;
constexpr std::uint32_t kWkbIsoDimensionStep = 1000;
// Bytes of the envelope after the GeoPackage header, by its "envelope contents indicator" (0..4).
constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
constexpr std::size_t kGpkgHeaderBytes = 8;  // magic "GP", version, flags, srs_id
constexpr int kMaxNestedCollections = 8;
// Parts with fewer vertices are tested edge by edge; an index costs more than it saves below this.
constexpr std::size_t kIndexedPartVertices = 256;
constexpr std::size_t kEdgeIndexNodeCapacity = 16;

class WkbReader {
 public:
  WkbReader(std::string_view bytes, std::string_view what) : bytes_(bytes), what_(what) {}

  // Appends the polygons of one geometry (polygon, multipolygon or a collection of them); other
  // geometry types add nothing.
  void read_polygons(std::vector<OutlinePolygon>& out, int depth = 0) {
    if (depth > kMaxNestedCollections) fail("collections nested too deep");
    little_endian_ = byte() == 1;
    const std::uint32_t code = u32();
    const std::uint32_t base = code & 0xffff'ffu;  // EWKB's Z/M flags sit in the top byte
    const std::uint32_t type = base % kWkbIsoDimensionStep, iso_dims = base / kWkbIsoDimensionStep;
    dims_ = 2 + (iso_dims == 1 || iso_dims == 2 ? 1 : iso_dims == 3 ? 2 : 0) + ((code & 0x8000'0000u) ? 1 : 0) +
            ((code & 0x4000'0000u) ? 1 : 0);
    if (type == kWkbPolygon) {
      out.push_back(polygon());
    } else if (type == kWkbMultiPolygon || type == kWkbCollection) {
      const std::uint32_t n = count(5);  // each member at least its byte order and type
      for (std::uint32_t i = 0; i < n; ++i) read_polygons(out, depth + 1);
    } else {
      fail("geometry type " + std::to_string(code) + " is not a polygon");
    }
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw InputError("country outline " + std::string(what_) + ": " + why + " (rebuild the gazetteer)");
  }
  void need(std::size_t n) const {
    if (bytes_.size() - at_ < n) fail("its geometry ends early");
  }
  unsigned char byte() {
    need(1);
    return static_cast<unsigned char>(bytes_[at_++]);
  }
  std::uint32_t u32() {
    need(4);
    unsigned char b[4];
    std::memcpy(b, bytes_.data() + at_, 4);
    at_ += 4;
    return little_endian_ ? std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 | std::uint32_t(b[3]) << 24
                          : std::uint32_t(b[3]) | std::uint32_t(b[2]) << 8 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[0]) << 24;
  }
  double f64() {
    need(8);
    unsigned char b[8];
    std::memcpy(b, bytes_.data() + at_, 8);
    at_ += 8;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t(b[little_endian_ ? i : 7 - i]) << (8 * i);
    double d;
    std::memcpy(&d, &v, sizeof d);
    return d;
  }
  // A count of items of at least `item_bytes` each, refused when the bytes left cannot hold them (a
  // corrupt count must not allocate gigabytes).
  std::uint32_t count(std::size_t item_bytes) {
    const std::uint32_t n = u32();
    if (n > (bytes_.size() - at_) / item_bytes) fail("a count runs past its geometry");
    return n;
  }
  template <typename Ring>
  void ring(Ring& r) {
    const std::size_t point_bytes = 8 * static_cast<std::size_t>(dims_);
    const std::uint32_t n = count(point_bytes);
    r.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      const double x = f64(), y = f64();
      for (int extra = 2; extra < dims_; ++extra) f64();
      r.emplace_back(x, y);
    }
  }
  OutlinePolygon polygon() {
    OutlinePolygon p;
    const std::uint32_t rings = count(4);
    for (std::uint32_t i = 0; i < rings; ++i) {
      if (i == 0) {
        ring(p.outer());
      } else {
        p.inners().emplace_back();
        ring(p.inners().back());
      }
    }
    return p;
  }

  std::string_view bytes_, what_;
  std::size_t at_ = 0;
  bool little_endian_ = true;
  int dims_ = 2;
};

// The WKB inside a GeoPackage geometry blob; empty for an empty geometry.
std::string_view gpkg_wkb(std::string_view blob, std::string_view what) {
  if (blob.size() < kGpkgHeaderBytes || blob[0] != 'G' || blob[1] != 'P')
    throw InputError("country outline " + std::string(what) + ": not a GeoPackage geometry (rebuild the gazetteer)");
  const auto flags = static_cast<unsigned char>(blob[3]);
  const unsigned envelope = (flags >> 1) & 0x7u;
  if (envelope >= std::size(kEnvelopeBytes))
    throw InputError("country outline " + std::string(what) + ": unknown envelope kind (rebuild the gazetteer)");
  if (flags & 0x10u) return {};  // the empty-geometry flag
  const std::size_t header = kGpkgHeaderBytes + kEnvelopeBytes[envelope];
  if (blob.size() < header) throw InputError("country outline " + std::string(what) + ": its geometry ends early");
  return blob.substr(header);
}

std::string column_text(sqlite3_stmt* st, int i) {
  const auto* p = sqlite3_column_text(st, i);
  return p ? reinterpret_cast<const char*>(p) : "";
}

// SQL names from the file's own catalogue, quoted for use in a statement.
std::string sql_identifier(const std::string& identifier) {
  std::string out = "\"";
  for (char c : identifier) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

class EdgeIndex {
 public:
  explicit EdgeIndex(const OutlinePolygon& polygon) {
    std::vector<std::pair<OutlineBox, std::uint32_t>> boxes;
    auto add_ring = [&](const auto& ring) {
      for (std::size_t first = 0; first + 1 < ring.size(); first += kEdgesPerRun) {
        const std::size_t last = std::min(first + kEdgesPerRun, ring.size() - 1);  // the run's last vertex
        OutlineBox box(ring[first], ring[first]);
        for (std::size_t i = first + 1; i <= last; ++i) bg::expand(box, ring[i]);
        boxes.emplace_back(box, static_cast<std::uint32_t>(runs_.size()));
        runs_.push_back({&ring[first], last - first});
      }
    };
    add_ring(polygon.outer());
    for (const auto& ring : polygon.inners()) add_ring(ring);
    tree_ = Tree(boxes.begin(), boxes.end());  // the range constructor packs the tree (STR bulk loading)
  }

  // Even-odd rule over all rings: a ray from the point towards +x crosses the boundary an odd number of
  // times exactly when the point is inside (holes included). An edge counts when one end lies above the
  // point and the other not, so a vertex level with the point is counted once.
  bool contains(const OutlinePoint& p, double max_x) const {
    const OutlineBox ray(p, OutlinePoint(max_x, p.y()));
    bool inside = false;
    for (auto it = tree_.qbegin(bg::index::intersects(ray)); it != tree_.qend(); ++it) {
      const Run& run = runs_[it->second];
      for (std::size_t i = 0; i < run.edges; ++i) {
        const OutlinePoint &a = run.first[i], &b = run.first[i + 1];
        if ((a.y() > p.y()) == (b.y() > p.y())) continue;
        const double x_at = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
        if (x_at > p.x()) inside = !inside;
      }
    }
    return inside;
  }

 private:
  // Consecutive edges of one ring under one box: an index entry per edge would cost more memory (and page
  // faults, the dearest thing at start-up here) than the few extra edge tests a run costs.
  static constexpr std::size_t kEdgesPerRun = 32;
  struct Run {
    const OutlinePoint* first;  // into the polygon, which outlives the index
    std::size_t edges;
  };
  using Tree = bg::index::rtree<std::pair<OutlineBox, std::uint32_t>, bg::index::quadratic<kEdgeIndexNodeCapacity>>;
  std::vector<Run> runs_;
  Tree tree_;
};

CountryOutline::CountryOutline() = default;
CountryOutline::~CountryOutline() = default;

std::optional<std::size_t> CountryOutline::part_containing(double lon_deg, double lat_deg) const {
  const OutlinePoint p(lon_deg, lat_deg);
  if (!bg::within(p, box)) return std::nullopt;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!bg::within(p, part_boxes[i])) continue;
    const std::size_t vertices = bg::num_points(parts[i]);
    if (vertices < kIndexedPartVertices) {
      if (bg::within(p, parts[i])) return i;
      continue;
    }
    if (part_edges.size() != parts.size()) part_edges.resize(parts.size());
    if (!part_edges[i]) part_edges[i] = std::make_unique<EdgeIndex>(parts[i]);
    if (part_edges[i]->contains(p, part_boxes[i].max_corner().x())) return i;
  }
  return std::nullopt;
}

struct CountryOutlines::Impl {
  std::string path;
  sqlite3* db = nullptr;
  // Ids first, outlines one by one after: a statement that joined and sorted the outlines themselves
  // would sort megabytes of geometry, spilling to a temporary file.
  sqlite3_stmt* ids_in_box = nullptr;    // ?1..?4: min lon, min lat, max lon, max lat
  sqlite3_stmt* ids_of_code = nullptr;   // ?1: alpha-2
  sqlite3_stmt* latitudes_of_code = nullptr;  // ?1: alpha-2; null without an R-tree
  sqlite3_stmt* outline_by_id = nullptr;  // ?1: feature id
  sqlite3_stmt* tile_rows = nullptr;      // ?1: tile; null when the file has no tiles
  std::map<std::int64_t, CountryLabel> tile_labels;  // by feature id, read with the first tile
  // Each tile read, its countries in feature id order.
  struct TiledCountry {
    const CountryLabel* label;
    gazetteer::IndexedCountryTile part;
  };
  std::map<int, std::vector<TiledCountry>> tiles;
  std::map<std::int64_t, std::unique_ptr<CountryOutline>> loaded;  // by feature id; nullptr: no geometry
  std::map<std::string, const CountryOutline*> by_code;

  // Opens the file and prepares the layer's statements; false when the catalogue has no such layer.
  bool open(const std::string& gazetteer_path, const std::string& layer);
  ~Impl() {
    sqlite3_finalize(ids_in_box);
    sqlite3_finalize(ids_of_code);
    sqlite3_finalize(latitudes_of_code);
    sqlite3_finalize(outline_by_id);
    sqlite3_finalize(tile_rows);
    sqlite3_close(db);
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw InputError("gazetteer '" + text::utf8_excerpt(path, text::kQuotedInputBytes) + "': " + why);
  }
  sqlite3_stmt* prepare(const std::string& sql) const {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
      fail(std::string("cannot read its country outlines (") + sqlite3_errmsg(db) + ")");
    return st;
  }
  // The feature ids a bound statement gives, in order.
  std::vector<std::int64_t> ids(sqlite3_stmt* st) const {
    std::vector<std::int64_t> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) out.push_back(sqlite3_column_int64(st, 0));
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) fail(std::string("cannot read its country outlines (") + sqlite3_errmsg(db) + ")");
    return out;
  }
  // One outline, parsed on first use; nullptr for a feature without a geometry.
  const CountryOutline* outline(std::int64_t id) {
    if (auto found = loaded.find(id); found != loaded.end()) return found->second.get();
    // Reset however this ends: a corrupt outline throws, and the next question reuses the statement.
    struct Reset {
      sqlite3_stmt* st;
      ~Reset() { sqlite3_reset(st); }
    } reset{outline_by_id};
    sqlite3_bind_int64(outline_by_id, 1, id);
    const int rc = sqlite3_step(outline_by_id);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      fail(std::string("cannot read its country outlines (") + sqlite3_errmsg(db) + ")");
    std::unique_ptr<CountryOutline> parsed = rc == SQLITE_ROW ? parse(outline_by_id) : nullptr;
    return loaded.emplace(id, std::move(parsed)).first->second.get();
  }
  // nullptr for a row without a geometry.
  static std::unique_ptr<CountryOutline> parse(sqlite3_stmt* st) {
    auto c = std::make_unique<CountryOutline>();
    c->iso_a2 = column_text(st, 1);
    c->name = column_text(st, 2);
    const auto* blob = static_cast<const char*>(sqlite3_column_blob(st, 3));
    const std::string_view bytes(blob ? blob : "", static_cast<std::size_t>(sqlite3_column_bytes(st, 3)));
    if (bytes.empty()) return nullptr;
    const std::string what = c->iso_a2.empty() ? "'" + c->name + "'" : c->iso_a2;
    const std::string_view wkb = gpkg_wkb(bytes, what);
    if (wkb.empty()) return nullptr;
    WkbReader(wkb, what).read_polygons(c->parts);
    if (c->parts.empty()) return nullptr;
    for (OutlinePolygon& p : c->parts) {
      bg::correct(p);  // Boost's default polygon: clockwise outer rings, closed
      c->part_boxes.push_back(bg::return_envelope<OutlineBox>(p));
    }
    c->box = c->part_boxes.front();
    for (const OutlineBox& b : c->part_boxes) bg::expand(c->box, b);
    return c;
  }
};

bool CountryOutlines::Impl::open(const std::string& gazetteer_path, const std::string& layer) {
  Impl& m = *this;
  m.path = gazetteer_path;
  if (sqlite3_open_v2(gazetteer_path.c_str(), &m.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
    m.fail(std::string("cannot open (") + sqlite3_errmsg(m.db) + ")");
  sqlite3_busy_timeout(m.db, gazetteer::schema::kReaderWaitMs);
  // Map the file instead of copying pages through read(2), as the gazetteer reader does.
  sqlite3_exec(m.db, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
  // The layer's geometry column and primary key from the GeoPackage catalogue: GDAL names them, not us.
  std::string geometry_column, key_column;
  {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m.db, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?1", -1, &st, nullptr) ==
        SQLITE_OK) {
      sqlite3_bind_text(st, 1, layer.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(st) == SQLITE_ROW) geometry_column = column_text(st, 0);
    }
    sqlite3_finalize(st);
  }
  if (geometry_column.empty()) return false;
  const std::string table = sql_identifier(layer);
  {
    sqlite3_stmt* st = m.prepare("PRAGMA table_info(" + table + ")");
    while (sqlite3_step(st) == SQLITE_ROW)
      if (sqlite3_column_int(st, 5) == 1) key_column = column_text(st, 1);
    sqlite3_finalize(st);
  }
  if (key_column.empty()) m.fail("its country outlines have no key column: rebuild it (routecheck gazetteer build)");
  const std::string rtree = "rtree_" + layer + "_" + geometry_column;
  bool has_rtree = false;
  {
    sqlite3_stmt* st = m.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    sqlite3_bind_text(st, 1, rtree.c_str(), -1, SQLITE_TRANSIENT);
    has_rtree = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
  }
  // Without an R-tree every outline is a candidate; the outlines' own boxes still decide.
  const std::string key = sql_identifier(key_column);
  m.ids_in_box = m.prepare(has_rtree ? "SELECT id FROM " + sql_identifier(rtree) +
                                           " WHERE maxx >= ?1 AND minx <= ?3 AND maxy >= ?2 AND miny <= ?4 ORDER BY id"
                                     : "SELECT " + key + " FROM " + table +
                                           " WHERE ?1 IS NOT NULL AND ?2 IS NOT NULL AND ?3 IS NOT NULL AND ?4 IS NOT NULL ORDER BY " + key);
  m.ids_of_code = m.prepare("SELECT " + key + " FROM " + table + " WHERE iso_a2 = ?1 ORDER BY " + key);
  if (has_rtree)
    m.latitudes_of_code = m.prepare("SELECT min(r.miny), max(r.maxy), count(*) FROM " + sql_identifier(rtree) + " r JOIN " + table +
                                    " t ON r.id = t." + key + " WHERE t.iso_a2 = ?1");
  m.outline_by_id = m.prepare("SELECT " + key + ", iso_a2, name, " + sql_identifier(geometry_column) + " FROM " + table +
                              " WHERE " + key + " = ?1");
  // The tiles are of the 1:10m layer alone.
  if (layer == gazetteer::kCountriesLayer) {
    sqlite3_stmt* st = m.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?1, ?2)");
    sqlite3_bind_text(st, 1, gazetteer::kCountryTilesTable, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, gazetteer::kCountryNamesTable, -1, SQLITE_STATIC);
    const bool tiled = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 2;
    sqlite3_finalize(st);
    if (tiled)
      m.tile_rows = m.prepare(std::string("SELECT country_fid, reference_inside, runs FROM ") + gazetteer::kCountryTilesTable +
                              " WHERE tile = ?1 ORDER BY country_fid");
  }
  return true;
}

CountryOutlines::CountryOutlines(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

CountryOutlines::CountryOutlines(const std::string& gazetteer_path, const std::string& layer) : impl_(std::make_unique<Impl>()) {
  if (!impl_->open(gazetteer_path, layer))
    impl_->fail(layer == gazetteer::kCountriesLayer ? "it has no country outlines: rebuild it (routecheck gazetteer build)"
                                                    : "it has no '" + layer + "' layer: rebuild it (routecheck gazetteer build)");
}

std::unique_ptr<CountryOutlines> CountryOutlines::open_if_present(const std::string& gazetteer_path, const std::string& layer) {
  auto impl = std::make_unique<Impl>();
  if (!impl->open(gazetteer_path, layer)) return nullptr;
  return std::unique_ptr<CountryOutlines>(new CountryOutlines(std::move(impl)));
}

CountryOutlines::~CountryOutlines() = default;

std::vector<const CountryOutline*> CountryOutlines::in_box(double min_lon_deg, double min_lat_deg, double max_lon_deg,
                                                           double max_lat_deg) const {
  Impl& m = *impl_;
  sqlite3_bind_double(m.ids_in_box, 1, min_lon_deg);
  sqlite3_bind_double(m.ids_in_box, 2, min_lat_deg);
  sqlite3_bind_double(m.ids_in_box, 3, max_lon_deg);
  sqlite3_bind_double(m.ids_in_box, 4, max_lat_deg);
  // The R-tree's boxes are single-precision rounded outward; the outlines' own boxes decide.
  const OutlineBox asked(OutlinePoint(min_lon_deg, min_lat_deg), OutlinePoint(max_lon_deg, max_lat_deg));
  std::vector<const CountryOutline*> out;
  for (const std::int64_t id : m.ids(m.ids_in_box))
    if (const CountryOutline* c = m.outline(id); c && !bg::disjoint(c->box, asked)) out.push_back(c);
  return out;
}

const CountryOutline* CountryOutlines::by_code(const std::string& iso_a2) const {
  Impl& m = *impl_;
  if (auto known = m.by_code.find(iso_a2); known != m.by_code.end()) return known->second;
  sqlite3_bind_text(m.ids_of_code, 1, iso_a2.c_str(), -1, SQLITE_TRANSIENT);
  const CountryOutline* found = nullptr;
  for (const std::int64_t id : m.ids(m.ids_of_code))
    if ((found = m.outline(id))) break;
  m.by_code.emplace(iso_a2, found);
  return found;
}

std::optional<std::pair<double, double>> CountryOutlines::latitude_span(const std::string& iso_a2) const {
  Impl& m = *impl_;
  if (!m.latitudes_of_code) return std::nullopt;
  sqlite3_reset(m.latitudes_of_code);
  sqlite3_bind_text(m.latitudes_of_code, 1, iso_a2.c_str(), -1, SQLITE_TRANSIENT);
  std::optional<std::pair<double, double>> out;
  if (sqlite3_step(m.latitudes_of_code) == SQLITE_ROW && sqlite3_column_int64(m.latitudes_of_code, 2) > 0)
    out = std::make_pair(sqlite3_column_double(m.latitudes_of_code, 0), sqlite3_column_double(m.latitudes_of_code, 1));
  sqlite3_reset(m.latitudes_of_code);
  return out;
}

bool CountryOutlines::has_tiles() const { return impl_->tile_rows != nullptr; }

const CountryLabel* CountryOutlines::country_at(double lon_deg, double lat_deg) const {
  Impl& m = *impl_;
  if (!m.tile_rows) throw InputError("gazetteer '" + text::utf8_excerpt(m.path, text::kQuotedInputBytes) + "': no country tiles");
  if (m.tile_labels.empty()) {
    sqlite3_stmt* st = m.prepare(std::string("SELECT country_fid, iso_a2, name FROM ") + gazetteer::kCountryNamesTable);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      m.tile_labels[sqlite3_column_int64(st, 0)] = CountryLabel{column_text(st, 1), column_text(st, 2)};
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) m.fail(std::string("cannot read its country tiles (") + sqlite3_errmsg(m.db) + ")");
  }
  const int tile = gazetteer::country_tile(lon_deg, lat_deg);
  auto [found, fresh] = m.tiles.try_emplace(tile);
  if (fresh) {
    struct Reset {
      sqlite3_stmt* st;
      ~Reset() { sqlite3_reset(st); }
    } reset{m.tile_rows};
    try {
      sqlite3_bind_int(m.tile_rows, 1, tile);
      int rc;
      while ((rc = sqlite3_step(m.tile_rows)) == SQLITE_ROW) {
        const std::int64_t fid = sqlite3_column_int64(m.tile_rows, 0);
        const auto label = m.tile_labels.find(fid);
        if (label == m.tile_labels.end()) m.fail("a country tile names no country (rebuild it: routecheck gazetteer build)");
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m.tile_rows, 2));
        const std::string_view bytes(blob ? blob : "", static_cast<std::size_t>(sqlite3_column_bytes(m.tile_rows, 2)));
        found->second.push_back({&label->second,
                                 gazetteer::IndexedCountryTile({sqlite3_column_int(m.tile_rows, 1) != 0,
                                                                gazetteer::decode_tile_runs(bytes, "country tile of " + label->second.name)},
                                                               tile)});
      }
      if (rc != SQLITE_DONE) m.fail(std::string("cannot read its country tiles (") + sqlite3_errmsg(m.db) + ")");
    } catch (...) {
      m.tiles.erase(found);  // asked again, it is read again (and fails again), never taken as empty sea
      throw;
    }
  }
  for (const Impl::TiledCountry& c : found->second)
    if (c.part.contains(lon_deg, lat_deg)) return c.label;
  return nullptr;
}

}  // namespace routecheck::layers
