// A checked claim as a JSON value, for the stages that embed it (spreadsheet rows, articles). A header of
// its own so that claim.hpp stays free of nlohmann/json.
#pragma once
#include <nlohmann/json.hpp>

#include "verdicts/claim.hpp"

namespace routecheck::verdicts {

// The object README "check --json" describes; report_json() is its text.
nlohmann::ordered_json report_value(const Claim& claim, const Report& report);

}  // namespace routecheck::verdicts
