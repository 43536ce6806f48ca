// Places and figures -> trips and their claims (see trips.hpp). A trip is read from one sentence's
// wording ("from X to Y", "X to Y", "between X and Y", "the X-Y line", "left X ... for Y"); figures go
// to the trip their sentence states, or to the last trip stated before them; each trip with figures
// becomes a claim, checked as `check` does.
#include "article/trips.hpp"
#include "article/mode_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "article/cues.hpp"
#include "article/figure_spotter.hpp"
#include "article/weights.hpp"
#include "core/text.hpp"
#include "routes/mode_network.hpp"

namespace routecheck::article {

namespace {


// The pattern of a trip read from the cue words before each end ("left X ... heading towards Y").
constexpr const char* kByCues = "origin and destination cues";
// The pattern of a trip whose origin is the place named last before its destination.
constexpr const char* kImpliedOrigin = "origin implied by the place named before";
// The pattern of a trip between two stops of a timetable told in sentences.
constexpr const char* kTimetable = "timetable: departs X, arrives Y";
// The pattern of a trip whose other end is the dateline's place ("arrived here from X").
constexpr const char* kFromTheDateline = "the other end is the dateline's place";
// The pattern of a trip back to where it started.
constexpr const char* kRoundTrip = "round trip";
// The pattern of a leg that goes on from the trip before's end ("X to Y, then on to Z").
constexpr const char* kContinuation = "then on to Z";
// A mode word this near a sentence's start opens it ("A flight takes", "The overnight bus takes").
constexpr std::size_t kOtherWayOpeningTokens = 2;
// Words between the comma and the mode word of a clause that leaves its verb out (", the sea voyage 90
// minutes"): a determiner and one word of the mode's name.
constexpr std::size_t kEllipticalClauseLeadTokens = 2;
// The pattern of a trip whose destination is the one named last before its origin.
constexpr const char* kImpliedDestination = "destination implied by the one named before";
// The pattern of two places a figure says are that far apart ("X and Y are 66 miles apart").
constexpr const char* kSeparation = "X and Y, a distance apart";
constexpr const char* kLegBefore = "a leg told after the trip it led to: it ends where that trip starts";
// The pattern of a leg back from where the vehicle is to where it came from ("at X, it heads back to Y").
constexpr const char* kBackLeg = "at X, back to Y";

// The sentences and kinds TripAssembler::first_phrase_in remembers at most.
constexpr std::size_t kMaxRememberedPhrases = 1 << 14;

// The slot of a claim a figure fills: top speed, stop, distance, speed or duration (make_claim's order).
constexpr std::size_t kFigureSlots = 5;
std::size_t figure_slot(const FigureMention& f) {
  return f.role == FigureRole::top_speed                            ? 0
         : f.role == FigureRole::stop                               ? 1
         : f.quantity->dimension == quantities::Dimension::distance ? 2
         : f.quantity->dimension == quantities::Dimension::speed    ? 3
                                                                    : 4;
}

// Token -> mention, as a vector sorted by token (a map's node for each of a long story's mentions was 64
// bytes). set() overwrites a token's mention, appends a token past the last, and keeps any other aside
// until merged in by finish(); find() sees the tokens set before the last finish() and those appended.
class MentionAtToken {
 public:
  using Entry = std::pair<std::size_t, std::size_t>;
  void set(std::size_t token, std::size_t mention) {
    if (entries_.empty() || token > entries_.back().first) return entries_.emplace_back(token, mention), void();
    if (auto it = lower_bound(token); it != entries_.end() && it->first == token) return it->second = mention, void();
    pending_.emplace_back(token, mention);
  }
  void finish() {
    if (pending_.empty()) return;
    std::stable_sort(pending_.begin(), pending_.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
    std::vector<Entry> merged;
    merged.reserve(entries_.size() + pending_.size());
    std::merge(entries_.begin(), entries_.end(), pending_.begin(), pending_.end(), std::back_inserter(merged),
               [](const Entry& a, const Entry& b) { return a.first < b.first; });
    entries_.clear();
    for (const Entry& e : merged) {  // the one set last wins
      if (!entries_.empty() && entries_.back().first == e.first) entries_.back().second = e.second;
      else entries_.push_back(e);
    }
    pending_.clear();
    pending_.shrink_to_fit();
  }
  const Entry* find(std::size_t token) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), token, [](const Entry& e, std::size_t t) { return e.first < t; });
    return it != entries_.end() && it->first == token ? &*it : nullptr;
  }
  const Entry* end() const { return nullptr; }
  bool count(std::size_t token) const { return find(token) != nullptr; }
  std::size_t at(std::size_t token) const { return find(token)->second; }

 private:
  std::vector<Entry>::iterator lower_bound(std::size_t token) {
    return std::lower_bound(entries_.begin(), entries_.end(), token, [](const Entry& e, std::size_t t) { return e.first < t; });
  }
  std::vector<Entry> entries_, pending_;
};

// Where a trip is stated: its sentence and the first token of the wording.
struct Statement {
  std::size_t sentence = 0, first_token = 0;
};

struct Trip {
  std::size_t origin = 0, destination = 0;  // indexes into the mentions
  std::vector<std::size_t> vias;
  std::size_t wording_last = 0;             // last token of the wording it was first read from
  std::vector<Statement> statements;        // every statement of it, the first one first
  std::set<std::string> modes;              // the modes its statements' sentences name
  std::string_view pattern;                 // "from ... to", "between ... and", "X-Y", ... (a literal)
  std::vector<std::size_t> figures;         // indexes into the figures, nearest first
  // The mode word this way of making the trip is told with, when one sentence gives two ways by two modes
  // ("four hours by train and an hour by plane"); an index into the mode words. Else the trip's
  // sentences vote.
  std::optional<std::size_t> own_mode_word;
  // The same from the weak mode words ("two hours or more on the motorway"); and a mode word that is the
  // other way's, not this trip's, where its own words name no mode ("the new line takes 95 minutes,
  // compared with four hours by car").
  std::optional<std::size_t> own_weak_mode_word, not_mode_word;
  // "from Bergen to Kirkenes and back", "a round trip from X to Y": the route runs back to the origin.
  bool there_and_back = false;

  std::size_t sentence() const { return statements.front().sentence; }  // where it is first stated
  std::size_t wording_first() const { return statements.front().first_token; }
};

