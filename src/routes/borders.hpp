// Where a route crosses national borders, and the countries it passes through. Computed from Natural
// Earth outlines (layers/borders.cpp); a plain result here so reports can print it.
#pragma once
#include <optional>
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

// GeoNames' feature code for a border post: what a trip "to the Polish border" ends at (extent 0,
// geodata/extents.tsv).
inline constexpr const char* kBorderPointCode = "PSTB";

// A point of a country's land border: where a trip "to the Polish border" ends.
struct BorderPoint {
  double lat_deg = 0, lon_deg = 0;
};

// Finds a country's land border (the part of its outline it shares with another country, not its coast).
// The article reader asks through this interface; the pipeline answers from the gazetteer's outlines.
class BorderLocator {
 public:
  virtual ~BorderLocator() = default;
  // The point of the land borders of `country_code` (ISO alpha-2) nearest to (lat_deg, lon_deg), or nullopt
  // when the country has no land border (an island state) or no outline.
  virtual std::optional<BorderPoint> nearest_land_border(const std::string& country_code, double lat_deg,
                                                         double lon_deg) const = 0;
  // How far the outline of `country_code` reaches from (lat_deg, lon_deg), its point in the gazetteer: the
  // geodesic distance to its farthest vertex, so a trip from anywhere in it starts within that radius.
  // nullopt when the country has no outline or reaches farther than `max_m` (a large country stays an area).
  virtual std::optional<double> outline_reach_m(const std::string& country_code, double lat_deg, double lon_deg,
                                                double max_m) const = 0;
  // Whether the country shares a land border with another (an island state does not). By default the
  // nearest land border's search; a locator may answer more cheaply.
  virtual bool has_land_border(const std::string& country_code, double lat_deg, double lon_deg) const {
    return nearest_land_border(country_code, lat_deg, lon_deg).has_value();
  }
  // The countries (ISO alpha-2) the geodesic between two points passes over, ends included; empty when the
  // locator has no outlines. By default none: a locator without outlines places nothing on a line.
  virtual std::vector<std::string> countries_under_line(double /*lat1_deg*/, double /*lon1_deg*/, double /*lat2_deg*/,
                                                        double /*lon2_deg*/) const {
    return {};
  }
  // How far the island a point lies on reaches from it: the part of `country_code`'s outline holding the
  // point, its farthest vertex. nullopt when the locator has no outlines, the point lies in no part, or
  // the part reaches farther than `max_m`.
  virtual std::optional<double> island_reach_m(const std::string& /*country_code*/, double /*lat_deg*/, double /*lon_deg*/,
                                               double /*max_m*/) const {
    return std::nullopt;
  }
  // Whether the sea lies within `within_m` of the point: a coastal place, a port whatever network passes
  // it. False when the locator has no outlines.
  virtual bool near_sea(double /*lat_deg*/, double /*lon_deg*/, double /*within_m*/) const { return false; }
  // Whether the geodesic between two points lies at sea once the skips are left off its ends (a port's
  // own coast, an island's own land), but for at most `max_land_share` of it (islands a ship passes
  // between): a crossing a ship can make about as straight. False when the locator has no outlines or the
  // line is no longer than the two skips.
  virtual bool line_at_sea(double /*lat1_deg*/, double /*lon1_deg*/, double /*lat2_deg*/, double /*lon2_deg*/,
                           double /*skip_from_m*/, double /*skip_to_m*/, double /*max_land_share*/) const {
    return false;
  }
};

struct RouteCountries {
  std::vector<BorderCrossing> crossings;  // land borders only: one country straight into another
  std::vector<std::string> traversed;     // names in order; "(sea)" where the line leaves land
  std::vector<std::string> codes;         // ISO alpha-2 of each country under the line, in the order first met
};

}  // namespace routecheck::routes
