// The HTML page writer on made-up results, no gazetteer: the story's text survives marking whole (escaped,
// overlapping or out-of-range spans left unmarked), every verdict carries its word, pages are the same bytes
// for the same result, and the shipped sources are all credited.
#include <catch2/catch.hpp>


#include "report/html_page.hpp"

using routecheck::report::article_page;
using routecheck::report::claim_page;
using Json = nlohmann::ordered_json;

namespace {

// The story's text as a reader gets it back from the page: tags dropped, entities undone, paragraphs joined.
std::string story_text_of(const std::string& page) {
  const std::size_t from = page.find("<div class=\"story\">"), to = page.find("</div>", from);
  std::string s = page.substr(from, to - from);
  // Plain string edits, not std::regex: g++ 12 at -O2 with the sanitizers warns inside <regex>
  // (maybe-uninitialized), which -Werror turns into a failed ASan build.
  auto replace_all = [](std::string& text, const std::string& what, const std::string& with) {
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
      text.replace(at, what.size(), with);
  };
  replace_all(s, "</p>\n<p>", "\n\n");
  std::string untagged;
  bool in_tag = false;
  for (char c : s) {
    if (c == '<') in_tag = true;
    else if (c == '>' && in_tag) in_tag = false;
    else if (!in_tag) untagged += c;
  }
  s = std::move(untagged);
  for (const auto& [entity, ch] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
    replace_all(s, entity, ch);
  s.erase(0, s.find_first_not_of('\n'));
  s.erase(s.find_last_not_of('\n') + 1);
  return s;
}

Json span(const char* kind, std::size_t start, std::size_t end) {
  return Json{{"text", "x"}, {"start", start}, {"end", end}, {"name", "X"}, {"kind", kind}, {"value", 1}, {"unit", "km"}};
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a story's text comes back whole from its page, however its spans fall", "[report]") {
  SECTION("markup characters in the text are escaped, in and out of marks") {
    const std::string text = "Trains <fast> & \"quiet\" from A&B to 'C'.\n";
    Json article{{"places", Json::array({span("city", 29, 32)})}, {"figures", Json::array()}, {"claims", Json::array()}};
    const std::string page = article_page(text, article, {}, "unverifiable", {});
    CHECK(story_text_of(page) == text.substr(0, text.find_last_not_of('\n') + 1));
    CHECK(count(page, "<mark class=\"place\" tabindex=\"0\"") == 1);
    CHECK(page.find("<fast>") == std::string::npos);
  }
  SECTION("a span inside another is left unmarked") {
    const std::string text = "It runs 650 km from Moscow.";
    Json article{{"places", Json::array({span("city", 20, 26)})},
                 {"figures", Json::array({span("distance", 8, 14), span("distance", 10, 12)})},
                 {"claims", Json::array()}};
    const std::string page = article_page(text, article, {}, "plausible", {});
    CHECK(story_text_of(page) == text.substr(0, text.find_last_not_of('\n') + 1));
    CHECK(count(page, "tabindex=\"0\"") == 2);
  }
  SECTION("a span across a paragraph break or past the end is left unmarked") {
    const std::string text = "First part.\n\nSecond part.";
    Json article{{"places", Json::array({span("city", 6, 16), span("city", 20, 99)})},
                 {"figures", Json::array({span("duration", 0, 5)})},
                 {"claims", Json::array()}};
    const std::string page = article_page(text, article, {}, "consistent", {});
    CHECK(story_text_of(page) == text.substr(0, text.find_last_not_of('\n') + 1));
    CHECK(count(page, "tabindex=\"0\"") == 1);
  }
}

TEST_CASE("a claim's page states each verdict in words, the same bytes each time", "[report]") {
  for (const char* verdict : {"consistent", "plausible", "unverifiable", "suspicious", "inconsistent"}) {
    Json check{{"verdict", verdict},
               {"route", {{"places", Json::array({{{"name", "A"}, {"role", "origin"}}, {{"name", "B"}, {"role", "destination"}}})},
                          {"geodesic_km", 12.5}}},
               {"claims", {{"distance", {{"text", "13 km"}, {"value", 13}, {"unit", "km"}}}}},
               {"relations", {{"distance_vs_geography", {{"name", "distance vs geography"}, {"verdict", verdict}, {"reason", "r"}}}}}};
    const std::string page = claim_page(check, {"", "nothing to draw"}, {});
    CHECK(count(page, std::string(">") + verdict + "</span>") == 2);  // overall and the relation
    CHECK(page.find("No map: nothing to draw") != std::string::npos);
    CHECK(claim_page(check, {"", "nothing to draw"}, {}) == page);
  }
}

TEST_CASE("every source routecheck ships is credited", "[report]") {
  const auto& sources = routecheck::report::shipped_sources();
  REQUIRE(sources.size() >= 5);
  for (const auto& s : sources) {
    CHECK_FALSE(s.attribution.empty());
    CHECK_FALSE(s.licence.empty());
  }
  const auto parsed = routecheck::report::parse_sources("# comment\nid\tpkg\t1.0\tsha\tCC-BY\tSomeone\nshort\trow\n");
  REQUIRE(parsed.size() == 1);
  CHECK(parsed[0].attribution == "Someone");
}
