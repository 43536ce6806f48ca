// Figures as reporters write them, and the intervals their wording allows (geodata/hedges.tsv).
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "quantities/figure_finder.hpp"
#include "quantities/quantity.hpp"

using namespace routecheck::quantities;
using Catch::Matchers::Contains;

namespace {
constexpr double kMile = 1609.344;
constexpr double kHour = 3600;
constexpr double kDay = 24 * kHour;
Quantity q(const char* text, std::optional<Dimension> expected = std::nullopt) { return parse_quantity(text, expected); }
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
  CHECK(q("3,200 nautical miles").si.low == Approx(3199.5 * 1852));
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
  // After hours, an "m" is the minutes' ("4h18m" stopped at '18'); alone it stays metres.
  CHECK(q("4h18m").value_si() == Approx(4 * kHour + 18 * 60));
  CHECK(q("2 h 30 m").value_si() == Approx(2.5 * kHour));
  CHECK(q("1h5m").value_si() == Approx(kHour + 5 * 60));
  CHECK(q("3 m").dimension == Dimension::distance);
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
  CHECK(q("more than 600 km").si.low == Approx(600000));  // the bound is the figure, not its rounding
  CHECK(q("at least 3 days").hedge == "at least");
  // A tilde before a figure is "about" ("a figure cannot be negative" before); between two, a range.
  CHECK(q("~500 km").hedge == "about");
  CHECK(q("~ 20 hours").si.high == Approx(20.5 * 3600 * 1.1));
  CHECK(q("8~10 hours").is_range);
  CHECK(q("up to 30 knots").si.low == 0);
  CHECK(q("less than 2 hours").si.high == Approx(2 * kHour));  // was 2.5 h: "under two hours" passed 2 h 20
  CHECK(q("nearly 20 hours").si.high == Approx(20 * kHour));
  CHECK(q("nearly 20 hours").si.low == Approx(19.5 * 0.9 * kHour));
  CHECK(q("just over 2 hours").hedge == "just over");  // the longer phrase, not "over"
  CHECK(q("some 500 miles").hedge == "some");
  // A vague amount bounds at its far end, as a range does: "under a few hours" was at most 3.5 h (the
  // middle of 2 to 5), so a trip of four hours broke it.
  CHECK(q("under a few hours").si.high == Approx(5 * kHour));
  CHECK(q("up to several days").si.high == Approx(9 * kDay));
  CHECK(q("more than a few weeks").si.low == Approx(2 * 7 * kDay));
  CHECK(q("at least several miles").si.low == Approx(3 * kMile));
}

// Hedges copy writes that the table lacked were passed over, the figure read as exact: "in the region of
// 800 km" was 799.5-800.5 km, "as much as 1,500 km" exactly 1,500, "a shade under four hours" had no
// lower side.
TEST_CASE("more hedges: about, the most, the least, a little under or over") {
  for (const char* about : {"in the region of 800 km", "something like 800 km", "of the order of 800 km", "800 km, give or take",
                            "in the vicinity of 800 km", "in the neighbourhood of 800 km"}) {
    INFO(about);
    CHECK(q(about).si.low < 0.91 * 800000);
    CHECK(q(about).si.high > 1.09 * 800000);
  }
  for (const char* most : {"as much as 1,500 km", "at the very most 1,500 km", "at the most 1,500 km", "as many as 1,500 km"}) {
    INFO(most);
    CHECK(q(most).si.low == 0);
    CHECK(q(most).si.high == Approx(1500000));
  }
  // Words that look like hedges and are none in running text: "CA 200 miles" (California), "35 C. 300
  // miles", "680 km, tops the list", "5 hours, max speed": read as circa and at most before.
  CHECK(find_figures("From Fresno, CA 200 miles to Los Angeles.").front().hedge.empty());
  CHECK(find_figures("The run was 680 km, tops the list of routes.").front().si.low > 0);
  for (const char* least : {"as little as 45 minutes", "as short as 45 minutes", "as few as 45 minutes", "at the very least 45 minutes"}) {
    INFO(least);
    CHECK(q(least).si.low == Approx(45 * 60));
    CHECK_FALSE(q(least).si.bounded());
  }
  for (const char* under : {"a shade under four hours", "a touch under four hours", "getting on for four hours", "nigh on four hours",
                            "the best part of four hours"}) {
    INFO(under);
    CHECK(q(under).si.high == Approx(4 * kHour));
    CHECK(q(under).si.low > 2.4 * kHour);
  }
  for (const char* over : {"a good four hours", "four hours and a bit", "a shade over four hours", "a little more than four hours"}) {
    INFO(over);
    CHECK(q(over).si.low == Approx(4 * kHour));
    CHECK(q(over).si.high > 4.5 * kHour);
  }
}

