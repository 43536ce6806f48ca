// Times across a story: the time grammar (weekdays, parts of the day, clock times, dates, days counted
// from the one before, zones), the arithmetic of departure + travel against an arrival or later event in
// each place's zone, and the article reader tying times to its trips. Every sentence is written for these
// tests.
#include <tuple>
#include <catch2/catch.hpp>

#include "article/reader.hpp"
#include "article/times.hpp"
#include "article/tokens.hpp"
#include "core/error.hpp"
#include "fixture_gazetteer.hpp"
#include "timeline/time_phrase.hpp"
#include "timeline/timeline.hpp"
#include "verdicts/claim.hpp"

using namespace routecheck;
using namespace routecheck::timeline;

namespace {

constexpr int kHour = 60;

// The first time phrase of running text.
std::optional<TimeSpec> first_time(const std::string& sentence) {
  const article::Document doc(sentence);
  std::vector<article::TimeMention> times = article::spot_times(doc);
  if (times.empty()) return std::nullopt;
  return times.front().spec;
}

TripTimes trip(const std::string& depart, const std::string& from_zone, const std::string& to_zone, double hours_low,
               double hours_high) {
  TripTimes t;
  t.depart = Moment{Role::depart, parse_time(depart, "--depart"), from_zone, "A"};
  t.to_zone = to_zone, t.to_place = "B";
  t.nominal_s = (hours_low + hours_high) / 2 * 3600;
  t.travel_low_s = hours_low * 3600, t.travel_high_s = hours_high * 3600;
  return t;
}

Fit later_fit(TripTimes t, const std::string& when, Role role = Role::arrive) {
  t.later.push_back(Moment{role, parse_time(when, "--arrive"), "", ""});
  return check_trip_times(t).fit;
}

}  // namespace

// Kind: a weekday with a part of the day, vague on purpose: an interval of hours.
TEST_CASE("a weekday with a part of the day is an interval of hours", "[timeline]") {
  const auto late = first_time("The convoy pulled out late on Friday, the organisers said.");
  REQUIRE(late);
  CHECK(late->weekday == 5u);
  CHECK(late->from_min == 17 * kHour);
  CHECK(late->to_min == 24 * kHour);
  const auto morning = first_time("Crews expect to be in the harbour by Tuesday morning.");
  REQUIRE(morning);
  CHECK(morning->weekday == 2u);
  CHECK(morning->from_min == 5 * kHour);
  CHECK(morning->to_min == 12 * kHour);
  // "late ... night" keeps the night without its first fifth: 22:00 is in it, 21:00 is not.
  const auto night = first_time("Her ferry slipped its moorings late Saturday night.");
  REQUIRE(night);
  CHECK(night->weekday == 6u);
  CHECK(night->from_min <= 22 * kHour);
  CHECK(night->from_min > 21 * kHour);
  CHECK(night->to_min == 29 * kHour);  // 05:00 the next morning
  const auto evening = first_time("The riders rolled in on Monday evening.");
  REQUIRE(evening);
  CHECK(evening->weekday == 1u);
  CHECK(evening->from_min == 17 * kHour);
}

// Kind: clock times as stories write them, with the day before or after.
TEST_CASE("clock times: 24-hour, a.m./p.m. with dots or without, hedged, in UTC", "[timeline]") {
  const auto dotted = first_time("The sleeper pulls out at 10.40 p.m. on Thursday.");
  REQUIRE(dotted);
  CHECK(dotted->weekday == 4u);
  CHECK(dotted->clock);
  CHECK(dotted->from_min == 22 * kHour + 40);
  const auto plain = first_time("Boarding closes at 7am on Saturday morning.");
  REQUIRE(plain);
  CHECK(plain->weekday == 6u);
  CHECK(plain->from_min == 7 * kHour);  // the clock time wins over "morning"
  const auto colon = first_time("The coach is due on Sunday at 14:05, the company said.");
  REQUIRE(colon);
  CHECK(colon->weekday == 7u);
  CHECK(colon->from_min == 14 * kHour + 5);
  const auto shortly = first_time("She crossed the line shortly after 4am on Tuesday.");
  REQUIRE(shortly);
  CHECK(shortly->from_min == 4 * kHour);
  CHECK(shortly->to_min == 4 * kHour + 30);
  const auto utc = parse_time("Wednesday 0600 GMT", "--arrive");
  CHECK(utc.utc_offset_min == 0);
  CHECK(utc.from_min == 6 * kHour);
  // A decimal is no clock time: "4.35 km", "1.25 hours".
  CHECK_FALSE(first_time("The bridge is 4.35 km long and took 1.25 hours to cross."));
}

