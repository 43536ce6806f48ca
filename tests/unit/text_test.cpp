// Text helpers: strict number parsing (half-parsed or non-finite figures are rejected), rounding for JSON,
// articles, and UTF-8-safe quoting of user input in messages.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "core/json_text.hpp"
#include "core/text.hpp"

using namespace routecheck;

TEST_CASE("parse_double accepts whole finite numbers only") {
  CHECK(text::parse_double("42.5") == 42.5);
  CHECK(text::parse_double(" -3 ") == -3.0);
  CHECK_FALSE(text::parse_double("12abc"));
  CHECK_FALSE(text::parse_double("nan"));
  CHECK_FALSE(text::parse_double("1e400"));
  CHECK_FALSE(text::parse_double(""));
}

TEST_CASE("split_lines drops a final newline and carriage returns") {
  auto lines = text::split_lines("a\r\nb\n");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "a");
  CHECK(lines[1] == "b");
}

TEST_CASE("geodata tables: comments and blank lines skipped, short rows named by file and line") {
  const std::string table = "# a comment\nrail\t1.1\n\n  \nroad\t1.2\n";
  const auto rows = text::table_rows(table, "modes.tsv", 2, "mode<TAB>number");
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].line == 5);
  CHECK(rows[1].fields[0] == "road");
  CHECK_THROWS_WITH(text::table_rows("rail\n", "modes.tsv", 2, "mode<TAB>number"), "modes.tsv:1: expected mode<TAB>number");
}

TEST_CASE("JSON figures are the double nearest their decimal (issue 8: 148.14000000000001)") {
  CHECK(text::round_decimals(148.140000001, 2) == 148.14);
  CHECK(text::round_decimals(684.4746262, 3) == 684.475);
  CHECK(text::round_decimals(-40.7019779861, 4) == -40.702);
  nlohmann::json j = text::round_decimals(14814 * 0.01, 2);
  CHECK(j.dump() == "148.14");
}

TEST_CASE("the indefinite article follows the sound (issue 8: 'a air route')") {
  CHECK(text::with_article("air") == "an air");
  CHECK(text::with_article("rail") == "a rail");
  CHECK(text::with_article("8 h") == "an 8 h");
  CHECK(text::with_article("11 km") == "an 11 km");
  CHECK(text::with_article("110 km") == "a 110 km");
  CHECK(text::with_article("1,800 km") == "a 1,800 km");
}

TEST_CASE("messages quote whole UTF-8 characters and stay valid UTF-8 (issue 8: unexpected byte 0xc8)") {
  const std::string bucuresti = "Bucure\xc8\x99ti";
  CHECK(text::utf8_char_at(bucuresti, 6) == "\xc8\x99");
  CHECK(text::utf8_char_at("\xff", 0) == "\\xff");
  CHECK(text::utf8_excerpt(bucuresti, 7) == "Bucure…");  // never half of ș
  CHECK(text::utf8_excerpt(bucuresti, 100) == bucuresti);
  CHECK(text::utf8_excerpt("ab\xc8z", 100) == "ab\\xc8z");
}

// Issue 30: junk from files and arguments reached the terminal raw (ESC sequences, a line break that
// split a message in two, bytes that are not UTF-8), and long inputs were echoed whole.
TEST_CASE("issue 30: a message line escapes control characters and invalid bytes") {
  CHECK(text::message_line("no place named 'Se\x1b[31moul'") == "no place named 'Se\\x1b[31moul'");
  CHECK(text::message_line("two\nlines\r") == "two\\x0alines\\x0d");
  CHECK(text::message_line("tab\there") == "tab\\x09here");
  CHECK(text::message_line("C1 \xc2\x9b here") == "C1 \\xc2\\x9b here");  // CSI as one C1 character
  CHECK(text::message_line("bad \xff byte") == "bad \\xff byte");
  CHECK(text::message_line("Zürich — 5 km") == "Zürich — 5 km");  // text is kept as text
  CHECK(text::valid_utf8(text::message_line("\xe2\x82")));  // a cut-off character
  CHECK(text::utf8_excerpt("a\x1b" "b", 80) == "a\\x1bb");
}

