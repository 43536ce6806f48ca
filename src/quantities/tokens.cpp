// Text -> figure tokens (see tokens.hpp).
#include "quantities/tokens.hpp"

#include <array>
#include <cctype>

#include "core/text.hpp"
#include "quantities/numbers.hpp"

namespace routecheck::quantities {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// A sign of comparison before a number ("< 2 hrs", ">100 km", "≤ 50 km", "≈ 120 km") as the hedge
// word it stands for (hedges.tsv), or "" where there is none or no number follows.
struct ComparisonSign {
  std::string_view written, word;
};
constexpr std::array<ComparisonSign, 5> kComparisonSigns{{{"<", "under"}, {">", "over"}, {"\u2264", "at most"},
                                                         {"\u2265", "at least"}, {"\u2248", "about"}}};
// The sign at byte i, or nullptr. Asked at every byte of a story: only '<', '>' and the lead byte of
// "\u2264", "\u2265", "\u2248" (0xE2) are compared further.
const ComparisonSign* comparison_sign(const std::string& s, std::size_t i) {
  constexpr unsigned char kSignLeadByte = 0xE2;
  if (s[i] != '<' && s[i] != '>' && static_cast<unsigned char>(s[i]) != kSignLeadByte) return nullptr;
  for (const ComparisonSign& sign : kComparisonSigns) {
    if (s.compare(i, sign.written.size(), sign.written) != 0) continue;
    std::size_t j = i + sign.written.size();
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) return &sign;
  }
  return nullptr;
}

// The text normalised, and for each of its bytes the offset of the original byte it came from.
struct Normalised {
  std::string s;
  std::vector<std::size_t> from;
  void add(char c, std::size_t origin) { s += c, from.push_back(origin); }
};

// Lower-cases and maps typographic marks to ASCII; vulgar halves and quarters become decimals ("7½" ->
// "7.5"); joins thousands written with apostrophes or spaces ("2'614.5", "5 570"); drops a stray
// possessive ("kilometre's").
Normalised normalise(std::string_view text) {
  Normalised a;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (c == 0xE2 && next(1) == 0x80) {
      const auto d = next(2);
      if (d >= 0x90 && d <= 0x95) { a.add('-', i); i += 2; continue; }              // hyphens and dashes
      if (d == 0xAF || d == 0x89 || d == 0x8A) { a.add(' ', i); i += 2; continue; }  // narrow, thin, hair spaces
      if (d == 0x98 || d == 0x99) { a.add('\'', i); i += 2; continue; }             // typographic apostrophes
      if (d == 0x9C || d == 0x9D) { a.add('"', i); i += 2; continue; }              // typographic quotes
    }
    if (c == 0xE2 && next(1) == 0x81 && next(2) == 0x84) { a.add('/', i); i += 2; continue; }  // fraction slash
    if (c == 0xC2 && next(1) == 0xA0) { a.add(' ', i); ++i; continue; }
    if (c == 0xC2 && (next(1) == 0xBD || next(1) == 0xBC || next(1) == 0xBE)) {
      const char* frac = next(1) == 0xBD ? "5" : next(1) == 0xBC ? "25" : "75";
      if (a.s.empty() || !is_digit(a.s.back())) a.add('0', i);
      a.add('.', i);
      for (const char* f = frac; *f; ++f) a.add(*f, i);
      ++i;
      continue;
    }
    a.add(static_cast<char>(std::tolower(c)), i);
  }
  Normalised out;
  const std::string& s = a.s;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == '\'' || c == ' ') && !out.s.empty() && is_digit(out.s.back())) {
      // A separator between a group of digits and exactly three more: thousands.
      std::size_t k = i + 1, n = 0;
      while (k < s.size() && is_digit(s[k])) ++k, ++n;
      std::size_t before = 0;
      for (std::size_t b = out.s.size(); b > 0 && is_digit(out.s[b - 1]); --b) ++before;
      const bool after_mark = out.s.size() > before && (out.s[out.s.size() - before - 1] == '\'' || out.s[out.s.size() - before - 1] == ',');
      if (n == 3 && (before <= 3 || after_mark) && (k >= s.size() || s[k] != ':') && (c == '\'' || before <= 3)) continue;
    }
    if (c == '\'' && i + 1 < s.size() && s[i + 1] == 's' && !out.s.empty() && is_letter(out.s.back()) &&
        (i + 2 >= s.size() || !is_letter(s[i + 2]))) {
      ++i;  // "kilometre's"
      continue;
    }
    out.add(c, a.from[i]);
  }
  return out;
}

}  // namespace

