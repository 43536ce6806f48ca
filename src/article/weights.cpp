// Reading geodata/article_weights.tsv (see weights.hpp).
#include "article/weights.hpp"

#include <map>
#include <string>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::article {

extern const char* const kArticleWeightsTsv;  // generated from geodata/article_weights.tsv

const ArticleWeights& weights() {
  static const ArticleWeights w = [] {
    std::map<std::string, double> value;
    for (const text::TableRow& row : text::table_rows(kArticleWeightsTsv, "geodata/article_weights.tsv", 2, "name<TAB>value")) {
      const std::optional<double> v = text::parse_double(row.fields[1]);
      if (!v || !(*v >= 0)) throw InputError(row.where("geodata/article_weights.tsv") + ": not a number");
      value[std::string(row.fields[0])] = *v;
    }
    auto take = [&](const char* name) {
      auto it = value.find(name);
      if (it == value.end()) throw InputError(std::string("geodata/article_weights.tsv: no row for ") + name);
      const double v = it->second;
      value.erase(it);
      return v;
    };
    auto count = [&](const char* name) { return static_cast<std::size_t>(take(name)); };
    ArticleWeights a{};
    a.country_in_text_bonus = take("country_in_text_bonus");
    a.qualified_bonus = take("qualified_bonus");
    a.state_in_text_bonus = take("state_in_text_bonus");
    a.locale_bonus = take("locale_bonus");
    a.locale_margin = take("locale_margin");
    a.county_in_text_bonus = take("county_in_text_bonus");
    a.locale_min_mentions = static_cast<int>(take("locale_min_mentions"));
    a.pull_bonus = take("pull_bonus");
    a.pull_fade_km = take("pull_fade_km");
    a.context_sentences = count("context_sentences");
    a.context_mentions = count("context_mentions");
    a.sentence_start_min_prominence = take("sentence_start_min_prominence");
    a.lone_alternate_min_prominence = take("lone_alternate_min_prominence");
    a.far_alternate_max_population = take("far_alternate_max_population");
    a.far_alternate_km = take("far_alternate_km");
    a.max_span_words = count("max_span_words");
    a.title_case_min_words = count("title_case_min_words");
    a.title_case_min_word_bytes = count("title_case_min_word_bytes");
    a.max_figure_tokens = count("max_figure_tokens");
    a.max_timetable_gap_tokens = count("max_timetable_gap_tokens");
    a.max_filler_tokens = count("max_filler_tokens");
    a.period_min_days = take("period_min_days");
    a.trip_min_distance_m = take("trip_min_distance_m");
    a.misread_factor = take("misread_factor");
    a.left_origin_max_detour = take("left_origin_max_detour");
    a.same_end_metres = take("same_end_metres");
    a.figure_reach_back = count("figure_reach_back");
    a.figure_reach_ahead = count("figure_reach_ahead");
    a.split_trip_sentences = count("split_trip_sentences");
    a.cue_pair_reach_places = count("cue_pair_reach_places");
    a.separation_mode_reach_tokens = count("separation_mode_reach_tokens");
    a.average_reach_tokens = count("average_reach_tokens");
    a.max_qualifier_tokens = count("max_qualifier_tokens");
    a.pair_reach_tokens = count("pair_reach_tokens");
    a.timetable_cue_tokens = count("timetable_cue_tokens");
    a.start_verb_reach_tokens = count("start_verb_reach_tokens");
    a.said_of_tokens = count("said_of_tokens");
    a.implied_origin_sentences = count("implied_origin_sentences");
    a.via_reach_sentences = count("via_reach_sentences");
    a.mode_reach_sentences = count("mode_reach_sentences");
    a.time_cue_reach_back_tokens = count("time_cue_reach_back_tokens");
    a.time_cue_reach_ahead_tokens = count("time_cue_reach_ahead_tokens");
    a.departure_moment_reach_tokens = count("departure_moment_reach_tokens");
    a.beneficiary_reach_tokens = count("beneficiary_reach_tokens");
    a.pull_reading_min_share = take("pull_reading_min_share");
    a.built_name_max_tokens = count("built_name_max_tokens");
    a.max_reordered_vias = count("max_reordered_vias");
    a.dateline_sentences = count("dateline_sentences");
    if (!value.empty()) throw InputError("geodata/article_weights.tsv: unknown row " + value.begin()->first);
    return a;
  }();
  return w;
}

}  // namespace routecheck::article
