// The weights and reaches the article reader uses (geodata/article_weights.tsv, compiled in): context
// bonuses for settling places, how far figures, vias and modes reach to a trip, span lengths.
#pragma once
#include <cstddef>

namespace routecheck::article {

struct ArticleWeights {
  // place_context
  double country_in_text_bonus, qualified_bonus, state_in_text_bonus, county_in_text_bonus, locale_bonus, locale_margin, pull_bonus, pull_fade_km, pull_reading_min_share;
  int locale_min_mentions;
  std::size_t context_sentences, context_mentions;
  // place_spotter
  double sentence_start_min_prominence, lone_alternate_min_prominence, far_alternate_max_population, far_alternate_km;
  std::size_t max_span_words, title_case_min_words, title_case_min_word_bytes;
  // figure_spotter, cues
  std::size_t max_figure_tokens, max_timetable_gap_tokens, max_filler_tokens;
  double period_min_days, trip_min_distance_m;
  // trips
  double misread_factor, same_end_metres, left_origin_max_detour;
  std::size_t figure_reach_back, figure_reach_ahead, split_trip_sentences, max_qualifier_tokens, pair_reach_tokens,
      timetable_cue_tokens, start_verb_reach_tokens, said_of_tokens, implied_origin_sentences, via_reach_sentences,
      mode_reach_sentences, cue_pair_reach_places, separation_mode_reach_tokens, average_reach_tokens;
  // times
  std::size_t time_cue_reach_back_tokens, time_cue_reach_ahead_tokens, dateline_sentences, departure_moment_reach_tokens,
      beneficiary_reach_tokens, built_name_max_tokens, max_reordered_vias;
};

// Read once; every row of the table is required (a missing or unknown one is a build of bad data,
// reported as an InputError naming the row).
const ArticleWeights& weights();

}  // namespace routecheck::article