Tokens tokenize(std::string_view text) {
  const Normalised n = normalise(text);
  const std::string& s = n.s;
  // The original offset just past normalised byte j-1 (the end of a token ending there).
  auto end_at = [&](std::size_t j) {
    if (j >= s.size()) return text.size();
    return n.from[j];
  };
  Tokens tokens;
  auto push = [&](TokenType type, std::string t, std::size_t i, std::size_t j) {
    tokens.push_back({type, std::move(t), n.from[i], end_at(j)});
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    // "Mach 2", "mach 0.85": the one unit written before its number; read as the number, then the unit.
    if ((c == 'm' || c == 'M') && s.compare(i + 1, 3, "ach") == 0 && i + 4 < s.size() && s[i + 4] == ' ' &&
        (i == 0 || !is_letter(s[i - 1]))) {
      std::size_t j = i + 5;
      while (j < s.size() && s[j] == ' ') ++j;
      std::size_t k = j;
      while (k < s.size() && (is_digit(s[k]) || (s[k] == '.' && k + 1 < s.size() && is_digit(s[k + 1])))) ++k;
      if (k > j && (k >= s.size() || !is_letter(s[k]))) {
        // Both tokens span the whole "Mach 2": a figure's offsets stay in text order.
        push(TokenType::number, s.substr(j, k - j), i, k);
        push(TokenType::word, "mach", i, k);
        i = k;
        continue;
      }
    }
    // ".5 miles": a number written without its leading zero.
    if (c == '.' && i + 1 < s.size() && is_digit(s[i + 1]) && (i == 0 || !is_letter(s[i - 1]))) {
      std::size_t j = i + 1;
      while (j < s.size() && is_digit(s[j])) ++j;
      push(TokenType::number, "0" + s.substr(i, j - i), i, j);
      i = j;
      continue;
    }
    if (const ComparisonSign* sign = comparison_sign(s, i)) {
      // "< 2 hrs", ">100 km", "≈ 120 km": the signs headlines and fact boxes write for under, over and about.
      const std::size_t bytes = sign->written.size();
      for (const std::string& w : text::words(sign->word)) push(TokenType::word, w, i, i + bytes);
      i += bytes;
      continue;
    }
    if (is_digit(c)) {
      std::size_t j = i;
      while (j < s.size() && (is_digit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && is_digit(s[j + 1])))) ++j;
      push(TokenType::number, s.substr(i, j - i), i, j);
      if (j + 1 < s.size() && s[j] == 'e' && (is_digit(s[j + 1]) || s[j + 1] == '-' || s[j + 1] == '+')) {
        push(TokenType::other, "e", j, j + 1);  // "1e400": exponent notation is no figure
        ++j;
      }
      i = j;
    } else if (is_letter(c)) {
      std::size_t j = i;
      while (j < s.size() && (is_letter(s[j]) || s[j] == '\'' ||
                              ((s[j] == '/' || s[j] == '.') && j + 1 < s.size() && is_letter(s[j + 1]))))
        ++j;
      std::string word = s.substr(i, j - i);
      while (!word.empty() && word.back() == '\'') word.pop_back(), --j;  // a closing quote, not part of the word
      if (word == "approx") word = "approx.";
      push(TokenType::word, std::move(word), i, j);
      tokens.back().capital = std::isupper(static_cast<unsigned char>(text[n.from[i]])) != 0;
      i = j;
      if (i < s.size() && s[i] == '.') ++i, tokens.back().dotted = true;  // "approx.", "hrs.": the dot is no part of the figure's words
    } else if (c == '~' && (tokens.empty() || tokens.back().type != TokenType::number)) {
      push(TokenType::word, "about", i, i + 1), ++i;  // "~500 km": approximately (between numbers, a range)
    } else if (c == '-' || c == '~') {
      push(TokenType::dash, "-", i, i + 1), ++i;
    } else if (c == ',' || c == ';') {
      push(TokenType::comma, ",", i, i + 1), ++i;
    } else if (c == ':') {
      push(TokenType::colon, ":", i, i + 1), ++i;
    } else if (c == '(' || c == '[') {
      push(TokenType::open, "(", i, i + 1), ++i;
    } else if (c == ')' || c == ']') {
      push(TokenType::close, ")", i, i + 1), ++i;
    } else if (c == '/') {
      push(TokenType::slash, "/", i, i + 1), ++i;
    } else if (c == '+') {
      push(TokenType::word, "plus", i, i + 1), ++i;  // "300+ km", "300km+": the hedge "plus"
    } else if (c == '.' || c == '"') {
      ++i;  // a full stop or quote after a figure
    } else {
      // One whole UTF-8 character that no figure has.
      std::size_t j = i + 1;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
      push(TokenType::other, s.substr(i, j - i), i, j);
      i = j;
    }
  }
  // "the 10k charity run", "a 15K road race": a "k" glued to a number before a race's noun (within
  // kRaceNounWords words) is the kilometres of running copy, not a thousand.
  constexpr std::size_t kRaceNounWords = 2;
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k].text != "k" || tokens[k - 1].type != TokenType::number || tokens[k - 1].end != tokens[k].start) continue;
    for (std::size_t w = k + 1; w < tokens.size() && w <= k + kRaceNounWords && tokens[w].type == TokenType::word; ++w)
      if (is_race_noun(tokens[w].text)) {
        tokens[k].text = "km";
        break;
      }
  }
  return tokens;
}

}  // namespace routecheck::quantities
