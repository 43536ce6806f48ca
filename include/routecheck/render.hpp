// Results rendered late: the text a reporter reads and the JSON of the CLI's --json, from the typed values
// the Checker returns (the CLI prints these and nothing else).
#pragma once
#include <string>
#include <vector>

#include "routecheck/export.hpp"
#include "routecheck/types.hpp"

namespace routecheck {

ROUTECHECK_API std::string to_text(const RouteResult& result);
ROUTECHECK_API std::string to_json(const RouteResult& result);  // one line, no newline
ROUTECHECK_API std::string to_text(const CheckResult& result);
ROUTECHECK_API std::string to_json(const CheckResult& result);
ROUTECHECK_API std::string to_text(const ArticleResult& result);
ROUTECHECK_API std::string to_json(const ArticleResult& result);

}  // namespace routecheck
