// `gazetteer import`: a user's own places into a gazetteer file (created when missing). Reads a
// GeoNames dump line by line, or any vector GDAL opens (CSV with lat/lon columns, GeoJSON, GPKG, ...);
// polygons are placed at their centroid, other CRSs reprojected to WGS84 with PROJ via OGR.
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <unordered_set>

#include "core/error.hpp"
#include "core/file_lock.hpp"
#include "core/temp_file.hpp"
#include "core/text.hpp"
#include "gazetteer/builder.hpp"
#include "gazetteer/gazetteer_file.hpp"
#include "gazetteer/geonames_dump.hpp"
#include "gazetteer/name_index.hpp"
#include "gazetteer/place_layer.hpp"
#include "gazetteer/ranking.hpp"

namespace fs = std::filesystem;

namespace routecheck::gazetteer {
namespace {

[[noreturn]] void fail(const ImportOptions& o, const std::string& what) {
  throw InputError("import '" + o.input_path + "': " + what);
}

std::string first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) return line;
  return {};
}

struct Importer {
  explicit Importer(const ImportOptions& o) : options(o) {}
  const ImportOptions& options;
  const Ranking& ranking = Ranking::builtin();
  NameIndexBuilder names;
  std::vector<Place> added;  // ranking fields of the new places, by fid - first_fid
  std::int64_t first_fid = 0;
  BuildReport report;
  std::string source;
  // What this source already put in the target, so importing a file again adds nothing twice.
  std::unordered_set<std::string> already_imported;
  std::size_t skipped = 0;

  static std::string import_key(const Place& p) {
    if (p.geonameid) return "g:" + std::to_string(*p.geonameid);
    return fmt::format("n:{}|{:.6f}|{:.6f}", p.name, p.lat_deg, p.lon_deg);
  }

  void load_already_imported(const std::string& gazetteer_path) {
    const char* drivers[] = {"GPKG", nullptr};
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
        GDALOpenEx(gazetteer_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    if (!ds) return;
    const std::string sql = "SELECT geonameid, name, lat, lon FROM places WHERE source = '" +
                            std::string(CPLString(source).replaceAll("'", "''")) + "'";
    OGRLayer* rows = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!rows) return;
    for (auto& f : *rows) {
      Place p;
      if (f->IsFieldSetAndNotNull(0)) p.geonameid = f->GetFieldAsInteger64(0);
      p.name = f->GetFieldAsString(1);
      p.lat_deg = f->GetFieldAsDouble(2);
      p.lon_deg = f->GetFieldAsDouble(3);
      already_imported.insert(import_key(p));
    }
    ds->ReleaseResultSet(rows);
  }

  void add(PlaceLayerWriter& writer, Place p, const std::vector<std::string>& alternates) {
    if (!already_imported.insert(import_key(p)).second) {
      ++skipped;  // imported before (or twice in this file)
      return;
    }
    p.source = source;
    p.prominence = ranking.prominence(p.feature_code, p.population);
    const std::string name = p.name, ascii = p.ascii_name;
    std::int64_t fid = writer.write(p);
    if (added.empty()) first_fid = fid;
    p.fid = fid;
    added.push_back(std::move(p));
    names.add(fid, NameKind::name, name);
    names.add(fid, NameKind::ascii_name, ascii);
    for (const std::string& alt : alternates) names.add(fid, NameKind::alternate, alt);
    if (options.progress && added.size() % 20000 == 0) options.progress("importing", added.size(), 0);
  }

