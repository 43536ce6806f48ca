// Tokens -> travel figures (see figure_spotter.hpp).
#include "article/figure_spotter.hpp"

#include <algorithm>
#include <set>

#include "article/cues.hpp"
#include "article/weights.hpp"

namespace routecheck::article {

namespace {


// A phrase of `kind` just before token `first`, or before a word or two that only soften the figure
// ("a width of only 3 feet", "at an altitude of about 10,000 m").
bool phrase_before(const std::vector<Token>& tokens, std::size_t first, const std::string& kind) {
  std::size_t at = first;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    for (const Phrase& p : Cues::get().phrases(kind))
      if (at >= p.size() && matches_at(tokens, at - p.size(), p) && tokens[at - p.size()].sentence == tokens[first].sentence)
        return true;
    if (at == 0 || !Cues::get().is("figure_softener", tokens[at - 1].lower)) break;
    --at;
  }
  return false;
}

bool phrase_after(const std::vector<Token>& tokens, std::size_t last, const std::string& kind) {
  if (last + 1 >= tokens.size()) return false;
  for (const Phrase& p : Cues::get().phrases(kind)) {
    if (matches_at(tokens, last + 1, p) && tokens[last + 1].sentence == tokens[last].sentence) return true;
    // "a two-hour stop": a hyphenated figure used as an adjective.
    if (tokens[last + 1].text == "-" && last + 2 < tokens.size() && matches_at(tokens, last + 2, p)) return true;
  }
  return false;
}

// Not a travel figure of any trip: a difference or a comparison ("an hour faster", "cut by 40 minutes"),
// a rate of events ("four departures a day", "12 times a day"), an interval ("every 20 minutes"), or a size
// or a height ("a 3 feet gauge", "an altitude of 31,000 feet").
bool compares_or_counts(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const quantities::Quantity& q) {
  if (phrase_after(tokens, last, "comparison_after") || phrase_before(tokens, first, "comparison_before")) return true;
  if (q.dimension == quantities::Dimension::duration && phrase_before(tokens, first, "interval_before")) return true;
  if (q.dimension == quantities::Dimension::distance && (phrase_after(tokens, last, "size_after") || phrase_before(tokens, first, "size_before")))
    return true;
  return q.dimension == quantities::Dimension::duration && Cues::get().is("rate_word", tokens[first].lower) && first > 0 &&
         tokens[first - 1].sentence == tokens[first].sentence &&
         ((tokens[first - 1].kind == TokenKind::word && tokens[first - 1].lower.back() == 's') ||
          tokens[first - 1].kind == TokenKind::number);
}

bool excluded_figure(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  const Cues& cues = Cues::get();
  for (const Phrase& p : cues.phrases("not_figure_after"))
    if (last + 1 < tokens.size() && matches_at(tokens, last + 1, p)) return true;
  // "two-day trip": a hyphenated figure used as an adjective, then an event noun.
  if (last + 2 < tokens.size() && tokens[last + 1].text == "-")
    for (const Phrase& p : cues.phrases("not_figure_after"))
      if (matches_at(tokens, last + 2, p)) return true;
  if (first > 0)
    for (const Phrase& p : cues.phrases("not_figure_before"))
      if (first >= p.size() && matches_at(tokens, first - p.size(), p)) return true;
  return false;
}

// Whether the units written in tokens first..last belong to one figure read as `longer` from `shorter`:
// a distance becomes a speed ("km per hour"), a duration takes more durations ("3 hours, 20 minutes"),
// but "2 hours, 100 km" is two figures.
bool same_figure(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const quantities::Quantity& shorter,
                 const quantities::Quantity& longer) {
  using quantities::Dimension;
  if (shorter.dimension != longer.dimension && !(shorter.dimension == Dimension::distance && longer.dimension == Dimension::speed))
    return false;
  for (std::size_t k = first; k <= last; ++k) {
    const std::optional<quantities::Unit> unit = quantities::find_unit(tokens[k].lower);
    if (!unit) continue;
    const bool fits = unit->dimension == longer.dimension ||
                      (longer.dimension == Dimension::speed && (unit->dimension == Dimension::distance || unit->dimension == Dimension::duration));
    if (!fits) return false;
  }
  return true;
}

std::optional<quantities::Quantity> figure_at(const Document& doc, std::size_t first, std::size_t last) {
  const std::string_view text(doc.text.data() + doc.tokens[first].start, doc.tokens[last].end - doc.tokens[first].start);
  return quantities::try_parse_quantity(text, std::nullopt, quantities::Span::figure).quantity;
}

// A timetable's line: "X 22:10 to Y 07:55" is a duration between two clock times (the parser's clock span,
// each local: the check applies the zones), read where a departure time and an arrival time sit a few words apart with
// "to" or a dash between them.
void add_timetable_spans(const Document& doc, std::vector<FigureMention>& figures) {
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<FigureMention> spans;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!clock_time_at(tokens, k)) continue;
    for (std::size_t j = k + 3; j < tokens.size() && j <= k + 3 + weights().max_timetable_gap_tokens && tokens[j].sentence == tokens[k].sentence; ++j) {
      if (!clock_time_at(tokens, j)) continue;
      bool joined = false;
      for (std::size_t m = k + 3; m < j; ++m) joined = joined || tokens[m].lower == "to" || tokens[m].text == "-" || tokens[m].text == "\u2013";
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
  f.quantity = std::move(*q);
  f.sentence = doc.tokens[to].sentence;
  return f;
}

std::vector<FigureMention> spot_figures(const Document& doc) {
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<FigureMention> figures;
  std::size_t covered_until = 0;
  for (std::size_t u = 0; u < tokens.size(); ++u) {
    if (tokens[u].kind != TokenKind::word || !quantities::is_unit_word(tokens[u].lower) || u < covered_until) continue;
    const std::size_t from = u >= weights().max_figure_tokens ? u - weights().max_figure_tokens + 1 : 0;
    for (std::size_t s = std::max(from, covered_until); s <= u; ++s) {
      if (tokens[s].sentence != tokens[u].sentence) continue;
      const Token& first = tokens[s];
      if (first.kind == TokenKind::punct || !quantities::may_start_figure(first.lower)) continue;
      // "19:07 - 592 km" is a clock time and a distance, not a range from 7.
      if (first.kind == TokenKind::number && s > 0 && tokens[s - 1].end == first.start &&
          (tokens[s - 1].text == ":" || tokens[s - 1].kind == TokenKind::number))
        continue;
      std::optional<quantities::Quantity> q = figure_at(doc, s, u);
      if (!q) continue;  // not a figure from this start; try a later one
      // The figure goes on while a longer span still reads as one figure: "150 km per hour", "300 km
      // (186 miles) per hour", "four days, 10 hours and 55 minutes", "70 minutes to 2.5 hours".
      std::size_t last = u;
      for (std::size_t e = u + 1; e < tokens.size() && e <= last + weights().max_figure_tokens && tokens[e].sentence == first.sentence; ++e) {
        if (tokens[e].kind != TokenKind::word || !quantities::is_unit_word(tokens[e].lower)) continue;
        std::optional<quantities::Quantity> longer = figure_at(doc, s, e);
        if (!longer || !same_figure(tokens, u + 1, e, *q, *longer)) continue;
        q = std::move(longer);
        last = e;
      }
      if (q->dimension == quantities::Dimension::duration && excluded_figure(tokens, s, last)) break;
      if (compares_or_counts(tokens, s, last, *q)) break;
      FigureMention f;
      f.start = first.start;
      f.end = tokens[last].end;
      f.text = doc.text.substr(f.start, f.end - f.start);
      f.quantity = std::move(*q);
      f.sentence = first.sentence;
      if (f.quantity.dimension == quantities::Dimension::speed && phrase_before(tokens, s, "top_speed_before"))
        f.role = FigureRole::top_speed;
      if (f.quantity.dimension == quantities::Dimension::duration && phrase_after(tokens, last, "stop_after"))
        f.role = FigureRole::stop;
      figures.push_back(std::move(f));
      covered_until = last + 1;
      break;
    }
  }
  add_timetable_spans(doc, figures);
  return figures;
}

}  // namespace routecheck::article
