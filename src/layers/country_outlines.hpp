// The gazetteer's country outlines (its `countries` layer: Natural Earth, split at ±180 when built) read
// straight from the GeoPackage with SQLite and held as Boost.Geometry polygons. Border crossings and the
// nearest land border need only "which country is this point in" and the outlines' vertices; loading the
// GDAL module for that cost ~40 ms of dynamic linking a process, against a 30 ms budget for a whole story.
#pragma once
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gazetteer/countries_layer.hpp"

namespace routecheck::layers {

using OutlinePoint = boost::geometry::model::d2::point_xy<double>;  // x: longitude, y: latitude, degrees
using OutlinePolygon = boost::geometry::model::polygon<OutlinePoint>;
using OutlineBox = boost::geometry::model::box<OutlinePoint>;

// A large polygon's edges in an R-tree, for point-in-polygon tests that look at the few edges level with the
// point instead of every edge (a country's outline at 1:10m has up to tens of thousands).
class EdgeIndex;

// A country as a border check names it.
struct CountryLabel {
  std::string iso_a2, name;
};

struct CountryOutline : CountryLabel {
  CountryOutline();
  ~CountryOutline();
  std::vector<OutlinePolygon> parts;  // each with its bounding box in part_boxes
  std::vector<OutlineBox> part_boxes;
  OutlineBox box;
  mutable std::vector<std::unique_ptr<EdgeIndex>> part_edges;  // built on a large part's first test

  // Whether the point lies inside (not on the boundary, as GEOS's Contains), longitude in [-180, 180].
  bool contains(double lon_deg, double lat_deg) const { return part_containing(lon_deg, lat_deg).has_value(); }
  // The part (an island, a mainland) the point lies inside, or nullopt.
  std::optional<std::size_t> part_containing(double lon_deg, double lat_deg) const;
  // Every vertex of every ring, as (longitude, latitude).
  template <typename F>
  void for_each_vertex(const F& visit) const {
    for (const OutlinePolygon& p : parts) {
      for (const OutlinePoint& v : p.outer()) visit(v.x(), v.y());
      for (const auto& ring : p.inners())
        for (const OutlinePoint& v : ring) visit(v.x(), v.y());
    }
  }
};

// One gazetteer's outlines, read on demand and kept: each outline is parsed once, the first time a box
// asks for it. Not for concurrent use (one per thread, or behind the caller's lock, as the Checker does).
class CountryOutlines {
 public:
  // Opens the gazetteer's outline layer (by default the 1:10m `countries`) read-only. Throws InputError
  // naming the path when it cannot be opened or has no such layer (a user's own gazetteer may have none).
  explicit CountryOutlines(const std::string& gazetteer_path, const std::string& layer = gazetteer::kCountriesLayer);
  // The same, or nullptr when the file has no such layer (a gazetteer built before the layer was added).
  static std::unique_ptr<CountryOutlines> open_if_present(const std::string& gazetteer_path, const std::string& layer);
  ~CountryOutlines();
  CountryOutlines(const CountryOutlines&) = delete;
  CountryOutlines& operator=(const CountryOutlines&) = delete;

  // The outlines whose bounding box meets the box (degrees; longitudes within [-180, 180]), through the
  // layer's R-tree where the file has one.
  std::vector<const CountryOutline*> in_box(double min_lon_deg, double min_lat_deg, double max_lon_deg,
                                            double max_lat_deg) const;
  // A country's outline by ISO 3166-1 alpha-2 code; nullptr when the layer has none.
  const CountryOutline* by_code(const std::string& iso_a2) const;
  // The southernmost and northernmost latitude of the country's outline (degrees), from the file's spatial
  // index, no geometry parsed; nullopt with no such country or no index.
  std::optional<std::pair<double, double>> latitude_span(const std::string& iso_a2) const;

  // Whether the file has the outlines cut into tiles (gazetteer/country_tiles.hpp; gazetteers built since
  // 2026-12-06, for the 1:10m layer only).
  bool has_tiles() const;
  // The country a point lies in, from the tiles (only the tile under the point is read); nullptr at sea.
  // Longitude within [-180, 180]. Where two outlines overlap, the one first in the layer, as in_box orders
  // them. Requires has_tiles().
  const CountryLabel* country_at(double lon_deg, double lat_deg) const;

 private:
  struct Impl;
  CountryOutlines(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace routecheck::layers