// A negation before a bound turns it round: "no less than 10 hours" was read as at most 10 h (the "no"
// dropped), so a true story came out inconsistent; "not more than 5 km" as at least 5 km.
TEST_CASE("negated bounds: no less than, not over, never more than") {
  for (const char* least : {"no less than 3 hours", "not less than 3 hours", "no fewer than 3 hours", "not under 3 hours",
                            "no shorter than 3 hours"}) {
    INFO(least);
    CHECK(q(least).si.low == Approx(3 * kHour));
    CHECK_FALSE(q(least).si.bounded());
  }
  for (const char* most : {"not more than 3 hours", "never more than 3 hours", "not over 3 hours", "no longer than 3 hours",
                           "not longer than 3 hours", "not even 3 hours"}) {
    INFO(most);
    CHECK(q(most).si.low == 0);
    CHECK(q(most).si.high == Approx(3 * kHour));
  }
  CHECK(q("no further than 40 km").si.high == Approx(40000));
  CHECK(q("no further than 40 km").si.low == 0);
  // Only a comparison turns round: "not nearly", "not up to", "not as much as" still mean less (they were
  // read as at least the figure).
  for (const char* less : {"not nearly 3 hours", "not up to 3 hours", "not as much as 3 hours"}) {
    INFO(less);
    const auto read = read_figure_field(less, Dimension::duration).quantity;
    REQUIRE(read);
    CHECK(read->si.high == Approx(3 * kHour));
  }
}

// Limits written as such were exact figures ("a maximum of six hours" was 5.5-6.5 h); a bound softened
// by "little", "hardly" or "only just" had no far end ("little more than an hour" was any time over it).
TEST_CASE("limits and softened bounds: a maximum of, a minimum of, little more than, only just under") {
  for (const char* most : {"a maximum of 250 km", "maximum of 250 km", "a max of 250 km"}) {
    INFO(most);
    CHECK(q(most).si.low == 0);
    CHECK(q(most).si.high == Approx(250000));
  }
  for (const char* least : {"a minimum of 250 km", "minimum of 250 km", "longer than 250 km"}) {
    INFO(least);
    CHECK(q(least).si.low == Approx(250000));
    CHECK_FALSE(q(least).si.bounded());
  }
  for (const char* near_over : {"little more than 250 km", "hardly more than 250 km", "only just over 250 km", "barely over 250 km"}) {
    INFO(near_over);
    CHECK(q(near_over).si.low == Approx(250000));
    CHECK(q(near_over).si.high > 255000);
    CHECK(q(near_over).si.high < 300000);
  }
  for (const char* near_under : {"little under 250 km", "only just under 250 km", "barely under 250 km"}) {
    INFO(near_under);
    CHECK(q(near_under).si.high == Approx(250000));
    CHECK(q(near_under).si.low > 200000);
  }
  CHECK(q("in the order of 250 km").si.low < 0.91 * 250000);
  CHECK(q("in the order of 250 km").si.high > 1.09 * 250000);
}

// Numbers in words with more than one scale word were misread ("one thousand two hundred km" was 100,200
// km, "a hundred and ten km/h" 10 km/h); a vague amount of a scale word was the scale alone ("a few hundred
// km" exactly 100 km, a false inconsistent); a number ending on "thousand" kept the rounding of its first
// word; a fraction in words had no width.
TEST_CASE("numbers in words: groups and scales, vague hundreds, fractions rounded") {
  CHECK(q("one thousand two hundred km").value == Approx(1200));
  CHECK(q("two thousand three hundred and forty km").value == Approx(2340));
  CHECK(q("a hundred and ten km").value == Approx(110));
  CHECK(q("one thousand and fifty km").value == Approx(1050));
  CHECK(q("three lakh twenty thousand km").value == Approx(320000));
  CHECK(q("fifteen hundred miles").value == Approx(1500));
  CHECK(q("a hundred and ten km/h", Dimension::speed).value == Approx(110));
  // One unit of a scale is a round figure of its own: "a thousand km" was 500-1,500 km.
  for (const char* one : {"a thousand km", "one thousand km"}) {
    INFO(one);
    CHECK(q(one).si.low == Approx(950000));
    CHECK(q(one).si.high == Approx(1050000));
  }
  CHECK(q("one million km").si.high == Approx(1.05e9));
  for (const char* thousands : {"two thousand km", "2 thousand km"}) {
    INFO(thousands);
    CHECK(q(thousands).si.low == Approx(1500000));
    CHECK(q(thousands).si.high == Approx(2500000));
  }
  CHECK(q("a few hundred km").si.low == Approx(200000));
  CHECK(q("a few hundred km").si.high == Approx(500000));
  CHECK(q("several thousand miles").si.low == Approx(3000 * kMile));
  CHECK(q("hundreds of kilometres").si.low == Approx(200000));
  CHECK(q("dozens of miles").si.high == Approx(96 * kMile));
  // "a few dozen km" was 12 km ("a few" passed over), a false inconsistent.
  CHECK(q("a few dozen km").si.low == Approx(24000));
  CHECK(q("several dozen miles").si.high == Approx(108 * kMile));
  CHECK(q("half a mile").si.low == Approx(0.25 * kMile));
  CHECK(q("half a mile").si.high == Approx(0.75 * kMile));
  CHECK(q("a quarter of a mile").si.high == Approx(0.375 * kMile));
  CHECK(q("three quarters of an hour", Dimension::duration).si.low == Approx(0.625 * kHour));
  CHECK(q("a half hour", Dimension::duration).si.high == Approx(0.75 * kHour));
  // In running text too: the vague amount starts the figure ("several hundred", not "hundred").
  for (const char* text : {"They drove several hundred kilometres to the coast.", "Walkers covered hundreds of kilometres.",
                           "The crossing takes a few hours."}) {
    INFO(text);
    const auto found = find_figures(text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().si.high > 2 * found.front().si.low);
  }
}

