// Places and figures -> trips: the route a story describes (origin, destination, via points, mode, a
// stop mentioned), the figures that belong to it, and the claim they make, checked as `check` does.
#pragma once
#include <vector>

#include "article/place_spotter.hpp"
#include "article/reader.hpp"
#include "article/tokens.hpp"
#include "routes/route.hpp"

namespace routecheck::article {

// May re-read a mention whose reading makes its trip's stated distance absurd (its m.place changes).
std::vector<ArticleClaim> assemble_trips(const Document& doc, std::vector<Mention>& mentions,
                                         const std::vector<FigureMention>& figures, const routes::ModeProfiles& modes);

}  // namespace routecheck::article
