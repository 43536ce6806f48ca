// Writes a gazetteer's name index (rc_names) and fuzzy index (rc_fuzzy) for places in its places layer.
// Shared by `gazetteer build` and `gazetteer import`. Names are staged in temporary SQLite tables and
// sorted by SQLite's external sorter, so memory stays bounded whatever the number of places.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "gazetteer/place.hpp"

namespace routecheck::gazetteer {

// A prepared statement, finalized when it goes; done()/row() throw InputError naming the index on failure.
class SqlStatement {
 public:
  SqlStatement(sqlite3* db, const char* sql);
  ~SqlStatement();
  SqlStatement(const SqlStatement&) = delete;
  SqlStatement& operator=(const SqlStatement&) = delete;
  sqlite3_stmt* get() const { return stmt_; }
  // Steps a statement that returns no rows, then resets it for the next bindings.
  void done();
  // Steps once: true on a row, false when there are no more (and resets).
  bool row();

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class NameIndexBuilder {
 public:
  // Stages into temporary tables of `db`: the connection that writes the places layer, so the index
  // joins the places in the same transaction.
  explicit NameIndexBuilder(sqlite3* db);
  ~NameIndexBuilder();
  NameIndexBuilder(const NameIndexBuilder&) = delete;
  NameIndexBuilder& operator=(const NameIndexBuilder&) = delete;

  // Adds one name of a place; the key is computed here. Empty names and keys are skipped.
  void add(std::int64_t fid, NameKind kind, std::string_view name);
  // Marks a place whose ASCII alternate names also enter the fuzzy index (prominent places).
  void fuzzy_alternates_for(std::int64_t fid);
  std::size_t size() const { return staged_; }

  // Inserts both tables from the staged names joined with the places layer (one row per key and
  // place, best kind kept), inside the caller's transaction. Returns {names rows, fuzzy rows} added.
  std::pair<std::size_t, std::size_t> write(std::size_t min_fuzzy_key_length);

 private:
  sqlite3* db_;
  std::unique_ptr<SqlStatement> insert_name_, insert_fuzzy_fid_;
  std::size_t staged_ = 0;
};

// Runs SQL and throws InputError naming `what` on failure.
void exec_sql(sqlite3* db, const char* sql, const std::string& what);

}  // namespace routecheck::gazetteer
