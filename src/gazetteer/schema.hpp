// The gazetteer file's layout, shared by the builder (GDAL module) and the reader.
// A GeoPackage: the `places` point layer (EPSG:4326) that QGIS opens, plus plain SQLite tables routecheck
// reads directly. rc_names maps a name key to its places and carries every field a candidate shows, so
// a lookup is one B-tree range scan: no join, no second seek per candidate. It is kept compact for that:
// coordinates in units of 1e-7 degree (1 cm), prominence in 1e-4, time zone and source as ids into
// rc_dict. rc_fuzzy maps deletion hashes to rc_fuzzy_keys; rc_meta holds versions and counts.
#pragma once

namespace routecheck::gazetteer::schema {

inline constexpr const char* kPlacesLayer = "places";
// Bump kVersion when the layout changes; the reader refuses other versions.
inline constexpr int kVersion = 4;  // 4: the countries layer
inline constexpr double kDegreeUnitsPerDegree = 1e7;
inline constexpr double kProminenceUnits = 1e4;

// How long a writer appending in place waits for readers to let go of the file, and a reader for an
// append in progress, before each says so and stops (milliseconds).
inline constexpr int kWriterWaitMs = 30000;
inline constexpr int kReaderWaitMs = 5000;

inline constexpr const char* kCreateIndexTables = R"sql(
CREATE TABLE IF NOT EXISTS rc_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rc_dict (kind TEXT NOT NULL, id INTEGER NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (kind, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rc_names (
  key TEXT NOT NULL, fid INTEGER NOT NULL, kind INTEGER NOT NULL,
  name TEXT NOT NULL,     -- the name under this key, as the source wrote it
  place_name TEXT,        -- NULL: same as name
  ascii_name TEXT,        -- NULL: same as place_name
  lat_e7 INTEGER NOT NULL, lon_e7 INTEGER NOT NULL, country_code TEXT, admin1_code TEXT, admin1_name TEXT,
  admin2_code TEXT, feature_class TEXT, feature_code TEXT, population INTEGER, prominence_e4 INTEGER NOT NULL,
  timezone_id INTEGER, geonameid INTEGER, source_id INTEGER NOT NULL,
  PRIMARY KEY (key, fid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rc_fuzzy_keys (key_id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS rc_fuzzy (
  del_hash INTEGER NOT NULL, key_id INTEGER NOT NULL, PRIMARY KEY (del_hash, key_id)) WITHOUT ROWID;
-- Capitals ("the Russian capital"): a partial index of a few hundred rows, so that reading them does
-- not scan rc_names (85 MB, every page of it mapped into the reader). A file made before it still
-- works, by that scan; the layout is otherwise unchanged, so the version stays.
CREATE INDEX IF NOT EXISTS rc_names_capitals ON rc_names (country_code) WHERE feature_code = 'PPLC' AND kind = 0;
)sql";

}  // namespace routecheck::gazetteer::schema