// Kind: dates, whole or in part.
TEST_CASE("dates: day and month either way round, with or without the year, ISO", "[timeline]") {
  const auto dm = first_time("Trials of the new line began on 12 September, engineers said.");
  REQUIRE(dm);
  CHECK(dm->month == 9u);
  CHECK(dm->day == 12u);
  CHECK_FALSE(dm->year);
  const auto md = first_time("The ship sailed on March 3, 2021, with 400 aboard.");
  REQUIRE(md);
  CHECK(md->year == 2021);
  CHECK(md->month == 3u);
  CHECK(md->day == 3u);
  const auto abbreviated = first_time("Freight resumed on Sept. 28 after the strike.");
  REQUIRE(abbreviated);
  CHECK(abbreviated->month == 9u);
  CHECK(abbreviated->day == 28u);
  const TimeSpec iso = parse_time("2024-02-29 06:15", "--depart");
  CHECK(iso.year == 2024);
  CHECK(iso.from_min == 6 * kHour + 15);
  CHECK_THROWS_AS(parse_time("2023-02-29 06:15", "--depart"), InputError);
}

// Kind: days counted from the one before.
TEST_CASE("relative days: the next day, the following morning, overnight", "[timeline]") {
  const auto next = first_time("They set off from the pass and reached the valley the next day.");
  REQUIRE(next);
  CHECK(next->relative_days == 1);
  CHECK_FALSE(next->hours_given);
  const auto morning = first_time("The barge tied up at the quay the following morning.");
  REQUIRE(morning);
  CHECK(morning->relative_days == 1);
  CHECK(morning->from_min == 5 * kHour);
  const auto overnight = first_time("The sleeper runs overnight to the coast.");
  REQUIRE(overnight);
  CHECK(overnight->relative_days == 1);
  CHECK(overnight->to_min == 12 * kHour);
}

// Kind: the departure's own day, and days counted on from it ("the same day" was no time at all, so an
// arrival at 07:00 after an 08:00 departure was read as the next morning's, and fitted).
TEST_CASE("relative days: the same day, that evening, two days later", "[timeline]") {
  for (const char* same : {"The convoy reached the border the same day.", "The patrol was back that same day.",
                           "The coach got in later that day."}) {
    INFO(same);
    const auto t = first_time(same);
    REQUIRE(t);
    REQUIRE(t->relative_days);
    CHECK(*t->relative_days == 0);
  }
  const auto evening = first_time("The ferry docked in the harbour that evening.");
  REQUIRE(evening);
  CHECK(evening->relative_days == 0);
  CHECK(evening->from_min == 17 * kHour);  // the part "evening" (geodata/time_words.tsv)
  const auto later = first_time("The barge left the quay and arrived two days later.");
  REQUIRE(later);
  CHECK(later->relative_days == 2);
}

