// Compact JSON text from an nlohmann value, without nlohmann's byte-at-a-time escaping (json_text.hpp).
#include "core/json_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"

namespace routecheck::text {

// A valid UTF-8 string, escaped as nlohmann escapes it: the two-character escapes, \u00xx for the other
// control characters, everything else (DEL and non-ASCII included) as it is.
void append_json_string(std::string& out, std::string_view s) {
  // Most strings are ASCII, which is valid UTF-8: the whole check is made only for a string with a byte of
  // 0x80 or above (the escapes below are the same either way).
  constexpr unsigned char kFirstNonAscii = 0x80;
  const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < kFirstNonAscii; });
  if (!ascii && !valid_utf8(s)) {  // nlohmann's replacement of bad sequences, exactly
    out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t k = 0; k < s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(run, k - run));
    run = k + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char code[8];
        std::snprintf(code, sizeof code, "\\u%04x", c);
        out += code;
      }
    }
  }
  out.append(s.substr(run));
  out += '"';
}

// A double as nlohmann writes it: its own Grisu2 digits (nlohmann::detail::to_chars, what dump calls;
// the shortest digits would differ in the last place now and then: "28.317164" for its
// "28.317163999999998"), and "null" for what JSON cannot hold.
void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(end - buf));
}

void append_json(std::string& out, const nlohmann::ordered_json& value) {
  using Type = nlohmann::ordered_json::value_t;
  switch (value.type()) {
    case Type::object: {  // the members themselves, not items()' proxies (a string made for each)
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.get_ref<const nlohmann::ordered_json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, key);
        out += ':';
        append_json(out, member);
      }
      out += '}';
      return;
    }
    case Type::array: {
      out += '[';
      bool first = true;
      for (const nlohmann::ordered_json& element : value.get_ref<const nlohmann::ordered_json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        append_json(out, element);
      }
      out += ']';
      return;
    }
    case Type::string: append_json_string(out, value.get_ref<const std::string&>()); return;
    case Type::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Type::number_integer: out += std::to_string(value.get<std::int64_t>()); return;
    case Type::number_unsigned: out += std::to_string(value.get<std::uint64_t>()); return;
    case Type::number_float: append_json_number(out, value.get<double>()); return;
    case Type::null: out += "null"; return;
    case Type::binary:
    case Type::discarded: out += value.dump(); return;  // never in a report; nlohmann's own text
  }
}

std::string json_text(const nlohmann::ordered_json& value) {
  std::string out;
  out.reserve(1024);
  append_json(out, value);
  return out;
}

}  // namespace routecheck::text
