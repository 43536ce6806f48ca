// Article -> claims: what a careful reader takes from a travel story. The places it names (settled in
// context, each with its reason), the travel figures it gives, the route they describe (origin,
// destination, via points, mode, a stop mentioned), and the claims they make, checked as `check` does.
#pragma once
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
struct PlaceMention {
  std::size_t start = 0, end = 0;  // byte offsets in the text
  std::string text;
  std::shared_ptr<const gazetteer::Place> place;
  std::shared_ptr<const std::string> reason;
  std::size_t sentence = 0;
  std::size_t first_token = 0, last_token = 0;
};

// What a figure is to the trip it belongs to; size (a length, a height, a gauge), comparison (a difference),
// interval (a frequency), event (an event's length, "a two-day visit"), period (years: "for 50 years") and
// placement (a distance that places something: "200 miles north of the capital") are no trip's figures.
enum class FigureRole { travel, top_speed, stop, size, comparison, interval, event, period, placement };
inline bool is_trip_figure(FigureRole role) {
  return role == FigureRole::travel || role == FigureRole::top_speed || role == FigureRole::stop;
}
const char* to_string(FigureRole role);

struct FigureMention {
  std::size_t start = 0, end = 0;
  std::string text;
  quantities::Quantity quantity;
  std::size_t sentence = 0;
  FigureRole role = FigureRole::travel;
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
  std::vector<ArticleClaim> claims;
  std::vector<LeftOut> left_out;  // in text order within each kind: places first, then figures
};

// The default cap on one story's size (bytes); `article --max-bytes` changes it. A long feature is
// 100 kB; the cap keeps memory bounded (reading costs about 100 bytes of memory a byte of text).
inline constexpr std::size_t kDefaultMaxArticleBytes = 8 << 20;

// Trips by ship run on `sea_lanes` when given (routes::SeaLanes), else on the straight line.
// `story_date` (article --date) anchors the story's weekdays when the text gives no date of its own.
// `borders` places a trip's end "to the Polish border" on that land border, nearest the other end; without
// it such an end is the country.
ArticleResult read_article(std::string_view original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes, const routes::SeaLanes* sea_lanes = nullptr,
                           const std::optional<date::year_month_day>& story_date = std::nullopt,
                           const routes::BorderLocator* borders = nullptr);

// Many stories: every .txt/.md/.markdown/.html/.htm file of a directory (sorted), or NDJSON lines
// {"id", "text"} from a file or text. Each is read and checked; one JSON line per story, with its id, goes
// to `write`; a story that cannot be read (an unreadable or oversized file, a line that is not a JSON
// object with a "text" string, text that is not UTF-8) gets {"id", "line", "error"} and a message through
// `bad`, and the others go on. Returns the exit status: the worst claim's, or 2 when any story was bad.
// Stories larger than max_bytes are refused one by one.
// Pass this as the path when the NDJSON comes in `ndjson_text` (read from standard input).
inline constexpr const char* kStandardInput = "standard input";
int read_articles(const std::string& directory_or_ndjson_path, const std::string& ndjson_text,
                  const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& modes,
                  const std::function<void(std::string_view)>& write,
                  const std::function<void(const std::string& id, const std::string& message)>& bad,
                  std::size_t max_bytes = kDefaultMaxArticleBytes, const routes::SeaLanes* sea_lanes = nullptr,
                  const std::optional<date::year_month_day>& story_date = std::nullopt,
                  const routes::BorderLocator* borders = nullptr);

// Outputs: the human report, and the JSON object of README "article --json".
std::string article_text(const ArticleResult& result);
std::string article_json(const ArticleResult& result);  // the text of article_value() (article/report_json.hpp)
// The worst of the claims' verdicts (consistent when there is none), and the exit status it gives.
verdicts::Verdict overall_verdict(const ArticleResult& result);
int exit_status(const ArticleResult& result);

}  // namespace routecheck::article
