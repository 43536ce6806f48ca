// Tokens -> place mentions: capitalised spans (longest first) looked up exactly in the gazetteer, with
// every reading the geocoder offers, guarded against people, titles and calendar words (article_cues.tsv).
// Which reading a mention takes is decided later, in context (place_context.hpp).
#pragma once
#include <vector>

#include "article/reader.hpp"
#include "article/tokens.hpp"
#include "gazetteer/geocoder.hpp"

namespace routecheck::article {

struct Mention {
  PlaceMention m;  // where it is; its place and reason once settled
  std::vector<gazetteer::Candidate> candidates;  // the geocoder's readings, best first (never empty)
  bool demonym = false;                          // "Russian", "Americans": a mention of the country
  bool dateline = false;                         // "NEW DELHI, March 3 (Reuters) -": where the story was filed
  bool border = false;                           // "the Polish border", "the border with Poland": the country's land border
};

// Mentions in text order. A qualifier after a comma ("Moscow, Idaho") narrows the name and is a
// mention of its own, right after it.
std::vector<Mention> spot_places(const Document& doc, const gazetteer::Geocoder& geocoder);

bool is_country(const gazetteer::Place& p);

}  // namespace routecheck::article
