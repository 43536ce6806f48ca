// Tokens -> place mentions (see place_spotter.hpp).
#include "article/place_spotter.hpp"

#include <map>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_map>

#include "article/cues.hpp"
#include "article/weights.hpp"
#include "article/mode_words.hpp"
#include "gazetteer/geocoder.hpp"
#include "gazetteer/not_places.hpp"
#include "quantities/units.hpp"

namespace routecheck::article {

namespace {

using CandidateList = std::shared_ptr<const std::vector<gazetteer::Candidate>>;

// A title-case dateline ("New Delhi: ...") is looked for in this many first sentences (a headline, then
// the story's first).
constexpr std::size_t kTitleCaseDatelineSentences = 2;
// An other name this short is a syllable or a code ("Wu", "Kai"), read as a place alone only.
constexpr std::size_t kShortAlternateBytes = 3;

class PlaceSpotter {
 public:
  PlaceSpotter(const Document& doc, const gazetteer::Geocoder& geocoder) : doc_(doc), tokens_(doc.tokens), geocoder_(geocoder) {
    // A headline in title case ("Ferry Cuts 30 Seconds on Run"): capitals there are no evidence of a name.
    title_case_.resize(doc.sentences.size(), false);
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      std::size_t words = 0, capitalised = 0;
      for (std::size_t k = doc.sentences[si].first; k < doc.sentences[si].second; ++k)
        if (tokens_[k].kind == TokenKind::word && tokens_[k].text().size() >= weights().title_case_min_word_bytes) {
          ++words;
          capitalised += tokens_[k].capital ? 1 : 0;
        }
      title_case_[si] = words >= weights().title_case_min_words && capitalised == words;
    }
  }

  std::vector<Mention> run() {
    mark_datelines();
    find_places();
    return std::move(mentions_);
  }

 private:
  std::string span_text(std::size_t first, std::size_t last) const { return doc_.span_text(first, last); }

  bool touching(std::size_t a, std::size_t b) const { return tokens_[a].end == tokens_[b].start; }

  // Token k + 1 is a capitalised word in token k's sentence: the run of capitals goes on.
  bool capital_word_after(std::size_t k) const {
    return k + 1 < tokens_.size() && tokens_[k + 1].kind == TokenKind::word && tokens_[k + 1].capital &&
           tokens_[k + 1].sentence == tokens_[k].sentence;
  }

  // Whether token k can be part of a name spanning tokens first..last: a capitalised word; inside, "of",
  // "de", "la" ...; a hyphen joining words ("Rostov-on-Don") and the lower-case word between two hyphens;
  // a possessive ("Land's End").
  bool inside_name(std::size_t first, std::size_t k, std::size_t last) const {
    const Token& w = tokens_[k];
    if (w.kind == TokenKind::word && w.capital) return true;
    if (k == first || k == last) return false;
    if (w.kind == TokenKind::word && (cues_.is("name_joining", w.lower()) || cues_.is("state_name_joining", w.lower()))) return true;
    if (w.text() == "-") return touching(k - 1, k) && touching(k, k + 1);
    if (w.kind == TokenKind::word && tokens_[k - 1].text() == "-" && tokens_[k + 1].text() == "-") return true;  // "-on-"
    const bool apostrophe = w.text() == "'" || w.text() == "\u2019";
    // "John o' Groats", "Land O' Lakes": a particle cut short, its apostrophe, then the name goes on.
    if (w.kind == TokenKind::word && cues_.is("name_elision", w.lower()))
      return (tokens_[k + 1].text() == "'" || tokens_[k + 1].text() == "\u2019") && touching(k, k + 1);
    if (apostrophe && cues_.is("name_elision", tokens_[k - 1].lower()) && touching(k - 1, k)) return tokens_[k + 1].capital;
    if (apostrophe) return touching(k - 1, k) && tokens_[k + 1].lower() == "s" && touching(k, k + 1);
    return w.lower() == "s" && (tokens_[k - 1].text() == "'" || tokens_[k - 1].text() == "\u2019") && touching(k - 1, k);
  }

  // The last token of a facility word right after token `last` ("airport", "railway station"), or npos.
  std::size_t facility_after(std::size_t last) const {
    for (const Phrase& p : cues_.phrases("facility_noun"))
      if (last + 1 < tokens_.size() && matches_at(tokens_, last + 1, p) && tokens_[last + 1].sentence == tokens_[last].sentence)
        return last + p.size();
    return std::string::npos;
  }

  // A phrase of `kind` ending just before token `at`, in its sentence.
  bool cue_before_adjacent(std::size_t at, const std::string& kind) const {
    for (const Phrase& p : cues_.phrases(kind))
      if (at >= p.size() && matches_at(tokens_, at - p.size(), p) && tokens_[at - p.size()].sentence == tokens_[at].sentence)
        return true;
    return false;
  }

  // When the words after a country's mention (tokens first..last) describe its capital, the mention
  // becomes the capital's; returns the last token read.
  std::size_t read_capital(std::size_t first, std::size_t last, const std::string& country_code) {
    std::size_t k = last + 1;
    if (k + 1 < tokens_.size() && (tokens_[k].text() == "'" || tokens_[k].text() == "\u2019") && tokens_[k + 1].lower() == "s" &&
        touching(k - 1, k))
      k += 2;
    if (k >= tokens_.size() || tokens_[k].lower() != "capital" || tokens_[k].sentence != tokens_[first].sentence) return last;
    if (k + 1 < tokens_.size() && cues_.not_capital_after.count(tokens_[k + 1].lower())) return last;  // "capital markets"
    const CandidateList capital = capital_of(country_code, span_text(first, k));
    if (!capital) return last;
    mentions_.pop_back();
    add_mention(first, k, capital);
    return k;
  }

