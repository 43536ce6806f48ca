// Article -> claims: what a careful reader takes from a travel story. The places it names (settled in
// context, each with its reason), the travel figures it gives, the route they describe (origin,
// destination, via points, mode, a stop mentioned), and the claims they make, checked as `check` does.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/geocoder.hpp"
#include "quantities/quantity.hpp"
#include "routes/route.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::article {

// place and reason are shared by the mentions that take the same (never null once the places are settled).
// Offsets and indexes are 32 bits, as a Document's (a story has one mention for every 40 bytes or so, and
// they are kept for the whole reading).
struct PlaceMention {
  std::uint32_t start = 0, end = 0;  // byte offsets in the text
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0, last_token = 0;
  std::string text;
  std::shared_ptr<const gazetteer::Place> place;
  std::shared_ptr<const std::string> reason;
};

// What a figure is to the trip it belongs to; size (a length, a height, a gauge), comparison (a difference),
// interval (a frequency), event (an event's length, "a two-day visit"), period (years: "for 50 years") and
// placement (a distance that places something: "200 miles north of the capital") and weather (the speed
// of a wind or a current: "a 200 mph jet stream tailwind") are no trip's figures.
// separation: how far apart two places are ("the cities are 66 miles apart"), a claim of its own between them.
enum class FigureRole { travel, top_speed, stop, size, comparison, interval, event, period, placement, separation, weather };
inline bool is_trip_figure(FigureRole role) {
  return role == FigureRole::travel || role == FigureRole::top_speed || role == FigureRole::stop || role == FigureRole::separation;
}
const char* to_string(FigureRole role);

// quantity is shared by the figures that read the same (never null).
struct FigureMention {
  std::size_t start = 0, end = 0;
  std::string text;
  std::shared_ptr<const quantities::Quantity> quantity;
  std::size_t sentence = 0;
  FigureRole role = FigureRole::travel;
  // "after a stage of 860 km", "the 300-mile leg": a part of a journey, a trip's figure only where its
  // sentence names both of the trip's ends (cues part_before, part_after).
  bool part = false;
};

// A phrase a claim was read from, and what it gave: role "trip" (the wording naming both ends), "origin",
// "destination", "via", "mode", "stop", or a figure's kind ("distance", "speed", "duration").
struct ReadPhrase {
  std::string role;
  std::size_t start = 0, end = 0;  // byte offsets in the text
  std::string text;
};

struct ArticleClaim {
  verdicts::Claim claim;
  verdicts::Report report;
  std::vector<std::size_t> figure_indexes;  // into ArticleResult::figures
  std::vector<ReadPhrase> read_from;        // in text order of roles: trip or ends, via, mode, stop, figures
  // "from X to Y and back": the route's last place is its first again; the trip's destination is the one
  // before it.
  bool there_and_back = false;
};

// What a claim is made from: the places of its route as it reads them, the figures it takes, its mode and
// whether a stop is mentioned, and the phrases it was read from. A claim checked is about 10 kB and a story
// can state a trip every 150 bytes, so a story written as it is read keeps these (a few hundred bytes) and
// makes each claim again when it is written (make_claim, ClaimMaker).
struct ClaimRecipe {
  struct Point {
    std::size_t mention = 0;  // into ArticleResult::places: the point's query is its text
    std::shared_ptr<const gazetteer::Place> place;  // as the route reads it (an end on a border: the border's point)
    std::shared_ptr<const std::string> reason;
    std::optional<double> outline_reach_m;  // a small country's extent (routes::Waypoint)
  };
  // A phrase the claim was read from: its text is the figure's (`figure`, into ArticleResult::figures), or
  // the story's from start to end (figure npos).
  struct Phrase {
    const char* role = "";
    std::size_t start = 0, end = 0;
    std::size_t figure = static_cast<std::size_t>(-1);
  };
  std::vector<Point> points;                // origin, vias, destination
  std::vector<std::size_t> figure_indexes;  // into ArticleResult::figures, sorted; one for each slot of the claim
  std::vector<Phrase> read_from;            // as ArticleClaim::read_from
  const routes::ModeProfile* mode = nullptr;  // none when null
  bool stop_unknown = false;
  std::vector<std::string> notes;  // how the places were read (verdicts::Claim::notes)
  bool there_and_back = false;     // the last point is the origin again (ArticleClaim::there_and_back)
};

// What the reader saw but made no claim of, and why: a figure no trip took, a place no claim runs
// between ("officials in Seoul said", a dateline, a trip with no checkable figure).
enum class LeftOutKind { place, figure };
struct LeftOut {
  LeftOutKind kind = LeftOutKind::figure;
  std::size_t index = 0;  // into ArticleResult::places or ::figures
  std::string why;
};

// A time the story gives ("late on Sunday", "at 9.55 a.m. on Wednesday"), what it is to a trip (leaving,
// arriving, a later event), the claim it belongs to, and why: "after 'departed'", or "dateline".
struct TimeMention {
  timeline::TimeSpec spec;  // spec.start/end: byte offsets in the text
  std::size_t sentence = 0;
  std::size_t first_token = 0;
  std::optional<timeline::Role> role;
  std::optional<std::size_t> claim;  // into ArticleResult::claims
  std::string why;
};

