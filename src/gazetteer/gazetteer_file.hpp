// Finishing a gazetteer file after its places layer is written: name and fuzzy indexes, metadata.
#pragma once
#include <map>
#include <string>

#include "gazetteer/builder.hpp"
#include "gazetteer/name_index.hpp"
#include "gazetteer/ranking.hpp"

namespace routecheck::gazetteer {

// Adds the staged names and the metadata through `db`, the places writer's connection, inside its
// transaction; fills the report's row counts.
void write_index_and_meta(sqlite3* db, NameIndexBuilder& names, const Ranking& ranking,
                          const std::map<std::string, std::string>& meta, BuildReport& report,
                          const Progress& progress);

// For a file just made, after the places writer has committed: more metadata, and with `compact` a
// VACUUM that rewrites it in key order (never for an append in place: it would copy the whole file).
void finish_file(const std::string& path, const std::map<std::string, std::string>& more_meta, bool compact);

// Reads rc_meta of a gazetteer file opened for writing ("" when absent).
std::map<std::string, std::string> read_meta(const std::string& path);

std::string utc_now_iso8601();

}  // namespace routecheck::gazetteer
