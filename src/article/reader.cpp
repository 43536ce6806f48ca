// Reading a travel story. Places: capitalised spans (longest first) looked up exactly in the gazetteer,
// guarded against people, titles and calendar words (geodata/article_cues.tsv), then settled in context.
// Figures: windows ending in a unit word, parsed by the quantity parser. Route: the cue words before
// each place ("left", "to", "via"), the mode words, a stop mentioned. Claims: checked like `check`.
#include "article/reader.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "article/plain_text.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::article {

extern const char* const kArticleCuesTsv;  // generated from geodata/article_cues.tsv

namespace {

// Context weights for settling ambiguous places. A place named in a country the text names gains a
// little; one the text qualifies directly ("the Russian border city of Khasan") gains more; and places
// named together pull each other, fading over about 800 km (news routes are regional).
constexpr double kCountryInTextBonus = 0.15;
constexpr double kQualifiedBonus = 0.4;
// A place in a state or province the story names elsewhere: enough to lift a county seat of 25,000
// (Paris, Texas: 0.705) over a capital of the same name (Paris, France: 1.0) with the country bonus.
constexpr double kStateInTextBonus = 0.3;
// The story's locale (the country holding most of its places) lifts a reading there as a named state does.
constexpr double kLocaleBonus = 0.3;
constexpr int kLocaleMinMentions = 3;
constexpr double kPullBonus = 0.25;
constexpr double kPullFadeKm = 800;
// How far (in sentences, either way) other places pull a place: a long news story is 40-60 sentences.
constexpr std::size_t kContextSentences = 40;
constexpr double kSentenceStartMinProminence = 0.6;  // capitalisation is no evidence at a sentence start
constexpr double kLoneAlternateMinProminence = 0.5;  // a single word matching only an alternate name
constexpr std::size_t kMaxSpanTokens = 4;
constexpr std::size_t kMaxFigureTokens = 8;
constexpr std::size_t kMaxFillerTokens = 4;  // "to the port city of Vladivostok"
// A stated distance this many times the straight line (or a tenth of it) means the place was misread,
// not the figure: "from Southampton ... 3,150 nautical miles to New York" is not Southampton, New York.
constexpr double kMisreadFactor = 10;

enum class Kind { word, number, punct };

struct Token {
  std::size_t start, end;
  std::string text, lower;
  Kind kind;
  bool capital = false;
  std::size_t sentence = 0;
};

using Phrase = std::vector<std::string>;

struct Cues {
  std::map<std::string, std::vector<Phrase>> by_kind;
  std::set<std::string> not_place, person_name, person_title, feature_noun;

