// The words a story is read by (geodata/article_cues.tsv, compiled in): cue phrases before a route's
// ends, mode words, words that are never places or never travel figures. Matching them on tokens.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "article/tokens.hpp"

namespace routecheck::article {

using Phrase = std::vector<std::string>;  // lower-case words

// Looks strings up by a token's view (std::unordered_map::find(std::string_view)).
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Cues {
  std::map<std::string, std::vector<Phrase>> by_kind;  // each kind's phrases, longest first
  // Every phrase by its first word, with its kind (kinds in by_kind order, phrases longest first): a
  // reader scanning tokens looks up only the phrases that can start at each.
  std::unordered_map<std::string, std::vector<std::pair<const std::string*, const Phrase*>>, ViewHash, std::equal_to<>> by_first_word;
  std::set<std::string, std::less<>> not_place, person_name, person_title, feature_noun, not_capital_after;

  static const Cues& get();
  const std::vector<Phrase>& phrases(const std::string& kind) const;
  // Whether a lower-case word is one of the single words of `kind` ("cue_filler", "pair_joiner", ...).
  bool is(const std::string& kind, std::string_view lower_word) const;

 private:
  std::map<std::string, std::set<std::string, std::less<>>> single_words_;  // the one-word phrases of each kind
};

// True when the tokens from `at` spell `phrase`, within one sentence.
bool matches_at(const Tokens& tokens, std::size_t at, const Phrase& phrase);
// True when a phrase of `kind` starts at token `at`.
bool any_phrase_at(const Tokens& tokens, std::size_t at, const std::string& kind);
// A cue phrase of `kind` ending just before token `at` (allowing filler words such as "the port city
// of" between); returns the phrase's first token, or npos. `qualifier_start`, when given, says where a
// qualifier that ends just before a token starts ("the Polish border crossing at": a demonym or a country
// named on the way), or npos: such words are passed over too.
std::size_t cue_before(const Tokens& tokens, std::size_t at, const std::string& kind,
                       const std::function<std::size_t(std::size_t end)>& qualifier_start = {});
// The first token of sentence `sentence` where a phrase of `kind` starts, or npos.
std::size_t first_phrase_in(const Document& doc, std::size_t sentence, const std::string& kind);

}  // namespace routecheck::article
