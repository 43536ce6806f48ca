// Results -> pages: one self-contained HTML file per claim or story (inline CSS and SVG map, no script, no
// network), printable on A4 and Letter, readable at a phone's width. Owns the page's markup only: what a
// page says comes from the result's JSON object (the README's documented schema, the same values --json
// prints) and the map the layers stage draws, so a page never disagrees with the text or the JSON.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace routecheck::report {

// One row of geodata/sources.tsv: the data a result is built from, with its licence and attribution.
struct Source {
  std::string id, package, version, licence, attribution;
};
// The sources routecheck ships with (geodata/sources.tsv, embedded at build time).
const std::vector<Source>& shipped_sources();
std::vector<Source> parse_sources(const std::string& tsv);

// A trip's map: the SVG document the layers stage drew ("" when there is none) and why there is none.
struct MapPicture {
  std::string svg;
  std::string missing_why;
};

// A claim's page from its JSON object (verdicts::report_json).
std::string claim_page(const nlohmann::ordered_json& check, const MapPicture& map, const std::vector<Source>& sources);

// A story's page: its plain text (the offsets of `article` count bytes in it), the article JSON object
// (article::article_json), one map per trip, and the story's overall verdict.
std::string article_page(const std::string& text, const nlohmann::ordered_json& article, const std::vector<MapPicture>& maps,
                         const std::string& overall_verdict, const std::vector<Source>& sources);

// One row of a batch's index page (--batch --report DIR).
struct IndexRow {
  std::size_t number = 0;  // the table's row number, or the story's place in the batch (1, 2, ...)
  std::string id;          // the story's id; empty for claims
  std::string what;        // the claim in words (claim_in_words), or the story's trips in words
  std::string verdict;     // empty when the row could not be checked
  std::string page;        // its page's file name in the folder; empty when it has none
  std::string error;       // why it could not be checked
};
// The index: how many rows of each verdict, then every row in batch order with its verdict (word and
// colour) and a link to its page. `stories` names the rows stories (an id column) rather than claims.
std::string index_page(const std::vector<IndexRow>& rows, bool stories, const std::vector<Source>& sources);

// A claim as given, in words: "Pyongyang → Vladivostok by rail; distance 683 miles".
std::string claim_in_words(const nlohmann::ordered_json& check);

// Refuses a page path before any work is done: not .html/.htm, an existing file without `overwrite`, or a
// folder that cannot take it (missing, read-only): InputError "--report 'PATH': WHY".
void check_page_path(const std::string& path, bool overwrite);
// Writes a page whole or not at all (temporary file, then rename).
void write_page(const std::string& path, const std::string& html, bool overwrite);

// The words a map's alt text gives for a claim's route ("rail from Pyongyang (KP) to Vladivostok (RU), 684 km
// in a straight line, over North Korea, Russia").
std::string route_in_words(const nlohmann::ordered_json& check);

}  // namespace routecheck::report
