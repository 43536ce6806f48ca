// GDAL writing of the places layer. One transaction for the whole write: GeoPackage inserts are
// cheap inside a transaction and very slow outside one.
#include "gazetteer/place_layer.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sqlite3.h>

#include "core/error.hpp"
#include "gazetteer/schema.hpp"

namespace routecheck::gazetteer {
namespace {

struct FieldSpec {
  const char* name;
  OGRFieldType type;
  int width;
};

constexpr FieldSpec kFields[] = {
    {"name", OFTString, 0},         {"asciiname", OFTString, 0},   {"lat", OFTReal, 0},
    {"lon", OFTReal, 0},            {"country_code", OFTString, 2}, {"admin1_code", OFTString, 0},
    {"admin1_name", OFTString, 0},  {"admin2_code", OFTString, 0}, {"feature_class", OFTString, 1},
    {"feature_code", OFTString, 0}, {"population", OFTInteger64, 0}, {"timezone", OFTString, 0},
    {"geonameid", OFTInteger64, 0}, {"source", OFTString, 0},      {"prominence", OFTReal, 0},
};

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw InputError("gazetteer '" + path + "': " + what + " (" + CPLGetLastErrorMsg() + ")");
}

}  // namespace

void init_gdal() {
  static const bool done = [] {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    GDALAllRegister();
    return true;
  }();
  (void)done;
}

PlaceLayerWriter::PlaceLayerWriter(GDALDataset* dataset, OGRLayer* layer, std::string path)
    : dataset_(dataset), layer_(layer), path_(std::move(path)) {}

PlaceLayerWriter::PlaceLayerWriter(PlaceLayerWriter&& other) noexcept
    : dataset_(other.dataset_), layer_(other.layer_), path_(std::move(other.path_)), next_fid_(other.next_fid_) {
  other.dataset_ = nullptr;
  other.layer_ = nullptr;
}

PlaceLayerWriter::~PlaceLayerWriter() {
  // Not closed: an error unwound past us. Roll back and drop the handle; the caller removes the file.
  if (dataset_) {
    (void)layer_->RollbackTransaction();
    GDALClose(dataset_);
  }
}

PlaceLayerWriter PlaceLayerWriter::create(const std::string& path) {
  init_gdal();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) throw InputError("GDAL has no GPKG driver");
  GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds) fail(path, "cannot create");
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  char** options = nullptr;
  options = CSLSetNameValue(options, "FID", "fid");
  options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
  options = CSLSetNameValue(options, "SPATIAL_INDEX", "YES");
  options = CSLSetNameValue(options, "IDENTIFIER", "routecheck places");
  options = CSLSetNameValue(options, "DESCRIPTION", "Places routecheck resolves names to (GeoNames, world-countries, curated)");
  OGRLayer* layer = ds->CreateLayer(schema::kPlacesLayer, &wgs84, wkbPoint, options);
  CSLDestroy(options);
  if (!layer) {
    GDALClose(ds);
    fail(path, "cannot create the places layer");
  }
  for (const FieldSpec& spec : kFields) {
    OGRFieldDefn field(spec.name, spec.type);
    if (spec.width) field.SetWidth(spec.width);
    if (layer->CreateField(&field) != OGRERR_NONE) {
      GDALClose(ds);
      fail(path, std::string("cannot create field ") + spec.name);
    }
  }
  // GDAL creates the table on the first feature; create it now, so SQL on the writer's connection
  // (the import's duplicate check) can refer to it from the start.
  if (layer->SyncToDisk() != OGRERR_NONE || layer->StartTransaction() != OGRERR_NONE) {
    GDALClose(ds);
    fail(path, "cannot start a transaction");
  }
  return PlaceLayerWriter(ds, layer, path);
}

PlaceLayerWriter PlaceLayerWriter::open_for_update(const std::string& path) {
  init_gdal();
  const char* drivers[] = {"GPKG", nullptr};
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
  if (!ds) fail(path, "cannot open for update");
  OGRLayer* layer = ds->GetLayerByName(schema::kPlacesLayer);
  if (!layer) {
    GDALClose(ds);
    fail(path, "no places layer");
  }
  PlaceLayerWriter writer(ds, layer, path);
  if (OGRLayer* max_fid = ds->ExecuteSQL("SELECT MAX(fid) FROM places", nullptr, nullptr)) {
    std::unique_ptr<OGRFeature> f(max_fid->GetNextFeature());
    if (f && f->IsFieldSetAndNotNull(0)) writer.next_fid_ = f->GetFieldAsInteger64(0) + 1;
    ds->ReleaseResultSet(max_fid);
  }
  // Take the write lock now, not at the first place: an import waits here for readers to finish (up to
  // the timeout) and otherwise fails before it has done any work.
  sqlite3* db = writer.sqlite();
  sqlite3_busy_timeout(db, schema::kWriterWaitMs);
  if (sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK)
    fail(path, "cannot lock");
  if (layer->StartTransaction() != OGRERR_NONE) fail(path, "cannot start a transaction");
  if (sqlite3_exec(db, "UPDATE rc_meta SET value = value WHERE key = 'schema_version'", nullptr, nullptr, nullptr) !=
      SQLITE_OK)
    throw InputError("gazetteer '" + path + "': in use by another program (" + sqlite3_errmsg(db) +
                     "): try again when it has finished");
  return writer;
}

std::int64_t PlaceLayerWriter::write(const Place& p) {
  OGRFeature feature(layer_->GetLayerDefn());
  const std::int64_t fid = next_fid_++;
  feature.SetFID(fid);
  feature.SetField("name", p.name.c_str());
  feature.SetField("asciiname", p.ascii_name.c_str());
  feature.SetField("lat", p.lat_deg);
  feature.SetField("lon", p.lon_deg);
  auto set_text = [&](const char* field, const std::string& value) {
    if (!value.empty()) feature.SetField(field, value.c_str());
  };
  set_text("country_code", p.country_code);
  set_text("admin1_code", p.admin1_code);
  set_text("admin1_name", p.admin1_name);
  set_text("admin2_code", p.admin2_code);
  set_text("feature_class", p.feature_class);
  set_text("feature_code", p.feature_code);
  if (p.population) feature.SetField("population", static_cast<GIntBig>(*p.population));
  set_text("timezone", p.timezone);
  if (p.geonameid) feature.SetField("geonameid", static_cast<GIntBig>(*p.geonameid));
  set_text("source", p.source);
  feature.SetField("prominence", p.prominence);
  OGRPoint point(p.lon_deg, p.lat_deg);
  feature.SetGeometry(&point);
  if (layer_->CreateFeature(&feature) != OGRERR_NONE) fail(path_, "cannot write place '" + p.name + "'");
  return fid;
}

sqlite3* PlaceLayerWriter::sqlite() const {
  auto* db = static_cast<sqlite3*>(dataset_->GetInternalHandle("SQLITE_HANDLE"));
  if (!db) throw InputError("gazetteer '" + path_ + "': GDAL gives no SQLite handle for it");
  return db;
}

void PlaceLayerWriter::close() {
  if (!dataset_) return;
  if (layer_->CommitTransaction() != OGRERR_NONE) fail(path_, "cannot commit places");
  GDALDataset* ds = dataset_;
  dataset_ = nullptr;
  CPLErrorReset();
  GDALClose(ds);
  if (CPLGetLastErrorType() == CE_Failure) fail(path_, "cannot close");
}

}  // namespace routecheck::gazetteer
