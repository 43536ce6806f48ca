// Candidate search and ranking. Order of attempts: the exact key; for other scripts, its Latin
// transliteration; then one-edit fuzzy matches. A "Name, Qualifier" query narrows by country or region.
#include "gazetteer/geocoder.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/fuzzy.hpp"
#include "gazetteer/name_key.hpp"

namespace routecheck::gazetteer {

std::string place_kind(const Place& p) {
  static const std::map<std::string, std::string> by_code{
      {"PCLI", "country"}, {"PCLD", "country"}, {"PCLS", "country"}, {"PCLF", "country"}, {"PCLIX", "country"},
      {"TERR", "territory"}, {"CONT", "continent"}, {"RGN", "region"}, {"ADM1", "state or province"},
      {"ADM2", "county or district"}, {"PPLC", "capital"}, {"AIRP", "airport"}, {"AIRF", "airport"},
      {"RSTN", "station"}, {"PRT", "port"}, {"PSTB", "border crossing"}, {"CAPE", "cape"}, {"PT", "point"}, {"ISL", "island"}, {"ISLS", "islands"},
      {"MT", "mountain"}, {"MTS", "mountain range"}, {"SEA", "sea"}, {"OCN", "ocean"}, {"GULF", "gulf"}, {"BAY", "bay"}, {"STRT", "strait"}, {"CHN", "channel"},
      {"CNL", "canal"}, {"LK", "lake"}, {"STM", "river"}, {"DSRT", "desert"}, {"RLG", "religious site"}};
  if (auto it = by_code.find(p.feature_code); it != by_code.end()) return it->second;
  if (p.feature_class == "P") return "city";  // GeoNames' populated places: cities, towns, villages
  return "place";
}

std::string place_label(const Place& p) {
  return fmt::format("{} ({}{}{})", p.name, p.country_code, p.admin1_name.empty() ? "" : ", ", p.admin1_name);
}

namespace {

bool is_country_code(const std::string& feature_code) {
  return feature_code.rfind("PCL", 0) == 0 || feature_code == "TERR";
}

std::string describe_place(const Place& p) {
  std::string what;
  if (is_country_code(p.feature_code)) what = "country";
  else if (p.feature_code == "CONT") what = "continent";
  else if (p.feature_code == "RGN") what = "region";
  else if (p.feature_code == "ADM1") what = "first-level region";
  else if (p.feature_code == "ADM2") what = "second-level region";
  else if (p.feature_code == "PPLC") what = "capital";
  else if (p.feature_code == "PPLA") what = "regional seat";
  else if (p.feature_code.rfind("PPLA", 0) == 0) what = "local seat";
  else if (p.feature_class != "P") what = place_kind(p);  // an island, a station, a cape: say which
  else what = "place";
  if (p.population && *p.population > 0) what += fmt::format(", population {}", *p.population);
  return what;
}

std::string match_phrase(MatchKind kind, const std::string& stored_name) {
  switch (kind) {
    case MatchKind::exact: return "exact name";
    case MatchKind::abbreviation: return fmt::format("abbreviation '{}'", stored_name);
    case MatchKind::alternate: return fmt::format("alternate name '{}'", stored_name);
    case MatchKind::demonym: return fmt::format("demonym '{}'", stored_name);
    case MatchKind::fuzzy: return fmt::format("one edit from '{}'", stored_name);
  }
  return "";
}

// "US", "U.S.", "MO": every letter a capital. "Ky." and "Us" are not codes.
bool written_as_code(std::string_view text) {
  bool any_letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any_letter = true;
    else if (c != '.' && c != ' ') return false;
  }
  return any_letter;
}

}  // namespace

extern const char* const kDistrictWordsTsv;  // generated from geodata/district_words.tsv by CMake
extern const char* const kOtherNameWordsTsv;  // generated from geodata/other_name_words.tsv by CMake
extern const char* const kGenericNameWordsTsv;  // generated from geodata/generic_name_words.tsv by CMake
extern const char* const kFacilityWordsTsv;  // generated from geodata/facility_words.tsv by CMake
extern const char* const kRegionFormsTsv;    // generated from geodata/region_forms.tsv by CMake
extern const char* const kRomanizationsTsv;  // generated from geodata/romanizations.tsv by CMake

namespace {

enum class DistrictReading { part, surrounds };
struct DistrictWords {
  std::string key;  // name key of the phrase
  DistrictReading reading;
};

// geodata/district_words.tsv, longest phrase first.
const std::vector<DistrictWords>& district_words() {
  static const std::vector<DistrictWords> table = [] {
    const std::string origin = "geodata/district_words.tsv";
    const char* expected = "'phrase<TAB>part|surrounds'";
    std::vector<DistrictWords> out;
    for (const text::TableRow& row : text::table_rows(kDistrictWordsTsv, origin, 2, expected)) {
      if (row.fields[1] != "part" && row.fields[1] != "surrounds") throw InputError(row.where(origin) + ": expected " + expected);
      out.push_back({name_key(row.fields[0]), row.fields[1] == "part" ? DistrictReading::part : DistrictReading::surrounds});
    }
    std::stable_sort(out.begin(), out.end(), [](const DistrictWords& a, const DistrictWords& b) { return a.key.size() > b.key.size(); });
    return out;
  }();
  return table;
}

enum class RomanizationPart { suffix, prefix, article, abbreviation };
struct Romanization {
  RomanizationPart part;
  std::string written, stored;  // name-key text; an article's "" is no word
  std::set<std::string> countries;
  bool any_country = false;  // countries "*"
  bool applies_in(const std::string& country_code) const { return any_country || countries.count(country_code) > 0; }
};

// geodata/romanizations.tsv.
const std::vector<Romanization>& romanizations() {
  static const std::vector<Romanization> table = [] {
    const std::string origin = "geodata/romanizations.tsv";
    const char* expected = "'suffix|prefix|article|abbreviation<TAB>written<TAB>stored<TAB>country codes or *'";
    std::vector<Romanization> out;
    for (const text::TableRow& row : text::table_rows(kRomanizationsTsv, origin, 4, expected)) {
      const std::string_view kind = row.fields[0];
      Romanization r;
      if (kind == "suffix") r.part = RomanizationPart::suffix;
      else if (kind == "prefix") r.part = RomanizationPart::prefix;
      else if (kind == "article") r.part = RomanizationPart::article;
      else if (kind == "abbreviation") r.part = RomanizationPart::abbreviation;
      else throw InputError(row.where(origin) + ": expected " + expected);
      r.written = row.fields[1] == "-" ? "" : std::string(row.fields[1]);
      r.stored = row.fields[2] == "-" ? "" : std::string(row.fields[2]);
      if (r.part == RomanizationPart::abbreviation && (r.written.empty() || r.stored.empty()))
        throw InputError(row.where(origin) + ": an abbreviation and its written-out word are both words");
      r.any_country = text::trim(row.fields[3]) == "*";
      if (!r.any_country)
        for (std::string_view cc : text::split(row.fields[3], ',')) r.countries.emplace(text::trim(cc));
      out.push_back(std::move(r));
    }
    return out;
  }();
  return table;
}

// The key as the rule's other romanization writes it, or "" where the rule does not apply.
std::string romanized(const std::string& key, const Romanization& r) {
  const auto starts = [&](const std::string& s) { return key.size() > s.size() && key.compare(0, s.size(), s) == 0; };
  switch (r.part) {
    case RomanizationPart::suffix:
      if (key.size() <= r.written.size() + 2 || key.compare(key.size() - r.written.size(), r.written.size(), r.written) != 0) return "";
      return key.substr(0, key.size() - r.written.size()) + r.stored;
    case RomanizationPart::prefix:
      return starts(r.written) ? r.stored + key.substr(r.written.size()) : "";
    case RomanizationPart::abbreviation:
    case RomanizationPart::article: {
      const std::string word = r.written.empty() ? "" : r.written + " ";
      if (!word.empty() && !starts(word)) return "";
      if (word.empty() && key.find(' ') != std::string::npos) return "";  // an article goes before a one-word name
      return (r.stored.empty() ? "" : r.stored + " ") + key.substr(word.size());
    }
  }
  return "";
}

enum class FacilitySide { after, before };
struct FacilityWords {
  std::string key;         // name key of the phrase
  std::size_t word_count;  // words in the key
  FacilitySide side;
  std::vector<std::string> feature_codes;  // GeoNames codes of the facility's kind ("RSTN" for a station)
  bool border = false;                     // kind border: with a country, it names the country's land border
  bool island = false;                     // kind island: read by Geocoder::island_named, not as a facility
  bool water = false;                      // kind water: a sea's or a strait's name, never read by the place in it
  bool region = false;                     // kinds region, subregion: "X State", "the province of X": only a region answers
  std::vector<std::string> countries;      // where the words name a facility ("Gare de": French-speaking countries); empty: anywhere
};

// The GeoNames feature codes of a facility_words.tsv kind.
std::vector<std::string> feature_codes_of(const std::string& kind) {
  if (kind == "station") return {"RSTN", "RSTP", "MTRO"};
  if (kind == "airport") return {"AIRP", "AIRF", "AIRH"};
  if (kind == "port") return {"PRT", "HBR"};
  if (kind == "terminal") return {"BUSTN", "RSTN", "PRT"};
  if (kind == "region") return {"ADM1", "RGN"};  // "the Donbas region": GeoNames' L.RGN
  if (kind == "subregion") return {"ADM1", "ADM2"};
  if (kind == "border") return {"PSTB"};  // a crossing features.tsv names ("Torkham border crossing")
  return {};
}

// geodata/region_forms.tsv: each English region word's forms in the names GeoNames gives second-level
// regions, as name keys with "{}" for the name ("province" -> "provincia di {}"), and the side of the name
// the query must write the word on for the form to apply (none: either).
struct RegionForm {
  std::string key;
  std::optional<FacilitySide> side;
};
const std::multimap<std::string, RegionForm, std::less<>>& region_forms() {
  static const std::multimap<std::string, RegionForm, std::less<>> table = [] {
    const std::string origin = "geodata/region_forms.tsv";
    const char* expected = "'region word<TAB>form with {}<TAB>before|after|any'";
    std::multimap<std::string, RegionForm, std::less<>> out;
    for (const text::TableRow& row : text::table_rows(kRegionFormsTsv, origin, 3, expected)) {
      const std::string form(row.fields[1]);
      const std::size_t slot = form.find("{}");
      if (slot == std::string::npos) throw InputError(row.where(origin) + ": the form has no {} for the name");
      if (row.fields[2] != "before" && row.fields[2] != "after" && row.fields[2] != "any") throw InputError(row.where(origin) + ": expected " + expected);
      std::optional<FacilitySide> side;
      if (row.fields[2] != "any") side = row.fields[2] == "before" ? FacilitySide::before : FacilitySide::after;
      const std::string before = name_key(form.substr(0, slot)), after = name_key(form.substr(slot + 2));
      out.emplace(name_key(row.fields[0]), RegionForm{before + (before.empty() ? "" : " ") + "{}" + (after.empty() ? "" : " ") + after, side});
    }
    return out;
  }();
  return table;
}

// geodata/facility_words.tsv, longest phrase first.
const std::vector<FacilityWords>& facility_words() {
  static const std::vector<FacilityWords> table = [] {
    const std::string origin = "geodata/facility_words.tsv";
    const char* expected = "'phrase<TAB>station|terminal|port|airport|border|island|water|region|subregion<TAB>after|before'";
    std::vector<FacilityWords> out;
    for (const text::TableRow& row : text::table_rows(kFacilityWordsTsv, origin, 3, expected)) {
      const std::string kind(row.fields[1]);
      if ((row.fields[2] != "after" && row.fields[2] != "before") ||
          (kind != "station" && kind != "terminal" && kind != "port" && kind != "airport" && kind != "border" && kind != "island" &&
           kind != "water" && kind != "region" && kind != "subregion"))
        throw InputError(row.where(origin) + ": expected " + expected);
      const std::string key = name_key(row.fields[0]);
      out.push_back({key, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1,
                     row.fields[2] == "after" ? FacilitySide::after : FacilitySide::before, feature_codes_of(kind),
                     kind == "border", kind == "island", kind == "water", kind == "region" || kind == "subregion", {}});
      if (row.fields.size() > 3)
        for (const std::string_view code : text::split(row.fields[3], ',')) {
          if (code.size() != 2) throw InputError(row.where(origin) + ": '" + std::string(code) + "' is no ISO 3166-1 alpha-2 country code");
          out.back().countries.emplace_back(code);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const FacilityWords& a, const FacilityWords& b) { return a.word_count > b.word_count; });
    return out;
  }();
  return table;
}

// geodata/generic_name_words.tsv as name keys.
const std::vector<std::string>& generic_name_words() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> out;
    for (const text::TableRow& row : text::table_rows(kGenericNameWordsTsv, "geodata/generic_name_words.tsv", 1, "'word<TAB>note'"))
      out.push_back(name_key(row.fields[0]));
    return out;
  }();
  return table;
}