  // "arrived in the national capital", "the nation's capital", "the capital": with no country written
  // before the word (read_capital reads "the Russian capital"), the capital of the country the story
  // named last, in this sentence or the one before; none when it named none there. Returns whether
  // tokens up to `k` ("capital") became a mention.
  bool read_bare_capital(std::size_t k) {
    if (k + 1 < tokens_.size() && tokens_[k + 1].sentence == tokens_[k].sentence &&
        (cues_.not_capital_after.count(tokens_[k + 1].lower()) || tokens_[k + 1].lower() == "of"))
      return false;  // "capital markets"; "the capital of X" names X's
    std::size_t first = k;
    for (std::size_t back = 0; first > 0 && back <= weights().max_filler_tokens && tokens_[first - 1].sentence == tokens_[k].sentence; ++back) {
      const Token& w = tokens_[first - 1];
      const bool possessive = w.lower() == "s" || w.text() == "'" || w.text() == "’";
      if (!possessive && !cues_.is("capital_qualifier", w.lower())) break;
      --first;
    }
    if (first == 0 || tokens_[first - 1].lower() != "the" || tokens_[first - 1].sentence != tokens_[k].sentence) return false;
    --first;
    for (auto m = mentions_.rbegin(); m != mentions_.rend() && m->m.sentence + 1 >= tokens_[k].sentence; ++m) {
      const gazetteer::Place& p = m->candidates.front().place;
      if (!m->demonym && !is_country(p)) continue;
      const CandidateList capital = capital_of(p.country_code, span_text(first, k));
      if (!capital) return false;
      add_mention(first, k, capital);
      return true;
    }
    return false;
  }

  // "the Polish border", "Poland's border", "the border with Poland": a country's mention (tokens first..last)
  // that names its land border, a place a trip can end at; returns the tokens naming the border. Not "the
  // Polish border town of X", "border guards": a word that is no function word after "border" makes it
  // part of another noun.
  // "The Iraqi border post at X", "the border crossing": a crossing point named by a place the gazetteer
  // lacks, or by none, is the border; one it knows is a place of its own (the crossing cues take it).
  std::optional<std::pair<std::size_t, std::size_t>> border_span(std::size_t first, std::size_t last) {
    auto in_sentence = [&](std::size_t k) { return k < tokens_.size() && tokens_[k].sentence == tokens_[first].sentence; };
    std::size_t k = last + 1;
    if (in_sentence(k + 1) && (tokens_[k].text() == "'" || tokens_[k].text() == "\u2019") && tokens_[k + 1].lower() == "s") k += 2;
    if (in_sentence(k) && cues_.is("border_word", tokens_[k].lower())) {
      std::size_t crossing = k;
      while (in_sentence(crossing + 1) && cues_.is("border_crossing_word", tokens_[crossing + 1].lower())) ++crossing;
      // "the US border at Tijuana", "the border post of X": a place the gazetteer knows named after the
      // border (or its crossing) is the trip's end, not the border. Not "the border of X" (a country).
      const std::size_t named = crossing + 2;
      const std::string_view link = in_sentence(crossing + 1) ? tokens_[crossing + 1].lower() : std::string_view();
      if (in_sentence(named) && tokens_[named].capital &&
          (cues_.is("border_place_link", link) || (crossing > k && cues_.is("border_crossing_link", link)))) {
        std::size_t name_last = named;
        while (in_sentence(name_last + 1) && tokens_[name_last + 1].capital && name_last + 1 < named + weights().max_span_words) ++name_last;
        if (lookup(span_text(named, name_last))) return std::nullopt;  // the whole name: "Los Horcones Viejos" is no Los Horcones
      }
      if (crossing > k) return std::make_pair(first, crossing);
      const std::size_t after = k + 1;
      if (!in_sentence(after) || tokens_[after].kind != TokenKind::word || cues_.is("function_word", tokens_[after].lower()))
        return std::make_pair(first, k);
      return std::nullopt;
    }
    if (first >= 2 && in_sentence(first - 2) && tokens_[first - 1].lower() == "with" && cues_.is("border_word", tokens_[first - 2].lower()))
      return std::make_pair(first - 2, last);
    return std::nullopt;
  }

  // "the capital of Japan" (tokens first..last the country): the mention becomes the capital's, from "capital".
  void read_capital_of(std::size_t first, std::size_t last, const std::string& country_code) {
    if (first < 2 || tokens_[first - 1].lower() != "of" || tokens_[first - 2].lower() != "capital" ||
        tokens_[first - 2].sentence != tokens_[first].sentence)
      return;
    // "the capital of Kenya, Nairobi,": the name follows in apposition (the trip reader takes it), and the
    // country stays named.
    if (last + 2 < tokens_.size() && tokens_[last + 1].text() == "," && tokens_[last + 2].capital &&
        tokens_[last + 2].sentence == tokens_[first].sentence)
      return;
    const CandidateList capital = capital_of(country_code, span_text(first - 2, last));
    if (!capital) return;
    mentions_.pop_back();
    add_mention(first - 2, last, capital);
  }

