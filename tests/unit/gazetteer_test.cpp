// Builds a gazetteer from the fixture data through the real builder (GDAL) and queries it: the
// ranking, qualifier and fallback rules on places whose answers we know.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sqlite3.h>

#include "core/error.hpp"
#include "gazetteer/builder.hpp"
#include "gazetteer/geocoder.hpp"
#include "gazetteer/not_places.hpp"
#include "fixture_gazetteer.hpp"

namespace fs = std::filesystem;
using namespace routecheck::gazetteer;

namespace {

using routecheck::testing::fixture_gazetteer;
using routecheck::testing::fixture_geocoder;

// Whether the gazetteer file at `path` has an index of that name (read through SQLite, as a user's tool would).
bool has_index(const std::string& path, const std::string& index) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1", -1, &st, nullptr) == SQLITE_OK);
  sqlite3_bind_text(st, 1, index.c_str(), -1, SQLITE_TRANSIENT);
  const bool found = sqlite3_step(st) == SQLITE_ROW;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return found;
}

std::string top(const GeocodeResult& r) {
  return r.matches.empty() ? "" : r.matches.front().place.name + "/" + r.matches.front().place.country_code;
}

}  // namespace

TEST_CASE("news defaults: the prominent place first, the others among the candidates") {
  Geocoder geo = fixture_geocoder();
  auto moscow = geo.geocode("Moscow");
  CHECK(top(moscow) == "Moscow/RU");
  CHECK(std::any_of(moscow.matches.begin(), moscow.matches.end(),
                    [](const Candidate& c) { return c.place.admin1_code == "ID"; }));
  CHECK(top(geo.geocode("Khasan")) == "Khasan/RU");
}

TEST_CASE("qualifiers narrow by country or region, by name or code") {
  Geocoder geo = fixture_geocoder();
  CHECK(geo.geocode("Moscow, Idaho").matches.front().place.admin1_code == "ID");
  CHECK(geo.geocode("Moscow, ID").matches.front().place.admin1_code == "ID");
  CHECK(top(geo.geocode("Khasan, Russia")) == "Khasan/RU");
  GeocodeOptions us;
  us.country = "US";
  CHECK(geo.geocode("Moscow", us).matches.front().place.country_code == "US");
}

TEST_CASE("match kinds: exact, alternate, abbreviation, demonym, fuzzy") {
  Geocoder geo = fixture_geocoder();
  auto kind = [&](const char* q) { return geo.geocode(q).matches.front().match; };
  CHECK(kind("Pyongyang") == MatchKind::exact);
  CHECK(kind("P'yŏngyang") == MatchKind::exact);  // folds to the key of "Pyongyang"
  CHECK(kind("Pjöngjang") == MatchKind::alternate);
  CHECK(kind("평양") == MatchKind::alternate);
  CHECK(kind("Пхеньян") == MatchKind::alternate);
  CHECK(kind("U.K.") == MatchKind::abbreviation);
  CHECK(kind("Russian") == MatchKind::demonym);
  CHECK(kind("Vladivostock") == MatchKind::fuzzy);
  CHECK(top(geo.geocode("Primorsky Krai")) == "Primorye/RU");
  CHECK(top(geo.geocode("Latah County")) == "Latah County/US");
  CHECK(top(geo.geocode("Russian Far East")) == "Far East/RU");
}

TEST_CASE("an unknown name has no match and suggests near names") {
  Geocoder geo = fixture_geocoder();
  auto r = geo.geocode("Vladivastoc");
  CHECK(r.matches.empty());
  REQUIRE_FALSE(r.suggestions.empty());
  CHECK(r.suggestions.front() == "Vladivostok");
  CHECK_THROWS_AS(geo.geocode("   "), routecheck::InputError);
}

TEST_CASE("a --near point prefers the nearer of two same-named places") {
  Geocoder geo = fixture_geocoder();
  GeocodeOptions near_idaho;
  near_idaho.near = LatLon{46.7, -117.0};
  CHECK(geo.geocode("Moscow", near_idaho).matches.front().place.admin1_code == "ID");
}

