// The countries under a route and a country's land border, from the gazetteer's outlines (no GDAL):
// what check, article and the layers report as "countries" and what "to the Polish border" ends at.
#pragma once
#include <optional>
#include <string>

#include "layers/country_outlines.hpp"
#include "routes/borders.hpp"
#include "routes/route.hpp"

namespace routecheck::layers {

// Where the route's legs cross borders, and the countries they pass through (the legs densified every
// 10 km, each crossing bisected to ~40 m).
routes::RouteCountries find_borders(const CountryOutlines& outlines, const routes::Route& route);
// routes::BorderLocator's question: the vertex of the country's land borders (vertices it shares with a
// neighbour's outline: the world-atlas topology shares them exactly) geodesically nearest the point, given
// 10 m towards the point; nullopt for a country with no outline or no land border.
std::optional<routes::BorderPoint> nearest_land_border(const CountryOutlines& outlines, const std::string& country_code,
                                                       double lat_deg, double lon_deg);
// Whether the country shares a land border, asked of the country tiles: a point a little beyond each of its
// outline's vertices, away from the outline's middle, lies in another country somewhere along a land border
// and at sea all round an island state. Parses only the country's own outline (the neighbours' searched by
// nearest_land_border were Russia's and China's for North Korea: 10 ms a story); without tiles, that search.
bool has_land_border(const CountryOutlines& outlines, const std::string& country_code);
// routes::BorderLocator's other question: the geodesic distance from the point to the country's farthest
// outline vertex; nullopt for a country with no outline, or as soon as one vertex lies farther than max_m.
std::optional<double> outline_reach_m(const CountryOutlines& outlines, const std::string& country_code, double lat_deg,
                                      double lon_deg, double max_m);
// routes::BorderLocator's island_reach_m: the farthest vertex of the part of the country's outline (an
// island) the point lies in; nullopt where it lies in none, or that part reaches farther than max_m.
std::optional<double> island_reach_m(const CountryOutlines& outlines, const std::string& country_code, double lat_deg,
                                     double lon_deg, double max_m);
// routes::BorderLocator's near_sea: a point at sea (in no country's outline) among those at within_m and
// half of it from the point on 16 bearings. Requires the outlines' tiles (false without them).
bool near_sea(const CountryOutlines& outlines, double lat_deg, double lon_deg, double within_m);
// routes::BorderLocator's line_at_sea: the geodesic sampled every 2 km (at least 16 points) between the two
// skips (from the first point, from the second), at most max_land_share of the points in a country's
// outline (islands on the way). Requires the outlines' tiles (false without them).
bool line_at_sea(const CountryOutlines& outlines, double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg,
                 double skip_from_m, double skip_to_m, double max_land_share);

}  // namespace routecheck::layers
