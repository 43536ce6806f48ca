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

extern const char* const kHedgesTsv;   // generated from geodata/hedges.tsv
extern const char* const kFiguresTsv;  // generated from geodata/figures.tsv

namespace {

// A word of the user's figure inside a message: whole UTF-8 characters, bytes that are not UTF-8 as \xNN.
std::string quoted(std::string_view word) { return text::utf8_excerpt(word, text::kQuotedInputBytes); }

// Exact SI definitions of the units news uses.
constexpr double kMetresPerMile = 1609.344;
constexpr double kMetresPerNauticalMile = 1852.0;
constexpr double kMetresPerFoot = 0.3048;

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
    // The mean Gregorian month (365.2425 / 12 days): "12 months and 5 days" on foot.
    {"month", "month", Dimension::duration, 365.2425 / 12 * 24 * kSecondsPerHour},
    {"months", "month", Dimension::duration, 365.2425 / 12 * 24 * kSecondsPerHour},
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
      out.push_back(Hedge{text::words(f[0]), kinds.at(f[1]), *width});
    }
    // Longest phrase first, so "just over" wins over "over".
    std::stable_sort(out.begin(), out.end(), [](const Hedge& a, const Hedge& b) { return a.words.size() > b.words.size(); });
    return out;
  }();
  return table;
}

// Figure words of geodata/figures.tsv.
struct FigureWords {
  std::vector<std::vector<std::string>> lead, restate, per_day;
  std::set<std::string, std::less<>> am_pm;
  std::map<Dimension, double> limit_si;
};

const FigureWords& figure_words() {
  static const FigureWords table = [] {
    FigureWords out;
    const std::string origin = "geodata/figures.tsv";
    for (const text::TableRow& row : text::table_rows(kFiguresTsv, origin, 2, "kind<TAB>phrase[<TAB>value]")) {
      const auto& f = row.fields;
      if (f[0] == "lead") out.lead.push_back(text::words(f[1]));
      else if (f[0] == "restate") out.restate.push_back(text::words(f[1]));
      else if (f[0] == "per_day") out.per_day.push_back(text::words(f[1]));
      else if (f[0] == "am_pm") out.am_pm.emplace(f[1]);
      else if (f[0] == "limit" && f.size() > 2 && text::parse_double(f[2])) {
        const double v = *text::parse_double(f[2]);
        if (f[1] == "distance") out.limit_si[Dimension::distance] = v * 1000.0;
        else if (f[1] == "speed") out.limit_si[Dimension::speed] = v * 1000.0 / kSecondsPerHour;
        else if (f[1] == "duration") out.limit_si[Dimension::duration] = v * kSecondsPerHour;
        else throw InputError(row.where(origin) + ": a limit is for distance, speed or duration");
      } else {
        throw InputError(row.where(origin) + ": expected lead, restate, per_day, am_pm or limit");
      }
    }
    auto longest_first = [](auto& v) {
      std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    };
    longest_first(out.lead), longest_first(out.restate), longest_first(out.per_day);
    return out;
  }();
  return table;
}

enum class TokenType { number, word, dash, comma, colon, open, close, slash };

struct Token {
  TokenType type;
  std::string text;
};

using Tokens = std::vector<Token>;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Lower-cases and maps typographic marks to ASCII; joins thousands written with apostrophes or spaces
// ("2'614.5", "5 570"); vulgar halves and quarters become decimals ("7½" -> "7.5"); drops a stray
// possessive ("kilometre's").
std::string normalise(std::string_view text) {
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (c == 0xE2 && next(1) == 0x80) {
      const auto d = next(2);
      if (d >= 0x90 && d <= 0x95) { s += '-'; i += 2; continue; }              // hyphens and dashes
      if (d == 0xAF || d == 0x89 || d == 0x8A) { s += ' '; i += 2; continue; }  // narrow, thin, hair spaces
      if (d == 0x98 || d == 0x99) { s += '\''; i += 2; continue; }             // typographic apostrophes
    }
    if (c == 0xC2 && next(1) == 0xA0) { s += ' '; ++i; continue; }
    if (c == 0xC2 && (next(1) == 0xBD || next(1) == 0xBC || next(1) == 0xBE)) {
      const char* frac = next(1) == 0xBD ? "5" : next(1) == 0xBC ? "25" : "75";
      s += (!s.empty() && is_digit(s.back())) ? std::string(".") + frac : std::string("0.") + frac;
      ++i;
      continue;
    }
    s += static_cast<char>(std::tolower(c));
  }
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == '\'' || c == ' ') && !out.empty() && is_digit(out.back()) && i + 3 < s.size() + 1) {
      // A separator between a group of digits and exactly three more: thousands.
      std::size_t k = i + 1, n = 0;
      while (k < s.size() && is_digit(s[k])) ++k, ++n;
      std::size_t before = 0;
      for (std::size_t b = out.size(); b > 0 && is_digit(out[b - 1]); --b) ++before;
      const bool after_mark = out.size() > before && (out[out.size() - before - 1] == '\'' || out[out.size() - before - 1] == ',');
      if (n == 3 && (before <= 3 || after_mark) && (k >= s.size() || s[k] != ':') &&
          (c == '\'' || before <= 3)) continue;
    }
    if (c == '\'' && i + 1 < s.size() && s[i + 1] == 's' && !out.empty() && is_letter(out.back()) &&
        (i + 2 >= s.size() || !is_letter(s[i + 2]))) {
      ++i;  // "kilometre's"
      continue;
    }
    out += c;
  }
  return out;
}