class TripAssembler {
 public:
  TripAssembler(const Document& doc, std::vector<Mention>& mentions, std::vector<FigureMention>& figures,
                const routes::ModeProfiles& modes, const routes::SeaLanes* sea_lanes, const routes::BorderLocator* borders,
                SharedValues& shared, const std::optional<date::year_month_day>& story_date,
                const std::set<std::size_t>& timed_sentences)
      : doc_(doc), tokens_(doc.tokens), mentions_(mentions), figures_(figures), modes_(modes), sea_lanes_(sea_lanes),
        borders_(borders), shared_(shared), story_date_(story_date), timed_sentences_(timed_sentences) {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& x = mentions_[i];
      // A route runs between places (an island is one; a region or a country is not).
      const bool area = x.m.place->feature_class == "L" && !gazetteer::is_island(*x.m.place);
      // A dateline is where the story was filed, not where a trip starts or ends.
      // "the Polish border crossing at X": a demonym on the way from a cue to its place is passed over.
      // So is a country named right before a border word ("to the US border at Tijuana").
      const bool names_a_border = is_country(*x.m.place) && x.m.last_token + 1 < tokens_.size() &&
                                  cues_.is("border_word", tokens_[x.m.last_token + 1].lower());
      if (x.demonym || names_a_border) demonym_last_by_first_[x.m.first_token] = x.m.last_token;
      // "from Columbia, Missouri to X", "Columbia, MO": the state or country that qualifies a town says
      // where the town is; it is no end of its own.
      if (!x.border && (x.demonym || x.dateline || x.qualifier || x.far_alternate || area || places_the_one_before(i) ||
                        (is_country(*x.m.place) && !part_of_country(x) && !(told_as_end(x) && small_country(*x.m.place)))))
        continue;
      // "Rostov, on the Ukrainian border, is 14 hours from X": a border that locates a place is no end.
      if (x.border && cue_before(tokens_, x.m.first_token, "locates") != std::string::npos) continue;
      mention_at_token_.set(x.m.first_token, i);
      route_places_.push_back(i);
    }
    mention_at_token_.finish();
    read_appositions();
    mention_at_token_.finish();
    // A blank line between two sentences starts a paragraph.
    paragraph_.assign(doc_.sentences.size(), 0);
    for (std::size_t s = 1; s < doc_.sentences.size(); ++s) {
      paragraph_[s] = paragraph_[s - 1];
      const auto [first, end] = doc_.sentences[s];
      const std::size_t prev_end = doc_.sentences[s - 1].second;
      if (first >= end || prev_end == 0 || prev_end > first) continue;
      const std::string_view between = std::string_view(doc_.text).substr(
          tokens_[prev_end - 1].end, tokens_[first].start - tokens_[prev_end - 1].end);
      std::size_t newlines = 0;
      for (char c : between) newlines += c == '\n' ? 1 : 0;
      if (newlines >= 2) ++paragraph_[s];
    }
    paragraph_shifts_.assign(paragraph_.empty() ? 1 : paragraph_.back() + 1, false);
    for (std::size_t s = 1; s < doc_.sentences.size(); ++s)
      if (paragraph_[s] != paragraph_[s - 1]) paragraph_shifts_[paragraph_[s]] = opens_with(s, "topic_shift");
  }

  // "from Stanley in the Falkland Islands to Punta Arenas": a country or a state right after "in" (or "in
  // the") after a town in it says where the town is; it is no end ("the Falkland Islands to Punta Arenas").
  bool places_the_one_before(std::size_t i) const {
    if (i == 0) return false;
    const Mention &x = mentions_[i], &before = mentions_[i - 1];
    const gazetteer::Place &area = *x.m.place, &town = *before.m.place;
    if (x.m.sentence != before.m.sentence || !(is_country(area) || area.feature_code == "ADM1") || town.country_code != area.country_code ||
        (area.feature_code == "ADM1" && town.admin1_code != area.admin1_code) || is_country(town) || town.feature_code == "ADM1")
      return false;
    std::size_t k = before.m.last_token + 1;
    if (k >= x.m.first_token || tokens_[k].lower() != "in") return false;
    ++k;
    if (k < x.m.first_token && tokens_[k].lower() == "the") ++k;
    return k == x.m.first_token;
  }

  // "for the capital of Guangdong, Hangzhou,", "to the largest city of Primorye, Vladivostok.": a place named
  // by its role in a region or country, then by its name between commas. The name is the place meant (even
  // where it lies elsewhere: a garbled text names the place it names), the region only says where, and the
  // cue before the role ("for the capital of") is the name's. A list ("of Primorye, Vladivostok and
  // Khasan") is no apposition.
  void read_appositions() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const PlaceMention& region = mentions_[i].m;
      if (region.place->feature_class != "A" || region.first_token < 2 || tokens_[region.first_token - 1].lower() != "of" ||
          !cues_.is("cue_filler", tokens_[region.first_token - 2].lower()))
        continue;
      const std::size_t comma = region.last_token + 1;
      if (comma + 1 >= tokens_.size() || tokens_[comma].text() != "," || tokens_[comma + 1].sentence != region.sentence) continue;
      const auto named = mention_at_token_.find(comma + 1);
      if (named == mention_at_token_.end() || place(named->second).feature_class == "A") continue;
      const std::size_t after = mentions_[named->second].m.last_token + 1;
      if (after < tokens_.size() && tokens_[after].sentence == region.sentence && tokens_[after].kind != TokenKind::punct) continue;
      if (after < tokens_.size() && tokens_[after].sentence == region.sentence && tokens_[after].text() == "-") continue;
      cue_anchor_[named->second] = region.first_token;
      // No later find() in this loop asks for a token after "of" (it asks for one after a comma).
      mention_at_token_.set(region.first_token, named->second);
      route_places_.erase(std::remove(route_places_.begin(), route_places_.end(), i), route_places_.end());
    }
  }

  // A mention's words in lower case (a mention's text is the story's from its start to its end).
  std::string_view text_lower(std::size_t mention) const {
    const PlaceMention& m = mentions_[mention].m;
    return std::string_view(doc_.lower).substr(m.start, m.end - m.start);
  }

  // The token a mention's cue words end before: its own first, or the role it is named by in apposition.
  std::size_t cue_token(std::size_t mention) const {
    auto it = cue_anchor_.find(mention);
    return it == cue_anchor_.end() ? mentions_[mention].m.first_token : it->second;
  }

  // Whether the words around a mention could make it a trip's end: a cue before it ("from", "to", "between",
  // "reached") or a word joining it to another place ("X to Y", "X-Y"). Only such a country's
  // outline is measured: "North Korea's leader" costs no parse of its outline.
  bool told_as_end(const Mention& x) const {
    for (const char* kind : {"origin", "destination", "pair"})
      if (cue_before(tokens_, x.m.first_token, kind) != std::string::npos) return true;
    auto joining = [&](std::size_t k) {
      if (k >= tokens_.size() || tokens_[k].sentence != x.m.sentence) return false;
      const std::string_view w = tokens_[k].lower();
      return w == "to" || w == "-" || w == "\u2013" || w == "\u2014";
    };
    if (joining(x.m.last_token + 1) || (x.m.first_token > 0 && joining(x.m.first_token - 1))) return true;
    // "between Durban and Mauritius": "and" after a pair's cue.
    if (x.m.first_token == 0 || tokens_[x.m.first_token - 1].lower() != "and") return false;
    for (std::size_t k = x.m.first_token - 1, back = 0; k-- > 0 && back < weights().pair_reach_tokens && tokens_[k].sentence == x.m.sentence; ++back)
      if (any_phrase_at(tokens_, k, "pair")) return true;
    return false;
  }

  // "sailed to Barbados", "flew from Malta": a country whose outline is small enough to be a trip's end
  // (routes::measure_country_reach); without a locator none is.
  bool small_country(const gazetteer::Place& p) const {
    routes::Waypoint w;
    w.place = p;
    return borders_ && gazetteer::is_country(p) && routes::measure_country_reach(w, *borders_, country_limits_);
  }

  // "began in western Canada", "from northern Mexico": a country with a word before it that says which
  // part is a region of it, an end a trip can start or end in (somewhere within the country).
  bool part_of_country(const Mention& x) const {
    const std::size_t at = x.m.first_token;
    return at > 0 && tokens_[at - 1].sentence == x.m.sentence && !tokens_[at - 1].capital &&
           cues_.is("region_qualifier", tokens_[at - 1].lower());
  }

  // A phrase of `kind` among the first weights().max_filler_tokens + 1 tokens of sentence `s`.
  bool opens_with(std::size_t s, const char* kind) const {
    const auto [first, end] = doc_.sentences[s];
    for (std::size_t k = first; k < end && k <= first + weights().max_filler_tokens; ++k)
      if (any_phrase_at(tokens_, k, kind)) return true;
    return false;
  }

  // The claims' recipes, in claim order, and in `claims` (when given) the claims made from them.
  std::vector<ClaimRecipe> run(std::vector<ArticleClaim>* claims) {
    read_timetable_stops();
    if (figures_.empty() && timed_sentences_.empty()) return {};
    ran_ = true;
    mark_beneficiaries();
    find_mode_words();
    find_trips();
    attach_vias();
    attach_figures();
    add_separations();
    std::vector<ClaimRecipe> recipes;
    auto add = [&](Trip& trip) {
      ClaimRecipe recipe;
      ArticleClaim claim = claim_for(trip, recipe);
      recipes.push_back(std::move(recipe));
      if (claims) claims->push_back(std::move(claim));
    };
    for (std::size_t t = 0; t < trips_.size(); ++t) {
      if (!checkable(trips_[t])) continue;
      std::optional<Trip> other_way = split_other_way(trips_[t]);
      add(trips_[t]);
      if (other_way) add(*other_way);
    }
    return recipes;
  }

 private:
  using Place = gazetteer::Place;
  const Place& place(std::size_t mention) const { return *mentions_[mention].m.place; }

  // A trip is a claim when a figure of it can be checked: a stop alone ("passengers waited five hours")
  // measures no part of the way. Or when a sentence stating it gives its departure and its arrival times
  // ("left X at 17:00 and arrived in Y at 18:30"): the time between them is the claim's figure.
  bool checkable(const Trip& t) const {
    return std::any_of(t.figures.begin(), t.figures.end(), [&](std::size_t f) { return figures_[f].role != FigureRole::stop; }) ||
           std::any_of(t.statements.begin(), t.statements.end(), [&](const Statement& st) { return timed_sentences_.count(st.sentence) > 0; });
  }

  // "drove 385 km from X to Y, then a further 320 km to Z": "then", words that add to the way ("a further",
  // "another": cue continuation_lead), a travel figure and "to" right before z. The token of "then", or npos.
  std::size_t continuation_with_figure(std::size_t z) const {
    const std::size_t to = cue_token(z);
    if (to < 3 || tokens_[to - 1].lower() != "to") return std::string::npos;
    const std::size_t sentence = mentions_[z].m.sentence;
    // The figure right before "to", or a few words of the way before it ("a further 360 km over the Andes
    // to Santiago"), none of them a place of the route.
    constexpr std::size_t kWayWords = 4;
    auto figure = figures_.end();
    std::size_t figure_last = to - 2;
    for (std::size_t words = 0; words <= kWayWords && figure_last > 0 && figure == figures_.end(); ++words, --figure_last) {
      if (tokens_[figure_last].sentence != sentence || mention_at_token_.count(figure_last)) return std::string::npos;
      // The figures are in text order, their ends too: found by their end, not read through (a long story
      // of "N km to X" asked all of them for each place).
      const auto at_end = std::lower_bound(figures_.begin(), figures_.end(), tokens_[figure_last].end,
                                           [](const FigureMention& f, std::size_t end) { return f.end < end; });
      if (at_end != figures_.end() && at_end->end == tokens_[figure_last].end && at_end->sentence == sentence &&
          at_end->role == FigureRole::travel)
        figure = at_end;
      if (figure != figures_.end()) break;
    }
    if (figure == figures_.end()) return std::string::npos;
    std::size_t k = figure_last;
    while (k > 0 && tokens_[k].start > figure->start) --k;
    if (tokens_[k].start != figure->start) return std::string::npos;
    constexpr std::size_t kLeadWords = 2;
    for (std::size_t words = 0; words < kLeadWords && k > 0 && cues_.is("continuation_lead", tokens_[k - 1].lower()); ++words) --k;
    if (k == 0 || tokens_[k - 1].lower() != "then" || tokens_[k - 1].sentence != sentence) return std::string::npos;
    return k - 1;
  }

  // The route place whose mention starts at token `at`, after skipping the words "the" and feature
  // words ("the port city of"); npos when none.
  std::size_t mention_starting(std::size_t at, std::size_t sentence) const {
    for (std::size_t skipped = 0; at < tokens_.size() && tokens_[at].sentence == sentence && skipped <= weights().max_filler_tokens;
         ++skipped, ++at) {
      auto it = mention_at_token_.find(at);
      if (it != mention_at_token_.end()) return it->second;
      if (const std::size_t last = demonym_ending_after(at); last != std::string::npos) {
        at = last;  // "to the Polish border crossing at X": the demonym's words, as one
        continue;
      }
      if (!cues_.is("end_filler", tokens_[at].lower())) break;
    }
    return std::string::npos;
  }

  // The last token of a demonym's mention starting at token `first`, or npos.
  std::size_t demonym_ending_after(std::size_t first) const {
    const auto it = demonym_last_by_first_.find(first);
    return it == demonym_last_by_first_.end() ? std::string::npos : it->second;
  }

  // For cue_before: where a demonym ending just before token `end` starts, or npos (mentions do not
  // overlap: the one starting last before `end` is the only one that can end there).
  std::function<std::size_t(std::size_t)> demonym_start() const {
    return [this](std::size_t end) {
      auto it = demonym_last_by_first_.lower_bound(end);
      if (it == demonym_last_by_first_.begin() || (--it)->second + 1 != end) return std::string::npos;
      return it->first;
    };
  }

  // A trip is stated in its destination's sentence unless `sentence` says otherwise (an implied
  // destination: the origin's).
  void add_trip(std::size_t origin, std::size_t destination, std::size_t wording_first, std::size_t wording_last,
                std::string_view pattern, std::optional<std::size_t> sentence = std::nullopt) {
    if (place(origin).fid == place(destination).fid && pattern != kRoundTrip) return;
    // The same two places stated again (a headline, then the lead) are the same trip, even where one
    // mention was read differently (a city and its province of the same name) or names the airport.
    // Only trips stated within a story's reach (weights().context_sentences) are compared: a headline and
    // its lead, not every trip of a book-length text (comparing all was quadratic).
    const Statement statement{sentence.value_or(mentions_[destination].m.sentence), wording_first};
    const std::set<std::string> statement_modes = modes_in(statement.sentence);
    // "The storm moved from the Bahamas toward Florida at 15 mph": a weather system, a fire or a slick
    // moving (cue not_traveller) is no trip, where its sentence names no vehicle or traveller's mode. Only
    // as what moves, before the trip's destination ("From Havana, the storm curved to Miami"): "crews
    // travelled from X to Y to fight a blaze" is a trip, the blaze its purpose.
    if (statement_modes.empty() && first_phrase_in(statement.sentence, "not_traveller") < mentions_[destination].m.first_token) return;
    // And at most weights().context_mentions trips: a story without full stops is one sentence.
    const std::size_t reach = weights().context_sentences;
    const bool return_leg = sentence_says(statement.sentence, "return_leg");
    std::size_t compared = 0;
    for (auto it = trips_by_sentence_.lower_bound(statement.sentence > reach ? statement.sentence - reach : 0);
         it != trips_by_sentence_.end() && it->first <= statement.sentence + reach && compared++ < weights().context_mentions;
         ++it) {
      Trip& t = trips_[it->second];
      const bool same_way = same_end(t.origin, origin) && same_end(t.destination, destination);
      const bool other_way = same_end(t.origin, destination) && same_end(t.destination, origin);
      // "The return trip from Y to X": the way back is a trip of its own.
      if ((same_way || (other_way && !return_leg)) && modes_agree(t.modes, statement_modes)) {
        add_statement(it->second, statement);
        t.there_and_back = t.there_and_back || says_there_and_back(destination, wording_first);
        return;
      }
    }
    Trip trip;
    trip.origin = origin;
    trip.destination = destination;
    trip.wording_last = wording_last;
    trip.pattern = pattern;
    trip.there_and_back = pattern != kRoundTrip && says_there_and_back(destination, wording_first);
    trip_end_fids_.insert({place(origin).fid, place(destination).fid});
    trips_.push_back(std::move(trip));
    add_statement(trips_.size() - 1, statement);
    // Ends read from their cues in two sentences: both state the trip ("set off from X ... ran 16,000
    // km." ... "arriving at Y").
    if (trips_.back().pattern == kByCues && mentions_[origin].m.sentence != statement.sentence)
      add_statement(trips_.size() - 1, {mentions_[origin].m.sentence, mentions_[origin].m.first_token});
  }

  // "to Kirkenes and back", "to Y, and back again", "a round trip from X to Y": the wording goes there and
  // back (cue there_and_back before the wording; "and back" or "and return" right after the destination).
  bool says_there_and_back(std::size_t destination, std::size_t wording_first) const {
    const std::size_t sentence = mentions_[destination].m.sentence;
    auto word = [&](std::size_t k) { return k < tokens_.size() && tokens_[k].sentence == sentence ? tokens_[k].lower() : std::string_view{}; };
    std::size_t k = mentions_[destination].m.last_token + 1;
    if (word(k) == ",") ++k;
    if (word(k) == "and" && (word(k + 1) == "back" || word(k + 1) == "return")) return true;
    return cue_before(tokens_, wording_first, "there_and_back") != std::string::npos;
  }

  void add_statement(std::size_t trip, const Statement& statement) {
    trips_[trip].statements.push_back(statement);
    trips_[trip].modes.merge(modes_in(statement.sentence));
    // One entry per trip and sentence: a trip restated a thousand times in one sentence is still one trip
    // to compare and to search (entries per statement made reading such a text quadratic).
    if (trip_sentences_.insert({statement.sentence, trip}).second) trips_by_sentence_.emplace(statement.sentence, trip);
  }

  std::size_t paragraph(std::size_t sentence) const { return sentence < paragraph_.size() ? paragraph_[sentence] : 0; }
  // Sentence `from` may take a trip's end or figure from sentence `to`: the same paragraph, or paragraphs
  // of one narrative (news tells a journey over several: "set off from X" ... "arriving at Y"). A
  // paragraph that opens another story ("In a separate attempt", "Meanwhile", "Elsewhere": cue
  // topic_shift) cuts the narrative, unless `from`'s words tie it back ("the journey": trip_anaphor).
  bool tied(std::size_t from, std::size_t to) const {
    std::size_t a = paragraph(std::min(from, to)), b = paragraph(std::max(from, to));
    if (a == b) return true;
    for (std::size_t p = a + 1; p <= b; ++p)
      if (paragraph_shifts_[p]) return sentence_says(from, "trip_anaphor");
    return true;
  }

  // The modes a sentence names ("train", "flight").
  // The last sentence asked for is remembered: a story of one long sentence asks for it for every place and
  // figure, and reading all its mode words each time was quadratic.
  std::set<std::string> modes_in(std::size_t sentence) const {
    if (modes_in_ && modes_in_->first == sentence) return modes_in_->second;
    std::set<std::string> modes;
    auto it = std::partition_point(mode_words_.begin(), mode_words_.end(), [&](const ModeWord& w) { return w.sentence < sentence; });
    for (; it != mode_words_.end() && it->sentence == sentence; ++it) modes.insert(it->mode);
    modes_in_.emplace(sentence, modes);
    return modes;
  }
  // Unless both name modes and none is shared: "the bus takes nine hours ... flying takes 20 minutes"
  // are two trips between the same places.
  static bool modes_agree(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    return std::any_of(a.begin(), a.end(), [&](const std::string& m) { return b.count(m) > 0; });
  }

  // The same place, or a town and its airport, station or port (a facility within weights().same_end_metres); two
  // towns are two places however near (Dover and Calais).
  bool same_end(std::size_t a, std::size_t b) const {
    if (place(a).fid == place(b).fid || text_lower(a) == text_lower(b)) return true;
    if (place(a).feature_class != "S" && place(b).feature_class != "S") return false;
    return routes::geodesic_km(place(a), place(b)) * 1000 <= weights().same_end_metres;
  }

  // article::first_phrase_in, each sentence read once per kind: asked for every place, trip or figure, a
  // sentence-long list would be read again each time.
  std::size_t first_phrase_in(std::size_t sentence, const char* kind) const {
    // Emptied when full: a long story of short sentences would keep one for every sentence and kind, and a
    // short sentence is quickly read again (a story of one long sentence has few).
    if (first_phrase_.size() >= kMaxRememberedPhrases) first_phrase_.clear();
    auto [it, fresh] = first_phrase_.try_emplace({sentence, kind}, std::string::npos);
    if (fresh) it->second = article::first_phrase_in(doc_, sentence, kind);
    return it->second;
  }
  bool sentence_says(std::size_t sentence, const char* kind) const { return first_phrase_in(sentence, kind) != std::string::npos; }

  // "from the Ben Thanh Market to X", "from Y to Wu Kai Sha": the sentence names its own origin (or
  // destination) by a name of two or more capitalised words that no mention covers, one the gazetteer lacks.
  // Then no place from another sentence stands in for it: the trip is not checkable, rather than wrong.
  bool unread_end_in(std::size_t sentence, const char* kind) const {
    if (sentence >= doc_.sentences.size()) return false;
    // Asked for every place of a sentence: read each sentence once for each kind.
    const auto key = std::make_pair(sentence, std::string_view(kind) == "origin");
    if (const auto known = unread_end_.find(key); known != unread_end_.end()) return known->second;
    return unread_end_[key] = sentence_names_unread_end(sentence, kind);
  }
  bool sentence_names_unread_end(std::size_t sentence, const char* kind) const {
    const auto [first, end] = doc_.sentences[sentence];
    auto covered = [&](std::size_t k) {
      const auto at = std::partition_point(mentions_.begin(), mentions_.end(), [&](const Mention& x) { return x.m.last_token < k; });
      return at != mentions_.end() && at->m.first_token <= k;
    };
    for (std::size_t k = first; k < end; ++k) {
      if (!any_phrase_at(tokens_, k, kind)) continue;
      for (const Phrase& p : cues_.phrases(kind)) {
        if (!matches_at(tokens_, k, p)) continue;
        std::size_t w = k + p.size();
        if (w < end && tokens_[w].lower() == "the") ++w;
        std::size_t words = 0;
        for (std::size_t v = w; v < end && tokens_[v].kind == TokenKind::word && tokens_[v].capital && !covered(v); ++v) ++words;
        if (words >= 2 && !cues_.not_place.count(tokens_[w].lower()) && !cues_.person_title.count(tokens_[w].lower())) return true;
      }
    }
    return false;
  }

  // "a pensioner from Bristol", "two students from Lyon", "hails from Leeds": "from" after a person says
  // where they live, not where a trip starts (article_cues.tsv resident_noun).
  bool names_residence(std::size_t mention) const {
    const std::size_t at = cue_token(mention);
    if (at < 2 || tokens_[at - 1].lower() != "from" || tokens_[at - 2].sentence != tokens_[at].sentence) return false;
    const std::string_view before = tokens_[at - 2].lower();
    return cues_.is("resident_noun", before) || (before.size() > 1 && before.back() == 's' &&
                                                 cues_.is("resident_noun", before.substr(0, before.size() - 1)));
  }

  // "the Moscow-bound train", "a London-bound flight": the place right before "-bound" is where it goes.
  bool bound_for(std::size_t mention) const {
    const std::size_t k = mentions_[mention].m.last_token + 1;
    return k + 1 < tokens_.size() && tokens_[k].text() == "-" && tokens_[k + 1].lower() == "bound" &&
           tokens_[k].start == tokens_[k - 1].end && tokens_[k + 1].start == tokens_[k].end;
  }

  bool is_cue(std::size_t mention, const char* kind) const {
    if (std::string_view(kind) == "origin" && names_residence(mention)) return false;
    if (std::string_view(kind) == "destination" && !beneficiary_.empty() && beneficiary_[mentions_[mention].m.first_token]) return false;
    if (std::string_view(kind) == "destination" && bound_for(mention)) return true;
    if (cue_before(tokens_, cue_token(mention), kind, demonym_start()) != std::string::npos) return true;
    const std::string_view k(kind);
    return (k == "origin" && verb_of_end_before(mention, "start_verb")) || (k == "destination" && verb_of_end_before(mention, "end_verb"));
  }

  // "started his run last April at the southern tip, the village of X", "began in X", "completed her
  // crossing of the country in X": a verb that starts (start_verb) or ends (end_verb) a journey, then
  // "at", "in" or "from" before the place, a few words back in its sentence.
  bool verb_of_end_before(std::size_t mention, const char* verb_kind) const {
    const std::size_t at = mentions_[mention].m.first_token;
    bool preposition = false;
    for (std::size_t k = at, back = 0; k-- > 0 && back < weights().start_verb_reach_tokens && tokens_[k].sentence == tokens_[at].sentence; ++back) {
      const std::string_view word = tokens_[k].lower();
      // "from" names where a journey starts, never where it ends ("completed the walk from X").
      if (word == "at" || word == "in" || (word == "from" && std::string_view(verb_kind) == "start_verb")) preposition = true;
      if (preposition && any_phrase_at(tokens_, k, verb_kind)) return true;
      if (mention_at_token_.count(k)) return false;  // another place between: the verb is about that one
    }
    return false;
  }

  // A timetable told in sentences: "Calling at X, it departs at 21:25. Y comes next, with
  // arrival at 23:55": a departure from a stop followed by an arrival at the next, within
  // weights().split_trip_sentences, is a leg whose duration is the time between the two clocks (time zones not
  // applied), added as a figure in the arrival's sentence.
  void read_timetable_stops() {
    struct Event {
      std::size_t clock, mention;
      bool departs;
    };
    std::vector<Event> events;
    std::size_t next_place = 0;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (!clock_time_at(tokens_, k)) continue;
      std::optional<bool> departs;
      for (std::size_t b = k, back = 0; b-- > 0 && back < weights().timetable_cue_tokens && tokens_[b].sentence == tokens_[k].sentence; ++back) {
        if (any_phrase_at(tokens_, b, "timetable_departs")) departs = true;
        if (any_phrase_at(tokens_, b, "timetable_arrives")) departs = false;
        if (departs) break;
      }
      if (!departs) continue;
      // The stop: the last route place named before the clock in its sentence.
      while (next_place < route_places_.size() && mentions_[route_places_[next_place]].m.first_token < k) ++next_place;
      if (next_place == 0) continue;
      const std::size_t m = route_places_[next_place - 1];
      if (mentions_[m].m.sentence != tokens_[k].sentence) continue;
      events.push_back({k, m, *departs});
    }
    for (std::size_t e = 0; e + 1 < events.size(); ++e) {
      const Event& from = events[e];
      const Event& to = events[e + 1];
      if (!from.departs || to.departs || same_end(from.mention, to.mention) ||
          tokens_[to.clock].sentence > tokens_[from.clock].sentence + weights().split_trip_sentences)
        continue;
      std::optional<FigureMention> f = clock_span_figure(doc_, from.clock, to.clock);
      if (!f) continue;
      // The figure reader may have read the same span already ("21:25 and gets to Venice at 08:55").
      const bool read_already = std::any_of(figures_.begin(), figures_.end(), [&](const FigureMention& g) { return g.start == f->start && g.end == f->end; });
      timetable_legs_.emplace_back(from.mention, to.mention);
      if (read_already) continue;
      figures_.push_back(std::move(*f));
    }
    std::stable_sort(figures_.begin(), figures_.end(), [](const FigureMention& a, const FigureMention& b) { return a.start < b.start; });
  }

  // The first of the route places named in sentence `s` or later.
  std::vector<std::size_t>::const_iterator first_route_place_in(std::size_t s) const {
    return std::partition_point(route_places_.begin(), route_places_.end(),
                                [&](std::size_t m) { return mentions_[m].m.sentence < s; });
  }

  // The first token starting at or after byte `offset`.
  std::size_t token_at_or_after(std::size_t offset) const {
    return static_cast<std::size_t>(
        std::partition_point(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.start < offset; }) - tokens_.begin());
  }

  // The token after what may follow a place before the word joining it to the next: a bracket ("Calais
  // (France) with"), a qualifier between commas ("Lyon, France, to"), a clock time ("Vienna 22:10
  // to"), a location ("Napier on the east coast, and"). Returns `at` when nothing is skipped.
  std::size_t skip_qualifiers(std::size_t at, std::size_t sentence) const {
    auto in_sentence = [&](std::size_t k) { return k < tokens_.size() && tokens_[k].sentence == sentence; };
    if (in_sentence(at) && tokens_[at].text() == "(") {
      for (std::size_t k = at + 1; in_sentence(k) && k <= at + weights().max_qualifier_tokens + 1; ++k)
        if (tokens_[k].text() == ")") return k + 1;
      return at;
    }
    if (in_sentence(at + 2) && tokens_[at].kind == TokenKind::number && tokens_[at + 1].text() == ":" &&
        tokens_[at + 2].kind == TokenKind::number)
      return at + 3;
    std::size_t k = at;
    if (in_sentence(k) && (tokens_[k].lower() == "on" || tokens_[k].lower() == "in") && in_sentence(k + 1) && tokens_[k + 1].lower() == "the")
      k += 2;
    else if (in_sentence(k) && tokens_[k].text() == ",")
      k += 1;
    else
      return at;
    // Capitalised words, in one or more comma-separated parts: ", Maine, USA to".
    const std::size_t words_from = k;
    std::size_t words = 0;
    while (in_sentence(k) && words < weights().max_qualifier_tokens) {
      if (tokens_[k].kind == TokenKind::word && tokens_[k].capital) {
        ++k, ++words;
      } else if (tokens_[k].text() == "," && k > words_from && in_sentence(k + 1) && tokens_[k + 1].capital) {
        ++k;
      } else {
        break;
      }
    }
    if (words == 0 || !in_sentence(k)) return at;
    // A qualifier names no place a route runs between ("Nanjing, Beijing and Shanghai" is a list).
    for (std::size_t w = words_from; w < k; ++w)
      if (auto it = mention_at_token_.find(w); it != mention_at_token_.end() && place(it->second).feature_class != "A") return at;
    return tokens_[k].text() == "," ? k + 1 : k;
  }

  void find_trips() {
    // Within a sentence: the wordings that name both ends.
    for (std::size_t si = 0; si < route_places_.size(); ++si) {
      const std::size_t x = route_places_[si];
      const PlaceMention& xm = mentions_[x].m;
      const std::size_t after = skip_qualifiers(xm.last_token + 1, xm.sentence);
      if (after >= tokens_.size() || tokens_[after].sentence != xm.sentence) continue;
      // "X-Y", "X–Y", "X to Y", "X-to-Y": two places joined by a dash or by "to".
      std::size_t joined = std::string::npos;
      std::string_view pattern;
      const std::string_view j = tokens_[after].text();
      // "a Britten-Norman Islander": a maker's or a craft's name written with a dash is a mode word, not a
      // route between two places its halves happen to name (Britten, Germany, to Norman, Oklahoma).
      const auto named_craft = [&] {
        const std::optional<ModeWordAt> word = mode_word_at(tokens_, xm.first_token);
        return word && word->last_token > after;
      };
      if ((j == "-" || j == "\u2013" || j == "\u2014" || j == "/") && named_craft()) continue;
      if (j == "-" || j == "\u2013" || j == "\u2014" || j == "/") {
        if (after + 2 < tokens_.size() && tokens_[after + 1].lower() == "to" && tokens_[after + 2].text() == "-")
          joined = mention_starting(after + 3, xm.sentence), pattern = "X-to-Y";
        else
          joined = mention_starting(after + 1, xm.sentence), pattern = "X-Y";
      } else if (tokens_[after].lower() == "to") {
        joined = mention_starting(after + 1, xm.sentence), pattern = is_cue(x, "origin") ? "from X to Y" : "X to Y";
      }
      if (joined != std::string::npos) {
        add_trip(x, joined, xm.first_token, mentions_[joined].m.last_token, pattern);
        continue;
      }
      // "between X and Y", "linking X with Y", "separate X from Y", "between X on the bottom of the North
      // Island, and Y": the joining word within a few words, no other route place before it.
      if (is_cue(x, "pair"))
        for (std::size_t k = after; k < tokens_.size() && k <= after + weights().pair_reach_tokens && tokens_[k].sentence == xm.sentence; ++k) {
          if (mention_at_token_.count(k) && place(mention_at_token_.at(k)).feature_class != "A") break;
          if (!cues_.is("pair_joiner", tokens_[k].lower())) continue;
          const std::size_t y = mention_starting(k + 1, xm.sentence);
          if (y != std::string::npos)
            add_trip(x, y, cue_before(tokens_, xm.first_token, "pair"), mentions_[y].m.last_token, "between X and Y");
          break;
        }
    }
    // "left X ... for Y", "arrived in Y from X": an origin and a destination by their cues, same sentence.
    for (std::size_t a = 0, b = 0; a < route_places_.size(); a = b) {
      const std::size_t sentence = mentions_[route_places_[a]].m.sentence;
      for (b = a; b < route_places_.size() && mentions_[route_places_[b]].m.sentence == sentence;) ++b;
      const std::size_t reach = weights().cue_pair_reach_places;
      for (std::size_t oi = a; oi < b; ++oi) {
        const std::size_t o = route_places_[oi];
        if (!is_cue(o, "origin")) continue;
        for (std::size_t di = std::max(a, oi > reach ? oi - reach : 0); di < b && di <= oi + reach; ++di) {
          const std::size_t d = route_places_[di];
          if (d != o && is_cue(d, "destination"))
            add_trip(o, d, std::min(mentions_[o].m.first_token, mentions_[d].m.first_token),
                     std::max(mentions_[o].m.last_token, mentions_[d].m.last_token), kByCues);
        }
      }
    }
    // "from X to Y in four hours, then on to Z", "X to Y before continuing to Z": a leg from the end of the
    // trip stated before it in the sentence (cue continuation), with the figures written after the cue.
    for (const std::size_t z : route_places_) {
      std::size_t cue = cue_before(tokens_, cue_token(z), "continuation", demonym_start());
      if (cue == std::string::npos) cue = continuation_with_figure(z);
      if (cue == std::string::npos) continue;
      // The trip stated in z's sentence that ends last before the cue: the leg goes on from its end.
      const Trip* leg_before = nullptr;
      for (const Trip& t : trips_)
        if (std::any_of(t.statements.begin(), t.statements.end(), [&](const Statement& st) { return st.sentence == mentions_[z].m.sentence; }) &&
            mentions_[t.destination].m.last_token < cue &&
            (!leg_before || mentions_[t.destination].m.last_token > mentions_[leg_before->destination].m.last_token))
          leg_before = &t;
      if (!leg_before) continue;
      const std::size_t leg_from = leg_before->destination;
      // "then on to Exeter, a 470 km journey in all": the figure is the whole trip's, through the place
      // before (cue whole_trip after the continuation, in the sentence).
      // Or in the next sentence of the paragraph, when it names no place ("... before flying on to Tokyo.
      // The whole journey of about 7,500 km took 11 hours.").
      const std::size_t zs = mentions_[z].m.sentence;
      const bool next_names_no_place = std::none_of(route_places_.begin(), route_places_.end(), [&](std::size_t m) {
        return mentions_[m].m.sentence == zs + 1;
      });
      // ... and gives a figure of the trip ("carried 50 million passengers in total" is no trip's).
      const bool next_has_figure = std::any_of(figures_.begin(), figures_.end(), [&](const FigureMention& f) {
        return f.sentence == zs + 1 && f.role == FigureRole::travel;
      });
      const std::size_t last_sentence = next_names_no_place && next_has_figure && paragraph(zs + 1) == paragraph(zs) ? zs + 1 : zs;
      bool whole = false;
      for (std::size_t k = mentions_[z].m.last_token + 1; k < tokens_.size() && tokens_[k].sentence <= last_sentence && !whole; ++k)
        whole = any_phrase_at(tokens_, k, "whole_trip");
      if (whole) {
        const std::size_t from = leg_before->origin;
        add_trip(from, z, cue, mentions_[z].m.last_token, kContinuation);
        for (Trip& t : trips_)
          if (t.origin == from && t.destination == z && std::find(t.vias.begin(), t.vias.end(), leg_from) == t.vias.end())
            t.vias.push_back(leg_from);
        continue;
      }
      add_trip(leg_from, z, cue, mentions_[z].m.last_token, kContinuation);
      // "before continuing by road to Jos": a mode word between the cue and the place is the leg's own (it
      // had taken the flight's before it).
      for (std::size_t w = 0; w < mode_words_.size(); ++w)
        if (mode_words_[w].sentence == mentions_[z].m.sentence && mode_words_[w].token >= cue && mode_words_[w].token < mentions_[z].m.first_token)
          for (Trip& t : trips_) {
            if (t.origin == leg_from && t.destination == z && !t.own_mode_word) t.own_mode_word = w;
            // ... and no vote for the leg before it ("sailed ... before continuing by small plane").
            if (t.destination == leg_from && !t.own_mode_word && !t.not_mode_word) t.not_mode_word = w;
          }
    }
    // "we had 580 km to drive before reaching Y", "the crossing to Y takes 90 minutes": a destination with a
    // travel figure in its sentence and no trip stated there sets out from the place last named before it.
    std::set<std::size_t> figure_sentences;
    std::map<std::size_t, const FigureMention*> distance_in_sentence;  // the first travel distance of each
    for (const FigureMention& f : figures_) {
      figure_sentences.insert(f.sentence);
      if (f.role == FigureRole::travel && f.quantity->dimension == quantities::Dimension::distance)
        distance_in_sentence.emplace(f.sentence, &f);
    }
    std::set<std::size_t> stated = stated_sentences();
    // A state or country is where, not whence; and an origin ten times farther than the distance its
    // sentence states was not meant ("the 30 km crossing to Capri" does not start in Perth).
    // "reached Bulawayo ... It then went on to Lusaka after a journey of some 1,800 km": a distance far
    // longer than any way from the last stop is the whole journey's, from where it set out
    // (weights().left_origin_max_detour times the straight line).
    // The travel distance d's sentence states, if any.
    auto stated_distance = [&](std::size_t d) -> const quantities::Quantity* {
      auto distance = distance_in_sentence.find(mentions_[d].m.sentence);
      return distance == distance_in_sentence.end() ? nullptr : distance->second->quantity.get();
    };
    auto line_m = [&](std::size_t o, std::size_t d) { return routes::geodesic_km(place(o), place(d)) * 1000; };
    auto whole_way_stated = [&](std::size_t stop, std::size_t d) {
      const quantities::Quantity* q = stated_distance(d);
      return q && q->value_si() > weights().left_origin_max_detour * line_m(stop, d);
    };
    // A distance stated in d's sentence shorter than the straight line from o: o cannot be where it set out
    // ("Other families were driven 80 km to Belgorod" after a trip to Dnipro, 263 km away).
    auto shorter_than_the_line = [&](std::size_t o, std::size_t d) {
      const quantities::Quantity* q = stated_distance(d);
      return q && q->si.high < line_m(o, d);
    };
    // "it drove another 630 km on to Chennai", "a further 240 km to Y": a travel figure right after a word
    // that adds to the way told before (cue continuation_lead, not "a"/"an"), not "another bus took ...".
    auto adds_to_the_way = [&](std::size_t sentence) {
      return std::any_of(figures_.begin(), figures_.end(), [&](const FigureMention& f) {
        if (f.sentence != sentence || f.role != FigureRole::travel) return false;
        const std::size_t k = token_at_or_after(f.start);
        if (k == 0 || tokens_[k - 1].sentence != sentence) return false;
        const std::string_view w = tokens_[k - 1].lower();
        return w != "a" && w != "an" && cues_.is("continuation_lead", w);
      });
    };
    auto may_be_origin = [&](std::size_t o, std::size_t d) {
      if (place(o).feature_class == "A" || same_end(o, d)) return false;
      // A place that frames the story ("officials in Seoul said", "after talks in Brussels") is where
      // it was said or decided, not where the trip set out.
      if (cue_before(tokens_, cue_token(o), "frame") != std::string::npos) return false;
      // Any exact reading of the origin will do: a misread one is read again when the claim is built.
      const quantities::Quantity* distance = stated_distance(d);
      if (!distance) return true;
      return std::any_of(mentions_[o].candidates.begin(), mentions_[o].candidates.end(), [&](const gazetteer::Candidate& c) {
        if (c.place.fid != place(o).fid && c.match != gazetteer::MatchKind::exact) return false;
        return routes::geodesic_km(c.place, place(d)) * 1000 <= weights().misread_factor * distance->si.high;
      });
    };
    // Or its figures in the next sentence, which names the trip and no place ("A liver harvested in Indore
    // was flown to Delhi. The flight took 75 minutes.").
    std::set<std::size_t> place_sentences;
    for (std::size_t m : route_places_) place_sentences.insert(mentions_[m].m.sentence);
    auto figures_follow = [&](std::size_t s) {
      return figure_sentences.count(s + 1) && !place_sentences.count(s + 1) && paragraph(s + 1) == paragraph(s) &&
             sentence_says(s + 1, "trip_anaphor");
    };
    for (std::size_t di = 0; di < route_places_.size(); ++di) {
      const std::size_t d = route_places_[di];
      const std::size_t ds = mentions_[d].m.sentence;
      if (stated.count(ds) || !(figure_sentences.count(ds) || figures_follow(ds)) || !is_cue(d, "destination") ||
          unread_end_in(ds, "origin"))
        continue;
      // "From there, volunteers took them by bus to Warsaw": the next leg sets out where the last trip told
      // before it ended (cue origin_anaphor), not from the place named before.
      if (sentence_says(ds, "origin_anaphor") || adds_to_the_way(ds)) {
        // The trip told last before it (trips_ is in the order the trips were found, not told).
        std::optional<std::size_t> last_end;
        for (auto it = trips_by_sentence_.lower_bound(ds > weights().implied_origin_sentences ? ds - weights().implied_origin_sentences : 0);
             it != trips_by_sentence_.end() && it->first < ds; ++it)
          if (!same_end(trips_[it->second].destination, d)) last_end = trips_[it->second].destination;
        if (last_end && !shorter_than_the_line(*last_end, d)) {
          add_trip(*last_end, d, mentions_[d].m.first_token, mentions_[d].m.last_token, kImpliedOrigin);
          stated.insert(ds);
          continue;
        }
      }
      // A place its own words make an origin ("left Pyongyang") comes before the place merely named last
      // ("Officials in Seoul said it would cover the 683 miles to Vladivostok").
      std::size_t origin = std::string::npos, named_last = std::string::npos;
      // Both scans see at most weights().context_mentions places: one sentence can be a list of hundreds.
      const std::size_t scan = weights().context_mentions;
      for (std::size_t oi = di; oi-- > 0 && oi + scan >= di && mentions_[route_places_[oi]].m.sentence + weights().implied_origin_sentences >= ds &&
                                tied(ds, mentions_[route_places_[oi]].m.sentence);)
        if (may_be_origin(route_places_[oi], d)) {
          if (named_last == std::string::npos) named_last = route_places_[oi];
          if (is_cue(route_places_[oi], "origin")) {
            origin = route_places_[oi];
            break;
          }
        }
      if (origin == std::string::npos) origin = named_last;
      // "were driven from Aleppo to Latakia by bus. The sea passage to Limassol ... took": an origin whose
      // trip was told before, in an earlier sentence, has been left: the leg sets out where that trip ended.
      if (origin != std::string::npos && origin != named_last)
        for (auto it = trips_by_sentence_.lower_bound(mentions_[origin].m.sentence); it != trips_by_sentence_.end() && it->first < ds; ++it) {
          const Trip& before = trips_[it->second];
          if (before.origin == origin && before.sentence() < ds && mentions_[before.destination].m.first_token < mentions_[d].m.first_token &&
              !same_end(before.destination, d) && may_be_origin(before.destination, d) && !whole_way_stated(before.destination, d) &&
              !shorter_than_the_line(before.destination, d) && sentence_says(ds, "leg_sequence"))
            origin = before.destination;
        }
      // With none before it, the home port or station a story names after ("crosses to Calais 30 times
      // a day ... the docks of the Dover system"): the first place after, not itself a destination.
      for (std::size_t oi = di + 1; origin == std::string::npos && oi < route_places_.size() && oi <= di + scan &&
                                    mentions_[route_places_[oi]].m.sentence <= ds + weights().implied_origin_sentences &&
                                    paragraph(mentions_[route_places_[oi]].m.sentence) == paragraph(ds);
           ++oi)
        if (may_be_origin(route_places_[oi], d) && !is_cue(route_places_[oi], "destination")) origin = route_places_[oi];
      if (origin == std::string::npos) continue;
      add_trip(origin, d, mentions_[d].m.first_token, mentions_[d].m.last_token, kImpliedOrigin);
      stated.insert(ds);
    }
    // "Y, which is about 45 km from X", "Y lies nine hours from X": a figure, then "from" or "away
    // from" and a place, measures the way to the place named before the figure in that sentence.
    for (const FigureMention& f : figures_) {
      if (f.role != FigureRole::travel) continue;
      std::size_t k = token_at_or_after(f.end);
      // "nine hours by train from", "an hour on foot from", "50 km away from".
      if (k + 1 < tokens_.size() && (tokens_[k].lower() == "by" || (tokens_[k].lower() == "on" && tokens_[k + 1].lower() == "foot")) &&
          tokens_[k + 1].kind == TokenKind::word)
        k += 2;
      if (k < tokens_.size() && tokens_[k].lower() == "away") ++k;
      if (k + 1 >= tokens_.size() || tokens_[k].lower() != "from" || tokens_[k].sentence != f.sentence) continue;
      const std::size_t x = mention_starting(k + 1, f.sentence);
      if (x == std::string::npos) continue;
      // The last place of the figure's sentence ending before it (route places are in text order).
      const auto in_sentence = first_route_place_in(f.sentence);
      const auto before = std::partition_point(in_sentence, first_route_place_in(f.sentence + 1),
                                               [&](std::size_t m) { return mentions_[m].m.end <= f.start; });
      const std::size_t y = before == in_sentence ? std::string::npos : *std::prev(before);
      // Y is what the figure is said of ("Y, which is", "Y is", "Y lies"), not where a trip set out from:
      // "driving from Y, two miles from X" measures what was left.
      if (y == std::string::npos || is_cue(y, "origin")) continue;
      // "near Ibadan, about 130 km from Lagos": the figure set off right after Y says where Y lies.
      const std::size_t after_y = mentions_[y].m.last_token + 1, figure_token = token_at_or_after(f.start);
      bool said_of = after_y < tokens_.size() && tokens_[after_y].text() == "," && after_y < figure_token &&
                     figure_token <= after_y + 1 + weights().said_of_tokens &&
                     std::all_of(tokens_.begin() + static_cast<std::ptrdiff_t>(after_y + 1), tokens_.begin() + static_cast<std::ptrdiff_t>(figure_token),
                                 [&](const Token& t) { return cues_.is("figure_softener", t.lower()); });
      for (std::size_t w = mentions_[y].m.last_token + 1; w < tokens_.size() && tokens_[w].end <= f.start &&
                                                          w <= mentions_[y].m.last_token + weights().said_of_tokens; ++w)
        said_of = said_of || cues_.is("said_of_verb", tokens_[w].lower());
      if (said_of) add_trip(x, y, mentions_[y].m.first_token, mentions_[x].m.last_token, "Y is N from X");
    }
    // "X and Y are linked by a 480 km railway", "X and Y are connected by ferry": two places joined by "and",
    // then a verb that links them (cue linked_verb) after "are", "were" or "will be", in a figure's sentence.
    // "From X, Y is a five-hour train ride away": an origin opening the sentence, then the place the figure
    // is said of and "away".
    for (std::size_t xi = 0; xi + 1 < route_places_.size(); ++xi) {
      const std::size_t x = route_places_[xi], y = route_places_[xi + 1];
      const PlaceMention &xm = mentions_[x].m, &ym = mentions_[y].m;
      if (xm.sentence != ym.sentence || stated.count(xm.sentence) || !figure_sentences.count(xm.sentence) || same_end(x, y)) continue;
      const std::size_t between = xm.last_token + 1, after = ym.last_token + 1;
      if (between + 1 == ym.first_token && tokens_[between].lower() == "and" && after + 1 < tokens_.size() &&
          (cues_.is("said_of_verb", tokens_[after].lower()) || tokens_[after].lower() == "will")) {
        std::size_t verb = after + 1;
        if (verb < tokens_.size() && tokens_[verb].lower() == "be") ++verb;  // "will be linked"
        if (verb < tokens_.size() && tokens_[verb].sentence == xm.sentence && cues_.is("linked_verb", tokens_[verb].lower())) {
          add_trip(x, y, xm.first_token, ym.last_token, "X and Y are linked");
          stated.insert(xm.sentence);
          continue;
        }
      }
      const std::size_t open = doc_.sentences[xm.sentence].first;
      if (xm.first_token == open + 1 && tokens_[open].lower() == "from" && between + 1 == ym.first_token && tokens_[between].text() == "," &&
          after < tokens_.size() && cues_.is("said_of_verb", tokens_[after].lower()) &&
          sentence_says(xm.sentence, "away_word")) {
        add_trip(x, y, xm.first_token, ym.last_token, "from X, Y is N away");
        stated.insert(xm.sentence);
      }
    }
    // "had done 720 km since leaving X": an origin with a travel figure in its sentence and no trip
    // stated there went to the destination named last before it (up to three sentences). "They had
    // earlier travelled by bus from X" (cue leg_before): a leg told after the trip it led to ends where
    // that trip starts, the origin named last before it.
    for (std::size_t oi = 0; oi < route_places_.size(); ++oi) {
      const std::size_t o = route_places_[oi];
      const std::size_t os = mentions_[o].m.sentence;
      if (stated.count(os) || !figure_sentences.count(os) || !is_cue(o, "origin") || unread_end_in(os, "destination")) continue;
      const bool leg_before = sentence_says(os, "leg_before");
      for (std::size_t di = oi; di-- > 0 && di + weights().context_mentions >= oi;) {
        const std::size_t d = route_places_[di];
        if (mentions_[d].m.sentence + weights().implied_origin_sentences < os || !tied(os, mentions_[d].m.sentence)) break;
        if (!is_cue(d, leg_before ? "origin" : "destination") || same_end(o, d)) continue;
        add_trip(o, d, mentions_[o].m.first_token, mentions_[o].m.last_token, leg_before ? kLegBefore : kImpliedDestination, os);
        stated.insert(os);
        break;
      }
    }
    // A round trip: "set off from X ... she had covered 9,000 km when she arrived back home": an
    // origin that ends no trip, and a sentence soon after with a return cue and a travel figure.
    for (std::size_t o : route_places_) {
      if (!is_cue(o, "origin")) continue;
      if (trip_end_fids_.count(place(o).fid)) continue;  // it ends a trip
      const std::size_t os = mentions_[o].m.sentence;
      for (std::size_t s = os; s <= os + weights().split_trip_sentences && s < doc_.sentences.size(); ++s)
        if (figure_sentences.count(s) && sentence_says(s, "return")) {
          add_trip(o, o, mentions_[o].m.first_token, mentions_[o].m.last_token, kRoundTrip, s);
          break;
        }
    }
    // A leg back: "after recharging at X, it heads back to Y", "once unloaded in X, the boat sails back to
    // Y": a back-leg phrase (cue back_leg) with a place where the vehicle is before it and the place it goes
    // back to after it, both in its sentence. The figures of the outward run, told just before, fit it.
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const std::size_t verb = first_phrase_in(s, "back_leg");
      if (verb == std::string::npos || stated.count(s)) continue;
      const auto begin = first_route_place_in(s), end = first_route_place_in(s + 1);
      const auto after = std::partition_point(begin, end, [&](std::size_t m) { return mentions_[m].m.first_token < verb; });
      if (after == begin || after == end) continue;
      const std::size_t at = *std::prev(after), back_to = *after;
      if (!may_be_origin(at, back_to)) continue;
      add_trip(at, back_to, mentions_[at].m.first_token, mentions_[back_to].m.last_token, kBackLeg);
      stated.insert(s);
    }
    for (const auto& [from, to] : timetable_legs_)
      add_trip(from, to, mentions_[from].m.first_token, mentions_[to].m.last_token, kTimetable);
    // Across sentences, when no sentence names both ends: "The train left X on Monday. ... towards Y".
    if (!trips_.empty()) return;
    // The destination may come first: "landing on Y ... The flight time from X was ...".
    for (std::size_t oi = 0; oi < route_places_.size(); ++oi) {
      const std::size_t o = route_places_[oi];
      if (!is_cue(o, "origin")) continue;
      const std::size_t os = mentions_[o].m.sentence;
      if (unread_end_in(os, "destination")) continue;
      // At most weights().context_mentions places either way.
      const std::size_t scan = weights().context_mentions;
      std::size_t di = oi;
      while (di > 0 && di + scan > oi && mentions_[route_places_[di - 1]].m.sentence + weights().split_trip_sentences >= os) --di;
      for (; di < route_places_.size() && di <= oi + scan && mentions_[route_places_[di]].m.sentence <= os + weights().split_trip_sentences; ++di) {
        const std::size_t d = route_places_[di];
        const std::size_t ds = mentions_[d].m.sentence;
        if (ds != os && is_cue(d, "destination") && tied(std::max(os, ds), std::min(os, ds)) && !unread_end_in(ds, "origin")) {
          add_trip(o, d, std::min(mentions_[o].m.first_token, mentions_[d].m.first_token),
                   std::max(mentions_[o].m.last_token, mentions_[d].m.last_token), kByCues);
          break;
        }
      }
    }
    trips_from_the_dateline();
  }

  // "KAMPALA -- The delegation arrived on Monday after a 90-minute flight from Nairobi", "LIMA -- Truckers
  // set off from this capital for Cusco": an end the story gives only by its dateline ("sailed here", "from
  // this capital", or an arrival with no place after it, cues deictic_origin, deictic_destination and
  // arrival_without_place) is the dateline's place, in a sentence that gives a travel figure and states
  // no trip of its own. A mention read as both an origin and a destination counts as either.
  // An arrival with no place after it before token `origin` in sentence s, and no reporting verb between
  // them ("investigators who arrived on Friday said the bus had travelled 80 km from X": not the bus's).
  bool arrival_before(std::size_t s, std::size_t origin) const {
    const std::size_t arrival = first_phrase_in(s, "arrival_without_place");
    if (arrival == std::string::npos || arrival > origin) return false;
    for (std::size_t k = arrival; k < origin; ++k)
      if (any_phrase_at(tokens_, k, "reporting_verb")) return false;
    return true;
  }

  // The sentences that state a trip found so far.
  std::set<std::size_t> stated_sentences() const {
    std::set<std::size_t> stated;
    for (const Trip& t : trips_)
      for (const Statement& st : t.statements) stated.insert(st.sentence);
    return stated;
  }

  void trips_from_the_dateline() {
    const auto dateline = std::find_if(mentions_.begin(), mentions_.end(), [](const Mention& x) { return x.dateline && x.m.place; });
    if (dateline == mentions_.end()) return;
    const std::size_t here = static_cast<std::size_t>(dateline - mentions_.begin());
    const std::set<std::size_t> stated = stated_sentences();
    std::set<std::size_t> figured;
    for (const FigureMention& f : figures_)
      if (f.role == FigureRole::travel) figured.insert(f.sentence);
    for (const std::size_t s : figured) {
      if (stated.count(s)) continue;
      std::vector<std::size_t> origins, destinations;
      for (const std::size_t m : route_places_) {
        if (mentions_[m].m.sentence != s || same_end(m, here)) continue;
        if (is_cue(m, "origin")) origins.push_back(m);
        if (is_cue(m, "destination")) destinations.push_back(m);
      }
      // "from this capital ... for Cusco" first: "this capital" is also a place to go to.
      if (sentence_says(s, "deictic_origin")) {
        if (destinations.size() == 1 && (origins.empty() || origins == destinations))
          add_trip(here, destinations.front(), mentions_[destinations.front()].m.first_token, mentions_[destinations.front()].m.last_token,
                   kFromTheDateline);
      } else if (origins.size() == 1 && (destinations.empty() || destinations == origins) &&
                 (sentence_says(s, "deictic_destination") || arrival_before(s, mentions_[origins.front()].m.first_token))) {
        add_trip(origins.front(), here, mentions_[origins.front()].m.first_token, mentions_[origins.front()].m.last_token, kFromTheDateline);
      }
    }
  }

  // The trip stated nearest before sentence `s` (within `back` sentences), else the first stated after
  // it (within `ahead`); npos when none.
  // Among trips stated at the same nearest sentence, the first made wins.
  std::size_t trip_near(std::size_t s, std::size_t back, std::size_t ahead, const std::set<std::string>& modes = {},
                        bool must_be_tied = true) const {
    auto may_take = [&](std::size_t a, std::size_t b) { return !must_be_tied || tied(a, b); };
    auto first_agreeing = [&](std::size_t sentence) {
      std::size_t best = std::string::npos;
      const auto [begin, end] = trips_by_sentence_.equal_range(sentence);
      for (auto it = begin; it != end; ++it)
        if (modes_agree(modes, trips_[it->second].modes)) best = std::min(best, it->second);
      return best;
    };
    // Only in the same paragraph, unless the sentence's words tie it to the trip ("the journey took").
    for (std::size_t d = 0; d <= back && d <= s; ++d)
      if (const std::size_t t = first_agreeing(s - d); t != std::string::npos && may_take(s, s - d)) return t;
    for (std::size_t d = 1; d <= ahead; ++d)
      if (const std::size_t t = first_agreeing(s + d); t != std::string::npos && may_take(s, s + d)) return t;
    return std::string::npos;
  }

  // Where a trip is stated, sorted for binary search: a trip may be restated many times, and each of its
  // figures asks for its nearest statement.
  struct StatementIndex {
    std::vector<std::size_t> sentences;                       // of its statements, sorted
    std::vector<std::pair<std::size_t, std::size_t>> starts;  // (sentence, byte where the wording starts), sorted
  };

  StatementIndex index_statements(const Trip& trip) const {
    StatementIndex index;
    for (const Statement& st : trip.statements) {
      index.sentences.push_back(st.sentence);
      index.starts.emplace_back(st.sentence, tokens_[st.first_token].start);
    }
    std::sort(index.sentences.begin(), index.sentences.end());
    std::sort(index.starts.begin(), index.starts.end());
    return index;
  }

  // Bytes between a figure and the nearest wording of the trip's statements in the figure's sentence;
  // npos when none is there.
  static std::size_t bytes_from_statement(const StatementIndex& index, const FigureMention& f) {
    std::size_t nearest = std::string::npos;
    // The first statement starting at or after the figure's start: inside the figure (0) or after it.
    auto after = std::lower_bound(index.starts.begin(), index.starts.end(), std::make_pair(f.sentence, f.start));
    if (after != index.starts.end() && after->first == f.sentence)
      nearest = after->second > f.end ? after->second - f.end : 0;
    // The last one starting before it.
    if (after != index.starts.begin() && std::prev(after)->first == f.sentence)
      nearest = std::min(nearest, f.start - std::prev(after)->second);
    return nearest;
  }

  // Sentences between `sentence` and the nearest statement of a trip.
  static std::size_t gap(const StatementIndex& index, std::size_t sentence) {
    std::size_t nearest = std::string::npos;
    auto at = std::lower_bound(index.sentences.begin(), index.sentences.end(), sentence);
    if (at != index.sentences.end()) nearest = *at - sentence;
    if (at != index.sentences.begin()) nearest = std::min(nearest, sentence - *std::prev(at));
    return nearest;
  }

  // "through Spain, France and Norway", "via Lyon, Turin and Milan": the places of a list a via cue leads
  // are all passed through, countries too (areas: check keeps one as a via only where the line between
  // its neighbours misses it, routes::drop_vias_on_the_way). Mentions in text order; "," and "and" join a list.
  std::vector<bool> led_by_via() const {
    std::vector<bool> led(mentions_.size(), false);
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& x = mentions_[i];
      if (x.demonym || x.dateline || x.qualifier) continue;
      if (is_cue(i, "via")) {
        // "instead of through the Suez Canal", "rather than via Dubai": the way not taken.
        const std::size_t cue = cue_before(tokens_, cue_token(i), "via");
        led[i] = cue == std::string::npos || cue_before(tokens_, cue, "via_negation") == std::string::npos;
        continue;
      }
      // The list's previous place: the mention before, a qualifier passed over, ending right before "," or "and".
      std::size_t j = i;
      while (j-- > 0 && mentions_[j].qualifier) {}
      if (j >= i || !led[j] || mentions_[j].m.sentence != x.m.sentence) continue;
      std::size_t k = mentions_[j].m.last_token + 1;
      if (j + 1 < i && mentions_[j + 1].qualifier) k = mentions_[j + 1].m.last_token + 1;
      // ", and the United States": up to a comma, "and" and "the".
      std::size_t joiners = 0;
      bool joined = false;
      while (k < x.m.first_token && joiners < 3 &&
             (tokens_[k].text() == "," || tokens_[k].lower() == "and" || tokens_[k].lower() == "the"))
        joined = joined || tokens_[k].lower() != "the", ++k, ++joiners;
      led[i] = joined && k == x.m.first_token;
    }
    return led;
  }

  // "around Africa", "round the Horn": the word before the mention says the trip goes round it.
  bool goes_round(std::size_t mention) const {
    const std::size_t at = cue_token(mention);
    if (at == 0) return false;
    std::size_t k = at - 1;
    if (tokens_[k].lower() == "the" && k > 0) --k;
    return tokens_[k].lower() == "around" || tokens_[k].lower() == "round";
  }

  void attach_vias() {
    const std::vector<bool> led = led_by_via();
    std::vector<std::size_t> candidates = route_places_;
    // Countries are no route places (a trip runs between towns) but may be passed through; a continent is
    // a via only when the trip goes round it ("around Africa": a detour; "across Europe" is on the way).
    for (std::size_t i = 0; i < mentions_.size(); ++i)
      if (led[i] && (is_country(place(i)) || (place(i).feature_code == "CONT" && goes_round(i))) &&
          !std::binary_search(route_places_.begin(), route_places_.end(), i))
        candidates.push_back(i);
    for (std::size_t v : candidates) {
      const PlaceMention& vm = mentions_[v].m;
      const bool via = led[v] || (sentence_says(vm.sentence, "crossing") && vm.first_token > 0 &&
                                  tokens_[vm.first_token - 1].lower() == "at");
      if (!via) continue;
      const std::size_t t = trip_near(vm.sentence, weights().via_reach_sentences, weights().via_reach_sentences);
      if (t == std::string::npos) continue;
      Trip& trip = trips_[t];
      if (v == trip.origin || v == trip.destination || place(v).fid == place(trip.origin).fid ||
          place(v).fid == place(trip.destination).fid)
        continue;
      if (std::none_of(trip.vias.begin(), trip.vias.end(), [&](std::size_t w) { return place(w).fid == place(v).fid; }))
        trip.vias.push_back(v);
    }
  }

  // The places and figures no claim uses, each with why (ArticleResult::left_out).
 public:
  std::vector<LeftOut> left_out(const std::vector<ClaimRecipe>& claims) const {
    std::vector<LeftOut> out;
    std::set<std::size_t> used_figures;
    for (const ClaimRecipe& c : claims) used_figures.insert(c.figure_indexes.begin(), c.figure_indexes.end());
    // By place, not by mention: a trip's end named again later is still its end.
    std::set<std::int64_t> claim_places, figureless_ends;
    for (const Trip& t : trips_) {
      std::set<std::int64_t>& into = checkable(t) ? claim_places : figureless_ends;
      into.insert(place(t.origin).fid);
      into.insert(place(t.destination).fid);
      if (checkable(t))
        for (std::size_t v : t.vias) claim_places.insert(place(v).fid);
    }
    std::set<std::size_t> route_place(route_places_.begin(), route_places_.end());
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& x = mentions_[i];
      if (claim_places.count(x.m.place->fid)) continue;
      std::string why;
      if (x.dateline)
        why = "a dateline: where the story was filed, not a trip's end";
      else if (x.demonym)
        why = "a demonym: a mention of its country, not a trip's end";
      else if (x.far_alternate)
        why = "read only by an obscure other name of a place far from the story's others, in a country it does not name: "
              "a place the gazetteer lacks, not a trip's end";
      else if (!route_place.count(i))
        why = "a country or region: where a trip is, not an end it runs between";
      else if (cue_before(tokens_, x.m.first_token, "frame") != std::string::npos)
        why = "it frames the story (where it was said or decided), not a trip's end";
      else if (figureless_ends.count(x.m.place->fid))
        why = "an end of a trip with no checkable figure (distance, speed or duration)";
      else if (!ran_)
        why = "the story gives no travel figure";
      else
        why = "named, but no trip runs from or to it";
      out.push_back({LeftOutKind::place, i, std::move(why)});
    }
    for (std::size_t f = 0; f < figures_.size(); ++f) {
      if (used_figures.count(f)) continue;
      std::string why;
      if (auto it = figure_trip_.find(f); it == figure_trip_.end())
        why = untied_figures_.count(f) ? untied_figures_.at(f) : "no trip is stated in its sentence or the sentences near it";
      else if (!checkable(trips_[it->second]))
        why = fmt::format("a stop: its trip ({} to {}) has no distance, speed or duration to hold it against",
                          mentions_[trips_[it->second].origin].m.text, mentions_[trips_[it->second].destination].m.text);
      else
        why = fmt::format("its trip ({} to {}) takes an earlier or nearer {} first", mentions_[trips_[it->second].origin].m.text,
                          mentions_[trips_[it->second].destination].m.text,
                          figures_[f].role == FigureRole::travel ? quantities::to_string(figures_[f].quantity->dimension)
                                                                 : to_string(figures_[f].role));
      out.push_back({LeftOutKind::figure, f, std::move(why)});
    }
    return out;
  }

 private:
  // Whether sentence `s` joins two capitalised names no mention reads ("from Muhanga to Kabgayi"): words of
  // cue route_from, then of route_to, each right before such a name.
  bool states_unread_route(std::size_t s) const {
    // Not a structured binding: the lambda below captures `end` (clang before 16 cannot capture one).
    const std::size_t first = doc_.sentences[s].first, end = doc_.sentences[s].second;
    auto unread_name_after = [&](std::size_t k) {
      return k + 1 < end && tokens_[k + 1].kind == TokenKind::word && tokens_[k + 1].capital && !mention_at_token_.count(k + 1);
    };
    bool from = false;
    for (std::size_t k = first; k < end; ++k) {
      if (!from) from = cues_.is("route_from", tokens_[k].lower()) && unread_name_after(k);
      else if (cues_.is("route_to", tokens_[k].lower()) && unread_name_after(k)) return true;
    }
    return false;
  }

  // Each figure to the trip its sentence states (the one stated nearest before it in the sentence, the
  // first made among those stated at one place; else the sentence's first), else the last trip stated
  // before it. Statements and nearby trips are looked up once per sentence, not once per figure: a
  // story without full stops is one sentence of many trips and figures.
  void attach_figures() {
    if (trips_.empty()) return;
    std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> statements_in;  // sentence -> (start, trip), sorted
    for (std::size_t t = 0; t < trips_.size(); ++t)
      for (const Statement& st : trips_[t].statements) statements_in[st.sentence].emplace_back(tokens_[st.first_token].start, t);
    for (auto& [sentence, list] : statements_in) std::sort(list.begin(), list.end());
    std::map<std::size_t, std::size_t> near_trip;  // figure sentence without statements -> trip_near()
    std::map<std::size_t, bool> unread_route;      // figure sentence without statements -> states_unread_route()
    const auto unread_route_in = [&](std::size_t sentence) {
      const auto [it, fresh] = unread_route.try_emplace(sentence, false);
      if (fresh) it->second = states_unread_route(sentence);
      return it->second;
    };
    for (std::size_t f = 0; f < figures_.size(); ++f) {
      const FigureMention& fig = figures_[f];
      if (fig.role == FigureRole::separation) continue;  // a claim of its own: add_separations
      std::size_t t = std::string::npos;
      if (auto in = statements_in.find(fig.sentence); in != statements_in.end()) {
        const auto& list = in->second;
        // The last start at or before the figure's, and the first trip made among those stated there.
        auto after = std::upper_bound(list.begin(), list.end(), std::make_pair(fig.start, std::string::npos));
        if (after == list.begin()) {
          t = list.front().second;
        } else {
          const std::size_t start = std::prev(after)->first;
          t = std::lower_bound(list.begin(), after, std::make_pair(start, std::size_t{0}))->second;
        }
      } else if (opens_with(fig.sentence, "contrast_opener")) {
        // "By contrast, a truck takes six hours": another way of making the trip, set against it, states
        // no trip of its own here; its figures are not the trip's.
        untied_figures_[f] = "its sentence sets another way of travelling against the trip, and states no trip of its own";
        continue;
      } else if (modes_in(fig.sentence).empty() && sentence_says(fig.sentence, "not_traveller") &&
                 first_route_place_in(fig.sentence) != first_route_place_in(fig.sentence + 1) && !sentence_says(fig.sentence, "trip_anaphor")) {
        // "The storm moved 300 km toward Key West in a day": what moves there is no traveller (add_trip
        // made no trip of it), and its figures are no other trip's.
        untied_figures_[f] = "its sentence tells of a storm, a fire or a slick moving, no traveller";
        continue;
      } else if (unread_route_in(fig.sentence)) {
        // "carried blood 15 km from Muhanga to Kabgayi": the sentence states its own trip, between places the
        // gazetteer does not know; its figures are that trip's, not a trip's told elsewhere.
        untied_figures_[f] = "its sentence states a trip of its own, between places the gazetteer does not know";
        continue;
      } else {
        // A figure of a sentence about another mode is no figure of this trip ("it is a 35-minute flight").
        auto [it, fresh] = near_trip.try_emplace(fig.sentence, std::string::npos);
        if (fresh) {
          it->second = trip_near(fig.sentence, weights().figure_reach_back, weights().figure_reach_ahead, modes_in(fig.sentence));
          // "... before flying on to Tokyo. The whole journey of 7,500 km took 11 hours.": after a
          // continuation, a sentence that speaks of the whole trip gives its figures to the trip through the
          // places before (find_trips made it), not to a leg.
          if (fig.sentence > 0 && sentence_says(fig.sentence, "whole_trip") && paragraph(fig.sentence - 1) == paragraph(fig.sentence))
            for (std::size_t k = 0; k < trips_.size(); ++k)
              if (!trips_[k].vias.empty() && trips_[k].sentence() == fig.sentence - 1 &&
                  (it->second == std::string::npos || trips_[k].vias.size() > trips_[it->second].vias.size()))
                it->second = k;
        }
        t = it->second;
      }
      // "Competitors reached Bamako after a stage of 860 km": a part of the journey whose start the sentence
      // does not give is not the whole trip's.
      if (t != std::string::npos && fig.part &&
          (mentions_[trips_[t].origin].m.sentence != fig.sentence || mentions_[trips_[t].destination].m.sentence != fig.sentence)) {
        untied_figures_[f] = "a stage or leg of the journey, whose own ends its sentence does not name";
        continue;
      }
      if (t != std::string::npos) {
        trips_[t].figures.push_back(f);
        figure_trip_[f] = t;
      } else if (trip_near(fig.sentence, weights().figure_reach_back, weights().figure_reach_ahead, modes_in(fig.sentence), false) !=
                 std::string::npos) {
        untied_figures_[f] = "the nearest trip is told in another paragraph, and no words tie it there";
      } else if (const std::size_t near = trip_near(fig.sentence, weights().figure_reach_back, weights().figure_reach_ahead);
                 near != std::string::npos) {
        // "By car the 280 km drive takes three and a half hours": the trip told just before, made another way.
        if (const std::optional<std::size_t> word = other_way_word(fig.sentence, near)) {
          auto [it, fresh] = other_way_in_.try_emplace(fig.sentence, trips_.size());
          if (fresh) {
            Trip other = trips_[near];
            other.figures.clear();
            other.own_mode_word = *word;
            other.statements = {trips_[near].statements.front()};
            trips_.push_back(std::move(other));
          }
          trips_[it->second].figures.push_back(f);
          figure_trip_[f] = it->second;
          continue;
        }
        untied_figures_[f] = "its sentence names another mode than the trips near it";
      }
    }
    // Nearest first: the trip's own sentences, then by distance in sentences; within a sentence that
    // states it, nearest the wording ("the strait is 5 km wide at one point, and 20 km separate X from Y").
    struct Nearness {
      std::size_t figure, sentences, bytes;
      bool after;  // stated after the trip's first statement
    };
    for (Trip& trip : trips_) {
      if (trip.figures.size() < 2) continue;
      const StatementIndex index = index_statements(trip);
      std::vector<Nearness> nearness;
      for (std::size_t f : trip.figures) {
        const std::size_t sentences = gap(index, figures_[f].sentence);
        nearness.push_back({f, sentences, sentences == 0 ? bytes_from_statement(index, figures_[f]) : 0,
                            figures_[f].sentence > trip.sentence()});
      }
      std::stable_sort(nearness.begin(), nearness.end(), [](const Nearness& a, const Nearness& b) {
        if (a.sentences != b.sentences) return a.sentences < b.sentences;
        if (a.sentences == 0) return a.bytes < b.bytes;
        // As near before as after: the one after (a story states the trip, then gives its figures).
        return a.after && !b.after;
      });
      for (std::size_t k = 0; k < nearness.size(); ++k) trip.figures[k] = nearness[k].figure;
    }
  }

  // "Oxford and Cambridge are only 66 miles apart", "the two cities lie 55 km apart": a separation is a
  // claim of its own between the two places, with no other figure and no via (whatever way the story's
  // trips take between them), and no mode unless one follows it ("215 km apart by road"): the distance is
  // held to the straight line only. The places: the last two joined by "and" before the figure in its
  // sentence, else the ends of a trip stated there.
  void add_separations() {
    for (std::size_t f = 0; f < figures_.size(); ++f) {
      const FigureMention& fig = figures_[f];
      if (fig.role != FigureRole::separation) continue;
      const std::size_t first = token_at_or_after(fig.start);
      std::optional<std::pair<std::size_t, std::size_t>> ends;  // as mentions; told as "X and Y" when joined
      for (auto it = first_route_place_in(fig.sentence); it != route_places_.end() && std::next(it) != route_places_.end(); ++it) {
        const PlaceMention &a = mentions_[*it].m, &b = mentions_[*std::next(it)].m;
        if (b.sentence != fig.sentence || b.first_token >= first) break;
        const bool joined = b.first_token >= a.last_token + 2 && b.first_token <= a.last_token + 3 &&
                            tokens_[b.first_token - 1].lower() == "and" && (b.first_token == a.last_token + 2 || tokens_[a.last_token + 1].text() == ",");
        if (joined && !same_end(*it, *std::next(it))) ends = {*it, *std::next(it)};
      }
      if (!ends)
        for (const Trip& t : trips_)
          if (std::any_of(t.statements.begin(), t.statements.end(), [&](const Statement& st) { return st.sentence == fig.sentence; })) {
            ends = {t.origin, t.destination};
            break;
          }
      if (!ends) {
        untied_figures_[f] = "it says how far apart two places are, and its sentence names no two";
        continue;
      }
      Trip trip;
      trip.origin = ends->first;
      trip.destination = ends->second;
      trip.pattern = kSeparation;
      // The wording is the two places as the sentence joins them; the figure is read from on its own.
      const PlaceMention &a = mentions_[ends->first].m, &b = mentions_[ends->second].m;
      trip.statements.push_back({fig.sentence, std::min(a.first_token, b.first_token)});
      trip.wording_last = std::max(a.last_token, b.last_token);
      const std::size_t figure_last = token_at_or_after(fig.end) - 1;
      trip.figures.push_back(f);
      // "215 km apart by road": a mode word right after "apart".
      for (std::size_t w = 0; w < mode_words_.size(); ++w)
        if (mode_words_[w].sentence == fig.sentence && mode_words_[w].token > figure_last &&
            mode_words_[w].token <= figure_last + weights().separation_mode_reach_tokens)
          trip.own_mode_word = w;
      // "Trains between X and Y, about 280 km apart by rail, take ...": apart by the way the trip between the
      // same places in that sentence goes, it is that trip's distance.
      if (trip.own_mode_word) {
        const std::string& by = mode_words_[*trip.own_mode_word].mode;
        const auto same_trip = std::find_if(trips_.begin(), trips_.end(), [&](const Trip& t) {
          return t.pattern != kSeparation && t.modes.count(by) &&
                 ((same_end(t.origin, trip.origin) && same_end(t.destination, trip.destination)) ||
                  (same_end(t.origin, trip.destination) && same_end(t.destination, trip.origin))) &&
                 std::any_of(t.statements.begin(), t.statements.end(), [&](const Statement& st) { return st.sentence == fig.sentence; });
        });
        if (same_trip != trips_.end()) {
          same_trip->figures.push_back(f);
          figure_trip_[f] = static_cast<std::size_t>(same_trip - trips_.begin());
          continue;
        }
      }
      figure_trip_[f] = trips_.size();
      trips_.push_back(std::move(trip));
    }
  }

  // Two ways of making one trip in one sentence ("19,500 km through the canal, or some 26,000 km round the
  // cape"; "six hours by the old line against two by the new"): a second figure of a kind the sentence
  // already gave, right after a word of cue alternative_route, starts the other way. The other way takes
  // that figure, the figures after it in its sentence and the points on the way named after it; `trip`
  // keeps the rest. Neither is judged with the other's figures.
  std::optional<Trip> split_other_way(Trip& trip) const {
    for (std::size_t i = 0; i < trip.figures.size(); ++i) {
      const FigureMention& b = figures_[trip.figures[i]];
      if (b.role != FigureRole::travel) continue;
      std::optional<std::size_t> kind_before;  // the last figure of b's kind before it, in its sentence
      for (std::size_t a : trip.figures) {
        const FigureMention& fa = figures_[a];
        if (fa.sentence == b.sentence && fa.end <= b.start && fa.role == FigureRole::travel &&
            fa.quantity->dimension == b.quantity->dimension && (!kind_before || figures_[*kind_before].end < fa.end))
          kind_before = a;
      }
      if (!kind_before) continue;
      // Where the other way starts: its figure, or the clause naming its way before it.
      std::size_t other_from = token_at_or_after(b.start);
      const std::optional<std::size_t> first_mode = mode_word_after(figures_[*kind_before]);
      const std::optional<std::size_t> other_mode = mode_word_after(b);
      const bool modes_apart = first_mode && other_mode && mode_words_[*first_mode].mode != mode_words_[*other_mode].mode;
      std::size_t split_byte = b.start;
      std::optional<std::pair<std::size_t, std::size_t>> mode_clause;  // (mode word before, the clause's)
      if (!modes_apart && !alternative_before(other_from)) {
        const std::size_t first_end = token_at_or_after(figures_[*kind_before].end);
        const std::size_t own_way = clause_of_its_own_way(first_end, other_from);
        if (own_way != std::string::npos) {
          other_from = own_way;
        } else if (const auto clause = clause_of_another_mode(first_end, other_from, b.sentence)) {
          // "Flights take 80 minutes, while the railway, 752 km long, takes 12 hours": the clause and all
          // its figures are the other way's.
          other_from = clause->first;
          split_byte = tokens_[other_from].start;
          mode_clause = clause->second;
        } else {
          continue;
        }
      }
      Trip other = trip;
      other.figures.clear();
      other.vias.clear();
      std::vector<std::size_t> kept;
      for (std::size_t f : trip.figures)
        (figures_[f].sentence == b.sentence && figures_[f].start >= split_byte ? other.figures : kept).push_back(f);
      std::vector<std::size_t> kept_vias;
      for (std::size_t v : trip.vias)
        (mentions_[v].m.sentence == b.sentence && mentions_[v].m.first_token >= other_from ? other.vias : kept_vias).push_back(v);
      trip.figures = std::move(kept);
      trip.vias = std::move(kept_vias);
      if (modes_apart) trip.own_mode_word = first_mode, other.own_mode_word = other_mode;
      if (mode_clause) trip.own_mode_word = mode_clause->first, other.own_mode_word = mode_clause->second;
      // "The flight takes 45 minutes, against five hours for the 390 km drive": the way set against the
      // first ("against", "compared with": alternative_route) travels by the mode its own words name,
      // where they name one other than the words before it.
      if (!modes_apart && !mode_clause) {
        // The sentence's mode words only (they are in text order): the last before the split, the first after.
        const auto in_sentence = std::partition_point(mode_words_.begin(), mode_words_.end(),
                                                      [&](const ModeWord& w) { return w.sentence < b.sentence; });
        const auto after = std::partition_point(in_sentence, mode_words_.end(),
                                                [&](const ModeWord& w) { return w.sentence == b.sentence && w.token < other_from; });
        const bool word_after = after != mode_words_.end() && after->sentence == b.sentence;
        if (after != in_sentence && word_after && std::prev(after)->mode != after->mode) {
          trip.own_mode_word = static_cast<std::size_t>(std::prev(after) - mode_words_.begin());
          other.own_mode_word = static_cast<std::size_t>(after - mode_words_.begin());
        } else if (after == in_sentence && word_after) {
          // No mode word before the split: the word after it is the other way's alone.
          other.own_mode_word = static_cast<std::size_t>(after - mode_words_.begin());
          trip.not_mode_word = other.own_mode_word;
        } else if (after != in_sentence && !word_after) {
          // Only a weak word after it ("on the motorway"): the other way's, where it names another mode.
          const auto weak = std::find_if(weak_mode_words_.begin(), weak_mode_words_.end(), [&](const ModeWord& w) {
            return w.sentence == b.sentence && w.token >= other_from;
          });
          if (weak != weak_mode_words_.end() && weak->mode != std::prev(after)->mode) {
            trip.own_mode_word = static_cast<std::size_t>(std::prev(after) - mode_words_.begin());
            other.own_mode_word.reset();
            other.own_weak_mode_word = static_cast<std::size_t>(weak - weak_mode_words_.begin());
          }
        }
      }
      return other;
    }
    return std::nullopt;
  }

  // A sentence that gives trip `trip` another way: no place of its own, and a mode word other than the trip's
  // (not a traveller: cue traveller_noun) after "by" ("By car the drive takes...") or opening it ("Driving
  // takes...", "A flight takes..."), in the
  // trip's paragraph. Returns that mode word; nullopt for any other sentence (a flight home, later).
  std::optional<std::size_t> other_way_word(std::size_t sentence, std::size_t trip) const {
    if (first_route_place_in(sentence) != first_route_place_in(sentence + 1)) return std::nullopt;
    if (paragraph(sentence) != paragraph(trips_[trip].sentence())) return std::nullopt;
    const std::size_t opening = doc_.sentences[sentence].first;
    // "Years later I flew the same route in under five hours": a sentence naming the trip again (cue
    // trip_anaphor) gives it the other way wherever its mode word stands.
    const bool names_the_trip = sentence_says(sentence, "trip_anaphor");
    const auto first = std::partition_point(mode_words_.begin(), mode_words_.end(), [&](const ModeWord& w) { return w.sentence < sentence; });
    for (auto it = first; it != mode_words_.end() && it->sentence == sentence; ++it) {
      // "One cyclist rode 200 km": a traveller is someone's own journey, not the trip made another way.
      if (trips_[trip].modes.count(it->mode) || any_phrase_at(tokens_, it->token, "traveller_noun")) continue;
      const bool after_by = it->token > opening && tokens_[it->token - 1].lower() == "by";
      if (after_by || names_the_trip || it->token <= opening + kOtherWayOpeningTokens)
        return static_cast<std::size_t>(it - mode_words_.begin());
    }
    return std::nullopt;
  }

  // "Flights take 80 minutes, while the train takes 12 hours": between two figures of one kind, a clause
  // opened by a contrast ("while", "whereas": cues contrast_opener, alternative_route) that names a mode other than the last mode word before the
  // first figure. Tokens from..to, in sentence `sentence`. Returns the clause's first token and the mode
  // words (the first way's, the clause's), or nullopt.
  std::optional<std::pair<std::size_t, std::pair<std::size_t, std::size_t>>> clause_of_another_mode(std::size_t from, std::size_t to,
                                                                                                    std::size_t sentence) const {
    const auto in_sentence = std::partition_point(mode_words_.begin(), mode_words_.end(), [&](const ModeWord& w) { return w.sentence < sentence; });
    std::optional<std::size_t> first_way;
    for (auto it = in_sentence; it != mode_words_.end() && it->sentence == sentence && it->token < from; ++it)
      first_way = static_cast<std::size_t>(it - mode_words_.begin());
    if (!first_way) return std::nullopt;
    std::size_t clause = std::string::npos;
    for (std::size_t k = from; k < to && k < tokens_.size(); ++k)
      if (any_phrase_at(tokens_, k, "contrast_opener") || any_phrase_at(tokens_, k, "alternative_route")) {
        clause = k;
        break;
      }
    if (clause == std::string::npos) return std::nullopt;
    for (auto it = in_sentence; it != mode_words_.end() && it->sentence == sentence && it->token < to; ++it)
      if (it->token > clause && it->mode != mode_words_[*first_way].mode)
        return std::make_pair(clause, std::make_pair(*first_way, static_cast<std::size_t>(it - mode_words_.begin())));
    return std::nullopt;
  }

  // "... 10,500 nautical miles; round the Cape the voyage is 14,000": between two figures of one kind, a
  // new clause (after a semicolon, or opened by a contrast such as "whereas") that names its own way (a
  // phrase of cue via, or a mode word of a mode the sentence has not named before the clause: "fly in two
  // hours; the same trip by bus takes 19") before the second figure. Tokens from..to, in one sentence.
  // Returns the clause's first token, or npos.
  std::size_t clause_of_its_own_way(std::size_t from, std::size_t to) const {
    std::size_t clause = std::string::npos;
    if (from >= tokens_.size()) return clause;
    const std::size_t sentence = tokens_[from].sentence;
    // The sentence's mode words, walked once beside the tokens; the modes named before the clause.
    auto word = std::partition_point(mode_words_.begin(), mode_words_.end(),
                                     [&](const ModeWord& w) { return w.sentence < sentence || (w.sentence == sentence && w.token < from); });
    const auto in_sentence = std::partition_point(mode_words_.begin(), word, [&](const ModeWord& w) { return w.sentence < sentence; });
    std::set<std::string> before_clause;
    // "The shuttle takes 35 minutes, the ferry 90": after a comma, a mode word within a determiner and a
    // word of it (", the sea voyage") opens a clause that leaves its verb out.
    const auto elliptical_clause_at = [&](std::size_t k) {
      if (tokens_[k].text() != ",") return false;
      for (auto w = word; w != mode_words_.end() && w->sentence == sentence && w->token < to; ++w) {
        if (w->token <= k) continue;
        if (w->token > k + kEllipticalClauseLeadTokens + 1) return false;
        // ", while the ferry ... takes": a contrast opens a clause with its verb (clause_of_another_mode).
        for (std::size_t j = k + 1; j < w->token; ++j)
          if (any_phrase_at(tokens_, j, "contrast_opener") || any_phrase_at(tokens_, j, "alternative_route")) return false;
        return true;
      }
      return false;
    };
    for (std::size_t k = from; k < to && k < tokens_.size(); ++k) {
      if (tokens_[k].text() == ";" || any_phrase_at(tokens_, k, "contrast_opener") || elliptical_clause_at(k)) {
        clause = k;
        before_clause.clear();
        for (auto w = in_sentence; w != word; ++w) before_clause.insert(w->mode);
      }
      const bool mode_word_here = word != mode_words_.end() && word->sentence == sentence && word->token == k;
      if (clause != std::string::npos && k > clause) {
        if (any_phrase_at(tokens_, k, "via")) return clause;
        if (mode_word_here && !before_clause.empty() && !before_clause.count(word->mode)) return clause;
      }
      if (mode_word_here) ++word;
    }
    return std::string::npos;
  }

  // The mode word told right after a figure, within weights().max_filler_tokens and before any other
  // figure ("four hours by train", "an hour by plane"): an index into the mode words.
  std::optional<std::size_t> mode_word_after(const FigureMention& f) const {
    const std::size_t after = token_at_or_after(f.end);
    const auto first = std::partition_point(mode_words_.begin(), mode_words_.end(),
                                            [&](const ModeWord& w) { return w.sentence < f.sentence || (w.sentence == f.sentence && w.token < after); });
    if (first == mode_words_.end() || first->sentence != f.sentence || first->token > after + weights().max_filler_tokens) return std::nullopt;
    // The figures are in text order: only the next one can come between.
    const auto next = std::partition_point(figures_.begin(), figures_.end(), [&](const FigureMention& g) { return g.start < f.end; });
    if (next != figures_.end() && next->sentence == f.sentence && next->start < tokens_[first->token].start) return std::nullopt;
    return static_cast<std::size_t>(first - mode_words_.begin());
  }

  // A phrase of cue alternative_route ends just before token `at`, a comma between allowed, in its sentence.
  bool alternative_before(std::size_t at) const {
    if (at >= tokens_.size()) return false;
    std::size_t end = at;
    if (end > 0 && tokens_[end - 1].text() == ",") --end;
    for (const Phrase& p : cues_.phrases("alternative_route"))
      if (end >= p.size() && matches_at(tokens_, end - p.size(), p) && tokens_[end - p.size()].sentence == tokens_[at].sentence)
        return true;
    return false;
  }

  // Re-reads an end of the trip whose reading makes its stated distance absurd, when a same-named place fits.
  void reread_endpoints(const Trip& trip, const quantities::Quantity& distance) {
    auto fits = [&](const Place& a, const Place& b) {
      const double d = routes::geodesic_km(a, b) * 1000;
      return d > 0 && distance.value_si() / d < weights().misread_factor && d / distance.value_si() < weights().misread_factor;
    };
    if (fits(place(trip.origin), place(trip.destination))) return;
    for (const std::size_t end : {trip.origin, trip.destination}) {
      const Place& other = place(end == trip.origin ? trip.destination : trip.origin);
      PlaceMention& fixed = mentions_[end].m;
      for (const gazetteer::Candidate& c : mentions_[end].candidates) {
        if (c.match != gazetteer::MatchKind::exact || c.place.fid == fixed.place->fid || !fits(c.place, other)) continue;
        const double misread_m = routes::geodesic_km(*fixed.place, other) * 1000;
        fixed.reason = shared_.text(c.reason + fmt::format("; not {}, {}: the {} to {} would be {:.0f}x the straight line from there",
                                                           fixed.place->name, fixed.place->country_code, distance.text, other.name,
                                                           distance.value_si() / misread_m));
        fixed.place = shared_.place(c.place);
        return;
      }
    }
  }

  // A trip by sea starts and ends at ports: an end read as a place farther inland than
  // places.network_pull_fade_km is read again, its readings of the same standing gaining the pull of the
  // sea lanes that the check gives a claim's places (places.network_pull), so "sailed to Antigua" is the
  // island, not the inland Guatemalan town.
  // Returns whether an end was read again.
  bool read_ends_as_ports(const Trip& trip) {
    const networks::Network* lanes = sea_lanes_ ? sea_lanes_->get() : nullptr;
    if (!lanes) return false;
    const double pull = verdicts::tolerance("places.network_pull"), fade_km = verdicts::tolerance("places.network_pull_fade_km");
    // The trip's other end pulls as it does in the check (places.pull): Lae beside Port Moresby is the
    // Papua New Guinean port, 175 km from MARNET's coarse lanes there, not the atoll of 319 people in the
    // Marshall Islands 25 km from them and 2,400 km away.
    const double end_pull = verdicts::tolerance("places.pull"), end_fade_km = verdicts::tolerance("places.pull_fade_km");
    bool changed = false;
    for (const std::size_t end : {trip.origin, trip.destination}) {
      PlaceMention& m = mentions_[end].m;
      const std::size_t other_end = end == trip.origin ? trip.destination : trip.origin;
      const Place* other = mentions_[other_end].m.place.get();
      const auto near_other = [&](const Place& p) {
        return other ? end_pull * std::exp(-routes::geodesic_km(p, *other) / end_fade_km) : 0.0;
      };
      const auto& candidates = mentions_[end].candidates;
      const auto current = std::find_if(candidates.begin(), candidates.end(), [&](const gazetteer::Candidate& c) { return c.place.fid == m.place->fid; });
      // A state or a country read as such is no port of its name ("from Florida to Naples" is not Florida,
      // Puerto Rico): it reaches the sea somewhere along its outline.
      if (current == candidates.end() || candidates.size() < 2 || current->place.feature_class == "A") continue;
      auto lanes_km = [&](const Place& p) { return routes::km_from_network(*lanes, p, /*sea_lanes=*/true); };
      const double current_km = lanes_km(current->place);
      // A reading near the lanes is a port already: the story's context chose it (Dover beside Calais); so
      // is one on the coast, where the lanes are coarse, unless a larger town of the name is the port
      // (Lae, Papua New Guinea, 175 km from them, stays; Falmouth, Jamaica, gives way to Falmouth, England).
      if (current_km <= fade_km) continue;
      static const double coast_m = verdicts::tolerance("places.coast_km") * quantities::kMetresPerKm;
      const auto people = [](const Place& p) { return p.population.value_or(0); };
      const bool largest = std::none_of(candidates.begin(), candidates.end(), [&](const gazetteer::Candidate& c) {
        return c.match == current->match && c.place.feature_class != "A" && people(c.place) > people(current->place);
      });
      if (largest && borders_ && borders_->near_sea(current->place.lat_deg, current->place.lon_deg, coast_m)) continue;
      const gazetteer::Candidate* best = &*current;
      double best_score = current->score + pull * std::exp(-current_km / fade_km) + near_other(current->place), best_km = current_km;
      for (const gazetteer::Candidate& c : candidates) {
        if (c.match != current->match || &c == &*current || c.place.feature_class == "A") continue;
        const double km = lanes_km(c.place);
        if (const double score = c.score + pull * std::exp(-km / fade_km) + near_other(c.place); score > best_score)
          best = &c, best_score = score, best_km = km;
      }
      if (best == &*current) continue;
      m.reason = shared_.text(best->reason + fmt::format("; a trip by sea: {:.0f} km from the sea lanes, not {}, {}, {:.0f} km from them",
                                                         best_km, m.place->name, m.place->country_code, current_km));
      m.place = shared_.place(best->place);
      changed = true;
    }
    return changed;
  }

  struct ModeWord {
    std::size_t sentence, token;
    std::string mode;
    std::size_t last_token = token;  // the phrase's last ("non - stop")
    std::string profile;             // ModeWordAt::profile: the kind of vehicle within the mode, or ""
  };

  // The mode words first..last name who speaks, not how anyone travels, in an attribution set off by a
  // comma: ", the train operator said", ", a bus company added" (a reporting verb right after them or
  // after one word for a body or a person), ", said the rail firm". At a sentence's head the vehicle is
  // the story's ("The ferry operator said the crossing takes 20 minutes", "Passengers on the bus told").
  bool names_a_speaker(std::size_t first, std::size_t last) const {
    std::size_t k = first;
    if (k > 0 && cues_.is("determiner", tokens_[k - 1].lower())) --k;
    std::size_t j = last + 1;
    if (j < tokens_.size() && cues_.is("speaker_noun", tokens_[j].lower())) ++j;
    const bool after_comma = k > 0 && tokens_[k - 1].text() == "," && tokens_[k - 1].sentence == tokens_[first].sentence;
    if (after_comma && j < tokens_.size() && tokens_[j].sentence == tokens_[last].sentence && cues_.is("reporting_verb", tokens_[j].lower()))
      return true;
    return k > 1 && k < first && tokens_[k - 2].text() == "," && tokens_[k - 1].sentence == tokens_[first].sentence &&
           cues_.is("reporting_verb", tokens_[k - 1].lower()) && last + 1 < tokens_.size() && cues_.is("speaker_noun", tokens_[last + 1].lower());
  }

  // "raising 18,000 pounds for the Devon Air Ambulance", "funds for the Leeds Children's Hospital": what a
  // trip raises money for is no place it goes to, and the words of its name are no mode (trial K: the
  // charity's "Air Ambulance" made a ride on horseback a flight, and its "Devon" the ride's end). From "for"
  // to the next punctuation, where a word of fundraising (cue fundraising_word) comes a few words before.
  void mark_beneficiaries() {
    beneficiary_.assign(tokens_.size(), false);
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      if (tokens_[i].lower() != "for") continue;
      bool raising = false;
      for (std::size_t k = i, back = 0; k-- > 0 && back < weights().beneficiary_reach_tokens && tokens_[k].sentence == tokens_[i].sentence && !raising; ++back)
        raising = cues_.is("fundraising_word", tokens_[k].lower());
      if (!raising) continue;
      for (std::size_t k = i + 1; k < tokens_.size() && tokens_[k].sentence == tokens_[i].sentence && tokens_[k].kind != TokenKind::punct; ++k)
        beneficiary_[k] = true;
    }
  }

  // Every mode word of the story, in text order (read once: each trip votes over them).
  void find_mode_words() {
    // "Van", "Coach", "Hoek van Holland": the words of a place's name are no mode words, whatever they mean
    // in lower case.
    std::vector<bool> in_place_name(tokens_.size(), false);
    for (const Mention& x : mentions_)
      for (std::size_t k = x.m.first_token; k <= x.m.last_token && k < tokens_.size(); ++k) in_place_name[k] = true;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      // "March 3", "on Sunday": a capitalised month or weekday is a date, never a mode ("march").
      if (tokens_[i].capital && cues_.is("date_word", tokens_[i].lower())) continue;
      if (in_place_name[i] || beneficiary_[i]) continue;
      const std::optional<ModeWordAt> word = mode_word_at(tokens_, i);
      if (!word) continue;
      // "the train operator said", "said a bus company": a speaker, not the way the trip goes.
      if (names_a_speaker(word->first_token, word->last_token)) {
        i = word->last_token;
        continue;
      }
      // "hit by a rail strike, commuters took coaches": a mode's stoppage (cue disruption_noun) is why the
      // trip went another way, not the way it went.
      if (const std::size_t after = word->last_token + 1; after < tokens_.size() && tokens_[after].sentence == tokens_[i].sentence &&
                                                          cues_.is("disruption_noun", tokens_[after].lower())) {
        i = word->last_token;
        continue;
      }
      (word->weak ? weak_mode_words_ : mode_words_)
          .push_back({tokens_[i].sentence, word->first_token, word->mode, word->last_token, word->profile});
      // The words inside a phrase are not mode words of their own: an "air ambulance" is no road vehicle.
      i = word->last_token;
    }
  }


  // The sentence names a stop on the way: a stop word not negated just before ("non-stop", "without a
  // stop", "no stops": cue kind stop_negator).
  bool sentence_names_stop(std::size_t sentence) const {
    if (sentence >= doc_.sentences.size()) return false;
    for (std::size_t i = doc_.sentences[sentence].first; i < doc_.sentences[sentence].second; ++i) {
      if (!any_phrase_at(tokens_, i, "stop")) continue;
      bool negated = false;
      for (std::size_t k = i, back = 0; k-- > doc_.sentences[sentence].first && back < 3; ++back) {
        if (cues_.is("stop_negator", tokens_[k].lower())) negated = true;
        if (tokens_[k].kind == TokenKind::word && !cues_.is("cue_filler", tokens_[k].lower()) && !cues_.is("stop_negator", tokens_[k].lower())) break;
      }
      if (!negated) return true;
    }
    return false;
  }

  // The mode a trip travels by: the mode words of its own sentences count three times, those within
  // weights().mode_reach_sentences of it once; returns the first word of the winning mode, or nullptr.
  const ModeWord* mode(const Trip& trip, const std::set<std::size_t>& sentences) const {
    if (trip.own_mode_word) return &mode_words_[*trip.own_mode_word];
    if (trip.own_weak_mode_word) return &weak_mode_words_[*trip.own_weak_mode_word];
    // The paragraphs the trip is told in vote first; other paragraphs only when those name no mode (a
    // ferry three paragraphs on is not the train of this one), and then not from a sentence stating
    // another trip: that trip's mode words are its own ("The ferry links X with Y" gives no mode to the
    // timetable line after it, "a review of train journey times" gives one to the list that follows).
    std::set<std::size_t> paragraphs;
    for (std::size_t s : sentences) paragraphs.insert(paragraph(s));
    const std::size_t from = trip.sentence() > weights().mode_reach_sentences ? trip.sentence() - weights().mode_reach_sentences : 0;
    const std::size_t to = trip.sentence() + weights().mode_reach_sentences;
    auto first_in = [&](const std::vector<ModeWord>& words) {
      return std::partition_point(words.begin(), words.end(), [&](const ModeWord& w) { return w.sentence < from; });
    };
    const auto first = first_in(mode_words_);
    bool in_own_paragraphs = false;
    for (const std::vector<ModeWord>* words : {&mode_words_, &weak_mode_words_})
      for (auto it = first_in(*words); it != words->end() && it->sentence <= to; ++it)
        in_own_paragraphs = in_own_paragraphs || paragraphs.count(paragraph(it->sentence)) > 0;
    // A trip that names itself a part of one told before ("the return leg", "the journey": trip_anaphor)
    // travels as the last one told before it did: the nearest mode word before its sentence.
    if (!in_own_paragraphs && sentence_says(trip.sentence(), "trip_anaphor")) {
      const auto own = std::partition_point(first, mode_words_.end(), [&](const ModeWord& w) { return w.sentence < trip.sentence(); });
      if (own != first) return &*std::prev(own);
    }
    std::map<std::string, int> votes;
    std::map<std::string, const ModeWord*> example;
    for (const std::vector<ModeWord>* words : {&mode_words_, &weak_mode_words_}) {
      // "We drove nonstop": a word that only suggests a mode (weak_mode_word) gives way to any other.
      const bool weak = words == &weak_mode_words_;
      for (auto it = first_in(*words); it != words->end() && it->sentence <= to; ++it) {
        if (!weak && trip.not_mode_word && static_cast<std::size_t>(it - words->begin()) == *trip.not_mode_word) continue;
        const bool own_paragraph = paragraphs.count(paragraph(it->sentence)) > 0;
        if (!own_paragraph && (in_own_paragraphs || trips_by_sentence_.count(it->sentence))) continue;
        const bool own = sentences.count(it->sentence) > 0;
        // The mode a sentence sets against the trip ("by contrast, a truck ...") is not the trip's.
        if (!own && opens_with(it->sentence, "contrast_opener")) continue;
        votes[it->mode] += weak ? 1 : own ? 3 : 1;
        auto [ex, fresh] = example.emplace(it->mode, &*it);
        if (!fresh && own && !sentences.count(ex->second->sentence)) ex->second = &*it;  // a word of its own sentences
      }
    }
    if (votes.empty()) return nullptr;
    // A word naming a kind of the mode other words name refines them and takes their votes: "Concorde
    // flew", "the supersonic jet" are a supersonic airliner's flight, not any flight.
    std::map<std::string, int> refined = votes;
    for (const auto& [kind, n] : votes)
      if (const routes::ModeProfile* p = modes_.find(kind); p && !p->parent.empty())
        if (auto broad = votes.find(p->parent); broad != votes.end()) refined[kind] += broad->second;
    // On a tie, the mode named nearest the trip's own sentence, and of two as near the one told before it
    // ("crossed Canada by train ... rolled into Vancouver ... Years later I flew": the train), not the first
    // in alphabetical order.
    const auto gap = [&](const std::string& mode) {
      const std::size_t s = example[mode]->sentence, t = trip.sentence();
      return std::make_pair(s > t ? s - t : t - s, s);
    };
    auto best = std::max_element(refined.begin(), refined.end(), [&](const auto& a, const auto& b) {
      return a.second < b.second || (a.second == b.second && gap(b.first) < gap(a.first));
    });
    return example[best->first];
  }

  // The trip's kind of vehicle within its mode: "the ferry ... the boat" is a ferry, checked against
  // ferries' speeds, not against any sea craft's (a liner's figures passed as a hydrofoil's). The mode
  // words of `word`'s mode in the trip's sentences that name a profile of that mode (vehicle_profile.*),
  // when they all name the same one; nullptr when none does or two differ ("a tanker and a ferry").
  const ModeWord* vehicle_named(const ModeWord& word, const std::set<std::size_t>& sentences) const {
    const ModeWord* named = nullptr;
    std::set<std::size_t> with_word = sentences;  // and the voted word's own sentence
    with_word.insert(word.sentence);
    for (std::size_t s : with_word) {
      const auto first = std::partition_point(mode_words_.begin(), mode_words_.end(), [&](const ModeWord& w) { return w.sentence < s; });
      for (auto it = first; it != mode_words_.end() && it->sentence == s; ++it) {
        if (it->mode != word.mode || it->profile.empty()) continue;
        const routes::ModeProfile* profile = modes_.find(it->profile);
        // A kind of the mode ("running" of walk), or a kind beside it in its broad mode ("race_cycling"
        // beside "cycling", both of walk: a peloton is cycling, at a race's speeds).
        const routes::ModeProfile* mode = modes_.find(word.mode);
        if (!profile || (profile->parent != word.mode && !(mode && !mode->parent.empty() && mode->parent == profile->parent))) continue;
        if (named && named->profile != it->profile) return nullptr;
        if (!named) named = &*it;
      }
    }
    return named;
  }

  ClaimRecipe::Phrase phrase(const char* role, std::size_t first_token, std::size_t last_token) const {
    return {role, tokens_[first_token].start, tokens_[last_token].end};
  }

  // The cue and the place ("left Pyongyang"), or the place alone.
  ClaimRecipe::Phrase end_phrase(const char* role, std::size_t mention, const char* cue_kind) const {
    const PlaceMention& m = mentions_[mention].m;
    const std::size_t cue = cue_before(tokens_, cue_token(mention), cue_kind);
    return phrase(role, cue == std::string::npos ? m.first_token : cue, m.last_token);
  }

  // The trip's claim, checked, and in `recipe` what it is made from (make_claim makes the same again).
  ArticleClaim claim_for(Trip& trip, ClaimRecipe& recipe) {
    for (std::size_t f : trip.figures)
      if (figures_[f].quantity->dimension == quantities::Dimension::distance) {
        reread_endpoints(trip, *figures_[f].quantity);
        break;
      }
    recipe = ClaimRecipe{};
    if (trip.pattern == kRoundTrip) {
      recipe.read_from.push_back(end_phrase("origin", trip.origin, "origin"));
      // The return cue of the sentence the trip was closed in ("landed back").
      if (const std::size_t k = first_phrase_in(trip.sentence(), "return"); k != std::string::npos)
        recipe.read_from.push_back(phrase("destination", k, k));
    } else if (trip.pattern == kByCues || trip.pattern == kImpliedOrigin || trip.pattern == kImpliedDestination ||
               trip.pattern == kTimetable) {
      recipe.read_from.push_back(end_phrase("origin", trip.origin, "origin"));
      recipe.read_from.push_back(end_phrase("destination", trip.destination, "destination"));
    } else {
      recipe.read_from.push_back(phrase("trip", trip.wording_first(), trip.wording_last));
    }
    std::sort(trip.vias.begin(), trip.vias.end());
    for (std::size_t v : trip.vias) recipe.read_from.push_back(end_phrase("via", v, "via"));
    set_route(trip, recipe);
    // Each slot of the claim (distance, speed, duration, stop, top speed) takes the trip's first figure for it;
    // a time counted to the arrival's day ("reached Paris two days later, at 02:00 on Wednesday, after about
    // 26 hours") only when the trip gives no other (trial R: the 48 hours of the days had made the 26 hours'
    // arrival impossible).
    std::array<bool, kFigureSlots> taken{};
    auto counts_days_to_a_moment = [&](std::size_t i) {
      const std::string_view after = std::string_view(doc_.text).substr(std::min(figures_[i].end, doc_.text.size()));
      return text::trim(after).starts_with("later");
    };
    for (const bool days_later : {false, true})
      for (std::size_t i : trip.figures)
        if (bool& slot = taken[figure_slot(figures_[i])]; !slot && counts_days_to_a_moment(i) == days_later) {
          slot = true;
          recipe.figure_indexes.push_back(i);
        }
    std::sort(recipe.figure_indexes.begin(), recipe.figure_indexes.end());
    // The trip's sentences: its statements and the figures it was checked with (not a figure it left
    // out: "A week of trains and ferries" is a headline, not the crossing's sentence).
    std::set<std::size_t> route_sentences;
    for (const Statement& st : trip.statements) route_sentences.insert(st.sentence);
    for (std::size_t f : recipe.figure_indexes) route_sentences.insert(figures_[f].sentence);
    // A separation takes no mode from its sentence's trips: only its own.
    if (const ModeWord* word = trip.pattern == kSeparation && !trip.own_mode_word ? nullptr : mode(trip, route_sentences)) {
      const ModeWord* named = vehicle_named(*word, route_sentences);
      if (const routes::ModeProfile* profile = modes_.find(named ? named->profile : word->mode)) {  // a --profile may lack it
        recipe.mode = profile;
        if (named) word = named;
        recipe.read_from.push_back(phrase("mode", word->token, word->last_token));
        if (routes::network_for(*profile) == networks::NetworkKind::sea && read_ends_as_ports(trip))
          set_route(trip, recipe);
      }
    }
    for (std::size_t i : recipe.figure_indexes)
      recipe.read_from.push_back({figures_[i].role == FigureRole::travel ? quantities::to_string(figures_[i].quantity->dimension)
                                                                         : to_string(figures_[i].role),
                                  figures_[i].start, figures_[i].end, i});
    for (std::size_t s : route_sentences)
      if (sentence_names_stop(s)) {
        recipe.stop_unknown = true;
        break;
      }
    ArticleClaim ac = make(recipe);
    refit_ends(trip, recipe, ac);  // only where the figures rule the places out
    return ac;
  }

  ArticleClaim make(const ClaimRecipe& recipe) const {
    return make_claim(recipe, doc_.text, [&](std::size_t m) -> const std::string& { return mentions_[m].m.text; }, figures_,
                      sea_lanes_, story_date_);
  }

  // A trip's via points in the order along the way: "with stops in Fort Lauderdale, Boca Raton, West Palm
  // Beach and Aventura" between Miami and Orlando lists its stops, not their order (trial T: legs in the
  // order written made 501 km of a 378 km line, INCONSISTENT). Of every order of up to
  // weights().max_reordered_vias points, the one with the shortest straight-line legs between the ends; a
  // list written in its order keeps it.
  std::vector<std::size_t> vias_along_the_way(const Trip& trip) const {
    std::vector<std::size_t> vias = trip.vias;
    if (vias.size() < 2 || vias.size() > weights().max_reordered_vias || trip.there_and_back) return vias;
    // Each leg solved once (index 0 the origin, 1..n the vias as written, n + 1 the destination).
    std::vector<std::size_t> points{trip.origin};
    points.insert(points.end(), vias.begin(), vias.end());
    points.push_back(trip.destination);
    std::vector<std::vector<double>> km_between(points.size(), std::vector<double>(points.size(), 0));
    for (std::size_t i = 0; i < points.size(); ++i)
      for (std::size_t j = i + 1; j < points.size(); ++j)
        km_between[i][j] = km_between[j][i] = routes::geodesic_km(place(points[i]), place(points[j]));
    const auto legs_km = [&](const std::vector<std::size_t>& order) {  // order: indexes 1..n
      double km = 0;
      std::size_t from = 0;
      for (std::size_t v : order) km += km_between[from][v], from = v;
      return km + km_between[from][points.size() - 1];
    };
    std::vector<std::size_t> written(vias.size());
    for (std::size_t i = 0; i < written.size(); ++i) written[i] = i + 1;
    std::vector<std::size_t> order = written, best = written;
    double best_km = legs_km(written);
    do {
      if (const double km = legs_km(order); km < best_km - 1e-6) best_km = km, best = order;
    } while (std::next_permutation(order.begin(), order.end()));
    std::vector<std::size_t> out;
    for (std::size_t i : best) out.push_back(points[i]);
    return out;
  }

  // The places of the trip's route as it reads them now (origin, vias, destination) into recipe.points,
  // and the notes on how they were read into recipe.notes.
  void set_route(const Trip& trip, ClaimRecipe& recipe) {
    std::vector<std::size_t> mentions{trip.origin};
    const std::vector<std::size_t> along = vias_along_the_way(trip);
    mentions.insert(mentions.end(), along.begin(), along.end());
    mentions.push_back(trip.destination);
    if (trip.there_and_back) mentions.push_back(trip.origin);
    recipe.there_and_back = trip.there_and_back;
    std::vector<routes::Waypoint> points;
    for (std::size_t m : mentions) {
      routes::Waypoint w;
      w.place = *mentions_[m].m.place;
      w.reason = *mentions_[m].m.reason;
      points.push_back(std::move(w));
    }
    recipe.notes.clear();
    // "to the Polish border": the end is the point of that land border nearest the place before it (after
    // it, for an origin), a point with no extent; without a locator, or with no land border, the country.
    if (borders_) {
      // A border reached and left again ("drove to the Polish border ... From there, a bus took them to
      // Warsaw") is one point: the one the trip told first placed, not a second one nearest Warsaw.
      auto on_border = [&](routes::Waypoint& w, std::size_t mention, const gazetteer::Place& other) {
        if (const auto known = border_points_.find(mention); known != border_points_.end()) {
          w = known->second;
          return;
        }
        routes::place_on_border(w, other, *borders_);
        border_points_.emplace(mention, w);
      };
      if (mentions_[trip.origin].border) on_border(points.front(), trip.origin, points[1].place);
      if (mentions_[trip.destination].border) on_border(points.back(), trip.destination, points[points.size() - 2].place);
      for (routes::Waypoint& w : points) routes::measure_country_reach(w, *borders_, country_limits_);
      // "through Spain and Norway": a country on the way asks for no detour. Only vias go, and no two
      // neighbouring points are one place (attach_vias), so the points left are the mentions left in order.
      const std::size_t before = points.size();
      recipe.notes = routes::drop_vias_on_the_way(points, *borders_);
      if (points.size() != before) {
        std::vector<std::size_t> kept;
        for (std::size_t i = 0, j = 0; i < mentions.size() && j < points.size(); ++i)
          if (mentions_[mentions[i]].m.place->fid == points[j].place.fid) kept.push_back(mentions[i]), ++j;
        mentions = std::move(kept);
      }
    }
    recipe.points.clear();
    for (std::size_t i = 0; i < points.size(); ++i)
      recipe.points.push_back({mentions[i], shared_.place(points[i].place), shared_.text(points[i].reason), points[i].outline_reach_m});
    if (along != trip.vias) {
      std::string written;
      for (std::size_t v : trip.vias) written += (written.empty() ? "" : ", ") + mentions_[v].m.text;
      recipe.notes.push_back("the via points are taken in the order along the way, not as written (" + written + ")");
    }
  }

  // A trip whose figures are impossible between its ends as read, when another place of the same exact
  // name at one end fits them, names that place: the figures were stated about somewhere, and "Dover to
  // Calais" in 35 minutes by sea is Dover, England, whatever else in the story pulled it to Delaware.
  // Only a gross misreading is undone (the trip's length changes weights().misread_factor-fold): a figure that is
  // merely wrong must stay wrong, not be explained away by a namesake next door.
  void refit_ends(const Trip& trip, ClaimRecipe& recipe, ArticleClaim& ac) {
    // Only where the places themselves are ruled out (a distance no route between them fits, no land route
    // between them): a duration or a speed impossible between a capital and a city is likelier a wrong figure
    // than a village of the capital's name near the city ("Lisbon to New York in under three hours" is not
    // Lisbon, Maine).
    const bool places_ruled_out = std::any_of(ac.report.relations.begin(), ac.report.relations.end(), [](const verdicts::Relation& r) {
      return r.verdict == verdicts::Verdict::inconsistent &&
             (r.id == "distance_vs_geography" || r.id == "land_route" || r.id == "distance_vs_network");
    });
    // Or a voyage far too slow for its ends: a ship sails through the night, so a crossing of days between
    // places a day's sail apart (Southampton, New York, to New York City in a week) names other places; the
    // check lets any slow average over days pass, as walkers and drivers rest.
    const verdicts::Claim& claim = ac.claim;
    // Days, not an hour's hop: "the catamaran needs an hour for the 20 km channel" is a slow crossing
    // between the places named (Piombino was read as Piombino Dese, inland, 346 km away).
    const bool voyage_too_slow = claim.mode && routes::broad_mode_of(claim.mode) == routes::BroadMode::sea && claim.duration &&
                                 claim.duration->si.high > 0 && claim.duration->si.low >= quantities::kSecondsPerDay &&
                                 claim.route.geodesic_m / claim.duration->si.high < claim.mode->speed_low_kmh * quantities::kMpsPerKmh;
    // Or a time no kind of the mode in service makes between the places as read ("from Delhi to Kochi in
    // three hours": only a retired supersonic airliner reaches Japan's Kochi). Then a namesake at least as
    // populous as the place read (a peer city, never a village of the name) that the figures fit plainly is
    // meant: the Indian Kochi. "Lisbon to New York in under three hours" stays Lisbon, Portugal.
    const bool time_ruled_out = std::any_of(ac.report.relations.begin(), ac.report.relations.end(), [](const verdicts::Relation& r) {
      return r.id == "kind_in_service" ||
             (r.verdict == verdicts::Verdict::inconsistent && (r.id == "duration_vs_geography" || r.id == "speed_vs_mode"));
    });
    // Or a distance far beyond any route between the places as read (places.figures_settle_factor times the
    // mode's widest detour), which the check calls only suspicious: "Caltrain runs the 75 km from San
    // Francisco to San Jose" was two Costa Rican towns 8 km apart.
    const bool distance_far_off = claim.distance && claim.mode && claim.route.geodesic_m > 0 &&
                                  claim.distance->si.low > claim.route.geodesic_m * claim.mode->circuity_high *
                                                               verdicts::tolerance("places.figures_settle_factor");
    if (!places_ruled_out && !voyage_too_slow && !time_ruled_out && !distance_far_off) return;
    const bool peers_only = !places_ruled_out && !voyage_too_slow && !distance_far_off;
    auto metres = [](const Place& a, const Place& b) { return routes::geodesic_km(a, b) * 1000; };
    for (const std::size_t end : {trip.origin, trip.destination}) {
      PlaceMention& m = mentions_[end].m;
      const PlaceMention as_read = m;
      const Place& other = place(end == trip.origin ? trip.destination : trip.origin);
      const double as_read_m = metres(*as_read.place, other);
      for (const gazetteer::Candidate& c : mentions_[end].candidates) {
        if (c.match != gazetteer::MatchKind::exact || c.place.fid == as_read.place->fid) continue;
        const double refit_m = metres(c.place, other);
        if (refit_m <= 0) continue;
        if (peers_only ? c.place.population.value_or(0) < as_read.place->population.value_or(0) || !c.place.population
                       : as_read_m / refit_m < weights().misread_factor && refit_m / as_read_m < weights().misread_factor)
          continue;
        m.place = shared_.place(c.place);
        // Set before the claim is made: its check reports each place with its reason.
        m.reason = shared_.text(c.reason + fmt::format("; not {}, {}: the trip's figures rule it out",
                                                       as_read.place->name, as_read.place->country_code));
        ClaimRecipe refit = recipe;
        set_route(trip, refit);
        ArticleClaim made = make(refit);
        // A peer namesake must fit plainly: no retired kind, nothing merely plausible.
        if (made.report.verdict == verdicts::Verdict::consistent ||
            (!peers_only && made.report.verdict == verdicts::Verdict::plausible)) {
          recipe = std::move(refit);
          ac = std::move(made);
          return;
        }
      }
      m = as_read;
    }
    // Both ends read elsewhere together: two towns of one country, namesakes of two cities of another that
    // the story meant (San Francisco and San José, Costa Rica, 8 km apart, for the Californian pair).
    if (peers_only) return;
    PlaceMention &origin = mentions_[trip.origin].m, &destination = mentions_[trip.destination].m;
    const PlaceMention origin_as_read = origin, destination_as_read = destination;
    const double as_read_m = metres(*origin.place, *destination.place);
    // Towns for towns: a region or a country at an end bounds no distance, so any figure would fit it.
    // And towns of note, as the check settles a claim's places: "walked 200 km from Oxford to Reading" is
    // no reason to read Oxford, Connecticut and Reading, Massachusetts (places.settle_min_population, and
    // places.settle_min_population_share of the place first read).
    const double of_note = verdicts::tolerance("places.settle_min_population"),
                 min_share = verdicts::tolerance("places.settle_min_population_share");
    const auto town_for_town = [&](const gazetteer::Candidate& c, const PlaceMention& read) {
      const auto people = static_cast<double>(c.place.population.value_or(0));
      return c.match == gazetteer::MatchKind::exact && c.place.fid != read.place->fid &&
             (c.place.feature_class != "A" || read.place->feature_class == "A") && people >= of_note &&
             people >= min_share * static_cast<double>(read.place->population.value_or(0));
    };
    for (const gazetteer::Candidate& a : mentions_[trip.origin].candidates) {
      if (!town_for_town(a, origin_as_read)) continue;
      for (const gazetteer::Candidate& b : mentions_[trip.destination].candidates) {
        if (!town_for_town(b, destination_as_read)) continue;
        // With a distance stated, the check of the pair decides (it fits the distance, or it is no reading);
        // without one, only a gross misreading is undone, as for one end.
        const double refit_m = metres(a.place, b.place);
        if (refit_m <= 0 ||
            (!claim.distance && as_read_m / refit_m < weights().misread_factor && refit_m / as_read_m < weights().misread_factor))
          continue;
        origin.place = shared_.place(a.place), destination.place = shared_.place(b.place);
        origin.reason = shared_.text(a.reason + fmt::format("; not {}, {}: the trip's figures rule it out", origin_as_read.place->name,
                                                            origin_as_read.place->country_code));
        destination.reason = shared_.text(b.reason + fmt::format("; not {}, {}: the trip's figures rule it out",
                                                                 destination_as_read.place->name, destination_as_read.place->country_code));
        ClaimRecipe refit = recipe;
        set_route(trip, refit);
        ArticleClaim made = make(refit);
        if (made.report.verdict == verdicts::Verdict::consistent || made.report.verdict == verdicts::Verdict::plausible) {
          recipe = std::move(refit);
          ac = std::move(made);
          return;
        }
        origin = origin_as_read, destination = destination_as_read;
      }
    }
  }

  const Cues& cues_ = Cues::get();
  const Document& doc_;
  const Tokens& tokens_;
  std::vector<Mention>& mentions_;
  std::vector<FigureMention>& figures_;
  const routes::ModeProfiles& modes_;
  const routes::SeaLanes* sea_lanes_;  // trips by ship run on them, when given
  const routes::BorderLocator* borders_;  // where "the Polish border" is, when given
  const routes::CountryEndLimits country_limits_ = verdicts::country_end_limits();
  SharedValues& shared_;                  // the places and reasons mentions take, one copy each
  std::optional<date::year_month_day> story_date_;  // dates the claims for the check
  MentionAtToken mention_at_token_;  // first token -> route place mention
  std::map<std::size_t, std::size_t> demonym_last_by_first_;  // a demonym's first token -> its last
  std::map<std::size_t, std::size_t> cue_anchor_;        // mention named in apposition -> first token of its role's region
  std::vector<std::size_t> route_places_;                 // mentions a route can run between, in text order
  mutable std::map<std::pair<std::size_t, std::string_view>, std::size_t> first_phrase_;  // first_phrase_in, remembered (kinds: literals)
  std::deque<Trip> trips_;  // a deque: a long story's trips are many, and a vector's doubling held up to twice them
  std::multimap<std::size_t, std::size_t> trips_by_sentence_;  // statement sentence -> trip, in the order stated
  std::set<std::pair<std::size_t, std::size_t>> trip_sentences_;  // (sentence, trip): the entries above, once each
  std::set<std::int64_t> trip_end_fids_;                      // the places trips start or end at
  std::vector<ModeWord> mode_words_;
  // Words that only suggest a mode (weak_mode_word: "nonstop", "ran", "running"): they vote for a trip's
  // mode and nothing else; a train "running at 37 mph" must not make its sentence a walker's.
  std::vector<ModeWord> weak_mode_words_;
  std::map<std::size_t, routes::Waypoint> border_points_;  // a border mention's point, as first placed
  mutable std::optional<std::pair<std::size_t, std::set<std::string>>> modes_in_;  // modes_in, the last asked
  std::vector<std::size_t> paragraph_;  // per sentence: its paragraph (blank lines between)
  std::vector<bool> paragraph_shifts_;  // per paragraph: it opens another story (tied())
  const std::set<std::size_t>& timed_sentences_;  // sentences giving a departure and an arrival time
  std::vector<bool> beneficiary_;  // per token: in the name of what a trip raises money for (mark_beneficiaries)
  bool ran_ = false;                     // trips were looked for (the story gives a figure or a trip's times)
  std::map<std::size_t, std::size_t> figure_trip_;  // figure -> the trip it went to
  std::map<std::size_t, std::string> untied_figures_;
  std::map<std::size_t, std::size_t> other_way_in_;  // sentence -> the trip it gives another way (other_way_word)
  mutable std::map<std::pair<std::size_t, bool>, bool> unread_end_;  // (sentence, origin?) -> unread_end_in  // figures a trip near would have taken, and why it did not
  std::vector<std::pair<std::size_t, std::size_t>> timetable_legs_;  // (from, to) mentions
};

}  // namespace

