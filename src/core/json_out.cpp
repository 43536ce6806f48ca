// The two destinations of text::JsonOut (json_out.hpp): compact text that matches text::json_text byte for
// byte, through the same string and number writers, and an nlohmann tree.
#include "core/json_out.hpp"

#include <charconv>

#include "core/json_text.hpp"

namespace routecheck::text {
namespace {

// Room for any 64-bit integer in decimal with its sign (20 digits for 2^64 - 1).
constexpr std::size_t kIntegerChars = 24;

template <class Integer>
void append_integer(std::string& out, Integer v) {
  char digits[kIntegerChars];
  const auto result = std::to_chars(digits, digits + sizeof digits, v);  // std::to_string's digits, and nlohmann's
  out.append(digits, result.ptr);
}

}  // namespace

JsonOut& JsonWriter::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += ':';
  after_value_ = false;
  return *this;
}

void JsonWriter::string(std::string_view s) {
  separate();
  append_json_string(out_, s);
  after_value_ = true;
}

void JsonWriter::number(double v) {
  separate();
  append_json_number(out_, v);
  after_value_ = true;
}

void JsonWriter::integer(std::int64_t v) {
  separate();
  append_integer(out_, v);
  after_value_ = true;
}

void JsonWriter::unsigned_integer(std::uint64_t v) {
  separate();
  append_integer(out_, v);
  after_value_ = true;
}

nlohmann::ordered_json& JsonTree::place(nlohmann::ordered_json value) {
  if (open_.empty()) {
    root_ = std::move(value);
    return root_;
  }
  nlohmann::ordered_json& parent = *open_.back();
  if (parent.is_array()) {
    parent.push_back(std::move(value));
    return parent.back();
  }
  nlohmann::ordered_json& member = parent[key_];
  member = std::move(value);
  return member;
}

}  // namespace routecheck::text
