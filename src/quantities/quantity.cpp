// Parsing of news figures. Number rules (README, "Figures"): commas followed by groups of three digits
// are thousands separators ("1,100" = 1100); a comma followed by other digit counts is a decimal comma
// ("1,5" = 1.5); several dot-separated groups of three are thousands ("1.100.000"); a single dot followed
// by exactly three digits ("1.100 km") is refused as ambiguous, never silently read as 1.1 or 1100.
#include "quantities/quantity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::quantities {

extern const char* const kHedgesTsv;  // generated from geodata/hedges.tsv

namespace {

// Exact SI definitions of the units news uses.
constexpr double kMetresPerMile = 1609.344;
constexpr double kMetresPerNauticalMile = 1852.0;
constexpr double kMetresPerFoot = 0.3048;
constexpr double kSecondsPerHour = 3600.0;

struct UnitSpelling {
  const char* written;
  const char* symbol;
  Dimension dimension;
  double si_per_unit;
};

constexpr UnitSpelling kUnits[] = {
    {"mi", "mi", Dimension::distance, kMetresPerMile},
    {"mile", "mi", Dimension::distance, kMetresPerMile},
    {"miles", "mi", Dimension::distance, kMetresPerMile},
    {"statute mile", "mi", Dimension::distance, kMetresPerMile},
    {"statute miles", "mi", Dimension::distance, kMetresPerMile},
    {"nmi", "nmi", Dimension::distance, kMetresPerNauticalMile},
    {"nm", "nmi", Dimension::distance, kMetresPerNauticalMile},
    {"nautical mile", "nmi", Dimension::distance, kMetresPerNauticalMile},
    {"nautical miles", "nmi", Dimension::distance, kMetresPerNauticalMile},
    {"km", "km", Dimension::distance, 1000.0},
    {"kms", "km", Dimension::distance, 1000.0},
    {"kilometre", "km", Dimension::distance, 1000.0},
    {"kilometres", "km", Dimension::distance, 1000.0},
    {"kilometer", "km", Dimension::distance, 1000.0},
    {"kilometers", "km", Dimension::distance, 1000.0},
    {"m", "m", Dimension::distance, 1.0},
    {"metre", "m", Dimension::distance, 1.0},
    {"metres", "m", Dimension::distance, 1.0},
    {"meter", "m", Dimension::distance, 1.0},
    {"meters", "m", Dimension::distance, 1.0},
    {"ft", "ft", Dimension::distance, kMetresPerFoot},
    {"foot", "ft", Dimension::distance, kMetresPerFoot},
    {"feet", "ft", Dimension::distance, kMetresPerFoot},
    {"mph", "mph", Dimension::speed, kMetresPerMile / kSecondsPerHour},
    {"mi/h", "mph", Dimension::speed, kMetresPerMile / kSecondsPerHour},
    {"miles per hour", "mph", Dimension::speed, kMetresPerMile / kSecondsPerHour},
    {"miles an hour", "mph", Dimension::speed, kMetresPerMile / kSecondsPerHour},
    {"mile per hour", "mph", Dimension::speed, kMetresPerMile / kSecondsPerHour},
    {"km/h", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kph", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kmh", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"km/hr", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"km per hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"km an hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kilometres per hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kilometers per hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kilometres an hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kilometers an hour", "km/h", Dimension::speed, 1000.0 / kSecondsPerHour},
    {"kn", "kn", Dimension::speed, kMetresPerNauticalMile / kSecondsPerHour},
    {"kt", "kn", Dimension::speed, kMetresPerNauticalMile / kSecondsPerHour},
    {"kts", "kn", Dimension::speed, kMetresPerNauticalMile / kSecondsPerHour},
    {"knot", "kn", Dimension::speed, kMetresPerNauticalMile / kSecondsPerHour},
    {"knots", "kn", Dimension::speed, kMetresPerNauticalMile / kSecondsPerHour},
    {"m/s", "m/s", Dimension::speed, 1.0},
    {"metres per second", "m/s", Dimension::speed, 1.0},
    {"meters per second", "m/s", Dimension::speed, 1.0},
    {"s", "s", Dimension::duration, 1.0},
    {"sec", "s", Dimension::duration, 1.0},
    {"secs", "s", Dimension::duration, 1.0},
    {"second", "s", Dimension::duration, 1.0},
    {"seconds", "s", Dimension::duration, 1.0},
    {"min", "min", Dimension::duration, 60.0},
    {"mins", "min", Dimension::duration, 60.0},
    {"minute", "min", Dimension::duration, 60.0},
    {"minutes", "min", Dimension::duration, 60.0},
    {"h", "h", Dimension::duration, kSecondsPerHour},
    {"hr", "h", Dimension::duration, kSecondsPerHour},
    {"hrs", "h", Dimension::duration, kSecondsPerHour},
    {"hour", "h", Dimension::duration, kSecondsPerHour},
    {"hours", "h", Dimension::duration, kSecondsPerHour},
    {"day", "day", Dimension::duration, 24 * kSecondsPerHour},
    {"days", "day", Dimension::duration, 24 * kSecondsPerHour},
    {"week", "week", Dimension::duration, 7 * 24 * kSecondsPerHour},
    {"weeks", "week", Dimension::duration, 7 * 24 * kSecondsPerHour},
};

const std::map<std::string_view, double>& number_words() {
  static const std::map<std::string_view, double> words{
      {"a", 1},       {"an", 1},       {"one", 1},       {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},    {"six", 6},      {"seven", 7},     {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11}, {"twelve", 12},  {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50},  {"sixty", 60},   {"seventy", 70},  {"eighty", 80},   {"ninety", 90},   {"hundred", 100},
      {"dozen", 12},  {"half", 0.5}};
  return words;
}

enum class HedgeKind { around, below, above, at_least, at_most };

struct Hedge {
  std::vector<std::string> words;
  HedgeKind kind;
  double width;
};

const std::vector<Hedge>& hedges() {
  static const std::vector<Hedge> table = [] {
    std::vector<Hedge> out;
    const std::map<std::string_view, HedgeKind> kinds{{"around", HedgeKind::around}, {"below", HedgeKind::below},
                                                      {"above", HedgeKind::above}, {"at_least", HedgeKind::at_least},
                                                      {"at_most", HedgeKind::at_most}};
    const std::string origin = "geodata/hedges.tsv";
    for (const text::TableRow& row : text::table_rows(kHedgesTsv, origin, 3, "phrase<TAB>kind<TAB>width")) {
      const auto& f = row.fields;
      const auto width = text::parse_double(f[2]);
      if (!width || !kinds.count(f[1])) throw InputError(row.where(origin) + ": expected a hedge kind and a width");
      Hedge h{{}, kinds.at(f[1]), *width};
      for (std::string_view w : text::split(f[0], ' ')) h.words.emplace_back(w);
      out.push_back(std::move(h));
    }
    // Longest phrase first, so "just over" wins over "over".
    std::stable_sort(out.begin(), out.end(), [](const Hedge& a, const Hedge& b) { return a.words.size() > b.words.size(); });
    return out;
  }();
  return table;
}

enum class TokenType { number, word, dash };

struct Token {
  TokenType type;
  std::string text;
};

[[noreturn]] void fail(std::string_view text, const std::string& what) {
  throw InputError("'" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "': " + what);
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::string s;
  // Lower-case and map typographic dashes and spaces to ASCII.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(text[i + 2]);
      if (d >= 0x90 && d <= 0x95) { s += '-'; i += 2; continue; }  // hyphens and dashes
      if (d == 0xAF || d == 0x89) { s += ' '; i += 2; continue; }  // narrow and thin spaces
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      s += ' ';
      ++i;
      continue;
    }
    s += static_cast<char>(std::tolower(c));
  }
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                              ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1])))))
        ++j;
      if (j + 1 < s.size() && s[j] == 'e' && (std::isdigit(static_cast<unsigned char>(s[j + 1])) || s[j + 1] == '-' || s[j + 1] == '+'))
        fail(text, "exponent notation is not a figure (write the number out)");
      tokens.push_back({TokenType::number, s.substr(i, j - i)});
      i = j;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '/' || s[j] == '\'' ||
                              (s[j] == '.' && j + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[j + 1])))))
        ++j;
      std::string word = s.substr(i, j - i);
      if (j < s.size() && s[j] == '.') ++j;  // "approx.", "hrs."
      if (word == "approx") word = "approx.";
      tokens.push_back({TokenType::word, word});
      i = j;
    } else if (c == '-' || c == '~') {
      tokens.push_back({TokenType::dash, "-"});
      ++i;
    } else {
      fail(text, fmt::format("unexpected '{}'", text::utf8_char_at(s, i)));
    }
  }
  return tokens;
}