// Kind: a lead counting days, then "day" or any part of the day (only whole phrases were known, so "that
// same evening" and "the following night" were no times, and an arrival's clock lost its day).
TEST_CASE("relative days: a lead and a part of the day, any pairing", "[timeline]") {
  struct Case {
    const char* text;
    int days, from_hour;
  };
  for (const Case c : {Case{"The launch tied up at the jetty that same evening.", 0, 17},
                       Case{"The lorry crossed into the valley the following night.", 1, 20},
                       Case{"Walkers reached the refuge the next afternoon.", 1, 12},
                       Case{"The tug was back in port later that night.", 0, 20},
                       Case{"Riders got to the ranch early the next morning.", 1, 5}}) {
    INFO(c.text);
    const auto t = first_time(c.text);
    REQUIRE(t);
    REQUIRE(t->relative_days);
    CHECK(*t->relative_days == c.days);
    CHECK(t->hours_given);
    CHECK(t->from_min == c.from_hour * kHour);
  }
  // "early" takes the first part of the morning.
  const auto early = first_time("Riders got to the ranch early the next morning.");
  REQUIRE(early);
  CHECK(early->to_min < 12 * kHour);
  // A lead with no day or part after it is no time: "that" alone, "the next" stop.
  CHECK_FALSE(first_time("The next stop was a dusty village."));
  CHECK_FALSE(first_time("That bus was late."));
}

// Kind: words that look like times and are not.
TEST_CASE("not times: lower-case weekday-like words, verbs, bare months, counts", "[timeline]") {
  CHECK_FALSE(first_time("The crew sat on the deck and waited."));
  CHECK_FALSE(first_time("Delays may grow if the wind picks up."));
  CHECK_FALSE(first_time("The marchers covered 40 km."));
  CHECK_FALSE(first_time("Late arrivals were turned away at the gate."));
  CHECK_FALSE(first_time("Services ran in 2019 at 300 km/h."));
}

// Kind: typed input for check --depart/--arrive, and its refusals.
TEST_CASE("typed times: weekday abbreviations, lower case, and one clear refusal", "[timeline]") {
  const TimeSpec t = parse_time("sun 22:00", "--depart");
  CHECK(t.weekday == 7u);
  CHECK(t.from_min == 22 * kHour);
  CHECK(parse_time("on Monday morning", "--arrive").weekday == 1u);
  CHECK(parse_time("late on Tue", "--arrive").from_min == 17 * kHour);
  CHECK_THROWS_WITH(parse_time("Sunday at teatime", "--arrive"), Catch::Matchers::Contains("--arrive 'Sunday at teatime'"));
  CHECK_THROWS_AS(parse_time("soon", "--depart"), InputError);
}

// Kind: a day the travel time reaches, across zones.
TEST_CASE("departure + travel reaches the arrival's day in the far zone", "[timeline]") {
  // Sunday 22:00 at UTC+9, 19-21 h later, is Monday 18:00-20:00 at UTC+10.
  const TripTimes seedlike = trip("Sunday 22:00", "Asia/Pyongyang", "Asia/Vladivostok", 19, 21);
  CHECK(later_fit(seedlike, "Monday evening") == Fit::fits);
  CHECK(later_fit(seedlike, "Monday 19:00") == Fit::fits);
  CHECK(later_fit(seedlike, "Monday morning") == Fit::cannot);  // before the earliest arrival
  CHECK(later_fit(seedlike, "Tuesday") == Fit::cannot);         // after the latest
  const TimelineResult r = check_trip_times(seedlike);
  CHECK(r.arrive_earliest_local == "Monday 18:00");
  CHECK(r.arrive_latest_local == "Monday 20:00");
  CHECK(r.depart_utc_offset == "+9");
  CHECK(r.arrive_utc_offset == "+10");
  // Westward over many zones: late Wednesday night at UTC+8, 18 h later, is Thursday in UTC-5 — a
  // "Wednesday morning" arrival would be flying backwards.
  const TripTimes westward = trip("late Wednesday night", "Asia/Singapore", "America/New_York", 17.5, 18.5);
  CHECK(later_fit(westward, "Wednesday morning") == Fit::cannot);
  CHECK(later_fit(westward, "Thursday morning") == Fit::fits);
  // Eastward: Friday 20:30 at UTC-8 or -7, about 17 h 45 min later, is Sunday 02:42-03:48 at UTC+5:30:
  // the date line takes a whole day.
  const TripTimes eastward = trip("Friday 20:30", "America/Los_Angeles", "Asia/Kolkata", 17.7, 17.8);
  CHECK(later_fit(eastward, "early on Sunday") == Fit::fits);
  CHECK(later_fit(eastward, "Saturday evening") == Fit::cannot);
  CHECK(later_fit(eastward, "Sunday afternoon") == Fit::cannot);
}