// geodata/other_name_words.tsv as name keys, longest first.
const std::vector<std::string>& other_name_words() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> out;
    for (const text::TableRow& row : text::table_rows(kOtherNameWordsTsv, "geodata/other_name_words.tsv", 1, "'words<TAB>note'"))
      out.push_back(name_key(row.fields[0]));
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
  }();
  return table;
}

// "Mumbai (Bombay)", "Chennai, formerly Madras", "Chennai (formerly Madras)": the name and its other name,
// or nothing when the text is not of that shape.
std::optional<std::pair<std::string_view, std::string_view>> split_other_name(std::string_view name) {
  std::string_view first, second;
  if (name.size() > 2 && name.back() == ')') {
    const std::size_t open = name.rfind('(');
    if (open == std::string_view::npos || open == 0) return std::nullopt;
    first = text::trim(name.substr(0, open));
    second = text::trim(name.substr(open + 1, name.size() - open - 2));
  } else {
    const std::size_t comma = name.rfind(',');
    if (comma == std::string_view::npos) return std::nullopt;
    first = text::trim(name.substr(0, comma));
    second = text::trim(name.substr(comma + 1));
  }
  bool joined = name.back() == ')';
  for (const std::string& words : other_name_words()) {
    const std::string head = name_key(second.substr(0, std::min(second.size(), words.size())));
    if (second.size() > words.size() + 1 && head == words && second[words.size()] == ' ') {
      second = text::trim(second.substr(words.size() + 1));
      joined = true;
      break;
    }
  }
  if (!joined || first.empty() || second.empty()) return std::nullopt;
  return std::make_pair(first, second);
}

}  // namespace

std::optional<LatLon> parse_lat_lon(std::string_view text) {
  text = text::trim(text);
  std::size_t sep = text.find_first_of(", ");
  if (sep == std::string_view::npos) return std::nullopt;
  auto lat = text::parse_double(text.substr(0, sep));
  std::string_view rest = text::trim(text.substr(sep + 1));
  if (!rest.empty() && rest.front() == ',') rest = text::trim(rest.substr(1));
  auto lon = text::parse_double(rest);
  if (!lat || !lon) return std::nullopt;
  // Two numbers are coordinates, in range or not: "91,0" is a mistake to name, not a place to look up.
  if (std::abs(*lat) > 90)
    throw InputError("latitude " + text::coordinate_excerpt(*lat) + " is out of range (-90 to 90)");
  if (std::abs(*lon) > 180)
    throw InputError("longitude " + text::coordinate_excerpt(*lon) + " is out of range (-180 to 180)");
  return LatLon{*lat, *lon};
}

Geocoder::Geocoder(std::vector<Gazetteer> gazetteers, const Ranking& ranking)
    : gazetteers_(std::move(gazetteers)), ranking_(ranking) {}

namespace {
// Whether `key` is the leading words of a town's ASCII name, set off by a space and followed by more than a
// generic word: "frankfurt" of "Frankfurt am Main", but not "mexico" of "Mexico City"
// (geodata/generic_name_words.tsv), nor "boulogne" of "Boulogne-sur-Mer", one of several towns whose
// hyphenated names begin alike.
// Whether `key` is the leading words of the name key `own_key` (more words follow).
bool leads(std::string_view key, std::string_view own_key) {
  return own_key.size() > key.size() + 1 && own_key.compare(0, key.size(), key) == 0 && own_key[key.size()] == ' ';
}

// Whether a name as stored begins with a word an abbreviation row starts from ("St.", "Saint-", "Ft "):
// most alternate matches do not, and their keys are never made.
bool may_abbreviate(std::string_view name) {
  static const std::set<std::string, std::less<>> first_words = [] {
    std::set<std::string, std::less<>> out;
    for (const Romanization& r : romanizations())
      if (r.part == RomanizationPart::abbreviation) out.insert(r.written);
    return out;
  }();
  std::string first;
  for (char ch : name) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) break;
    first += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return first_words.count(first) > 0;
}

// "St Petersburg" for Saint Petersburg, "Ft Worth" for Fort Worth, "Saint Moritz" for St. Moritz: whether
// the name key is the place's own name with its first word abbreviated or written out (romanizations.tsv,
// abbreviation rows).
bool abbreviates(const std::string& key, const Place& place) {
  const std::size_t space = key.find(' ');
  if (space == std::string::npos) return false;
  const std::string_view first(key.data(), space);
  for (const Romanization& r : romanizations()) {
    if (r.part != RomanizationPart::abbreviation || r.written != first || !r.applies_in(place.country_code)) continue;
    const std::string written_out = romanized(key, r);
    if (written_out == name_key(place.ascii_name) || written_out == name_key(place.name)) return true;
  }
  return false;
}

bool is_short_form(std::string_view key, std::string_view ascii_name) {
  if (ascii_name.size() <= key.size() + 1 || ascii_name[key.size()] != ' ') return false;
  const std::string own_key = name_key(ascii_name);
  if (!leads(key, own_key)) return false;
  const std::string_view rest = std::string_view(own_key).substr(key.size() + 1);  // a view of own_key, not of a temporary
  return std::none_of(generic_name_words().begin(), generic_name_words().end(), [&](const std::string& w) { return rest == w; });
}
}  // namespace

std::vector<Candidate> Geocoder::exact_candidates(const std::string& key, bool codes_allowed,
                                                  std::optional<MatchKind> forced) const {
  std::vector<Candidate> out;
  for (std::size_t g = 0; g < gazetteers_.size(); ++g) {
    std::vector<NameHit> hits = gazetteers_[g].lookup_key(key);
    out.reserve(out.size() + hits.size());
    for (NameHit& hit : hits) {
      if (hit.kind == NameKind::code && !codes_allowed) continue;
      Candidate& c = out.emplace_back();
      c.match = forced.value_or(match_kind_of(hit.kind));
      // A short form of the place's own name ("Frankfurt" for Frankfurt am Main, "Leon" for León de los
      // Aldama) is the name the place goes by, not another name: it ranks as the name itself.
      if (c.match == MatchKind::alternate && hit.place.feature_class == "P" && is_short_form(key, hit.place.ascii_name))
        c.match = MatchKind::exact;
      c.matched_name = std::move(hit.stored_name);
      c.place = std::move(hit.place);
      c.gazetteer_index = g;
    }
  }
  return out;
}

