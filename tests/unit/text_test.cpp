// Text helpers: strict number parsing (half-parsed or non-finite figures are rejected), rounding for JSON,
// articles, and UTF-8-safe quoting of user input in messages.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

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

TEST_CASE("messages quote whole UTF-8 characters and stay valid UTF-8 (issue 8: unexpected '\\xc8')") {
  const std::string bucuresti = "Bucure\xc8\x99ti";
  CHECK(text::utf8_char_at(bucuresti, 6) == "\xc8\x99");
  CHECK(text::utf8_char_at("\xff", 0) == "\\xff");
  CHECK(text::utf8_excerpt(bucuresti, 7) == "Bucure…");  // never half of ș
  CHECK(text::utf8_excerpt(bucuresti, 100) == bucuresti);
  CHECK(text::utf8_excerpt("ab\xc8z", 100) == "ab\\xc8z");
}
