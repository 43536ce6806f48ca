// Issue 24: one reader of figures for check's fields, batch cells and articles. Each kind of writing is
// stated here in words of our own, with at least three variants; the unit table is geodata/units.tsv.
#include <catch2/catch.hpp>

#include <tuple>

#include "quantities/figure_finder.hpp"
#include "quantities/quantity.hpp"

using namespace routecheck::quantities;

namespace {
constexpr double kMile = 1609.344;
constexpr double kHour = 3600;
constexpr double kDay = 24 * kHour;
constexpr double kYear = 365.2425 * kDay;

Quantity field(const char* text, std::optional<Dimension> d = std::nullopt) {
  ParseResult r = try_parse_quantity(text, d, Span::claim);
  INFO(text << ": " << r.error);
  REQUIRE(r.quantity);
  return *r.quantity;
}

// The figures find_figures reads in running text, as (text, SI value) pairs.
std::vector<std::pair<std::string, double>> found(const char* text) {
  std::vector<std::pair<std::string, double>> out;
  for (const Quantity& q : find_figures(text)) out.emplace_back(q.text, q.value_si());
  return out;
}
}  // namespace

TEST_CASE("units as the press spells them: glued, dotted, plural, slang") {
  CHECK(field("12km").value_si() == Approx(12000));
  CHECK(field("3.5hrs").value_si() == Approx(3.5 * kHour));
  CHECK(field("40kmph").unit.symbol == "km/h");
  CHECK(field("55 m.p.h.").unit.symbol == "mph");
  CHECK(field("8 klicks").value_si() == Approx(8000));
  CHECK(field("20 kms").unit.symbol == "km");
  CHECK(field("90 km/hr").value_si() == Approx(25));
  CHECK(field("14 kts").unit.symbol == "kn");
  CHECK(field("300 nm").unit.symbol == "nmi");
}

TEST_CASE("small lengths a story gives sizes in: mm, cm, inches, yards") {
  CHECK(field("7.62mm").value_si() == Approx(0.00762));
  CHECK(field("45 cm").value_si() == Approx(0.45));
  CHECK(field("6 inches").value_si() == Approx(0.1524));
  CHECK(field("100 yards").value_si() == Approx(91.44));
}

TEST_CASE("units of other times and places are read and reported in metric units, with a note") {
  const Quantity versts = field("30 versts");
  CHECK(versts.unit.symbol == "km");
  CHECK(versts.value_si() == Approx(30 * 1066.8));
  CHECK_FALSE(versts.note.empty());
  CHECK(field("3 leagues").value_si() == Approx(3 * 3 * kMile));
  CHECK(field("100 li").value_si() == Approx(50000));
  CHECK(field("10 ri").value_si() == Approx(39272.7).epsilon(1e-4));
  CHECK(field("2 furlongs").value_si() == Approx(402.336));
}

TEST_CASE("fractions: a whole number and a fraction, a fraction alone, fractions in words") {
  CHECK(field("5 1/2 miles").value_si() == Approx(5.5 * kMile));
  CHECK(field("3/4 mile").value_si() == Approx(0.75 * kMile));
  CHECK(field("one-half mile").value_si() == Approx(0.5 * kMile));
  CHECK(field("a quarter of a mile").value_si() == Approx(0.25 * kMile));
  CHECK(field("three quarters of an hour").value_si() == Approx(0.75 * kHour));
  CHECK(field("2\u00bd hours").value_si() == Approx(2.5 * kHour));
}

TEST_CASE("'and a half' after the unit: half a unit more") {
  CHECK(field("an hour and a half").value_si() == Approx(1.5 * kHour));
  CHECK(field("a mile and a half").value_si() == Approx(1.5 * kMile));
  CHECK(field("3 km and a half").value_si() == Approx(3500));
  CHECK(field("a day and half").value_si() == Approx(1.5 * kDay));
}

