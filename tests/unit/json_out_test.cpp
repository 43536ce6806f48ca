// The JSON a report is written as: text written as it is described (text::JsonWriter, what check --json and
// a batch's NDJSON rows are) must be byte for byte nlohmann's dump of the tree the same description builds
// (text::JsonTree, what the article report embeds), for random values and for claims of every shape.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include "core/json_out.hpp"
#include "core/json_text.hpp"
#include "core/text.hpp"
#include "fixture_gazetteer.hpp"
#include "verdicts/claim.hpp"
#include "verdicts/claims_table.hpp"
#include "verdicts/report_json.hpp"

using namespace routecheck;
using nlohmann::ordered_json;

namespace {

std::string dump(const ordered_json& j) { return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

// Strings a report may hold: plain, escaped, control characters, non-ASCII names, bytes that are not UTF-8.
const std::vector<std::string>& sample_strings() {
  static const std::vector<std::string> strings{"", "Pyongyang", "Zürich Hauptbahnhof", "평양 → Владивосток", "say \"hi\" \\ there",
                                                "tab\there\nand\r\x01\x1f\x7f", "bad \xff\xfe end", "cut \xe2\x82", "東京"};
  return strings;
}

// Describes a random value (nested up to `depth`) to `out`; the same seed describes the same value.
void describe(text::JsonOut& out, std::mt19937_64& random, int depth) {
  std::uniform_int_distribution<int> kind(0, depth > 0 ? 8 : 6);
  std::uniform_real_distribution<double> exponent(-9, 19), mantissa(-10, 10);
  const std::vector<std::string>& strings = sample_strings();
  switch (kind(random)) {
    case 0: out.string(strings[random() % strings.size()]); break;
    case 1: {
      const double raw = mantissa(random) * std::pow(10.0, exponent(random));
      const int decimals[] = {0, 2, 3, 5, 6};
      out.number(random() % 2 ? raw : text::round_decimals(raw, decimals[random() % std::size(decimals)]));
      break;
    }
    case 2: out.integer(static_cast<std::int64_t>(random())); break;
    case 3: out.unsigned_integer(random()); break;
    case 4: out.boolean(random() % 2); break;
    case 5: out.null(); break;
    case 6: out.string_or_null(strings[random() % strings.size()]); break;
    case 7: {
      out.begin_array();
      for (std::size_t n = random() % 4; n > 0; --n) describe(out, random, depth - 1);
      out.end_array();
      break;
    }
    default: {
      out.begin_object();
      // Distinct keys: a key given twice is write_members_once's business (its own test).
      for (std::size_t n = random() % 4, k = 0; k < n; ++k) {
        out.key(strings[k % strings.size()] + std::to_string(k));
        describe(out, random, depth - 1);
      }
      out.end_object();
    }
  }
}

// The report of a claim as the batch writes it and as its tree dumps; both, and check --json's text.
void require_one_rendering(const verdicts::Claim& c, const verdicts::Report& r) {
  const ordered_json tree = verdicts::report_value(c, r);
  const std::string text = verdicts::report_json(c, r);
  REQUIRE(text == dump(tree));
  REQUIRE(text == text::json_text(tree));
}

routes::Waypoint point(const std::string& name, double lat, double lon, const std::string& country, const std::string& zone) {
  routes::Waypoint w;
  w.query = name;
  w.place.name = name;
  w.place.lat_deg = lat;
  w.place.lon_deg = lon;
  w.place.country_code = country;
  w.place.timezone = zone;
  return w;
}

}  // namespace

TEST_CASE("JsonWriter writes nlohmann's dump of the tree JsonTree builds from the same description") {
  for (std::uint64_t seed = 1; seed <= 20000; ++seed) {
    std::mt19937_64 for_text(seed), for_tree(seed);
    std::string written;
    text::JsonWriter writer(written);
    describe(writer, for_text, 4);
    text::JsonTree tree;
    describe(tree, for_tree, 4);
    REQUIRE(written == dump(tree.take()));
  }
  for (double v : {0.0, -0.0, 1318.0, 0.0005, 1e-7, 1e15, 1e16, 1e24, 51.50853, -74.006, 28.317164,
                   std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
                   std::numeric_limits<double>::infinity(), std::nan("")}) {
    std::string written;
    text::JsonWriter(written).number(v);
    CHECK(written == dump(ordered_json(v)));
  }
}

TEST_CASE("write_members_once keeps a repeated key where ordered_json's operator[] keeps it, with the last value") {
  const std::vector<std::pair<std::string, int>> members{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}, {"a", 6}};
  ordered_json expected = ordered_json::object();
  for (const auto& [key, value] : members) expected[key] = value;
  std::string written;
  text::JsonWriter writer(written);
  writer.begin_object();
  text::write_members_once(
      writer, members.size(), [&](std::size_t i) -> std::string_view { return members[i].first; },
      [&](std::size_t i) { writer.integer(members[i].second); });
  writer.end_object();
  CHECK(written == dump(expected));
  CHECK(written == R"({"a":6,"b":5,"c":4})");
}

