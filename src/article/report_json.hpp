// An article's result as a JSON value, for batches that add the story's id in front.
#pragma once
#include <nlohmann/json.hpp>

#include "article/reader.hpp"

namespace routecheck::article {

nlohmann::ordered_json article_value(const ArticleResult& result);

}  // namespace routecheck::article
