// Cue phrases (geodata/article_cues.tsv) and matching them on tokens (see cues.hpp).
#include "article/cues.hpp"
#include "article/weights.hpp"
#include "article/mode_words.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace routecheck::article {

extern const char* const kArticleCuesTsv;  // generated from geodata/article_cues.tsv

const Cues& Cues::get() {
  static const Cues cues = [] {
    Cues c;
    for (const text::TableRow& row : text::table_rows(kArticleCuesTsv, "geodata/article_cues.tsv", 2, "kind<TAB>phrase")) {
      const auto& f = row.fields;
      c.by_kind[std::string(f[0])].push_back(text::words(f[1]));
      if (f[0] == "not_place") c.not_place.insert(std::string(f[1]));
      if (f[0] == "person_name") c.person_name.insert(std::string(f[1]));
      if (f[0] == "person_title") c.person_title.insert(std::string(f[1]));
      if (f[0] == "feature_noun") c.feature_noun.insert(std::string(f[1]));
      if (f[0] == "not_capital_after") c.not_capital_after.insert(std::string(f[1]));
    }
    for (auto& [kind, phrases] : c.by_kind)  // longest first
      std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
    for (const auto& [kind, phrases] : c.by_kind)
      for (const Phrase& p : phrases) {
        if (!p.empty()) c.by_first_word[p.front()].emplace_back(&kind, &p);
        if (p.size() == 1) c.single_words_[kind].insert(p.front());
      }
    // Longest first across kinds too: "flying scotsman" (a train) before "flying" (a flight).
    for (auto& [word, list] : c.by_first_word)
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second->size() > b.second->size(); });
    return c;
  }();
  return cues;
}

bool Cues::is(const std::string& kind, std::string_view lower_word) const {
  auto it = single_words_.find(kind);
  return it != single_words_.end() && it->second.count(lower_word) > 0;
}

const std::vector<Phrase>& Cues::phrases(const std::string& kind) const {
  static const std::vector<Phrase> none;
  auto it = by_kind.find(kind);
  return it == by_kind.end() ? none : it->second;
}

