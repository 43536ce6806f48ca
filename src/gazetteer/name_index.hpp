// Writes a gazetteer's name index (rc_names) and fuzzy index (rc_fuzzy) for places already in its
// places layer. Shared by `gazetteer build` and `gazetteer import`.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/place.hpp"

namespace routecheck::gazetteer {

class NameIndexBuilder {
 public:
  // Adds one name of a place; the key is computed here. Empty names and keys are skipped.
  void add(std::int64_t fid, NameKind kind, std::string_view name);
  // Marks a place whose ASCII alternate names also enter the fuzzy index (prominent places).
  void fuzzy_alternates_for(std::int64_t fid) { fuzzy_alternates_.push_back(fid); }
  std::size_t size() const { return entries_.size(); }

  // Sorts, removes duplicates (one row per key and place, best kind kept), and inserts both tables
  // into an open database inside the caller's transaction; `place_of` gives each fid's ranking fields.
  // Returns {names rows, fuzzy rows}.
  std::pair<std::size_t, std::size_t> write(sqlite3* db, std::size_t min_fuzzy_key_length,
                                            const std::function<const Place&(std::int64_t fid)>& place_of);

 private:
  struct Entry {
    std::string key;
    std::int64_t fid;
    NameKind kind;
    std::string name;
  };
  std::vector<Entry> entries_;
  std::vector<std::int64_t> fuzzy_alternates_;
};

// Runs SQL and throws InputError naming `what` on failure.
void exec_sql(sqlite3* db, const char* sql, const std::string& what);

}  // namespace routecheck::gazetteer
