// Tokens -> travel figures (see figure_spotter.hpp).
#include "article/figure_spotter.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <unordered_map>

#include "article/cues.hpp"
#include "article/mode_words.hpp"
#include "article/weights.hpp"
#include "quantities/figure_finder.hpp"

namespace routecheck::article {

namespace {


// A phrase of `kind` just before token `first`, or before a word or two that only soften the figure
// ("a width of only 3 feet", "at an altitude of about 10,000 m").
bool phrase_before(const Tokens& tokens, std::size_t first, const std::string& kind) {
  std::size_t at = first;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    for (const Phrase& p : Cues::get().phrases(kind))
      if (at >= p.size() && matches_at(tokens, at - p.size(), p) && tokens[at - p.size()].sentence == tokens[first].sentence)
        return true;
    if (at == 0 || !Cues::get().is("figure_softener", tokens[at - 1].lower())) break;
    --at;
  }
  return false;
}

bool phrase_after(const Tokens& tokens, std::size_t last, const std::string& kind) {
  if (last + 1 >= tokens.size()) return false;
  for (const Phrase& p : Cues::get().phrases(kind)) {
    if (matches_at(tokens, last + 1, p) && tokens[last + 1].sentence == tokens[last].sentence) return true;
    // "a two-hour stop": a hyphenated figure used as an adjective.
    if (tokens[last + 1].text() == "-" && last + 2 < tokens.size() && matches_at(tokens, last + 2, p)) return true;
  }
  return false;
}

// "the 3 km bridge", "the 18 km immersed tunnel", "the 57 km Gotthard Base Tunnel": a built thing's noun
// (cue built_noun) after the distance, with its kind's words (cue built_modifier) or its capitalised name
// between, up to built_name_max_tokens of them: the thing's length.
bool names_a_built_thing(const Tokens& tokens, std::size_t last) {
  std::size_t k = last + 1;
  if (k < tokens.size() && tokens[k].text() == "-") ++k;  // "a 1,200-metre airstrip"
  const std::size_t most = k + weights().built_name_max_tokens;
  for (; k < tokens.size() && k <= most && tokens[k].sentence == tokens[last].sentence; ++k) {
    // "the 53 km Causeway Coast Way", "the 100 km Great Wall trail": a route's noun after the built thing's
    // makes the figure the route's length, which a walk travels (cue route_noun_after_built).
    if (any_phrase_at(tokens, k, "built_noun")) {
      for (std::size_t j = k + 1; j < tokens.size() && tokens[j].sentence == tokens[last].sentence; ++j) {
        if (any_phrase_at(tokens, j, "route_noun_after_built")) return false;
        if (!tokens[j].capital) break;  // the name ends: "Causeway Coast Way" reads on to "Way"
      }
      return true;
    }
    if (k > last + 1 && any_phrase_at(tokens, k, "route_noun_after_built")) return false;
    const bool name_word = tokens[k].capital && tokens[k].kind == TokenKind::word;
    // "Hong Kong-Zhuhai-Macau", "Vasco da Gama": a dash or a short particle inside a name.
    constexpr std::size_t kParticleMaxBytes = 3;
    const bool inside_name = k > last + 1 && tokens[k - 1].capital && k + 1 < tokens.size() && tokens[k + 1].capital;
    // ("Westminster to Tower Bridge walk": "to" joins two places, never a name's particle.)
    const bool joined_name = inside_name && (tokens[k].text() == "-" || (tokens[k].kind == TokenKind::word && tokens[k].lower() != "to" &&
                                                                         tokens[k].text().size() <= kParticleMaxBytes));
    if (!name_word && !joined_name && !Cues::get().is("built_modifier", tokens[k].lower())) return false;
  }
  return false;
}

// "near Ibadan, about 130 km from Lagos": a distance set off by a comma after a name, then "from" (or
// "outside", "short of"): where the named place lies, not a way travelled.
bool placed_in_apposition(const Tokens& tokens, std::size_t first, std::size_t last) {
  std::size_t at = first;
  while (at > 0 && Cues::get().is("figure_softener", tokens[at - 1].lower())) --at;
  if (at < 2 || tokens[at - 1].text() != "," || !tokens[at - 2].capital || tokens[at - 2].sentence != tokens[first].sentence) return false;
  return phrase_after(tokens, last, "placement_in_apposition");
}

// Not a travel figure of any trip: a difference or a comparison ("an hour faster", "cut by 40 minutes"),
// an interval ("every 20 minutes"), or a size or a height ("a 3 feet gauge", "an altitude of 31,000 feet").
std::optional<FigureRole> not_travel(const Tokens& tokens, std::size_t first, std::size_t last, const quantities::Quantity& q) {
  if (q.dimension == quantities::Dimension::distance &&
      (phrase_after(tokens, last, "placement_after") || placed_in_apposition(tokens, first, last)))
    return FigureRole::placement;
  if (phrase_after(tokens, last, "comparison_after") || phrase_before(tokens, first, "comparison_before")) return FigureRole::comparison;
  // "Sweden is one hour behind Finland", "Kathmandu is 15 minutes ahead of Delhi", "France is an hour
  // ahead.": a clock's lag or lead on a place's, no trip's time (trial R). A name, not a word before a noun
  // ("12 hours behind Russian lines"), and none of "the hurricane" ("drove 10 hours ahead of the storm").
  if (q.dimension == quantities::Dimension::duration && last + 1 < tokens.size() &&
      (tokens[last + 1].lower() == "behind" || tokens[last + 1].lower() == "ahead")) {
    std::size_t k = last + 2;
    if (tokens[last + 1].lower() == "ahead" && k < tokens.size() && tokens[k].lower() == "of") ++k;
    const auto same = [&](std::size_t i) { return i < tokens.size() && tokens[i].sentence == tokens[last].sentence; };
    // ... or a place by its role ("seven hours ahead of the capital": cue_filler_noun).
    const bool by_role = same(k + 1) && tokens[k].lower() == "the" && Cues::get().is("cue_filler_noun", tokens[k + 1].lower()) &&
                         !(same(k + 2) && tokens[k + 2].kind == TokenKind::word && !tokens[k + 2].capital);
    const bool name = by_role || (same(k) && tokens[k].capital && !(same(k + 1) && tokens[k + 1].kind == TokenKind::word && !tokens[k + 1].capital));
    const bool clause_ends = tokens[last + 1].lower() == "ahead" && k == last + 2 && (!same(k) || tokens[k].kind != TokenKind::word);
    if (name || clause_ends) return FigureRole::comparison;
  }
  // "10 minutes before the train is due to depart", "an hour before take-off": a wait before the trip.
  if (q.dimension == quantities::Dimension::duration && last + 1 < tokens.size() && tokens[last + 1].lower() == "before" &&
      !(first > 0 && Cues::get().is("trip_time_verb", tokens[first - 1].lower()))) {
    for (std::size_t k = last + 2; k < tokens.size() && k <= last + 1 + weights().departure_moment_reach_tokens && tokens[k].sentence == tokens[last].sentence; ++k)
      if (any_phrase_at(tokens, k, "departure_moment")) return FigureRole::comparison;
  }
  // "a 200 mph jet stream tailwind", "winds of 70 mph": the speed of the air or the water, not of the trip.
  if (q.dimension == quantities::Dimension::speed && (phrase_after(tokens, last, "weather_after") || phrase_before(tokens, first, "weather_before")))
    return FigureRole::weather;
  if (q.dimension == quantities::Dimension::duration && (phrase_before(tokens, first, "interval_before") || phrase_after(tokens, last, "interval_after")))
    return FigureRole::interval;
  if (q.dimension == quantities::Dimension::distance &&
      (phrase_after(tokens, last, "size_after") || phrase_before(tokens, first, "size_before") || names_a_built_thing(tokens, last)))
    return FigureRole::size;
  // "flew at 35,000 feet", "cruising at about 11,000 m": a height unit right after "at" is an altitude;
  // "trains 400 metres long", "a hull 90 m in length": a length in such a unit is a thing's size (a
  // route's length is given in km or miles: "the 9,300 km long line" stays one).
  if (q.dimension == quantities::Dimension::distance && Cues::get().is("height_unit", q.unit.symbol) &&
      (phrase_before(tokens, first, "height_before") || phrase_after(tokens, last, "length_after")))
    return FigureRole::size;
  if (q.dimension == quantities::Dimension::distance) {
    // "the 1.98m lock", "a 6ft 7in forward": shorter than any trip, a person's or a thing's size.
    if (q.si.high < weights().trip_min_distance_m) return FigureRole::size;
    // "a 40m yacht", "a 120ft superyacht": a height unit right before a vehicle's word is its length.
    if (Cues::get().is("height_unit", q.unit.symbol) && last + 1 < tokens.size()) {
      const std::optional<ModeWordAt> vehicle = mode_word_at(tokens, last + 1);
      if (vehicle && tokens[last + 1].kind == TokenKind::word && !tokens[last + 1].capital &&
          !Cues::get().is("journey_noun", tokens[vehicle->last_token].lower()))
        return FigureRole::size;
    }
    // "an ore train 7.3 km long", "the convoy was some 20 km long": a vehicle's word, then its length
    // ("the train covered the 9,300 km long line" is the route's).
    if (phrase_after(tokens, last, "length_after") && first > 0) {
      std::size_t k = first - 1;
      if (k > 0 && Cues::get().is("linking_verb", tokens[k].lower())) --k;
      if (tokens[k].sentence == tokens[first].sentence && mode_word_at(tokens, k) && !Cues::get().is("journey_noun", tokens[k].lower()))
        return FigureRole::size;
    }
  }
  return std::nullopt;
}

// A rate of events, not a duration ("four departures a day", "12 times a day"): no figure at all.
bool rate_of_events(const Tokens& tokens, std::size_t first) {
  if (!Cues::get().is("rate_word", tokens[first].lower()) || first == 0 || tokens[first - 1].sentence != tokens[first].sentence) return false;
  const Token& before = tokens[first - 1];
  if (before.kind == TokenKind::number || Cues::get().is("rate_before", before.lower())) return true;
  if (before.kind != TokenKind::word) return false;
  // A plural noun ("four departures a day"), not a verb that ends in -s ("takes an hour").
  return before.lower().back() == 's' && !Cues::get().is("not_rate_before", before.lower());
}

bool excluded_figure(const Tokens& tokens, std::size_t first, std::size_t last) {
  const Cues& cues = Cues::get();
  for (const Phrase& p : cues.phrases("not_figure_after"))
    if (last + 1 < tokens.size() && matches_at(tokens, last + 1, p)) return true;
  // "two-day trip": a hyphenated figure used as an adjective, then an event noun.
  if (last + 2 < tokens.size() && tokens[last + 1].text() == "-")
    for (const Phrase& p : cues.phrases("not_figure_after"))
      if (matches_at(tokens, last + 2, p)) return true;
  // "a three-day state visit", "a two-day official tour": an adjective figure ("three-day") with up to two
  // words (in lower case, in the sentence, no "to") before an event noun (cue event_noun: never "trip",
  // "a 10-hour train trip" is a trip's).
  constexpr std::size_t kWordsBeforeEventNoun = 2;
  if (last > first && tokens[last - 1].text() == "-")
    for (std::size_t at = last + 1; at < tokens.size() && at <= last + 1 + kWordsBeforeEventNoun; ++at) {
      if (at > last + 1) {
        const Token& between = tokens[at - 1];
        if (between.kind != TokenKind::word || between.capital || between.sentence != tokens[last].sentence || between.lower() == "to") break;
      }
      if (tokens[at].kind == TokenKind::word && tokens[at].sentence == tokens[last].sentence && cues.is("event_noun", tokens[at].lower()))
        return true;
    }
  if (first > 0)
    for (const Phrase& p : cues.phrases("not_figure_before"))
      if (first >= p.size() && matches_at(tokens, first - p.size(), p)) return true;
  return false;
}

// "a campaign that lasted 90 days", "the strike, which lasted two weeks", "a siege lasting 40 days": a
// duration after a verb of lasting (cue lasted_verb, a few words back) whose subject is an event (cue
// event_noun, a few words before the verb) measures the event. "The journey lasted 20 hours" stays a trip's.
bool event_that_lasted(const Tokens& tokens, std::size_t first) {
  const Cues& cues = Cues::get();
  const std::size_t reach = weights().max_filler_tokens;
  for (std::size_t k = first, back = 0; k-- > 0 && back <= reach && tokens[k].sentence == tokens[first].sentence; ++back) {
    if (!cues.is("lasted_verb", tokens[k].lower())) continue;
    for (std::size_t n = k, before = 0; n-- > 0 && before <= reach && tokens[n].sentence == tokens[first].sentence; ++before)
      if (cues.is("event_noun", tokens[n].lower())) return true;
    return false;
  }
  return false;
}

// A timetable's line: "X 22:10 to Y 07:55" is a duration between two clock times (the parser's clock span,
// each local: the check applies the zones), read where a departure time and an arrival time sit a few words apart with
// "to" or a dash between them.
void add_timetable_spans(const Document& doc, std::vector<FigureMention>& figures) {
  const Tokens& tokens = doc.tokens;
  std::vector<FigureMention> spans;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!clock_time_at(tokens, k)) continue;
    for (std::size_t j = k + 3; j < tokens.size() && j <= k + 3 + weights().max_timetable_gap_tokens && tokens[j].sentence == tokens[k].sentence; ++j) {
      if (!clock_time_at(tokens, j)) continue;
      bool joined = false;
      for (std::size_t m = k + 3; m < j; ++m) joined = joined || tokens[m].lower() == "to" || tokens[m].text() == "-" || tokens[m].text() == "\u2013";
      if (!joined) break;
      std::optional<FigureMention> f = clock_span_figure(doc, k, j);
      if (!f) break;
      spans.push_back(std::move(*f));
      k = j + 2;
      break;
    }
  }
  if (spans.empty()) return;
  figures.insert(figures.end(), std::make_move_iterator(spans.begin()), std::make_move_iterator(spans.end()));
  std::stable_sort(figures.begin(), figures.end(), [](const FigureMention& a, const FigureMention& b) { return a.start < b.start; });
}

}  // namespace