// Kind: a week's turn of the weekdays on long trips, and a date that pins the weekday.
TEST_CASE("weekdays wrap the week, a date and its weekday must agree", "[timeline]") {
  // Saturday 23:05 + 82 h 50 min = Wednesday 09:55 (one zone).
  const TripTimes long_train = trip("Saturday 23:05", "Asia/Kolkata", "Asia/Kolkata", 82.8, 82.9);
  CHECK(later_fit(long_train, "Wednesday 09:55") == Fit::fits);
  CHECK(later_fit(long_train, "Thursday 09:55") == Fit::cannot);
  // Nine days at sea from a Monday: the arrival's Wednesday is the second one.
  const TripTimes voyage = trip("Monday 08:00", "Europe/London", "Europe/London", 9 * 24, 9 * 24 + 6);
  CHECK(later_fit(voyage, "Wednesday") == Fit::fits);
  CHECK(later_fit(voyage, "Monday") == Fit::cannot);
  // 2023-09-10 was a Sunday.
  TripTimes dated = trip("Sunday 10 September 2023 22:00", "Europe/Paris", "Europe/Paris", 1, 2);
  CHECK(check_trip_times(dated).fit != Fit::cannot);
  dated = trip("Tuesday 10 September 2023 22:00", "Europe/Paris", "Europe/Paris", 1, 2);
  CHECK(check_trip_times(dated).fit == Fit::cannot);
}

// Kind: a later event the story ties to the trip, at or after the arrival.
TEST_CASE("an event 'as early as' a day must not come before the arrival", "[timeline]") {
  const TripTimes t = trip("late on Sunday", "Asia/Pyongyang", "Asia/Vladivostok", 17.5, 22.5);
  CHECK(later_fit(t, "as early as Tuesday", Role::event) == Fit::fits);
  CHECK(later_fit(t, "Monday", Role::event) == Fit::fits);          // arriving Monday, meeting Monday night
  CHECK(later_fit(t, "Sunday evening", Role::event) == Fit::cannot);  // before anyone has arrived
}

// Kind: no travel time at all: the arrival still cannot come before the departure.
TEST_CASE("without a duration, an arrival before the departure cannot be", "[timeline]") {
  TripTimes t;
  t.depart = Moment{Role::depart, parse_time("Thursday 23:30", "--depart"), "Asia/Singapore", "A"};
  t.to_zone = "America/New_York", t.to_place = "B";
  t.later.push_back(Moment{Role::arrive, parse_time("Thursday 06:00", "--arrive"), "", ""});
  // Thursday 23:30 at UTC+8 is Thursday 10:30 or 11:30 in New York: 06:00 that day is earlier.
  CHECK(check_trip_times(t).fit == Fit::cannot);
  t.later.back() = Moment{Role::arrive, parse_time("Friday 06:00", "--arrive"), "", ""};
  CHECK(check_trip_times(t).fit == Fit::fits);
  CHECK(check_trip_times(t).arrive_latest_local == "(open-ended)");
}

// Kind: the story's date anchors its weekdays; a daylight-saving change with no date widens the range.
TEST_CASE("a story date pins the departure, without one both seasons are tried", "[timeline]") {
  TripTimes t = trip("late on Sunday", "Europe/London", "America/New_York", 7, 8);
  t.reference = date::year_month_day{date::year{2023}, date::September, date::day{12}};  // a Tuesday
  const TimelineResult dated = check_trip_times(t);
  REQUIRE(dated.depart_date);
  CHECK(*dated.depart_date == date::year_month_day{date::year{2023}, date::September, date::day{10}});
  CHECK(dated.depart_utc_offset == "+1");  // British Summer Time
  t.reference.reset();
  const TimelineResult undated = check_trip_times(t);
  CHECK_FALSE(undated.depart_date);
  CHECK(undated.depart_utc_offset == "+0/+1");
  CHECK_THROWS_AS(parse_iso_date("2023-13-01", "--date"), InputError);
}

