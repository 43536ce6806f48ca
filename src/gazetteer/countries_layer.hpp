// The gazetteer's `countries` polygon layer: Natural Earth country outlines (world-atlas TopoJSON, read
// with GDAL's TopoJSON driver), keyed by ISO 3166-1 alpha-2, for border crossings and map outlines.
#pragma once
#include <map>
#include <memory>
#include <string>

class OGRMultiPolygon;

namespace routecheck::gazetteer {

inline constexpr const char* kCountriesLayer = "countries";

// Adds the layer to an existing GeoPackage. `alpha2_by_numeric` maps ISO numeric codes ("408") to
// alpha-2 ("KP"). Returns the number of countries written.
std::size_t write_countries_layer(const std::string& gpkg_path, const std::string& topojson_path,
                                  const std::map<std::string, std::string>& alpha2_by_numeric);

// A country's polygons with every one that crosses ±180 (its rings jump from 180 to -180) cut there into
// pieces within [-180, 180]; rings round a pole (Antarctica) are kept as they are.
std::unique_ptr<OGRMultiPolygon> split_at_antimeridian(const OGRMultiPolygon& country);

}  // namespace routecheck::gazetteer
