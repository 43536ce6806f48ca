// Tokens -> travel figures (see figure_spotter.hpp).
#include "article/figure_spotter.hpp"

#include <algorithm>
#include <set>

#include "article/cues.hpp"

namespace routecheck::article {

namespace {

constexpr std::size_t kMaxFigureTokens = 8;

bool phrase_before(const std::vector<Token>& tokens, std::size_t first, const std::string& kind) {
  for (const Phrase& p : Cues::get().phrases(kind))
    if (first >= p.size() && matches_at(tokens, first - p.size(), p) && tokens[first - p.size()].sentence == tokens[first].sentence)
      return true;
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
// a rate of events ("seven flights a day", "30 times a day") or an interval ("every 20 minutes").
bool compares_or_counts(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const quantities::Quantity& q) {
  if (phrase_after(tokens, last, "comparison_after") || phrase_before(tokens, first, "comparison_before")) return true;
  if (q.dimension == quantities::Dimension::duration && phrase_before(tokens, first, "interval_before")) return true;
  static const std::set<std::string> rate_words{"a", "an", "per", "every", "each"};
  return q.dimension == quantities::Dimension::duration && rate_words.count(tokens[first].lower) && first > 0 &&
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

}  // namespace

std::vector<FigureMention> spot_figures(const Document& doc) {
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<FigureMention> figures;
  std::size_t covered_until = 0;
  for (std::size_t u = 0; u < tokens.size(); ++u) {
    if (tokens[u].kind != TokenKind::word || !quantities::is_unit_word(tokens[u].lower) || u < covered_until) continue;
    const std::size_t from = u >= kMaxFigureTokens ? u - kMaxFigureTokens + 1 : 0;
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
      // The figure goes on while a longer span still reads as one figure: "175 km per hour", "320 km
      // (199 miles) per hour", "four days, 10 hours and 55 minutes", "70 minutes to 2.5 hours".
      std::size_t last = u;
      for (std::size_t e = u + 1; e < tokens.size() && e <= u + kMaxFigureTokens && tokens[e].sentence == first.sentence; ++e) {
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
  return figures;
}

}  // namespace routecheck::article
