// SQLite side of gazetteer writing: index tables and metadata next to GDAL's places layer.
#include "gazetteer/gazetteer_file.hpp"

#include <sqlite3.h>

#include <chrono>
#include <ctime>

#include "core/error.hpp"
#include "gazetteer/name_index.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {
namespace {

struct Sqlite {
  sqlite3* db = nullptr;
  explicit Sqlite(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
      throw InputError("gazetteer '" + path + "': " + sqlite3_errmsg(db));
  }
  ~Sqlite() { sqlite3_close(db); }
};

void set_meta(sqlite3* db, const std::string& key, const std::string& value) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO rc_meta (key, value) VALUES (?1, ?2)", -1, &stmt, nullptr);
  sqlite3_bind_text(stmt, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, value.c_str(), -1, SQLITE_TRANSIENT);
  const int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) throw InputError(std::string("gazetteer metadata: ") + sqlite3_errmsg(db));
}

}  // namespace

std::string utc_now_iso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

void write_index_and_meta(sqlite3* db, NameIndexBuilder& names, const Ranking& ranking,
                          const std::map<std::string, std::string>& meta, BuildReport& report,
                          const Progress& progress) {
  if (progress) progress("indexing names", names.size(), names.size());
  auto [name_rows, fuzzy_rows] = names.write(static_cast<std::size_t>(ranking.value("fuzzy.min_key_length")));
  report.name_rows = name_rows;
  report.fuzzy_rows = fuzzy_rows;
  for (const auto& [key, value] : meta) set_meta(db, key, value);
  set_meta(db, "schema_version", std::to_string(schema::kVersion));
  // A sampled ANALYZE: seconds at any size, enough for the planner's few choices.
  exec_sql(db, "PRAGMA analysis_limit = 1000; ANALYZE;", "gazetteer statistics");
}

void finish_file(const std::string& path, const std::map<std::string, std::string>& more_meta, bool compact) {
  Sqlite sql(path);
  const std::string what = "gazetteer '" + path + "'";
  exec_sql(sql.db, "BEGIN", what);
  for (const auto& [key, value] : more_meta) set_meta(sql.db, key, value);
  exec_sql(sql.db, "COMMIT", what);
  // VACUUM rewrites the file in key order: 192 -> 176 MB for the main gazetteer, in about a second.
  // The file is a temporary renamed into place at the end: no journal needed for crash safety.
  if (compact) exec_sql(sql.db, "PRAGMA journal_mode = OFF; VACUUM;", what);
}

std::map<std::string, std::string> read_meta(const std::string& path) {
  Sqlite sql(path);
  std::map<std::string, std::string> out;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(sql.db, "SELECT key, value FROM rc_meta", -1, &stmt, nullptr) != SQLITE_OK)
    throw InputError("gazetteer '" + path + "': not a routecheck gazetteer");
  while (sqlite3_step(stmt) == SQLITE_ROW)
    out[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))] =
        reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
  sqlite3_finalize(stmt);
  return out;
}

}  // namespace routecheck::gazetteer
