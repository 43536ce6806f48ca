// The 1:10m country outlines cut into 5-degree tiles, for "which country is this point in" without reading
// a whole outline: Russia's alone is 37,000 vertices, and parsing the outlines near a trip cost a story a
// third of its time. A tile keeps, for each country, the runs of the outline's edges that meet it and
// whether one reference point of the tile lies inside; a point's answer is that, flipped once for each
// edge crossed on the way from the reference point (even-odd rule, the same as a ray to infinity).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routecheck::gazetteer {

inline constexpr const char* kCountryTilesTable = "rc_country_tiles";  // (country_fid, tile, reference_inside, runs)
inline constexpr const char* kCountryNamesTable = "rc_country_names";  // (country_fid, iso_a2, name)
inline constexpr double kCountryTileDeg = 5;
inline constexpr int kCountryTileColumns = 72, kCountryTileRows = 36;  // 360 and 180 degrees
// Vertices are kept in whole 1e-7 degrees (about 1 cm): the same rounding everywhere, so the tiles and the
// reference points' answers are worked out on one and the same polygon.
inline constexpr double kTileUnitsPerDegree = 1e7;

struct TileVertex {
  std::int32_t lon, lat;  // 1e-7 degrees
};
using TileRun = std::vector<TileVertex>;  // consecutive vertices of one ring: each edge between two of them

// A vertex in tile units, rounded to nearest.
TileVertex tile_vertex(double lon_deg, double lat_deg);

// The tile holding a point (longitude within [-180, 180]; the last row and column hold their far edges).
int country_tile(double lon_deg, double lat_deg);
// A tile's bounds in degrees and its reference point: off the 1e-7 grid, so no vertex lies level with it
// in either direction.
struct TileBounds {
  double min_lon_deg, min_lat_deg, max_lon_deg, max_lat_deg;
};
TileBounds country_tile_bounds(int tile);
struct TilePoint {
  double lon_deg, lat_deg;
};
TilePoint country_tile_reference(int tile);

// One country's part of a tile.
struct CountryTile {
  bool reference_inside = false;
  std::vector<TileRun> runs;  // every edge of the outline whose box meets the tile's (bounds included)
};

// Whether the point, which must lie in `tile`, is inside the country (even-odd over all its rings).
bool country_tile_contains(const CountryTile& part, int tile, double lon_deg, double lat_deg);

// The same answer without scanning every edge of the tile: the crossings of the reference point's line
// of longitude sorted once, and the edges filed by the bands of latitude they span. A route asks a tile
// for each of its vertices 10 km apart; a coast's tile holds thousands of edges.
class IndexedCountryTile {
 public:
  IndexedCountryTile(CountryTile part, int tile);
  bool contains(double lon_deg, double lat_deg) const;

 private:
  static constexpr int kBands = 64;
  int band_of(double lat_deg) const;
  CountryTile part_;
  int tile_;
  double ref_lon_deg_, ref_lat_deg_, min_lat_deg_;
  std::vector<double> crossings_at_ref_lon_;  // latitudes where edges cross the reference longitude, sorted
  std::vector<std::vector<std::pair<TileVertex, TileVertex>>> bands_;  // edges by the bands they span
};

// The tiles of one country from its closed rings (all parts, outer rings and holes): those its edges meet
// and those wholly inside it. Tiles wholly outside are left out.
std::map<int, CountryTile> cut_into_tiles(const std::vector<TileRun>& closed_rings);

// The runs as stored: per run a little-endian uint32 count, then that many (lon, lat) int32 pairs.
std::string encode_tile_runs(const std::vector<TileRun>& runs);
// Throws InputError naming `what` when the bytes are not such runs.
std::vector<TileRun> decode_tile_runs(std::string_view bytes, std::string_view what);

// One country as the builder writes it.
struct CountryTileSource {
  std::int64_t country_fid;
  std::string iso_a2, name;
  std::vector<TileRun> rings;
};
// Writes both tables into the gazetteer (replacing any), in one transaction.
void write_country_tiles(const std::string& gpkg_path, const std::vector<CountryTileSource>& countries);

}  // namespace routecheck::gazetteer