TEST_CASE("capitals: each country's seat from its own index, none for a country without one") {
  CHECK(has_index(fixture_gazetteer(), "rc_names_capitals"));
  const Gazetteer g = Gazetteer::open(fixture_gazetteer());
  for (const auto& [code, seat] : std::vector<std::pair<std::string, std::string>>{
           {"KP", "Pyongyang"}, {"RU", "Moscow"}, {"JP", "Tokyo"}, {"KR", "Seoul"}}) {
    const auto capital = g.capital(code);
    REQUIRE(capital);
    CHECK(capital->place.name == seat);
  }
  CHECK_FALSE(g.capital("ZZ"));
}

TEST_CASE("geocode: two numbers are a point, refused with what is wrong with them, never 'no place named'") {
  const Geocoder g = fixture_geocoder();
  CHECK_THROWS_WITH(g.geocode("91,0"), Catch::Contains("latitude 91 is out of range"));
  CHECK_THROWS_WITH(g.geocode("45, -200"), Catch::Contains("longitude -200 is out of range"));
  CHECK_THROWS_WITH(g.geocode("40.5 129.8"), Catch::Contains("is a point (latitude 40.5, longitude 129.8)"));
  // A name with a number in it is still a name.
  CHECK_NOTHROW(g.geocode("Route 66"));
}

