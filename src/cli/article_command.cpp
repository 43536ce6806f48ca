// routecheck article: a story in, its places, figures and checked claims out; --batch for many.
#include <cstdio>

#include "article/reader.hpp"
#include "cli/commands.hpp"
#include "cli/layer_outputs.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/search_path.hpp"

namespace routecheck::cli {

int run_article(const CommonArgs& common, const ArticleArgs& args) {
  const routes::ModeProfiles profiles =
      args.profile.empty() ? routes::ModeProfiles::builtin() : routes::ModeProfiles::load(args.profile);
  if (args.batch.empty() == args.file.empty()) throw InputError("article: give one FILE (or - for standard input), or --batch");
  std::optional<date::year_month_day> story_date;
  if (!args.date.empty()) story_date = timeline::parse_iso_date(args.date, "--date");
  const gazetteer::Geocoder geocoder = gazetteer::open_geocoder(common.gazetteers);
  const routes::SeaLanes sea_lanes(built_sea_lanes());  // read only when a story has a trip by ship
  if (!args.batch.empty()) {
    if (!args.layers.outputs.empty() || !args.layers.map.empty()) throw InputError("--out and --map take one article, not --batch");
    return article::read_articles(
        args.batch == "-" ? article::kStandardInput : args.batch, args.batch == "-" ? text::read_stdin() : "", geocoder, profiles,
        [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
        [](const std::string& id, const std::string& message) {
          std::fprintf(stderr, "routecheck: %s: %s\n", text::utf8_excerpt(id, text::kQuotedInputBytes).c_str(), message.c_str());
        },
        args.max_bytes, &sea_lanes, story_date);
  }
  const std::string body = args.file == "-" ? text::read_stdin(args.max_bytes, "--max-bytes")
                                             : text::read_file(args.file, args.max_bytes, "--max-bytes");
  article::ArticleResult result = article::read_article(body, geocoder, profiles, &sea_lanes, story_date);
  if (!args.layers.outputs.empty() || !args.layers.map.empty()) {
    if (result.claims.empty()) throw InputError("--out/--map: the article has no checkable claim to map");
    // Every claim, numbered in the field "claim" of each layer.
    std::vector<layers::LayerSet> sets;
    for (article::ArticleClaim& c : result.claims) {
      add_borders(c.claim.route, c.claim.mode);
      sets.push_back(layers::route_layers(c.claim.route, c.claim.mode, &c.claim, &c.report));
    }
    write_layer_outputs(args.layers, layers::combine_claims(sets, verdicts::to_string(article::overall_verdict(result))));
  }
  const std::string out = args.json ? article::article_json(result) + "\n" : article::article_text(result);
  std::fputs(out.c_str(), stdout);
  return article::exit_status(result);
}

}  // namespace routecheck::cli