  // The geocoder's readings of a name, best first; null when it knows none. Each name is looked up once
  // and its list shared by all its mentions.
  CandidateList lookup(const std::string& name) {
    if (auto it = found_.find(name); it != found_.end()) return it->second;
    gazetteer::GeocodeResult found = geocoder_.geocode(name, options_);
    if (found.matches.empty()) return nullptr;
    CandidateList list = std::make_shared<const std::vector<gazetteer::Candidate>>(std::move(found.matches));
    found_.emplace(name, list);
    return list;
  }

  // The capital the words (tokens naming it, "the Russian capital") name, as the only reading; null for none.
  CandidateList capital_of(const std::string& country_code, const std::string& words) {
    const std::string key = country_code + '\n' + words;
    if (auto it = capitals_.find(key); it != capitals_.end()) return it->second;
    std::optional<gazetteer::Candidate> capital = geocoder_.capital_of(country_code, words);
    if (!capital) return nullptr;
    CandidateList list = std::make_shared<const std::vector<gazetteer::Candidate>>(1, std::move(*capital));
    capitals_.emplace(key, list);
    return list;
  }

  // Token k is the first of its sentence (or follows an opening quote).
  bool starts_sentence(std::size_t k) const {
    return k == 0 || tokens_[k - 1].sentence != tokens_[k].sentence ||
           (tokens_[k - 1].kind == TokenKind::punct && (tokens_[k - 1].text() == "\"" || tokens_[k - 1].text() == "\u201C"));
  }

  // "MANSFIELD -- The council", "ARLINGTON \u2014 ...", "HUDSON, N.Y. --": a name in capitals opening a
  // sentence and followed by a dash or a comma is a dateline, the place the story is filed from. Marked
  // once per sentence, in one pass over the tokens.
  void mark_datelines() {
    dateline_.assign(tokens_.size(), false);
    auto all_capitals = [](const Token& w) {
      return w.kind == TokenKind::word && w.text().size() >= 2 &&
             std::none_of(w.text().begin(), w.text().end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
    };
    // "New Delhi: A liver was...", "Chennai, March 3:": South Asian papers write the dateline in title case
    // and end it with a colon, in the story's first sentences (a headline may come before).
    auto title_case_dateline = [&](std::size_t k) {
      return tokens_[k].sentence < kTitleCaseDatelineSentences && tokens_[k].kind == TokenKind::word && tokens_[k].capital;
    };
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (!starts_sentence(k)) continue;
      const bool capitals = all_capitals(tokens_[k]);
      if (!capitals && !title_case_dateline(k)) continue;
      std::size_t last = k;
      // A dateline is a place's name: at most weights().max_span_words words ("SALT LAKE CITY").
      while (last < tokens_.size() && last - k < weights().max_span_words &&
             (capitals ? all_capitals(tokens_[last]) : tokens_[last].kind == TokenKind::word && tokens_[last].capital) &&
             tokens_[last].sentence == tokens_[k].sentence)
        ++last;
      if (last >= tokens_.size()) break;
      if (!capitals) {
        // Title case: the name, then a colon, or a comma, a date and a colon ("Chennai, March 3:").
        std::size_t colon = last;
        if (tokens_[colon].text() == "," && colon + 3 < tokens_.size() && cues_.not_place.count(tokens_[colon + 1].lower()) &&
            tokens_[colon + 2].kind == TokenKind::number)
          colon += 3;
        if (tokens_[colon].text() == ":" && tokens_[colon].sentence == tokens_[k].sentence)
          for (std::size_t d = k; d < last; ++d) dateline_[d] = true;
        k = last - 1;
        continue;
      }
      // "KYIV (Reuters) -": an agency's name in brackets between the name and the dash.
      std::size_t dash = last;
      if (tokens_[dash].text() == "(" && dash + 3 < tokens_.size() && tokens_[dash + 1].capital && tokens_[dash + 2].text() == ")")
        dash += 3;
      const std::string_view after = tokens_[dash].text();
      if (after == "-" || after == "\u2014" || after == "\u2013" || after == ",")
        for (std::size_t d = k; d < last; ++d) dateline_[d] = true;
      k = last - 1;
    }
  }
  bool dateline(std::size_t k) const { return dateline_[k]; }

  // Token i is a capitalised word right after another in the same sentence that is not the sentence's
  // first, not a word that is never part of a name ("The", a weekday), not a region's qualifier
  // ("North", "Downtown", article_cues.tsv region_qualifier) and not the end of a place already read.
  bool continues_name(std::size_t i) const {
    if (i < 2) return false;
    const Token& before = tokens_[i - 1];
    if (before.kind != TokenKind::word || !before.capital || before.sentence != tokens_[i].sentence) return false;
    if (starts_sentence(i - 1) || title_case_[tokens_[i].sentence] || dateline(i - 1)) return false;
    if (cues_.not_place.count(before.lower()) || cues_.is("region_qualifier", before.lower())) return false;
    // Right after a town of note or a station already read, the word goes on that place's name
    // ("Edinburgh Waverley", "Glasgow Queen Street": a station the gazetteer lacks), not a place of its
    // own; after a region or a country it may be one ("Georgia Savannah" in a list), and after an obscure
    // town's name the two may be another name ("Rodeo Gainesville", an event).
    if (!mentions_.empty() && mentions_.back().m.last_token == i - 1) {
      const gazetteer::Place& p = mentions_.back().candidates.front().place;  // not settled yet: its best reading
      return (p.feature_class == "P" || p.feature_class == "S") && p.prominence >= weights().sentence_start_min_prominence;
    }
    return true;
  }