// Splits normalised text into tokens; on a character no figure has, returns it in `bad`.
Tokens tokenize(const std::string& s, std::string& bad) {
  Tokens tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (is_digit(c)) {
      std::size_t j = i;
      while (j < s.size() && (is_digit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && is_digit(s[j + 1])))) ++j;
      if (j + 1 < s.size() && s[j] == 'e' && (is_digit(s[j + 1]) || s[j + 1] == '-' || s[j + 1] == '+')) {
        bad = "e (exponent notation is not a figure: write the number out)";
        return tokens;
      }
      tokens.push_back({TokenType::number, s.substr(i, j - i)});
      i = j;
    } else if (is_letter(c)) {
      std::size_t j = i;
      while (j < s.size() && (is_letter(s[j]) || s[j] == '\'' ||
                              ((s[j] == '/' || s[j] == '.') && j + 1 < s.size() && is_letter(s[j + 1]))))
        ++j;
      std::string word = s.substr(i, j - i);
      if (j < s.size() && s[j] == '.') ++j;  // "approx.", "hrs."
      if (word == "approx") word = "approx.";
      tokens.push_back({TokenType::word, word});
      i = j;
    } else if (c == '-' || c == '~') {
      tokens.push_back({TokenType::dash, "-"}), ++i;
    } else if (c == ',' || c == ';') {
      tokens.push_back({TokenType::comma, ","}), ++i;
    } else if (c == ':') {
      tokens.push_back({TokenType::colon, ":"}), ++i;
    } else if (c == '(' || c == '[') {
      tokens.push_back({TokenType::open, "("}), ++i;
    } else if (c == ')' || c == ']') {
      tokens.push_back({TokenType::close, ")"}), ++i;
    } else if (c == '/') {
      tokens.push_back({TokenType::slash, "/"}), ++i;
    } else if (c == '.' || c == '"') {
      ++i;  // a full stop or quote after a figure
    } else {
      bad = text::utf8_char_at(s, i);
      return tokens;
    }
  }
  return tokens;
}

struct Number {
  double value = 0;
  double half_resolution = 0;  // rounding: half a unit of the last written digit
  double loose_half = 0;       // the same, counting trailing zeros of a whole number as rounding
};