TEST_CASE("compound lengths go from larger to smaller units, as durations do") {
  CHECK(field("6 ft 1 in").value_si() == Approx(6 * 0.3048 + 0.0254));
  CHECK(field("2 m 40 cm").value_si() == Approx(2.4));
  CHECK(field("4 feet and 3 inches").value_si() == Approx(4 * 0.3048 + 3 * 0.0254));
  // 'in' alone is the preposition, never inches.
  CHECK_FALSE(try_parse_quantity("2 in", std::nullopt).quantity);
  CHECK(found("They met 2 in March and again in May.").empty());
  // The same unit twice is two figures.
  CHECK(found("The posts stand 1 m 1 m apart.").size() == 2);
}

TEST_CASE("number words: dozens, couples, compounds and 'a' before a number word") {
  CHECK(field("a dozen hours").value_si() == Approx(12 * kHour));
  CHECK(field("two dozen miles").value_si() == Approx(24 * kMile));
  CHECK(field("a couple of days").value_si() == Approx(2 * kDay));
  CHECK(field("twenty-five km").value_si() == Approx(25000));
  CHECK(field("a hundred miles").value_si() == Approx(100 * kMile));
  CHECK(field("one hundred twelve km").value_si() == Approx(112000));
  CHECK(field("thirty and six hours").value_si() == Approx(36 * kHour));
}

TEST_CASE("one of a unit: 'all day', 'a full week', 'another hour', 'an entire month'") {
  CHECK(field("all day").value_si() == Approx(kDay));
  CHECK(field("a full week").value_si() == Approx(7 * kDay));
  CHECK(field("another hour").value_si() == Approx(kHour));
  CHECK(field("an entire month").value_si() == Approx(365.2425 / 12 * kDay));
  CHECK(field("all-year").value_si() == Approx(kYear));
  CHECK(field("a whole business day").value_si() == Approx(kDay));
}

TEST_CASE("years, decades, fortnights, qualifiers between a number and its unit") {
  CHECK(field("3 years").value_si() == Approx(3 * kYear));
  CHECK(field("two decades").value_si() == Approx(20 * kYear));
  CHECK(field("a fortnight").value_si() == Approx(14 * kDay));
  CHECK(field("5 yrs").value_si() == Approx(5 * kYear));
  CHECK(field("three business days").value_si() == Approx(3 * kDay));
  CHECK(field("two more hours").value_si() == Approx(2 * kHour));
  CHECK(field("four straight days").value_si() == Approx(4 * kDay));
}

TEST_CASE("hedges after a figure: 'or more', 'or so', '-plus', 'more or less', 'or less'") {
  CHECK_FALSE(field("40 days or more").si.bounded());
  CHECK(field("40 days or more").si.low == Approx(40 * kDay));  // the bound is the figure, not its rounding
  CHECK_FALSE(field("30-plus hours").si.bounded());
  CHECK(field("60-plus miles").value_si() == Approx(60 * kMile));
  auto so = field("a week or so");
  CHECK(so.si.low < 0.9 * 7 * kDay);
  CHECK(so.si.high > 1.1 * 7 * kDay);
  CHECK(field("10 km more or less").si.high == Approx(10500 * 1.1));
  CHECK(field("6 hours or less").si.low == 0);
}

// "500-odd miles" was refused ("unknown unit 'odd'"): a round number and some more, short of the next.
TEST_CASE("hedges after a figure: '-odd' is the number and up to a fifth more") {
  for (const auto& [text, low_si, round_si] : {std::tuple{"500-odd miles", 500 * kMile, 500 * kMile},
                                              std::tuple{"thirty-odd hours", 30 * kHour, 30 * kHour},
                                              std::tuple{"40 odd km", 40000.0, 40000.0}}) {
    INFO(text);
    const auto q = field(text);
    CHECK(q.si.low == Approx(low_si));
    CHECK(q.si.high > 1.15 * round_si);
    CHECK(q.si.high < 1.25 * round_si);
  }
  // Reasons write a hedge where the story wrote it ("40 h or more", "500-odd mi"; "odd 500 mi" before).
  CHECK(hedge_written_after(field("500-odd miles").hedge));
  CHECK(hedge_written_after(field("40 days or more").hedge));
  CHECK_FALSE(hedge_written_after(field("about 40 days").hedge));
}