std::vector<Candidate> Geocoder::romanization_candidates(const std::string& key) const {
  std::vector<Candidate> out;
  for (const Romanization& r : romanizations()) {
    const std::string other = romanized(key, r);
    if (other.empty()) continue;
    for (Candidate& c : exact_candidates(other, false, MatchKind::alternate)) {
      if (!r.applies_in(c.place.country_code)) continue;
      c.reason = r.part == RomanizationPart::abbreviation
                     ? fmt::format("'{}' written out, matching '{}'", other, c.matched_name)
                     : fmt::format("'{}' as another romanization writes it, matching '{}'", other, c.matched_name);
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<Candidate> Geocoder::fuzzy_candidates(const std::string& ascii_key) const {
  std::vector<Candidate> out;
  if (code_point_count(ascii_key) < static_cast<std::size_t>(ranking_.value("fuzzy.min_key_length")))
    return out;
  std::set<std::string> keys;
  for (const Gazetteer& g : gazetteers_)
    for (std::string& k : g.fuzzy_keys(ascii_key)) keys.insert(std::move(k));
  for (const std::string& k : keys)
    for (Candidate& c : exact_candidates(k, false, MatchKind::fuzzy)) out.push_back(std::move(c));
  return out;
}

std::vector<Candidate> Geocoder::spellings_near(std::string_view name, const LatLon& point, double max_km) const {
  std::vector<Candidate> out;
  const std::string key = name_key(name);
  const auto max_edits = static_cast<std::size_t>(ranking_.value("fuzzy.near_max_edits"));
  if (key.empty() || !is_ascii(key) || key.size() < static_cast<std::size_t>(ranking_.value("fuzzy.near_min_key_length")))
    return out;
  // Misspellings keep their first letter far more often than not; scanning one letter's keys keeps the
  // search to a few thousand names.
  std::set<std::string> keys;
  for (const Gazetteer& g : gazetteers_)
    for (std::string& k : g.keys_near(key.front(), key.size() - std::min(key.size(), max_edits), key.size() + max_edits,
                                      point.lat_deg, point.lon_deg, max_km)) {
      const std::size_t edits = edit_distance(key, k, max_edits);
      if (edits >= 1 && edits <= max_edits) keys.insert(std::move(k));
    }
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  const double edit_weight = ranking_.value("fuzzy.near_edit_weight");
  const SpellingCosts costs{ranking_.value("fuzzy.vowel_for_vowel_cost"), ranking_.value("fuzzy.doubled_letter_cost")};
  for (const std::string& k : keys) {
    const std::size_t edits = edit_distance(key, k, max_edits);
    const double cost = spelling_cost(key, k, costs);
    for (Candidate& c : exact_candidates(k, false, MatchKind::fuzzy)) {
      if (c.place.feature_class != "P") continue;
      double distance_m = 0;
      wgs84.Inverse(point.lat_deg, point.lon_deg, c.place.lat_deg, c.place.lon_deg, distance_m);
      if (distance_m / 1000 > max_km) continue;
      // Each unit of spelling cost beyond the first takes a share of the score: the closer spelling first.
      c.score = ranking_.score(MatchKind::fuzzy, c.place.prominence) * std::pow(edit_weight, std::max(0.0, cost - 1));
      c.reason = fmt::format("{} edit{} from '{}'; {}", edits, edits > 1 ? "s" : "", c.matched_name, describe_place(c.place));
      out.push_back(std::move(c));
    }
  }
  // One place under several keys (its name and its ASCII name) is one candidate: its best.
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::set<std::pair<std::size_t, std::int64_t>> seen;
  std::erase_if(out, [&](const Candidate& c) { return !seen.emplace(c.gazetteer_index, c.place.fid).second; });
  return out;
}

std::vector<Geocoder::Constraint> Geocoder::resolve_qualifier(std::string_view text,
                                                              bool countries_only) const {
  std::vector<Constraint> out;
  const std::string key = name_key(text);
  for (const Candidate& c : exact_candidates(key, written_as_code(text))) {
    const Place& p = c.place;
    if (p.feature_class != "A" || p.country_code.empty()) continue;
    if (is_country_code(p.feature_code))
      out.push_back({p.country_code, "", p.name, ""});
    else if (!countries_only && p.feature_code == "ADM1")
      out.push_back({p.country_code, p.admin1_code, p.name + ", " + p.country_code, ""});
  }
  // "Ennis, County Clare", "Bandon, Co. Cork": a region named with its region word (facility_words.tsv
  // kinds region and subregion), down to the second level.
  if (out.empty() && !countries_only)
    for (const Candidate& c : partly_known(text)) {
      const Place& p = c.place;
      if (p.feature_class != "A" || p.country_code.empty() || c.names_land_border) continue;
      if (p.feature_code == "ADM1") out.push_back({p.country_code, p.admin1_code, p.name + ", " + p.country_code, ""});
      else if (p.feature_code == "ADM2") out.push_back({p.country_code, p.admin1_code, p.name + ", " + p.country_code, p.admin2_code});
    }
  return out;
}

std::vector<std::string> Geocoder::suggest(const std::string& key) const {
  const std::size_t wanted = static_cast<std::size_t>(ranking_.value("suggestions.count"));
  // Candidate keys: two edits away through the deletion index, or sharing the first two letters.
  std::set<std::string> pool;
  std::string ascii = is_ascii(key) ? key : transliterated_key(key);
  if (ascii.empty()) return {};
  std::vector<std::int64_t> hashes;
  for (std::size_t i = 0; i <= ascii.size(); ++i) {
    std::string shorter = ascii;
    if (i < ascii.size()) shorter.erase(i, 1);
    for (std::int64_t h : deletion_hashes(shorter)) hashes.push_back(h);
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  for (const Gazetteer& g : gazetteers_) {
    for (std::string& k : g.keys_for_hashes(hashes)) pool.insert(std::move(k));
    for (std::string& k : g.keys_with_prefix(ascii.substr(0, std::min<std::size_t>(2, ascii.size())), 20000))
      pool.insert(std::move(k));
  }
  struct Near {
    std::size_t distance;
    double prominence;
    std::string name;
  };
  std::vector<std::pair<std::size_t, std::string>> by_distance;
  const std::size_t cap = std::max<std::size_t>(2, ascii.size() / 2);
  for (const std::string& k : pool) {
    std::size_t d = edit_distance(k, ascii, cap);
    if (d <= cap) by_distance.emplace_back(d, k);
  }
  std::sort(by_distance.begin(), by_distance.end());
  if (by_distance.size() > 30) by_distance.resize(30);
  std::vector<Near> near;
  for (auto& [d, k] : by_distance) {
    auto hits = exact_candidates(k, false, MatchKind::fuzzy);
    if (hits.empty()) continue;
    auto best = std::max_element(hits.begin(), hits.end(), [](const Candidate& a, const Candidate& b) {
      return a.place.prominence < b.place.prominence;
    });
    near.push_back({d, best->place.prominence, best->place.name});
  }
  std::stable_sort(near.begin(), near.end(), [](const Near& a, const Near& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.prominence > b.prominence;
  });
  std::vector<std::string> names;
  for (const Near& n : near) {
    if (std::find(names.begin(), names.end(), n.name) == names.end()) names.push_back(n.name);
    if (names.size() == wanted) break;
  }
  return names;
}

void Geocoder::order_towns_by_population(std::vector<Candidate>& candidates) const {
  std::vector<std::size_t> towns;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    if (c.match == MatchKind::exact && c.place.feature_class == "P" && c.place.population.value_or(0) > 0 &&
        ranking_.ordered_by_population(c.place.feature_code))
      towns.push_back(i);
  }
  if (towns.size() < 2) return;
  // Per gazetteer: a user's gazetteer is searched first and stays first.
  std::stable_sort(towns.begin(), towns.end(), [&](std::size_t x, std::size_t y) {
    return candidates[x].gazetteer_index < candidates[y].gazetteer_index;
  });
  for (auto begin = towns.begin(); begin != towns.end();) {
    auto end = std::find_if(begin, towns.end(), [&](std::size_t i) {
      return candidates[i].gazetteer_index != candidates[*begin].gazetteer_index;
    });
    std::vector<double> scores;
    for (auto it = begin; it != end; ++it) scores.push_back(candidates[*it].score);
    std::sort(scores.begin(), scores.end(), std::greater<>());
    std::stable_sort(begin, end, [&](std::size_t x, std::size_t y) {
      const long long px = *candidates[x].place.population, py = *candidates[y].place.population;
      return px != py ? px > py : candidates[x].score > candidates[y].score;
    });
    for (std::size_t k = 0; k < scores.size(); ++k) candidates[*(begin + static_cast<std::ptrdiff_t>(k))].score = scores[k];
    begin = end;
  }
}

namespace {
// A country's or first-level region's seat (GeoNames PPLC, PPLG, PPLA).
bool is_seat_of_region(const Place& p) {
  return p.feature_code == "PPLA" || p.feature_code == "PPLC" || p.feature_code == "PPLG";
}
}  // namespace

void Geocoder::finish(std::vector<Candidate>& candidates, const GeocodeOptions& options, bool written_with_periods,
                      bool airport_code_query) const {
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  std::vector<double> near_km(candidates.size(), 0);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    Candidate& c = candidates[i];
    c.score = ranking_.score(c.match, c.place.prominence);
    if (options.near) {
      double distance_m = 0;
      wgs84.Inverse(options.near->lat_deg, options.near->lon_deg, c.place.lat_deg, c.place.lon_deg, distance_m);
      near_km[i] = distance_m / 1000.0;
      c.score *= ranking_.near_factor(near_km[i]);
    }
  }
  // Towns that carry the name itself, below the capitals of countries and first-level regions, take their
  // scores in order of population: GeoNames' county and district seat codes are uneven from one state or
  // country to the next, people are not (Arlington, Texas, before Arlington, Virginia, the seat). The
  // scores themselves stay, handed down the new order, so thresholds on them keep their meaning. Not with
  // --near: there distance orders.
  if (!options.near) order_towns_by_population(candidates);
  // A town's own name with its first word abbreviated ("St Petersburg", "Ft Worth") is that name, not
  // another name of the town, where the town has more people than every place carrying the form itself:
  // Saint Petersburg (5.4 million) over St. Petersburg, Florida, but St. Louis, Missouri (300,000) over
  // Saint-Louis, Senegal (176,000), which keeps its alternate standing.
  for (Candidate& c : candidates) {
    if (c.match != MatchKind::alternate || c.place.feature_class != "P" || !may_abbreviate(c.matched_name) ||
        !abbreviates(name_key(c.matched_name), c.place))
      continue;
    const long long people = c.place.population.value_or(0);
    const bool most_people = std::none_of(candidates.begin(), candidates.end(), [&](const Candidate& other) {
      return other.match == MatchKind::exact && other.gazetteer_index == c.gazetteer_index && other.place.feature_class == "P" &&
             other.place.population.value_or(0) >= people;
    });
    if (most_people) {
      c.match = MatchKind::exact;
      c.score = ranking_.score(c.match, c.place.prominence);
    }
  }
  // Another place's alternate name (an old name, a nickname) speaks for it only when the place is a large
  // city, a country, a first-level region, a facility named short (Heathrow for London Heathrow Airport)
  // or one of the curated tables' (Kiev, Bombay, Burma).
  const long long alternate_min_population = ranking_.alternate_min_population();
  const auto exact_keeps_name_population = static_cast<long long>(ranking_.value("exact_keeps_name_population"));
  auto alternate_name_counts = [&](const Place& p) {
    return p.population.value_or(0) >= alternate_min_population || p.feature_code == "PCLI" || p.feature_code == "ADM1" ||
           p.feature_class == "S" || p.source.rfind("routecheck-", 0) == 0;
  };
  // A district or a province named after its town ("Darjeeling", the canton of Vianden): news means the
  // town, whose own GeoNames name may be spelt otherwise ("Dārjiling") and so match only as an alternate.
  // The region goes just below it. A hamlet known by the region's name as an alternate (Montana City,
  // "Montana") is not that town: the state stays first; nor is a city known by a state's name only as
  // an alternate unless it is the state's seat (Ar Raqqah, "Raqqa"; Genève, "Geneva"): Mormugao, a port
  // of Goa known also as "Goa", is not what news means by the state.
  for (Candidate& district : candidates) {
    if ((district.place.feature_code != "ADM2" && district.place.feature_code != "ADM1") || district.match == MatchKind::fuzzy)
      continue;
    for (const Candidate& town : candidates)
      if (town.place.feature_class == "P" && town.match != MatchKind::fuzzy &&
          (town.match != MatchKind::alternate || (alternate_name_counts(town.place) &&
                                                (district.place.feature_code != "ADM1" || is_seat_of_region(town.place)))) &&
          town.gazetteer_index == district.gazetteer_index && town.place.country_code == district.place.country_code &&
          town.place.admin1_code == district.place.admin1_code &&
          (district.place.admin2_code.empty() || town.place.admin2_code == district.place.admin2_code) &&
          // Not a township GeoNames gives no people (trial U: "Xinjiang" was one, 3,200 km off the region;
          // "Yamanashi" a town before the prefecture): a state is not named after a place of unknown size.
          (district.place.feature_code != "ADM1" || is_seat_of_region(town.place) || town.place.population.value_or(0) > 0) &&
          district.score >= town.score)
        district.score = std::nextafter(town.score, 0.0);
  }
  // A facility known by its city's name ("Nuremberg" for Nuremberg Airport, which carries the city's name
  // as an alternate) is not what a writer means by the city's name: a large city of that name within
  // facility_code_reach_km comes first, the facility just below it. A facility named short by a name of
  // its own ("Heathrow", "Sheremetyevo") has no such city beside it and keeps its standing.
  const double facility_reach_m = ranking_.value("facility_code_reach_km") * 1000;
  for (Candidate& facility : candidates) {
    if (facility.place.feature_class != "S" || facility.match == MatchKind::fuzzy) continue;
    for (const Candidate& city : candidates) {
      if (city.place.feature_class != "P" || city.match == MatchKind::fuzzy ||
          city.place.population.value_or(0) < alternate_min_population || city.score > facility.score)
        continue;
      double m = 0;
      wgs84.Inverse(city.place.lat_deg, city.place.lon_deg, facility.place.lat_deg, facility.place.lon_deg, m);
      if (m <= facility_reach_m) facility.score = std::nextafter(city.score, 0.0);
    }
  }
  // Another place's alternate name (Middletown for Athens, Ohio; Norfolk for Norfolk Island) is not what a
  // writer means when a place is listed under the name itself, unless that alternate name counts (above).
  // It goes just below the best exact match of its gazetteer. Even when it counts, it does not beat the
  // name's own place when that place has at least as many people: "Philadelphia" is the city in
  // Pennsylvania before it is Amman's ancient name.
  // Each gazetteer's best exact match and its most populous one, found in one pass: one or two
  // gazetteers, no map.
  struct ExactMatches {
    std::size_t gazetteer_index;
    double best_score;
    std::int64_t best_fid;
    long long most_people;
    double most_people_score;
    std::int64_t most_people_fid;
  };
  std::vector<ExactMatches> exact_by_gazetteer;
  bool any_alternate = false;
  for (const Candidate& c : candidates) {
    any_alternate = any_alternate || c.match == MatchKind::alternate;
    if (c.match != MatchKind::exact) continue;
    const long long people = c.place.population.value_or(0);
    auto it = std::find_if(exact_by_gazetteer.begin(), exact_by_gazetteer.end(),
                           [&](const ExactMatches& e) { return e.gazetteer_index == c.gazetteer_index; });
    if (it == exact_by_gazetteer.end()) {
      exact_by_gazetteer.push_back({c.gazetteer_index, c.score, c.place.fid, people, c.score, c.place.fid});
      continue;
    }
    if (c.score > it->best_score) it->best_score = c.score, it->best_fid = c.place.fid;
    if (people > it->most_people) it->most_people = people, it->most_people_score = c.score, it->most_people_fid = c.place.fid;
  }
  for (Candidate& alt : candidates) {
    if (!any_alternate || exact_by_gazetteer.empty()) break;
    if (alt.match != MatchKind::alternate) continue;
    const Place& p = alt.place;
    auto exact = std::find_if(exact_by_gazetteer.begin(), exact_by_gazetteer.end(),
                              [&](const ExactMatches& e) { return e.gazetteer_index == alt.gazetteer_index; });
    if (exact == exact_by_gazetteer.end()) continue;
    if (alternate_name_counts(p)) {
      const long long people = p.population.value_or(0);
      // Nor does it beat a city that carries the name itself and is large enough to count on its own:
      // a reader of "Salem" or "Victoria" means one of the cities of that name, not the old name of a
      // larger city elsewhere. A short form of the place's own name is its everyday name, not another
      // name: "Leon" for León de los Aldama keeps its standing.
      // The name keys last: this runs for every alternate candidate of a lookup.
      if (exact->most_people >= exact_keeps_name_population && exact->most_people_fid != p.fid && alt.score >= exact->best_score &&
          !leads(name_key(alt.matched_name), name_key(p.name))) {
        alt.score = std::nextafter(exact->best_score, 0.0);
        continue;
      }
      if (people > 0 && exact->most_people >= people && exact->most_people_fid != p.fid && alt.score >= exact->most_people_score)
        alt.score = std::nextafter(exact->most_people_score, 0.0);
      continue;
    }
    // The place itself the best exact match: its exact entry is the one kept.
    if (exact->best_fid == p.fid) continue;
    if (alt.score >= exact->best_score) alt.score = std::nextafter(exact->best_score, 0.0);
  }
  // "S.C.", "Pa.", "L.A.": a name written with periods is an abbreviation written so, and a place stored
  // under that very form comes before the ones that match only with the periods folded away (SC the
  // Seychelles' code, Pa an alternate name of Chongqing).
  if (written_with_periods) {
    double best_dotted = -1;
    for (const Candidate& c : candidates)
      if (c.match != MatchKind::fuzzy && c.matched_name.find('.') != std::string::npos) best_dotted = std::max(best_dotted, c.score);
    if (best_dotted >= 0)
      for (Candidate& c : candidates)
        if (c.matched_name.find('.') == std::string::npos && c.score >= best_dotted) c.score = std::nextafter(best_dotted, 0.0);
  }
  // "HND", "ORD": three capitals typed as a trip's end are an airport's IATA code before a country's ISO
  // 3166 code (Honduras) or a town's name written in capitals (Ord, Nebraska, 2,061 people); a city of
  // note keeps its standing. Not in stories (words_after off): there capitals are headlines and tables.
  if (options.words_after && airport_code_query) {
    const double min_population = ranking_.value("district_words_min_population");
    double best_other = -1;
    for (const Candidate& c : candidates)
      if (c.match != MatchKind::fuzzy && c.place.feature_code != "AIRP" &&
          ((c.match == MatchKind::abbreviation && c.place.feature_class == "A") ||
           (c.place.feature_class == "P" && static_cast<double>(c.place.population.value_or(0)) < min_population)))
        best_other = std::max(best_other, c.score);
    for (Candidate& c : candidates)
      if (c.place.feature_code == "AIRP" && c.match == MatchKind::abbreviation && c.score <= best_other)
        c.score = std::min(1.0, std::nextafter(best_other, 2.0));
  }
  // Rank indices, not candidates: a popular name has hundreds of places, and only `limit` are kept.
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // One entry per place: keep its best-scored way of matching.
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Candidate &a = candidates[x], &b = candidates[y];
    if (a.gazetteer_index != b.gazetteer_index) return a.gazetteer_index < b.gazetteer_index;
    if (a.place.fid != b.place.fid) return a.place.fid < b.place.fid;
    return a.score > b.score;
  });
  order.erase(std::unique(order.begin(), order.end(),
                          [&](std::size_t x, std::size_t y) {
                            return candidates[x].gazetteer_index == candidates[y].gazetteer_index &&
                                   candidates[x].place.fid == candidates[y].place.fid;
                          }),
              order.end());
  // Fuzzy after every real match; among real matches, user gazetteers (searched first) come first.
  auto better = [&](std::size_t x, std::size_t y) {
    const Candidate &a = candidates[x], &b = candidates[y];
    const bool fa = a.match == MatchKind::fuzzy, fb = b.match == MatchKind::fuzzy;
    if (fa != fb) return fb;
    if (a.gazetteer_index != b.gazetteer_index) return a.gazetteer_index < b.gazetteer_index;
    if (a.score != b.score) return a.score > b.score;
    const long long pa = a.place.population.value_or(0), pb = b.place.population.value_or(0);
    if (pa != pb) return pa > pb;
    return a.place.fid < b.place.fid;
  };
  const std::size_t kept = std::min(options.limit, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(), better);
  std::vector<Candidate> ranked;
  ranked.reserve(kept);
  for (std::size_t k = 0; k < kept; ++k) {
    Candidate& c = candidates[order[k]];
    if (c.reason.empty()) c.reason = match_phrase(c.match, c.matched_name);
    c.reason += "; " + describe_place(c.place);
    if (options.near) c.reason += fmt::format("; {:.0f} km from --near", near_km[order[k]]);
    ranked.push_back(std::move(c));
  }
  candidates = std::move(ranked);
}

