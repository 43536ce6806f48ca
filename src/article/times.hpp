// Times in a story -> the trips they belong to: time phrases (timeline/time_phrase.hpp) read on the
// article's tokens, each tied to a claim by a cue before it ("left", "arrived", "as early as") in a sentence
// that names one of the claim's places, and the story's own date (a dateline, or `article --date`).
#pragma once
#include <date/date.h>

#include <optional>
#include <set>
#include <vector>

#include "article/reader.hpp"
#include "article/tokens.hpp"

namespace routecheck::article {

// Every time phrase of the text, in text order, with no role or claim yet.
std::vector<TimeMention> spot_times(const Document& doc);

// The story's date: a whole date next to "published"/"updated", or one in its first sentences (marked
// role-less, why "dateline"). Nothing when the text gives none.
std::optional<date::year_month_day> find_story_date(const Document& doc, std::vector<TimeMention>& times);

// The sentences that give a departure and an arrival, each by its cue, the arrival with a place between its
// cue and its time ("left X at 17:00 on Monday and arrived in Y at 18:30 the same evening"): a trip stated
// there is checkable by its times alone. `place_tokens`: the first token of each place mention, sorted.
std::set<std::size_t> sentences_timing_a_trip(const Document& doc, const std::vector<TimeMention>& times,
                                              const std::vector<std::size_t>& place_tokens);

// Ties the times to the claims (by their recipes): each time's role, claim and why.
void tie_times(const Document& doc, const std::vector<PlaceMention>& places, std::vector<TimeMention>& times,
               const std::vector<ClaimRecipe>& claims);
// The times tied to each of `claims` claims, in text order.
std::vector<std::vector<const TimeMention*>> times_by_claim(const std::vector<TimeMention>& times, std::size_t claims);
// Sets a claim's departure, arrivals and later events from its times, and adds the "timeline" relation to
// its report; the claim carries the story's date since make_claim.
void time_claim(ArticleClaim& claim, const std::vector<const TimeMention*>& times);

}  // namespace routecheck::article