  // "St. Patrick's Day", "Mt. Hood", "Ft. Knox": a short capitalised abbreviation with its period just
  // before token i makes the word part of that name (a saint's, a mountain's), however prominent a place
  // of the word's name alone may be.
  bool after_short_abbreviation(std::size_t i) const {
    if (i < 1 || tokens_[i - 1].sentence != tokens_[i].sentence) return false;
    const Token& before = tokens_[i - 1];
    // Not an initialism ("U.S. Navy", "D.C."): those are places themselves, ending a name.
    const bool initialism = std::none_of(before.text().begin(), before.text().end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
    if (before.kind == TokenKind::word && before.capital && before.text().size() <= 4 && before.text().back() == '.') return !initialism;
    return i >= 2 && before.text() == "." && touching(i - 2, i - 1) && tokens_[i - 2].kind == TokenKind::word &&
           tokens_[i - 2].capital && tokens_[i - 2].text().size() <= 3 && tokens_[i - 2].sentence == tokens_[i].sentence;
  }

  bool after_route_cue(std::size_t at) const {
    for (const char* kind : {"origin", "destination", "pair", "via"})
      if (cue_before(tokens_, at, kind) != std::string::npos) return true;
    return second_of_pair(at);
  }

  // The second place of "between X and Y", "X to Y", "X-Y", "X–Y", right after the mention of X.
  bool second_of_pair(std::size_t at) const {
    if (at < 2 || mentions_.empty() || mentions_.back().m.last_token + 2 != at) return false;
    const std::string_view joint = tokens_[at - 1].text();
    return tokens_[at - 1].lower() == "and" || tokens_[at - 1].lower() == "to" || joint == "-" || joint == "\u2013" ||
           joint == "\u2014";
  }

  // "the Rajiv Gandhi Government Hospital", "The Fortis Malar Hospital": tokens first..last end in an
  // institution word and the gazetteer has no place of the whole. Recorded (without "The") for
  // place_institutions, and no word inside is read as a place ("Rajiv Gandhi" is also an airport's name).
  // Not where a state or country is in it: that place is read, as before.
  bool read_institution(std::size_t first, std::size_t last) {
    const Phrase* word = nullptr;
    for (const Phrase& p : cues_.phrases("institution_word"))
      if (p.size() <= last - first && matches_at(tokens_, last + 1 - p.size(), p)) {
        word = &p;
        break;
      }
    if (!word || lookup(span_text(first, last))) return false;
    const std::size_t name_last = last - word->size();
    // "Masonic Homes and the Elizabethtown Hospital" is two names.
    for (std::size_t k = first + 1; k <= name_last; ++k)
      if (cues_.is("state_name_joining", tokens_[k].lower())) return false;
    auto names = [&](std::size_t a, std::size_t b, bool town_or_county) {
      const CandidateList found = lookup(span_text(a, b));
      return found && std::any_of(found->begin(), found->end(), [&](const gazetteer::Candidate& c) {
               if (c.match != gazetteer::MatchKind::exact && c.match != gazetteer::MatchKind::alternate) return false;
               return town_or_county ? c.place.feature_class == "P" || c.place.feature_class == "A"
                                     : is_country(c.place) || c.place.feature_code == "ADM1";
             });
    };
    const std::size_t name_first = tokens_[first].lower() == "the" ? first + 1 : first;
    if (name_first > name_last) return false;  // "The Hospital"
    // A state or country anywhere in it is read as before ("Northeast Georgia Medical Center").
    for (std::size_t b = name_first; b <= name_last; ++b)
      for (std::size_t a = name_first + 1; a <= b; ++a)
        if (names(a, b, false)) return false;
    // "Douglas County Hospital", "Limerick Maternity Hospital": a town or county opening the name is a
    // mention of its own, the institution's place unless it does not fit the story (place_institutions).
    std::size_t opening_last = std::string::npos;
    for (std::size_t b = name_first; b <= name_last; ++b)
      if (names(name_first, b, true)) opening_last = b;
    std::string words;
    for (std::size_t k = last + 1 - word->size(); k <= last; ++k) words += (words.empty() ? "" : " ") + std::string(tokens_[k].lower());
    // "the All India Institute of Medical Sciences (AIIMS)": the acronym in brackets names it again later.
    if (last + 3 < tokens_.size() && tokens_[last + 1].text() == "(" && tokens_[last + 3].text() == ")" &&
        acronym(tokens_[last + 2]))
      institution_acronyms_[std::string(tokens_[last + 2].text())] = {words, span_text(name_first, last)};
    if (opening_last != std::string::npos) add_mention(name_first, opening_last, lookup(span_text(name_first, opening_last)));
    institutions_.push_back({name_first, last, std::move(words), "", opening_last != std::string::npos});
    return true;
  }

  static bool acronym(const Token& t) {
    return t.kind == TokenKind::word && t.text().size() >= 2 &&
           std::all_of(t.text().begin(), t.text().end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); });
  }