TEST_CASE("a distance per a duration is a speed, however it is joined") {
  CHECK(field("12 metres a second").value_si() == Approx(12));
  CHECK(field("12 metres a second").unit.symbol == "m/s");
  CHECK(field("45 miles an hour").unit.symbol == "mph");
  CHECK(field("80 kilometers per hour").unit.symbol == "km/h");
  // A rate per day or longer is over whole days, stops and nights included.
  auto daily = field("60 miles a day");
  CHECK(daily.per_day);
  CHECK(daily.value_si() == Approx(60 * kMile / kDay));
  CHECK(field("30 km/day").per_day);
  CHECK(field("200 km each week").per_day);
  // Units no report prints are read in km/h.
  CHECK(field("3 km per minute").unit.symbol == "km/h");
  CHECK(field("3 km per minute").value == Approx(180));
  CHECK(field("2 miles a minute").value_si() == Approx(2 * kMile / 60));
}

TEST_CASE("running text: codes, model numbers and money are no figures") {
  CHECK(found("Item scp-173m was logged.").empty());
  CHECK(found("Part 24703m212 shipped.").empty());
  CHECK(found("The R2-45m relay failed.").empty());
  CHECK(found("They raised $5m last year.").empty());
  CHECK(found("The bridge cost \u00a33.2m to build.").empty());
  CHECK(found("A grant of \u20ac 40m was approved.").empty());
}

TEST_CASE("running text: ages and points in time are no figures") {
  CHECK(found("A 45-year-old driver was hurt.").empty());
  CHECK(found("The mare is ten years old.").empty());
  CHECK(found("He left three days ago.").empty());
}

TEST_CASE("running text: every figure once, with its words and offsets") {
  const auto f = find_figures("It ran 40 km, then took 2 hours more at 20 km/h.");
  REQUIRE(f.size() == 3);
  CHECK(f[0].text == "40 km");
  CHECK(f[0].start == 7);
  CHECK(f[1].dimension == Dimension::duration);
  CHECK(f[2].unit.symbol == "km/h");
  // A list of one speed in several spellings is several figures, not one restated.
  CHECK(found("Write 10 kph, 10kmph, or 10 km/hr.").size() == 3);
  // A figure's trailing words: "and a half", "or so".
  CHECK(found("The walk took an hour and a half.").front().first == "an hour and a half");
  CHECK(found("The wait was a week or so, they said.").front().first == "a week or so");
}

TEST_CASE("a field: the figure inside the words a fact-checker pasted") {
  auto read = [](const char* text, Dimension d) {
    ParseResult r = read_figure_field(text, d);
    INFO(text << ": " << r.error);
    REQUIRE(r.quantity);
    return *r.quantity;
  };
  const Quantity trip = read("the 1,200 km trip", Dimension::distance);
  CHECK(trip.value_si() == Approx(1.2e6));
  CHECK(trip.passed_over == "the \u2026 trip");
  CHECK(read("a 9-hour journey", Dimension::duration).value_si() == Approx(9 * kHour));
  CHECK(read("topping out at 300 km/h", Dimension::speed).value_si() == Approx(300 / 3.6));
  CHECK(read("an average speed of 70 kph", Dimension::speed).passed_over == "an average speed of");
  const Quantity roughly = read("a distance of roughly 80 km between them", Dimension::distance);
  CHECK(roughly.hedge == "roughly");
  // A field that is one figure whole passes nothing over.
  CHECK(read("about 37 mph", Dimension::speed).passed_over.empty());
}

