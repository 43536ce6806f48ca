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

}  // namespace routecheck::article
