// The gazetteer's `countries` polygon layer: Natural Earth country outlines (world-atlas TopoJSON, read
// with GDAL's TopoJSON driver), keyed by ISO 3166-1 alpha-2, for border crossings and map outlines.
#pragma once
#include <map>
#include <memory>
#include <string>

class OGRMultiPolygon;

namespace routecheck::gazetteer {

inline constexpr const char* kCountriesLayer = "countries";

// Natural Earth's outlines at its three scales, a layer each. The 1:10m one (`countries`) answers border
// questions and draws maps of a region; the coarser two draw maps of a continent or of the world, where
// the 1:10m coasts would cost a page most of its time and size for detail finer than a pixel.
struct CountriesScale {
  const char* layer;        // in the gazetteer
  const char* topojson;     // in world-atlas
  const char* scale;        // as Natural Earth names it, for a map's credits
  const char* description;  // the layer's description in the GeoPackage catalogue
};
inline constexpr CountriesScale kCountriesScales[] = {
    {kCountriesLayer, "countries-10m.json", "1:10m", "Natural Earth 1:10m country outlines (world-atlas)"},
    {"countries_50m", "countries-50m.json", "1:50m", "Natural Earth 1:50m country outlines (world-atlas), for maps of a continent"},
    {"countries_110m", "countries-110m.json", "1:110m", "Natural Earth 1:110m country outlines (world-atlas), for maps of the world"},
};

// Adds one scale's layer to an existing GeoPackage. `alpha2_by_numeric` maps ISO numeric codes ("408")
// to alpha-2 ("KP"). Returns the number of countries written.
std::size_t write_countries_layer(const std::string& gpkg_path, const std::string& topojson_path,
                                  const std::map<std::string, std::string>& alpha2_by_numeric,
                                  const CountriesScale& scale = kCountriesScales[0]);

// A country's polygons with every one that crosses ±180 (its rings jump from 180 to -180) cut there into
// pieces within [-180, 180]; rings round a pole (Antarctica) are kept as they are.
std::unique_ptr<OGRMultiPolygon> split_at_antimeridian(const OGRMultiPolygon& country);

}  // namespace routecheck::gazetteer