  static const Cues& get() {
    static const Cues cues = [] {
      Cues c;
      for (const text::TableRow& row : text::table_rows(kArticleCuesTsv, "geodata/article_cues.tsv", 2, "kind<TAB>phrase")) {
        const auto& f = row.fields;
        c.by_kind[std::string(f[0])].push_back(text::words(f[1]));
        if (f[0] == "not_place") c.not_place.insert(std::string(f[1]));
        if (f[0] == "person_name") c.person_name.insert(std::string(f[1]));
        if (f[0] == "person_title") c.person_title.insert(std::string(f[1]));
        if (f[0] == "feature_noun") c.feature_noun.insert(std::string(f[1]));
      }
      for (auto& [kind, phrases] : c.by_kind)  // longest first
        std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
      return c;
    }();
    return cues;
  }
  const std::vector<Phrase>& phrases(const std::string& kind) const {
    static const std::vector<Phrase> none;
    auto it = by_kind.find(kind);
    return it == by_kind.end() ? none : it->second;
  }
};

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> tokens;
  std::size_t sentence = 0;
  std::size_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  auto code_point_at = [&](std::size_t pos, std::size_t& next) {
    int32_t k = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(s.data(), k, n, c);
    next = static_cast<std::size_t>(k);
    return c;
  };
  while (i < s.size()) {
    std::size_t next;
    const UChar32 c = code_point_at(i, next);
    if (c == '\n') {
      // A blank line, or a line break after no sentence punctuation, ends the sentence (headlines).
      std::size_t k = next;
      while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) ++k;
      const bool blank_line = k < s.size() && s[k] == '\n';
      const bool unterminated = !tokens.empty() && tokens.back().sentence == sentence && tokens.back().kind != Kind::punct;
      if (blank_line || unterminated) ++sentence;
      i = next;
      continue;
    }
    if (u_isUWhiteSpace(c) || c == 0xA0) {
      i = next;
      continue;
    }
    Token t{i, next, "", "", Kind::punct, false, sentence};
    if (u_isalpha(c)) {
      t.kind = Kind::word;
      t.capital = u_isupper(c) || u_istitle(c);
      std::size_t k = next;
      while (k < s.size()) {
        std::size_t after;
        const UChar32 d = code_point_at(k, after);
        if (u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK) {
          k = after;
          continue;
        }
        // An apostrophe or period inside a word: "Xi'an", "U.S".
        std::size_t after_next;
        const bool inner = (d == '\'' || d == 0x2019 || d == '.' || d == '/') && after < s.size() &&
                           u_isalpha(code_point_at(after, after_next));
        if (!inner) break;
        k = after;
      }
      // A possessive is not part of the name: "Russia's" is Russia.
      for (const std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")})
        if (k - i > possessive.size() && s.compare(k - possessive.size(), possessive.size(), possessive) == 0) {
          k -= possessive.size();
          break;
        }
      // Abbreviations keep their final period: "U.S.", "D.C.", "Mr."
      if (k < s.size() && s[k] == '.' && (k - i <= 3 || s.substr(i, k - i).find('.') != std::string::npos) && t.capital) ++k;
      t.end = k;
    } else if (u_isdigit(c)) {
      t.kind = Kind::number;
      std::size_t k = next;
      while (k < s.size() && (std::isdigit(static_cast<unsigned char>(s[k])) ||
                              ((s[k] == ',' || s[k] == '.') && k + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[k + 1])))))
        ++k;
      t.end = k;
    }
    t.text = s.substr(t.start, t.end - t.start);
    t.lower = lower_ascii(t.text);
    tokens.push_back(t);
    if (t.kind == Kind::punct && (t.text == "." || t.text == "!" || t.text == "?")) ++sentence;
    if (t.kind == Kind::word && t.text.back() == '.' && t.text.size() > 2 && t.text.find('.') == t.text.size() - 1) {
      // "Sunday." closes a sentence; "Mr." and "U.S." do not.
      const std::string bare = t.lower.substr(0, t.lower.size() - 1);
      if (!Cues::get().person_title.count(t.lower) && bare.size() > 3) {
        tokens.back().end -= 1;
        tokens.back().text.pop_back();
        tokens.back().lower.pop_back();
        ++sentence;
      }
    }
    i = t.end;
  }
  return tokens;
}

bool matches_at(const std::vector<Token>& tokens, std::size_t at, const Phrase& phrase) {
  if (at + phrase.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (tokens[at + k].lower != phrase[k] || tokens[at + k].sentence != tokens[at].sentence) return false;
  return true;
}

// A cue phrase of `kind` ending just before token `at` (allowing filler words such as "the port city
// of" between); returns the phrase's first token, or npos.
std::size_t cue_before(const std::vector<Token>& tokens, std::size_t at, const std::string& kind) {
  static const std::set<std::string> filler{"the", "city", "of", "port", "town", "capital", "village", "border",
                                            "far", "eastern", "northern", "southern", "western", "a", "its", "his"};
  std::size_t end = at;
  for (std::size_t skipped = 0; skipped <= kMaxFillerTokens && end > 0; ++skipped) {
    for (const Phrase& p : Cues::get().phrases(kind))
      if (end >= p.size() && matches_at(tokens, end - p.size(), p) && tokens[end - p.size()].sentence == tokens[at].sentence)
        return end - p.size();
    const Token& prev = tokens[end - 1];
    if (prev.sentence != tokens[at].sentence) break;
    if (!(filler.count(prev.lower) || (prev.kind == Kind::word && prev.capital && prev.lower.size() > 3 &&
                                       prev.lower.back() == 'n')))  // "the Russian border city of"
      break;
    --end;
  }
  return std::string::npos;
}

// First token of each sentence, and one past the last (tokens are in sentence order).
std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(const std::vector<Token>& tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].sentence >= ranges.size()) ranges.resize(tokens[i].sentence + 1, {i, i});
    ranges[tokens[i].sentence].second = i + 1;
  }
  return ranges;
}

