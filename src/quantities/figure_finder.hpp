// Running text -> figures: every distance, speed and duration a text holds, with the words each was read
// from. The one reader of figures for an article's sentences, a batch row's cells and check's fields: a
// field may hold the words a fact-checker pasted around its figure ("the 1,200 km trip").
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "quantities/quantity.hpp"

namespace routecheck::quantities {

// How far a figure may spread: its first word to its last unit word, in tokens ("about 37 miles per hour"
// is 5); longer spans are not tried.
inline constexpr std::size_t kMaxFigureTokens = 8;

// Every figure in `text`, in order, none overlapping: windows of at most kMaxFigureTokens tokens ending
// in a unit word, read by the figure grammar and grown while a longer window reads as the same figure
// ("150 km per hour", "4 days, 10 hours and 55 minutes"). Not figures: numbers inside codes and model
// names ("scp-173m", "24703 m212"), money ("$5.4m"), and figures beyond geodata/figures.tsv's limits.
// Each quantity's start and end are byte offsets into `text`, and its text is those bytes.
std::vector<Quantity> find_figures(std::string_view text, std::size_t max_tokens = kMaxFigureTokens);

// A claim field: the figure of kind `expected` in `text`. The whole text as one figure when it reads as one
// (try_parse_quantity, Span::field); else the one figure of that kind inside it, the words around it passed
// over. No figure of the kind, or two that are not one figure restated, is an error naming what was found.
ParseResult read_figure_field(std::string_view text, Dimension expected);

// The words of `text` a figure passed over: the text outside [q.start, q.end), trimmed; empty when none.
std::string passed_over(std::string_view text, const Quantity& q);

}  // namespace routecheck::quantities
