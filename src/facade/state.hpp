// What a public result keeps of the stages' own values, so it can be rendered and drawn later exactly as
// the stages render it (text, JSON, layers). Private to the library.
#pragma once
#include <optional>

#include "article/reader.hpp"
#include "routes/route.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::detail {

struct RouteState {
  routes::Route route;
  std::optional<routes::ModeProfile> mode;
};

struct CheckState {
  verdicts::Claim claim;
  verdicts::Report report;
};

struct ArticleState {
  article::ArticleResult result;
};

}  // namespace routecheck::detail