bool matches_at(const Tokens& tokens, std::size_t at, const Phrase& phrase) {
  if (at + phrase.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (tokens[at + k].lower() != phrase[k] || tokens[at + k].sentence != tokens[at].sentence) return false;
  return true;
}

bool any_phrase_at(const Tokens& tokens, std::size_t at, const std::string& kind) {
  const auto& index = Cues::get().by_first_word;
  auto it = index.find(tokens[at].lower());
  if (it == index.end()) return false;
  for (const auto& [phrase_kind, p] : it->second)
    if (*phrase_kind == kind && matches_at(tokens, at, *p)) return true;
  return false;
}

std::size_t cue_before(const Tokens& tokens, std::size_t at, const std::string& kind,
                       const std::function<std::size_t(std::size_t end)>& qualifier_start) {
  std::size_t end = at;
  for (std::size_t skipped = 0; skipped <= weights().max_filler_tokens && end > 0; ++skipped) {
    for (const Phrase& p : Cues::get().phrases(kind))
      if (end >= p.size() && matches_at(tokens, end - p.size(), p) && tokens[end - p.size()].sentence == tokens[at].sentence)
        return end - p.size();
    const Token& prev = tokens[end - 1];
    if (prev.sentence != tokens[at].sentence) break;
    // "before continuing by road to Jos", "then travelled by train to Y": a continuation with the leg's
    // means between its verb and "to" (trial O: the leg was lost, and its distance went to the flight
    // before it). Up to three words after "by" ("by high - speed train").
    if (kind == "continuation" && prev.lower() == "to" && end >= 3) {
      constexpr std::size_t kMeansWords = 3;
      for (std::size_t n = 1; n <= kMeansWords && end >= n + 2; ++n) {
        const std::size_t by = end - 2 - n;
        if (tokens[by].lower() != "by" || tokens[by].sentence != tokens[at].sentence) continue;
        for (const Phrase& p : Cues::get().phrases(kind)) {
          if (p.size() < 2 || p.back() != "to" || by < p.size() - 1) continue;
          const Phrase verb(p.begin(), p.end() - 1);
          if (matches_at(tokens, by - verb.size(), verb) && tokens[by - verb.size()].sentence == tokens[at].sentence) return by - verb.size();
        }
      }
    }
    if (qualifier_start) {
      const std::size_t start = qualifier_start(end);
      if (start < end) {
        end = start;
        continue;
      }
    }
    // "to PGIMER in Chandigarh", "from Apollo Hospital at Greams Road": an institution or a station the
    // gazetteer lacks, named between an end's cue and the place it stands in (up to four capitalised words).
    if ((kind == "destination" || kind == "origin") && (prev.lower() == "in" || prev.lower() == "at")) {
      std::size_t k = end - 1, words = 0;
      while (k > 0 && words < 4 && tokens[k - 1].kind == TokenKind::word && tokens[k - 1].capital && tokens[k - 1].sentence == tokens[at].sentence)
        --k, ++words;
      if (words > 0)
        for (const Phrase& p : Cues::get().phrases(kind))
          if (k >= p.size() && matches_at(tokens, k - p.size(), p) && tokens[k - p.size()].sentence == tokens[at].sentence) return k - p.size();
    }
    // "boarded a train in Vienna", "got off the bus at Salzburg": a verb of boarding or leaving a vehicle
    // (cue origin_with_vehicle, destination_with_vehicle), the vehicle's words, then "in" or "at".
    if ((kind == "destination" || kind == "origin") && (prev.lower() == "in" || prev.lower() == "at") && end >= 3) {
      constexpr std::size_t kVehicleWords = 6;  // "a night bus", "the high - speed train"
      const std::vector<Phrase>& verbs = Cues::get().phrases(kind + "_with_vehicle");
      bool vehicle = false;
      for (std::size_t v_end = end - 2; v_end + kVehicleWords + 1 >= end && v_end > 0; --v_end) {
        const Token& w = tokens[v_end];
        if (w.sentence != tokens[at].sentence || w.capital) break;
        vehicle = vehicle || mode_word_at(tokens, v_end).has_value();
        if (!vehicle) continue;
        for (const Phrase& p : verbs)
          if (v_end >= p.size() && matches_at(tokens, v_end - p.size(), p) && tokens[v_end - p.size()].sentence == tokens[at].sentence)
            return v_end - p.size();
      }
    }
    // "to Italy's Capri": a capitalised possessive between the cue and the place.
    if (prev.lower() == "s" && end >= 3 && (tokens[end - 2].text() == "'" || tokens[end - 2].text() == "\u2019") &&
        tokens[end - 3].kind == TokenKind::word && tokens[end - 3].capital && tokens[end - 3].end == tokens[end - 2].start) {
      end -= 3;
      continue;
    }
    // "the Russian border city of", "the Greek island of": a capitalised word (a people's or a region's)
    // before a filler noun, or one ending as most demonyms do.
    const bool before_filler_noun = end < tokens.size() && tokens[end].kind == TokenKind::word && !tokens[end].capital &&
                                    Cues::get().is("cue_filler_noun", tokens[end].lower());
    if (!(Cues::get().is("cue_filler", prev.lower()) ||
          (prev.kind == TokenKind::word && prev.capital && prev.lower().size() > 3 && (prev.lower().back() == 'n' || before_filler_noun))))
      break;
    --end;
  }
  return std::string::npos;
}

std::size_t first_phrase_in(const Document& doc, std::size_t sentence, const std::string& kind) {
  if (sentence >= doc.sentences.size()) return std::string::npos;
  for (std::size_t i = doc.sentences[sentence].first; i < doc.sentences[sentence].second; ++i)
    if (any_phrase_at(doc.tokens, i, kind)) return i;
  return std::string::npos;
}

}  // namespace routecheck::article