TEST_CASE("a field with no figure of its kind, or two, is refused naming what was found") {
  ParseResult none = read_figure_field("the long walk home", Dimension::distance);
  CHECK_FALSE(none.quantity);
  ParseResult other = read_figure_field("it took 3 hours", Dimension::distance);
  CHECK_FALSE(other.quantity);
  CHECK_THAT(other.error, Catch::Matchers::Contains("no distance") && Catch::Matchers::Contains("3 hours"));
  ParseResult two = read_figure_field("80 km out and 95 km back", Dimension::distance);
  CHECK_FALSE(two.quantity);
  CHECK_THAT(two.error, Catch::Matchers::Contains("two distances"));
  // A number touching the figure is a figure the reader could not read, not a word to pass over.
  CHECK_FALSE(read_figure_field("3 h 3:", Dimension::duration).quantity);
  CHECK_FALSE(read_figure_field("-5 km", Dimension::distance).quantity);
}

TEST_CASE("compound durations as stories write them") {
  CHECK(field("two days and a night").value_si() == Approx(2 * kDay));
  CHECK(field("1 hr 45 mins").value_si() == Approx(1.75 * kHour));
  CHECK(field("20:45 hours").value_si() == Approx(20.75 * kHour));
  CHECK(field("3h20").value_si() == Approx(3 * kHour + 20 * 60));
  // A number word after a comma is no unwritten minutes: "a 36-hour, three-train journey" is 36 hours.
  const auto f = find_figures("It was a 36-hour, three-train journey.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value_si() == Approx(36 * kHour));
  CHECK(find_figures("It took 36 hours, 20 people said.").front().value_si() == Approx(36 * kHour));
}

// Bug guarded: running text skipped a unit of several words ("nautical miles") when the word before its
// last word was no amount.
TEST_CASE("running text: units of several words") {
  CHECK(found("The voyage of 3,150 nautical miles took a week.").front().first == "3,150 nautical miles");
  CHECK(found("It is 26.2 statute miles.").front().first == "26.2 statute miles");
  CHECK(found("They sailed some 40 nautical miles a day.").front().first == "some 40 nautical miles a day");
}

TEST_CASE("hyphenated halves and ranges joined by 'or'") {
  CHECK(field("five-and-a-half-hour").value_si() == Approx(5.5 * kHour));
  CHECK(field("seven-and-a-half hours").value_si() == Approx(7.5 * kHour));
  CHECK(field("2-and-a-half miles").value_si() == Approx(2.5 * kMile));
  const Quantity either = field("5 or 6 hours");
  CHECK(either.is_range);
  CHECK(either.si.low == Approx(4.5 * kHour));
  CHECK(either.si.high == Approx(6.5 * kHour));
  CHECK(field("three or four days").is_range);
  CHECK(field("40 or 50 km").value_si() == Approx(45000));
}

TEST_CASE("fractions after a unit or a count, ranges after the unit, vague amounts, a leading decimal point") {
  CHECK(field("an hour and a quarter").value_si() == Approx(1.25 * kHour));
  CHECK(field("two days and three quarters").value_si() == Approx(2.75 * kDay));
  CHECK(field("3 quarters of an hour").value_si() == Approx(0.75 * kHour));
  const Quantity either = field("an hour or two");
  CHECK(either.is_range);
  CHECK(either.si.high == Approx(2.5 * kHour));
  CHECK(field("a day or 2").is_range);
  CHECK(field("a mile or two").si.low == Approx(0.5 * kMile));
  const Quantity few = field("a few hours");
  CHECK(few.si.low == Approx(2 * kHour));
  CHECK(few.si.high == Approx(5 * kHour));
  CHECK(field("several days").si.high == Approx(9 * kDay));
  CHECK(field("few minutes").value_si() == Approx(3.5 * 60));
  CHECK(field(".5 miles").value_si() == Approx(0.5 * kMile));
  CHECK(field("0.75 km").value_si() == Approx(750));
}

TEST_CASE("running text: fact boxes and '-long' durations") {
  CHECK(found("Length in kilometres: 380. Time in hours: 4.").size() == 2);
  CHECK(found("Length in kilometres: 380.").front().second == Approx(380000));
  CHECK(found("After a week-long drive they arrived.").front().first == "a week-long");
  CHECK(found("a two-day-long wait").front().second == Approx(2 * kDay));
  CHECK(found("a 2 km-long tunnel").front().first == "2 km");
}

// Issue 30: a text of one long sentence is tokenized in pieces as it is read (about 64 kB each, cut before a
// space after a letter), not whole. The figures found are those of each part read alone, at their offsets:
// none is lost, split or moved at a piece's edge, whichever of its words falls there.
TEST_CASE("figures in a text of one long sentence are found in pieces as in the whole") {
  const std::vector<std::string> parts{"the train covers 1 250 km in 2 hours and ", "it waits 3h20 at the border and ",
                                       "a ferry of 60-km (37-mile) runs and ", "then some words with no figure at all go on and "};
  std::string text;
  std::vector<std::pair<std::size_t, std::string>> expected;  // (start, text)
  for (std::size_t k = 0; text.size() < 300000; ++k) {
    const std::string& part = parts[k % parts.size()];
    for (const Quantity& q : find_figures(part)) expected.emplace_back(text.size() + q.start, q.text);
    text += part;
  }
  std::vector<std::pair<std::size_t, std::string>> got;
  for (const Quantity& q : find_figures(text)) got.emplace_back(q.start, q.text);
  REQUIRE(expected.size() > 5000);
  CHECK(got == expected);
}

TEST_CASE("a bound word before 'than' opens the next figure, it closes none") {
  // "and more" / "or more" after a figure bound it, unless "than" follows: then "more than" (or "less
  // than") belongs to the figure after it.
  auto texts = [](const char* text) {
    std::vector<std::string> out;
    for (const Quantity& q : find_figures(text)) out.push_back(q.text);
    return out;
  };
  CHECK(texts("She arrived after 8 months and more than 5,000 km on the road.") ==
        std::vector<std::string>{"8 months", "more than 5,000 km"});
  CHECK(texts("The crew spent 40 days or more than 6,000 miles at sea.") ==
        std::vector<std::string>{"40 days", "more than 6,000 miles"});
  CHECK(texts("It lasted 3 hours and less than 200 km separated them.") ==
        std::vector<std::string>{"3 hours", "less than 200 km"});
  // Without "than", the bound stays the figure's own.
  CHECK(texts("The trek took 40 days or more.") == std::vector<std::string>{"40 days or more"});
}

TEST_CASE("more hedges as the press writes them: 'north of', 'upward of', 'the better part of', a glued '+'") {
  // "north of 300 km" is news slang for more than (Merriam-Webster), "south of" for less than.
  CHECK(field("north of 300 km").si.low == Approx(300000));
  CHECK_FALSE(field("north of 300 km").si.bounded());
  CHECK(field("south of 2.5 hours").si.low == 0);
  CHECK(field("upward of 300 km").si.low == Approx(300000));
  CHECK_FALSE(field("upward of 300 km").si.bounded());
  // "the better part of": most of it, up to 30% under.
  CHECK(field("the better part of 300 km").si.low == Approx(299500 * 0.7));
  CHECK(field("the better part of 300 km").si.high == Approx(300000));
  // A "+" glued to the number or the unit is "plus": at least.
  CHECK_FALSE(field("300km+").si.bounded());
  CHECK(field("300+ km").si.low == Approx(300000));
  CHECK_FALSE(field("300+ km").si.bounded());
}

// Numbers glued to an "s" or an "m" that are no length or time: decades and ages were read as seconds
// and role travel, millions as metres; a 24-hour clock time before "hours" as hundreds of hours; a place
// or a war named with a number and a unit as a figure.
TEST_CASE("decades, millions, clock times and names are no figures") {
  for (const char* none : {"Freight traffic peaked in the 1970s.", "The line was built in the 1880s and closed in the 1960s.",
                           "She moved to the coast in her 50s.", "In the mid-60s the ferry was busier.",
                           "Some 4m commuters use the network.", "The airport handled 2.5m passengers in May.",
                           "The region has 12m inhabitants.", "The column moved off at 0545 hours.",
                           "Trains stop running by 2330 hrs.", "Patrols begin at 1800 hours.",
                           "They camped near Twelve Mile Creek.", "Fighting resumed after the Seven-Day Truce ended.",
                           "A ferry serves Forty Mile Point in summer."}) {
    INFO(none);
    CHECK(find_figures(none).empty());
  }
  // The same numbers with their units are figures: seconds, metres, hours taken, a headline.
  CHECK(found("The lift reaches the top in 90s.").size() == 1);
  CHECK(found("Swells of 12m battered the pier.").size() == 1);
  CHECK(found("The airship stayed aloft for 1200 hours.").size() == 1);
  // "after" and "from" before four digits and hours start a time taken as often as a time of day.
  CHECK(found("The airframe was retired after 1400 hours of flying.").size() == 1);
  CHECK(found("Captains need from 1500 hours of flying.").size() == 1);
  CHECK(find_figures("The convoy left after 1400 hours and drove on.").empty());  // a time of day
  CHECK(find_figures("The curfew starts after 0100 hours.").empty());  // a leading zero is still a clock
  CHECK(found("Ferry Makes 9-Hour Crossing To Tangier").size() == 1);
  // A headline that opens with its figure: the small words it capitalises make it one ("Forty-Mile" at
  // the head of a title-case line was a name, like "Seven Mile Beach").
  for (const char* headline : {"Forty-Mile Walk To Whitby Raises Funds", "Three-Day Trek Across The Moors Ends Early",
                               "Twelve Hour Drive Through The Night For Charity"}) {
    INFO(headline);
    CHECK(found(headline).size() == 1);
  }
  CHECK(find_figures("Seven Mile Beach is busy in August.").empty());
  // A plural unit in title case in running text names a programme, a race, a book or a war: "A 60 Minutes
  // crew took the train" made 60 minutes the trip's time.
  for (const char* title : {"A 60 Minutes crew rode the sleeper to the coast.", "He raced the 24 Hours of Le Mans twice.",
                            "They filmed a 48 Hours special on the ferry.", "Historians of the Hundred Years' War met in Calais."}) {
    INFO(title);
    CHECK(find_figures(title).empty());
  }
  // In capitals, or sentence case, the unit is a unit.
  CHECK(found("THE CONVOY TOOK 60 HOURS TO REACH THE BORDER.").size() == 1);
  CHECK(found("A 60 minute crossing links the islands.").size() == 1);
  // A writer's capitals are units still: "covers 570 Miles in 12 Hours" lost both figures.
  CHECK(found("The sleeper covers 570 Miles in 12 Hours.").size() == 2);
}

// A hedge between a distance and its daily rate ("or more", "or so"): the distance and "a day" were read
// as two figures.
TEST_CASE("a hedge between a distance and its rate: '15 km or more a day'") {
  for (const auto& [text, per_day_km] : {std::pair{"The column made 15 km or more a day.", 15.0},
                                        std::pair{"Mules can carry loads 12 miles or so each day.", 12 * kMile / 1000},
                                        std::pair{"The glacier walkers managed 8 km or less per day.", 8.0}}) {
    INFO(text);
    const auto f = find_figures(text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].dimension == Dimension::speed);
    CHECK(f[0].per_day);
    CHECK(f[0].value_si() == Approx(per_day_km * 1000 / kDay));
  }
}

