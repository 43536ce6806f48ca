// Words -> modes (see mode_words.hpp): one vocabulary for the reader of stories and for check --mode.
#include "article/mode_words.hpp"

#include <algorithm>
#include <cctype>

#include "article/cues.hpp"

namespace routecheck::article {

namespace {

// A form of a one-word mode word the table does not list: its plural ("ferries", "jeeps"), or for a way
// of going on foot, by bike or swimming, the people who go so ("walkers", "hikers", "trekkers", "marchers").
// The kind of the mode word ("mode.walk"), or nullptr.
// A plural or third person ("ferries", "runs") is as weak a mode word as its stem (weak_mode_word): "the
// service runs from Leeds" made a walk, as "run" does not; the people who go so ("runners") are strong.
const std::string* mode_of_word_form(std::string_view word, bool& weak, std::string& stem_read) {
  weak = false;
  // Every form ends in -s or -er: most words of a story are passed over here, before any lookup.
  if (word.size() < 4 || (word.back() != 's' && word.substr(word.size() - 2) != "er")) return nullptr;
  const Cues& cues = Cues::get();
  const auto one_word_mode = [&](std::string_view stem, bool walk_only) -> const std::string* {
    const auto it = cues.by_first_word.find(stem);
    if (it == cues.by_first_word.end()) return nullptr;
    for (const auto& [kind, p] : it->second)
      if (p->size() == 1 && kind->rfind("mode.", 0) == 0 &&
          (!walk_only || *kind == "mode.walk" || *kind == "mode.cycling" || *kind == "mode.swimming"))
        return kind;
    return nullptr;
  };
  const auto ends_with = [&](std::string_view end) { return word.size() > end.size() + 2 && word.substr(word.size() - end.size()) == end; };
  const auto without = [&](std::size_t n) { return word.substr(0, word.size() - n); };
  // Plurals: "ferries", "coaches", "jeeps".
  for (const auto& [ending, replaced] : {std::pair{std::string_view("ies"), std::string_view("y")}, std::pair{std::string_view("es"), std::string_view()},
                                         std::pair{std::string_view("s"), std::string_view()}}) {
    if (!ends_with(ending)) continue;
    const std::string stem = std::string(without(ending.size())) + std::string(replaced);
    if (const std::string* kind = one_word_mode(stem, false)) {
      weak = cues.is("weak_mode_word", stem);
      stem_read = stem;
      return kind;
    }
  }
  // The people who go so: "walkers" (walk), "hikers" (hike), "trekkers" (trek).
  for (const std::string_view agent : {std::string_view("ers"), std::string_view("er")}) {
    if (!ends_with(agent)) continue;
    const std::string_view stem = without(agent.size());
    if (const std::string* kind = one_word_mode(stem, true)) return kind;
    if (const std::string* kind = one_word_mode(std::string(stem) + "e", true)) return kind;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2])
      if (const std::string* kind = one_word_mode(stem.substr(0, stem.size() - 1), true)) return kind;
    return nullptr;
  }
  return nullptr;
}

// Token i is an airline designator in capitals (geodata/article_cues.tsv, airline_code) with the flight's
// number right after it, no space between: "BA117".
bool is_flight_number(const Tokens& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::word || t.text().size() != 2 || !std::isupper(static_cast<unsigned char>(t.text()[1])) || !t.capital ||
      i + 1 >= tokens.size())
    return false;
  const Token& number = tokens[i + 1];
  return number.kind == TokenKind::number && number.start == t.end && number.text().size() <= 4 &&
         std::all_of(number.text().begin(), number.text().end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         Cues::get().is("airline_code", t.lower());
}

// The weak mode word at i ("runs") is said of a service, a line or a road, or is the noun of a stretch
// ("a run of 500 miles"): one of them right before it
// (cue not_traveller_before), or with a word between (cue not_traveller_between: "the line that runs",
// "the service also runs"); that word alone is a runner's as often ("she also runs").
bool runs_as_no_traveller(const Tokens& tokens, std::size_t i) {
  const Cues& cues = Cues::get();
  if (i > 0 && cues.is("not_traveller_before", tokens[i - 1].lower())) return true;
  // "a run of 500 miles", "the run of 12 hours": the noun, a stretch of any trip's, names no runner.
  // ("set off on a run of 50 miles" is a runner's).
  if (i > 0 && i + 1 < tokens.size() && cues.is("determiner", tokens[i - 1].lower()) && tokens[i + 1].lower() == "of" &&
      !(i > 1 && tokens[i - 2].lower() == "on"))
    return true;
  // "the route round the Cape runs to about 11,800 nautical miles": a length amounts to a figure, no one runs.
  if (i + 2 < tokens.size() && tokens[i + 1].lower() == "to" &&
      (tokens[i + 2].kind == TokenKind::number || cues.is("figure_softener", tokens[i + 2].lower())))
    return true;
  return i > 1 && cues.is("not_traveller_between", tokens[i - 1].lower()) && cues.is("not_traveller_before", tokens[i - 2].lower());
}

}  // namespace

