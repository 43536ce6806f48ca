// The gazetteer's `places` point layer, written through GDAL's GeoPackage driver so that QGIS and
// ogr2ogr read it as any other GeoPackage layer (EPSG:4326, spatial index, one feature per place).
#pragma once
#include <memory>
#include <string>

#include "gazetteer/place.hpp"

class GDALDataset;
class OGRLayer;
struct sqlite3;

namespace routecheck::gazetteer {

// Registers GDAL's drivers once and keeps GDAL from printing errors itself: routecheck reports them,
// one line each, through exceptions carrying CPLGetLastErrorMsg().
void init_gdal();

class PlaceLayerWriter {
 public:
  // A new GeoPackage at `path` holding an empty places layer.
  static PlaceLayerWriter create(const std::string& path);
  // An existing gazetteer GeoPackage, to append places to in place, in one transaction: the file is
  // locked for the whole write (readers wait or are told), and a crash leaves SQLite's journal, which
  // restores the old content at the next open.
  static PlaceLayerWriter open_for_update(const std::string& path);
  ~PlaceLayerWriter();
  PlaceLayerWriter(PlaceLayerWriter&&) noexcept;

  std::int64_t next_fid() const { return next_fid_; }
  // Writes the place with fid next_fid() and returns that fid.
  std::int64_t write(const Place& place);
  // GDAL's own SQLite connection to the file, inside the write transaction: the name index is written
  // through it, so places and names commit together.
  sqlite3* sqlite() const;
  // Commits and closes the dataset; the file is complete only after this returns.
  void close();

 private:
  PlaceLayerWriter(GDALDataset* dataset, OGRLayer* layer, std::string path);
  GDALDataset* dataset_ = nullptr;
  OGRLayer* layer_ = nullptr;
  std::string path_;
  std::int64_t next_fid_ = 1;
};

}  // namespace routecheck::gazetteer