// Kind: the article ties a time to a trip only by a cue and a sentence naming the trip's places.
TEST_CASE("article: roles from cues, times without a cue are no trip's", "[timeline][article]") {
  const article::Document doc(
      "Officials said on Monday that the talks would go ahead. The ferry left Dover at 08:15 on Friday and docked in "
      "Calais at 10:45.");
  std::vector<article::TimeMention> times = article::spot_times(doc);
  REQUIRE(times.size() == 3);
  CHECK(times[0].spec.weekday == 1u);
  CHECK(times[1].spec.from_min == 8 * kHour + 15);
  CHECK(times[2].spec.from_min == 10 * kHour + 45);
  CHECK_FALSE(article::find_story_date(doc, times));
  const article::Document dated("Published 4 March 2022\nThe coach left the depot on Thursday.");
  std::vector<article::TimeMention> dated_times = article::spot_times(dated);
  const auto story_date = article::find_story_date(dated, dated_times);
  REQUIRE(story_date);
  CHECK(*story_date == date::year_month_day{date::year{2022}, date::March, date::day{4}});
}

namespace {

const gazetteer::Geocoder& fixture() {
  static const gazetteer::Geocoder g = routecheck::testing::fixture_geocoder();
  return g;
}

article::ArticleResult read_story(const std::string& text) { return article::read_article(text, fixture(), routes::ModeProfiles::builtin()); }

// The role and claim of the time whose text is `what`, as "depart 0", or "none".
std::string tie_of(const article::ArticleResult& r, const std::string& what) {
  for (const article::TimeMention& t : r.times)
    if (t.spec.text == what) return t.role ? std::string(to_string(*t.role)) + " " + std::to_string(*t.claim) : "none";
  return "absent";
}

}  // namespace

// Kind: a time takes its role from a cue before it (or after it, when it opens the sentence), and belongs to
// a trip only in a sentence naming the trip's places.
// A story's tokens keep an abbreviation's full stop on the word ("Jan.", "Dec."), so the month table never
// matched them: only "Sept.", which is no such abbreviation, was read.
TEST_CASE("article: months abbreviated with a full stop", "[timeline][article]") {
  for (const auto& [text, month, day] : {std::tuple{"The ship sailed on Jan. 3 from Lisbon.", 1u, 3u},
                                         std::tuple{"The ferry returned on Dec. 28 to Hull.", 12u, 28u},
                                         std::tuple{"Flights resumed on Aug. 14 at Heathrow.", 8u, 14u}}) {
    INFO(text);
    const article::Document doc(text);
    const std::vector<article::TimeMention> times = article::spot_times(doc);
    REQUIRE(times.size() == 1);
    CHECK(times[0].spec.month == month);
    CHECK(times[0].spec.day == day);
  }
}

TEST_CASE("article: times tie to trips by cues and sentences", "[timeline][article]") {
  const article::ArticleResult before = read_story(
      "The train left Pyongyang on Sunday at 21:00 and pulled into Vladivostok on Monday at 16:00. The 683-mile trip "
      "took about 19 hours.");
  REQUIRE(before.claims.size() == 1);
  CHECK(tie_of(before, "Sunday at 21:00") == "depart 0");
  CHECK(tie_of(before, "Monday at 16:00") == "arrive 0");
  REQUIRE(before.claims[0].report.timeline);
  CHECK(before.claims[0].report.timeline->fit == Fit::fits);

  const article::ArticleResult opening = read_story(
      "On Sunday evening the train left Pyongyang for Vladivostok, a trip of about 20 hours. Officials in Seoul said on "
      "Monday that it had crossed the border.");
  REQUIRE(opening.claims.size() == 1);
  CHECK(tie_of(opening, "Sunday evening") == "depart 0");
  CHECK(tie_of(opening, "Monday") == "none");  // said on Monday, in a sentence about something else

  const article::ArticleResult backwards = read_story(
      "The flight left London at 19:00 on Friday and landed in Tokyo at 07:00 on Friday after about 12 hours in the air.");
  REQUIRE(backwards.claims.size() == 1);
  CHECK(tie_of(backwards, "07:00 on Friday") == "arrive 0");
  REQUIRE(backwards.claims[0].report.timeline);
  CHECK(backwards.claims[0].report.timeline->fit == Fit::cannot);
  CHECK(backwards.claims[0].report.verdict == verdicts::Verdict::inconsistent);
}

