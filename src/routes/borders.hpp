// Where a route crosses national borders, and the countries it passes through. Computed from Natural
// Earth outlines by the GDAL module (layers/borders.cpp); a plain result here so reports can print it.
#pragma once
#include <string>
#include <vector>

namespace routecheck::routes {

struct BorderCrossing {
  double lat_deg = 0, lon_deg = 0;
  std::string from_country, to_country;  // ISO alpha-2 (empty: not in any country, e.g. at sea)
  std::string from_name, to_name;
  std::size_t leg = 0;           // index into Route::legs
  double km_from_start = 0;      // along the geodesic legs
};

struct RouteCountries {
  std::vector<BorderCrossing> crossings;  // land borders only: one country straight into another
  std::vector<std::string> traversed;     // names in order; "(sea)" where the line leaves land
};

}  // namespace routecheck::routes