// Number words joined by dashes before a unit ("a four-and-a-half-hour wait"): nine tokens, past the
// window, so only "half-hour" was read; hours then "m" with a space ("6h 40m") read the m as metres.
TEST_CASE("long hyphenated amounts and 'h' then 'm' with a space") {
  for (const auto& [text, figure, si] : {std::tuple{"It was a four-and-a-half-hour wait at the border.", "four-and-a-half-hour", 4.5 * kHour},
                                        std::tuple{"They took the one-and-a-quarter-mile path.", "one-and-a-quarter-mile", 1.25 * kMile},
                                        std::tuple{"Block time is 6h 40m on this route.", "6h 40m", 6 * kHour + 40 * 60},
                                        std::tuple{"The leg took 2 h 5 m in headwinds.", "2 h 5 m", 2 * kHour + 5 * 60},
                                        std::tuple{"The trip lasted a single day.", "a single day", kDay}}) {
    INFO(text);
    const auto f = found(text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].first == figure);
    CHECK(f[0].second == Approx(si));
  }
}

// A time taken written with colons and no unit, after a word that says so ("took 1:45", "finished in
// 2:05:11", "won in 2:58:30"): no figure before; and hours, minutes and seconds as a field were the span
// between two clock times ("1:20:04" was 01:20 to 20:04, 18.7 hours).
TEST_CASE("times taken written with colons") {
  for (const auto& [text, figure, si] : {std::tuple{"The crossing to the island took 1:35 in a swell.", "1:35", 95 * 60.0},
                                        std::tuple{"She completed in 2:41:07 on the hilly course.", "2:41:07", 2 * kHour + 41 * 60 + 7},
                                        std::tuple{"He won the stage in 4:12:30 after a late attack.", "4:12:30", 4 * kHour + 12 * 60 + 30},
                                        std::tuple{"On a good day the run lasts 2:20 door to door.", "2:20", 140 * 60.0}}) {
    INFO(text);
    const auto f = found(text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].first == figure);
    CHECK(f[0].second == Approx(si));
  }
  for (const char* clock : {"The ferry leaves at 1:35 from pier four.", "She clocked 3:58 for the mile.", "Kick-off is at 19:45 tonight.",
                            "Doors open at 10:30 for the public.", "Their arrival time was 11:15 that night.",
                            "The departure time is 06:40 from platform two.", "A kick-off time of 20:00 suits the broadcaster."}) {
    INFO(clock);
    CHECK(find_figures(clock).empty());
  }
  CHECK(field("1:20:04").value_si() == Approx(kHour + 20 * 60 + 4));
  CHECK(field("2:05:11").value_si() == Approx(2 * kHour + 5 * 60 + 11));
  CHECK(field("08:00 to 10:30").value_si() == Approx(2.5 * kHour));  // two clock times are still a span
  // Clock times labelled with colons are still two clock times (the minutes-after-a-colon rule took the
  // hours after a label's colon for minutes).
  CHECK(field("dep: 10:30 arr: 14:00").value_si() == Approx(3.5 * kHour));
  CHECK(field("departs: 07:15, arrives: 09:45").value_si() == Approx(2.5 * kHour));
  CHECK(field("out: 06:00 back: 18:30").value_si() == Approx(12.5 * kHour));
}