// Kind: a place between the cue and the time is where the moment happens; at the wrong end of the trip it
// is a stop's time, not the trip's.
TEST_CASE("article: a stop's time is not the trip's arrival or departure", "[timeline][article]") {
  const article::ArticleResult origin = read_story(
      "The train reaches Pyongyang at 21:40 on Sunday and leaves at 22:00 for Vladivostok, a run of about 20 hours.");
  REQUIRE(origin.claims.size() == 1);
  CHECK(tie_of(origin, "21:40 on Sunday") == "none");
  CHECK(tie_of(origin, "22:00") == "depart 0");
  // Leaving the destination is no departure of the trip.
  const article::ArticleResult destination = read_story(
      "The ferry from Pyongyang left on Sunday at 20:00; the train left Vladivostok at 09:00 on Tuesday. Pyongyang to "
      "Vladivostok took about 20 hours.");
  CHECK(tie_of(destination, "Sunday at 20:00") == "depart 0");
  CHECK(tie_of(destination, "09:00 on Tuesday") == "none");
  // Two departures from two places: only the one from the trip's origin is its departure (whichever of
  // the two the trip reader takes for the origin).
  const article::ArticleResult two_starts = read_story(
      "The train left Pyongyang late on Sunday and, after a long halt, left Khasan at 09:00 on Monday before it reached "
      "Vladivostok, about 20 hours after setting out.");
  REQUIRE(two_starts.claims.size() == 1);
  CHECK((tie_of(two_starts, "late on Sunday") == "depart 0") != (tie_of(two_starts, "09:00 on Monday") == "depart 0"));
  const article::ArticleResult named = read_story(
      "A plane left Tokyo at 11:00 on Monday and landed in London on Monday afternoon, about 12 hours later.");
  REQUIRE(named.claims.size() == 1);
  CHECK(tie_of(named, "11:00 on Monday") == "depart 0");
  CHECK(tie_of(named, "Monday afternoon") == "arrive 0");
}

namespace {

routes::Waypoint zoned_point(double lat, double lon, const char* name, const char* zone) {
  routes::Waypoint w;
  w.place.name = name;
  w.place.lat_deg = lat, w.place.lon_deg = lon;
  w.place.timezone = zone;
  return w;
}

// A claim between two zoned points with a duration, a departure and (optionally) an arrival.
verdicts::Report timeline_claim(const std::string& duration, const std::string& depart, const std::string& arrive) {
  verdicts::Claim c;
  c.route = routes::make_route({zoned_point(51.5, -0.13, "Westport", "Europe/London"), zoned_point(35.68, 139.69, "Eastport", "Asia/Tokyo")});
  c.mode = routes::ModeProfiles::builtin().get("air");
  c.duration = quantities::parse_quantity(duration);
  c.depart_time = Moment{Role::depart, parse_time(depart, "--depart"), "", ""};
  if (!arrive.empty()) c.later_times.push_back(Moment{Role::arrive, parse_time(arrive, "--arrive"), "", ""});
  return verdicts::check_claim(c);
}

const verdicts::Relation* relation(const verdicts::Report& r, const std::string& id) {
  for (const verdicts::Relation& rel : r.relations)
    if (rel.id == id) return &rel;
  return nullptr;
}

}  // namespace