// The profile cue vehicle_profile.* gives the words of `phrase` ("container ship": cargo_ship), or "".
std::string vehicle_profile_of(const Phrase& phrase) {
  constexpr std::string_view kKind = "vehicle_profile.";
  const Cues& cues = Cues::get();
  if (phrase.empty()) return {};
  if (auto it = cues.by_first_word.find(phrase.front()); it != cues.by_first_word.end())
    for (const auto& [kind, p] : it->second)
      if (*p == phrase && kind->rfind(kKind, 0) == 0) return kind->substr(kKind.size());
  return {};
}

namespace {

// cue service_suffix rows ("train" -> rail), read once: the ending and its broad mode.
const std::vector<std::pair<std::string, std::string>>& service_suffixes() {
  static const std::vector<std::pair<std::string, std::string>> table = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Phrase& p : Cues::get().phrases("service_suffix.rail")) out.emplace_back(p.front(), "rail");
    return out;
  }();
  return table;
}

}  // namespace

std::optional<ModeWordAt> mode_word_at(const Tokens& tokens, std::size_t i) {
  const Cues& cues = Cues::get();
  // "BA117", "LH400": an airline's designator written together with a number is a flight by airliner.
  if (is_flight_number(tokens, i)) return ModeWordAt{"air", i, i + 1, false, "airliner"};
  // "the Vivek Express", "the Howrah Mail": a train's name, a capitalised word then the word naming it a
  // service (cue named_train_last), unless a paper or a firm ("the Daily Mail": cue not_train_before).
  if (tokens[i].capital && i > 0 && tokens[i - 1].capital && tokens[i - 1].kind == TokenKind::word &&
      tokens[i - 1].sentence == tokens[i].sentence && cues.is("named_train_last", tokens[i].lower()) &&
      !cues.is("not_train_before", tokens[i - 1].lower()))
    return ModeWordAt{"rail", i - 1, i, false, ""};
  // "the AVE", "an XPT": a train known by capitals that are a word in lower case.
  if (const Token& t = tokens[i]; t.kind == TokenKind::word && t.capital && t.text().size() >= 2 &&
                                  std::all_of(t.text().begin(), t.text().end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                                  cues.is("rail_in_capitals", t.lower()))
    return ModeWordAt{"rail", i, i, false, ""};
  // "the Gautrain", "Caltrain", "Skytrain": a service's name made of a word and "train" (cue
  // service_suffix), capitalised and one word; not "Strain" or "Restrain".
  if (const Token& t = tokens[i]; t.kind == TokenKind::word && t.capital)
    for (const auto& [suffix, mode] : service_suffixes())
      if (const std::string_view w = t.lower(); w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix &&
                                               !cues.is("service_suffix_not_after", std::string(w.substr(w.size() - suffix.size() - 1, 1))))
        return ModeWordAt{mode, i, i, false, ""};
  if (auto it = cues.by_first_word.find(tokens[i].lower()); it != cues.by_first_word.end())
    for (const auto& [kind, p] : it->second)
      if (matches_at(tokens, i, *p) && kind->rfind("mode.", 0) == 0) {  // the longest phrase starting there
        const bool weak = any_phrase_at(tokens, i, "weak_mode_word");
        // "the service runs from Leeds": a service, a line or a road runs, no traveller.
        if (weak && runs_as_no_traveller(tokens, i)) return std::nullopt;
        return ModeWordAt{kind->substr(5), i, i + p->size() - 1, weak, vehicle_profile_of(*p)};
      }
  // A form of a mode word ("walkers", "ferries"), also where the word starts a cue of another kind.
  bool weak = false;
  std::string stem;
  if (const std::string* kind = mode_of_word_form(tokens[i].lower(), weak, stem)) {
    if (weak && runs_as_no_traveller(tokens, i)) return std::nullopt;
    return ModeWordAt{kind->substr(5), i, i, weak, stem.empty() ? std::string() : vehicle_profile_of(Phrase{stem})};
  }
  return std::nullopt;
}

std::optional<ModeNamed> mode_named_in(std::string_view phrase) {
  const Document doc{std::string(phrase)};
  std::optional<ModeNamed> strong, weak;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (const std::optional<ModeWordAt> word = mode_word_at(doc.tokens, i)) {
      (word->weak ? weak : strong) = ModeNamed{word->mode, doc.span_text(i, word->last_token), word->profile};
      i = word->last_token;
    }
  return strong ? strong : weak;
}

}  // namespace routecheck::article