std::optional<FigureMention> clock_span_figure(const Document& doc, std::size_t from, std::size_t to) {
  const std::string times = doc.span_text(from, from + 2) + " to " + doc.span_text(to, to + 2);
  std::optional<quantities::Quantity> q = quantities::try_parse_quantity(times, quantities::Dimension::duration).quantity;
  if (!q || q->reading != quantities::Reading::clock_span) return std::nullopt;
  FigureMention f;
  f.start = doc.tokens[from].start;
  f.end = doc.tokens[to + 2].end;
  // The words from the departure to the arrival, on one line (they may span sentences).
  for (char ch : doc.text.substr(f.start, f.end - f.start)) {
    const bool space = ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ';
    if (!space || (!f.text.empty() && f.text.back() != ' ')) f.text += space ? ' ' : ch;
  }
  q->text = times;
  f.quantity = std::make_shared<const quantities::Quantity>(std::move(*q));
  f.sentence = doc.tokens[to].sentence;
  return f;
}

// "will cut the journey from Hamburg to Copenhagen from about 4 hours 45 minutes to 2 hours 30 minutes":
// after a verb of change (cue change_verb) earlier in the sentence, "from A to B" with two figures of one
// kind makes A the time or length being replaced, a comparison; B is the trip's (trial T took the old time).
void mark_times_before_a_change(const Tokens& tokens, std::vector<FigureMention>& figures) {
  const auto token_at = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token& t, std::size_t at) { return t.start < at; }) -
                                    tokens.begin());
  };
  for (std::size_t i = 0; i + 1 < figures.size(); ++i) {
    FigureMention &a = figures[i], &b = figures[i + 1];
    if (a.sentence != b.sentence || a.role != FigureRole::travel || b.role != FigureRole::travel || !a.quantity || !b.quantity ||
        a.quantity->dimension != b.quantity->dimension)
      continue;
    const std::size_t first = token_at(a.start), after = token_at(a.end), next = token_at(b.start);
    if (first == 0 || first >= tokens.size() || tokens[first - 1].lower() != "from") continue;
    // Only "to" between them, with words that soften the figure after it and words of the present before it
    // ("from about 4 hours 45 minutes today to 2 hours 30"; cue present_word).
    std::size_t to = after;
    while (to < next && Cues::get().is("present_word", tokens[to].lower())) ++to;
    if (to >= next || tokens[to].lower() != "to") continue;
    bool only_softeners = true;
    for (std::size_t k = to + 1; k < next; ++k) only_softeners = only_softeners && Cues::get().is("figure_softener", tokens[k].lower());
    if (!only_softeners) continue;
    for (std::size_t k = first - 1; k-- > 0 && tokens[k].sentence == tokens[first].sentence;)
      if (Cues::get().is("change_verb", tokens[k].lower())) {
        a.role = FigureRole::comparison;
        break;
      }
  }
}

