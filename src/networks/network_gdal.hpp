// The GDAL side of networks: reading any line layer (GeoPackage, GeoJSON, Shapefile, FlatGeobuf, in any
// CRS, through PROJ) into network parts, and writing a network cache file, a GeoPackage QGIS opens
// (nodes, edges with length and attributes, stations, passages) that load_network reads back.
#pragma once
#include <map>
#include <string>

#include "networks/network_parts.hpp"

namespace routecheck::networks {

struct NetworkBuildOptions {
  std::string input;    // OpenStreetMap (.osm, .osm.gz, .osm.bz2, .osm.pbf) or a GDAL line layer
  std::string profile;  // rail, road, sea
  std::string out;      // the cache file to write (temporary file, then rename)
};

struct NetworkBuildReport {
  std::size_t nodes = 0, edges = 0, stations = 0, passages = 0;
  std::size_t ways_read = 0, ways_skipped = 0, segments_missing_nodes = 0;
  ComponentSummary components;
  double seconds = 0;
};

// Whether the path names an OpenStreetMap file (read through libosmium) by its suffix.
bool is_osm_file(const std::string& path);

// Lines of a GDAL vector dataset: every line layer, reprojected to WGS84; the profile's attributes from
// fields of the same names as OSM's tags (gauge, maxspeed, oneway, name, railway, highway, route).
NetworkParts read_line_layers(const std::string& path, const NetworkProfile& profile);

// Reads the input, adds the sea's passages for the sea profile, writes the cache file.
NetworkBuildReport build_network(const NetworkBuildOptions& options);

void write_network_file(const NetworkParts& parts, const std::string& path,
                        const std::map<std::string, std::string>& meta);

}  // namespace routecheck::networks
