// Names -> places: resolves a name as news writes it ("Khasan, Russia", "Vladivostock", "Пхеньян")
// to ranked candidates across the gazetteers in search order, each with a score and a reason.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "gazetteer/place.hpp"
#include "gazetteer/ranking.hpp"

namespace routecheck::gazetteer {

struct LatLon {
  double lat_deg = 0;
  double lon_deg = 0;
};

// The default cap on a place name (bytes); `geocode --max-name-bytes` changes it.
inline constexpr std::size_t kDefaultMaxNameBytes = 256;

struct GeocodeOptions {
  std::optional<std::string> country;  // ISO code or country name: keep only its places
  std::optional<LatLon> near;          // prefer places near this point
  std::size_t limit = 5;
  bool always_fuzzy = false;  // add fuzzy candidates even when the name matched exactly
  bool fuzzy_fallback = true; // try one-edit matches when nothing matched (off when reading articles)
  bool suggestions = true;    // nearest names when nothing matched
  // "Paris Texas", "Edinburgh Waverley": a name the gazetteer lacks whole, read as a place with words
  // after it (Geocoder::place_with_words_after). Off when reading articles: there the text's own spans
  // decide where a name ends ("Athens Police" is no mention of Athens, Greece).
  bool words_after = true;
  // Longer names are refused (InputError): the longest real place names are under 100 bytes, and
  // fuzzy matching a 2,000-character "name" took 16 s.
  std::size_t max_name_bytes = kDefaultMaxNameBytes;
};

struct GeocodeResult {
  std::string query;
  std::vector<Candidate> matches;        // best first; empty when nothing matched
  std::vector<std::string> suggestions;  // nearest names when nothing matched
};

// Whether a name key is only words of geodata/facility_words.tsv ("hbf", "central station"): such words
// name no place of their own.
bool is_facility_phrase(const std::string& key);

// Whether a name is a water body's by its words (facility_words.tsv kind water: "Gulf of X", "X Sea"):
// such a name is read whole or not at all, never as the place it is named after.
bool names_water_body(std::string_view name);

// Whether a name is a region's by a word of it (facility_words.tsv kind region: "X State", "the province
// of X"): the geocoder answers such a name with the first-level region only.
bool names_region_by_word(std::string_view name);

class Geocoder {
 public:
  // Gazetteers in search order: user gazetteers first, the built one last.
  explicit Geocoder(std::vector<Gazetteer> gazetteers, const Ranking& ranking = Ranking::builtin());

  // Throws InputError for an empty name or an unresolvable --country.
  GeocodeResult geocode(std::string_view query, const GeocodeOptions& options = {}) const;

  // The nearest populated place to a point, over all gazetteers, within `max_km`.
  std::optional<std::pair<Place, double>> nearest_place(const LatLon& point, double max_km) const;
  // Places of one feature code ("AIRP") within `max_km` of a point, over all gazetteers, nearest first.
  std::vector<std::pair<Place, double>> places_near(const LatLon& point, double max_km, const std::string& feature_code) const;

  // Populated places within `max_km` of a point whose name is one or two edits (Damerau-Levenshtein)
  // from `name` and shares its first letter: what a misspelt name stands for near the places it is read
  // with ("Benela" beside a town 300 km away). Fuzzy matches, best first; empty for names shorter than
  // ranking's fuzzy.near_min_key_length or not in Latin letters.
  std::vector<Candidate> spellings_near(std::string_view name, const LatLon& point, double max_km) const;

  // A country's capital (ISO code), as a candidate read from a description ("the Russian capital"):
  // the first gazetteer in search order that has one; nullopt when none does.
  std::optional<Candidate> capital_of(std::string_view country_code, const std::string& described_as) const;

  const std::vector<Gazetteer>& gazetteers() const { return gazetteers_; }