// A number with a fraction before a scale word lost the number ("two and a half thousand km" was 1,000
// km, read from "thousand" on); a vague amount of a plural scale word was the plural alone ("hundreds of
// thousands of km" was 2,000-9,000 km); "tens of km" was no figure.
TEST_CASE("a fraction before a scale word, and vague amounts of plural scales") {
  CHECK(q("two and a half thousand km").value == Approx(2500));
  CHECK(q("two and a half thousand km").si.low == Approx(2250000));
  CHECK(q("one and a half thousand miles").value == Approx(1500));
  CHECK(q("3 and a half thousand km").value == Approx(3500));
  CHECK(q("one and a quarter thousand miles").value == Approx(1250));
  CHECK(q("hundreds of thousands of miles").si.low == Approx(200000 * kMile));
  CHECK(q("hundreds of thousands of miles").si.high == Approx(900000 * kMile));
  CHECK(q("tens of thousands of km").si.low == Approx(20000000));
  CHECK(q("several hundred thousand km").si.low == Approx(300000000));
  CHECK(q("a few hundred thousand miles").si.high == Approx(500000 * kMile));
  CHECK(q("tens of kilometres").si.low == Approx(20000));
  CHECK(q("tens of kilometres").si.high == Approx(90000));
  for (const char* text : {"Pilots have flown hundreds of thousands of miles.", "Over the years the ship logged tens of thousands of km.",
                           "She sailed two and a half thousand miles alone."}) {
    INFO(text);
    const auto found = find_figures(text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().si.low >= 2000 * kMile);
  }
}

// Indian digit grouping was "not a number" ("1,50,000 km"); a conversion in words inside brackets was
// dropped, so a wrong one went unchecked ("15 km (twenty miles)").
TEST_CASE("Indian digit grouping, and a conversion in words in brackets") {
  CHECK(q("1,50,000 km").value == Approx(150000));
  CHECK(q("2,35,000 km").value == Approx(235000));
  CHECK(q("1,00,000.5 km").value == Approx(100000.5));
  CHECK(q("1,100 km").value == Approx(1100));  // three-digit groups as before
  for (const auto& [text, miles] : {std::pair{"15 km (nine miles)", 9.0}, std::pair{"15 km (about nine miles)", 9.0},
                                    std::pair{"32 km (twenty miles)", 20.0}}) {
    INFO(text);
    const Quantity read = q(text);
    REQUIRE(read.restated.size() == 1);
    CHECK(read.restated.front().value == Approx(miles));
  }
}

