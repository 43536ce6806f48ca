// The stages of the article reader, each on sentences written for the purpose: tokens and sentences,
// figure spotting (kinds and roles), place spotting and settling, and trip assembly (every trip, its own
// figures) over the fixture gazetteer.
#include <catch2/catch.hpp>

#include "article/figure_spotter.hpp"
#include "article/place_context.hpp"
#include "article/place_spotter.hpp"
#include "article/reader.hpp"
#include "article/tokens.hpp"
#include "article/trips.hpp"
#include "article/weights.hpp"
#include "fixture_gazetteer.hpp"

using namespace routecheck;
using namespace routecheck::article;

namespace {

std::vector<FigureMention> figures_of(const std::string& text) { return spot_figures(Document(text)); }

const gazetteer::Geocoder& geocoder() {
  static const gazetteer::Geocoder g = testing::fixture_geocoder();
  return g;
}

ArticleResult read(const std::string& text) { return read_article(text, geocoder(), routes::ModeProfiles::builtin()); }

std::string ends(const ArticleClaim& c) {
  return c.claim.route.places.front().place.name + "-" + c.claim.route.places.back().place.name;
}

}  // namespace

TEST_CASE("tokens: sentences end at full stops, blank lines and unpunctuated lines, not after titles") {
  const Document doc("Train to Moscow\nMr. Kim left the U.S. on Monday. He arrived.\n\nThen home");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.tokens[doc.sentences[1].first].text == "Mr.");
  CHECK(doc.span_text(doc.sentences[1].first, doc.sentences[1].second - 1) == "Mr. Kim left the U.S. on Monday.");
  CHECK(doc.tokens[doc.sentences[3].first].text == "Then");
}

TEST_CASE("tokens: a possessive is not part of the name") {
  const Document doc("Russia's railways");
  CHECK(doc.tokens[0].text == "Russia");
}

TEST_CASE("figures: a distance per hour is a speed, per day a daily distance") {
  auto f = figures_of("The train runs at about 175 km per hour on the new line.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].quantity.dimension == quantities::Dimension::speed);
  CHECK(f[0].text == "about 175 km per hour");
  f = figures_of("It ran at 300 kilometres (186 miles) per hour.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].quantity.dimension == quantities::Dimension::speed);
}

TEST_CASE("figures: a compound duration with commas and 'and' is one figure") {
  const auto f = figures_of("The run took three days, 7 hours and 20 minutes in all.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].quantity.value_si() == Approx((3 * 24 + 7) * 3600.0 + 20 * 60));
}

TEST_CASE("figures: two figures side by side stay two") {
  const auto f = figures_of("They needed 9 hours, 400 km of it on gravel.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].quantity.dimension == quantities::Dimension::duration);
  CHECK(f[1].quantity.dimension == quantities::Dimension::distance);
}

TEST_CASE("figures: rates of events and comparisons are no trip's figures") {
  CHECK(figures_of("There are four departures a day in summer.").empty());
  CHECK(figures_of("The boat is an hour faster than the old one.").empty());
  CHECK(figures_of("The new line cut the journey by 40 minutes.").empty());
  CHECK(figures_of("Passengers face a time zone change of 9 hours.").empty());
}

TEST_CASE("figures: a clock time before a dash does not start a range") {
  const auto f = figures_of("Departs 19:07 - 592 km to go.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "592 km");
}

TEST_CASE("figures: top speeds and stops have their roles") {
  auto f = figures_of("The trains have a top speed of 250 km/h.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].role == FigureRole::top_speed);
  f = figures_of("There is a two-hour stop at the border.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].role == FigureRole::stop);
  f = figures_of("The trip takes 20 hours.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].role == FigureRole::travel);
}

TEST_CASE("places: spotted with their readings, settled with a reason") {
  const Document doc("Officials in Seoul and Tokyo met.");
  std::vector<Mention> mentions = spot_places(doc, geocoder());
  REQUIRE(mentions.size() == 2);
  settle_places(mentions);
  CHECK(mentions[0].m.place.country_code == "KR");
  CHECK(mentions[1].m.place.country_code == "JP");
  CHECK_FALSE(mentions[1].m.reason.empty());
}

TEST_CASE("places: an agency, broadcaster or paper named after a place is no mention of it") {
  // Each sentence names one place; the rest is an organisation whose name holds a place's.
  for (const char* text : {"The Moscow Times said Seoul would reply.", "SEOUL, said the Korea Herald on Monday.",
                           "Officials in Tokyo spoke to the Moscow Times.", "Reporters from the Moscow Times flew to Seoul."}) {
    const Document doc(text);
    const std::vector<Mention> mentions = spot_places(doc, geocoder());
    INFO(text);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].m.text != "Moscow");
  }
}

TEST_CASE("trips: every trip a story states, each with its own figures") {
  const ArticleResult r = read("The train from Pyongyang to Vladivostok takes 20 hours. A flight between Seoul and Tokyo "
                               "covers 1,160 km in about two hours.");
  REQUIRE(r.claims.size() == 2);
  CHECK(ends(r.claims[0]) == "Pyongyang-Vladivostok");
  CHECK(r.claims[0].claim.duration->text == "20 hours");
  CHECK_FALSE(r.claims[0].claim.distance);
  CHECK(ends(r.claims[1]) == "Seoul-Tokyo");
  CHECK(r.claims[1].claim.distance->text == "1,160 km");
  CHECK(r.claims[1].claim.mode->mode == "air");
  REQUIRE(r.claims[1].read_from.size() >= 1);
  CHECK(r.claims[1].read_from.front().role == "trip");
  CHECK(r.claims[1].read_from.front().text == "between Seoul and Tokyo");
}

TEST_CASE("trips: a figure in the next sentence belongs to the trip stated before it") {
  const ArticleResult r = read("Our rail trip: London to Moscow. The journey took 50 hours.");
  REQUIRE(r.claims.size() == 1);
  CHECK(ends(r.claims[0]) == "London-Moscow");
  CHECK(r.claims[0].claim.duration->text == "50 hours");
}

TEST_CASE("trips: a dash joins two places; the same trip stated twice is one claim") {
  const ArticleResult r = read("Seoul-Tokyo flights\n\nThe flight from Seoul to Tokyo lasts about two hours.");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].read_from.front().text == "Seoul-Tokyo");
}

TEST_CASE("trips: a story with figures but no trip has no claim") {
  CHECK(read("The ride took 20 hours.").claims.empty());
}

TEST_CASE("weights: every row of geodata/article_weights.tsv is read") {
  REQUIRE_NOTHROW(weights());
  CHECK(weights().misread_factor > 1);
  CHECK(weights().figure_reach_back >= weights().figure_reach_ahead);
}
