// Tokens -> travel figures: windows of at most a few tokens ending in a unit word, read by the quantity
// parser's non-throwing entry; durations that are events, not travel ("a two-day visit", "18 days of
// fighting"), are left out by the cue lists.
#pragma once
#include <vector>

#include "article/reader.hpp"
#include "article/tokens.hpp"

namespace routecheck::article {

std::vector<FigureMention> spot_figures(const Document& doc);

}  // namespace routecheck::article