// Reads a number token; on failure returns nullopt with the reason in `error`.
std::optional<Number> parse_number(const std::string& token, std::string& error) {
  const std::size_t commas = static_cast<std::size_t>(std::count(token.begin(), token.end(), ','));
  const std::size_t dots = static_cast<std::size_t>(std::count(token.begin(), token.end(), '.'));
  auto groups_of_three_after = [&](char sep) {
    for (std::size_t p = token.find(sep); p != std::string::npos; p = token.find(sep, p + 1)) {
      std::size_t q = p + 1;
      while (q < token.size() && is_digit(token[q])) ++q;
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
    else return error = "'" + token + "' is not a number", std::nullopt;
  } else if (commas == 0) {
    if (dots > 1 && groups_of_three_after('.')) take('.', '\0');  // 1.100.000
    else if (dots > 1) return error = "'" + token + "' is not a number", std::nullopt;
    else if (groups_of_three_after('.') && token.find('.') <= 3)
      return error = "'" + token + "' is ambiguous: a decimal point or a thousands separator? Write '" +
                     std::string(token).erase(token.find('.'), 1) + "' or '" + token.substr(0, token.find('.') + 2) + "'",
             std::nullopt;
    else take('\0', '.');
  } else if (token.rfind('.') > token.rfind(',') && groups_of_three_after(',')) {
    take(',', '.');  // 1,100.5
  } else if (token.rfind(',') > token.rfind('.') && groups_of_three_after('.')) {
    take('.', ',');  // 1.100,5
  } else {
    return error = "'" + token + "' is not a number", std::nullopt;
  }
  auto value = text::parse_double(digits);
  if (!value || !std::isfinite(*value)) return error = "'" + token + "' is not a finite number", std::nullopt;
  Number n{*value, 0.5 * std::pow(10.0, -decimals), 0};
  n.loose_half = n.half_resolution;
  if (decimals == 0 && *value >= 10) {
    double step = 1;
    for (double v = *value; v >= 10 && std::fmod(v, 10.0) == 0; v /= 10) step *= 10;
    n.loose_half = 0.5 * step;
  }
  return n;
}

constexpr double kSecondsPerDay = 24 * kSecondsPerHour;

// One figure's tokens -> a quantity; reports the first problem instead of throwing.
class Parser {
 public:
  Parser(std::string_view text, std::optional<Dimension> expected, Tokens tokens, Span span = Span::claim)
      : text_(text), expected_(expected), tokens_(std::move(tokens)), span_(span) {}

  std::optional<Quantity> parse() {
    if (tokens_.empty()) return fail("empty figure");
    if (auto clock = clock_reading()) {
      if (span_ == Span::figure && clock->reading == Reading::time_of_day) return fail("a time of day, not a duration");
      return clock;
    }
    if (!error_.empty()) return std::nullopt;
    // A bracketed part: a conversion when it holds a figure ("(88 miles)"), else an aside ("(local time)").
    Tokens inside, after;
    bool bracket = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i)
      if (tokens_[i].type == TokenType::open) {
        std::size_t j = i + 1;
        while (j < tokens_.size() && tokens_[j].type != TokenType::close) ++j;
        inside.assign(tokens_.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens_.begin() + static_cast<std::ptrdiff_t>(j));
        after.assign(tokens_.begin() + static_cast<std::ptrdiff_t>(std::min(j + 1, tokens_.size())), tokens_.end());
        tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(i), tokens_.begin() + static_cast<std::ptrdiff_t>(std::min(j + 1, tokens_.size())));
        bracket = std::any_of(inside.begin(), inside.end(), [](const Token& t) { return t.type == TokenType::number; });
        break;
      }
    // "19.4mph/31.2kmh": the same speed after a slash.
    Tokens slashed;
    for (std::size_t i = 0; i + 1 < tokens_.size(); ++i)
      if (tokens_[i].type == TokenType::slash && tokens_[i + 1].type == TokenType::number) {
        slashed.assign(tokens_.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens_.end());
        tokens_.resize(i);
        break;
      }
    tabular_form();
    auto q = figure(true);
    if (!q) return std::nullopt;
    if (bracket) {
      auto conversion = Parser(text_, q->dimension, inside).parse_quietly();
      if (!conversion || conversion->dimension != q->dimension) {
        Tokens joined = inside;
        joined.insert(joined.end(), after.begin(), after.end());
        conversion = Parser(text_, q->dimension, joined).parse_quietly();
      }
      if (conversion && conversion->dimension == q->dimension) {
        conversion->restated_how = "in brackets";
        q->restated.insert(q->restated.begin(), std::move(*conversion));
      }
    }
    if (doubled_) {
      // Keep the reading the bracketed conversion agrees with.
      const Unit first = q->unit, second = *doubled_;
      auto agrees = [&](const Unit& u) {
        if (q->restated.empty()) return false;
        const Quantity& r = q->restated.front();
        const double scale = u.si_per_unit / first.si_per_unit;
        const double slack = (q->rounding_si * scale + r.rounding_si) + 0.01 * r.value_si();
        return std::abs(q->value_si() * scale - r.value_si()) <= slack;
      };
      const std::string written = format_number(q->value) + " " + first.symbol + " " + second.symbol;
      if (agrees(first)) {
        q->note = fmt::format("units written twice ('{}'): read in {}, which the figure in brackets agrees with", written,
                              unit_name(first.symbol));
      } else if (agrees(second)) {
        const double scale = second.si_per_unit / first.si_per_unit;
        q->si = {q->si.low * scale, q->si.bounded() ? q->si.high * scale : q->si.high};
        q->rounding_si *= scale;
        q->unit = second;
        q->note = fmt::format("units written twice ('{}'): read in {}, which the figure in brackets agrees with", written,
                              unit_name(second.symbol));
      } else {
        return fail(fmt::format("two units written together ('{}'): which one?", written));
      }
    }
    if (!slashed.empty()) {
      auto conversion = Parser(text_, q->dimension, slashed).parse_quietly();
      if (!conversion) return fail("after '/': " + conversion_error_);
      conversion->restated_how = "after a slash";
      q->restated.insert(q->restated.begin(), std::move(*conversion));
    }
    return q;
  }

  const std::string& error() const { return error_; }

 private:
  std::optional<Quantity> parse_quietly() {
    auto q = figure(true);
    if (!q) conversion_error_ = error_;
    return q;
  }

  std::optional<Quantity> fail(const std::string& what) {
    if (error_.empty()) error_ = what;
    return std::nullopt;
  }
  std::optional<Quantity> stopped_at() {
    if (pos_ >= tokens_.size()) return fail("incomplete figure");
    return fail("stopped at '" + quoted(tokens_[pos_].text) + "'");
  }

  bool at(TokenType t, std::size_t i) const { return i < tokens_.size() && tokens_[i].type == t; }
  bool at(TokenType t) const { return at(t, pos_); }
  bool word_at(std::size_t i, std::string_view w) const { return at(TokenType::word, i) && tokens_[i].text == w; }
  bool peek_word(std::string_view w) const { return word_at(pos_, w); }
  bool phrase_at(std::size_t i, const std::vector<std::string>& words) const {
    for (std::size_t k = 0; k < words.size(); ++k)
      if (!word_at(i + k, words[k])) return false;
    return !words.empty();
  }
  const std::vector<std::string>* match(const std::vector<std::vector<std::string>>& phrases, std::size_t i) const {
    for (const auto& p : phrases)
      if (phrase_at(i, p)) return &p;
    return nullptr;
  }
  bool is_number_word(std::size_t i) const {
    return at(TokenType::word, i) && number_words().count(tokens_[i].text) && tokens_[i].text != "a" && tokens_[i].text != "an";
  }
  bool next_is_amount(std::size_t i) const { return at(TokenType::number, i) || is_number_word(i); }

  // "Length in kilometers: 450" (a fact box): the unit before the colon, the number after it.
  void tabular_form() {
    for (std::size_t i = 0; i + 3 < tokens_.size() + 1; ++i) {
      if (!word_at(i, "in")) continue;
      std::size_t n = unit_length(i + 1);
      if (n && at(TokenType::colon, i + 1 + n) && at(TokenType::number, i + 2 + n)) {
        Tokens out{tokens_[i + 2 + n]};
        out.insert(out.end(), tokens_.begin() + static_cast<std::ptrdiff_t>(i + 1), tokens_.begin() + static_cast<std::ptrdiff_t>(i + 1 + n));
        out.insert(out.end(), tokens_.begin() + static_cast<std::ptrdiff_t>(i + 3 + n), tokens_.end());
        tokens_ = std::move(out);
        return;
      }
    }
  }

  // Clock times: "19:15 ... 09:27" (the time between them), "8.30 pm" or "07:50hrs" alone (a time of day).
  // H:MM is a clock time when written with a leading zero ("07:50"), with am/pm, or twice; a colon figure
  // after a larger unit ("1 day, 20:04:19") or on its own with a unit ("7:50 hours") is a duration.
  std::optional<Quantity> clock_reading() {
    struct Clock { double minutes; std::size_t at; };
    std::vector<Clock> clocks;
    bool any_colon_duration = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!at(TokenType::number, i)) continue;
      const std::string& t = tokens_[i].text;
      const bool ampm = at(TokenType::word, i + 1) && figure_words().am_pm.count(tokens_[i + 1].text);
      const bool colon = at(TokenType::colon, i + 1) && at(TokenType::number, i + 2) && tokens_[i + 2].text.size() == 2;
      const bool ampm_after_colon = colon && at(TokenType::word, i + 3) && figure_words().am_pm.count(tokens_[i + 3].text);
      if (!ampm && !colon) continue;
      double h = 0, m = 0;
      if (colon) {
        h = std::atof(t.c_str()), m = std::atof(tokens_[i + 2].text.c_str());
        // After a larger unit ("2 days, 03:15:00"): part of a compound duration.
        std::size_t b = i;
        while (b > 0 && at(TokenType::comma, b - 1)) --b;
        const bool after_unit = b > 0 && at(TokenType::word, b - 1) && find_unit(tokens_[b - 1].text) &&
                                find_unit(tokens_[b - 1].text)->dimension == Dimension::duration;
        if (!ampm_after_colon && after_unit) { any_colon_duration = true; continue; }
        if (!ampm_after_colon && !(t.size() == 2 && t[0] == '0') && at(TokenType::word, i + 3) && find_unit(tokens_[i + 3].text) &&
            find_unit(tokens_[i + 3].text)->dimension == Dimension::duration) { any_colon_duration = true; continue; }
        if (ampm_after_colon) h = twelve_hour(h, tokens_[i + 3].text);
      } else {
        const double v = std::atof(t.c_str());
        h = std::floor(v), m = std::round((v - h) * 100);
        h = twelve_hour(h, tokens_[i + 1].text);
      }
      if (h > 24 || m >= 60) continue;
      clocks.push_back({h * 60 + m, i});
    }
    if (clocks.empty() || (clocks.size() == 1 && any_colon_duration)) return std::nullopt;
    if (clocks.size() == 1) {
      const bool leading_zero = tokens_[clocks[0].at].text.size() == 2 && tokens_[clocks[0].at].text[0] == '0';
      const bool has_ampm = !at(TokenType::colon, clocks[0].at + 1) ||
                            (at(TokenType::word, clocks[0].at + 3) && figure_words().am_pm.count(tokens_[clocks[0].at + 3].text));
      if (!leading_zero && !has_ampm) return std::nullopt;
    }
    if (expected_ && *expected_ != Dimension::duration) return fail("a clock time, not a " + std::string(to_string(*expected_)));
    Quantity q;
    q.text = std::string(text_);
    q.dimension = Dimension::duration;
    if (clocks.size() == 1) {
      q.reading = Reading::time_of_day;
      q.unit = *find_unit("h");
      q.time_of_day_h = clocks[0].minutes / 60;
      q.note = "a time of day, not a duration";
      return q;
    }
    double minutes = clocks[1].minutes - clocks[0].minutes;
    if (minutes <= 0) minutes += 24 * 60;
    q.reading = Reading::clock_span;
    q.unit = *find_unit("h");
    q.value = minutes / 60;
    q.si = {minutes * 60, minutes * 60};
    q.rounding_si = 30;
    q.note = fmt::format("the time between two clock times ({} later, or a day more), time zones not applied",
                         format_number(q.value) + " h");
    return q;
  }

  static double twelve_hour(double h, const std::string& word) {
    const bool pm = word[0] == 'p';
    if (h == 12) return pm ? 12 : 0;
    return pm ? h + 12 : h;
  }

  // The longest written unit at token i: how many tokens it takes (0: none).
  std::size_t unit_length(std::size_t i) const {
    for (std::size_t n = std::min<std::size_t>(3, tokens_.size() - std::min(i, tokens_.size())); n >= 1; --n) {
      std::string written;
      bool words = true;
      for (std::size_t k = 0; k < n; ++k) {
        words = words && at(TokenType::word, i + k);
        written += (k ? " " : "") + tokens_[i + k].text;
      }
      if (words && find_unit(written)) return n;
    }
    return 0;
  }

  std::optional<Unit> unit() {
    const std::size_t n = unit_length(pos_);
    if (n == 0) {
      if (pos_ >= tokens_.size()) return fail("no unit (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")"), std::nullopt;
      return fail("unknown unit '" + quoted(tokens_[pos_].text) + "' (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")"),
             std::nullopt;
    }
    std::string written;
    for (std::size_t k = 0; k < n; ++k) written += (k ? " " : "") + tokens_[pos_ + k].text;
    pos_ += n;
    Unit u = *find_unit(written);
    // "275 km miles": two units of one dimension back to back, a garble. Both readings are kept; a
    // conversion in brackets decides between them (see parse), else the figure is refused.
    if (const std::size_t m = unit_length(pos_); m && !doubled_) {
      std::string second;
      for (std::size_t k = 0; k < m; ++k) second += (k ? " " : "") + tokens_[pos_ + k].text;
      const Unit other = *find_unit(second);
      if (other.dimension == u.dimension && other.symbol != u.symbol) {
        doubled_ = other;
        pos_ += m;
      }
    }
    // "per hour" split from its distance by a bracket: "320 kilometers (199 miles) per hour".
    if (u.dimension == Dimension::distance && (peek_word("per") || peek_word("an")) && word_at(pos_ + 1, "hour")) {
      pos_ += 2;
      u = {u.symbol == "km" ? "km/h" : u.symbol == "mi" ? "mph" : u.symbol == "nmi" ? "kn" : u.symbol + "/h",
           Dimension::speed, u.si_per_unit / kSecondsPerHour};
    } else if (u.dimension == Dimension::distance) {
      if (const auto* per_day = match(figure_words().per_day, pos_)) {
        pos_ += per_day->size();
        u = {u.symbol + "/day", Dimension::speed, u.si_per_unit / kSecondsPerDay};
        per_day_ = true;
      }
    }
    return u;
  }

  std::optional<Number> amount() {
    if (at(TokenType::number)) {
      std::string error;
      auto n = parse_number(tokens_[pos_].text, error);
      if (!n) return fail(error), std::nullopt;
      ++pos_;
      and_a_half(*n);
      return n;
    }
    if (at(TokenType::word)) {
      auto it = number_words().find(tokens_[pos_].text);
      if (it != number_words().end()) {
        ++pos_;
        double value = it->second;
        if (value == 0.5 && (peek_word("a") || peek_word("an"))) {
          ++pos_;  // "half an hour"
        } else if (value == 1 && peek_word("half")) {
          ++pos_, value = 0.5;  // "a half"
        } else {
          value = word_number(value);
        }
        Number n{value, value >= 1 ? 0.5 : 0.0, value >= 1 ? 0.5 : 0.0};
        and_a_half(n);
        return n;
      }
    }
    if (pos_ < tokens_.size() && tokens_[pos_].text == "nan") return fail("not a number"), std::nullopt;
    if (pos_ < tokens_.size())
      return fail("stopped at '" + quoted(tokens_[pos_].text) + "': not a figure (expected a number and a unit, such as '683 miles')"),
             std::nullopt;
    return fail("not a figure (expected a number and a unit, such as '683 miles' or 'about 20 hours')"), std::nullopt;
  }

  // After a first number word: "twenty(-)four", "four(-)hundred and fifty", "two thousand".
  double word_number(double value) {
    auto word_value = [&](std::size_t i) -> std::optional<double> {
      if (!is_number_word(i)) return std::nullopt;
      return number_words().at(tokens_[i].text);
    };
    auto skip_dash = [&](std::size_t i) { return at(TokenType::dash, i) ? i + 1 : i; };
    for (;;) {
      const std::size_t i = skip_dash(pos_);
      const auto w = word_value(i);
      if (!w) break;
      if (*w == 100 || *w == 1000) {
        value *= *w;
        pos_ = i + 1;
        // "hundred and fifty"
        if (peek_word("and") && word_value(pos_ + 1) && *word_value(pos_ + 1) < 100 && *word_value(pos_ + 1) >= 1) ++pos_;
      } else if (*w >= 1 && *w < 100 && std::fmod(value, 10) == 0 && *w < std::fmod(value, 100) + (std::fmod(value, 100) == 0 ? 100 : 10)) {
        value += *w;
        pos_ = i + 1;
      } else {
        break;
      }
    }
    return value;
  }

  // "13 and a half hours", "two and a half hours".
  void and_a_half(Number& n) {
    if (peek_word("and") && (word_at(pos_ + 1, "a") || word_at(pos_ + 1, "one")) && word_at(pos_ + 2, "half")) {
      pos_ += 3;
      n.value += 0.5;
      n.half_resolution = n.loose_half = 0.25;
    }
  }

  std::optional<Quantity> figure(bool allow_restatement) {
    pos_ = 0;
    if (span_ == Span::claim)
      while (const auto* lead = match(figure_words().lead, pos_)) pos_ += lead->size();
    const Hedge* hedge = match_hedge();
    // "a 7-hour trip", "a 90-minute ride": the article belongs to the trip, not the figure.
    if (span_ == Span::claim && (peek_word("a") || peek_word("an")) && at(TokenType::number, pos_ + 1)) ++pos_;
    Quantity q;
    q.text = std::string(text_);
    if (hedge)
      for (const std::string& w : hedge->words) q.hedge += (q.hedge.empty() ? "" : " ") + w;
    if (at(TokenType::dash) && next_is_amount(pos_ + 1)) return fail("a figure cannot be negative");

    double low = 0, high = 0, value = 0, rounding = 0;
    auto range = [&](const Number& a, const Unit& ua, const Number& b, const Unit& ub) {
      // Both ends in the first unit; the unit of the range is the one written last ("70 minutes to 2.5 hours").
      low = (a.value - a.half_resolution) * ua.si_per_unit / ub.si_per_unit;
      high = b.value + b.half_resolution;
      value = ((a.value * ua.si_per_unit / ub.si_per_unit) + b.value) / 2;
      rounding = b.loose_half;
      q.is_range = true;
    };
    // "600 to 700 km", "between 18 and 20 hours": past the joining word, the second amount and the unit.
    auto second_amount_and_unit = [&](const auto& first) {
      ++pos_;
      auto b = amount();
      if (!b) return false;
      auto u = unit();
      if (!u) return false;
      q.unit = *u;
      range(first, *u, *b, *u);
      return true;
    };
    if (peek_word("between")) {
      ++pos_;
      auto a = amount();
      if (!a) return std::nullopt;
      if (!peek_word("and")) return fail("expected 'and' after 'between'");
      if (!second_amount_and_unit(*a)) return std::nullopt;
    } else if (unit_length(pos_) && at(TokenType::dash, pos_ + unit_length(pos_)) && word_at(pos_ + unit_length(pos_) + 1, "long")) {
      // "week-long", "hour-long": one of the unit.
      auto u = unit();
      pos_ += 2;
      q.unit = *u;
      value = 1, low = 0.5, high = 1.5, rounding = 0.5;
    } else {
      auto a = amount();
      if (!a) return std::nullopt;
      if ((at(TokenType::dash) || peek_word("to")) && next_is_amount(pos_ + 1)) {
        if (!second_amount_and_unit(*a)) return std::nullopt;
      } else if (at(TokenType::colon) && at(TokenType::number, pos_ + 1)) {
        // "5:30 hours", "1:20:04": hours, minutes and seconds.
        double v = a->value + std::atof(tokens_[pos_ + 1].text.c_str()) / 60;
        pos_ += 2;
        double half = 0.5 / 60;
        if (at(TokenType::colon) && at(TokenType::number, pos_ + 1)) {
          v += std::atof(tokens_[pos_ + 1].text.c_str()) / kSecondsPerHour;
          pos_ += 2;
          half = 0.5 / kSecondsPerHour;
        }
        if (pos_ < tokens_.size() && unit_length(pos_)) {
          auto u = unit();
          if (!u || u->symbol != "h") return fail("a time written with colons is in hours ('5:30 hours')");
        }
        q.unit = *find_unit("h");
        value = v, low = v - half, high = v + half, rounding = half;
      } else {
        if (at(TokenType::dash)) ++pos_;  // "20-hour"
        auto u = unit();
        if (!u) return std::nullopt;
        q.unit = *u;
        value = a->value;
        rounding = a->loose_half;
        double half = a->half_resolution;
        if (peek_word("to") && next_is_amount(pos_ + 1)) {
          // "70 minutes to 2.5 hours": a range written with a unit at each end.
          const std::size_t keep = pos_;
          ++pos_;
          auto b = amount();
          auto ub = b ? unit() : std::nullopt;
          if (b && ub && ub->dimension == u->dimension) {
            range(*a, *u, *b, *ub);
            q.unit = *ub;
          } else {
            pos_ = keep;
            error_.clear();
          }
        }
        if (!q.is_range) {
          // Compound durations: "3 h 40 min", "3h40", "2 days 6 hours", "17 hours and 50 minutes",
          // "four days, 21 hours and 52 minutes", "1 day, 20:04:19", "six days and five nights".
          Unit last = q.unit;
          while (q.unit.dimension == Dimension::duration) {
            std::size_t p = pos_;
            while (at(TokenType::comma, p) || word_at(p, "and")) ++p;
            if (!next_is_amount(p)) break;
            const std::size_t keep = pos_;
            pos_ = p;
            // H:MM[:SS] after a larger unit; "3 h 3:" (nothing after the colon) is not one (found by fuzz_quantity).
            if (at(TokenType::number) && at(TokenType::colon, pos_ + 1) && at(TokenType::number, pos_ + 2)) {
              double h = std::atof(tokens_[pos_].text.c_str()), m = std::atof(tokens_[pos_ + 2].text.c_str()), sec = 0;
              pos_ += 3;
              if (at(TokenType::colon) && at(TokenType::number, pos_ + 1)) sec = std::atof(tokens_[pos_ + 1].text.c_str()), pos_ += 2;
              value += (h * kSecondsPerHour + m * 60 + sec) / q.unit.si_per_unit;
              half = rounding = 0.5 / q.unit.si_per_unit;
              last = *find_unit("s");
              continue;
            }
            auto more = amount();
            if (!more) return std::nullopt;
            if (peek_word("night") || peek_word("nights")) {
              // "six days and five nights": the nights fall within the days.
              ++pos_;
              if (q.unit.symbol != "day" || more->value > value + 1) return fail("nights go with days ('six days and five nights')");
              continue;
            }
            std::optional<Unit> u2;
            if (at(TokenType::dash) && unit_length(pos_ + 1)) ++pos_;  // "a 12-hour, 25-minute flight"
            if (pos_ < tokens_.size() && unit_length(pos_)) u2 = unit();
            else if (pos_ >= tokens_.size() || at(TokenType::comma)) u2 = implied_smaller(last);
            if (!u2) { pos_ = keep; error_.clear(); break; }
            if (u2->si_per_unit >= last.si_per_unit) return fail("a compound duration must go from larger to smaller units");
            value += more->value * u2->si_per_unit / q.unit.si_per_unit;
            half = more->half_resolution * u2->si_per_unit / q.unit.si_per_unit;
            rounding = more->loose_half * u2->si_per_unit / q.unit.si_per_unit;
            last = *u2;
          }
          low = value - half, high = value + half;
        }
      }
    }
    if (!error_.empty()) return std::nullopt;
    // "82 hours, which means 3 days and 10 hours": the same figure restated.
    if (allow_restatement && pos_ < tokens_.size()) {
      std::size_t p = pos_;
      while (at(TokenType::comma, p) || at(TokenType::dash, p)) ++p;
      if (const auto* joiner = match(figure_words().restate, p)) {
        Tokens rest(tokens_.begin() + static_cast<std::ptrdiff_t>(p + joiner->size()), tokens_.end());
        Parser again(text_, q.unit.dimension, rest);
        auto restated = again.figure(false);
        if (!restated) return fail("after '" + tokens_[p].text + "': " + again.error_);
        if (again.pos_ < again.tokens_.size()) return fail("stopped at '" + quoted(again.tokens_[again.pos_].text) + "'");
        restated->restated_how = "restated";
        q.restated.push_back(std::move(*restated));
        pos_ = tokens_.size();
      }
    }
    if (pos_ < tokens_.size()) return stopped_at();
    if (!(value > 0)) return fail("must be greater than zero");
    if (low > high) return fail("a range must go from the smaller to the larger figure");
    q.dimension = q.unit.dimension;
    q.value = value;
    q.per_day = per_day_;
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
    q.rounding_si = rounding * q.unit.si_per_unit;
    if (!std::isfinite(q.si.low) || (q.si.bounded() && !std::isfinite(q.si.high))) return fail("not a finite figure");
    const auto limit = figure_words().limit_si.find(q.dimension);
    if (limit != figure_words().limit_si.end() && q.value_si() > limit->second && !q.per_day)
      return fail(fmt::format("{} is beyond any journey (the largest {} read is {})", format_number(q.value) + " " + q.unit.symbol,
                              to_string(q.dimension), limit_text(q.dimension, limit->second)));
    if (expected_ && q.dimension != *expected_)
      return fail(fmt::format("a {}, not a {} ({})", to_string(q.dimension), to_string(*expected_), unit_symbols(*expected_)));
    return q;
  }

  static std::string limit_text(Dimension d, double si) {
    switch (d) {
      case Dimension::distance: return format_number(si / 1000) + " km";
      case Dimension::speed: return format_number(si * kSecondsPerHour / 1000) + " km/h";
      case Dimension::duration: return format_number(si / kSecondsPerHour) + " h";
    }
    return "";
  }

  const Hedge* match_hedge() {
    for (const Hedge& h : hedges()) {
      if (phrase_at(pos_, h.words)) {
        pos_ += h.words.size();
        return &h;
      }
    }
    return nullptr;
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
  Tokens tokens_;
  std::size_t pos_ = 0;
  bool per_day_ = false;
  std::optional<Unit> doubled_;  // the second of two units written back to back
  Span span_;
  std::string error_, conversion_error_;
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
      {"s", "seconds"}, {"min", "minutes"}, {"h", "hours"}, {"day", "days"}, {"week", "weeks"}, {"month", "months"}};
  auto it = names.find(symbol);
  return it == names.end() ? symbol : it->second;
}

