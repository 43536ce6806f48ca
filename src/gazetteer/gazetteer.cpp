// Read-only access to a gazetteer GeoPackage through SQLite prepared statements. The places layer is
// read by column, never by parsing geometry blobs: lat and lon are stored as plain columns too.
#include "gazetteer/gazetteer.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

#include "core/error.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {
namespace {

// What ranking and filtering need, read for every place under a key.
constexpr const char* kRankingColumns =
    "p.fid, p.lat, p.lon, p.country_code, p.admin1_code, p.feature_class, p.feature_code, p.population, "
    "p.prominence";
// The rest, read only for the candidates a query keeps.
constexpr const char* kDetailColumns =
    "name, asciiname, admin1_name, admin2_code, timezone, geonameid, source";

std::string column_text(sqlite3_stmt* stmt, int col) {
  const unsigned char* text = sqlite3_column_text(stmt, col);
  return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

std::optional<std::int64_t> column_optional_int(sqlite3_stmt* stmt, int col) {
  if (sqlite3_column_type(stmt, col) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(stmt, col);
}

Place read_ranking_fields(sqlite3_stmt* stmt, int first) {
  Place p;
  p.fid = sqlite3_column_int64(stmt, first + 0);
  p.lat_deg = sqlite3_column_double(stmt, first + 1);
  p.lon_deg = sqlite3_column_double(stmt, first + 2);
  p.country_code = column_text(stmt, first + 3);
  p.admin1_code = column_text(stmt, first + 4);
  p.feature_class = column_text(stmt, first + 5);
  p.feature_code = column_text(stmt, first + 6);
  p.population = column_optional_int(stmt, first + 7);
  p.prominence = sqlite3_column_double(stmt, first + 8);
  return p;
}

void read_detail_fields(sqlite3_stmt* stmt, Place& p) {
  p.name = column_text(stmt, 0);
  p.ascii_name = column_text(stmt, 1);
  p.admin1_name = column_text(stmt, 2);
  p.admin2_code = column_text(stmt, 3);
  p.timezone = column_text(stmt, 4);
  p.geonameid = column_optional_int(stmt, 5);
  p.source = column_text(stmt, 6);
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

// Resets a statement when the scope ends, so it can be stepped again next call.
struct StatementUse {
  sqlite3_stmt* stmt;
  ~StatementUse() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

}  // namespace

struct Gazetteer::Impl {
  std::string path;
  sqlite3* db = nullptr;
  sqlite3_stmt* by_key = nullptr;
  sqlite3_stmt* by_hash = nullptr;
  sqlite3_stmt* by_prefix = nullptr;
  sqlite3_stmt* details = nullptr;

  ~Impl() {
    for (sqlite3_stmt* s : {by_key, by_hash, by_prefix, details}) sqlite3_finalize(s);
    if (db) sqlite3_close(db);
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("gazetteer '" + path + "': " + what);
  }

  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
      fail(std::string("not a routecheck gazetteer (") + sqlite3_errmsg(db) + ")");
    return stmt;
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Gazetteer Gazetteer::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  // immutable=1: no file locks and no hot-journal checks per statement (they were most of a lookup's
  // cost). Safe because every writer (build, import) replaces the file by rename: an open reader keeps
  // the old inode, which never changes under it.
  const std::string uri = "file:" + uri_escape(path) + "?immutable=1";
  if (sqlite3_open_v2(uri.c_str(), &impl->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                      nullptr) != SQLITE_OK)
    impl->fail(std::string("cannot open (") + sqlite3_errmsg(impl->db) + ")");
  // Map the file instead of copying pages through read(2).
  sqlite3_exec(impl->db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
  // The meta table is the first thing read: a non-SQLite or foreign file fails here, in one line.
  sqlite3_stmt* version = impl->prepare("SELECT value FROM rc_meta WHERE key = 'schema_version'");
  int rc = sqlite3_step(version);
  std::string found = rc == SQLITE_ROW ? column_text(version, 0) : "";
  sqlite3_finalize(version);
  if (rc != SQLITE_ROW) impl->fail("not a routecheck gazetteer (no schema_version)");
  if (found != std::to_string(schema::kVersion))
    impl->fail("schema version " + found + ", this routecheck reads version " +
               std::to_string(schema::kVersion) + ": rebuild it with 'routecheck gazetteer build'");
  impl->by_key = impl->prepare(std::string("SELECT n.kind, n.name, ") + kRankingColumns +
                               " FROM rc_names n JOIN places p ON p.fid = n.fid WHERE n.key = ?1");
  impl->details = impl->prepare(std::string("SELECT ") + kDetailColumns + " FROM places WHERE fid = ?1");
  impl->by_hash = impl->prepare("SELECT key FROM rc_fuzzy WHERE del_hash = ?1");
  impl->by_prefix = impl->prepare("SELECT DISTINCT key FROM rc_names WHERE key >= ?1 AND key < ?2 LIMIT ?3");
  return Gazetteer(std::move(impl));
}

const std::string& Gazetteer::path() const { return impl_->path; }

std::vector<NameHit> Gazetteer::lookup_key(std::string_view key) const {
  std::vector<NameHit> hits;
  StatementUse use{impl_->by_key};
  sqlite3_bind_text(use.stmt, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(use.stmt)) == SQLITE_ROW) {
    NameHit hit;
    hit.kind = static_cast<NameKind>(sqlite3_column_int(use.stmt, 0));
    hit.stored_name = column_text(use.stmt, 1);
    hit.place = read_ranking_fields(use.stmt, 2);
    hit.place.details_loaded = false;
    hits.push_back(std::move(hit));
  }
  if (rc != SQLITE_DONE) impl_->fail(std::string("read failed (") + sqlite3_errmsg(impl_->db) + ")");
  return hits;
}

void Gazetteer::load_details(Place& place) const {
  if (place.details_loaded) return;
  StatementUse use{impl_->details};
  sqlite3_bind_int64(use.stmt, 1, place.fid);
  if (sqlite3_step(use.stmt) != SQLITE_ROW)
    impl_->fail("place " + std::to_string(place.fid) + " is in the name index but not in the places layer");
  read_detail_fields(use.stmt, place);
  place.details_loaded = true;
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

std::map<std::string, std::string> Gazetteer::meta() const {
  std::map<std::string, std::string> out;
  sqlite3_stmt* stmt = impl_->prepare("SELECT key, value FROM rc_meta ORDER BY key");
  while (sqlite3_step(stmt) == SQLITE_ROW) out[column_text(stmt, 0)] = column_text(stmt, 1);
  sqlite3_finalize(stmt);
  return out;
}

long long Gazetteer::place_count() const {
  sqlite3_stmt* stmt = impl_->prepare("SELECT count(*) FROM places");
  long long n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
  sqlite3_finalize(stmt);
  return n;
}

}  // namespace routecheck::gazetteer