TEST_CASE("issue 30: a long message keeps its start and its end, within the limit") {
  const std::string huge = "--from '" + std::string(200000, 'a') + "': no place named it";
  const std::string line = text::message_line(huge);
  CHECK(line.size() <= text::kMessageLineBytes);
  CHECK(line.rfind("--from 'aaa", 0) == 0);
  CHECK(line.find("…") != std::string::npos);
  CHECK(line.size() >= std::string("': no place named it").size());
  CHECK(line.substr(line.size() - 20) == "': no place named it");
  // Escapes count against the limit too: 150,000 ESC bytes are no longer than 150,000 letters.
  CHECK(text::message_line(std::string(150000, '\x1b')).size() <= text::kMessageLineBytes);
  // Multi-byte characters are never split at either cut.
  std::string cities;
  for (int i = 0; i < 5000; ++i) cities += "Zürich ";
  CHECK(text::valid_utf8(text::message_line(cities)));
  CHECK(text::message_line("short") == "short");
}

TEST_CASE("issue 30: coordinates in messages: finite as written, infinities and NaN by name") {
  CHECK(text::coordinate_excerpt(95) == "95");
  CHECK(text::coordinate_excerpt(-200.5) == "-200.5");
  CHECK(text::coordinate_excerpt(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(text::coordinate_excerpt(-std::numeric_limits<double>::infinity()) == "-inf");
  CHECK(text::coordinate_excerpt(std::nan("")) == "nan");
  CHECK(text::coordinate_excerpt(-1.23456789012345e300) == "-1.234568e+300");
}

// json_text writes reports at speed; it must agree byte for byte with nlohmann's dump, which it replaces.
TEST_CASE("json_text writes what nlohmann's dump writes: numbers, escapes, bad UTF-8, nesting") {
  using nlohmann::ordered_json;
  auto dump = [](const ordered_json& j) { return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace); };
  // Numbers of every magnitude a report holds, rounded as reports round them, and raw ones.
  std::mt19937_64 random(20261205);
  std::uniform_real_distribution<double> exponent(-8, 18), mantissa(-10, 10);
  for (int k = 0; k < 200000; ++k) {
    const double raw = mantissa(random) * std::pow(10.0, exponent(random));
    for (double v : {raw, text::round_decimals(raw, 3), text::round_decimals(raw, 6), std::round(raw)}) {
      const ordered_json j(v);
      REQUIRE(text::json_text(j) == dump(j));
    }
  }
  for (double v : {0.0, -0.0, 1318.0, 0.0005, 0.0001, 0.00001, 1e15, 1e16, 1e24, 51.50853, -74.006,
                   std::numeric_limits<double>::infinity(), std::nan(""), std::numeric_limits<double>::denorm_min()})
    CHECK(text::json_text(ordered_json(v)) == dump(ordered_json(v)));
  // Strings: quotes, backslashes, every control character, DEL, non-ASCII, and bytes that are not UTF-8.
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  for (const std::string& s : {std::string("plain"), std::string("say \"hi\" \\ there"), controls, std::string("\x7f"),
                              std::string("Pjöngjang → 평양"), std::string("bad \xff\xfe end"), std::string("cut \xe2\x82"),
                              std::string("")})
    CHECK(text::json_text(ordered_json(s)) == dump(ordered_json(s)));
  // Nesting, key order, integers, booleans and null.
  const ordered_json nested{{"b", 1}, {"a", {{"x", nullptr}, {"y", true}, {"z", ordered_json::array({1, -2, 3.5, "s"})}}},
                            {"u", std::uint64_t{18446744073709551615ull}}, {"e", ordered_json::object()}, {"f", ordered_json::array()}};
  CHECK(text::json_text(nested) == dump(nested));
}
