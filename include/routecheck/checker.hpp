// routecheck::Checker: the library's one entry point. Geocode names, route between places, check a travel
// claim or a table of claims, read a story, write map layers: the pipeline the CLI, the Python module and any
// C++ program call alike, so every caller gets the same answer for the same claim.
//
// Thread-safety: a Checker may be shared between threads; its calls are serialized by an internal mutex (the
// gazetteer's SQLite handles and the resolver's caches are not safe for concurrent use). For parallel work,
// make one Checker per thread (opening one costs a few milliseconds). Results are plain values, safe to read
// from any thread. Errors: routecheck::InputError (routecheck/error.hpp) for anything a caller can fix, with
// a one-line message; never an exit status, never a message on stderr.
#pragma once
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "routecheck/config.hpp"
#include "routecheck/error.hpp"
#include "routecheck/export.hpp"
#include "routecheck/types.hpp"

namespace routecheck {

// How a table of claims is written back: CSV rows (a header first), or one JSON object per line.
enum class TableFormat { csv, ndjson };

class ROUTECHECK_API Checker {
 public:
  // Opens the gazetteers (throws InputError naming the first that is missing or corrupt) and reads the mode
  // profiles; networks, sea lanes and the GDAL module are opened on first use.
  explicit Checker(Config config = {});
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  const Config& config() const;

  // Ranked candidates for a place name as news writes it ("Khasan, Russia"). Not found is no error: the
  // result has no candidates (and suggestions). Throws InputError for an empty or over-long name.
  GeocodeResult geocode(std::string_view name, const GeocodeOptions& options = {}) const;

  // Legs between two or more places (names or "LAT,LON"), on the network the mode runs on (the configured
  // network file for rail and road, the sea lanes for ships), with the countries under the line.
  RouteResult route(const std::vector<std::string>& places, const std::string& mode = "") const;

  // One claim: the places resolved (stations of the configured network first), the figures read, the legs
  // put on the network the mode runs on, the countries under the line filled, each relation checked.
  CheckResult check(const ClaimInput& claim) const;

  // A table of claims (CSV, semicolon- or tab-separated, with a header; columns of the table's own pass
  // through): every row checked as check() does (its countries only with Config::countries_in_tables), one
  // output row each written through `write`;
  // a bad row is reported through `bad_row` and in its output row, and the others go on.
  // With `layers` (files only, no map), one layer set for the whole table is written once it is read, each
  // feature with the output row it comes from in its first field, "row"; InputError when no row was checked.
  // With `pages`, a folder of pages: index.html, and row-N.html for each checked row N (countries included,
  // as check() gives them); a row that could not be checked is in the index with its error.
  BatchSummary check_table(std::istream& table, TableFormat format, const std::function<void(std::string_view)>& write,
                           const std::function<void(std::size_t row, const std::string& message)>& bad_row,
                           const LayerOutput* layers = nullptr, const ReportFolder* pages = nullptr) const;

  // A story (plain text, Markdown or simple HTML, UTF-8): its places, figures and trips, each trip checked
  // as check() does, countries included.
  // `story_date` ("YYYY-MM-DD", or empty) dates the story when its text does not: the day its weekdays
  // and times count from.
  // The text is taken by value and cleaned in place: hand a long story over with std::move, and it is not
  // held twice.
  ArticleResult read_article(std::string text, const std::string& story_date = "") const;
  // The same story written through `write`, piece by piece, as to_text (json false) or to_json writes
  // read_article's result (no final newline), without holding it: each trip is checked as it is written,
  // so a long story's memory stays within about 20 bytes a byte of text (README "Limits": 18 in the CLI,
  // which maps large buffers on their own; about 22 with glibc's default malloc settings). Returns the
  // result's verdict.
  Verdict write_article(std::string text, bool json, const std::function<void(std::string_view)>& write,
                        const std::string& story_date = "") const;
  // Many stories: a directory of .txt/.md/.html files or an NDJSON file of {"id", "text"} (ndjson_text holds
  // the NDJSON when `source` is "-"); one JSON line per story through `write`; a story that cannot be read
  // is reported through `bad` and the others go on. With `pages`, a folder of pages: index.html and
  // story-N.html for the Nth story of the batch (the index gives each its id). `threads` stories are read at
  // once (0: one per core), each further thread with its own gazetteer handles (opened when the batch is large enough to
  // repay them); the output is the same for any number, in batch order, and `write` and `bad` are called on
  // the calling thread only. The Config's notice may then be called from those threads, one call at a time.
  BatchSummary read_articles(const std::string& source, const std::string& ndjson_text,
                             const std::function<void(std::string_view)>& write,
                             const std::function<void(const std::string& id, const std::string& message)>& bad,
                             const std::string& story_date = "", const ReportFolder* pages = nullptr,
                             unsigned threads = 1) const;

  // Map layers (places, legs, route, border crossings) and an SVG map of a result. Files are written to
  // temporary names and renamed at the end; an existing file is refused unless output.overwrite.
  void write_layers(const RouteResult& result, const LayerOutput& output) const;
  void write_layers(const CheckResult& result, const LayerOutput& output) const;
  // Every trip of the story, numbered in each layer's field "claim". Throws InputError when it has none.
  void write_layers(const ArticleResult& result, const LayerOutput& output) const;

  // A self-contained HTML page of a result (README "Reports"): inline CSS and the SVG map, no script, no
  // network; the same result gives the same bytes. A story's page marks its places and figures and shows
  // each trip as a card. A map that cannot be drawn is said so on the page, not thrown.
  std::string report_page(const CheckResult& result) const;
  std::string report_page(const ArticleResult& result) const;
  // The page written to `html_path` (.html or .htm) through a temporary file and a rename; InputError for
  // another extension, an existing file without `overwrite`, or a folder that cannot take it.
  void write_report(const CheckResult& result, const std::string& html_path, bool overwrite = false) const;
  void write_report(const ArticleResult& result, const std::string& html_path, bool overwrite = false) const;
  // The same refusals before any work, so a caller can say no before reading a gazetteer or a story.
  static void check_report_path(const std::string& html_path, bool overwrite = false);
  // A batch's page folder refused before any work: a file there, an existing folder without overwrite, a
  // folder routecheck did not write, a parent that cannot take it (InputError "--report 'DIR': WHY").
  static void check_report_folder(const ReportFolder& pages);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace routecheck
