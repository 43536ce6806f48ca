// Read-only access to a gazetteer GeoPackage through SQLite prepared statements. The places layer is
// read by column, never by parsing geometry blobs: lat and lon are stored as plain columns too.
#include "gazetteer/gazetteer.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <mutex>

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {
namespace {

constexpr const char* kNameColumns =
    "kind, name, fid, place_name, ascii_name, lat_e7, lon_e7, country_code, admin1_code, admin1_name, "
    "admin2_code, feature_class, feature_code, population, prominence_e4, timezone_id, geonameid, source_id";

std::string column_text(sqlite3_stmt* stmt, int col) {
  const unsigned char* text = sqlite3_column_text(stmt, col);
  return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

std::optional<std::int64_t> column_optional_int(sqlite3_stmt* stmt, int col) {
  if (sqlite3_column_type(stmt, col) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(stmt, col);
}

std::string uri_escape(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// Resets a statement when the scope ends, so it can be stepped again next call (every call binds all
// its parameters, so bindings need no clearing).
struct StatementUse {
  sqlite3_stmt* stmt;
  ~StatementUse() { sqlite3_reset(stmt); }
};

}  // namespace

struct Gazetteer::Impl {
  std::string path;
  sqlite3* db = nullptr;
  sqlite3_stmt* by_key = nullptr;
  sqlite3_stmt* by_hash = nullptr;
  sqlite3_stmt* by_prefix = nullptr;
  std::map<std::int64_t, std::string> timezones, sources;  // rc_dict, read once at open
  // Each country's capital (GeoNames PPLC) by country code: read on first use ("the Russian capital")
  // through the partial index rc_names_capitals; a file made before it is scanned whole instead.
  std::once_flag capitals_read;
  std::map<std::string, NameHit> capitals;

  ~Impl() {
    for (sqlite3_stmt* s : {by_key, by_hash, by_prefix}) sqlite3_finalize(s);
    if (db) sqlite3_close(db);
  }

  // One row of kNameColumns.
  NameHit read_hit(sqlite3_stmt* st) const {
    auto dict_value = [](const std::map<std::int64_t, std::string>& dict, sqlite3_stmt* s, int col) {
      if (sqlite3_column_type(s, col) == SQLITE_NULL) return std::string();
      auto it = dict.find(sqlite3_column_int64(s, col));
      return it == dict.end() ? std::string() : it->second;
    };
    NameHit hit;
    hit.kind = static_cast<NameKind>(sqlite3_column_int(st, 0));
    hit.stored_name = column_text(st, 1);
    Place& p = hit.place;
    p.fid = sqlite3_column_int64(st, 2);
    p.name = sqlite3_column_type(st, 3) == SQLITE_NULL ? hit.stored_name : column_text(st, 3);
    p.ascii_name = sqlite3_column_type(st, 4) == SQLITE_NULL ? p.name : column_text(st, 4);
    p.lat_deg = static_cast<double>(sqlite3_column_int64(st, 5)) / schema::kDegreeUnitsPerDegree;
    p.lon_deg = static_cast<double>(sqlite3_column_int64(st, 6)) / schema::kDegreeUnitsPerDegree;
    p.country_code = column_text(st, 7);
    p.admin1_code = column_text(st, 8);
    p.admin1_name = column_text(st, 9);
    p.admin2_code = column_text(st, 10);
    p.feature_class = column_text(st, 11);
    p.feature_code = column_text(st, 12);
    p.population = column_optional_int(st, 13);
    p.prominence = static_cast<double>(sqlite3_column_int64(st, 14)) / schema::kProminenceUnits;
    p.timezone = dict_value(timezones, st, 15);
    p.geonameid = column_optional_int(st, 16);
    p.source = dict_value(sources, st, 17);
    return hit;
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("gazetteer '" + path + "': " + what);
  }

  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (const int rc = sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr); rc != SQLITE_OK) {
      // Reading the schema needs the file's shared lock, which an import holds while it writes its pages.
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        fail("an import is writing to it: try again when it has finished");
      fail(std::string("not a routecheck gazetteer (") + sqlite3_errmsg(db) + ")");
    }
    return stmt;
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Gazetteer Gazetteer::open(const std::string& path) {
  // Memory statistics take a global mutex on every SQLite allocation; routecheck never reads them.
  // Only possible before SQLite initialises: where GDAL got there first, the call is refused, harmlessly.
  static const bool memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)memstatus_off;
  // SQLite says "unable to open database file" of a folder; say what it is.
  if (std::error_code ec; std::filesystem::is_directory(path, ec))
    throw InputError("gazetteer '" + text::utf8_excerpt(path, text::kQuotedInputBytes) + "': is a folder, not a gazetteer file");
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  // One read transaction for the reader's whole life: a single shared lock instead of one per statement
  // (the locks were most of a lookup's cost), and a consistent view while `gazetteer import` appends to
  // the file in place: the import waits for the lock, and a reader arriving during an import waits up
  // to kReaderWaitMs and then says so. Where the file is writable, the connection may also roll back
  // the journal an interrupted import left (it never writes otherwise: query_only).
  const bool writable = ::access(path.c_str(), W_OK) == 0;
  const std::string uri = "file:" + uri_escape(path);
  if (sqlite3_open_v2(uri.c_str(), &impl->db,
                      (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                      nullptr) != SQLITE_OK)
    impl->fail(std::string("cannot open (") + sqlite3_errmsg(impl->db) + ")");
  sqlite3_busy_timeout(impl->db, schema::kReaderWaitMs);
  // Map the file instead of copying pages through read(2).
  sqlite3_exec(impl->db, "PRAGMA query_only = ON; PRAGMA mmap_size = 1073741824; BEGIN", nullptr, nullptr, nullptr);
  // The meta table is the first thing read: a non-SQLite or foreign file fails here, in one line.
  sqlite3_stmt* version = impl->prepare("SELECT value FROM rc_meta WHERE key = 'schema_version'");
  int rc = sqlite3_step(version);
  std::string found = rc == SQLITE_ROW ? column_text(version, 0) : "";
  sqlite3_finalize(version);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    impl->fail("an import is writing to it: try again when it has finished");
  if (rc != SQLITE_ROW) impl->fail("not a routecheck gazetteer (no schema_version)");
  if (found != std::to_string(schema::kVersion))
    impl->fail("schema version " + found + ", this routecheck reads version " +
               std::to_string(schema::kVersion) + ": rebuild it with 'routecheck gazetteer build'");
  impl->by_key = impl->prepare(std::string("SELECT ") + kNameColumns + " FROM rc_names WHERE key = ?1");
  sqlite3_stmt* dict = impl->prepare("SELECT kind, id, value FROM rc_dict");
  while (sqlite3_step(dict) == SQLITE_ROW) {
    const std::string kind = column_text(dict, 0);
    (kind == "timezone" ? impl->timezones : impl->sources)[sqlite3_column_int64(dict, 1)] = column_text(dict, 2);
  }
  sqlite3_finalize(dict);
  impl->by_hash = impl->prepare(
      "SELECT k.key FROM rc_fuzzy f JOIN rc_fuzzy_keys k ON k.key_id = f.key_id WHERE f.del_hash = ?1");
  impl->by_prefix = impl->prepare("SELECT DISTINCT key FROM rc_names WHERE key >= ?1 AND key < ?2 LIMIT ?3");
  return Gazetteer(std::move(impl));
}

const std::string& Gazetteer::path() const { return impl_->path; }

std::vector<NameHit> Gazetteer::lookup_key(std::string_view key) const {
  std::vector<NameHit> hits;
  hits.reserve(8);
  StatementUse use{impl_->by_key};
  sqlite3_stmt* st = use.stmt;
  sqlite3_bind_text(st, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) hits.push_back(impl_->read_hit(st));
  if (rc != SQLITE_DONE) impl_->fail(std::string("read failed (") + sqlite3_errmsg(impl_->db) + ")");
  return hits;
}

std::optional<NameHit> Gazetteer::capital(std::string_view country_code) const {
  std::call_once(impl_->capitals_read, [this] {
    sqlite3_stmt* st = impl_->prepare(std::string("SELECT ") + kNameColumns +
                                      " FROM rc_names WHERE feature_code = 'PPLC' AND kind = " +
                                      std::to_string(static_cast<int>(NameKind::name)));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      NameHit hit = impl_->read_hit(st);
      auto [it, fresh] = impl_->capitals.try_emplace(hit.place.country_code, hit);
      // Two seats in one country (Bolivia, the Netherlands): the more populous.
      if (!fresh && hit.place.population.value_or(0) > it->second.place.population.value_or(0)) it->second = std::move(hit);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) impl_->fail(std::string("read failed (") + sqlite3_errmsg(impl_->db) + ")");
  });
  auto it = impl_->capitals.find(std::string(country_code));
  if (it == impl_->capitals.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> Gazetteer::keys_for_hashes(const std::vector<std::int64_t>& hashes) const {
  std::vector<std::string> keys;
  for (std::int64_t h : hashes) {
    StatementUse use{impl_->by_hash};
    sqlite3_bind_int64(use.stmt, 1, h);
    while (sqlite3_step(use.stmt) == SQLITE_ROW) keys.push_back(column_text(use.stmt, 0));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<std::string> Gazetteer::fuzzy_keys(std::string_view ascii_key) const {
  std::vector<std::string> found;
  for (std::string& key : keys_for_hashes(deletion_hashes(ascii_key)))
    if (key != ascii_key && edit_distance(key, ascii_key, 1) <= 1) found.push_back(std::move(key));
  return found;
}

std::vector<std::string> Gazetteer::keys_with_prefix(std::string_view prefix, std::size_t limit) const {
  std::string upper(prefix);
  if (upper.empty()) return {};
  upper.back() = static_cast<char>(upper.back() + 1);
  std::vector<std::string> keys;
  StatementUse use{impl_->by_prefix};
  sqlite3_bind_text(use.stmt, 1, prefix.data(), static_cast<int>(prefix.size()), SQLITE_STATIC);
  sqlite3_bind_text(use.stmt, 2, upper.data(), static_cast<int>(upper.size()), SQLITE_STATIC);
  sqlite3_bind_int64(use.stmt, 3, static_cast<sqlite3_int64>(limit));
  while (sqlite3_step(use.stmt) == SQLITE_ROW) keys.push_back(column_text(use.stmt, 0));
  return keys;
}

std::vector<std::string> Gazetteer::keys_near(char first, std::size_t min_length, std::size_t max_length, double lat_deg,
                                              double lon_deg, double max_km) const {
  constexpr double kKmPerDegreeLatitude = 110.5;
  constexpr double kE7 = 1e7;
  const double dlat = max_km / kKmPerDegreeLatitude;
  const double dlon = dlat / std::max(0.01, std::cos(lat_deg * M_PI / 180));
  // A box across the antimeridian or a pole keeps only its latitude band: the caller measures anyway.
  const bool whole_band = lon_deg - dlon < -180 || lon_deg + dlon > 180 || std::abs(lat_deg) + dlat > 90;
  sqlite3_stmt* stmt = impl_->prepare(
      "SELECT DISTINCT key FROM rc_names WHERE key >= ?1 AND key < ?2 AND length(key) BETWEEN ?3 AND ?4 "
      "AND feature_class = 'P' AND kind IN (?5, ?6) AND lat_e7 BETWEEN ?7 AND ?8 AND lon_e7 BETWEEN ?9 AND ?10");
  const char lower[2] = {first, 0}, upper[2] = {static_cast<char>(first + 1), 0};
  sqlite3_bind_text(stmt, 1, lower, 1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, upper, 1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(stmt, 3, static_cast<sqlite3_int64>(min_length));
  sqlite3_bind_int64(stmt, 4, static_cast<sqlite3_int64>(max_length));
  sqlite3_bind_int(stmt, 5, static_cast<int>(NameKind::name));
  sqlite3_bind_int(stmt, 6, static_cast<int>(NameKind::ascii_name));
  sqlite3_bind_int64(stmt, 7, static_cast<sqlite3_int64>((lat_deg - dlat) * kE7));
  sqlite3_bind_int64(stmt, 8, static_cast<sqlite3_int64>((lat_deg + dlat) * kE7));
  sqlite3_bind_int64(stmt, 9, static_cast<sqlite3_int64>((whole_band ? -180 : lon_deg - dlon) * kE7));
  sqlite3_bind_int64(stmt, 10, static_cast<sqlite3_int64>((whole_band ? 180 : lon_deg + dlon) * kE7));
  std::vector<std::string> keys;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) keys.push_back(column_text(stmt, 0));
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) impl_->fail(std::string("read failed (") + sqlite3_errmsg(impl_->db) + ")");
  return keys;
}

std::vector<std::pair<Place, double>> Gazetteer::within_km(double lat_deg, double lon_deg, double max_km,
                                                           const char* filter_sql, const std::string& filter_value) const {
  // A box safely larger than max_km from the R-tree, then exact geodesic distances inside it.
  constexpr double kKmPerDegreeLatitude = 110.5;
  const double dlat = max_km / kKmPerDegreeLatitude;
  const double dlon = std::min(180.0, dlat / std::max(0.01, std::cos(lat_deg * M_PI / 180)));
  sqlite3_stmt* stmt = impl_->prepare(
      std::string("SELECT p.fid, p.name, p.lat, p.lon, p.country_code, p.timezone, p.feature_class, p.feature_code, p.admin1_code "
                  "FROM rtree_places_geom r JOIN places p ON p.fid = r.id "
                  "WHERE r.maxx >= ?1 AND r.minx <= ?2 AND r.maxy >= ?3 AND r.miny <= ?4 AND ") + filter_sql);
  sqlite3_bind_double(stmt, 1, lon_deg - dlon);
  sqlite3_bind_double(stmt, 2, lon_deg + dlon);
  sqlite3_bind_double(stmt, 3, lat_deg - dlat);
  sqlite3_bind_double(stmt, 4, lat_deg + dlat);
  sqlite3_bind_text(stmt, 5, filter_value.c_str(), -1, SQLITE_TRANSIENT);
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  std::vector<std::pair<Place, double>> out;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    Place p;
    p.fid = sqlite3_column_int64(stmt, 0);
    p.name = column_text(stmt, 1);
    p.lat_deg = sqlite3_column_double(stmt, 2);
    p.lon_deg = sqlite3_column_double(stmt, 3);
    p.country_code = column_text(stmt, 4);
    p.timezone = column_text(stmt, 5);
    p.feature_class = column_text(stmt, 6);
    p.feature_code = column_text(stmt, 7);
    p.admin1_code = column_text(stmt, 8);
    double distance_m = 0;
    wgs84.Inverse(lat_deg, lon_deg, p.lat_deg, p.lon_deg, distance_m);
    if (distance_m / 1000 <= max_km) out.emplace_back(std::move(p), distance_m / 1000);
  }
  sqlite3_finalize(stmt);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

std::optional<std::pair<Place, double>> Gazetteer::nearest_place(double lat_deg, double lon_deg, double max_km) const {
  std::vector<std::pair<Place, double>> found = within_km(lat_deg, lon_deg, max_km, "p.feature_class = ?5", "P");
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<std::pair<Place, double>> Gazetteer::places_near(double lat_deg, double lon_deg, double max_km,
                                                              const std::string& feature_code) const {
  return within_km(lat_deg, lon_deg, max_km, "p.feature_code = ?5", feature_code);
}

std::map<std::string, std::string> Gazetteer::meta() const {
  std::map<std::string, std::string> out;
  sqlite3_stmt* stmt = impl_->prepare("SELECT key, value FROM rc_meta ORDER BY key");
  while (sqlite3_step(stmt) == SQLITE_ROW) out[column_text(stmt, 0)] = column_text(stmt, 1);
  sqlite3_finalize(stmt);
  return out;
}

std::vector<DataSource> Gazetteer::data_sources() const {
  std::vector<DataSource> out;
  for (const auto& [key, value] : meta()) {
    if (key.rfind("source.", 0) != 0) continue;
    // The builder writes "package<TAB>version<TAB>integrity<TAB>license<TAB>attribution".
    std::vector<std::string_view> f = text::split(value, '\t');
    f.resize(5);
    out.push_back({key.substr(7), std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[3]),
                   std::string(f[4])});
  }
  return out;
}

long long Gazetteer::place_count() const {
  sqlite3_stmt* stmt = impl_->prepare("SELECT count(*) FROM places");
  long long n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
  sqlite3_finalize(stmt);
  return n;
}

}  // namespace routecheck::gazetteer