std::optional<std::pair<Place, double>> Geocoder::nearest_place(const LatLon& point, double max_km) const {
  std::optional<std::pair<Place, double>> best;
  for (const Gazetteer& g : gazetteers_)
    if (auto near = g.nearest_place(point.lat_deg, point.lon_deg, max_km); near && (!best || near->second < best->second))
      best = std::move(near);
  return best;
}

std::vector<std::pair<Place, double>> Geocoder::places_near(const LatLon& point, double max_km,
                                                             const std::string& feature_code) const {
  std::vector<std::pair<Place, double>> out;
  for (const Gazetteer& g : gazetteers_)
    for (auto& near : g.places_near(point.lat_deg, point.lon_deg, max_km, feature_code)) out.push_back(std::move(near));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

std::optional<Candidate> Geocoder::capital_of(std::string_view country_code, const std::string& described_as) const {
  for (std::size_t i = 0; i < gazetteers_.size(); ++i)
    if (std::optional<NameHit> hit = gazetteers_[i].capital(country_code)) {
      Candidate c;
      c.place = std::move(hit->place);
      c.matched_name = std::move(hit->stored_name);
      c.match = MatchKind::exact;
      c.score = ranking_.score(c.match, c.place.prominence);
      c.reason = "the capital, described as '" + described_as + "'";
      c.gazetteer_index = i;
      return c;
    }
  return std::nullopt;
}

std::vector<Candidate> Geocoder::facility_near_place(std::string_view facility_name, std::string_view place_name,
                                                    bool as_code) const {
  // The facility (an airport, a station: class S) counts only within reach of a place named by the other
  // words, so "Paris DXB" is nothing rather than Dubai's airport.
  if (facility_name.empty() || place_name.empty()) return {};
  std::vector<Candidate> facilities = exact_candidates(name_key(facility_name), as_code);
  std::erase_if(facilities, [](const Candidate& c) { return c.place.feature_class != "S"; });
  if (facilities.empty()) return {};
  std::vector<Candidate> places = exact_candidates(name_key(place_name), written_as_code(place_name));
  // A facility's short name is a word of any kind ("High" for Falkirk High, "State" for Aurora State
  // Airport): named so, it counts only beside a large city ("Moscow Domodedovo"), never beside a hamlet
  // or a county that happens to lie near a station ("Springfield High" school, "Columbia State").
  if (!as_code) {
    const double min_population = ranking_.value("district_words_min_population");
    std::erase_if(places, [&](const Candidate& c) {
      return c.place.feature_class != "P" || static_cast<double>(c.place.population.value_or(0)) < min_population;
    });
  }
  const double reach_km = ranking_.value("facility_code_reach_km");
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  std::vector<Candidate> out;
  for (Candidate& facility : facilities) {
    double nearest_m = std::numeric_limits<double>::infinity();
    const Candidate* nearest = nullptr;
    for (const Candidate& place : places) {
      if (place.place.feature_class == "S") continue;  // "Dubai" is also the airport's own short name
      double m = 0;
      wgs84.Inverse(place.place.lat_deg, place.place.lon_deg, facility.place.lat_deg, facility.place.lon_deg, m);
      if (m < nearest_m) nearest_m = m, nearest = &place;
    }
    if (!nearest || nearest_m / 1000 > reach_km) continue;
    facility.reason = fmt::format("{} '{}' of a facility {:.0f} km from {}, {}", as_code ? "code" : "name", std::string(facility_name),
                                  nearest_m / 1000, nearest->place.name, nearest->place.country_code);
    out.push_back(std::move(facility));
  }
  return out;
}

// A possessive's endings as news writes them, straight or curly apostrophe ("Delhi's", "Delhi\u2019s").
constexpr std::array<std::string_view, 2> kPossessiveEndings{"'s", "\u2019s"};

std::vector<Candidate> Geocoder::facility_by_place_and_code(std::string_view name) const {
  // "Union Station, Chicago", "the Gare de Lyon in Paris": the facility's name, then its place after a
  // comma or "in".
  if (const std::size_t comma = name.rfind(','); comma != std::string_view::npos)
    return facility_near_place(text::trim(name.substr(0, comma)), text::trim(name.substr(comma + 1)), false);
  if (const std::size_t in = name.rfind(" in "); in != std::string_view::npos) {
    std::string_view facility = text::trim(name.substr(0, in));
    if (facility.size() > 4 && (facility.substr(0, 4) == "the " || facility.substr(0, 4) == "The ")) facility.remove_prefix(4);
    return facility_near_place(facility, text::trim(name.substr(in + 4)), false);
  }
  // "New York's JFK", "Doha's Hamad International Airport": the place's possessive, then the facility by
  // its code or its own name (the place alone answered for the second, the first was not found).
  for (std::string_view ending : kPossessiveEndings)
    if (const std::size_t at = name.find(std::string(ending) + " "); at != std::string_view::npos && at > 0) {
      const std::string_view place_name = text::trim(name.substr(0, at)), facility = text::trim(name.substr(at + ending.size()));
      std::vector<Candidate> found = facility_near_place(facility, place_name, written_as_code(facility));
      if (!found.empty()) return found;
    }
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return {};
  // "Paris CDG": the code is the last word, in capitals ("CDG", not "Cdg": a code matches only so written).
  if (const std::string_view code = name.substr(space + 1); written_as_code(code))
    return facility_near_place(code, text::trim(name.substr(0, space)), true);
  // "Moscow Domodedovo", "Milan Malpensa": a place's name, then a facility's own short name. (A possessive
  // is partly_known's: "Moscow's Domodedovo Airport" is read by its place, as the reader of articles
  // splits "New York's John F. Kennedy International Airport" into its place and its airport.)
  for (std::size_t split = name.find(' '); split != std::string_view::npos; split = name.find(' ', split + 1)) {
    const std::string_view place_name = text::trim(name.substr(0, split));
    std::vector<Candidate> found = facility_near_place(text::trim(name.substr(split + 1)), place_name, false);
    if (!found.empty()) return found;
  }
  return {};
}

// A name whose whole the gazetteer lacks, read by its words: a place and a state or country after it with
// no comma ("Paris Texas"); a large city and a place near it ("Tokyo Shibuya": the district); a large
// city and capitalised words that name nothing near it ("Edinburgh Waverley": the city, with its extent
// and a note that the rest was not found). Up to partly_known_max_unknown_words words after the place.
std::vector<Candidate> Geocoder::place_with_words_after(std::string_view name) const {
  // Names with a comma are the qualifier's and the other name's ("Seoul, Hanyang" is a list, no place).
  if (name.find(',') != std::string_view::npos) return {};
  std::vector<std::string> words = text::words(name);
  // "the Kerch Bridge" as "Kerch Bridge": the article is the name's, not the place's; unless the place's
  // own name starts with it ("The Woodlands Texas", "The Villages Florida").
  if (words.size() > 2 && name_key(words.front()) == "the" && exact_candidates(name_key(words[0] + " " + words[1]), false).empty())
    words.erase(words.begin());
  if (words.size() < 2) return {};
  const auto max_after = static_cast<std::size_t>(ranking_.value("partly_known_max_unknown_words"));
  const double min_population = ranking_.value("district_words_min_population");
  const double reach_m = ranking_.value("other_name_reach_km") * 1000;
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  const auto joined = [&](std::size_t from, std::size_t to) {
    return text::join(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(to)), " ");
  };
  const auto capitalised = [](const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  for (std::size_t head = words.size() - 1; head >= 1 && words.size() - head <= max_after; --head) {
    if (!std::all_of(words.begin() + static_cast<std::ptrdiff_t>(head), words.end(), capitalised)) continue;
    const std::string place_name = joined(0, head), rest = joined(head, words.size());
    std::vector<Candidate> found = exact_candidates(name_key(place_name), written_as_code(place_name));
    if (found.empty()) continue;
    if (const std::vector<Constraint> within = resolve_qualifier(rest, false); !within.empty()) {  // "Paris Texas"
      std::erase_if(found, [&](const Candidate& c) {
        return std::none_of(within.begin(), within.end(), [&](const Constraint& k) { return k.holds(c.place); });
      });
      for (Candidate& c : found) c.reason = fmt::format("{}; in {}", match_phrase(c.match, c.matched_name), rest);
      if (!found.empty()) return found;
      continue;
    }
    std::erase_if(found, [&](const Candidate& c) {
      return c.place.feature_class != "P" || static_cast<double>(c.place.population.value_or(0)) < min_population;
    });
    if (found.empty()) continue;
    const bool rest_is_code = written_as_code(rest);
    std::vector<Candidate> near = exact_candidates(name_key(rest), rest_is_code);  // "Tokyo Shibuya"
    const bool rest_named_elsewhere = !near.empty();
    std::erase_if(near, [&](const Candidate& part) {
      return std::none_of(found.begin(), found.end(), [&](const Candidate& city) {
        double m = 0;
        wgs84.Inverse(city.place.lat_deg, city.place.lon_deg, part.place.lat_deg, part.place.lon_deg, m);
        return m <= reach_m;
      });
    });
    if (!near.empty()) {
      for (Candidate& c : near) c.reason = fmt::format("{}; named with {} beside it", match_phrase(c.match, c.matched_name), place_name);
      return near;
    }
    if (rest_is_code && rest_named_elsewhere) return {};  // "Paris DXB": a code of somewhere else
    for (Candidate& c : found) {
      c.reason = fmt::format("{}; '{}' {}: the place stands for it, with its extent", match_phrase(c.match, c.matched_name), rest,
                             rest_named_elsewhere ? "names nothing near it" : "is not in the gazetteer");
      c.unfound_words = rest;
    }
    return found;
  }
  return {};
}

std::vector<Candidate> Geocoder::place_after_unknown_words(std::string_view name, bool separated, bool after_qualifier) const {
  std::string_view head, tail;
  if (separated) {
    if (const std::size_t comma = name.rfind(','); comma != std::string_view::npos) {
      head = name.substr(0, comma), tail = name.substr(comma + 1);
    } else if (const std::size_t in = name.rfind(" in "); in != std::string_view::npos) {
      head = name.substr(0, in), tail = name.substr(in + 4);
    } else {
      return {};
    }
  }
  // The unknown words are a name as a name is written: capitalised (or a letter outside ASCII: "Ospedale",
  // "Hôpital"), short joining words aside ("Hospital of St Cross", "Hôpital de la Pitié"); a lower-case
  // phrase before a place is a description, no name.
  const auto written_as_name = [](std::string_view words) {
    const std::vector<std::string> split = text::words(words);
    const auto capital = [](const std::string& w) {
      const auto first = static_cast<unsigned char>(w[0]);
      return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80;
    };
    constexpr std::size_t kJoiningWordMaxBytes = 4;  // of, de, la, du, des, del, the, and, for, upon
    return !split.empty() && capital(split.front()) &&
           std::all_of(split.begin(), split.end(), [&](const std::string& w) { return capital(w) || w.size() <= kJoiningWordMaxBytes; });
  };
  const double min_population = ranking_.value("district_words_min_population");
  const auto answer = [&](std::string_view unknown, std::string_view place_name) -> std::vector<Candidate> {
    if (unknown.size() > 4 && (unknown.substr(0, 4) == "the " || unknown.substr(0, 4) == "The ")) unknown.remove_prefix(4);
    if (place_name.empty() || !written_as_name(unknown)) return {};
    std::vector<Candidate> named_first =
        after_qualifier ? std::vector<Candidate>{} : exact_candidates(name_key(unknown), written_as_code(unknown));
    if (!named_first.empty() && !separated) return {};  // two places: a list
    std::vector<Candidate> found = exact_candidates(name_key(place_name), written_as_code(place_name));
    std::erase_if(found, [&](const Candidate& c) {
      return c.place.feature_class != "P" || (!separated && static_cast<double>(c.place.population.value_or(0)) < min_population);
    });
    if (found.empty()) return {};
    const double reach_m = ranking_.value("other_name_reach_km") * 1000;
    const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
    const auto near_found = [&](const Candidate& p) {
      return std::any_of(found.begin(), found.end(), [&](const Candidate& city) {
        double m = 0;
        wgs84.Inverse(city.place.lat_deg, city.place.lon_deg, p.place.lat_deg, p.place.lon_deg, m);
        return m <= reach_m;
      });
    };
    // "Venice, Los Angeles", "Pasadena, Los Angeles": a known name with the city it lies by after the
    // comma is the namesake near that city; a known name with no namesake near it is a list of two.
    if (!named_first.empty()) {
      const double share = ranking_.value("named_part_max_population_share");
      std::erase_if(named_first, [&](const Candidate& p) {
        return p.place.feature_class != "P" || std::none_of(found.begin(), found.end(), [&](const Candidate& city) {
          const auto people = static_cast<double>(city.place.population.value_or(0));
          double m = 0;
          wgs84.Inverse(city.place.lat_deg, city.place.lon_deg, p.place.lat_deg, p.place.lon_deg, m);
          return p.place.geonameid != city.place.geonameid && people >= min_population && m <= reach_m &&
                 static_cast<double>(p.place.population.value_or(0)) <= share * people;
        });
      });
      for (Candidate& c : named_first)
        c.reason = fmt::format("{}; named with {} beside it", match_phrase(c.match, c.matched_name), std::string(place_name));
      return named_first;
    }
    // "Shinjuku Station, Tokyo": the unknown words are partly known near the place: that part answers.
    if (separated) {
      std::vector<Candidate> part = partly_known(unknown);
      std::erase_if(part, [&](const Candidate& p) { return !near_found(p); });
      if (!part.empty()) return part;
    }
    for (Candidate& c : found) {
      c.reason = fmt::format("{}; '{}' is not in the gazetteer: the place stands for it, with its extent",
                             match_phrase(c.match, c.matched_name), std::string(unknown));
      c.unfound_words = std::string(unknown);
    }
    return found;
  };
  if (separated) return answer(text::trim(head), text::trim(tail));
  // "AIIMS Delhi": up to partly_known_max_unknown_words unknown words, then a large city. A comma parts
  // the name where the separated reading parts it ("Venice, Los Angeles" is no "Venice, Los" by Angeles).
  if (name.find(',') != std::string_view::npos) return {};
  const std::vector<std::string> words = text::words(name);
  const auto max_unknown = static_cast<std::size_t>(ranking_.value("partly_known_max_unknown_words"));
  for (std::size_t split = 1; split < words.size() && split <= max_unknown; ++split) {
    const std::string unknown = text::join(std::vector<std::string>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(split)), " ");
    const std::string place_name = text::join(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(split), words.end()), " ");
    if (std::vector<Candidate> found = answer(unknown, place_name); !found.empty()) return found;
  }
  return {};
}