bool is_country(const gazetteer::Place& p) { return p.feature_class == "A" && (p.feature_code.rfind("PCL", 0) == 0 || p.feature_code == "TERR"); }

struct Mention {
  PlaceMention m;
  std::vector<gazetteer::Candidate> candidates;
  bool demonym = false;
};

class Reader {
 public:
  Reader(std::string_view original, const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& modes)
      : geocoder_(geocoder), modes_(modes) {
    result_.text = plain_text(original);
    tokens_ = tokenize(result_.text);
    sentences_ = sentence_ranges(tokens_);
  }

  ArticleResult run() {
    find_places();
    settle_places();
    find_figures();
    build_claims();
    return std::move(result_);
  }

 private:
  const Cues& cues_ = Cues::get();

  bool sentence_has(std::size_t sentence, const std::string& kind) const {
    if (sentence >= sentences_.size()) return false;
    for (std::size_t i = sentences_[sentence].first; i < sentences_[sentence].second; ++i)
      for (const Phrase& p : cues_.phrases(kind))
        if (matches_at(tokens_, i, p)) return true;
    return false;
  }

  std::string span_text(std::size_t first, std::size_t last) const {
    return result_.text.substr(tokens_[first].start, tokens_[last].end - tokens_[first].start);
  }

  // Tokens first..last read as a place, with the geocoder's candidates for it (best first).
  void add_mention(std::size_t first, std::size_t last, std::vector<gazetteer::Candidate> candidates) {
    Mention mention;
    mention.m.start = tokens_[first].start;
    mention.m.end = tokens_[last].end;
    mention.m.text = span_text(first, last);
    mention.m.sentence = tokens_[first].sentence;
    mention.m.first_token = first;
    mention.m.last_token = last;
    mention.demonym = candidates.front().match == gazetteer::MatchKind::demonym;
    mention.candidates = std::move(candidates);
    mentions_.push_back(std::move(mention));
  }