struct Number {
  double value;
  double half_resolution;  // rounding: half a unit of the last written digit
};

Number parse_number(std::string_view text, const std::string& token) {
  const std::size_t commas = static_cast<std::size_t>(std::count(token.begin(), token.end(), ','));
  const std::size_t dots = static_cast<std::size_t>(std::count(token.begin(), token.end(), '.'));
  auto groups_of_three_after = [&](char sep) {
    for (std::size_t p = token.find(sep); p != std::string::npos; p = token.find(sep, p + 1)) {
      std::size_t q = p + 1;
      while (q < token.size() && std::isdigit(static_cast<unsigned char>(token[q]))) ++q;
      if (q - p - 1 != 3) return false;
    }
    return true;
  };
  std::string digits;
  int decimals = 0;
  auto take = [&](char thousands, char decimal) {
    bool after_decimal = false;
    for (char c : token) {
      if (c == thousands) continue;
      if (c == decimal) { digits += '.'; after_decimal = true; continue; }
      digits += c;
      if (after_decimal) ++decimals;
    }
  };
  if (commas == 0 && dots == 0) {
    take('\0', '\0');
  } else if (dots == 0) {
    if (groups_of_three_after(',')) take(',', '\0');        // 1,100  1,100,000
    else if (commas == 1) take('\0', ',');                   // 1,5 (decimal comma)
    else fail(text, "'" + token + "' is not a number");
  } else if (commas == 0) {
    if (dots > 1 && groups_of_three_after('.')) take('.', '\0');  // 1.100.000
    else if (dots > 1) fail(text, "'" + token + "' is not a number");
    else if (groups_of_three_after('.') && token.find('.') <= 3)
      fail(text, "'" + token + "' is ambiguous: a decimal point or a thousands separator? Write '" +
                     std::string(token).erase(token.find('.'), 1) + "' or '" + token.substr(0, token.find('.') + 2) +
                     "'");
    else take('\0', '.');
  } else if (token.rfind('.') > token.rfind(',') && groups_of_three_after(',')) {
    take(',', '.');  // 1,100.5
  } else if (token.rfind(',') > token.rfind('.') && groups_of_three_after('.')) {
    take('.', ',');  // 1.100,5
  } else {
    fail(text, "'" + token + "' is not a number");
  }
  auto value = text::parse_double(digits);
  if (!value) fail(text, "'" + token + "' is not a finite number");
  return {*value, 0.5 * std::pow(10.0, -decimals)};
}

