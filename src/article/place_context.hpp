// Place mentions -> places: each mention takes one of its readings, settled by the story around it (the
// countries, states and places it names, the story's locale, a qualifier just before, the distance to
// the other places named near it). Each choice keeps its reason.
#pragma once
#include <string_view>
#include <vector>

#include "article/place_spotter.hpp"

namespace routecheck::article {

// Fills each mention's m.place and m.reason, one copy of each in `shared`. `text` is the story the
// mentions' byte offsets point into.
void settle_places(std::vector<Mention>& mentions, SharedValues& shared, std::string_view text);

// After settle_places: each institution (spot_places) becomes a mention of the city it is in, inserted in
// text order: the town named right after it ("X Hospital in Y", "X Hospital, Y"), else the dateline's town,
// else the town the story names most (the nearest before it among equals). Its place is that town's, with
// the town's extent, under the institution's name and an id of its own (two hospitals of one city are
// two ends); none where the story names no town. A town or county opening the name (a mention of its own)
// stays its place where it lies in that town's country, or is a state, a county or a seat of government;
// another town elsewhere is replaced by the story's town.
void place_institutions(const Document& doc, const std::vector<InstitutionSpan>& institutions, std::vector<Mention>& mentions,
                        SharedValues& shared);

}  // namespace routecheck::article