// A consumption or an amount's rate is no trip's figure: "50 miles per gallon" was a distance of 50
// miles, "8 litres per 100 km" one of 100 km, "45p a mile" one of a mile and "50k a year" a year.
TEST_CASE("consumptions and rates of money are no figures") {
  for (const char* none : {"The hybrid returns 62 miles per gallon in town.", "Older lorries manage 9 miles to the gallon.",
                           "The bus burns 30 litres per 100 km on the hills.", "Couriers earn 45p a mile on the new contract.",
                           "Pilots there make 120k a year.", "Tolls run at 12c per mile."}) {
    INFO(none);
    CHECK(find_figures(none).empty());
  }
  // A trip's own rate or distance stays one.
  CHECK(found("The convoy made 300 km a day.").size() == 1);
  CHECK(found("We drove 500 miles on a tank of fuel.").size() == 1);
  CHECK(found("The bus covers 40 miles per hour on the highway.").size() == 1);
  // "per charge" is a consumption; "to the charge point", "a tank farm" start a place ("charge" and "tank"
  // after "a" or "to the" made a trip's distance vanish).
  CHECK(find_figures("The new model manages 300 miles per charge.").empty());
  CHECK(find_figures("The electric bus gets 250 miles a charge.").empty());
  CHECK(find_figures("The truck does 900 km a tank.").empty());
  for (const char* trip : {"The van drove 20 miles to the charge point at the depot.", "Crews walked 5 miles to the tank farm.",
                           "The column drove 8 km to the tank depot."}) {
    INFO(trip);
    CHECK(found(trip).size() == 1);
  }
}