namespace {
// Whether a name leads or ends with words of geodata/facility_words.tsv that `of_kind` picks.
template <typename Pick>
bool named_with_words(std::string_view name, Pick of_kind) {
  std::vector<std::string> keys;
  for (const std::string& w : text::words(name)) keys.push_back(name_key(w));
  if (!keys.empty() && keys.front() == "the") keys.erase(keys.begin());
  const auto joined = [&](std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (out.empty() ? "" : " ") + keys[k];
    return out;
  };
  return std::any_of(facility_words().begin(), facility_words().end(), [&](const FacilityWords& w) {
    if (!of_kind(w) || keys.size() <= w.word_count) return false;
    return w.side == FacilitySide::before ? joined(0, w.word_count) == w.key : joined(keys.size() - w.word_count, keys.size()) == w.key;
  });
}
}  // namespace

bool names_water_body(std::string_view name) {
  return named_with_words(name, [](const FacilityWords& w) { return w.water; });
}

bool names_region_by_word(std::string_view name) {
  return named_with_words(name, [](const FacilityWords& w) { return w.region; });
}

bool is_facility_phrase(const std::string& key) {
  return std::any_of(facility_words().begin(), facility_words().end(),
                     [&](const FacilityWords& w) { return w.key == key && !w.island && !w.water; });
}

