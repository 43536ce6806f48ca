// Figures as reporters write them, and the intervals their wording allows (geodata/hedges.tsv).
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "quantities/quantity.hpp"

using namespace routecheck::quantities;
using Catch::Matchers::Contains;

namespace {
constexpr double kMile = 1609.344;
constexpr double kHour = 3600;
Quantity q(const char* text) { return parse_quantity(text); }
}  // namespace

TEST_CASE("distances: units, thousands separators, rounding from the digits written") {
  auto d = q("683 miles");
  CHECK(d.dimension == Dimension::distance);
  CHECK(d.unit.symbol == "mi");
  CHECK(d.value == 683);
  CHECK(d.si.low == Approx(682.5 * kMile));
  CHECK(d.si.high == Approx(683.5 * kMile));
  CHECK(q("683 mi").si.low == d.si.low);
  CHECK(q("1,100 km").value == 1100);
  CHECK(q("1,100 km").si.high == Approx(1100500));
  CHECK(q("1.100.000 m").value == 1100000);
  CHECK(q("1,5 km").value == 1.5);  // a decimal comma: thousands need three digits
  CHECK(q("2,345.5 km").value == 2345.5);
  CHECK(q("18.5 km").si.low == Approx(18450));
  CHECK(q("3,150 nautical miles").si.low == Approx(3149.5 * 1852));
  CHECK(q("12,000 ft").unit.symbol == "ft");
}

TEST_CASE("'1.100 km' is refused as ambiguous, never read as 1.1 or 1100") {
  CHECK_THROWS_WITH(q("1.100 km"), Contains("ambiguous") && Contains("'1100' or '1.1'"));
}

TEST_CASE("durations: hours, compounds, adjectives, words") {
  CHECK(q("20 hours").si.low == Approx(19.5 * kHour));
  CHECK(q("20-hour").si.high == Approx(20.5 * kHour));
  CHECK(q("18.5 h").si.low == Approx(18.45 * kHour));
  auto compound = q("3 h 40 min");
  CHECK(compound.value_si() == Approx(3 * kHour + 40 * 60));
  CHECK(compound.si.low == Approx(3 * kHour + 39.5 * 60));
  CHECK(q("3h40").value_si() == Approx(3 * kHour + 40 * 60));
  CHECK(q("2 days 6 hours").value_si() == Approx(54 * kHour));
  CHECK(q("two days").value_si() == Approx(48 * kHour));
  CHECK(q("a week").value_si() == Approx(7 * 24 * kHour));
  CHECK(q("half an hour").value_si() == Approx(0.5 * kHour));
  CHECK(q("twenty four hours").value_si() == Approx(24 * kHour));
  CHECK(q("90 minutes").value_si() == Approx(1.5 * kHour));
}

TEST_CASE("speeds in every unit news uses") {
  CHECK(q("37 mph").value_si() == Approx(37 * kMile / kHour));
  CHECK(q("about 37 miles per hour").hedge == "about");
  CHECK(q("about 37 miles per hour").unit.symbol == "mph");
  CHECK(q("60 km/h").value_si() == Approx(60 / 3.6));
  CHECK(q("60 kph").unit.symbol == "km/h");
  CHECK(q("12 knots").value_si() == Approx(12 * 1852.0 / kHour));
  CHECK(q("5 m/s").value_si() == 5);
}

TEST_CASE("hedges widen, one-sided hedges open one end") {
  const auto plain = q("20 hours"), about = q("about 20 hours");
  CHECK(about.si.low == Approx(19.5 * 0.9 * kHour));
  CHECK(about.si.high == Approx(20.5 * 1.1 * kHour));
  CHECK(about.si.low < plain.si.low);
  CHECK(q("roughly 600 km").hedge == "roughly");
  CHECK_FALSE(q("more than 600 km").si.bounded());
  CHECK(q("more than 600 km").si.low == Approx(599500));
  CHECK(q("at least 3 days").hedge == "at least");
  CHECK(q("up to 30 knots").si.low == 0);
  CHECK(q("less than 2 hours").si.high == Approx(2.5 * kHour));
  CHECK(q("nearly 20 hours").si.high == Approx(20.5 * kHour));
  CHECK(q("nearly 20 hours").si.low == Approx(19.5 * 0.9 * kHour));
  CHECK(q("just over 2 hours").hedge == "just over");  // the longer phrase, not "over"
  CHECK(q("some 500 miles").hedge == "some");
}

TEST_CASE("ranges") {
  auto r = q("600-700 km");
  CHECK(r.is_range);
  CHECK(r.si.low == Approx(599500));
  CHECK(r.si.high == Approx(700500));
  CHECK(r.value == 650);
  CHECK(q("600 to 700 km").si.high == Approx(700500));
  CHECK(q("between 18 and 20 hours").si.low == Approx(17.5 * kHour));
  CHECK(q("between 18 and 20 hours").si.high == Approx(20.5 * kHour));
  CHECK(q("600–700 km").is_range);  // en dash
}

TEST_CASE("bad figures: one message naming the text and what is wrong") {
  CHECK_THROWS_AS(q("fast"), routecheck::InputError);
  CHECK_THROWS_WITH(q("fast"), Contains("'fast'") && Contains("not a figure"));
  CHECK_THROWS_WITH(q("-5 km"), Contains("cannot be negative"));
  CHECK_THROWS_WITH(q("nan hours"), Contains("not a number"));
  CHECK_THROWS_WITH(q("1e400 km"), Contains("exponent"));
  CHECK_THROWS_WITH(q("0 km"), Contains("greater than zero"));
  CHECK_THROWS_WITH(q("683"), Contains("no unit"));
  CHECK_THROWS_WITH(q("683 furlongs"), Contains("unknown unit 'furlongs'") && Contains("mi, nmi, km, m, ft"));
  CHECK_THROWS_WITH(parse_quantity("37 mph", Dimension::distance),
                    Contains("a speed, not a distance") && Contains("mi, nmi, km, m, ft"));
  CHECK_THROWS_WITH(q("683 miles east"), Contains("stopped at 'east'"));
  CHECK_THROWS_WITH(q("700-600 km"), Contains("smaller to the larger"));
}

TEST_CASE("report numbers: separators from 1,000, one decimal below") {
  CHECK(format_number(1099.18) == "1,099");
  CHECK(format_number(684.475) == "684.5");
  CHECK(format_number(18.459) == "18.5");
  CHECK(format_number(37.0) == "37");
  CHECK(format_number(0.254) == "0.25");
}
