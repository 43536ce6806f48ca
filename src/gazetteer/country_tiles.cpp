// Country outlines cut into tiles (country_tiles.hpp): the cutting the builder does, the stored form, and
// the point test the border check does with one tile of one country.
#include "gazetteer/country_tiles.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/error.hpp"

namespace routecheck::gazetteer {
namespace {

constexpr std::int64_t kTileUnits = static_cast<std::int64_t>(kCountryTileDeg * kTileUnitsPerDegree);
constexpr std::int64_t kMinLonUnits = static_cast<std::int64_t>(-180 * kTileUnitsPerDegree);
constexpr std::int64_t kMinLatUnits = static_cast<std::int64_t>(-90 * kTileUnitsPerDegree);
// Edges within this many units of a tile count as meeting it: a crossing computed in floating point may
// land a rounding error beyond the edge's own box. An edge counted that does not meet the tile changes no
// answer (only crossings between the point and the reference point, both inside the tile, count).
constexpr std::int64_t kEdgeMarginUnits = 1;

double degrees(std::int32_t units) { return units / kTileUnitsPerDegree; }

int column_of_units(std::int64_t lon_units) {
  return static_cast<int>(std::clamp<std::int64_t>((lon_units - kMinLonUnits) / kTileUnits, 0, kCountryTileColumns - 1));
}
int row_of_units(std::int64_t lat_units) {
  return static_cast<int>(std::clamp<std::int64_t>((lat_units - kMinLatUnits) / kTileUnits, 0, kCountryTileRows - 1));
}

// The reference point's coordinate along one axis: the middle of the tile and half a unit more, so that
// it lies on no vertex's line.
double reference_coordinate(std::int64_t min_units) { return (static_cast<double>(min_units + kTileUnits / 2) + 0.5) / kTileUnitsPerDegree; }

// Where the edge a-b meets the line of latitude y (the edge straddles it: one end above, the other not).
double lon_where(const TileVertex& a, const TileVertex& b, double y) {
  const double ax = degrees(a.lon), ay = degrees(a.lat), bx = degrees(b.lon), by = degrees(b.lat);
  return ax + (y - ay) * (bx - ax) / (by - ay);
}
double lat_where(const TileVertex& a, const TileVertex& b, double x) {
  const double ax = degrees(a.lon), ay = degrees(a.lat), bx = degrees(b.lon), by = degrees(b.lat);
  return ay + (x - ax) * (by - ay) / (bx - ax);
}
// An edge straddles a line when one end lies beyond it and the other not: a vertex on the line counts
// once for the two edges that meet there (the usual half-open rule of ray casting).
bool straddles_latitude(const TileVertex& a, const TileVertex& b, double y) { return (degrees(a.lat) > y) != (degrees(b.lat) > y); }
bool straddles_longitude(const TileVertex& a, const TileVertex& b, double x) { return (degrees(a.lon) > x) != (degrees(b.lon) > x); }
bool strictly_after_up_to(double value, double from, double to) {
  return from < to ? value > from && value <= to : value > to && value <= from;
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xffu);
}
std::uint32_t get_u32(std::string_view bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return v;
}

}  // namespace

TileVertex tile_vertex(double lon_deg, double lat_deg) {
  return {static_cast<std::int32_t>(std::llround(lon_deg * kTileUnitsPerDegree)),
          static_cast<std::int32_t>(std::llround(lat_deg * kTileUnitsPerDegree))};
}

int country_tile(double lon_deg, double lat_deg) {
  const double column = std::floor((lon_deg + 180) / kCountryTileDeg), row = std::floor((lat_deg + 90) / kCountryTileDeg);
  return static_cast<int>(std::clamp(row, 0.0, kCountryTileRows - 1.0)) * kCountryTileColumns +
         static_cast<int>(std::clamp(column, 0.0, kCountryTileColumns - 1.0));
}

TileBounds country_tile_bounds(int tile) {
  const double min_lon = -180 + (tile % kCountryTileColumns) * kCountryTileDeg, min_lat = -90 + (tile / kCountryTileColumns) * kCountryTileDeg;
  return {min_lon, min_lat, min_lon + kCountryTileDeg, min_lat + kCountryTileDeg};
}

TilePoint country_tile_reference(int tile) {
  return {reference_coordinate(kMinLonUnits + (tile % kCountryTileColumns) * kTileUnits),
          reference_coordinate(kMinLatUnits + (tile / kCountryTileColumns) * kTileUnits)};
}

bool country_tile_contains(const CountryTile& part, int tile, double lon_deg, double lat_deg) {
  // From the point along its latitude to the reference point's longitude, then along that longitude to
  // the reference point: each edge crossed on the way flips the answer. A ray from the point to infinity
  // would cross the same edges, less those it shares with the reference point's own rays.
  const TilePoint ref = country_tile_reference(tile);
  bool inside = part.reference_inside;
  for (const TileRun& run : part.runs)
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
      const TileVertex &a = run[i], &b = run[i + 1];
      if (straddles_latitude(a, b, lat_deg) && strictly_after_up_to(lon_where(a, b, lat_deg), lon_deg, ref.lon_deg)) inside = !inside;
      if (straddles_longitude(a, b, ref.lon_deg) && strictly_after_up_to(lat_where(a, b, ref.lon_deg), lat_deg, ref.lat_deg))
        inside = !inside;
    }
  return inside;
}