std::vector<ClaimRecipe> assemble_trips(const Document& doc, std::vector<Mention>& mentions,
                                        std::vector<FigureMention>& figures, const routes::ModeProfiles& modes,
                                        SharedValues& shared, std::vector<ArticleClaim>* claims,
                                        const routes::SeaLanes* sea_lanes, std::vector<LeftOut>* left_out,
                                        const routes::BorderLocator* borders,
                                        const std::optional<date::year_month_day>& story_date,
                                        const std::set<std::size_t>& timed_sentences) {
  TripAssembler assembler(doc, mentions, figures, modes, sea_lanes, borders, shared, story_date, timed_sentences);
  std::vector<ClaimRecipe> recipes = assembler.run(claims);
  if (left_out) *left_out = assembler.left_out(recipes);
  return recipes;
}

ArticleClaim make_claim(const ClaimRecipe& recipe, std::string_view text,
                        const std::function<const std::string&(std::size_t)>& mention_text,
                        const std::vector<FigureMention>& figures, const routes::SeaLanes* sea_lanes,
                        const std::optional<date::year_month_day>& story_date) {
  ArticleClaim ac;
  verdicts::Claim& claim = ac.claim;
  std::vector<routes::Waypoint> points;
  for (const ClaimRecipe::Point& p : recipe.points) {
    routes::Waypoint w;
    w.query = mention_text(p.mention);
    w.place = *p.place;
    w.reason = *p.reason;
    w.outline_reach_m = p.outline_reach_m;
    points.push_back(std::move(w));
  }
  claim.route = routes::make_route(std::move(points));
  for (std::size_t i : recipe.figure_indexes) {
    const FigureMention& f = figures[i];
    std::optional<quantities::Quantity>* slots[kFigureSlots] = {&claim.top_speed, &claim.stop, &claim.distance, &claim.speed,
                                                                &claim.duration};
    *slots[figure_slot(f)] = *f.quantity;
  }
  if (recipe.mode) claim.mode = *recipe.mode;
  claim.stop_unknown = recipe.stop_unknown;
  claim.notes = recipe.notes;
  if (sea_lanes && routes::network_for(claim.mode) == routes::NetworkKind::sea) routes::route_by_sea(claim.route, *sea_lanes);
  verdicts::settle_extents(claim);  // the claim as printed shows the bound it was checked against
  claim.story_date = story_date;
  ac.report = verdicts::check_claim(claim);
  ac.figure_indexes = recipe.figure_indexes;
  ac.there_and_back = recipe.there_and_back;
  for (const ClaimRecipe::Phrase& p : recipe.read_from)
    ac.read_from.push_back({p.role, p.start, p.end,
                            p.figure < figures.size() ? figures[p.figure].text : std::string(text.substr(p.start, p.end - p.start))});
  return ac;
}

}  // namespace routecheck::article
