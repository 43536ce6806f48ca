// `gazetteer import`: a user's own places into a gazetteer file (created when missing). Reads a
// GeoNames dump line by line, or any vector GDAL opens (CSV with lat/lon columns, GeoJSON, GPKG, ...);
// polygons are placed at their centroid, other CRSs reprojected to WGS84 with PROJ via OGR.
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

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

// Finds what this source already put in the target, so importing a file again adds nothing twice:
// by GeoNames id, or by name and position for places without one. Backed by an index on the places
// layer, so the check costs a B-tree lookup at any size and sees places added earlier in this import.
class AlreadyImported {
 public:
  AlreadyImported(sqlite3* db, const std::string& source) : source_(source) {
    exec_sql(db, "CREATE INDEX IF NOT EXISTS rc_places_identity ON places (geonameid, name)", "import");
    by_id_.emplace(db, "SELECT 1 FROM places WHERE geonameid = ?1 AND source = ?2 LIMIT 1");
    by_name_.emplace(db,
                     "SELECT 1 FROM places WHERE geonameid IS NULL AND name = ?1 AND source = ?2 AND lat = ?3 AND "
                     "lon = ?4 LIMIT 1");
  }
  bool contains(const Place& p) {
    SqlStatement& query = p.geonameid ? *by_id_ : *by_name_;
    sqlite3_stmt* st = query.get();
    if (p.geonameid) {
      sqlite3_bind_int64(st, 1, *p.geonameid);
    } else {
      sqlite3_bind_text(st, 1, p.name.data(), static_cast<int>(p.name.size()), SQLITE_STATIC);
      sqlite3_bind_double(st, 3, p.lat_deg);
      sqlite3_bind_double(st, 4, p.lon_deg);
    }
    sqlite3_bind_text(st, 2, source_.data(), static_cast<int>(source_.size()), SQLITE_STATIC);
    const bool found = query.row();
    if (found) sqlite3_reset(st);
    return found;
  }

 private:
  std::string source_;
  std::optional<SqlStatement> by_id_, by_name_;
};

struct Importer {
  Importer(const ImportOptions& o, std::string source_name, PlaceLayerWriter& w)
      : options(o), source(std::move(source_name)), writer(w), names(w.sqlite()), already(w.sqlite(), source) {}
  const ImportOptions& options;
  const Ranking& ranking = Ranking::builtin();
  std::string source;
  PlaceLayerWriter& writer;
  NameIndexBuilder names;
  AlreadyImported already;
  BuildReport report;
  std::size_t added = 0, skipped = 0;

  void add(Place p, const std::vector<std::string>& alternates) {
    p.source = source;
    if (already.contains(p)) {
      ++skipped;  // imported before (or twice in this file)
      return;
    }
    p.prominence = ranking.prominence(p.feature_code, p.population);
    const std::int64_t fid = writer.write(p);
    ++added;
    names.add(fid, NameKind::name, p.name);
    names.add(fid, NameKind::ascii_name, p.ascii_name);
    for (const std::string& alt : alternates) names.add(fid, NameKind::alternate, alt);
    if (options.progress && added % 20000 == 0) options.progress("importing", added, 0);
  }

