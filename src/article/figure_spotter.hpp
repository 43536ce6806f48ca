// Tokens -> travel figures: windows of at most a few tokens ending in a unit word, read by the quantity
// parser's non-throwing entry; durations that are events, not travel ("a two-day visit", "18 days of
// fighting"), are left out by the cue lists.
#pragma once
#include <optional>
#include <vector>

#include "article/reader.hpp"
#include "article/tokens.hpp"

namespace routecheck::article {

std::vector<FigureMention> spot_figures(const Document& doc);

// The duration between the clock times whose first tokens are `from` and `to` ("21:25" ... "23:55"), as a
// figure spanning them (its text on one line, in the arrival's sentence); nullopt when the two do not
// read as a clock span.
std::optional<FigureMention> clock_span_figure(const Document& doc, std::size_t from, std::size_t to);

}  // namespace routecheck::article