class Parser {
 public:
  Parser(std::string_view text, std::optional<Dimension> expected)
      : text_(text), expected_(expected), tokens_(tokenize(text)) {}

  Quantity parse() {
    if (tokens_.empty()) fail(text_, "empty figure");
    if (tokens_.front().type == TokenType::dash) fail(text_, "a figure cannot be negative");
    const Hedge* hedge = match_hedge();
    Quantity q;
    q.text = std::string(text_);
    if (hedge)
      for (const std::string& w : hedge->words) q.hedge += (q.hedge.empty() ? "" : " ") + w;

    double low, high, value;
    if (peek_word("between")) {
      ++pos_;
      Number a = amount();
      expect_word("and");
      Number b = amount();
      q.unit = unit();
      low = a.value - a.half_resolution, high = b.value + b.half_resolution, value = (a.value + b.value) / 2;
      q.is_range = true;
    } else {
      Number a = amount();
      if (at(TokenType::dash) && next_is_amount(pos_ + 1)) {
        ++pos_;
        Number b = amount();
        q.unit = unit();
        low = a.value - a.half_resolution, high = b.value + b.half_resolution, value = (a.value + b.value) / 2;
        q.is_range = true;
      } else if (peek_word("to") && next_is_amount(pos_ + 1)) {
        ++pos_;
        Number b = amount();
        q.unit = unit();
        low = a.value - a.half_resolution, high = b.value + b.half_resolution, value = (a.value + b.value) / 2;
        q.is_range = true;
      } else {
        if (at(TokenType::dash)) ++pos_;  // "20-hour"
        q.unit = unit();
        value = a.value;
        double rounding = a.half_resolution;
        // Compound durations: "3 h 40 min", "3h40", "2 days 6 hours".
        Unit last = q.unit;
        while (q.unit.dimension == Dimension::duration && pos_ < tokens_.size() && next_is_amount(pos_)) {
          Number more = amount();
          Unit u = pos_ < tokens_.size() ? unit() : implied_smaller(last);
          if (u.si_per_unit >= last.si_per_unit) fail(text_, "a compound duration must go from larger to smaller units");
          value += more.value * u.si_per_unit / q.unit.si_per_unit;
          rounding = more.half_resolution * u.si_per_unit / q.unit.si_per_unit;
          last = u;
        }
        low = value - rounding, high = value + rounding;
      }
    }
    if (pos_ < tokens_.size()) fail(text_, "unexpected '" + tokens_[pos_].text + "'");
    if (!(value > 0)) fail(text_, "must be greater than zero");
    if (low > high) fail(text_, "a range must go from the smaller to the larger figure");
    q.dimension = q.unit.dimension;
    q.value = value;
    low = std::max(0.0, low);
    if (hedge) {
      switch (hedge->kind) {
        case HedgeKind::around: low *= 1 - hedge->width, high *= 1 + hedge->width; break;
        case HedgeKind::below: low *= 1 - hedge->width; break;
        case HedgeKind::above: high *= 1 + hedge->width; break;
        case HedgeKind::at_least: high = std::numeric_limits<double>::infinity(); break;
        case HedgeKind::at_most: low = 0; break;
      }
    }
    q.si = {low * q.unit.si_per_unit, high * q.unit.si_per_unit};
    if (!std::isfinite(q.si.low) || (q.si.bounded() && !std::isfinite(q.si.high)))
      fail(text_, "not a finite figure");
    if (expected_ && q.dimension != *expected_)
      fail(text_, fmt::format("a {}, not a {} ({})", to_string(q.dimension), to_string(*expected_),
                              unit_symbols(*expected_)));
    return q;
  }