TEST_CASE("a claim's report is one rendering: check --json's text is nlohmann's dump of its tree") {
  const routes::ModeProfiles& modes = routes::ModeProfiles::builtin();
  // Made by hand: unicode names, nulls where a place has no country or zone, a runner-up, an area, a
  // network path with passages and a gauge change, countries crossed, ranges, hedges, a restatement,
  // repeated relation ids and a figure named like a relation's own member.
  verdicts::Claim c;
  routes::Waypoint from = point("Zürich \"HB\"", 47.3782, 8.5402, "CH", "Europe/Zurich");
  from.place.geonameid = 2657896;
  from.place.admin1_name = "Zürich";
  from.reason = "exact name; city, population 341730";
  from.runner_up = routes::RunnerUp{point("Zürich, Kanton", 47.41, 8.65, "", "").place, 0.0412345678, "0.04 behind"};
  routes::Waypoint via = point("평양", 39.03385, 125.75432, "KP", "Asia/Pyongyang");
  via.unfound_words = "West Railway Station";
  routes::Waypoint to = point("Nowhere at sea", -0.0, 179.99999999, "", "");
  c.route = routes::make_route({from, via, to});
  verdicts::settle_extents(c);
  c.route.countries = routes::RouteCountries{{{42.4234567, 130.6412345, "KP", "RU", "North Korea", "Россия", 1, 556.123456}},
                                              {"Switzerland", "(sea)", "North Korea", "Russia"},
                                              {"CH", "KP", "RU"}};
  c.route.network_kind = networks::NetworkKind::rail;
  c.route.network_source = "the network of 'krems.osm.pbf'";
  c.route.avoided = {"Suez Canal"};
  routes::NetworkLeg leg;
  leg.path_m = 1234567.891;
  leg.snap_from_m = 12.5;
  leg.from_station = "Zürich HB";
  leg.passages = {"Strait of Gibraltar", "Øresund"};
  leg.gauge_changes = {{"1435", "1520", "", 42.1, 130.9}, {"1520", "1435", "Khasan", 42.43, 130.64}};
  leg.timed_s = 7200.5;
  c.route.legs[0].network = leg;
  c.route.network_problem = "no rail path between 평양 and Nowhere at sea";
  c.mode = modes.get("rail");
  c.distance = quantities::parse_quantity("8,000 km (4,971 miles)");
  c.speed = quantities::parse_quantity("about 37 mph");
  c.top_speed = quantities::parse_quantity("up to 250 km/h");
  c.duration = quantities::parse_quantity("between 3 and 4 days");
  c.stop_unknown = true;
  c.depart = "2023-09-10T22:00";
  verdicts::Report r = verdicts::check_claim(c);
  r.relations.push_back({"figures_agree", "figures agree, again", verdicts::Verdict::suspicious, "a second reason", {{"name", 1.5}}});
  r.relations.push_back({"odd", "odd", verdicts::Verdict::plausible, "", {{"x", 1e-9}, {"x", 123456789.123456}, {"reason", -0.0}}});
  r.notes.push_back("a note with \"quotes\" and a\ttab");
  require_one_rendering(c, r);
  // The same claim bare: no mode, no figures, no network, no countries.
  verdicts::Claim bare;
  bare.route = routes::make_route({point("A", 0, 0, "", ""), point("B", 1e-7, -1e-7, "", "")});
  require_one_rendering(bare, verdicts::check_claim(bare));
}