// A spreadsheet's duration cell written with a "d" for days: "5d" was refused (unknown unit 'd') and
// "1d 12h" read as 12 hours, the "1d" passed over. In running text "3d" stays no figure: US military
// writing spells ordinals so ("the 3d Infantry Division").
TEST_CASE("a day written 'd' in a field alone, never in running text") {
  auto days = [](const char* text) {
    ParseResult r = read_figure_field(text, Dimension::duration);
    INFO(text << ": " << r.error);
    REQUIRE(r.quantity);
    return r.quantity->value_si() / kDay;
  };
  CHECK(days("5d") == Approx(5));
  CHECK(days("1d 12h") == Approx(1.5));
  CHECK(days("2d6h") == Approx(2.25));
  CHECK(days("about 3d") == Approx(3));
  CHECK(days("3 d") == Approx(3));
  for (const char* text : {"The 3d Infantry Division moved north.", "They printed a 3d model of the bridge.",
                           "Soldiers of the 2d Battalion marched out."}) {
    INFO(text);
    CHECK(find_figures(text).empty());
  }
  CHECK(found("The 3d Brigade drove 40 miles to the coast.").size() == 1);
}

// A range whose ends are compound durations (trial S): "2 hr 20 min to 2 hr 40 min" was refused as two
// durations, and "2h20-2h40" read as 2 h 20 alone, the rest passed over; a range written backwards is refused.
TEST_CASE("a range of two compound durations") {
  auto hours = [](const char* text) {
    ParseResult r = read_figure_field(text, Dimension::duration);
    INFO(text << ": " << r.error);
    REQUIRE(r.quantity);
    CHECK(r.quantity->is_range);
    return std::make_pair(r.quantity->si.low / kHour, r.quantity->si.high / kHour);
  };
  auto [low, high] = hours("3 hrs 10 mins to 3 hrs 35 mins");
  CHECK(low == Approx(3 + 10 / 60.0).margin(0.01));
  CHECK(high == Approx(3 + 35 / 60.0).margin(0.01));
  std::tie(low, high) = hours("5h15-5h45");
  CHECK(low == Approx(5.25).margin(0.01));
  CHECK(high == Approx(5.75).margin(0.01));
  std::tie(low, high) = hours("between 1 hour 40 minutes and 2 hours 5 minutes");
  CHECK(low == Approx(1 + 40 / 60.0).margin(0.01));
  CHECK(high == Approx(2 + 5 / 60.0).margin(0.01));
  std::tie(low, high) = hours("between 6h50 and 7h10");
  CHECK(low == Approx(6 + 50 / 60.0).margin(0.01));
  CHECK(high == Approx(7 + 10 / 60.0).margin(0.01));
  std::tie(low, high) = hours("1 day 6 hours to 1 day 9 hours");
  CHECK(low == Approx(30).margin(0.6));
  CHECK(high == Approx(33).margin(0.6));
  CHECK_FALSE(read_figure_field("4h30-4h10", Dimension::duration).quantity);
  // Plain ranges and compounds read as before.
  CHECK(read_figure_field("between 2 and 3 hours", Dimension::duration).quantity->value_si() == Approx(2.5 * kHour));
  CHECK(read_figure_field("4h30", Dimension::duration).quantity->value_si() == Approx(4.5 * kHour));
}