// The place words of a name around its facility words: "Beijing West Railway Station" is Beijing with
// "West Railway Station" unknown. Unknown words between the place and the facility words fold away from
// the right, up to partly_known_max_unknown_words ("West", "IGI"), so the longest known head wins:
// "New Delhi railway station" is New Delhi, not Delhi. A possessive folds too ("Delhi's IGI airport"),
// and a terminal's or platform's number after the words ("Heathrow Terminal 5").
std::vector<Candidate> Geocoder::partly_known(std::string_view name) const {
  std::vector<std::string> tokens;  // as written, less a possessive 's
  for (std::string& w : text::words(name)) {
    for (std::string_view possessive : kPossessiveEndings)
      if (w.size() > possessive.size() + 1 && std::string_view(w).substr(w.size() - possessive.size()) == possessive)
        w.resize(w.size() - possessive.size());
    tokens.push_back(std::move(w));
  }
  if (!tokens.empty() && name_key(tokens.front()) == "the") tokens.erase(tokens.begin());  // before the keys are made
  while (tokens.size() > 1 && std::all_of(tokens.back().begin(), tokens.back().end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    tokens.pop_back();
  std::vector<std::string> keys;
  for (const std::string& t : tokens) keys.push_back(name_key(t));
  auto joined = [&](std::size_t from, std::size_t to, bool as_keys) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (out.empty() ? "" : " ") + (as_keys ? keys[k] : tokens[k]);
    return out;
  };
  std::size_t first = 0, last = tokens.size();  // the place's words, and possibly unknown ones after them
  const FacilityWords* facility = nullptr;
  for (const FacilityWords& words : facility_words()) {
    if (tokens.size() <= words.word_count || words.island) continue;
    if (words.side == FacilitySide::after && joined(tokens.size() - words.word_count, tokens.size(), true) == words.key) {
      last = tokens.size() - words.word_count;
    } else if (words.side == FacilitySide::before && joined(0, words.word_count, true) == words.key) {
      first = words.word_count;
    } else {
      continue;
    }
    facility = &words;
    break;
  }
  // "the Gulf of Aden", "the Timor Sea": a water body's name is read whole or not at all; the place in it
  // is what the water is named after, never where it is.
  if (!facility || facility->water) return {};
  const auto max_unknown = static_cast<std::size_t>(ranking_.value("partly_known_max_unknown_words"));
  // A word that names a part of a place ("West", "Central") is no place of its own here: "West Kowloon
  // station" is Kowloon's, "Beijing West railway station" Beijing's (never Cameroon's West region).
  const auto part_word = [&](std::size_t k) {
    return std::any_of(district_words().begin(), district_words().end(),
                       [&](const DistrictWords& d) { return d.reading == DistrictReading::part && d.key == keys[k]; });
  };
  // The longest known run of words, nearest the facility words first, with at most max_unknown words
  // after it unknown, and words naming a part before it ("West Kowloon station": Kowloon).
  for (std::size_t end = last; end > first && last - end <= max_unknown; --end)
  for (std::size_t begin = first; begin < end && (begin == first || part_word(begin - 1)); ++begin) {
    if (end - begin == 1 && part_word(begin)) continue;
    const std::string head = joined(begin, end, false);
    // "the San Ysidro border crossing" where the gazetteer has "San Ysidro crossing", "Torkham checkpoint"
    // where it has "Torkham border crossing", "the Kyiv region" for Kyiv Oblast: the facility or region under
    // another word of its kind, before any place of the bare name (San Ysidro, New Mexico is 950 km from the
    // crossing). Only for crossings and regions, whose words are one another's synonyms; a station's are not
    // ("Paris station" is no more Paris Est than Paris Nord).
    if (end == last && begin == first && facility->side == FacilitySide::after && (facility->border || facility->region) &&
        !facility->feature_codes.empty()) {
      std::vector<Candidate> same_kind;
      for (const FacilityWords& other : facility_words()) {
        if (other.side != FacilitySide::after || other.feature_codes != facility->feature_codes || other.key == facility->key) continue;
        for (Candidate& c : exact_candidates(joined(begin, end, true) + " " + other.key, false))
          if (std::find(other.feature_codes.begin(), other.feature_codes.end(), c.place.feature_code) != other.feature_codes.end()) {
            c.reason = fmt::format("{}; written with '{}' for '{}'", match_phrase(c.match, c.matched_name), facility->key, other.key);
            same_kind.push_back(std::move(c));
          }
      }
      if (!same_kind.empty()) return same_kind;
    }
    std::vector<Candidate> found = exact_candidates(joined(begin, end, true), written_as_code(head));
    // "Bergamo province", "the county of Cork": a region GeoNames names in its country's way ("Provincia
    // di Bergamo", "County Cork"), when the name alone finds no first-level region. A region so found
    // says more than a second-level one of the bare name: "Malaga province" is Spain's Provincia de
    // Málaga, not Colombia's municipality Málaga.
    if (facility->region && end == last &&
        std::none_of(found.begin(), found.end(), [&](const Candidate& c) { return c.place.feature_code == "ADM1"; })) {
      std::string word = facility->key;
      if (const std::size_t of = word.rfind(" of"); of != std::string::npos && of + 3 == word.size()) word.erase(of);
      std::vector<Candidate> by_form;
      const auto [from, to] = region_forms().equal_range(word);
      for (auto form = from; form != to; ++form) {
        // "County Hall" is no Hall County: a form only for the side the query writes the word on.
        if (form->second.side && *form->second.side != facility->side) continue;
        std::string key = form->second.key;
        key.replace(key.find("{}"), 2, joined(begin, end, true));
        for (Candidate& c : exact_candidates(key, false))
          if (c.place.feature_class == "A") by_form.push_back(std::move(c));
      }
      if (!by_form.empty()) found = std::move(by_form);
    }
    // "Estación de Francia" is Barcelona's or nothing: words of one language name a facility in its countries.
    if (!facility->countries.empty())
      std::erase_if(found, [&](const Candidate& c) {
        return std::find(facility->countries.begin(), facility->countries.end(), c.place.country_code) == facility->countries.end();
      });
    if (found.empty()) continue;
    // "Waterloo station" is the station of that name where there is one, not the towns.
    auto of_kind = [&](const Candidate& c) {
      return end == last && std::find(facility->feature_codes.begin(), facility->feature_codes.end(), c.place.feature_code) !=
                                facility->feature_codes.end();
    };
    // A second-level region answers a region word by its own name or a form of it, never by an alternate
    // name: "Columbia State" (a college) is not Columbia County, nor "Houston State" Houston County.
    if (facility->region)
      std::erase_if(found, [](const Candidate& c) { return c.place.feature_code == "ADM2" && c.match == MatchKind::alternate; });
    if (std::any_of(found.begin(), found.end(), of_kind)) std::erase_if(found, [&](const Candidate& c) { return !of_kind(c); });
    // "Washington State", "the province of Cordoba": the region or nothing (Washington the city is not it).
    else if (facility->region) continue;
    const std::string unfound(text::trim(joined(0, first, false) + " " + joined(first, begin, false) + " " + joined(end, tokens.size(), false)));
    for (Candidate& c : found) {
      // "Polish border", "the border with Poland": the country's land border, not the country.
      c.names_land_border = facility->border && end == last && c.place.feature_class == "A" && is_country_code(c.place.feature_code);
      if (end == last && (c.place.feature_class == "S" || facility->region)) {  // "Roma Termini station": the facility itself
        c.reason = fmt::format("{}; '{}' names the {} itself", match_phrase(c.match, c.matched_name), unfound,
                               facility->region ? "region" : "facility");
      } else {
        c.reason = fmt::format("{}; '{}' is not in the gazetteer: the place stands for it, with its extent",
                               match_phrase(c.match, c.matched_name), unfound);
        c.unfound_words = unfound;
      }
    }
    return found;
  }
  return {};
}

std::vector<Candidate> Geocoder::island_named(std::string_view name) const {
  std::vector<std::string> words = text::words(name);
  if (!words.empty() && name_key(words.front()) == "the") words.erase(words.begin());
  if (words.size() < 2) return {};
  const std::string last = name_key(words.back());
  if (std::none_of(facility_words().begin(), facility_words().end(), [&](const FacilityWords& w) { return w.island && w.key == last; }))
    return {};
  words.pop_back();
  std::string head;
  for (const std::string& w : words) head += (head.empty() ? "" : " ") + w;
  const std::string key = name_key(head);
  // The name alone, then its Japanese forms ("Miyako Island" is Miyakojima; bare Miyako is a town in Iwate).
  for (const std::string& form : {key, key + "jima", key + "shima", key + " jima", key + " shima"}) {
    std::vector<Candidate> found = exact_candidates(form, false);
    // The bare name: an island or a group only ("Victoria Island" is no Australian state, "Devon Island"
    // no English county). A Japanese island's own form names the island's town too (Miyakojima city).
    if (form == key) std::erase_if(found, [](const Candidate& c) { return !is_island(c.place) && c.place.feature_code != "ISLS"; });
    if (found.empty()) continue;
    for (Candidate& c : found)
      c.reason = fmt::format("{}; '{}' read as the island or group '{}'", match_phrase(c.match, c.matched_name), std::string(name), c.place.name);
    return found;
  }
  return {};
}

GeocodeResult Geocoder::geocode(std::string_view query, const GeocodeOptions& options) const {
  GeocodeResult result;
  result.query = std::string(query);
  std::string_view name = text::trim(query);
  if (name.empty()) throw InputError("empty place name");
  if (!text::valid_utf8(name)) throw InputError("'" + text::utf8_excerpt(name, text::kQuotedInputBytes) + "' is not UTF-8 text");
  // An escape sequence or a line break in a name is junk, not spelling: normalised away, "Atl<ESC>antis"
  // was found as Atlantis.
  if (std::any_of(name.begin(), name.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f; }))
    throw InputError("'" + text::utf8_excerpt(name, text::kQuotedInputBytes) + "' holds a control character");
  if (name.size() > options.max_name_bytes)
    throw InputError(fmt::format("place name '{}' is {} bytes long, over the limit of {} (--max-name-bytes)",
                                 text::utf8_excerpt(name, 40), name.size(), options.max_name_bytes));
  // Two numbers are a point, not a name: out of range, parse_lat_lon says which number ("91,0" was "no place
  // named '91,0'"); in range, the answer says where points are taken.
  if (const std::optional<LatLon> point = parse_lat_lon(name))
    throw InputError(fmt::format("'{}' is a point (latitude {}, longitude {}), not a place name: geocode looks up names; "
                                 "check and route take points as they are",
                                 text::utf8_excerpt(name, text::kQuotedInputBytes), text::coordinate_excerpt(point->lat_deg),
                                 text::coordinate_excerpt(point->lon_deg)));

  std::vector<Constraint> constraints;
  std::string qualifier_label;
  if (options.country) {
    constraints = resolve_qualifier(*options.country, true);
    if (constraints.empty()) throw InputError("--country '" + *options.country + "': not a known country");
  }
  // "Toledo, Spain": split at the last comma when the part after it names a country or region.
  std::vector<Constraint> from_qualifier;
  std::size_t comma = name.rfind(',');
  if (comma != std::string_view::npos) {
    from_qualifier = resolve_qualifier(name.substr(comma + 1), false);
    if (!from_qualifier.empty()) name = text::trim(name.substr(0, comma));
  }
  // "Côte d'Ivoire's Abidjan", "Kenya's Mombasa": the country or region before a possessive, as news
  // writes it, qualifies the name after it.
  if (from_qualifier.empty())
    for (const std::string_view ending : kPossessiveEndings) {
      const std::string mark = std::string(ending) + " ";
      if (const std::size_t at = name.find(mark); at != std::string_view::npos && at > 0) {
        // Only where the name after it is a place of that country or region by itself: "Seoul's Gimpo
        // airport" and "Russia's frontier" are read whole (a facility, a border), as before.
        std::vector<Constraint> within = resolve_qualifier(name.substr(0, at), false);
        const std::string_view rest = text::trim(name.substr(at + mark.size()));
        const std::vector<Candidate> named = within.empty() ? std::vector<Candidate>{} : exact_candidates(name_key(rest), written_as_code(rest));
        if (std::any_of(named.begin(), named.end(), [&](const Candidate& c) {
              return std::any_of(within.begin(), within.end(), [&](const Constraint& k) { return k.holds(c.place); });
            })) {
          from_qualifier = std::move(within);
          name = rest;
          break;
        }
      }
    }

  auto passes = [&](const Candidate& c) {
    auto fits = [&](const std::vector<Constraint>& set) {
      if (set.empty()) return true;
      return std::any_of(set.begin(), set.end(), [&](const Constraint& k) { return k.holds(c.place); });
    };
    return fits(constraints) && fits(from_qualifier);
  };
  auto keep_passing = [&](std::vector<Candidate>& cs) {
    cs.erase(std::remove_if(cs.begin(), cs.end(), [&](const Candidate& c) { return !passes(c); }), cs.end());
  };

  const std::string key = name_key(name);
  std::vector<Candidate> candidates = exact_candidates(key, written_as_code(name));
  std::string ascii_key = is_ascii(key) ? key : std::string();
  if (!is_ascii(key)) {
    ascii_key = transliterated_key(name);
    if (candidates.empty() && !ascii_key.empty()) {
      candidates = exact_candidates(ascii_key, false, MatchKind::alternate);
      for (Candidate& c : candidates)
        c.reason = fmt::format("transliterated to '{}', matching '{}'", ascii_key, c.matched_name);
    }
  }
  keep_passing(candidates);
  // "the Sahel", "the Alps": a leading article folds away when the name as written matched nothing
  // ("The Hague" keeps its article: it matches as written first).
  if (candidates.empty() && name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ")) {
    const std::string_view bare = text::trim(name.substr(4));
    const std::string bare_key = name_key(bare);
    candidates = exact_candidates(bare_key, written_as_code(bare));  // "The U.S." is the country, not Us
    keep_passing(candidates);
    if (!candidates.empty()) ascii_key = is_ascii(bare_key) ? bare_key : ascii_key;
  }
  // "central London", "the outskirts of Kyiv": words that name a part or the surrounds of a place fold
  // away when the name as written matched nothing (geodata/district_words.tsv), and the reason says the
  // place stands for more than its point. Only a large city (district_words_min_population): "North
  // Side" is no mention of Side, a Turkish town, nor "East Coast" of Kenya's Coast province, nor "Central
  // Park" of Park County (a county's bare name).
  // Also where the name as written is only another place's alternate name: "central Manchester" was
  // Manchester, Connecticut (an alternate name of it), never the English city.
  const bool only_alternates = !candidates.empty() && std::all_of(candidates.begin(), candidates.end(), [](const Candidate& c) {
    return c.match == MatchKind::alternate;
  });
  // And a part word written in lower case, a description rather than a name, where every place of the name
  // as written is a village beside the city: "east Berlin" to Warsaw was East Berlin, Pennsylvania (1,534
  // people, 0.04% of Berlin's), and pulled Warsaw to New York (trial U); the town so named stays, after the
  // city. (Only such a query is folded here for that: a capitalised name keeps its place, unfolded.)
  const bool described = !name.empty() && name.front() >= 'a' && name.front() <= 'z' &&
                         std::any_of(district_words().begin(), district_words().end(), [&](const DistrictWords& d) {
                           return key.size() > d.key.size() + 1 && key.compare(0, d.key.size(), d.key) == 0 && key[d.key.size()] == ' ';
                         });
  if (candidates.empty() || only_alternates || described) {
    const bool fold_first = candidates.empty() || only_alternates;
    // A region or a place of unknown size so named is never a village ("North Carolina").
    std::int64_t largest_as_written = 0;
    for (const Candidate& c : candidates)
      largest_as_written = std::max<std::int64_t>(largest_as_written, c.place.feature_class != "P" || !c.place.population
                                                                          ? std::numeric_limits<std::int64_t>::max()
                                                                          : *c.place.population);
    std::vector<Candidate> as_written = std::move(candidates);
    candidates.clear();
    const double min_population = ranking_.value("district_words_min_population");
    for (const DistrictWords& words : district_words()) {
      if (key.size() <= words.key.size() + 1 || key.compare(0, words.key.size(), words.key) != 0 || key[words.key.size()] != ' ')
        continue;
      const std::string bare_key = key.substr(words.key.size() + 1);
      candidates = exact_candidates(bare_key, false);
      keep_passing(candidates);
      candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                      [&](const Candidate& c) {
                                        return c.place.feature_class != "P" ||
                                               static_cast<double>(c.place.population.value_or(0)) < min_population;
                                      }),
                       candidates.end());
      for (Candidate& c : candidates)
        c.reason = fmt::format("{}; '{}' names {} it: the place stands for more than its point", match_phrase(c.match, c.matched_name),
                               words.key, words.reading == DistrictReading::part ? "a part of" : "the area around");
      if (!candidates.empty()) {
        if (is_ascii(bare_key)) ascii_key = bare_key;
        break;
      }
    }
    std::int64_t largest_folded = 0;
    for (const Candidate& c : candidates) largest_folded = std::max<std::int64_t>(largest_folded, c.place.population.value_or(0));
    const bool villages_as_written = static_cast<double>(largest_as_written) <
                                     ranking_.value("part_word_name_min_population_share") * static_cast<double>(largest_folded);
    // A description's places of note keep it ("east Jerusalem", "north Carolina", "west Lafayette"), as a
    // name written as one does ("South Paris", Maine, to Portland: the review of this rule).
    if (!fold_first && !villages_as_written) candidates.clear();
    candidates.insert(candidates.end(), std::make_move_iterator(as_written.begin()), std::make_move_iterator(as_written.end()));
  }
  // "Mumbai (Bombay)", "Chennai, formerly Madras": one place with two names. Where both are known, the
  // places the two share (or that lie within other_name_reach_km of each other) are the answer; a name
  // of the pair the gazetteer lacks is carried by the one it knows, and the reason says so.
  if (candidates.empty())
    if (const auto pair = split_other_name(name)) {
      std::vector<Candidate> first = exact_candidates(name_key(pair->first), written_as_code(pair->first));
      std::vector<Candidate> second = exact_candidates(name_key(pair->second), written_as_code(pair->second));
      keep_passing(first);
      keep_passing(second);
      const double reach_m = ranking_.value("other_name_reach_km") * 1000;
      const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
      auto agrees = [&](const Candidate& a, const std::vector<Candidate>& others) {
        return std::any_of(others.begin(), others.end(), [&](const Candidate& b) {
          double m = 0;
          wgs84.Inverse(a.place.lat_deg, a.place.lon_deg, b.place.lat_deg, b.place.lon_deg, m);
          return m <= reach_m;
        });
      };
      if (!first.empty() && !second.empty()) {  // two names that name no place in common name nothing
        for (Candidate& c : first)
          if (agrees(c, second)) {
            c.reason = fmt::format("{}; its other name '{}' names it too", match_phrase(c.match, c.matched_name), std::string(pair->second));
            candidates.push_back(std::move(c));
          }
      } else {
        const std::string_view unknown = first.empty() ? pair->first : pair->second;
        for (Candidate& c : first.empty() ? second : first) {
          c.reason = fmt::format("{}; '{}' beside it is not in the gazetteer", match_phrase(c.match, c.matched_name), std::string(unknown));
          candidates.push_back(std::move(c));
        }
      }
    }
  // "the Gulf of Sidra", "the Bristol Channel": a water body's name the gazetteer lacks names no place in
  // it, by a part or by a near spelling.
  const bool water_named = candidates.empty() && names_water_body(name);
  // "Paris CDG", "Dubai DXB", "Moscow Domodedovo", "Union Station, Chicago": a place's name with a
  // facility's code or short name beside it.
  if (candidates.empty() && !water_named) {
    candidates = facility_by_place_and_code(name);
    keep_passing(candidates);
    // "Penn Station, New York", "Haneda, Tokyo": the words after the comma name a state or prefecture
    // and, first, the city the facility serves.
    // The qualifier is spent only where it named the city served: else it still holds for what follows
    // ("Chueca, Madrid" was Checca, Peru, a spelling guess anywhere).
    if (candidates.empty() && !from_qualifier.empty()) {
      std::vector<Candidate> served = facility_by_place_and_code(text::trim(query));
      std::vector<Constraint> qualifier = std::move(from_qualifier);
      from_qualifier.clear();
      keep_passing(served);
      candidates = std::move(served);
      if (candidates.empty()) from_qualifier = std::move(qualifier);
    }
  }
  // "Zuwara" for Zuwarah, "El Khums" for Al Khums: the same name in another romanization
  // (geodata/romanizations.tsv), for places of the countries that write it so.
  if (candidates.empty() && !ascii_key.empty()) {
    candidates = romanization_candidates(ascii_key);
    keep_passing(candidates);
  }
  // "Beijing West Railway Station": the place named with a facility the gazetteer lacks. Never a fuzzy
  // match after facility words: a name with them is read by the place it names, or not at all.
  bool facility_named = water_named;
  if (candidates.empty() && !facility_named) {
    candidates = partly_known(name);
    facility_named = !candidates.empty();
    keep_passing(candidates);
  }
  if (candidates.empty() && !facility_named) {
    candidates = island_named(name);
    facility_named = !candidates.empty();
    keep_passing(candidates);
  }
  if (candidates.empty() && !facility_named && options.words_after) {
    candidates = place_with_words_after(name);
    facility_named = !candidates.empty();
    keep_passing(candidates);
  }
  if (candidates.empty() && !facility_named && options.words_after) {
    candidates = place_after_unknown_words(name, true);
    // "Manipal Hospital, Bengaluru" where the words after the comma also name a region; "Chueca, Madrid"
    // where a village elsewhere is named as the district.
    if (candidates.empty() && !from_qualifier.empty()) {
      candidates = place_after_unknown_words(text::trim(query), true, true);
      if (!candidates.empty()) from_qualifier.clear();
    }
    facility_named = !candidates.empty();
    keep_passing(candidates);
  }
  if (((candidates.empty() && options.fuzzy_fallback && !facility_named) || options.always_fuzzy) && !ascii_key.empty()) {
    auto fuzzy = fuzzy_candidates(ascii_key);
    keep_passing(fuzzy);
    candidates.insert(candidates.end(), std::make_move_iterator(fuzzy.begin()),
                      std::make_move_iterator(fuzzy.end()));
  }
  if (candidates.empty() && !facility_named && options.words_after) {
    candidates = place_after_unknown_words(name, false);
    keep_passing(candidates);
  }
  if (!from_qualifier.empty())
    for (Candidate& c : candidates) {
      auto it = std::find_if(from_qualifier.begin(), from_qualifier.end(), [&](const Constraint& k) { return k.holds(c.place); });
      c.reason = (c.reason.empty() ? match_phrase(c.match, c.matched_name) : c.reason) +
                 "; in " + it->label;
    }
  const bool three_capitals = name.size() == 3 && std::all_of(name.begin(), name.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  finish(candidates, options, name.find('.') != std::string_view::npos, three_capitals);
  result.matches = std::move(candidates);
  if (result.matches.empty() && options.suggestions) result.suggestions = suggest(key);
  return result;
}

}  // namespace routecheck::gazetteer