  // An institution's acronym given in brackets after its name, named again ("to AIIMS").
  bool read_institution_acronym(std::size_t k) {
    const auto it = institution_acronyms_.find(std::string(tokens_[k].text()));
    if (it == institution_acronyms_.end()) return false;
    const bool in_brackets = k > 0 && k + 1 < tokens_.size() && tokens_[k - 1].text() == "(" && tokens_[k + 1].text() == ")";
    if (!in_brackets) institutions_.push_back({k, k, it->second.first, it->second.second, false});
    return true;
  }

 public:
  std::vector<InstitutionSpan> institutions() const { return institutions_; }

 private:
  // Tokens first..last read as a place, with the geocoder's candidates for it (best first).
  void add_mention(std::size_t first, std::size_t last, const CandidateList& candidates) {
    Mention mention;
    mention.m.start = tokens_[first].start;
    mention.m.end = tokens_[last].end;
    mention.m.text = span_text(first, last);
    mention.m.sentence = tokens_[first].sentence;
    mention.m.first_token = first;
    mention.m.last_token = last;
    mention.demonym = candidates->front().match == gazetteer::MatchKind::demonym;
    mention.dateline = dateline(first);
    mention.candidates = Candidates(candidates);
    mentions_.push_back(std::move(mention));
  }

