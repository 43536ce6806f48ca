// Tokens -> place mentions: capitalised spans (longest first) looked up exactly in the gazetteer, with
// every reading the geocoder offers, guarded against people, titles and calendar words (article_cues.tsv).
// Which reading a mention takes is decided later, in context (place_context.hpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "article/reader.hpp"
#include "article/tokens.hpp"
#include "gazetteer/geocoder.hpp"

namespace routecheck::article {

// A mention's readings, best first: one list for every mention of the same name (a story repeats its
// places, and a list is up to ten places of about 500 bytes each).
class Candidates {
 public:
  Candidates() = default;
  explicit Candidates(std::shared_ptr<const std::vector<gazetteer::Candidate>> list) : list_(std::move(list)) {}
  std::size_t size() const { return list_->size(); }
  const gazetteer::Candidate& operator[](std::size_t k) const { return (*list_)[k]; }
  const gazetteer::Candidate& front() const { return list_->front(); }
  std::vector<gazetteer::Candidate>::const_iterator begin() const { return list_->begin(); }
  std::vector<gazetteer::Candidate>::const_iterator end() const { return list_->end(); }

 private:
  std::shared_ptr<const std::vector<gazetteer::Candidate>> list_;
};

// One copy of each place and reason the story's mentions take (PlaceMention::place, ::reason): a long
// story names the same places again and again, for the same reasons.
class SharedValues {
 public:
  std::shared_ptr<const gazetteer::Place> place(const gazetteer::Place& p);
  std::shared_ptr<const std::string> text(std::string s);

 private:
  std::unordered_map<std::int64_t, std::vector<std::shared_ptr<const gazetteer::Place>>> places_;  // by fid
  std::unordered_map<std::string_view, std::shared_ptr<const std::string>> texts_;
};

struct Mention {
  PlaceMention m;  // where it is; its place and reason once settled
  Candidates candidates;  // the geocoder's readings, best first (never empty)
  bool demonym = false;                          // "Russian", "Americans": a mention of the country
  bool dateline = false;                         // "NEW DELHI, March 3 (Reuters) -": where the story was filed
  bool border = false;                           // "the Polish border", "the border with Poland": the country's land border
  bool qualifier = false;                        // "Moscow, Idaho": the state or country that narrows the name before it
  bool to_next = false;                          // "from the Canaries to Antigua": the next mention is joined to it by "to"
  // Read only by an obscure other name of a place far from all the story's others, in a country the
  // story does not name ("the border at Boten" read as Boteni, Romania): no trip's end (place_context).
  bool far_alternate = false;
};

// "the Fortis Malar Hospital": capitalised words ending in an institution word (article_cues.tsv
// institution_word) that the gazetteer has no place of; placed in the story's city once its places are
// settled (place_institutions). `word` is the institution word, in lower case.
struct InstitutionSpan {
  std::size_t first_token = 0, last_token = 0;
  std::string word;
  std::string name;  // the full name where the span is its acronym ("AIIMS"), else empty: the span's text
  // "Douglas County Hospital": a town or county opens the name and is a mention of its own (first_token
  // on), which place_institutions keeps where it fits the story's town and replaces where it does not.
  bool opening_mention = false;
};

// Mentions in text order. A qualifier after a comma ("Moscow, Idaho") narrows the name and is a
// mention of its own, right after it. Institutions go to `institutions` when given, else are passed over.
std::vector<Mention> spot_places(const Document& doc, const gazetteer::Geocoder& geocoder,
                                 std::vector<InstitutionSpan>* institutions = nullptr);

using gazetteer::is_country;

}  // namespace routecheck::article