  void read_geonames(PlaceLayerWriter& writer) {
    std::ifstream in(options.input_path);
    std::string line, error;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      auto r = parse_geonames_line(line, error);
      if (!r) fail(options, "line " + std::to_string(line_no) + ": " + error);
      Place p = to_place(*r);
      add(writer, std::move(p), r->alternate_names);
    }
  }

  static int find_field(OGRFeatureDefn* defn, std::initializer_list<const char*> names) {
    for (const char* n : names)
      for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (EQUAL(defn->GetFieldDefn(i)->GetNameRef(), n)) return i;
    return -1;
  }

  void read_vector(PlaceLayerWriter& writer) {
    const char* open_options[] = {"X_POSSIBLE_NAMES=lon,lng,long,longitude,x",
                                  "Y_POSSIBLE_NAMES=lat,latitude,y", "KEEP_GEOM_COLUMNS=NO", nullptr};
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
        GDALOpenEx(options.input_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, open_options, nullptr)));
    if (!ds) fail(options, "neither a GeoNames dump nor a vector file GDAL can read");
    OGRLayer* layer = options.layer ? ds->GetLayerByName(options.layer->c_str()) : ds->GetLayer(0);
    if (!layer) fail(options, options.layer ? "no layer named '" + *options.layer + "'" : "no layer");
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int name_field = options.name_field ? defn->GetFieldIndex(options.name_field->c_str())
                                              : find_field(defn, {"name", "title", "label", "place"});
    if (name_field < 0)
      fail(options, options.name_field ? "no field named '" + *options.name_field + "'"
                                       : "no name field (name, title, label or place): use --name-field");
    const int ascii_field = find_field(defn, {"asciiname", "ascii_name"});
    const int country_field = find_field(defn, {"country_code", "country", "cc", "iso2"});
    const int population_field = find_field(defn, {"population", "pop"});
    const int timezone_field = find_field(defn, {"timezone", "tz"});
    const int code_field = find_field(defn, {"feature_code"});
    const int alternates_field = find_field(defn, {"alternatenames", "alternate_names", "aliases"});

    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84)) {
      to_wgs84.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
      if (!to_wgs84) fail(options, "cannot reproject its CRS to WGS84");
    }
    for (auto& feature : *layer) {
      const std::string where = "feature " + std::to_string(feature->GetFID());
      const char* name = feature->GetFieldAsString(name_field);
      if (!name || !*name) fail(options, where + ": empty name");
      OGRGeometry* geometry = feature->GetGeometryRef();
      if (!geometry || geometry->IsEmpty())
        fail(options, where + " ('" + name + "'): no geometry and no lat/lon columns");
      OGRPoint point;
      if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) point = *geometry->toPoint();
      else if (geometry->Centroid(&point) != OGRERR_NONE) fail(options, where + ": cannot take its centroid");
      if (to_wgs84 && point.transform(to_wgs84.get()) != OGRERR_NONE)
        fail(options, where + ": cannot reproject to WGS84");
      const double lat = point.getY(), lon = point.getX();
      if (!(std::abs(lat) <= 90 && std::abs(lon) <= 180))
        fail(options, where + " ('" + name + "'): latitude " + std::to_string(lat) + ", longitude " +
                          std::to_string(lon) + " out of range");
      Place p;
      p.name = name;
      p.ascii_name = ascii_field >= 0 ? feature->GetFieldAsString(ascii_field) : "";
      p.lat_deg = lat;
      p.lon_deg = lon;
      if (country_field >= 0) p.country_code = feature->GetFieldAsString(country_field);
      if (population_field >= 0 && feature->IsFieldSetAndNotNull(population_field))
        p.population = feature->GetFieldAsInteger64(population_field);
      if (timezone_field >= 0) p.timezone = feature->GetFieldAsString(timezone_field);
      p.feature_class = "P";
      p.feature_code = code_field >= 0 && *feature->GetFieldAsString(code_field)
                           ? feature->GetFieldAsString(code_field) : "PPL";
      std::vector<std::string> alternates;
      if (alternates_field >= 0)
        for (std::string_view alt : text::split(feature->GetFieldAsString(alternates_field), ','))
          if (!text::trim(alt).empty()) alternates.emplace_back(text::trim(alt));
      add(writer, std::move(p), alternates);
    }
  }
};

}  // namespace

BuildReport import_places(const ImportOptions& options) {
  init_gdal();
  if (!fs::is_regular_file(options.input_path)) fail(options, "no such file");
  Importer importer(options);
  importer.source = "import:" + fs::path(options.input_path).filename().string();

  // One writer at a time: a second import into the same file waits for the first to finish.
  const FileLock lock(options.target_path, [&] {
    if (options.notice) options.notice("waiting for another import into '" + options.target_path + "' to finish");
  });
  TempFile temp(options.target_path);
  const bool existed = fs::exists(options.target_path);
  std::map<std::string, std::string> meta;
  if (existed) {
    meta = read_meta(options.target_path);  // fails cleanly on a file that is not a gazetteer
    importer.load_already_imported(options.target_path);
    temp.start_from_target();
  }
  {
    PlaceLayerWriter writer =
        existed ? PlaceLayerWriter::open_for_update(temp.path()) : PlaceLayerWriter::create(temp.path());
    if (looks_like_geonames_line(first_line(options.input_path))) importer.read_geonames(writer);
    else importer.read_vector(writer);
    writer.close();
  }
  const std::size_t added = importer.added.size();
  importer.report.skipped = importer.skipped;
  importer.report.path = options.target_path;
  if (added == 0 && importer.skipped > 0) return importer.report;  // all there already: the file is unchanged
  if (added == 0) fail(options, "no places in it");
  importer.report.places_by_source[importer.source] = added;
  if (!existed) {
    meta["kind"] = "user";
    meta["built_at"] = utc_now_iso8601();
  }
  std::size_t n = 1;
  while (meta.count("import." + std::to_string(n))) ++n;
  meta["import." + std::to_string(n)] = options.input_path + "\t" + std::to_string(added) + " places\t" + utc_now_iso8601();
  write_index_and_meta(
      temp.path(), importer.names, importer.ranking,
      [&](std::int64_t fid) -> const Place& { return importer.added.at(fid - importer.first_fid); }, meta,
      importer.report, options.progress);
  temp.commit();
  importer.report.path = options.target_path;
  return importer.report;
}

}  // namespace routecheck::gazetteer
