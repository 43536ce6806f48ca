// Name and fuzzy index construction: rows are sorted before insertion so SQLite appends to its
// B-trees in order, which keeps a 1.3-million-row build to a few seconds.
#include "gazetteer/name_index.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "core/error.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/name_key.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {

void exec_sql(sqlite3* db, const char* sql, const std::string& what) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw InputError(what + ": " + text);
  }
}

void NameIndexBuilder::add(std::int64_t fid, NameKind kind, std::string_view name) {
  if (name.empty()) return;
  std::string key = name_key(name);
  if (key.empty()) return;
  entries_.push_back({std::move(key), fid, kind, std::string(name)});
}

namespace {

struct Statement {
  sqlite3_stmt* stmt = nullptr;
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
      throw InputError(std::string("name index: ") + sqlite3_errmsg(db));
  }
  ~Statement() { sqlite3_finalize(stmt); }
  void done(sqlite3* db) {
    if (sqlite3_step(stmt) != SQLITE_DONE) throw InputError(std::string("name index: ") + sqlite3_errmsg(db));
    sqlite3_reset(stmt);
  }
};

// Ids for the few distinct values of a column (time zones, sources), kept in rc_dict. Starts from
// what the file already holds, so an import appends to the same numbering.
class Dictionary {
 public:
  Dictionary(sqlite3* db, std::string kind) : db_(db), kind_(std::move(kind)) {
    Statement read(db, "SELECT id, value FROM rc_dict WHERE kind = ?1");
    sqlite3_bind_text(read.stmt, 1, kind_.c_str(), -1, SQLITE_STATIC);
    while (sqlite3_step(read.stmt) == SQLITE_ROW) {
      const std::int64_t id = sqlite3_column_int64(read.stmt, 0);
      ids_[reinterpret_cast<const char*>(sqlite3_column_text(read.stmt, 1))] = id;
      next_ = std::max(next_, id + 1);
    }
  }
  std::int64_t id(const std::string& value) {
    auto it = ids_.find(value);
    if (it != ids_.end()) return it->second;
    Statement insert(db_, "INSERT INTO rc_dict (kind, id, value) VALUES (?1, ?2, ?3)");
    sqlite3_bind_text(insert.stmt, 1, kind_.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert.stmt, 2, next_);
    sqlite3_bind_text(insert.stmt, 3, value.c_str(), -1, SQLITE_STATIC);
    insert.done(db_);
    ids_[value] = next_;
    return next_++;
  }

 private:
  sqlite3* db_;
  std::string kind_;
  std::unordered_map<std::string, std::int64_t> ids_;
  std::int64_t next_ = 1;
};

}  // namespace