IndexedCountryTile::IndexedCountryTile(CountryTile part, int tile) : part_(std::move(part)), tile_(tile), bands_(kBands) {
  const TilePoint ref = country_tile_reference(tile);
  ref_lon_deg_ = ref.lon_deg, ref_lat_deg_ = ref.lat_deg;
  min_lat_deg_ = country_tile_bounds(tile).min_lat_deg;
  for (const TileRun& run : part_.runs)
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
      const TileVertex &a = run[i], &b = run[i + 1];
      if (straddles_longitude(a, b, ref_lon_deg_)) crossings_at_ref_lon_.push_back(lat_where(a, b, ref_lon_deg_));
      const double lo = std::min(degrees(a.lat), degrees(b.lat)), hi = std::max(degrees(a.lat), degrees(b.lat));
      for (int band = band_of(lo); band <= band_of(hi); ++band) bands_[static_cast<std::size_t>(band)].emplace_back(a, b);
    }
  std::sort(crossings_at_ref_lon_.begin(), crossings_at_ref_lon_.end());
}

// Bands of equal height over the tile; latitudes beyond it fall in the first or last (the same clamp for
// filing and asking keeps every edge that straddles a latitude in that latitude's band).
int IndexedCountryTile::band_of(double lat_deg) const {
  return static_cast<int>(std::clamp(std::floor((lat_deg - min_lat_deg_) / kCountryTileDeg * kBands), 0.0, kBands - 1.0));
}

bool IndexedCountryTile::contains(double lon_deg, double lat_deg) const {
  // As country_tile_contains, edge for edge: the vertical leg's crossings counted in the sorted list,
  // the horizontal leg's among the edges of the point's band.
  bool inside = part_.reference_inside;
  const double lo = std::min(lat_deg, ref_lat_deg_), hi = std::max(lat_deg, ref_lat_deg_);
  const auto crossed = std::upper_bound(crossings_at_ref_lon_.begin(), crossings_at_ref_lon_.end(), hi) -
                       std::upper_bound(crossings_at_ref_lon_.begin(), crossings_at_ref_lon_.end(), lo);
  if (crossed % 2 == 1) inside = !inside;
  for (const auto& [a, b] : bands_[static_cast<std::size_t>(band_of(lat_deg))])
    if (straddles_latitude(a, b, lat_deg) && strictly_after_up_to(lon_where(a, b, lat_deg), lon_deg, ref_lon_deg_)) inside = !inside;
  return inside;
}

std::map<int, CountryTile> cut_into_tiles(const std::vector<TileRun>& closed_rings) {
  std::map<int, CountryTile> tiles;
  // Each tile's runs grow edge by edge: an edge that follows the tile's last edge extends its last run.
  std::map<int, std::pair<std::size_t, std::size_t>> last_edge;  // tile -> (ring, edge)
  std::int64_t min_lon = INT64_MAX, max_lon = INT64_MIN, min_lat = INT64_MAX, max_lat = INT64_MIN;
  for (std::size_t r = 0; r < closed_rings.size(); ++r) {
    const TileRun& ring = closed_rings[r];
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
      const TileVertex &a = ring[i], &b = ring[i + 1];
      const std::int64_t lo_x = std::min(a.lon, b.lon), hi_x = std::max(a.lon, b.lon);
      const std::int64_t lo_y = std::min(a.lat, b.lat), hi_y = std::max(a.lat, b.lat);
      min_lon = std::min(min_lon, lo_x), max_lon = std::max(max_lon, hi_x);
      min_lat = std::min(min_lat, lo_y), max_lat = std::max(max_lat, hi_y);
      // Tiles are closed boxes: an edge on a tile's side meets the tiles on both sides.
      for (int row = row_of_units(lo_y - kEdgeMarginUnits); row <= row_of_units(hi_y + kEdgeMarginUnits); ++row)
        for (int col = column_of_units(lo_x - kEdgeMarginUnits); col <= column_of_units(hi_x + kEdgeMarginUnits); ++col) {
          const int tile = row * kCountryTileColumns + col;
          std::vector<TileRun>& runs = tiles[tile].runs;
          auto [last, fresh] = last_edge.try_emplace(tile, r, i);
          if (!fresh && i > 0 && last->second == std::make_pair(r, i - 1)) {
            runs.back().push_back(b);
          } else {
            runs.push_back({a, b});
          }
          last->second = {r, i};
        }
    }
  }
  if (min_lon > max_lon) return {};
  // Each tile within the outline's box: is its reference point inside? All tiles of a row share the
  // reference latitude, so one pass over the edges per row gives the crossings of every tile's ray.
  for (int row = row_of_units(min_lat); row <= row_of_units(max_lat); ++row) {
    const double y = reference_coordinate(kMinLatUnits + row * kTileUnits);
    std::vector<double> crossings;
    for (const TileRun& ring : closed_rings)
      for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        if (straddles_latitude(ring[i], ring[i + 1], y)) crossings.push_back(lon_where(ring[i], ring[i + 1], y));
    std::sort(crossings.begin(), crossings.end());
    for (int col = column_of_units(min_lon); col <= column_of_units(max_lon); ++col) {
      const int tile = row * kCountryTileColumns + col;
      const double x = country_tile_reference(tile).lon_deg;
      // Crossings east of the reference point: an odd number puts it inside.
      const auto east = static_cast<std::size_t>(crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), x));
      if (east % 2 == 1) tiles[tile].reference_inside = true;
    }
  }
  return tiles;
}

