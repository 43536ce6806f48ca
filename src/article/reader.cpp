// Reading a travel story, stage by stage: plain text (plain_text.hpp) -> tokens and sentences
// (tokens.hpp) -> place mentions (place_spotter.hpp) settled in context (place_context.hpp) -> figures
// (figure_spotter.hpp) -> trips and their claims (trips.hpp) -> the times of each trip (times.hpp).
#include "article/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "article/figure_spotter.hpp"
#include "article/place_context.hpp"
#include "article/place_spotter.hpp"
#include "article/plain_text.hpp"
#include "article/times.hpp"
#include "article/tokens.hpp"
#include "article/trips.hpp"

namespace routecheck::article {

ArticleResult read_article(std::string original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes, const routes::SeaLanes* sea_lanes,
                           const std::optional<date::year_month_day>& story_date, const routes::BorderLocator* borders,
                           bool keep_claims) {
  ArticleResult result;
  {
    Document doc(plain_text(std::move(original)));
    // The story's own date wins over article --date: a dateline is what the story's weekdays count from,
    // and the year the claims' trips are of.
    result.times = spot_times(doc);
    result.story_date = find_story_date(doc, result.times);
    if (result.story_date) {
      for (const TimeMention& t : result.times)
        if (t.why == "dateline") result.story_date_source = "dateline '" + t.spec.text + "'";
    } else if (story_date) {
      result.story_date = story_date;
      result.story_date_source = "article --date";
    }
    {
      std::vector<InstitutionSpan> institutions;
      std::vector<Mention> mentions = spot_places(doc, geocoder, &institutions);
      SharedValues shared;
      settle_places(mentions, shared, doc.text);
      place_institutions(doc, institutions, mentions, shared);
      // Trips take only trip figures (assemble_trips may add a timetable's durations); the others (sizes,
      // differences, events, periods, placements) are reported beside them and left out with their role, and the
      // claims' and left-out figure indexes point into the whole list.
      std::vector<FigureMention> others;
      for (FigureMention& f : spot_figures(doc)) (is_trip_figure(f.role) ? result.figures : others).push_back(std::move(f));
      std::vector<std::size_t> place_tokens;
      for (const Mention& x : mentions) place_tokens.push_back(x.m.first_token);
      std::sort(place_tokens.begin(), place_tokens.end());
      result.recipes = assemble_trips(doc, mentions, result.figures, modes, shared, keep_claims ? &result.claims : nullptr,
                                      sea_lanes, &result.left_out, borders, result.story_date,
                                      sentences_timing_a_trip(doc, result.times, place_tokens));
      if (!others.empty()) {
        std::vector<std::size_t> new_index(result.figures.size());
        std::vector<FigureMention> all;
        all.reserve(result.figures.size() + others.size());
        std::size_t t = 0, o = 0;
        while (t < result.figures.size() || o < others.size()) {
          if (o == others.size() || (t < result.figures.size() && result.figures[t].start <= others[o].start)) {
            new_index[t] = all.size();
            all.push_back(std::move(result.figures[t++]));
          } else {
            result.left_out.push_back({LeftOutKind::figure, all.size(), fmt::format("{} {}, no trip's figure", others[o].role == FigureRole::event ? "an" : "a", to_string(others[o].role))});
            all.push_back(std::move(others[o++]));
          }
        }
        for (ArticleClaim& c : result.claims)
          for (std::size_t& i : c.figure_indexes) i = new_index[i];
        for (ClaimRecipe& c : result.recipes) {
          for (std::size_t& i : c.figure_indexes) i = new_index[i];
          for (ClaimRecipe::Phrase& p : c.read_from)
            if (p.figure < new_index.size()) p.figure = new_index[p.figure];
        }
        for (std::size_t k = 0; k + others.size() < result.left_out.size(); ++k)
          if (result.left_out[k].kind == LeftOutKind::figure) result.left_out[k].index = new_index[result.left_out[k].index];
        std::stable_sort(result.left_out.begin(), result.left_out.end(), [](const LeftOut& a, const LeftOut& b) {
          return std::make_pair(a.kind == LeftOutKind::figure, a.index) < std::make_pair(b.kind == LeftOutKind::figure, b.index);
        });
        result.figures = std::move(all);
      }
      result.places.reserve(mentions.size());
      for (Mention& x : mentions) result.places.push_back(std::move(x.m));
    }
    tie_times(doc, result.places, result.times, result.recipes);
    result.text = std::move(doc.text);
  }
  if (!result.claims.empty()) {
    const std::vector<std::vector<const TimeMention*>> times = times_by_claim(result.times, result.claims.size());
    for (std::size_t c = 0; c < result.claims.size(); ++c) time_claim(result.claims[c], times[c]);
  }
  return result;
}

ClaimMaker::ClaimMaker(const ArticleResult& result, const routes::SeaLanes* sea_lanes, std::function<void(ArticleClaim&)> finish)
    : result_(result), sea_lanes_(sea_lanes), finish_(std::move(finish)), times_(times_by_claim(result.times, result.recipes.size())) {}

ArticleClaim ClaimMaker::make(std::size_t claim) const {
  ArticleClaim c = make_claim(result_.recipes[claim], result_.text,
                              [&](std::size_t m) -> const std::string& { return result_.places[m].text; }, result_.figures, sea_lanes_,
                              result_.story_date);
  time_claim(c, times_[claim]);
  if (finish_) finish_(c);
  return c;
}

}  // namespace routecheck::article
