// One description of a JSON value, two destinations: compact text appended to a string as it is described
// (JsonWriter: a batch writes a row per claim without building a tree), or an nlohmann tree (JsonTree: for
// callers that embed the value in a larger one, as the article report does). Both give the same JSON.
#pragma once
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace routecheck::text {

// What a value is written through. A member is key() then one value (or a begin ... end), written
// out.key("name").string(value); commas and colons are the destination's business.
class JsonOut {
 public:
  virtual ~JsonOut() = default;
  virtual void begin_object() = 0;
  virtual void end_object() = 0;
  virtual void begin_array() = 0;
  virtual void end_array() = 0;
  virtual JsonOut& key(std::string_view name) = 0;
  virtual void string(std::string_view s) = 0;
  virtual void number(double v) = 0;  // non-finite: null, as nlohmann writes it
  virtual void integer(std::int64_t v) = 0;
  virtual void unsigned_integer(std::uint64_t v) = 0;
  virtual void boolean(bool v) = 0;
  virtual void null() = 0;

  // The string, or null when it is empty (the reports' way of saying "not known").
  void string_or_null(std::string_view s) {
    if (s.empty()) null();
    else string(s);
  }
  void strings(const std::vector<std::string>& list) {
    begin_array();
    for (const std::string& s : list) string(s);
    end_array();
  }
};

// Compact JSON text, byte for byte what text::json_text writes for the same tree (and so what nlohmann's
// dump writes), appended to `out` as it is described.
class JsonWriter final : public JsonOut {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  void begin_object() override {
    separate();
    out_ += '{';
    after_value_ = false;
  }
  void end_object() override {
    out_ += '}';
    after_value_ = true;
  }
  void begin_array() override {
    separate();
    out_ += '[';
    after_value_ = false;
  }
  void end_array() override {
    out_ += ']';
    after_value_ = true;
  }
  JsonOut& key(std::string_view name) override;
  void string(std::string_view s) override;
  void number(double v) override;
  void integer(std::int64_t v) override;
  void unsigned_integer(std::uint64_t v) override;
  void boolean(bool v) override {
    separate();
    out_ += v ? "true" : "false";
    after_value_ = true;
  }
  void null() override {
    separate();
    out_ += "null";
    after_value_ = true;
  }

 private:
  // A value or member that follows another in the same object or array is set off by a comma; one that
  // follows an opening bracket or a key is not.
  void separate() {
    if (after_value_) out_ += ',';
  }
  std::string& out_;
  bool after_value_ = false;
};

// An empty object with room for kObjectMembers members. ordered_json keeps an object's members in a
// vector of pair<const string, json>, which cannot be moved (the key is const): each time a growing
// object's vector reallocates, every member already in it is copied, subtrees and all. A report's objects
// reached a third of a story's reading time in such copies.
inline constexpr std::size_t kObjectMembers = 32;
inline nlohmann::ordered_json object_with_room() {
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  o.get_ref<nlohmann::ordered_json::object_t&>().reserve(kObjectMembers);
  return o;
}

// An nlohmann tree. A key given twice in one object keeps its first place and takes the later value, as
// ordered_json's operator[] does.
class JsonTree final : public JsonOut {
 public:
  void begin_object() override { open_.push_back(&place(object_with_room())); }
  void end_object() override { open_.pop_back(); }
  void begin_array() override { open_.push_back(&place(nlohmann::ordered_json::array())); }
  void end_array() override { open_.pop_back(); }
  JsonOut& key(std::string_view name) override {
    key_.assign(name);
    return *this;
  }
  void string(std::string_view s) override { place(std::string(s)); }
  void number(double v) override { place(v); }
  void integer(std::int64_t v) override { place(v); }
  void unsigned_integer(std::uint64_t v) override { place(v); }
  void boolean(bool v) override { place(v); }
  void null() override { place(nullptr); }
  // The value written (once its outermost object or array is closed).
  nlohmann::ordered_json take() { return std::move(root_); }

 private:
  nlohmann::ordered_json& place(nlohmann::ordered_json value);
  nlohmann::ordered_json root_;
  std::vector<nlohmann::ordered_json*> open_;  // the objects and arrays not yet closed, innermost last
  std::string key_;                            // the key of the member being written
};

// Members named from a list (ids, figure names, a table's column names) in which a name may come twice:
// each name once, at its first place, with its last value, as nlohmann's ordered_json operator[] (with
// which these objects were first built) leaves them. key_of(i) names entry i of n; write_value(i) writes
// its value.
template <class KeyOf, class WriteValue>
void write_members_once(JsonOut& out, std::size_t n, KeyOf key_of, WriteValue write_value) {
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view name = key_of(i);
    bool named_before = false;
    for (std::size_t k = 0; k < i && !named_before; ++k) named_before = key_of(k) == name;
    if (named_before) continue;
    std::size_t last = i;
    for (std::size_t k = i + 1; k < n; ++k)
      if (key_of(k) == name) last = k;
    out.key(name);
    write_value(last);
  }
}

}  // namespace routecheck::text