std::vector<FigureMention> spot_figures(const Document& doc) {
  const Tokens& tokens = doc.tokens;
  std::vector<FigureMention> figures;
  std::unordered_map<std::string, std::vector<std::shared_ptr<const quantities::Quantity>>> readings;  // by text
  auto token_starting_at = [&](std::size_t first, std::size_t last, std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                                     tokens.begin() + static_cast<std::ptrdiff_t>(last), offset,
                                                     [](const Token& t, std::size_t at) { return t.start < at; }) -
                                    tokens.begin());
  };
  // The figure reader of src/quantities reads each sentence; the article says what each figure is to a trip.
  for (const auto& [first, last] : doc.sentences) {
    if (first >= last) continue;
    // Words of averages within weights().average_reach_tokens before token s, in this sentence.
    const auto average_stated_before = [&, first = first](std::size_t s) {
      const std::size_t from = s > first + weights().average_reach_tokens ? s - weights().average_reach_tokens : first;
      return from < s && quantities::states_average(std::string_view(doc.text).substr(tokens[from].start, tokens[s].start - tokens[from].start));
    };
    const std::size_t base = tokens[first].start;
    const std::string_view sentence(doc.text.data() + base, tokens[last - 1].end - base);
    for (quantities::Quantity& q : quantities::find_figures(sentence, weights().max_figure_tokens)) {
      FigureMention f;
      f.start = base + q.start;
      f.end = base + q.end;
      f.text = std::move(q.text);
      const std::size_t s = std::min(token_starting_at(first, last, f.start), last - 1);
      std::size_t e = std::max(token_starting_at(first, last, f.end), s + 1) - 1;
      f.sentence = tokens[s].sentence;
      q.text = f.text;
      // A figure that is no trip's: reported with its role, never given to a trip.
      if (q.dimension == quantities::Dimension::duration && rate_of_events(tokens, s)) continue;
      // "would close for 30 days", "services were suspended for two hours": how long something stops, not a trip.
      if (q.dimension == quantities::Dimension::duration &&
          (excluded_figure(tokens, s, e) || event_that_lasted(tokens, s) || phrase_before(tokens, s, "stoppage_before")))
        f.role = FigureRole::event;
      else if (q.dimension == quantities::Dimension::duration && q.si.low >= weights().period_min_days * quantities::kSecondsPerDay)
        f.role = FigureRole::period;
      // "Dover and Calais are 21 miles apart": how far apart two places are, not a way travelled.
      else if (q.dimension == quantities::Dimension::distance && phrase_after(tokens, e, "separation_after"))
        f.role = FigureRole::separation;
      // "the 5K fun run", "a 21k road race": an organised race's length, no trip's.
      else if (q.dimension == quantities::Dimension::distance && phrase_after(tokens, e, "race_event_after"))
        f.role = FigureRole::event;
      else if (const std::optional<FigureRole> role = not_travel(tokens, s, e, q)) f.role = *role;
      // "adds 3,500 nautical miles and ten days": a figure joined by "and" to a difference is one too.
      else if (!figures.empty() && figures.back().role == FigureRole::comparison && s >= 2 && tokens[s - 1].lower() == "and" &&
               figures.back().end == tokens[s - 2].end && tokens[s - 2].sentence == tokens[s].sentence)
        f.role = FigureRole::comparison;
      // ("the train's average speed will reach 160 km/h": a peak verb after a stated average is the average's.)
      else if (q.dimension == quantities::Dimension::speed && phrase_before(tokens, s, "top_speed_before") && !average_stated_before(s))
        f.role = FigureRole::top_speed;
      else if (q.dimension == quantities::Dimension::duration && (phrase_after(tokens, e, "stop_after") || phrase_before(tokens, s, "stop_before")))
        f.role = FigureRole::stop;
      f.part = f.role == FigureRole::travel && (phrase_before(tokens, s, "part_before") || phrase_after(tokens, e, "part_after"));
      // "at an average speed of 320 km/h", "averaging 52 mph": a speed over the whole trip, stops included.
      if (q.dimension == quantities::Dimension::speed) q.average_stated = quantities::states_average(q.hedge) || average_stated_before(s);
      // One copy of each reading: a long story gives the same figures again (a reading is about 300 bytes).
      std::vector<std::shared_ptr<const quantities::Quantity>>& same_text = readings[q.text];
      for (const auto& r : same_text)
        if (*r == q) f.quantity = r;
      if (!f.quantity) same_text.push_back(f.quantity = std::make_shared<const quantities::Quantity>(std::move(q)));
      figures.push_back(std::move(f));
    }
  }
  mark_times_before_a_change(tokens, figures);
  add_timetable_spans(doc, figures);
  return figures;
}

}  // namespace routecheck::article
