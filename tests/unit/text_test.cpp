// Strict number parsing: half-parsed or non-finite figures are rejected, not read as something else.
#include <catch2/catch.hpp>

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