  void find_places() {
    gazetteer::GeocodeOptions options;
    options.limit = 10;
    options.fuzzy_fallback = false;
    options.suggestions = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind != Kind::word || !t.capital) continue;
      // People: after a title ("President Putin"), a known name ("Kim Jong Un"), or a first name before one.
      if (i > 0 && cues_.person_title.count(tokens_[i - 1].lower) && tokens_[i - 1].sentence == t.sentence) {
        while (i + 1 < tokens_.size() && tokens_[i + 1].kind == Kind::word && tokens_[i + 1].capital) ++i;
        continue;
      }
      if (i + 1 < tokens_.size() && tokens_[i + 1].capital && cues_.person_name.count(tokens_[i + 1].lower)) continue;
      const bool sentence_start = i == 0 || tokens_[i - 1].sentence != t.sentence ||
                                  (tokens_[i - 1].kind == Kind::punct && (tokens_[i - 1].text == "\"" || tokens_[i - 1].text == "“"));
      for (std::size_t len = kMaxSpanTokens; len >= 1; --len) {
        std::size_t last = i + len - 1;
        if (last >= tokens_.size()) continue;
        bool ok = tokens_[last].kind == Kind::word && tokens_[last].capital && tokens_[last].sentence == t.sentence;
        bool person = false;
        for (std::size_t k = i; ok && k <= last; ++k) {
          const Token& w = tokens_[k];
          ok = w.kind == Kind::word && (w.capital || (k > i && k < last && (w.lower == "of" || w.lower == "de" ||
                                                                             w.lower == "la" || w.lower == "el" ||
                                                                             w.lower == "al" || w.lower == "upon")));
          person = person || cues_.person_name.count(w.lower);
        }
        if (!ok) continue;
        if (person) break;
        if (len == 1 && cues_.not_place.count(t.lower)) break;
        // "the Hume Highway", "the Suez Canal": the name of a road or waterway, not the place.
        if (last + 1 < tokens_.size() && tokens_[last + 1].sentence == t.sentence &&
            cues_.feature_noun.count(tokens_[last + 1].lower))
          break;
        const std::string span = span_text(i, last);
        gazetteer::GeocodeResult found = geocoder_.geocode(span, options);
        if (found.matches.empty()) continue;
        // "Moscow, Idaho" / "Toledo, Spain": a qualifier after a comma narrows the name; it is a mention of
        // its own (the state or country), read after this one.
        std::optional<std::pair<std::size_t, std::size_t>> qualifier;
        for (std::size_t qlen = 3; qlen >= 1 && last + 1 + qlen < tokens_.size(); --qlen) {
          const std::size_t q_first = last + 2, q_last = last + 1 + qlen;
          if (tokens_[last + 1].text != "," || !tokens_[q_first].capital || tokens_[q_last].sentence != t.sentence) continue;
          bool words = true;
          for (std::size_t k = q_first; k <= q_last; ++k) words = words && tokens_[k].kind == Kind::word;
          if (!words) continue;
          const std::string qualified = span + ", " + span_text(q_first, q_last);
          gazetteer::GeocodeResult narrowed = geocoder_.geocode(qualified, options);
          if (!narrowed.matches.empty() && narrowed.matches.front().reason.find("; in ") != std::string::npos) {
            found = std::move(narrowed);
            qualifier = {q_first, q_last};
            break;
          }
        }
        const gazetteer::Candidate& best = found.matches.front();
        // A state or province by its exact name is a place even at a sentence start ("Ohio officials said");
        // the words that name regions and are common ("Central", "Western") are in not_place.
        const bool state_by_name = best.match == gazetteer::MatchKind::exact && best.place.feature_code == "ADM1";
        if (len == 1 && sentence_start && !state_by_name && best.place.prominence < kSentenceStartMinProminence) continue;
        if (len == 1 && best.match == gazetteer::MatchKind::alternate && best.place.prominence < kLoneAlternateMinProminence) continue;
        // "over the Andes": a single obscure name after "the" is a range or a region, not a town.
        if (len == 1 && i > 0 && tokens_[i - 1].lower == "the" && !is_country(best.place) &&
            best.place.feature_code != "ADM1" && best.place.prominence < kSentenceStartMinProminence)
          continue;
        // An acronym ("KTX", "BBC") is an organisation unless it is a code or a name of the place itself.
        const bool acronym = t.text.size() <= 5 && std::all_of(t.text.begin(), t.text.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) || ch == '.'; });
        if (len == 1 && acronym && best.match == gazetteer::MatchKind::alternate) continue;
        add_mention(i, last, std::move(found.matches));
        i = last;
        if (qualifier) {
          const auto [q_first, q_last] = *qualifier;
          gazetteer::GeocodeResult q_found = geocoder_.geocode(span_text(q_first, q_last), options);
          if (!q_found.matches.empty()) add_mention(q_first, q_last, std::move(q_found.matches));
          i = q_last;
        }
        break;
      }
    }
  }

  // Indexes [begin, end) of the mentions in sentences first..last (mentions are in text order).
  std::pair<std::size_t, std::size_t> mention_range(std::size_t first_sentence, std::size_t last_sentence) const {
    auto begin = std::partition_point(mentions_.begin(), mentions_.end(),
                                      [&](const Mention& m) { return m.m.sentence < first_sentence; });
    auto end = std::partition_point(begin, mentions_.end(), [&](const Mention& m) { return m.m.sentence <= last_sentence; });
    return {static_cast<std::size_t>(begin - mentions_.begin()), static_cast<std::size_t>(end - mentions_.begin())};
  }

  void settle_places() {
    // The countries and first-level regions (states, provinces) the story names, by how many mentions;
    // a mention does not count towards its own reading ("Georgia" read as the US state must not lift
    // the US state).
    std::map<std::string, int> countries_named, states_named;
    auto names_country = [&](const Mention& x) {
      const gazetteer::Place& p = x.candidates.front().place;
      return x.demonym || is_country(p) || p.feature_code == "ADM1";
    };
    auto state_key = [](const gazetteer::Place& p) { return p.country_code + "." + p.admin1_code; };
    for (const Mention& x : mentions_) {
      if (names_country(x)) ++countries_named[x.candidates.front().place.country_code];
      if (!x.demonym && x.candidates.front().place.feature_code == "ADM1") ++states_named[state_key(x.candidates.front().place)];
    }
    // The story's locale: the country most of its places are in, by the geocoder's first readings, when
    // it holds more than half of them and at least kLocaleMinMentions (a local paper's Dublin is the
    // one near its Columbus and Grove City).
    std::map<std::string, int> places_in_country;
    int places_counted = 0;
    for (const Mention& x : mentions_) {
      const gazetteer::Place& p = x.candidates.front().place;
      if (p.country_code.empty()) continue;
      ++places_in_country[p.country_code];
      ++places_counted;
    }
    std::string locale;
    for (const auto& [cc, n] : places_in_country)
      if (n >= kLocaleMinMentions && 2 * n > places_counted) locale = cc;
    auto named_by_others = [](const std::map<std::string, int>& named, const std::string& key, bool self) {
      auto it = named.find(key);
      return it != named.end() && it->second - (self ? 1 : 0) > 0;
    };
    // Each mention starts at the geocoder's best; two rounds let ambiguous places settle each other
    // (Dover and Calais), pulled towards the other populated places of the story.
    std::vector<std::size_t> chosen(mentions_.size(), 0);
    std::vector<std::string> reasons(mentions_.size());
    const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
    for (int round = 0; round < 2; ++round) {
      for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
        Mention& x = mentions_[xi];
        if (x.demonym || (x.candidates.size() == 1 && round > 0)) continue;
        // The populated places the story names, once each, as read so far: each choice sees the ones
        // made before it (choices made all at once chase each other: Dover and Calais would swap
        // between Delaware and Maine and England and France).
        std::vector<const gazetteer::Place*> anchors;
        std::set<std::int64_t> anchor_fids;
        // Only places named within kContextSentences of this one pull it: a story's places cluster where
        // it is, and a window keeps a book-length text linear (every place against every other was
        // quadratic: 400 kB of text took 17 s).
        const auto [window_begin, window_end] =
            mention_range(x.m.sentence > kContextSentences ? x.m.sentence - kContextSentences : 0,
                          x.m.sentence + kContextSentences);
        for (std::size_t ai = window_begin; ai < window_end; ++ai) {
          const gazetteer::Place& a = mentions_[ai].candidates[chosen[ai]].place;
          if (ai != xi && !mentions_[ai].demonym && a.feature_class == "P" && anchor_fids.insert(a.fid).second)
            anchors.push_back(&a);
        }
        std::size_t best = 0;
        double best_score = -1;
        int best_kind = 99;
        std::string best_reason;
        // An alternate name the geocoder itself ranks above every exact one ("New York" for New York
        // City) counts as exact here; other alternates cannot be lifted past an exact name by context.
        double best_exact_score = -1;
        for (const gazetteer::Candidate& c : x.candidates)
          if (c.match == gazetteer::MatchKind::exact) best_exact_score = std::max(best_exact_score, c.score);
        for (std::size_t k = 0; k < x.candidates.size(); ++k) {
          const gazetteer::Candidate& c = x.candidates[k];
          double score = c.score;
          std::string reason;
          const gazetteer::Place& front = x.candidates.front().place;
          if (!c.place.country_code.empty() &&
              named_by_others(countries_named, c.place.country_code, names_country(x) && front.country_code == c.place.country_code)) {
            score += kCountryInTextBonus;
            reason += is_country(c.place) ? "; the text names it elsewhere" : "; in a country the text names";
          }
          // "Georgia" in a story that names Atlanta and Macon is the state; with Tbilisi, the country.
          if (c.place.feature_code == "ADM1" || is_country(c.place)) {
            const bool state = c.place.feature_code == "ADM1";
            for (const gazetteer::Place* a : anchors)
              if (a->country_code == c.place.country_code && (!state || a->admin1_code == c.place.admin1_code)) {
                score += state ? kStateInTextBonus : kCountryInTextBonus;
                reason += "; the text names " + a->name + " in it";
                break;
              }
          }
          if (!locale.empty() && c.place.country_code == locale && !is_country(c.place) &&
              x.candidates.front().place.country_code != locale) {
            score += kLocaleBonus;
            reason += "; in the country most of the story's places are in";
          }
          // "Paris" in a story that names Texas: the state settles it before population does.
          if (c.place.feature_code != "ADM1" && !c.place.admin1_code.empty() &&
              named_by_others(states_named, state_key(c.place),
                              !x.demonym && front.feature_code == "ADM1" && state_key(front) == state_key(c.place))) {
            score += kStateInTextBonus;
            reason += "; in a state or province the text names";
          }
          // "the Russian border city of Khasan", "the Texas town of Paris": a country, demonym or region
          // just before, in the same sentence.
          const auto [same_begin, same_end] = mention_range(x.m.sentence, x.m.sentence);
          for (std::size_t qi = same_begin; qi < same_end; ++qi) {
            const Mention& q = mentions_[qi];
            const gazetteer::Place& qp = q.candidates.front().place;
            const bool region = qp.feature_code == "ADM1" && qp.admin1_code == c.place.admin1_code;
            if ((q.demonym || is_country(qp) || region) && &q != &x && q.m.sentence == x.m.sentence &&
                q.m.last_token < x.m.first_token && x.m.first_token - q.m.last_token <= 6 &&
                qp.country_code == c.place.country_code && !is_country(c.place)) {
              score += kQualifiedBonus;
              reason += q.demonym ? "; the text calls it " + q.m.text : "; the text places it in " + q.m.text;
              break;
            }
          }
          double nearest_km = 1e9;
          const gazetteer::Place* nearest = nullptr;
          for (const gazetteer::Place* a : anchors) {
            if (a->name == c.place.name) continue;  // itself, or its namesake
            double d = 0;
            wgs84.Inverse(c.place.lat_deg, c.place.lon_deg, a->lat_deg, a->lon_deg, d);
            if (d / 1000 < nearest_km) nearest_km = d / 1000, nearest = a;
          }
          if (nearest && !is_country(c.place)) {
            score += kPullBonus * std::exp(-nearest_km / kPullFadeKm);
            if (nearest_km < kPullFadeKm) reason += fmt::format("; {:.0f} km from {}, also named", nearest_km, nearest->name);
          }
          // Context chooses among equally good readings: an exact name is never beaten by an alternate one.
          // An alternate or an abbreviation the geocoder ranks above every exact name counts as exact:
          // "U.S." is the country, not Us, a village in France whose name is exactly "Us".
          const int kind = (c.match == gazetteer::MatchKind::alternate || c.match == gazetteer::MatchKind::abbreviation) &&
                                   c.score > best_exact_score
                               ? static_cast<int>(gazetteer::MatchKind::exact)
                               : static_cast<int>(c.match);
          if (kind < best_kind || (kind == best_kind && score > best_score))
            best_kind = kind, best_score = score, best = k, best_reason = reason;
        }
        chosen[xi] = best;
        reasons[xi] = best_reason;
      }
    }
    for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
      Mention& x = mentions_[xi];
      if (x.demonym) {
        // "American", "Russians": a place mention of the country, reported as such; never a trip's end
        // (build_claims leaves countries out).
        x.m.place = x.candidates.front().place;
        x.m.reason = x.candidates.front().reason;
        result_.places.push_back(x.m);
        place_mention_.push_back(xi);
        continue;
      }
      const gazetteer::Candidate& c = x.candidates[chosen[xi]];
      x.m.place = c.place;
      x.m.reason = c.reason + reasons[xi];
      // Name the reading not taken when it is a same-named place in another country.
      for (std::size_t k = 0; k < x.candidates.size(); ++k)
        if (k != chosen[xi] && x.candidates[k].place.country_code != c.place.country_code) {
          x.m.reason += fmt::format("; not {}, {}", x.candidates[k].place.name, x.candidates[k].place.country_code);
          break;
        }
      result_.places.push_back(x.m);
      place_mention_.push_back(xi);
    }
  }

  // Re-reads an endpoint whose reading makes the stated distance absurd, when a same-named place fits.
  void reread_endpoints(const PlaceMention*& origin, const PlaceMention*& destination, const quantities::Quantity& distance) {
    auto index_of = [&](const PlaceMention* p) { return static_cast<std::size_t>(p - result_.places.data()); };
    const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
    auto fits = [&](const gazetteer::Place& a, const gazetteer::Place& b) {
      double d = 0;
      wgs84.Inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, d);
      return d > 0 && distance.value_si() / d < kMisreadFactor && d / distance.value_si() < kMisreadFactor;
    };
    if (fits(origin->place, destination->place)) return;
    for (const PlaceMention** end : {&origin, &destination}) {
      const PlaceMention* other = end == &origin ? destination : origin;
      for (const gazetteer::Candidate& c : mentions_[place_mention_[index_of(*end)]].candidates) {
        if (c.match != gazetteer::MatchKind::exact || c.place.fid == (*end)->place.fid || !fits(c.place, other->place)) continue;
        PlaceMention& fixed = result_.places[index_of(*end)];
        double misread_m = 0;
        wgs84.Inverse(fixed.place.lat_deg, fixed.place.lon_deg, other->place.lat_deg, other->place.lon_deg, misread_m);
        fixed.reason = c.reason + fmt::format("; not {}, {}: the {} to {} would be {:.0f}x the straight line from there",
                                              fixed.place.name, fixed.place.country_code, distance.text, other->place.name,
                                              distance.value_si() / misread_m);
        fixed.place = c.place;
        return;
      }
    }
  }

  bool excluded_figure(std::size_t first, std::size_t last) const {
    for (const Phrase& p : cues_.phrases("not_figure_after"))
      if (last + 1 < tokens_.size() && matches_at(tokens_, last + 1, p)) return true;
    // "two-day trip": a hyphenated figure used as an adjective, then an event noun.
    if (last + 2 < tokens_.size() && tokens_[last + 1].text == "-")
      for (const Phrase& p : cues_.phrases("not_figure_after"))
        if (matches_at(tokens_, last + 2, p)) return true;
    if (first > 0)
      for (const Phrase& p : cues_.phrases("not_figure_before"))
        if (first >= p.size() && matches_at(tokens_, first - p.size(), p)) return true;
    return false;
  }

  void find_figures() {
    std::size_t covered_until = 0;
    for (std::size_t u = 0; u < tokens_.size(); ++u) {
      if (tokens_[u].kind != Kind::word || !quantities::is_unit_word(tokens_[u].lower) || u < covered_until) continue;
      const std::size_t from = u >= kMaxFigureTokens ? u - kMaxFigureTokens + 1 : 0;
      for (std::size_t s = std::max(from, covered_until); s <= u; ++s) {
        if (tokens_[s].sentence != tokens_[u].sentence) continue;
        const Token& first = tokens_[s];
        if (first.kind == Kind::punct || !quantities::may_start_figure(first.lower)) continue;
        // Extend a compound duration over what follows: "3 h 40 min".
        std::size_t last = u;
        const std::string text = result_.text.substr(first.start, tokens_[last].end - first.start);
        try {
          quantities::Quantity q = quantities::parse_quantity(text);
          while (last + 2 < tokens_.size() && q.dimension == quantities::Dimension::duration &&
                 tokens_[last + 1].kind == Kind::number && quantities::is_unit_word(tokens_[last + 2].lower)) {
            try {
              q = quantities::parse_quantity(result_.text.substr(first.start, tokens_[last + 2].end - first.start));
              last += 2;
            } catch (const InputError&) {
              break;
            }
          }
          if (q.dimension == quantities::Dimension::duration && excluded_figure(s, last)) break;
          FigureMention f;
          f.start = first.start;
          f.end = tokens_[last].end;
          f.text = result_.text.substr(f.start, f.end - f.start);
          f.quantity = std::move(q);
          f.sentence = first.sentence;
          result_.figures.push_back(std::move(f));
          covered_until = last + 1;
          break;
        } catch (const InputError&) {
          // not a figure from this start; try a later one
        }
      }
    }
  }

  // The mode the story names, preferring the sentences that carry figures.
  std::optional<routes::ModeProfile> mode(const std::set<std::size_t>& sentences, std::string& word) const {
    std::map<std::string, int> votes;
    std::map<std::string, std::string> example;
    for (std::size_t i = 0; i < tokens_.size(); ++i)
      for (const auto& [kind, phrases] : cues_.by_kind) {
        if (kind.rfind("mode.", 0) != 0) continue;
        for (const Phrase& p : phrases)
          if (matches_at(tokens_, i, p)) {
            votes[kind.substr(5)] += sentences.count(tokens_[i].sentence) ? 3 : 1;
            example.emplace(kind.substr(5), tokens_[i].text);
          }
      }
    if (votes.empty()) return std::nullopt;
    auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    word = example[best->first];
    try {
      return modes_.get(best->first);
    } catch (const InputError&) {
      return std::nullopt;  // a --profile without that mode
    }
  }

  void build_claims() {
    if (result_.figures.empty()) return;
    std::set<std::size_t> figure_sentences;
    for (const FigureMention& f : result_.figures) figure_sentences.insert(f.sentence);
    std::vector<const PlaceMention*> origins, destinations, vias;
    for (const PlaceMention& p : result_.places) {
      if (is_country(p.place) || p.place.feature_class == "L") continue;  // a route runs between places
      const std::size_t at = p.first_token;
      if (cue_before(tokens_, at, "via") != std::string::npos ||
          (sentence_has(p.sentence, "crossing") && at > 0 && tokens_[at - 1].lower == "at"))
        vias.push_back(&p);
      else if (cue_before(tokens_, at, "origin") != std::string::npos)
        origins.push_back(&p);
      else if (cue_before(tokens_, at, "destination") != std::string::npos)
        destinations.push_back(&p);
    }
    // The pair: "from X to Y" in one sentence first; else the first origin with a destination that
    // differs, preferring a destination in a sentence with figures.
    const PlaceMention* origin = nullptr;
    const PlaceMention* destination = nullptr;
    int best_rank = -1;
    for (const PlaceMention* o : origins)
      for (const PlaceMention* d : destinations) {
        if (o->place.fid == d->place.fid) continue;
        const int rank = (o->sentence == d->sentence && o->start < d->start ? 2 : 0) + (figure_sentences.count(d->sentence) ? 1 : 0);
        if (rank > best_rank) best_rank = rank, origin = o, destination = d;
      }
    // The wording a route end was read from: the cue through the place ("heading towards Vladivostok").
    auto wording = [&](const PlaceMention* p, const char* kind) {
      const Token& cue = tokens_[cue_before(tokens_, p->first_token, kind)];
      return result_.text.substr(cue.start, p->end - cue.start);
    };
    std::string how;
    if (origin) how += "origin from '" + wording(origin, "origin") + "'; ";
    if (!origin || !destination || origin->place.fid == destination->place.fid) return;
    for (const FigureMention& f : result_.figures)
      if (f.quantity.dimension == quantities::Dimension::distance) {
        reread_endpoints(origin, destination, f.quantity);
        break;
      }
    how += "destination from '" + wording(destination, "destination") + "'";
    std::set<std::size_t> route_sentences = figure_sentences;
    route_sentences.insert(destination->sentence);
    std::string mode_word;
    ArticleClaim ac;
    verdicts::Claim& claim = ac.claim;
    claim.mode = mode(route_sentences, mode_word);
    if (claim.mode) how += "; mode from '" + mode_word + "'";
    std::vector<routes::Waypoint> points;
    auto waypoint = [](const PlaceMention& p) {
      routes::Waypoint w;
      w.query = p.text;
      w.place = p.place;
      w.reason = p.reason;
      return w;
    };
    points.push_back(waypoint(*origin));
    std::sort(vias.begin(), vias.end(), [](const PlaceMention* a, const PlaceMention* b) { return a->start < b->start; });
    std::set<std::int64_t> used{origin->place.fid, destination->place.fid};
    for (const PlaceMention* v : vias)
      if (used.insert(v->place.fid).second) points.push_back(waypoint(*v)), how += "; via '" + v->text + "'";
    points.push_back(waypoint(*destination));
    claim.route = routes::make_route(std::move(points));
    // The figures of the sentences about the route: the destination's and those with travel figures.
    for (std::size_t i = 0; i < result_.figures.size(); ++i) {
      const FigureMention& f = result_.figures[i];
      std::optional<quantities::Quantity>* slot = f.quantity.dimension == quantities::Dimension::distance ? &claim.distance
                                                  : f.quantity.dimension == quantities::Dimension::speed  ? &claim.speed
                                                                                                          : &claim.duration;
      if (!*slot) {
        *slot = f.quantity;
        ac.figure_indexes.push_back(i);
      }
    }
    for (std::size_t s : route_sentences)
      if (sentence_has(s, "stop")) {
        claim.stop_unknown = true;
        how += "; a stop mentioned, not sized";
        break;
      }
    ac.report = verdicts::check_claim(claim);
    ac.how_found = how;
    result_.claims.push_back(std::move(ac));
  }

  const gazetteer::Geocoder& geocoder_;
  const routes::ModeProfiles& modes_;
  ArticleResult result_;
  std::vector<Token> tokens_;
  std::vector<Mention> mentions_;
  std::vector<std::pair<std::size_t, std::size_t>> sentences_;
  std::vector<std::size_t> place_mention_;  // for each of ArticleResult::places, its index in mentions_
};

}  // namespace

ArticleResult read_article(std::string_view original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes) {
  return Reader(original, geocoder, modes).run();
}

}  // namespace routecheck::article
