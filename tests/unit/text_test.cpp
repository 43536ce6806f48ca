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
