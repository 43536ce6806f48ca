// Places and figures -> trips: the route a story describes (origin, destination, via points, mode, a
// stop mentioned), the figures that belong to it, and the claim they make, checked as `check` does.
#pragma once
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "article/place_spotter.hpp"
#include "article/reader.hpp"
#include "article/tokens.hpp"
#include "routes/route.hpp"

namespace routecheck::article {

// May re-read a mention whose reading makes its trip's stated distance absurd (its m.place changes), and
// adds to `figures` the durations a timetable gives between its stops ("departs X at 21:25 ... Y,
// with arrival at 23:55"), in text order.
// Returns each claim's recipe, in claim order; `claims`, when given, receives the claims made from them
// (checked, without the story's times). A trip with no figure is a claim when a sentence stating it is
// one of `timed_sentences` (sentences_timing_a_trip): its times are checked.
// When `left_out` is given, it receives the places (indexes into `mentions`) and figures no claim uses,
// each with why. The places and reasons a re-read mention takes are kept in `shared`.
std::vector<ClaimRecipe> assemble_trips(const Document& doc, std::vector<Mention>& mentions,
                                        std::vector<FigureMention>& figures, const routes::ModeProfiles& modes,
                                        SharedValues& shared, std::vector<ArticleClaim>* claims = nullptr,
                                        const routes::SeaLanes* sea_lanes = nullptr,
                                        std::vector<LeftOut>* left_out = nullptr,
                                        const routes::BorderLocator* borders = nullptr,
                                        const std::optional<date::year_month_day>& story_date = std::nullopt,
                                        const std::set<std::size_t>& timed_sentences = {});

// The claim a recipe makes, checked: the same claim assemble_trips made from it. Its points' queries are
// mention_text(point.mention), its figures and the text of its figure phrases are `figures`', the other
// phrases' text is `text`'s. The story's date, when known, dates the trip for the check (a kind of
// travel retired before it cannot have made it).
ArticleClaim make_claim(const ClaimRecipe& recipe, std::string_view text,
                        const std::function<const std::string&(std::size_t)>& mention_text,
                        const std::vector<FigureMention>& figures, const routes::SeaLanes* sea_lanes,
                        const std::optional<date::year_month_day>& story_date);

}  // namespace routecheck::article