  void read_geonames() {
    std::ifstream in(options.input_path);
    std::string line, error;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      if (!text::valid_utf8(line))
        fail(options, "line " + std::to_string(line_no) + ": not UTF-8 text: '" + text::utf8_excerpt(line, text::kQuotedInputBytes) + "'");
      auto r = parse_geonames_line(line, error);
      if (!r) fail(options, "line " + std::to_string(line_no) + ": " + error);
      Place p = to_place(*r);
      add(std::move(p), r->alternate_names);
    }
  }

  static int find_field(OGRFeatureDefn* defn, std::initializer_list<const char*> names) {
    for (const char* n : names)
      for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (EQUAL(defn->GetFieldDefn(i)->GetNameRef(), n)) return i;
    return -1;
  }

  void read_vector() {
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
      // Every text field the gazetteer stores, checked as text: raw bytes stored as a name were returned
      // by geocode to terminals and JSON alike.
      const auto text_field = [&](int i, const char* what) -> std::string {
        const char* value = feature->GetFieldAsString(i);
        const std::string_view v = value ? value : "";
        if (!text::valid_utf8(v)) fail(options, where + ": " + what + " '" + text::utf8_excerpt(v, text::kQuotedInputBytes) + "' is not UTF-8 text");
        for (const unsigned char ch : v)
          if (ch < 0x20 || ch == 0x7f)
            fail(options, where + ": " + what + " '" + text::utf8_excerpt(v, text::kQuotedInputBytes) + "' holds a control character");
        return std::string(v);
      };
      const std::string name_text = text_field(name_field, "name");
      const char* name = name_text.c_str();
      if (!*name) fail(options, where + ": empty name");
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
      p.ascii_name = ascii_field >= 0 ? text_field(ascii_field, "ascii name") : "";
      p.lat_deg = lat;
      p.lon_deg = lon;
      if (country_field >= 0) p.country_code = text_field(country_field, "country");
      if (population_field >= 0 && feature->IsFieldSetAndNotNull(population_field))
        p.population = feature->GetFieldAsInteger64(population_field);
      if (timezone_field >= 0) p.timezone = text_field(timezone_field, "time zone");
      p.feature_class = "P";
      p.feature_code = code_field >= 0 ? text_field(code_field, "feature code") : "";
      if (p.feature_code.empty()) p.feature_code = "PPL";
      std::vector<std::string> alternates;
      if (alternates_field >= 0) {
        // Named: split() returns views into it, which a temporary would leave dangling.
        const std::string alternates_text = text_field(alternates_field, "alternate names");
        for (std::string_view alt : text::split(alternates_text, ','))
          if (!text::trim(alt).empty()) alternates.emplace_back(text::trim(alt));
      }
      add(std::move(p), alternates);
    }
  }
};

}  // namespace

BuildReport import_places(const ImportOptions& options) {
  init_gdal();
  if (!fs::is_regular_file(options.input_path)) fail(options, "no such file");
  if (std::error_code ec; fs::is_directory(options.target_path, ec))
    throw InputError("gazetteer '" + text::utf8_excerpt(options.target_path, text::kQuotedInputBytes) + "': is a folder, not a gazetteer file");
  const std::string source = "import:" + fs::path(options.input_path).filename().string();

  // One writer at a time: a second import into the same file waits for the first to finish.
  const FileLock lock(options.target_path, [&] {
    if (options.notice) options.notice("waiting for another import into '" + options.target_path + "' to finish");
  });
  // A new file is made as a temporary and renamed into place; an existing one is appended to in place,
  // in one SQLite transaction (copying a large gazetteer first would double its disk and time).
  const bool existed = fs::exists(options.target_path);
  std::optional<TempFile> temp;
  std::map<std::string, std::string> meta;
  if (existed) meta = read_meta(options.target_path);  // fails cleanly on a file that is not a gazetteer
  else temp.emplace(options.target_path);
  const std::string path = existed ? options.target_path : temp->path();
  PlaceLayerWriter writer = existed ? PlaceLayerWriter::open_for_update(path) : PlaceLayerWriter::create(path);
  BuildReport report;
  report.path = options.target_path;
  {
    Importer importer(options, source, writer);
    if (looks_like_geonames_line(first_line(options.input_path))) importer.read_geonames();
    else importer.read_vector();
    report.skipped = importer.skipped;
    if (importer.added == 0 && importer.skipped > 0) return report;  // all there already: the file is unchanged
    if (importer.added == 0) fail(options, "no places in it");
    report.places_by_source[source] = importer.added;
    if (!existed) {
      meta["kind"] = "user";
      meta["built_at"] = utc_now_iso8601();
    }
    std::size_t n = 1;
    while (meta.count("import." + std::to_string(n))) ++n;
    meta["import." + std::to_string(n)] =
        options.input_path + "\t" + std::to_string(importer.added) + " places\t" + utc_now_iso8601();
    write_index_and_meta(writer.sqlite(), importer.names, importer.ranking, meta, report, options.progress);
  }
  writer.close();
  // No VACUUM: it would rewrite the whole file for a few percent of its size.
  if (temp) temp->commit();
  return report;
}

}  // namespace routecheck::gazetteer
