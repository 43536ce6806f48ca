// A checked claim as a JSON value, for the stages that embed it (spreadsheet rows, articles). A header of
// its own so that claim.hpp stays free of nlohmann/json.
#pragma once
#include <nlohmann/json.hpp>

#include "core/json_out.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::verdicts {

// The object README "check --json" describes, written once for every destination: report_json() is its
// text, report_value() its tree; a batch row writes its members after the row's own (write_report_members).
void write_report(text::JsonOut& out, const Claim& claim, const Report& report);
void write_report_members(text::JsonOut& out, const Claim& claim, const Report& report);
nlohmann::ordered_json report_value(const Claim& claim, const Report& report);
// A time as a story gives it ({"text", "weekday", "date", "from_local", "to_local", ...}), and a trip's
// timeline (the "timeline" member of report_value).
void write_time_spec(text::JsonOut& out, const timeline::TimeSpec& time);
nlohmann::ordered_json time_spec_value(const timeline::TimeSpec& time);
void write_timeline(text::JsonOut& out, const timeline::TimelineResult& timeline);
nlohmann::ordered_json timeline_value(const timeline::TimelineResult& timeline);

}  // namespace routecheck::verdicts
