// A JSON value as compact text, byte for byte what nlohmann's dump(-1, ' ', false, replace) writes, at
// many times its speed: dump escapes one byte at a time through a UTF-8 state machine, which was most of
// the time `check --batch --json` spent on a row. Valid UTF-8 is copied in runs; a string that is not
// valid UTF-8 is left to nlohmann (U+FFFD for each bad sequence), so both agree everywhere.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace routecheck::text {

// Appends `value` as compact JSON to `out`.
void append_json(std::string& out, const nlohmann::ordered_json& value);
// `value` as compact JSON.
std::string json_text(const nlohmann::ordered_json& value);
// The pieces, for writers that make JSON without a tree (JsonWriter): a string, quoted and escaped, and a
// double, both as nlohmann writes them.
void append_json_string(std::string& out, std::string_view s);
void append_json_number(std::string& out, double v);

}  // namespace routecheck::text
