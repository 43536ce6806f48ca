// The gazetteer file's layout, shared by the builder (GDAL module) and the reader.
// A GeoPackage: the `places` point layer (EPSG:4326) that QGIS opens, plus three plain SQLite tables
// routecheck reads directly: rc_names (name key -> place), rc_fuzzy (deletion hash -> name key), rc_meta.
#pragma once

namespace routecheck::gazetteer::schema {

inline constexpr const char* kPlacesLayer = "places";
inline constexpr int kVersion = 1;  // bump when the layout changes; the reader refuses other versions

inline constexpr const char* kCreateIndexTables = R"sql(
CREATE TABLE IF NOT EXISTS rc_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rc_names (
  key TEXT NOT NULL, fid INTEGER NOT NULL, kind INTEGER NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (key, fid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rc_fuzzy (
  del_hash INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (del_hash, key)) WITHOUT ROWID;
)sql";

}  // namespace routecheck::gazetteer::schema
