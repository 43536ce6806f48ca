// Tokens -> travel figures (see figure_spotter.hpp).
#include "article/figure_spotter.hpp"

#include <algorithm>

#include "article/cues.hpp"

namespace routecheck::article {

namespace {

constexpr std::size_t kMaxFigureTokens = 8;

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
      std::optional<quantities::Quantity> q = figure_at(doc, s, u);
      if (!q) continue;  // not a figure from this start; try a later one
      // Extend a compound duration over what follows: "3 h 40 min".
      std::size_t last = u;
      while (last + 2 < tokens.size() && q->dimension == quantities::Dimension::duration &&
             tokens[last + 1].kind == TokenKind::number && quantities::is_unit_word(tokens[last + 2].lower)) {
        std::optional<quantities::Quantity> longer = figure_at(doc, s, last + 2);
        if (!longer) break;
        q = std::move(longer);
        last += 2;
      }
      if (q->dimension == quantities::Dimension::duration && excluded_figure(tokens, s, last)) break;
      FigureMention f;
      f.start = first.start;
      f.end = tokens[last].end;
      f.text = doc.text.substr(f.start, f.end - f.start);
      f.quantity = std::move(*q);
      f.sentence = first.sentence;
      figures.push_back(std::move(f));
      covered_until = last + 1;
      break;
    }
  }
  return figures;
}

}  // namespace routecheck::article
