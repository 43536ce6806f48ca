// Reading a travel story, stage by stage: plain text (plain_text.hpp) -> tokens and sentences
// (tokens.hpp) -> place mentions (place_spotter.hpp) settled in context (place_context.hpp) -> figures
// (figure_spotter.hpp) -> trips and their claims (trips.hpp).
#include "article/reader.hpp"

#include "article/figure_spotter.hpp"
#include "article/place_context.hpp"
#include "article/place_spotter.hpp"
#include "article/plain_text.hpp"
#include "article/tokens.hpp"
#include "article/trips.hpp"

namespace routecheck::article {

ArticleResult read_article(std::string_view original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes, const routes::SeaLanes* sea_lanes) {
  const Document doc(plain_text(original));
  std::vector<Mention> mentions = spot_places(doc, geocoder);
  settle_places(mentions);
  ArticleResult result;
  result.figures = spot_figures(doc);  // assemble_trips may add a timetable's durations
  result.claims = assemble_trips(doc, mentions, result.figures, modes, sea_lanes, &result.left_out);
  result.places.reserve(mentions.size());
  for (Mention& x : mentions) result.places.push_back(std::move(x.m));
  result.text = doc.text;
  return result;
}

}  // namespace routecheck::article