std::string unit_symbols(Dimension d) {
  std::string out;
  for (const UnitSpelling& u : kUnits)
    if (u.dimension == d && std::string_view(u.written) == u.symbol) out += (out.empty() ? "" : ", ") + std::string(u.symbol);
  return out;
}

ParseResult try_parse_quantity(std::string_view text, std::optional<Dimension> expected, Span span) {
  ParseResult out;
  std::string bad;
  Tokens tokens = tokenize(normalise(text), bad);
  if (!bad.empty()) {
    out.error = "'" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "': stopped at '" + quoted(bad) + "'";
    return out;
  }
  Parser parser(text, expected, std::move(tokens), span);
  out.quantity = parser.parse();
  if (!out.quantity) out.error = "'" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "': " + parser.error();
  return out;
}

Quantity parse_quantity(std::string_view text, std::optional<Dimension> expected) {
  ParseResult r = try_parse_quantity(text, expected, Span::figure);
  if (!r.quantity) throw InputError(r.error);
  return std::move(*r.quantity);
}

std::string format_number(double value) {
  // 1,099 and 12,345 with separators; 684.5, 18.5 and 37 with one decimal at most; 0.25 below one.
  if (std::abs(value) >= 1e15) return fmt::format("{:.3g}", value);  // beyond what llround holds
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

std::string format_interval(const Interval& interval, double per_unit) {
  const std::string low = format_number(interval.low / per_unit);
  if (!interval.bounded()) return "at least " + low;
  const std::string high = format_number(interval.high / per_unit);
  return low == high ? low : low + "–" + high;
}

}  // namespace routecheck::quantities