  // Tokens first..last and a possessive after them as a place's whole exact name ("St. John's", "St.
  // George's"), or nothing.
  CandidateList named_with_possessive(std::size_t first, std::size_t last) {
    if (last + 2 >= tokens_.size() || !(tokens_[last + 1].text() == "'" || tokens_[last + 1].text() == "\u2019") ||
        tokens_[last + 2].lower() != "s" || !touching(last, last + 1) || !touching(last + 1, last + 2))
      return {};
    // "St. John's Lutheran School", "St. John's Health System": a capitalised word after it names an
    // institution after a saint, no place.
    if (capital_word_after(last + 2)) return {};
    CandidateList whole = lookup(span_text(first, last + 2));
    // The name as stored has its apostrophe, or, of several words, ends in the last one's plural ("St.
    // Andrew's" is Saint Andrews): name keys drop apostrophes, and "Hill's" is no Hills, Iowa, nor "Walton
    // County's" more than Walton County.
    if (!whole || whole->front().match != gazetteer::MatchKind::exact) return {};
    const auto apostrophe = [](const std::string& n) { return n.find('\'') != std::string::npos || n.find("\u2019") != std::string::npos; };
    const std::string& stored = whole->front().matched_name;
    const std::string plural = std::string(tokens_[last].lower()) + "s";
    std::string stored_lower = stored;
    for (char& ch : stored_lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const bool of_several_words = last > first && stored_lower.size() >= plural.size() &&
                                  stored_lower.compare(stored_lower.size() - plural.size(), plural.size(), plural) == 0;
    if (apostrophe(stored) || apostrophe(whole->front().place.name) || of_several_words) return whole;
    return {};
  }

  void find_places() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind == TokenKind::word && t.lower() == "capital" && read_bare_capital(i)) continue;
      if (t.kind != TokenKind::word || !t.capital) continue;
      // "BA117", "M25", "A1": letters written together with a number are a flight's or a road's
      // designator, not a place's code ("BA" is Bosnia's).
      if (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::number && tokens_[i + 1].start == t.end) continue;
      // People: after a title ("President Putin"), a known name ("Kim Jong Un"), or a first name before one.
      // "said to Ann", "spoke to Smith": words addressed to or quoting a person.
      const std::size_t addressed = cue_before_adjacent(i, "person_before");
      // "By" is a byline's title only where it opens the line ("By Jane Smith"): "a visit by Israel's
      // prime minister" names the country.
      const bool titled = i > 0 && cues_.person_title.count(tokens_[i - 1].lower()) && tokens_[i - 1].sentence == t.sentence &&
                          (tokens_[i - 1].lower() != "by" || starts_sentence(i - 1));
      if (titled || addressed) {
        while (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::word && tokens_[i + 1].capital) ++i;
        continue;
      }
      if (i + 1 < tokens_.size() && tokens_[i + 1].capital && cues_.person_name.count(tokens_[i + 1].lower())) {
        // ... unless the two with a possessive are a place's whole name ("St. John's").
        if (const CandidateList whole = named_with_possessive(i, i + 1)) {
          add_mention(i, i + 3, whole);
          i += 3;
        }
        continue;
      }
      // "the Gulf of Aden", "the Bay of Biscay": the name after a water body's leading words is the water's
      // (the whole name, where the gazetteer has it, was read from its first word).
      if (i >= 2 && tokens_[i - 1].lower() == "of" && tokens_[i - 2].capital && tokens_[i - 2].sentence == t.sentence &&
          gazetteer::names_water_body(span_text(i - 2, i))) {
        while (capital_word_after(i)) ++i;
        continue;
      }
      const bool sentence_start = !dateline(i) && (starts_sentence(i) || title_case_[t.sentence]);
      const bool mid_run = continues_name(i);
      // "George Beckett", "Colin Harper": a common first name before a capitalised word starts a person's
      // name, unless the words together are a place ("Logan County", "George Town", tried first below).
      // The surname alone later ("Beckett said") is the same person.
      const bool first_name = cues_.is("first_name", t.lower()) && capital_word_after(i);
      // Spans of up to max_span_words words, with a hyphen or an apostrophe between any two.
      for (std::size_t len = 2 * weights().max_span_words + 1; len >= 1; --len) {
        std::size_t last = i + len - 1;
        if (last >= tokens_.size()) continue;
        std::size_t span_words = 0;
        for (std::size_t k = i; k <= last; ++k) span_words += tokens_[k].kind == TokenKind::word ? 1 : 0;
        if (span_words > weights().max_span_words) continue;
        bool ok = tokens_[last].kind == TokenKind::word && tokens_[last].capital && tokens_[last].sentence == t.sentence;
        bool person = false;
        for (std::size_t k = i; ok && k <= last; ++k) {
          ok = inside_name(i, k, last);
          person = person || cues_.person_name.count(tokens_[k].lower());
        }
        if (!ok) continue;
        // "St. John's", "St. George's": a name ending in a possessive that is the place's whole name, where
        // the gazetteer has it so (trial R: the possessive was dropped, and "St. George" was Utah's).
        if (const CandidateList whole = named_with_possessive(i, last)) {
          add_mention(i, last + 2, whole);
          i = last + 2;
          break;
        }
        // "TASS", "Xinhua", "the Moscow Times": an agency, broadcaster, paper or organisation named as a
        // whole (geodata/not_places.tsv) is no place, and no shorter span inside it is either.
        if (!person && gazetteer::NotPlaces::builtin().find(span_text(i, last))) {
          i = last;
          break;
        }
        // "a Britten-Norman Islander": a craft's name written with a dash is a mode word, and its halves
        // no places (Britten, Germany; Norman, Oklahoma).
        if (len == 1 && i + 1 < tokens_.size() && tokens_[i + 1].text() == "-")
          if (const std::optional<ModeWordAt> craft = mode_word_at(tokens_, i); craft && craft->last_token > i + 1) {
            i = craft->last_token;
            break;
          }
        if (len == 1 && read_institution_acronym(i)) break;
        if (len > 1 && read_institution(i, last)) {
          i = last;
          break;
        }
        // "from May.": a word that is never a place keeps its sentence's full stop when it ends the sentence.
        std::string_view bare = t.lower();
        if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
        if (len == 1 && (cues_.not_place.count(bare) || named_otherwise_.count(t.lower()) || after_short_abbreviation(i))) break;
        if (len == 1 && first_name) {
          // The name runs over the capitalised words after it, up to "Jr." or a word never part of one.
          while (capital_word_after(i) && tokens_[i].text().back() != '.' && !cues_.not_place.count(tokens_[i + 1].lower()))
            ++i;
          named_otherwise_.emplace(tokens_[i].lower());
          break;
        }
        // "the Hume Highway", "the Suez Canal": the name of a road or waterway, not the place. After a
        // route's joining word ("X to Y Mail Express"), the train's name may begin with its end's name.
        // Not the second end of a pair the line is named after ("the Lagos-Ibadan railway", "the Paris to
        // Lyon line"): that is the place.
        if (last + 1 < tokens_.size() && tokens_[last + 1].sentence == t.sentence &&
            cues_.feature_noun.count(tokens_[last + 1].lower()) && !(len == 1 && second_of_pair(i))) {
          if (len > 1 && after_route_cue(i)) continue;
          // "the Florida Highway Patrol", "the Hume Highway Authority": a capitalised word after the noun
          // makes the whole an organisation named after the place, which is named.
          const bool organisation = capital_word_after(last + 1);
          if (!organisation) {
            // "Ohio State University": words that are no place before the noun; the shorter "Ohio" may be
            // (the geocoder reads "Ohio State" as the state: here it is the university's name).
            if (len > 1 && (!lookup(span_text(i, last)) || gazetteer::names_region_by_word(span_text(i, last)))) continue;
            break;
          }
        }
        // "Palam airport", "Vienna Westbahnhof station": the facility when the gazetteer has it by that name,
        // else the place the name alone reads as.
        if (const std::size_t facility_last = facility_after(last); facility_last != std::string::npos) {
          const CandidateList facility = lookup(span_text(i, facility_last));
          if (facility && !person) {
            add_mention(i, facility_last, facility);
            i = facility_last;
            break;
          }
        }
        const std::string span = span_text(i, last);
        CandidateList found = lookup(span);
        if (!found) continue;
        // "Bosnia and Herzegovina", "the Democratic Republic of the Congo": a name joined by "and" or "the"
        // only as a country's or a state's whole name; "Paris and London" is two places.
        bool state_joined = false;
        for (std::size_t k = i + 1; k < last; ++k) state_joined = state_joined || cues_.is("state_name_joining", tokens_[k].lower());
        if (state_joined && !(is_country(found->front().place) || found->front().place.feature_code == "ADM1")) continue;
        // A person's first name starts the span: a place only by its exact multi-word name ("John o' Groats").
        if (person && (len == 1 || found->front().match != gazetteer::MatchKind::exact)) break;
        // "The Bus", "The North": after "The", only a name that is exactly a place's ("The Hague").
        if (len > 1 && t.lower() == "the" && found->front().match != gazetteer::MatchKind::exact) continue;
        // "Moscow, Idaho" / "Toledo, Spain": a qualifier after a comma narrows the name; it is a mention of
        // its own (the state or country), read after this one.
        std::optional<std::pair<std::size_t, std::size_t>> qualifier;
        for (std::size_t qlen = 3; qlen >= 1 && last + 1 + qlen < tokens_.size(); --qlen) {
          const std::size_t q_first = last + 2, q_last = last + 1 + qlen;
          if (tokens_[last + 1].text() != "," || !tokens_[q_first].capital || tokens_[q_last].sentence != t.sentence) continue;
          bool words = true;
          for (std::size_t k = q_first; k <= q_last; ++k) words = words && tokens_[k].kind == TokenKind::word;
          if (!words) continue;
          const std::string qualified = span + ", " + span_text(q_first, q_last);
          const CandidateList narrowed = lookup(qualified);
          if (narrowed && narrowed->front().reason.find("; in ") != std::string::npos) {
            found = narrowed;
            qualifier = {q_first, q_last};
            break;
          }
        }
        const gazetteer::Candidate& best = found->front();
        // A state or province by its exact name is a place even at a sentence start ("Ohio officials said");
        // the words that name regions and are common ("Central", "Western") are in not_place.
        const bool state_by_name = best.match == gazetteer::MatchKind::exact && best.place.feature_code == "ADM1";
        // "Springfield, Ohio — Police said": a name its state or country qualifies is a place anywhere.
        if (len == 1 && sentence_start && !state_by_name && !qualifier &&
            best.place.prominence < weights().sentence_start_min_prominence)
          continue;
        // "John Taylor", "Sheriff Taylor", "Orchard Brook apartments": an obscure place's word that
        // continues a run of capitalised words belongs to that other name (a person's, a building's), unless
        // the word before only says which part ("North Georgia", "Downtown Atlanta"). The story's later lone
        // "Taylor" is the same person. A prominent place stays a place inside an organisation's name
        // ("United Way of Metropolitan Atlanta", "Movement for United Georgia").
        // Words going on a town's name ("Melbourne Southern Cross") go on it whole, however many; and they
        // say nothing of the same words alone later.
        const bool after_place = mid_run && !mentions_.empty() && mentions_.back().m.last_token + 1 == i;
        if ((len == 1 || after_place) && mid_run && !state_by_name && !is_country(best.place) &&
            best.place.prominence < weights().sentence_start_min_prominence) {
          if (after_place) {
            for (i = last; capital_word_after(i);) ++i;  // the rest of the name too ("Southern Cross")
            break;
          }
          if (!capital_word_after(i)) named_otherwise_.emplace(t.lower());
          continue;
        }
        // A single word known only as an obscure alternate name is a place where the words before it say a
        // trip starts, ends or passes there ("the train to Kanniyakumari").
        if (len == 1 && best.match == gazetteer::MatchKind::alternate && best.place.prominence < weights().lone_alternate_min_prominence &&
            (!after_route_cue(i) || capital_word_after(i)))
          continue;
        // Nor a short other name (a syllable, a code) before more capitalised words, however prominent its
        // place: "to Wu Kai Sha" names a station the gazetteer lacks, not Kure (one of whose names is "Wu").
        const bool after_capital_word = i > 0 && tokens_[i - 1].kind == TokenKind::word && tokens_[i - 1].capital &&
                                        tokens_[i - 1].sentence == t.sentence && !dateline(i - 1);
        if (len == 1 && best.match == gazetteer::MatchKind::alternate && t.text().size() <= kShortAlternateBytes &&
            (capital_word_after(i) || after_capital_word))
          continue;
        // "Ha Long Bay", "Mui Wo Pier", "Ko Tao Island": a word for a kind of place after another capitalised
        // word ends that name; it is no place of its own (Bay, a Somali region; Pierre, South Dakota; Iceland).
        if (len == 1 && after_capital_word && cues_.is("name_tail_word", t.lower())) continue;
        // "to Mile 2", "Terminal 5", "Pier 39": a word numbered is a stop's or a building's name; an obscure
        // place or another name of one is not meant (Mile, an other name of Motovun).
        // Not a clock time after a station's name ("Chişinău 16:56 to București 06:07").
        const bool clock_after = last + 1 < tokens_.size() &&
                                 (tokens_[last + 1].text().find_first_of(".:") != std::string_view::npos ||
                                  (last + 3 < tokens_.size() && (tokens_[last + 2].text() == ":" || tokens_[last + 2].text() == ".") &&
                                   tokens_[last + 3].kind == TokenKind::number && tokens_[last + 2].start == tokens_[last + 1].end));
        // Nor a figure after a place ("reached Nantucket 23 days later").
        const bool figure_after = last + 2 < tokens_.size() && tokens_[last + 2].kind == TokenKind::word &&
                                  quantities::find_unit(tokens_[last + 2].lower()).has_value();
        if (len == 1 && last + 1 < tokens_.size() && tokens_[last + 1].kind == TokenKind::number && !clock_after && !figure_after &&
            tokens_[last + 1].sentence == t.sentence &&
            (best.match == gazetteer::MatchKind::alternate ||
             (best.match == gazetteer::MatchKind::exact && best.place.prominence < weights().sentence_start_min_prominence)))
          continue;
        // "over the Andes": a single obscure name after "the" is a range or a region, not a town. Not when a
        // word follows it: "the Gainesville sewer system", "the Athens Police Department" use the town's
        // name as an adjective.
        const bool attributive = tokens_[last].kind == TokenKind::word && tokens_[last].text().back() != '.' &&
                                 last + 1 < tokens_.size() && tokens_[last + 1].kind == TokenKind::word &&
                                 tokens_[last + 1].sentence == t.sentence && !cues_.is("function_word", tokens_[last + 1].lower());
        if (len == 1 && i > 0 && tokens_[i - 1].lower() == "the" && !attributive && !is_country(best.place) &&
            best.place.feature_code != "ADM1" && best.place.prominence < weights().sentence_start_min_prominence)
          continue;
        // An acronym ("KTX", "BBC") is an organisation unless it is a code or a name of the place itself.
        const bool acronym = t.text().size() <= 5 && std::all_of(t.text().begin(), t.text().end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) || ch == '.'; });
        // Written with periods ("L.A.", "D.C."), it is the place's abbreviation: organisations drop them.
        const bool dotted = t.text().find('.') != std::string::npos || (last > i && tokens_[i + 1].text() == ".");
        if (len == 1 && acronym && !dotted && best.match == gazetteer::MatchKind::alternate) continue;
        // Nor is a town known by such a code: GeoNames lists a town's airport codes among its names
        // ("KTX", the Korean train, is also Koutiala's airport).
        if (len == 1 && acronym && best.match == gazetteer::MatchKind::abbreviation && best.place.feature_class == "P") continue;
        // Two capitals alone are a title or an office in running text ("the PM", "the CM", "an MP", "the
        // DC"), not the country or region they code (Saint Pierre and Miquelon, Cameroon), unless news
        // writes the code as a name (cue code_in_prose: "US", "UK"). A code that qualifies the place before
        // it ("Columbia, MO") is read with that place, below.
        if (len == 1 && acronym && !dotted && t.text().size() == 2 && best.match == gazetteer::MatchKind::abbreviation &&
            !cues_.is("code_in_prose", t.lower()))
          continue;
        const bool names_country = best.match == gazetteer::MatchKind::demonym || is_country(best.place);
        const std::string country_code = best.place.country_code;
        add_mention(i, last, found);
        i = last;
        // "the Russian capital", "Russia's capital": the country's capital, read as a place of its own.
        if (names_country && !qualifier) i = read_capital(mentions_.back().m.first_token, last, country_code);
        // "the capital of Japan": the same, the country named after the word.
        if (names_country && !qualifier && mentions_.back().m.last_token == last) read_capital_of(mentions_.back().m.first_token, last, country_code);
        if (names_country && !qualifier && mentions_.back().m.last_token == last) {
          if (const auto border = border_span(mentions_.back().m.first_token, last)) {
            // The mention is the border: "Polish border", "border with Poland".
            Mention& m = mentions_.back();
            m.border = true;
            m.m.first_token = border->first, m.m.last_token = border->second;
            m.m.start = tokens_[border->first].start, m.m.end = tokens_[border->second].end;
            m.m.text = span_text(border->first, border->second);
            i = std::max(i, border->second);
          }
        }
        if (qualifier) {
          const auto [q_first, q_last] = *qualifier;
          if (const CandidateList q_found = lookup(span_text(q_first, q_last))) {
            add_mention(q_first, q_last, q_found);
            mentions_.back().qualifier = true;
          }
          i = q_last;
        }
        break;
      }
    }
  }

  const Cues& cues_ = Cues::get();
  const Document& doc_;
  const Tokens& tokens_;
  const gazetteer::Geocoder& geocoder_;
  std::vector<Mention> mentions_;
  std::vector<InstitutionSpan> institutions_;
  std::map<std::string, std::pair<std::string, std::string>> institution_acronyms_;  // acronym -> (word, full name)
  std::vector<bool> title_case_;  // per sentence
  std::vector<bool> dateline_;    // per token: part of a dateline in capitals
  std::set<std::string, std::less<>> named_otherwise_;  // lower-case words the story uses as part of another name
  const gazetteer::GeocodeOptions options_ = [] {
    gazetteer::GeocodeOptions o;
    o.limit = 10;
    o.fuzzy_fallback = false;
    o.words_after = false;
    o.suggestions = false;
    return o;
  }();
  std::unordered_map<std::string, CandidateList> found_, capitals_;  // names read so far, and capitals
};

}  // namespace

