// A place as the gazetteer stores it, and a candidate: a place with how and how well it matched a name.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace routecheck::gazetteer {

struct Place {
  std::int64_t fid = 0;  // feature id in the gazetteer's places layer
  std::string name;
  std::string ascii_name;
  double lat_deg = 0;
  double lon_deg = 0;
  std::string country_code;  // ISO 3166-1 alpha-2, empty for continents
  std::string admin1_code;   // GeoNames admin1 code within the country ("59", "KY")
  std::string admin1_name;
  std::string admin2_code;
  std::string feature_class;  // GeoNames: P populated place, A administrative area, L area
  std::string feature_code;   // GeoNames: PPLC, PPL, PCLI, ADM1, ...
  std::optional<std::int64_t> population;
  std::string timezone;  // IANA zone, empty when unknown
  std::optional<std::int64_t> geonameid;
  std::string source;  // which data set the place came from
  double prominence = 0;  // 0..1, see geodata/ranking.tsv

  bool operator==(const Place&) const = default;
};

// How the query's key met one of the place's names. The order is the order of preference.
enum class MatchKind { exact, abbreviation, alternate, demonym, fuzzy };

const char* to_string(MatchKind kind);

// What the names index stores for each (name key, place).
// A code (ISO "KY", postal "MO") matches only a query written in capitals: "Ky." is Kentucky, not
// the Cayman Islands.
enum class NameKind : int { name = 0, ascii_name = 1, alternate = 2, abbreviation = 3, demonym = 4, code = 5 };

MatchKind match_kind_of(NameKind kind);

// What kind of place it is, in a word or two, from its GeoNames class and code: "country", "city",
// "state or province", "county or district", "airport", "station", "cape", "sea", ... ("place" when
// the code says nothing more). Every output that shows a place shows it.
std::string place_kind(const Place& place);

// "Springfield (US, Illinois)": a place told from its namesakes by its country and first-level region.
std::string place_label(const Place& place);

// A country or dependent territory (world-countries' rows: GeoNames' PCL codes and TERR).
inline bool is_country(const Place& place) {
  return place.feature_class == "A" && (place.feature_code.rfind("PCL", 0) == 0 || place.feature_code == "TERR");
}
// An island or an island group (GeoNames class L, codes ISL*): a place trips run to, as a town is, though it
// has extent; and at sea all round.
inline bool is_island(const Place& place) { return place.feature_class == "L" && place.feature_code.rfind("ISL", 0) == 0; }
// A sea, an ocean, a gulf, a bay, a strait or a channel (GeoNames class H, and features.tsv's L rows of those
// codes): what a trip crosses, never where it starts or ends.
inline bool is_sea_or_strait(const Place& place) {
  const std::string& code = place.feature_code;
  return (place.feature_class == "H" || place.feature_class == "L") &&
         (code == "SEA" || code == "OCN" || code == "GULF" || code == "BAY" || code == "STRT" || code == "CHN" || code == "SD");
}

struct Candidate {
  Place place;
  std::string matched_name;  // the stored name that matched, as written in the source
  MatchKind match = MatchKind::exact;
  double score = 0;
  std::string reason;
  std::size_t gazetteer_index = 0;  // which gazetteer in the search order it came from
  // The words of the query the gazetteer does not know, which the place stands for ("West Railway
  // Station" of "Beijing West Railway Station"); empty when the whole name matched.
  std::string unfound_words;
  // The query named the land border of this country ("the Polish border"): the trip ends on it, at the point
  // nearest its other end (routes::place_on_border).
  bool names_land_border = false;
};

}  // namespace routecheck::gazetteer
