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

// --- A batch's pages (--batch --report DIR) --------------------------------------------------------------

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/error.hpp"
#include "report/page_folder.hpp"

namespace {

namespace fs = std::filesystem;
using routecheck::report::IndexRow;
using routecheck::report::PageFolder;

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "routecheck-pages-XXXXXX").string();
    dir = ::mkdtemp(pattern.data());
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

const std::string kRoutecheckIndex =
    routecheck::report::index_page({{1, "", "A → B by rail", "plausible", "row-00001.html", ""}}, false, {});

}  // namespace

TEST_CASE("a batch's page folder appears whole, or not at all", "[report]") {
  Scratch s;
  const fs::path target = s.dir / "pages";
  {
    PageFolder folder(target.string(), false);
    folder.write("row-00001.html", "<p>one</p>");
    folder.write("index.html", kRoutecheckIndex);
    CHECK_FALSE(fs::exists(target));  // nothing under its name until the end
    folder.commit();
  }
  CHECK(std::distance(fs::directory_iterator(target), fs::directory_iterator()) == 2);
  CHECK(slurp(target / "row-00001.html") == "<p>one</p>");
  CHECK(s.names() == std::vector<std::string>{"pages"});  // no hidden folder beside it
  {
    PageFolder unfinished((s.dir / "other").string(), false);
    unfinished.write("row-00001.html", "x");
  }  // unwound before commit: nothing stays
  CHECK(s.names() == std::vector<std::string>{"pages"});
  CHECK_THROWS_AS(PageFolder((s.dir / "pages2").string(), false).write("../escape.html", "x"), routecheck::InputError);
}

// Pages made on the folder's workers (a batch's maps) land whole, each under its own name, however the
// workers interleave; a page that fails fails the batch, from commit, and leaves no folder behind.
TEST_CASE("a batch's pages made on worker threads all land, and a failing page fails the folder", "[report]") {
  Scratch s;
  const fs::path target = s.dir / "pages";
  constexpr int kPages = 200;
  {
    PageFolder folder(target.string(), false);
    for (int i = 1; i <= kPages; ++i)
      folder.write_later("row-" + std::to_string(i) + ".html", [i] { return std::string(static_cast<std::size_t>(i), 'x'); });
    folder.write("index.html", kRoutecheckIndex);
    folder.commit();
  }
  CHECK(std::distance(fs::directory_iterator(target), fs::directory_iterator()) == kPages + 1);
  CHECK(slurp(target / "row-7.html") == std::string(7, 'x'));
  CHECK(slurp(target / "row-200.html") == std::string(200, 'x'));

  const fs::path failing = s.dir / "failing";
  const auto fill = [&](PageFolder& folder) {
    for (int i = 1; i <= kPages; ++i)
      folder.write_later("row-" + std::to_string(i) + ".html", [i]() -> std::string {
        if (i == 3) throw routecheck::InputError("page 3 cannot be drawn");
        return "ok";
      });
    folder.commit();
  };
  {
    PageFolder folder(failing.string(), false);
    CHECK_THROWS_WITH(fill(folder), "page 3 cannot be drawn");
  }
  CHECK_FALSE(fs::exists(failing));
  CHECK(s.names() == std::vector<std::string>{"pages"});  // no temporary folder left either
}

TEST_CASE("a page folder is replaced with --overwrite only when routecheck wrote it, never another folder or a file", "[report]") {
  Scratch s;
  const fs::path ours = s.dir / "ours", theirs = s.dir / "theirs", file = s.dir / "file.html";
  fs::create_directory(ours);
  std::ofstream(ours / "index.html") << kRoutecheckIndex;
  std::ofstream(ours / "row-00009.html") << "old";
  fs::create_directory(theirs);
  std::ofstream(theirs / "index.html") << "<html>someone's own site</html>";
  std::ofstream(file) << "a file";

  CHECK_THROWS_AS(PageFolder::check_folder_path(ours.string(), false), routecheck::InputError);  // exists
  CHECK_THROWS_AS(PageFolder::check_folder_path(theirs.string(), true), routecheck::InputError);  // not ours
  CHECK_THROWS_AS(PageFolder::check_folder_path(file.string(), true), routecheck::InputError);    // a file
  CHECK_THROWS_AS(PageFolder::check_folder_path((s.dir / "no" / "such").string(), false), routecheck::InputError);
  CHECK_NOTHROW(PageFolder::check_folder_path((s.dir / "new").string(), false));
  fs::create_directory(s.dir / "empty");
  CHECK_NOTHROW(PageFolder::check_folder_path((s.dir / "empty").string(), true));  // an empty folder holds nothing to lose

  PageFolder again((ours.string() + "/"), true);  // "ours/" is the folder "ours"
  again.write("index.html", kRoutecheckIndex);
  again.commit();
  CHECK_FALSE(fs::exists(ours / "row-00009.html"));  // the old pages went with the old folder
  CHECK(slurp(theirs / "index.html") == "<html>someone's own site</html>");
  CHECK(s.names() == std::vector<std::string>{"empty", "file.html", "ours", "theirs"});
}

TEST_CASE("a batch's index counts each verdict in words, links each page, keeps a bad row's error", "[report]") {
  const std::vector<IndexRow> rows{{1, "", "Seoul → Busan by rail", "plausible", "row-00001.html", ""},
                                   {2, "", "", "", "", "--from 'Xq': no place named 'Xq'"},
                                   {3, "", "London → Edinburgh by rail", "inconsistent", "row-00003.html", ""},
                                   {4, "", "Paris → Berlin by air", "plausible", "row-00004.html", ""}};
  const std::string page = routecheck::report::index_page(rows, false, {});
  CHECK(page == routecheck::report::index_page(rows, false, {}));  // the same bytes each time
  CHECK(count(page, "<tr data-row=") == 4);
  CHECK(count(page, "href=\"row-0000") == 3);
  CHECK(page.find("2 <span class=\"verdict v-plausible\" data-verdict=\"plausible\">plausible</span>") != std::string::npos);
  CHECK(page.find("1 <span class=\"verdict v-inconsistent\"") != std::string::npos);
  CHECK(page.find("no place named &#39;Xq&#39;") != std::string::npos);
  CHECK(page.find("data-verdict=\"error\"") != std::string::npos);
  CHECK(page.find("<meta name=\"generator\" content=\"routecheck\">") != std::string::npos);  // what --overwrite looks for

  const std::string stories =
      routecheck::report::index_page({{1, "wire/<1>", "1 trip: Seoul → Busan", "plausible", "story-00001.html", ""}}, true, {});
  CHECK(stories.find("wire/&lt;1&gt;") != std::string::npos);  // the story's id, escaped
  CHECK(stories.find("<h1>Story checks</h1>") != std::string::npos);
}