struct ArticleResult {
  std::string text;  // the plain text (same offsets as the input)
  std::vector<TimeMention> times;
  std::optional<date::year_month_day> story_date;
  std::string story_date_source;  // "dateline 'September 11, 2023'", "article --date", or empty
  std::vector<PlaceMention> places;
  std::vector<FigureMention> figures;
  std::vector<ClaimRecipe> recipes;  // one for each claim, in claim order
  std::vector<ArticleClaim> claims;  // the claims made, checked and timed; empty when read without keeping them
  std::vector<LeftOut> left_out;  // in text order within each kind: places first, then figures
};

// The default cap on one story's size (bytes); `article --max-bytes` changes it. A long feature is
// 100 kB; the cap keeps memory bounded (README "Limits": reading and writing a story as the CLI does takes
// at most about 20 bytes of memory a byte of text; holding every checked trip, as read_article's result
// does, takes more when a story states many).
inline constexpr std::size_t kDefaultMaxArticleBytes = 8 << 20;

// Trips by ship run on `sea_lanes` when given (routes::SeaLanes), else on the straight line.
// `story_date` (article --date) anchors the story's weekdays when the text gives no date of its own.
// `borders` places a trip's end "to the Polish border" on that land border, nearest the other end; without
// it such an end is the country. Without `keep_claims` the result's claims are left empty, to be made one
// at a time from its recipes (ClaimMaker) as they are written.
ArticleResult read_article(std::string original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes, const routes::SeaLanes* sea_lanes = nullptr,
                           const std::optional<date::year_month_day>& story_date = std::nullopt,
                           const routes::BorderLocator* borders = nullptr, bool keep_claims = true);

// Makes a result's claims from its recipes, one at a time: each as read_article with keep_claims makes it
// (checked, with the story's times), then passed to `finish` (the facade fills the countries under it).
class ClaimMaker {
 public:
  ClaimMaker(const ArticleResult& result, const routes::SeaLanes* sea_lanes,
             std::function<void(ArticleClaim&)> finish = {});
  std::size_t size() const { return result_.recipes.size(); }
  ArticleClaim make(std::size_t claim) const;

 private:
  const ArticleResult& result_;
  const routes::SeaLanes* sea_lanes_;
  std::function<void(ArticleClaim&)> finish_;
  std::vector<std::vector<const TimeMention*>> times_;  // each claim's times, in text order
};

// What reading one story needs. A geocoder's SQLite handles and a border locator's outline caches serve one
// thread at a time, so a batch read on several threads has one set a thread.
struct StoryReader {
  const gazetteer::Geocoder& geocoder;
  const routes::ModeProfiles& modes;
  const routes::SeaLanes* sea_lanes = nullptr;
  const routes::BorderLocator* borders = nullptr;
};

// How a batch is read, beyond the first thread's StoryReader.
struct BatchOptions {
  std::size_t max_bytes = kDefaultMaxArticleBytes;               // stories larger are refused one by one
  std::optional<date::year_month_day> story_date;                // for stories that give no date of their own
  // Threads reading stories at once (1: one story after another). The output is the same, byte for byte,
  // for any number: stories are written in batch order.
  unsigned threads = 1;
  // A StoryReader for each thread after the first, made on the calling thread when the batch first has
  // stories enough for it; the reader must stay valid until read_articles returns. Empty: one thread.
  std::function<StoryReader()> another_reader;
  // Called in batch order on the calling thread with each story read (--report DIR: a page each).
  std::function<void(const std::string& id, const ArticleResult& result)> story_read;
};

// Many stories: every .txt/.md/.markdown/.html/.htm file of a directory (sorted), or NDJSON lines
// {"id", "text"} from a file or text. Each is read and checked; one JSON line per story, with its id, goes
// to `write`; a story that cannot be read (an unreadable or oversized file, a line that is not a JSON
// object with a "text" string, text that is not UTF-8) gets {"id", "line", "error"} and a message through
// `bad`, and the others go on. Returns the exit status: the worst claim's, or 2 when any story was bad.
// `write` and `bad` are called on the calling thread only, in batch order.
// Pass this as the path when the NDJSON comes in `ndjson_text` (read from standard input).
inline constexpr const char* kStandardInput = "standard input";
int read_articles(const std::string& directory_or_ndjson_path, const std::string& ndjson_text, const StoryReader& reader,
                  const std::function<void(std::string_view)>& write,
                  const std::function<void(const std::string& id, const std::string& message)>& bad,
                  const BatchOptions& options = {});

// Outputs: the human report, and the JSON object of README "article --json".
std::string article_text(const ArticleResult& result);
std::string article_json(const ArticleResult& result);  // the text of article_value() (article/report_json.hpp)
// The same written piece by piece through `write`, the claims taken one at a time from `claim_at` (the
// result's own, or a ClaimMaker's; the reference need last only until the next call): a long story's
// report is never held whole. Returns the worst verdict of the claims.
using ClaimAt = std::function<const ArticleClaim&(std::size_t)>;
verdicts::Verdict write_article_text(const ArticleResult& result, std::size_t claims, const ClaimAt& claim_at,
                                     const std::function<void(std::string_view)>& write);
verdicts::Verdict write_article_json(const ArticleResult& result, std::size_t claims, const ClaimAt& claim_at,
                                     const std::function<void(std::string_view)>& write);
// The worst of the claims' verdicts (consistent when there is none), and the exit status it gives.
verdicts::Verdict overall_verdict(const ArticleResult& result);
int exit_status(const ArticleResult& result);

}  // namespace routecheck::article
