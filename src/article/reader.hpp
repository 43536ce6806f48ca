// Article -> claims: what a careful reader takes from a travel story. The places it names (settled in
// context, each with its reason), the travel figures it gives, the route they describe (origin,
// destination, via points, mode, a stop mentioned), and the claims they make, checked as `check` does.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/geocoder.hpp"
#include "quantities/quantity.hpp"
#include "routes/route.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::article {

struct PlaceMention {
  std::size_t start = 0, end = 0;  // byte offsets in the text
  std::string text;
  gazetteer::Place place;
  std::string reason;
  std::size_t sentence = 0;
  std::size_t first_token = 0, last_token = 0;
};

struct FigureMention {
  std::size_t start = 0, end = 0;
  std::string text;
  quantities::Quantity quantity;
  std::size_t sentence = 0;
};

struct ArticleClaim {
  verdicts::Claim claim;
  verdicts::Report report;
  std::vector<std::size_t> figure_indexes;  // into ArticleResult::figures
  std::string how_found;                     // the wording the route was read from
};

struct ArticleResult {
  std::string text;  // the plain text (same offsets as the input)
  std::vector<PlaceMention> places;
  std::vector<FigureMention> figures;
  std::vector<ArticleClaim> claims;
};

ArticleResult read_article(std::string_view original, const gazetteer::Geocoder& geocoder,
                           const routes::ModeProfiles& modes);

// Outputs: the human report, and the JSON object of README "article --json".
std::string article_text(const ArticleResult& result);
std::string article_json(const ArticleResult& result);
int exit_status(const ArticleResult& result);

}  // namespace routecheck::article