std::string encode_tile_runs(const std::vector<TileRun>& runs) {
  std::string out;
  for (const TileRun& run : runs) {
    put_u32(out, static_cast<std::uint32_t>(run.size()));
    for (const TileVertex& v : run) {
      put_u32(out, static_cast<std::uint32_t>(v.lon));
      put_u32(out, static_cast<std::uint32_t>(v.lat));
    }
  }
  return out;
}

std::vector<TileRun> decode_tile_runs(std::string_view bytes, std::string_view what) {
  std::vector<TileRun> runs;
  std::size_t at = 0;
  while (at < bytes.size()) {
    if (bytes.size() - at < 4) throw InputError(std::string(what) + ": a run's count is cut short (rebuild the gazetteer)");
    const std::uint32_t n = get_u32(bytes, at);
    at += 4;
    if (n < 2 || n > (bytes.size() - at) / 8) throw InputError(std::string(what) + ": a run's count is wrong (rebuild the gazetteer)");
    TileRun run(n);
    for (TileVertex& v : run) {
      v.lon = static_cast<std::int32_t>(get_u32(bytes, at));
      v.lat = static_cast<std::int32_t>(get_u32(bytes, at + 4));
      at += 8;
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

void write_country_tiles(const std::string& gpkg_path, const std::vector<CountryTileSource>& countries) {
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open_v2(gpkg_path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
  const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
  const auto fail = [&](const std::string& why) {
    throw InputError("gazetteer '" + gpkg_path + "': cannot write the country tiles (" + why + ")");
  };
  if (opened != SQLITE_OK) fail(sqlite3_errmsg(raw));
  const auto exec = [&](const std::string& sql) {
    if (sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(sqlite3_errmsg(db.get()));
  };
  exec("BEGIN");
  exec(std::string("DROP TABLE IF EXISTS ") + kCountryTilesTable + "; DROP TABLE IF EXISTS " + kCountryNamesTable);
  exec(std::string("CREATE TABLE ") + kCountryNamesTable +
       " (country_fid INTEGER PRIMARY KEY, iso_a2 TEXT NOT NULL, name TEXT NOT NULL)");
  exec(std::string("CREATE TABLE ") + kCountryTilesTable +
       " (tile INTEGER NOT NULL, country_fid INTEGER NOT NULL, reference_inside INTEGER NOT NULL, runs BLOB NOT NULL,"
       " PRIMARY KEY (tile, country_fid))");
  const auto prepare = [&](const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK) fail(sqlite3_errmsg(db.get()));
    return std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>(st, sqlite3_finalize);
  };
  const auto name_row = prepare(std::string("INSERT INTO ") + kCountryNamesTable + " VALUES (?1, ?2, ?3)");
  const auto tile_row = prepare(std::string("INSERT INTO ") + kCountryTilesTable + " VALUES (?1, ?2, ?3, ?4)");
  const auto step = [&](sqlite3_stmt* st) {
    if (sqlite3_step(st) != SQLITE_DONE) fail(sqlite3_errmsg(db.get()));
    sqlite3_reset(st);
  };
  for (const CountryTileSource& c : countries) {
    sqlite3_bind_int64(name_row.get(), 1, c.country_fid);
    sqlite3_bind_text(name_row.get(), 2, c.iso_a2.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(name_row.get(), 3, c.name.c_str(), -1, SQLITE_TRANSIENT);
    step(name_row.get());
    for (const auto& [tile, part] : cut_into_tiles(c.rings)) {
      const std::string runs = encode_tile_runs(part.runs);
      sqlite3_bind_int(tile_row.get(), 1, tile);
      sqlite3_bind_int64(tile_row.get(), 2, c.country_fid);
      sqlite3_bind_int(tile_row.get(), 3, part.reference_inside ? 1 : 0);
      sqlite3_bind_blob(tile_row.get(), 4, runs.data(), static_cast<int>(runs.size()), SQLITE_TRANSIENT);
      step(tile_row.get());
    }
  }
  exec("COMMIT");
}

}  // namespace routecheck::gazetteer