TEST_CASE("import adds a user's CSV places to a new gazetteer, and a bad file leaves it as it was") {
  fs::path dir = fs::temp_directory_path() / ("routecheck-import-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "stations.csv") << "name,lat,lon,country_code\nTumangang station,42.29,130.63,KP\n";
  const std::string target = (dir / "user.gpkg").string();
  auto report = import_places({(dir / "stations.csv").string(), target, {}, {}, {}, {}});
  CHECK(report.places_by_source.at("import:stations.csv") == 1);
  std::vector<Gazetteer> g;
  g.push_back(Gazetteer::open(target));
  CHECK(top(Geocoder(std::move(g)).geocode("Tumangang Station")) == "Tumangang station/KP");

  // Bug guarded: a country's capital was read by scanning every name row, which mapped 85 MB of the
  // built gazetteer into each article reader and cost 10 ms on the first "the Russian capital".
  CHECK(has_index(target, "rc_names_capitals"));

  const auto size_before = fs::file_size(target);
  std::ofstream(dir / "bad.csv") << "name,lat,lon\nNowhere,123,456\n";
  CHECK_THROWS_AS(import_places({(dir / "bad.csv").string(), target, {}, {}, {}, {}}), routecheck::InputError);
  CHECK(fs::file_size(target) == size_before);
  fs::remove_all(dir);
}

// Bug guarded: the name index bound a temporary std::string with SQLITE_STATIC, so a place found by an
// alternate name came back with a garbage or empty place name (and "nearest names: , ...").
TEST_CASE("a place found by an alternate name reports its own name and the name that matched") {
  Geocoder geo = fixture_geocoder();
  auto r = geo.geocode("Pjöngjang");
  REQUIRE_FALSE(r.matches.empty());
  CHECK(r.matches.front().place.name == "Pyongyang");
  CHECK(r.matches.front().place.ascii_name == "Pyongyang");
  CHECK(r.matches.front().matched_name == "Pjöngjang");
  CHECK(r.matches.front().place.timezone == "Asia/Pyongyang");
  CHECK(r.matches.front().place.source == "geonames-cities500");
}

TEST_CASE("ranking: a region's people rank it, another place's old name does not beat the name itself") {
  const Ranking& ranking = Ranking::builtin();
  // A state of fifteen million over a regional seat of thirty thousand; no region over a large city.
  CHECK(ranking.region_prominence("ADM1", 15'000'000) > ranking.prominence("PPLA", 30'000));
  CHECK(ranking.region_prominence("ADM1", 19'000'000) < ranking.prominence("PPL", 8'800'000));
  // More people, more prominence; none recorded is the feature weight alone.
  CHECK(ranking.region_prominence("ADM2", 240'000) > ranking.region_prominence("ADM2", 8'000));
  CHECK(ranking.region_prominence("ADM2", 0) == Approx(ranking.prominence("ADM2", std::nullopt)));
}

TEST_CASE("not places: agencies, broadcasters and papers by their whole name, in any case") {
  const NotPlaces& table = NotPlaces::builtin();
  CHECK(table.find("TASS") == NotPlaceKind::agency);
  CHECK(table.find("Tass") == NotPlaceKind::agency);
  CHECK(table.find("xinhua") == NotPlaceKind::agency);
  CHECK(table.find("Al Jazeera") == NotPlaceKind::broadcaster);
  CHECK(table.find("Moscow Times") == NotPlaceKind::paper);
  // Organisations that share a place's name ("officials from the Red Cross" was the origin of a convoy's
  // trip: Red Cross, North Carolina).
  CHECK(table.find("Red Cross") == NotPlaceKind::organisation);
  CHECK(table.find("red crescent") == NotPlaceKind::organisation);
  CHECK(table.find("Taliban") == NotPlaceKind::organisation);
  // A place inside an organisation's name stays a place on its own.
  CHECK_FALSE(table.find("Moscow"));
  CHECK_FALSE(table.find("Tassi"));
}

TEST_CASE("not places: a bad row names the table and line") {
  CHECK_THROWS_WITH(NotPlaces::parse("Pravda\tnewspaper\thttps://x\n", "t.tsv"), Catch::Contains("t.tsv:1"));
  CHECK_THROWS_WITH(NotPlaces::parse("Pravda\tpaper\n", "t.tsv"), Catch::Contains("t.tsv:1"));
  const NotPlaces one = NotPlaces::parse("# c\nPravda\tpaper\thttps://x\n", "t.tsv");
  CHECK(one.size() == 1);
  CHECK(one.find("PRAVDA") == NotPlaceKind::paper);
}

TEST_CASE("district words: a part or the surrounds of a large city is the city") {
  Geocoder geo = fixture_geocoder();
  CHECK(top(geo.geocode("central London")) == "London/GB");
  CHECK(top(geo.geocode("the outskirts of Tokyo")) == "Tokyo/JP");
  CHECK(top(geo.geocode("Greater Seoul")) == "Seoul/KR");
  // Only the large Moscow: the district words do not fit a small town of the name.
  const GeocodeResult eastern = geo.geocode("eastern Moscow");
  CHECK(top(eastern) == "Moscow/RU");
  CHECK(std::none_of(eastern.matches.begin(), eastern.matches.end(),
                     [](const Candidate& c) { return c.place.country_code == "US"; }));
  // A name with no place after the words stays unknown, and the words alone are no place.
  CHECK(geo.geocode("downtown Atlantis").matches.empty());
  CHECK(geo.geocode("central").matches.empty());
}

TEST_CASE("a facility the gazetteer lacks is read as the place named with it, saying what was not found") {
  Geocoder geo = fixture_geocoder();
  GeocodeOptions exact_only;
  exact_only.fuzzy_fallback = false;
  auto unfound = [&](const char* q) {
    const GeocodeResult r = geo.geocode(q);
    return r.matches.empty() ? std::string("(none)") : r.matches.front().unfound_words;
  };
  // Stations: the word "station" and its kin, with unknown words between them and the town.
  CHECK(top(geo.geocode("Tokyo Station")) == "Tokyo/JP");
  CHECK(unfound("Tokyo Station") == "Station");
  CHECK(top(geo.geocode("Pyongyang North Railway Station")) == "Pyongyang/KP");
  CHECK(unfound("Pyongyang North Railway Station") == "North Railway Station");
  CHECK(top(geo.geocode("Vladivostok Hbf")) == "Vladivostok/RU");
  CHECK(top(geo.geocode("Seoul Yongsan Central Station")) == "Seoul/KR");
  // Airports with a possessive and a code or name between; a terminal's number folds away.
  CHECK(top(geo.geocode("Seoul's Gimpo airport")) == "Seoul/KR");
  CHECK(unfound("Seoul's Gimpo airport") == "Gimpo airport");
  CHECK(top(geo.geocode("London\u2019s City Airport")) == "London/GB");
  CHECK(top(geo.geocode("Tokyo Terminal 2")) == "Tokyo/JP");
  // Ports and crossings, the words after or before the place.
  CHECK(top(geo.geocode("the port of Vladivostok")) == "Vladivostok/RU");
  CHECK(unfound("the port of Vladivostok") == "port of");
  CHECK(top(geo.geocode("Khasan border crossing")) == "Khasan/RU");
  CHECK(top(geo.geocode("the Khasan checkpoint")) == "Khasan/RU");
  // The longest known head wins: the unknown words are dropped from the right, never the place's own.
  CHECK(top(geo.geocode("Moscow, Idaho")) == "Moscow/US");
  // No known place, too many unknown words, or the facility words alone: nothing, and never a fuzzy guess.
  CHECK(geo.geocode("Atlantis Station", exact_only).matches.empty());
  CHECK(geo.geocode("Vladivostock station").matches.empty());
  CHECK(geo.geocode("London Foo Bar Baz Qux station", exact_only).matches.empty());
  CHECK(geo.geocode("railway station", exact_only).matches.empty());
  CHECK(geo.geocode("port of", exact_only).matches.empty());
  // A whole name the gazetteer knows is itself, with no unfound words.
  CHECK(unfound("Vladivostok").empty());
}

TEST_CASE("railway stations from the station list: by their names, their own words, and with a facility word") {
  Geocoder geo = fixture_geocoder();
  GeocodeOptions exact_only;
  exact_only.fuzzy_fallback = false;
  auto code = [&](const char* q) {
    const GeocodeResult r = geo.geocode(q, exact_only);
    return r.matches.empty() ? std::string("(none)") : r.matches.front().place.name + "/" + r.matches.front().place.feature_code;
  };
  // A station named apart from its town, by its name and by its own words.
  CHECK(code("London Paddington") == "London Paddington/RSTN");
  CHECK(code("Paddington") == "London Paddington/RSTN");
  CHECK(code("Paddington station") == "London Paddington/RSTN");
  CHECK(geo.geocode("Paddington Station").matches.front().unfound_words.empty());
  // The town's English name with the station's own words; a main station named with a facility word.
  CHECK(code("London Centrale") == "Londra Centrale/RSTN");
  CHECK(code("Tokyo Central") == "Tokyo Central/RSTN");
  CHECK(code("Seoul Central") == "Seoul-Central/RSTN");
  // Words two towns' stations share name no station alone; the town stays the town; a station not
  // offered to travellers, or named as its town, is not added.
  CHECK(code("Central") == "(none)");
  CHECK(code("London") == "London/PPLC");
  // (London Euston is the city, the station's word unknown: Geocoder::place_with_words_after.)
  CHECK(code("London Euston") == "London/PPLC");
}

TEST_CASE("a name with its other name beside it: the two agree, an unknown one is carried") {
  Geocoder geo = fixture_geocoder();
  const GeocodeResult edo = geo.geocode("Tokyo (Edo)");
  CHECK(top(edo) == "Tokyo/JP");
  CHECK(top(geo.geocode("Seoul, formerly Hanyang")) == "Seoul/KR");
  CHECK(top(geo.geocode("Hanyang (now Seoul)")) == "Seoul/KR");
  // The other name unknown: the known one carries it; the pair written the other way round too.
  CHECK(top(geo.geocode("Vladivostok (Haishenwai)")) == "Vladivostok/RU");
  CHECK(top(geo.geocode("Haishenwai, now Vladivostok")) == "Vladivostok/RU");
  // Two known names of different places are no place, and a comma without a joining word is no pair.
  GeocodeOptions exact_only;
  exact_only.fuzzy_fallback = false;
  CHECK(geo.geocode("Moscow (Edo)", exact_only).matches.empty());
  CHECK(geo.geocode("Seoul, Hanyang", exact_only).matches.empty());
}

// Issue 26: a country's border ("Russian border", "the border with Russia", "Russia's frontier") reads as the
// country, marked as its land border so that a claim ends on it (routes::place_on_border); a town's border
// crossing ("Khasan border crossing") is the town, unmarked.
TEST_CASE("a country's border is the country, marked as its land border") {
  Geocoder geo = fixture_geocoder();
  for (const char* q : {"Russian border", "the border with Russia", "Russia's frontier", "border of Russia"}) {
    INFO(q);
    const GeocodeResult r = geo.geocode(q);
    REQUIRE_FALSE(r.matches.empty());
    CHECK(r.matches.front().place.country_code == "RU");
    CHECK(r.matches.front().place.feature_class == "A");
    CHECK(r.matches.front().names_land_border);
  }
  const GeocodeResult crossing = geo.geocode("Khasan border crossing");
  REQUIRE_FALSE(crossing.matches.empty());
  CHECK(crossing.matches.front().place.name == "Khasan");
  CHECK_FALSE(crossing.matches.front().names_land_border);
  CHECK_FALSE(geo.geocode("Russia").matches.front().names_land_border);
}