// Kind: the timeline as a relation of the claim check: its verdict joins the claim's.
TEST_CASE("check: the timeline relation decides with the others", "[timeline]") {
  // Friday 19:00 in London (UTC+0 or +1) + 12.45-12.55 h is Saturday 15:27-16:33 in Tokyo (UTC+9).
  const verdicts::Report fits = timeline_claim("12.5 hours", "Friday 19:00", "Saturday afternoon");
  const verdicts::Relation* rel = relation(fits, "timeline");
  REQUIRE(rel);
  CHECK(rel->verdict == verdicts::Verdict::consistent);
  REQUIRE(fits.timeline);
  CHECK(fits.timeline->arrive_zone == "Asia/Tokyo");
  const verdicts::Report backwards = timeline_claim("12.5 hours", "Friday 19:00", "Friday 07:00");
  REQUIRE(relation(backwards, "timeline"));
  CHECK(relation(backwards, "timeline")->verdict == verdicts::Verdict::inconsistent);
  CHECK(backwards.verdict == verdicts::Verdict::inconsistent);
  // With no arrival there is nothing to hold the departure against: the timeline is shown, unverifiable.
  const verdicts::Report alone = timeline_claim("12.5 hours", "late on Friday", "");
  REQUIRE(relation(alone, "timeline"));
  CHECK(relation(alone, "timeline")->verdict == verdicts::Verdict::unverifiable);
  CHECK(alone.timeline);
  // A trip longer than the table's limit gets no timeline: any weekday fits some week.
  const verdicts::Report long_trip = timeline_claim("500 days", "Friday 19:00", "Monday");
  REQUIRE(relation(long_trip, "timeline"));
  CHECK(relation(long_trip, "timeline")->verdict == verdicts::Verdict::unverifiable);
  CHECK_FALSE(long_trip.timeline);
}

// Kind: a time running past midnight is shown on the day it falls on. Bug guarded: "Sunday night" printed
// as "Sunday 20:00-29:00" in the article's Times section.
TEST_CASE("describe: hours past midnight fall on the next day", "[timeline]") {
  const TimeSpec night = parse_time("Saturday night", "--depart");
  CHECK(night.to_min > kMinutesPerDay);  // the grammar keeps one span; only the words change
  CHECK(night.describe() == "Saturday 20:00 to Sunday 05:00");
  const TimeSpec late = parse_time("late Wednesday night", "--depart");
  CHECK(late.describe().find("Wednesday") == 0);
  CHECK(late.describe().find("to Thursday 05:00") != std::string::npos);
  CHECK(late.describe().find("29:") == std::string::npos);
  // With no weekday, the next day is said after the clock.
  TimeSpec bare;
  bare.hours_given = true;
  bare.from_min = 21 * kHour;
  bare.to_min = kMinutesPerDay + 6 * kHour;
  CHECK(bare.describe() == "21:00 to 06:00 the next day");
  // Wholly on the next day (midnight at a day's end): that day, by its name.
  TimeSpec midnight;
  midnight.weekday = 7;  // Sunday
  midnight.hours_given = true;
  midnight.from_min = midnight.to_min = kMinutesPerDay;
  CHECK(midnight.describe() == "Monday 00:00");
  // A span within one day is unchanged.
  const TimeSpec morning = parse_time("Friday morning", "--depart");
  CHECK(morning.describe() == "Friday 05:00-12:00");
}

// Kind: a day and month with no year and no story date still count the days between two dates ("left on
// 1 July ... arrived on 20 July"); before, the departure printed as an empty day and nothing was checked,
// so an arrival two days before the departure passed.
TEST_CASE("dates without a year count the days between them", "[timeline]") {
  TripTimes t;
  t.depart = Moment{Role::depart, parse_time("3 March", "--depart"), "Europe/London", "A"};
  t.to_zone = "Europe/London", t.to_place = "B";
  t.later.push_back(Moment{Role::arrive, parse_time("1 March", "--arrive"), "", ""});
  const TimelineResult before = check_trip_times(t);
  CHECK(before.fit == Fit::cannot);
  CHECK_FALSE(before.depart_date);  // the year is not the story's: no date is claimed for it
  CHECK(before.reason.find("3 March") != std::string::npos);
  t.later.back() = Moment{Role::arrive, parse_time("20 March", "--arrive"), "", ""};
  CHECK(check_trip_times(t).fit == Fit::fits);
  // With a travel time: 30 hours from 12 September cannot end on 12 September.
  TripTimes timed = trip("12 September", "Europe/Paris", "Europe/Rome", 29, 31);
  CHECK(later_fit(timed, "12 September") == Fit::cannot);
  CHECK(later_fit(timed, "13 September") == Fit::fits);
}