 private:
  bool at(TokenType t) const { return pos_ < tokens_.size() && tokens_[pos_].type == t; }
  bool peek_word(std::string_view w) const { return at(TokenType::word) && tokens_[pos_].text == w; }
  void expect_word(std::string_view w) {
    if (!peek_word(w)) fail(text_, "expected '" + std::string(w) + "'");
    ++pos_;
  }
  bool next_is_amount(std::size_t i) const {
    if (i >= tokens_.size()) return false;
    if (tokens_[i].type == TokenType::number) return true;
    return tokens_[i].type == TokenType::word && number_words().count(tokens_[i].text) &&
           tokens_[i].text != "a" && tokens_[i].text != "an";
  }

  const Hedge* match_hedge() {
    for (const Hedge& h : hedges()) {
      if (pos_ + h.words.size() > tokens_.size()) continue;
      bool all = true;
      for (std::size_t k = 0; k < h.words.size(); ++k)
        all = all && tokens_[pos_ + k].type == TokenType::word && tokens_[pos_ + k].text == h.words[k];
      if (all) {
        pos_ += h.words.size();
        return &h;
      }
    }
    return nullptr;
  }

  Number amount() {
    if (at(TokenType::number)) return parse_number(text_, tokens_[pos_++].text);
    if (at(TokenType::word)) {
      auto it = number_words().find(tokens_[pos_].text);
      if (it != number_words().end()) {
        ++pos_;
        double value = it->second;
        // "half an hour", "a half", "twenty four", "two hundred"
        if (value == 0.5 && (peek_word("a") || peek_word("an"))) ++pos_;
        else if ((value == 1) && peek_word("half")) { ++pos_; value = 0.5; }
        else if (value >= 20 && value < 100 && at(TokenType::word) && number_words().count(tokens_[pos_].text) &&
                 number_words().at(tokens_[pos_].text) < 10 && number_words().at(tokens_[pos_].text) >= 1 &&
                 tokens_[pos_].text != "a" && tokens_[pos_].text != "an") value += number_words().at(tokens_[pos_++].text);
        if (peek_word("hundred")) { ++pos_; value *= 100; }
        return {value, value >= 1 ? 0.5 : 0.0};
      }
    }
    if (pos_ < tokens_.size() && tokens_[pos_].text == "nan") fail(text_, "not a number");
    fail(text_, "not a figure (expected a number and a unit, such as '683 miles' or 'about 20 hours')");
  }