std::pair<std::size_t, std::size_t> NameIndexBuilder::write(
    sqlite3* db, std::size_t min_fuzzy_key_length, const std::function<const Place&(std::int64_t fid)>& place_of) {
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.fid != b.fid) return a.fid < b.fid;
    return a.kind < b.kind;
  });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const Entry& a, const Entry& b) { return a.key == b.key && a.fid == b.fid; }),
                 entries_.end());
  std::sort(fuzzy_alternates_.begin(), fuzzy_alternates_.end());

  Dictionary timezones(db, "timezone"), sources(db, "source");
  Statement insert_name(db,
                        "INSERT OR REPLACE INTO rc_names (key, fid, kind, name, place_name, ascii_name, lat_e7, lon_e7, "
                        "country_code, admin1_code, admin1_name, admin2_code, feature_class, feature_code, population, "
                        "prominence_e4, timezone_id, geonameid, source_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
  sqlite3_stmt* st = insert_name.stmt;
  // SQLITE_TRANSIENT: callers pass temporaries ("" for "same as"), which die before the step.
  auto bind_text = [st](int i, const std::string& text) {
    if (text.empty()) sqlite3_bind_null(st, i);
    else sqlite3_bind_text(st, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  };
  auto bind_optional = [st](int i, const std::optional<std::int64_t>& value) {
    if (value) sqlite3_bind_int64(st, i, *value);
    else sqlite3_bind_null(st, i);
  };
  std::vector<std::pair<std::int64_t, const std::string*>> fuzzy_rows;
  for (const Entry& e : entries_) {
    const Place& p = place_of(e.fid);
    sqlite3_bind_text(st, 1, e.key.data(), static_cast<int>(e.key.size()), SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, e.fid);
    sqlite3_bind_int(st, 3, static_cast<int>(e.kind));
    sqlite3_bind_text(st, 4, e.name.data(), static_cast<int>(e.name.size()), SQLITE_STATIC);
    bind_text(5, p.name == e.name ? std::string() : p.name);
    bind_text(6, p.ascii_name == p.name ? std::string() : p.ascii_name);
    sqlite3_bind_int64(st, 7, std::llround(p.lat_deg * schema::kDegreeUnitsPerDegree));
    sqlite3_bind_int64(st, 8, std::llround(p.lon_deg * schema::kDegreeUnitsPerDegree));
    bind_text(9, p.country_code);
    bind_text(10, p.admin1_code);
    bind_text(11, p.admin1_name);
    bind_text(12, p.admin2_code);
    bind_text(13, p.feature_class);
    bind_text(14, p.feature_code);
    bind_optional(15, p.population);
    sqlite3_bind_int64(st, 16, std::llround(p.prominence * schema::kProminenceUnits));
    bind_optional(17, p.timezone.empty() ? std::nullopt : std::optional<std::int64_t>(timezones.id(p.timezone)));
    bind_optional(18, p.geonameid);
    sqlite3_bind_int64(st, 19, sources.id(p.source));
    insert_name.done(db);

    const bool fuzzy_kind = e.kind == NameKind::name || e.kind == NameKind::ascii_name ||
                            (e.kind == NameKind::alternate &&
                             std::binary_search(fuzzy_alternates_.begin(), fuzzy_alternates_.end(), e.fid));
    if (fuzzy_kind && is_ascii(e.key) && e.key.size() >= min_fuzzy_key_length)
      for (std::int64_t h : deletion_hashes(e.key)) fuzzy_rows.emplace_back(h, &e.key);
  }
  std::sort(fuzzy_rows.begin(), fuzzy_rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  fuzzy_rows.erase(std::unique(fuzzy_rows.begin(), fuzzy_rows.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first && *a.second == *b.second; }),
                   fuzzy_rows.end());
  // Each distinct key once in rc_fuzzy_keys (an import may meet keys the file already has).
  Statement insert_key(db, "INSERT OR IGNORE INTO rc_fuzzy_keys (key) VALUES (?1)");
  Statement key_id(db, "SELECT key_id FROM rc_fuzzy_keys WHERE key = ?1");
  std::unordered_map<std::string_view, std::int64_t> ids;
  for (const auto& [hash, key] : fuzzy_rows) {
    if (ids.count(*key)) continue;
    sqlite3_bind_text(insert_key.stmt, 1, key->data(), static_cast<int>(key->size()), SQLITE_STATIC);
    insert_key.done(db);
    sqlite3_bind_text(key_id.stmt, 1, key->data(), static_cast<int>(key->size()), SQLITE_STATIC);
    if (sqlite3_step(key_id.stmt) != SQLITE_ROW) throw InputError(std::string("name index: ") + sqlite3_errmsg(db));
    ids.emplace(*key, sqlite3_column_int64(key_id.stmt, 0));
    sqlite3_reset(key_id.stmt);
  }
  Statement insert_fuzzy(db, "INSERT OR IGNORE INTO rc_fuzzy (del_hash, key_id) VALUES (?1, ?2)");
  for (const auto& [hash, key] : fuzzy_rows) {
    sqlite3_bind_int64(insert_fuzzy.stmt, 1, hash);
    sqlite3_bind_int64(insert_fuzzy.stmt, 2, ids.at(*key));
    insert_fuzzy.done(db);
  }
  return {entries_.size(), fuzzy_rows.size()};
}

}  // namespace routecheck::gazetteer