TEST_CASE("a batch's NDJSON rows are the reports' trees dumped, after the row's number and own columns") {
  const gazetteer::Geocoder geocoder = routecheck::testing::fixture_geocoder();
  routes::WaypointResolver resolver(geocoder);
  // Hedged and ranged figures, times, a via, an unknown place, a bad figure, a short row, and the
  // newsroom's own columns, one named twice.
  std::istringstream csv(
      "id,from,to,via,distance,speed,duration,stop,mode,depart,arrive,id,note\n"
      "1,Pyongyang,Vladivostok,,683 miles,about 37 mph,about 20 hours,unknown,rail,2023-09-10 22:00,,one,\"Ünï, \"\"cödé\"\"\"\n"
      "2,Pyongyang,Vladivostok,Khasan,about 680-700 km,,between 10 and 12 hours,15 minutes,rail,Sunday 20:00,Monday 09:00,two,\n"
      "3,Seoul,Pyongyang,,50 miles,,,,road,,,three,\n"
      "4,Tokyo,London,,\"9,560 km\",,about 14 hours,,air,,,four,\n"
      "5,Moscow,Vladivostok,,\"9,289 km\",,6 days,,,,,five,\n"
      "6,Atlantisville,Vladivostok,,683 miles,,,,rail,,,six,\n"
      "7,Seoul,Tokyo,,abc,,,,air,,,seven,\n"
      "8,Seoul\n");
  std::string written;
  std::vector<std::string> expected;
  std::string bad;  // the rows that are errors, and why
  verdicts::check_claims_table(
      csv, resolver, routes::ModeProfiles::builtin(), true, [&](std::string_view text) { written += text; },
      [&](std::size_t row, const verdicts::ClaimInput&, const std::string& message) { bad += std::to_string(row) + ": " + message + "\n"; },
      nullptr, nullptr,
      [&](std::size_t row, verdicts::Claim& claim, const verdicts::Report& report) {
        // As the rows were written before the writer: the report's tree dumped, spliced in after the row's own.
        expected.push_back(std::to_string(row) + "\t" + dump(verdicts::report_value(claim, report)));
        require_one_rendering(claim, report);
      });
  const std::vector<std::string_view> lines = text::split_lines(written);
  REQUIRE(lines.size() == 8);
  std::size_t checked = 0;
  for (std::string_view line : lines) {
    const ordered_json row = ordered_json::parse(line);
    REQUIRE(dump(row) == line);  // nlohmann reads each row back and writes the same bytes
    const std::string number = std::to_string(row["row"].get<std::size_t>());
    for (const std::string& e : expected)
      if (e.substr(0, e.find('\t')) == number) {
        // The row is {"row":N,"columns":{...}, then the report's members.
        const std::string report = e.substr(e.find('\t') + 1);
        CHECK(line.substr(line.size() - (report.size() - 1)) == report.substr(1));
        ++checked;
      }
    CHECK(row["columns"].size() == 2);  // "id" twice is one member, with the later column's value
  }
  INFO(bad);
  CHECK(checked == expected.size());
  CHECK(expected.size() == 5);  // rows 6, 7 and 8 are errors
  CHECK(ordered_json::parse(lines[0])["columns"]["id"] == "one");
  CHECK(ordered_json::parse(lines[0])["columns"]["note"] == "Ünï, \"cödé\"");
}