 private:
  struct Constraint {
    std::string country_code;
    std::string admin1_code;  // empty: the whole country
    std::string label;        // how the qualifier was read, for the reason
    std::string admin2_code;  // empty: the whole first-level region ("Ennis, County Clare": Clare's)
    bool holds(const Place& p) const {
      return p.country_code == country_code && (admin1_code.empty() || p.admin1_code == admin1_code) &&
             (admin2_code.empty() || p.admin2_code == admin2_code);
    }
  };

  // All places under a key. Code names (NameKind::code) count only when codes_allowed.
  std::vector<Candidate> exact_candidates(const std::string& key, bool codes_allowed,
                                          std::optional<MatchKind> forced = std::nullopt) const;
  // "Paris CDG", "Moscow Domodedovo", "Union Station, Chicago": the facility (class S) a code (the last
  // word, in capitals) or a short name names, within facility_code_reach_km of a place named by the other
  // words (ranking.tsv); empty when the name is not of that shape.
  std::vector<Candidate> facility_by_place_and_code(std::string_view name) const;
  std::vector<Candidate> facility_near_place(std::string_view facility_name, std::string_view place_name, bool as_code) const;
  // "Beijing West Railway Station", "Delhi's IGI airport", "port of Rotterdam": a facility the gazetteer
  // lacks, read as the place named with it (geodata/facility_words.tsv); empty when the name has no
  // facility words or no known place before them.
  std::vector<Candidate> partly_known(std::string_view name) const;
  // "the Galápagos Islands", "Miyako Island": an island or a group the gazetteer knows by its name alone
  // (an island or a group: never a town or a region of the name), or by the Japanese "-jima"/"-shima" form.
  std::vector<Candidate> island_named(std::string_view name) const;
  // "Paris Texas", "Tokyo Shibuya", "Edinburgh Waverley": a place named with words after it, read as a
  // qualifier, a part of a large city near it, or words the gazetteer lacks; empty when none applies.
  std::vector<Candidate> place_with_words_after(std::string_view name) const;
  // "Manipal Hospital, Bengaluru", "Apollo Hospital in Chennai", "AIIMS Delhi": words that name nothing
  // the gazetteer has (a hospital, a school, a station it lacks), then the place they are in: the place
  // stands for them, with its extent and a note. After a comma or "in", any populated place; with no
  // separator (separated false), only a large city, and the caller tries it after fuzzy matching (a
  // misspelt "Nw York" is New York). Empty when the words before name a place ("Seoul, Hanyang" is a list).
  // `after_qualifier`: the words after the comma qualified the name as a region or country, so the words
  // before it name no place of a list even where a place elsewhere carries them ("Chueca, Madrid").
  std::vector<Candidate> place_after_unknown_words(std::string_view name, bool separated, bool after_qualifier = false) const;
  // "Zuwara" for Zuwarah: the key in another romanization (geodata/romanizations.tsv), for places of the
  // countries each rule names.
  std::vector<Candidate> romanization_candidates(const std::string& ascii_key) const;
  std::vector<Candidate> fuzzy_candidates(const std::string& ascii_key) const;
  std::vector<Constraint> resolve_qualifier(std::string_view text, bool countries_only) const;
  std::vector<std::string> suggest(const std::string& key) const;
  // Scores, orders and trims the candidates (written_with_periods: the query was, as in "S.C.").
  // Towns named by the query, below the capitals, take the scores their population order gives them.
  void order_towns_by_population(std::vector<Candidate>& candidates) const;
  // airport_code_query: the query is three capitals ("HND"), which a trip's end typed so means an airport.
  void finish(std::vector<Candidate>& candidates, const GeocodeOptions& options, bool written_with_periods,
              bool airport_code_query = false) const;

  std::vector<Gazetteer> gazetteers_;
  const Ranking& ranking_;
};

// "12.5,-3.25" or "12.5 -3.25" -> LatLon; nullopt when the text is not a coordinate pair in range.
// "LAT,LON" or "LAT LON" in degrees; nullopt when `text` is not two numbers; throws InputError (which
// coordinate, its range) when it is two numbers out of WGS84's range.
std::optional<LatLon> parse_lat_lon(std::string_view text);

}  // namespace routecheck::gazetteer