  Unit unit() {
    // Longest written form first: "miles per hour" before "miles".
    for (std::size_t n = std::min<std::size_t>(3, tokens_.size() - std::min(pos_, tokens_.size())); n >= 1; --n) {
      std::string written;
      bool words = true;
      for (std::size_t k = 0; k < n; ++k) {
        words = words && tokens_[pos_ + k].type == TokenType::word;
        written += (k ? " " : "") + tokens_[pos_ + k].text;
      }
      if (!words) continue;
      if (auto u = find_unit(written)) {
        pos_ += n;
        return *u;
      }
    }
    if (pos_ >= tokens_.size())
      fail(text_, "no unit (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")");
    fail(text_, "unknown unit '" + tokens_[pos_].text + "' (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")");
  }

  static Unit implied_smaller(const Unit& u) {
    if (u.symbol == "h") return *find_unit("min");
    if (u.symbol == "min") return *find_unit("s");
    if (u.symbol == "day") return *find_unit("h");
    return u;
  }

  static std::string all_units() {
    return "distances: " + unit_symbols(Dimension::distance) + "; speeds: " + unit_symbols(Dimension::speed) +
           "; durations: " + unit_symbols(Dimension::duration);
  }

  std::string_view text_;
  std::optional<Dimension> expected_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

}  // namespace

const char* to_string(Dimension d) {
  switch (d) {
    case Dimension::distance: return "distance";
    case Dimension::speed: return "speed";
    case Dimension::duration: return "duration";
  }
  return "?";
}

Interval operator/(const Interval& a, const Interval& b) {
  const double inf = std::numeric_limits<double>::infinity();
  return {b.bounded() ? a.low / b.high : 0.0, b.low > 0 ? a.high / b.low : inf};
}

Interval operator*(const Interval& a, const Interval& b) { return {a.low * b.low, a.high * b.high}; }

Interval operator-(const Interval& a, const Interval& b) { return {a.low - b.high, a.high - b.low}; }

std::optional<Unit> find_unit(std::string_view written) {
  for (const UnitSpelling& u : kUnits)
    if (written == u.written) return Unit{u.symbol, u.dimension, u.si_per_unit};
  return std::nullopt;
}

bool is_unit_word(std::string_view lower_word) {
  static const std::set<std::string, std::less<>> last_words = [] {
    std::set<std::string, std::less<>> words;
    for (const UnitSpelling& u : kUnits) {
      std::string_view written = u.written;
      const std::size_t space = written.rfind(' ');
      words.emplace(space == std::string_view::npos ? written : written.substr(space + 1));
    }
    return words;
  }();
  return last_words.find(lower_word) != last_words.end();
}

bool may_start_figure(std::string_view lower_word) {
  if (lower_word.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(lower_word.front()))) return true;
  static const std::set<std::string, std::less<>> starters = [] {
    std::set<std::string, std::less<>> words{"between"};
    for (const auto& [word, value] : number_words()) words.emplace(word);
    for (const Hedge& h : hedges()) words.emplace(h.words.front());
    return words;
  }();
  return starters.find(lower_word) != starters.end();
}

std::string unit_name(const std::string& symbol) {
  static const std::map<std::string, std::string> names{
      {"mi", "miles"}, {"nmi", "nautical miles"}, {"km", "kilometres"}, {"m", "metres"}, {"ft", "feet"},
      {"mph", "miles per hour"}, {"km/h", "kilometres per hour"}, {"kn", "knots"}, {"m/s", "metres per second"},
      {"s", "seconds"}, {"min", "minutes"}, {"h", "hours"}, {"day", "days"}, {"week", "weeks"}};
  auto it = names.find(symbol);
  return it == names.end() ? symbol : it->second;
}

std::string unit_symbols(Dimension d) {
  std::string out;
  for (const UnitSpelling& u : kUnits)
    if (u.dimension == d && std::string_view(u.written) == u.symbol) out += (out.empty() ? "" : ", ") + std::string(u.symbol);
  return out;
}

Quantity parse_quantity(std::string_view text, std::optional<Dimension> expected) {
  return Parser(text, expected).parse();
}

std::string format_number(double value) {
  // 1,099 and 12,345 with separators; 684.5, 18.5 and 37 with one decimal at most; 0.25 below one.
  if (std::abs(value) >= 1000) {
    const std::string digits = std::to_string(std::llabs(std::llround(value)));
    std::string out = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return out;
  }
  std::string out = std::abs(value) >= 1 ? fmt::format("{:.1f}", value) : fmt::format("{:.2f}", value);
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

}  // namespace routecheck::quantities
