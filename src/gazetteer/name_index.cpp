// Name and fuzzy index construction. Names are staged in TEMP tables (on disk, under SQLite's temporary
// folder) and inserted in key order through SQLite's external sorter: the B-trees grow by appending, and
// memory stays within the page caches set here, for a 200-thousand-place build or a 12-million-row import.
#include "gazetteer/name_index.hpp"

#include <string>
#include <vector>

#include "core/error.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/name_key.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {
namespace {

// Page caches (KiB, SQLite's negative cache_size): the sorter's in-memory runs come out of the main
// one. Together well under the 1 GB an import of any size may use.
constexpr const char* kStagingPragmas =
    "PRAGMA temp_store = FILE; PRAGMA cache_size = -131072; PRAGMA temp.cache_size = -65536; PRAGMA threads = 2;";

constexpr const char* kCreateStaging = R"sql(
CREATE TEMP TABLE rc_stage_names (key TEXT NOT NULL, fid INTEGER NOT NULL, kind INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TEMP TABLE rc_stage_fuzzy_fids (fid INTEGER PRIMARY KEY);
CREATE TEMP TABLE rc_stage_fuzzy (del_hash INTEGER NOT NULL, key_id INTEGER NOT NULL);
CREATE TEMP TABLE rc_stage_dict (kind TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, value));
)sql";

constexpr const char* kDropStaging = R"sql(
DROP TABLE IF EXISTS temp.rc_stage_names; DROP TABLE IF EXISTS temp.rc_stage_fuzzy_fids;
DROP TABLE IF EXISTS temp.rc_stage_fuzzy; DROP TABLE IF EXISTS temp.rc_stage_dict;
)sql";

// Time zones and sources are stored as ids into rc_dict. New values get the next free ids; the
// mapping is kept in a TEMP table the big insert joins. `column` is a places column name.
void number_dictionary(sqlite3* db, const std::string& kind, const std::string& column) {
  const std::string what = "name index (" + kind + " ids)";
  exec_sql(db, ("INSERT INTO temp.rc_stage_dict (kind, value, id) SELECT kind, value, id FROM rc_dict WHERE kind = '" +
                kind + "'").c_str(), what);
  // The new values in name order, numbered after the largest id in use.
  exec_sql(db, ("INSERT INTO temp.rc_stage_dict (kind, value, id) "
                "SELECT '" + kind + "', value, (SELECT COALESCE(MAX(id), 0) FROM rc_dict WHERE kind = '" + kind +
                "') + ROW_NUMBER() OVER (ORDER BY value) FROM (SELECT DISTINCT p." + column + " AS value FROM places p "
                "WHERE p.fid IN (SELECT fid FROM temp.rc_stage_names) AND p." + column + " IS NOT NULL AND p." +
                column + " <> '' AND p." + column + " NOT IN (SELECT value FROM rc_dict WHERE kind = '" + kind + "'))")
                   .c_str(), what);
  exec_sql(db, ("INSERT INTO rc_dict (kind, id, value) SELECT kind, id, value FROM temp.rc_stage_dict WHERE kind = '" +
                kind + "' AND id NOT IN (SELECT id FROM rc_dict WHERE kind = '" + kind + "')").c_str(), what);
}

// One row per key and place, kept by OR IGNORE: the best (lowest) kind, then the spelling with its diacritics
// (more bytes under the same key), then the one staged first. The place's fields
// copied so a lookup reads one B-tree. "" and a name equal to the one before it are stored as NULL.
constexpr const char* kInsertNames = R"sql(
INSERT OR IGNORE INTO rc_names (key, fid, kind, name, place_name, ascii_name, lat_e7, lon_e7, country_code,
  admin1_code, admin1_name, admin2_code, feature_class, feature_code, population, prominence_e4, timezone_id,
  geonameid, source_id)
SELECT s.key, s.fid, s.kind, s.name,
  CASE WHEN p.name = s.name THEN NULL ELSE NULLIF(p.name, '') END,
  CASE WHEN p.asciiname = p.name THEN NULL ELSE NULLIF(p.asciiname, '') END,
  CAST(ROUND(p.lat * ?1) AS INTEGER), CAST(ROUND(p.lon * ?1) AS INTEGER),
  NULLIF(p.country_code, ''), NULLIF(p.admin1_code, ''), NULLIF(p.admin1_name, ''), NULLIF(p.admin2_code, ''),
  NULLIF(p.feature_class, ''), NULLIF(p.feature_code, ''), p.population, CAST(ROUND(p.prominence * ?2) AS INTEGER),
  tz.id, p.geonameid, src.id
FROM temp.rc_stage_names s JOIN places p ON p.fid = s.fid
LEFT JOIN temp.rc_stage_dict tz ON tz.kind = 'timezone' AND tz.value = p.timezone
LEFT JOIN temp.rc_stage_dict src ON src.kind = 'source' AND src.value = p.source
ORDER BY s.key, s.fid, s.kind, length(CAST(s.name AS BLOB)) DESC, s.rowid
)sql";

// Keys that enter the fuzzy index: names and ASCII names of every place, alternates of prominent ones.
constexpr const char* kFuzzyKeys = R"sql(
SELECT DISTINCT key FROM temp.rc_stage_names
WHERE length(key) >= ?1 AND (kind IN (?2, ?3) OR (kind = ?4 AND fid IN (SELECT fid FROM temp.rc_stage_fuzzy_fids)))
ORDER BY key
)sql";

bool is_ascii_text(const unsigned char* text, int bytes) {
  for (int i = 0; i < bytes; ++i)
    if (text[i] >= 0x80) return false;
  return true;
}

}  // namespace

