// Finishing a gazetteer file after its places layer is written: name and fuzzy indexes, metadata.
#pragma once
#include <map>
#include <string>

#include "gazetteer/builder.hpp"
#include "gazetteer/name_index.hpp"
#include "gazetteer/ranking.hpp"

namespace routecheck::gazetteer {

// Adds names and metadata to the GeoPackage at `path` in one transaction; fills the report's row counts.
void write_index_and_meta(const std::string& path, NameIndexBuilder& names, const Ranking& ranking,
                          const std::function<const Place&(std::int64_t fid)>& place_of,
                          const std::map<std::string, std::string>& meta, BuildReport& report,
                          const Progress& progress);

// Reads rc_meta of a gazetteer file opened for writing ("" when absent).
std::map<std::string, std::string> read_meta(const std::string& path);

std::string utc_now_iso8601();

}  // namespace routecheck::gazetteer