// Kind: departure words of flights and drives ("flew out of", "flew from", "embarked"): the time after
// them was "no trip's", so a landing a day too early passed.
TEST_CASE("article: flew out of, flew from and embarked give the departure's time", "[timeline][article]") {
  for (const char* story : {"The delegation flew out of London on Thursday night and landed in Tokyo on Thursday afternoon after a 12-hour flight.",
                            "The team flew from London on Thursday night and landed in Tokyo on Thursday afternoon after a 12-hour flight.",
                            "Passengers embarked in Seoul on Monday evening and the ferry reached Tokyo on Monday morning after a 30-hour voyage."}) {
    CAPTURE(story);
    const article::ArticleResult r = read_story(story);
    REQUIRE(r.claims.size() == 1);
    REQUIRE(r.claims[0].report.timeline);
    CHECK(r.claims[0].report.timeline->fit == Fit::cannot);
  }
}

// Kind: a departure and an arrival with no travel time are held against the map: the shortest route at
// the mode's fastest average is the least the trip takes ("left St Pancras at 09:00, reached the Gare du
// Nord at 10:00" took 0 h and fitted).
TEST_CASE("check: times with no travel time are held against the map", "[timeline]") {
  auto times_only = [](const char* mode, const std::string& depart, const std::string& arrive) {
    verdicts::Claim c;
    c.route = routes::make_route({zoned_point(51.5, -0.13, "Westport", "Europe/London"), zoned_point(35.68, 139.69, "Eastport", "Asia/Tokyo")});
    if (*mode) c.mode = routes::ModeProfiles::builtin().get(mode);
    c.depart_time = Moment{Role::depart, parse_time(depart, "--depart"), "", ""};
    c.later_times.push_back(Moment{Role::arrive, parse_time(arrive, "--arrive"), "", ""});
    return verdicts::check_claim(c);
  };
  // 9,560 km at the fastest airliner average takes about 8 h: Friday 19:00 in London is Saturday 03:00 or
  // 04:00 in Tokyo, so no flight lands by Saturday 06:00 there.
  for (const char* too_soon : {"Saturday 06:00", "Saturday 09:00", "Friday 23:30"}) {
    INFO(too_soon);
    const verdicts::Report report = times_only("air", "Friday 19:00", too_soon);  // the relation points into it
    const verdicts::Relation* rel = relation(report, "timeline");
    REQUIRE(rel);
    CHECK(rel->verdict == verdicts::Verdict::inconsistent);
    CHECK_THAT(rel->reason, Catch::Matchers::Contains("takes at least"));
  }
  const verdicts::Report fitting = times_only("air", "Friday 19:00", "Saturday 15:00");
  const verdicts::Relation* fits = relation(fitting, "timeline");
  REQUIRE(fits);
  CHECK(fits->verdict == verdicts::Verdict::consistent);
  CHECK_THAT(fits->reason, Catch::Matchers::Contains("the trip took 11 h") || Catch::Matchers::Contains("the trip took 12 h"));
  // Without a mode the fastest average of any mode in service bounds it (trial R: a charter with no mode
  // word landed 2,000 km away 15 minutes after it left, by the clocks, and fitted).
  const verdicts::Report without_mode = times_only("", "Friday 19:00", "Saturday 06:00");
  const verdicts::Relation* no_mode = relation(without_mode, "timeline");
  REQUIRE(no_mode);
  CHECK(no_mode->verdict == verdicts::Verdict::inconsistent);
  CHECK_THAT(no_mode->reason, Catch::Matchers::Contains("any mode in service"));
  const verdicts::Report without_mode_later = times_only("", "Friday 19:00", "Saturday 15:00");
  const verdicts::Relation* no_mode_later = relation(without_mode_later, "timeline");
  REQUIRE(no_mode_later);
  CHECK(no_mode_later->verdict == verdicts::Verdict::consistent);
}
