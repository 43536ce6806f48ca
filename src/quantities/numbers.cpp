// Numbers in digits and in words (see numbers.hpp). Number rules (README, "Figures"): commas followed by
// groups of three digits are thousands separators ("1,100" = 1100); a comma followed by other digit counts
// is a decimal comma ("1,5" = 1.5); several dot-separated groups of three are thousands ("1.100.000"); a
// single dot followed by exactly three digits ("1.100 km") is refused as ambiguous, never silently read as
// 1.1 or 1100. Indian grouping reads too: "1,50,000" is 150000 (two-digit groups, a last group of three).
#include "quantities/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::quantities {

extern const char* const kFiguresTsv;  // generated from geodata/figures.tsv

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The rows of geodata/figures.tsv this file reads, in one pass: number words and race nouns.
struct NumberRows {
  std::map<std::string, double, std::less<>> number_words;
  std::set<std::string, std::less<>> race_nouns;
};
const NumberRows& number_rows() {
  static const NumberRows rows = [] {
    NumberRows out;
    const std::string origin = "geodata/figures.tsv";
    for (const text::TableRow& row : text::table_rows(kFiguresTsv, origin, 2, "kind<TAB>phrase[<TAB>value]")) {
      if (row.fields[0] == "race_noun") {
        out.race_nouns.emplace(row.fields[1]);
        continue;
      }
      if (row.fields[0] != "number") continue;
      const auto value = row.fields.size() > 2 ? text::parse_double(row.fields[2]) : std::nullopt;
      if (!value) throw InputError(row.where(origin) + ": a number word needs its value");
      out.number_words.emplace(std::string(row.fields[1]), *value);
    }
    return out;
  }();
  return rows;
}
const std::map<std::string, double, std::less<>>& number_words() { return number_rows().number_words; }

}  // namespace

bool is_race_noun(std::string_view lower_word) { return number_rows().race_nouns.count(lower_word) > 0; }

std::optional<double> number_word(std::string_view lower_word) {
  const auto it = number_words().find(lower_word);
  if (it == number_words().end()) return std::nullopt;
  return it->second;
}

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
  // "1,50,000", "12,50,000.5": Indian grouping (lakhs and crores), groups of two digits and a last group
  // of three, as India's and Pakistan's press write figures.
  auto indian_grouping = [&] {
    const std::size_t decimal = token.find('.');
    const std::string whole = token.substr(0, decimal);
    if (commas < 2 || whole.find('.') != std::string::npos) return false;
    std::vector<std::size_t> group_sizes;
    std::size_t start = 0;
    for (std::size_t p = whole.find(','); ; p = whole.find(',', start)) {
      group_sizes.push_back((p == std::string::npos ? whole.size() : p) - start);
      if (p == std::string::npos) break;
      start = p + 1;
    }
    if (group_sizes.front() < 1 || group_sizes.front() > 2 || group_sizes.back() != 3) return false;
    return std::all_of(group_sizes.begin() + 1, group_sizes.end() - 1, [](std::size_t g) { return g == 2; });
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
  } else if (indian_grouping()) {
    take(',', '.');  // 1,50,000  12,50,000.5
  } else if (dots == 0) {
    if (groups_of_three_after(',')) take(',', '\0');        // 1,100  1,100,000
    else if (commas == 1) take('\0', ',');                   // 1,5 (decimal comma)
    else return error = "'" + text::utf8_excerpt(token, text::kQuotedInputBytes) + "' is not a number", std::nullopt;
  } else if (commas == 0) {
    if (dots > 1 && groups_of_three_after('.')) take('.', '\0');  // 1.100.000
    else if (dots > 1) return error = "'" + text::utf8_excerpt(token, text::kQuotedInputBytes) + "' is not a number", std::nullopt;
    else if (groups_of_three_after('.') && token.find('.') <= 3)
      return error = "'" + text::utf8_excerpt(token, text::kQuotedInputBytes) + "' is ambiguous: a decimal point or a thousands separator? Write '" +
                     std::string(token).erase(token.find('.'), 1) + "' or '" + token.substr(0, token.find('.') + 2) + "'",
             std::nullopt;
    else take('\0', '.');
  } else if (token.rfind('.') > token.rfind(',') && groups_of_three_after(',')) {
    take(',', '.');  // 1,100.5
  } else if (token.rfind(',') > token.rfind('.') && groups_of_three_after('.')) {
    take('.', ',');  // 1.100,5
  } else {
    return error = "'" + text::utf8_excerpt(token, text::kQuotedInputBytes) + "' is not a number", std::nullopt;
  }
  auto value = text::parse_double(digits);
  if (!value || !std::isfinite(*value)) return error = "'" + text::utf8_excerpt(token, text::kQuotedInputBytes) + "' is not a finite number", std::nullopt;
  Number n{*value, 0.5 * std::pow(10.0, -decimals), 0};
  n.loose_half = n.half_resolution;
  if (decimals == 0 && *value >= 10) {
    double step = 1;
    for (double v = *value; v >= 10 && std::fmod(v, 10.0) == 0; v /= 10) step *= 10;
    n.loose_half = 0.5 * step;
  }
  return n;
}

}  // namespace routecheck::quantities