std::shared_ptr<const gazetteer::Place> SharedValues::place(const gazetteer::Place& p) {
  std::vector<std::shared_ptr<const gazetteer::Place>>& same_fid = places_[p.fid];
  for (const auto& q : same_fid)
    if (*q == p) return q;
  same_fid.push_back(std::make_shared<const gazetteer::Place>(p));
  return same_fid.back();
}

std::shared_ptr<const std::string> SharedValues::text(std::string s) {
  if (auto it = texts_.find(s); it != texts_.end()) return it->second;
  auto shared = std::make_shared<const std::string>(std::move(s));
  texts_.emplace(*shared, shared);
  return shared;
}

std::vector<Mention> spot_places(const Document& doc, const gazetteer::Geocoder& geocoder,
                                 std::vector<InstitutionSpan>* institutions) {
  PlaceSpotter spotter(doc, geocoder);
  std::vector<Mention> mentions = spotter.run();
  if (institutions) *institutions = spotter.institutions();
  // "X to Y", "X to the Y": two ends of a way, neither inside the other as a reader takes them.
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    const PlaceMention &a = mentions[i].m, &b = mentions[i + 1].m;
    if (a.sentence != b.sentence || b.first_token < a.last_token + 2 || b.first_token > a.last_token + 3) continue;
    mentions[i].to_next = doc.tokens[a.last_token + 1].lower() == "to" &&
                          (b.first_token == a.last_token + 2 || doc.tokens[a.last_token + 2].lower() == "the");
  }
  return mentions;
}

}  // namespace routecheck::article