// A label's colon before the figure ("Distance: 380 km", a fact box pasted whole) was refused by check as a
// number touching the figure; a clock's colon still is.
TEST_CASE("a field with a label and a colon before its figure") {
  CHECK(read_figure_field("Distance: 380 km", Dimension::distance).quantity->value == Approx(380));
  CHECK(read_figure_field("Journey time: 3 hours", Dimension::duration).quantity->value == Approx(3));
  CHECK(read_figure_field("Average speed: 95 km/h", Dimension::speed).quantity->value == Approx(95));
  CHECK_FALSE(read_figure_field("3 h 3: 380 km", Dimension::distance).quantity);
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

// Ranges with a unit at each end joined by a dash, ends written with an article, and "to" between dashes
// in an adjective: "600km-700km" was 600 km, "a three-to-four-hour journey" 4 h, "an hour to an hour and
// a half" two durations.
TEST_CASE("ranges with a unit at each end, words for ends, 'to' in an adjective") {
  for (const char* wide : {"600km-700km", "600 km - 700 km", "600 km to 700 km"}) {
    INFO(wide);
    CHECK(q(wide).is_range);
    CHECK(q(wide).si.low == Approx(599500));
    CHECK(q(wide).si.high == Approx(700500));
  }
  for (const auto& [text, low_h, high_h] : {std::tuple{"8hrs-10hrs", 7.5, 10.5}, std::tuple{"three-to-four-hour", 2.5, 4.5},
                                           std::tuple{"an hour to an hour and a half", 0.5, 1.75},
                                           std::tuple{"between an hour and two hours", 0.5, 2.5}, std::tuple{"45 minutes to an hour", 44.5 / 60, 1.5}}) {
    INFO(text);
    CHECK(q(text).is_range);
    CHECK(q(text).si.low == Approx(low_h * kHour));
    CHECK(q(text).si.high == Approx(high_h * kHour));
  }
  CHECK(q("two-to-three-day").si.high == Approx(3.5 * kDay));
  // In running text the words around them are passed over as before.
  CHECK(find_figures("It is a three-to-four-hour journey by bus.").front().si.high == Approx(4.5 * kHour));
  CHECK(find_figures("Allow from 45 minutes to an hour.").front().is_range);
}

TEST_CASE("bad figures: one message naming the text and what is wrong") {
  CHECK_THROWS_AS(q("fast"), routecheck::InputError);
  CHECK_THROWS_WITH(q("fast"), Contains("'fast'") && Contains("not a figure"));
  CHECK_THROWS_WITH(q("-5 km"), Contains("cannot be negative"));
  CHECK_THROWS_WITH(q("nan hours"), Contains("not a number"));
  CHECK_THROWS_WITH(q("1e400 km"), Contains("exponent"));
  CHECK_THROWS_WITH(q("0 km"), Contains("greater than zero"));
  CHECK_THROWS_WITH(q("683"), Contains("no unit"));
  CHECK_THROWS_WITH(q("683 cubits"), Contains("unknown unit 'cubits'") && Contains("mi, nmi, km, m, ft"));
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

// `route --mode sea` printed "a route of about 15,588–15,588 km": a length measured on a network has one
// value, and an interval whose ends print the same is printed once.
TEST_CASE("report intervals: both ends, one when they print the same, 'at least' when open") {
  CHECK(format_interval({16'500, 20'800}, kMetresPerKm) == "16.5–20.8");
  CHECK(format_interval({15'588'200, 15'588'400}, kMetresPerKm) == "15,588");
  CHECK(format_interval({2 * kSecondsPerHour, std::numeric_limits<double>::infinity()}, kSecondsPerHour) ==
        "at least 2");
}

// Issue 10: figures as news copy prints them. Each case states the kind of writing in words of our own.
namespace {
Quantity claim_figure(const char* text) {
  ParseResult r = try_parse_quantity(text, std::nullopt, Span::claim);
  INFO(text << ": " << r.error);
  REQUIRE(r.quantity);
  return *r.quantity;
}
}  // namespace

TEST_CASE("issue 10: a conversion in brackets is read too, for distances and for speeds split around it") {
  auto d = claim_figure("1,200km (746 miles)");
  CHECK(d.value == 1200);
  REQUIRE(d.restated.size() == 1);
  CHECK(d.restated[0].unit.symbol == "mi");
  CHECK(d.restated[0].value == 746);
  CHECK(d.restated[0].restated_how == "in brackets");
  auto s = claim_figure("250 kilometers (155 miles) per hour");
  CHECK(s.dimension == Dimension::speed);
  CHECK(s.value == 250);
  REQUIRE(s.restated.size() == 1);
  CHECK(s.restated[0].unit.symbol == "mph");
  auto slash = claim_figure("20.1mph/32.3kmh");
  CHECK(slash.unit.symbol == "mph");
  REQUIRE(slash.restated.size() == 1);
  CHECK(slash.restated[0].unit.symbol == "km/h");
  // An aside in brackets that holds no figure is not a conversion.
  CHECK(claim_figure("3 hours (roughly)").restated.empty());
  // Trailing zeros count as rounding when a conversion is compared: "120" is 115 to 125.
  CHECK(claim_figure("120 miles").rounding_si == Approx(5 * kMile));
}

TEST_CASE("issue 10: compound durations joined by 'and' and commas, nights within days, ranges across units") {
  CHECK(claim_figure("16 hours and 20 minutes").value_si() == Approx(16 * kHour + 20 * 60));
  CHECK(claim_figure("71 hours 15 minutes").value_si() == Approx(71.25 * kHour));
  CHECK(claim_figure("three days, 5 hours and 10 minutes").value_si() == Approx((72 + 5) * kHour + 600));
  CHECK(claim_figure("4 hours, 2 minutes and 30 seconds").value_si() == Approx(4 * kHour + 150));
  CHECK(claim_figure("2 days, 03:15:00").value_si() == Approx(51.25 * kHour));
  CHECK(claim_figure("four days and three nights").value_si() == Approx(4 * 24 * kHour));
  CHECK(claim_figure("3h45").value_si() == Approx(3.75 * kHour));
  // Issue 11: hyphenated as adjectives ("a 12-hour, 25-minute flight"); read as two figures before.
  CHECK(claim_figure("12-hour, 25-minute").value_si() == Approx(12 * kHour + 25 * 60));
  auto range = claim_figure("50 minutes to 1.5 hours");
  CHECK(range.si.low == Approx(49.5 * 60));
  CHECK(range.si.high == Approx(1.55 * kHour));
}

TEST_CASE("issue 10: durations as adjectives and in words: '45-minute', 'a 6-hour', 'three and a half hours', '8½-hour'") {
  CHECK(claim_figure("45-minute").value_si() == Approx(45 * 60));
  CHECK(claim_figure("a 6-hour").value_si() == Approx(6 * kHour));
  CHECK(claim_figure("three and a half hours").value_si() == Approx(3.5 * kHour));
  CHECK(claim_figure("about 11 and a half hours").value == 11.5);
  CHECK(claim_figure("approximately 8½-hour").value == 8.5);
  CHECK(claim_figure("week-long").value_si() == Approx(7 * 24 * kHour));
}

TEST_CASE("issue 10: numbers spelled out with hundreds, and thousands written with apostrophes or spaces") {
  CHECK(claim_figure("three-hundred and twenty kilometers per hour").value == 320);
  CHECK(claim_figure("two hundred and five miles").value == 205);
  CHECK(claim_figure("1'234.5 km").value == 1234.5);
  CHECK(claim_figure("3 480 km").value == 3480);
  CHECK(claim_figure("12 kph").unit.symbol == "km/h");
  CHECK(claim_figure("18 knots").unit.symbol == "kn");
  CHECK(claim_figure("400 nautical miles").unit.symbol == "nmi");
  CHECK(claim_figure("a bout 90kmh").hedge == "a bout");  // the typing slip of "about"
  CHECK(claim_figure("an average of 25 minutes").si.low < 25 * 60);
}

TEST_CASE("issue 10: daily rates are distances over whole days") {
  auto r = claim_figure("around 30 km per day");
  CHECK(r.dimension == Dimension::speed);
  CHECK(r.per_day);
  CHECK(r.value_si() == Approx(30000.0 / 86400));
  auto floor = claim_figure("at least 45 miles every day");
  CHECK(floor.per_day);
  CHECK_FALSE(floor.si.bounded());
}

TEST_CASE("issue 10: fact-box figures, lead words and possessives") {
  CHECK(claim_figure("Distance in miles: 120").value_si() == Approx(120 * kMile));
  CHECK(claim_figure("another 2,040 kilometre's").value == 2040);
  CHECK(claim_figure("a total of 15 km").value == 15);
  // A reader growing a span of text finds the figure alone: no lead words there.
  CHECK_FALSE(try_parse_quantity("a total of 15 km", std::nullopt, Span::figure).quantity);
}

TEST_CASE("issue 10: clock times: two give the time between them, one is a time of day, not a duration") {
  auto span = claim_figure("leaves 21:40, arrives 06:10");
  CHECK(span.reading == Reading::clock_span);
  CHECK(span.value_si() == Approx(8.5 * kHour));
  auto one = claim_figure("06:45hrs");
  CHECK(one.reading == Reading::time_of_day);
  CHECK(claim_figure("9.15 pm (local time) on Friday").reading == Reading::time_of_day);
  // A colon figure with a unit and no leading zero is a duration.
  CHECK(claim_figure("5:30 hours").reading == Reading::figure);
  CHECK(claim_figure("5:30 hours").value_si() == Approx(5.5 * kHour));
}

TEST_CASE("issue 10: a restated figure is kept for the check to compare") {
  auto d = claim_figure("50 hours 10 minutes, which means two days, 2 hours and 10 minutes");
  CHECK(d.value_si() == Approx(50 * kHour + 600));
  REQUIRE(d.restated.size() == 1);
  CHECK(d.restated[0].restated_how == "restated");
  CHECK(d.restated[0].value_si() == Approx(50 * kHour + 600));
}

TEST_CASE("issue 10: unreadable figures name the word they stopped at, absurd magnitudes are refused") {
  ParseResult r = try_parse_quantity("40 km plenty", Dimension::distance);
  CHECK_FALSE(r.quantity);
  CHECK_THAT(r.error, Contains("stopped at 'plenty'"));
  r = try_parse_quantity("888888888888888888888888 km", Dimension::distance);
  CHECK_FALSE(r.quantity);
  CHECK_THAT(r.error, Contains("beyond any journey"));
  CHECK_THAT(r.error, !Contains(" 0 km"));
  CHECK_THROWS_WITH(parse_quantity("888888888888888888888888 km"), Contains("beyond any journey"));
  // Two units together with no conversion to decide between them are refused.
  CHECK_THAT(try_parse_quantity("90 km miles").error, Contains("two units written together"));
  // With a conversion in brackets, the unit it agrees with is read.
  auto garbled = claim_figure("160 km miles (99 miles)");
  CHECK(garbled.unit.symbol == "km");
}

// Bug guarded (found by fuzz_quantity, issue 9): a clock time after a larger unit read the token after
// the colon without checking there was one, so "3 h 3:" read past the end of the token list.
TEST_CASE("a compound duration ending in a colon is refused, not read past its end") {
  for (const char* text : {"3 h 3:", "3 h 403:", "3 h 706:878:8 706:"})
    CHECK_THROWS_AS(parse_quantity(text), routecheck::InputError);
  CHECK(parse_quantity("1 day, 20:04").value == Approx(1 + 20.0 / 24 + 4.0 / 1440));
}

// Issue 24: a scale word after a number, in digits or in words, multiplies it and its rounding: "1.2
// million km" was refused ("unknown unit 'million'"), "3 lakh km" the same.
TEST_CASE("scale words after a number: million, thousand, lakh, crore") {
  const Quantity lakh = claim_figure("1.5 lakh km");
  CHECK(lakh.value == Approx(1.5e5));
  CHECK(lakh.si.low == Approx(1.45e8));
  CHECK(lakh.si.high == Approx(1.55e8));
  CHECK(claim_figure("0.4 million miles").value == Approx(400000));
  // Read, then refused for its size, not for a word it did not know.
  const ParseResult beyond = try_parse_quantity("1.2 million km", Dimension::distance);
  CHECK_FALSE(beyond.quantity);
  CHECK(beyond.error.find("beyond any journey") != std::string::npos);
  CHECK(claim_figure("2 thousand miles").value == Approx(2000));
  // Mach, the one unit written before its number (the speed of sound at cruising height, units.tsv).
  CHECK(claim_figure("Mach 2").value_si() == Approx(2 * 295.07));
  CHECK(claim_figure("about Mach 0.85").value_si() == Approx(0.85 * 295.07));
  CHECK(claim_figure("mach 1.7").dimension == Dimension::speed);
  // A glued k for a thousand ("unknown unit 'k'" before).
  CHECK(claim_figure("1k miles").value == Approx(1000));
  CHECK(claim_figure("1.2k km").value == Approx(1200));
  CHECK(claim_figure("3.5K km").value == Approx(3500));
  CHECK(claim_figure("about 3 lakh km").value == Approx(300000));
  CHECK(claim_figure("half a million miles").value == Approx(500000));
  CHECK(claim_figure("two hundred thousand kilometres").value == Approx(200000));
  CHECK(claim_figure("0.1 crore metres").value_si() == Approx(1e6));
}

// Issue 24: hedges a little under or over a figure, and one-sided ones, as copy writes them.
TEST_CASE("hedges: shy of, short of, slightly, a bit, well over, fewer than") {
  for (const char* below : {"just shy of four hours", "a bit under 4 hours", "slightly less than four hours", "just short of 4 hours",
                            "not quite 4 hours"}) {
    INFO(below);
    const Quantity d = claim_figure(below);
    CHECK(d.value == 4);
    CHECK(d.si.high == Approx(4 * kHour));  // under four hours, whatever "four" rounds
    CHECK(d.si.low < 3.5 * kHour);
  }
  for (const char* above : {"a bit over 4 hours", "slightly over four hours", "slightly more than 4 hours"}) {
    INFO(above);
    const Quantity d = claim_figure(above);
    CHECK(d.si.low == Approx(4 * kHour));
    CHECK(d.si.high > 4.5 * kHour);
  }
  CHECK_FALSE(claim_figure("well over 300 km").si.bounded());
  CHECK(claim_figure("well under 300 km").si.low == 0);
  CHECK(claim_figure("fewer than 10 days").si.low == 0);
}

// A multiplier before a figure was passed over and its base read as the trip's ("twice the usual 45
// minutes" was 45 min); "half an hour" and "twice a day" are no multiples.
TEST_CASE("multipliers: twice, half, N times the figure after them") {
  CHECK(q("twice the usual 45 minutes").si.low == Approx(2 * 44.5 * 60));
  CHECK(q("three times as long as the old 2 hours").value == Approx(6));
  CHECK(q("half the normal six hours").value == Approx(3));
  CHECK(q("double the 200 km").value == Approx(400));
  CHECK(q("4 times as far as the 30 miles").si.low == Approx(4 * 29.5 * kMile));
  CHECK(q("half an hour", Dimension::duration).value == Approx(0.5));
  CHECK_THROWS(q("twice the distance"));
  // Fractions of a figure and multiples in digits: "a third of the usual 90 minutes" was 90 minutes.
  CHECK(q("a third of the usual 90 minutes").value == Approx(30));
  CHECK(q("three quarters of the scheduled 8 hours").value == Approx(6));
  CHECK(q("one and a half times the usual 40 miles").value == Approx(60));
  CHECK(q("2x the 80 km/h").value == Approx(160));
  CHECK(q("a quarter of a mile").value == Approx(0.25));  // a fraction of a unit, no multiple
  const auto found = find_figures("The new line needs half the scheduled four hours of the old one.");
  REQUIRE(found.size() == 1);
  CHECK(found.front().value == Approx(2));
}

// Limits and near-misses other presses write: negated "exceeding", "above", "below", "beyond" were read as
// exact; "not much more than" had no top; Irish and British "nearly"; signs before a number.
TEST_CASE("negated limits, near-misses and comparison signs") {
  for (const char* text : {"not exceeding 90 km/h", "never above 120 km/h", "not beyond 50 km"}) {
    INFO(text);
    CHECK(q(text).si.low == 0);
    CHECK(q(text).si.bounded());
  }
  CHECK_FALSE(q("not below 30 km/h").si.bounded());
  for (const char* text : {"not much more than 3 hours", "not much longer than 5 hours", "not much over 20 km"}) {
    INFO(text);
    CHECK(q(text).si.bounded());
    CHECK(q(text).si.low == Approx(q(text).value_si()));
  }
  CHECK(q("not much less than 5 hours").si.high == Approx(5 * kHour));
  CHECK(q("the guts of three hours").si.high == Approx(3 * kHour));
  CHECK(q("knocking on 90 mph").si.high == Approx(90 * 0.44704));
  CHECK(q("< 3 hrs").si.high == Approx(3 * kHour));
  CHECK(q("< 3 hrs").si.low == 0);
  CHECK_FALSE(q(">250 km").si.bounded());
  CHECK_FALSE(q("\u2265 40 km/h").si.bounded());
  CHECK(q("\u2248 80 km").si.low < 79000);
  CHECK(q("between roughly 30 and 40 km").si.low < 29000);
  CHECK(q("between about 2 and 3 hours").si.high > 3.5 * kHour);
}

// "a week-and-a-half voyage" lost its half when the unit came first; a restatement after a bare comma was
// refused as two figures; "nautical-mile" with dashes, "n.m.", "km p/h" and a race's "10k" were unknown.
TEST_CASE("and-a-half after the unit, comma restatements, more unit spellings") {
  for (const char* text : {"They set off on a day-and-a-half trek.", "It is an hour-and-a-half crossing.",
                           "We booked a week-and-a-half voyage."}) {
    INFO(text);
    const auto found = find_figures(text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().value == Approx(1.5));
  }
  for (const char* text : {"300 miles, about 483 km", "120 minutes, two hours", "50 km, i.e. 31 miles", "80 km, equivalent to 50 miles"}) {
    INFO(text);
    REQUIRE(q(text).restated.size() == 1);
  }
  CHECK(find_figures("It took 2 hours, 100 km of it on dirt roads.").size() == 2);
  const auto passage = find_figures("They sailed a 250-nautical-mile passage.");
  REQUIRE(passage.size() == 1);
  CHECK(passage.front().unit.symbol == "nmi");
  CHECK(q("40 n.m.").unit.symbol == "nmi");
  CHECK(q("60 km p/h").unit.symbol == "km/h");
  CHECK(q("100 k/h").unit.symbol == "km/h");
  for (const char* text : {"She finished a 10k fun run.", "He won the 5K race.", "Runners lined up for the 42k marathon."}) {
    INFO(text);
    const auto found = find_figures(text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().unit.symbol == "km");
    CHECK(found.front().value < 50);
  }
  CHECK(find_figures("The job pays a 40k salary.").empty());
  // Found in review: a count of runners is no race's "k" ("30k runners" was 30 km).
  for (const char* text : {"Organisers expect 30k runners on Sunday.", "Some 2k runners took part.", "The 50k runners set off at dawn."}) {
    INFO(text);
    CHECK(find_figures(text).empty());
  }
  // Two figures in one unit after a comma are two, not a restatement ("400 km, 395 km" agreed).
  const auto rides = find_figures("Riders covered 180 km, 175 km and 190 km.");
  CHECK(rides.size() == 3);
}

// Numbers in words: "three point four miles" was 4 miles; "four thousand, six hundred" was 600; "a
// half-million km" ran from 0.25 km; "two 747s" was 747 seconds in a trip.
TEST_CASE("decimals and commas in number words, fractions of a scale, plural model numbers") {
  CHECK(q("two point five km").value == Approx(2.5));
  CHECK(q("nought point six of a mile").value == Approx(0.6));
  CHECK(q("thirty-one point two miles").si.low == Approx(31.15 * kMile));
  CHECK(q("three thousand, two hundred km").value == Approx(3200));
  CHECK(q("five thousand, four hundred and ten miles").value == Approx(5410));
  CHECK(q("a half-million km").si.low == Approx(250000000));
  CHECK(q("a quarter of a million miles").value == Approx(250000));
  CHECK(q("three quarters of a million km").value == Approx(750000));
  for (const char* text : {"The airline flew two 747s to Lagos.", "Its 320s stay in Europe.", "Five 737s were grounded.",
                           "A fleet of 380s flew to Sydney.", "They walked 100s of miles."}) {
    INFO(text);
    CHECK(find_figures(text).empty());
  }
}

// "in its third day" was a third of a day, the trip's duration: "third" right before a unit is an ordinal.
TEST_CASE("an ordinal third before a unit is no fraction") {
  for (const char* text : {"The walkout is in its third day.", "Protests entered a third week.", "It was the third hour of the flight."}) {
    INFO(text);
    CHECK(find_figures(text).empty());
  }
  CHECK(q("a third of a day", Dimension::duration).value == Approx(1.0 / 3));
  CHECK(q("two thirds of an hour", Dimension::duration).value == Approx(2.0 / 3));
}

// Trial L: hedges the reader knew only after the figure ("80 km, more or less") or not at all were read as
// exact figures before it; a range's shared scale word was the second end's alone ("two to three thousand
// miles" ran from 1.5 miles); "k.m." and fathoms were unknown units.
TEST_CASE("hedges before the figure: more or less, give or take, approaching, topping, the thick end of") {
  CHECK(q("more or less 60 km").si.low < 56000);
  CHECK(q("more or less 60 km").si.high > 64000);
  CHECK(q("give or take 30 minutes").si.high > 32 * 60);
  CHECK(q("approaching 90 km/h").si.high == Approx(90 / 3.6));
  CHECK(q("approaching 90 km/h").si.low < 85 / 3.6);
  CHECK(q("topping 120 mph").si.low == Approx(120 * 0.44704));
  CHECK_FALSE(q("topping 120 mph").si.bounded());
  CHECK(q("the thick end of 40 miles").si.high == Approx(40 * 1609.344));
}

// Trial P: a spreadsheet's circa ("ca. 200 miles", "c. 300 km"), "approx" after the figure and a hedge in
// brackets ("3 hrs (approx.)", "(est)") were read as exact figures, the bracket dropped as an aside.
TEST_CASE("circa as written, hedges after the figure and in brackets") {
  CHECK(q("ca. 200 miles").si.low < 190 * 1609.344);
  CHECK(q("c. 300 km").si.high > 320000);
  CHECK(q("c. 300 km").hedge == "c.");
  // Only as written: capitals are California or an initial, no hedge of the figure.
  CHECK_THROWS(q("CA 200 miles"));
  CHECK_THROWS(q("C. 300 miles"));
  CHECK(q("200 miles approx", Dimension::distance).si.high > 210 * 1609.344);
  CHECK(q("3 hrs (approx.)", Dimension::duration).si.high > 3.6 * 3600);
  CHECK(q("45 km (est)").si.low < 41000);
  CHECK(q("2 hours (or so)", Dimension::duration).si.high > 2.4 * 3600);
  // An aside that is no hedge still changes nothing.
  CHECK(q("3 hrs (local time)", Dimension::duration).si.high == Approx(3.5 * 3600));
}

// Trial O: "A-League" (a capital A dashed to a capitalised unit) was a league of 4.8 km, the flight's distance.
TEST_CASE("a capital A dashed to a capitalised unit is a name") {
  for (const char* text : {"The A-League club flew home.", "Melbourne, top of the A-League, fly west.", "An A-League side lost."}) {
    INFO(text);
    CHECK(find_figures(text).empty());
  }
  CHECK(find_figures("a two-league walk").size() == 1);
}

TEST_CASE("a range's scale word is both ends' when the first is a bare count of it") {
  const Quantity thousands = q("four to five thousand km");
  // Each end's rounding is half a unit of its scale word ("five thousand" is 4,500 to 5,500).
  CHECK(thousands.si.low == Approx(3'500'000));
  CHECK(thousands.si.high == Approx(5'500'000));
  CHECK(q("between 2 and 3 hundred km").si.low > 140'000);
  CHECK(q("six or seven hundred metres").si.low > 500);
  // A first end that is already a figure of its own keeps its value.
  CHECK(q("800 to 2 thousand km").si.low == Approx(799'500));
  CHECK(q("3 to 40 km").si.low == Approx(2500));
}

TEST_CASE("units: k.m. with dots, fathoms, cable lengths") {
  CHECK(q("15 k.m.").si.low == Approx(14500));
  CHECK(q("60 fathoms").value_si() == Approx(60 * 1.8288));
  CHECK(q("two cable lengths").value_si() == Approx(370.4));
  // A bare "cables" is ropes and wires.
  CHECK(find_figures("Two cables snapped as the ferry left Dover.").empty());
}