void exec_sql(sqlite3* db, const char* sql, const std::string& what) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw InputError(what + ": " + text);
  }
}

SqlStatement::SqlStatement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
    throw InputError(std::string("name index: ") + sqlite3_errmsg(db));
}

SqlStatement::~SqlStatement() { sqlite3_finalize(stmt_); }

void SqlStatement::done() {
  const int rc = sqlite3_step(stmt_);
  sqlite3_reset(stmt_);
  if (rc != SQLITE_DONE) throw InputError(std::string("name index: ") + sqlite3_errmsg(db_));
}

bool SqlStatement::row() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  sqlite3_reset(stmt_);
  if (rc != SQLITE_DONE) throw InputError(std::string("name index: ") + sqlite3_errmsg(db_));
  return false;
}

NameIndexBuilder::NameIndexBuilder(sqlite3* db) : db_(db) {
  exec_sql(db, kStagingPragmas, "name index");
  exec_sql(db, kDropStaging, "name index");
  exec_sql(db, kCreateStaging, "name index");
  insert_name_ = std::make_unique<SqlStatement>(
      db, "INSERT INTO temp.rc_stage_names (key, fid, kind, name) VALUES (?1, ?2, ?3, ?4)");
  insert_fuzzy_fid_ = std::make_unique<SqlStatement>(db, "INSERT OR IGNORE INTO temp.rc_stage_fuzzy_fids (fid) VALUES (?1)");
}

NameIndexBuilder::~NameIndexBuilder() {
  insert_name_.reset();
  insert_fuzzy_fid_.reset();
  // The staging tables would vanish with the connection anyway; dropping them frees their disk now.
  sqlite3_exec(db_, kDropStaging, nullptr, nullptr, nullptr);
}

void NameIndexBuilder::add(std::int64_t fid, NameKind kind, std::string_view name) {
  if (name.empty()) return;
  const std::string key = name_key(name);
  if (key.empty()) return;
  sqlite3_stmt* st = insert_name_->get();
  sqlite3_bind_text(st, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
  sqlite3_bind_int64(st, 2, fid);
  sqlite3_bind_int(st, 3, static_cast<int>(kind));
  sqlite3_bind_text(st, 4, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
  insert_name_->done();
  ++staged_;
}

void NameIndexBuilder::fuzzy_alternates_for(std::int64_t fid) {
  sqlite3_bind_int64(insert_fuzzy_fid_->get(), 1, fid);
  insert_fuzzy_fid_->done();
}

std::pair<std::size_t, std::size_t> NameIndexBuilder::write(std::size_t min_fuzzy_key_length) {
  exec_sql(db_, schema::kCreateIndexTables, "name index");
  number_dictionary(db_, "timezone", "timezone");
  number_dictionary(db_, "source", "source");

  SqlStatement insert_names(db_, kInsertNames);
  sqlite3_bind_double(insert_names.get(), 1, schema::kDegreeUnitsPerDegree);
  sqlite3_bind_double(insert_names.get(), 2, schema::kProminenceUnits);
  insert_names.done();
  const auto name_rows = static_cast<std::size_t>(sqlite3_changes64(db_));

  // Each fuzzy key once in rc_fuzzy_keys (an import may meet keys the file already has), its deletion
  // hashes staged, then inserted in hash order.
  {
    SqlStatement keys(db_, kFuzzyKeys);
    sqlite3_bind_int64(keys.get(), 1, static_cast<sqlite3_int64>(min_fuzzy_key_length));
    sqlite3_bind_int(keys.get(), 2, static_cast<int>(NameKind::name));
    sqlite3_bind_int(keys.get(), 3, static_cast<int>(NameKind::ascii_name));
    sqlite3_bind_int(keys.get(), 4, static_cast<int>(NameKind::alternate));
    SqlStatement insert_key(db_, "INSERT OR IGNORE INTO rc_fuzzy_keys (key) VALUES (?1)");
    SqlStatement key_id(db_, "SELECT key_id FROM rc_fuzzy_keys WHERE key = ?1");
    SqlStatement stage_hash(db_, "INSERT INTO temp.rc_stage_fuzzy (del_hash, key_id) VALUES (?1, ?2)");
    while (keys.row()) {
      const auto* text = sqlite3_column_text(keys.get(), 0);
      const int bytes = sqlite3_column_bytes(keys.get(), 0);
      if (!is_ascii_text(text, bytes)) continue;
      const std::string key(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
      sqlite3_bind_text(insert_key.get(), 1, key.data(), bytes, SQLITE_STATIC);
      insert_key.done();
      std::int64_t id = 0;
      if (sqlite3_changes64(db_) == 1) {
        id = sqlite3_last_insert_rowid(db_);
      } else {
        sqlite3_bind_text(key_id.get(), 1, key.data(), bytes, SQLITE_STATIC);
        if (!key_id.row()) throw InputError("name index: fuzzy key '" + key + "' vanished");
        id = sqlite3_column_int64(key_id.get(), 0);
        sqlite3_reset(key_id.get());
      }
      for (std::int64_t hash : deletion_hashes(key)) {
        sqlite3_bind_int64(stage_hash.get(), 1, hash);
        sqlite3_bind_int64(stage_hash.get(), 2, id);
        stage_hash.done();
      }
    }
  }
  exec_sql(db_, "INSERT OR IGNORE INTO rc_fuzzy (del_hash, key_id) "
                "SELECT del_hash, key_id FROM temp.rc_stage_fuzzy ORDER BY del_hash, key_id",
           "name index");
  const auto fuzzy_rows = static_cast<std::size_t>(sqlite3_changes64(db_));
  return {name_rows, fuzzy_rows};
}

}  // namespace routecheck::gazetteer
