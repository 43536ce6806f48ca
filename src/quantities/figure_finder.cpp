// Running text -> figures (see figure_finder.hpp).
#include "quantities/figure_finder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <string>

#include "core/text.hpp"
#include "quantities/grammar.hpp"
#include "quantities/tokens.hpp"

namespace routecheck::quantities {

namespace {

// The most words after a figure's last unit that can still be its own ("and a half", "or so").
constexpr std::size_t kMaxTrailingTokens = 3;

bool is_currency(const Token& t) {
  static constexpr std::array<std::string_view, 8> kCurrencySigns{"$", "\u00a3", "\u20ac", "\u00a5", "\u20b9", "\u20a9", "\u20bd", "\u20a6"};
  for (std::string_view sign : kCurrencySigns)
    if (t.text == sign) return true;
  return false;
}

bool is_alnum(const Token& t) { return t.type == TokenType::number || t.type == TokenType::word; }

// The tokens of a text, made as they are read and dropped once read past: a text of one long sentence (5 MB
// of words without a full stop) tokenized whole held some 35 bytes a byte of it. The text is tokenized in
// pieces of about kPieceBytes, each ending before a space that follows an ASCII letter: no rule of the
// tokenizer looks across such a space (a thousands separator follows a digit, a word runs over letters), so
// the tokens are those of the whole text, byte for byte and offset for offset.
class TokenStream {
 public:
  explicit TokenStream(std::string_view text) : text_(text) {}

  // Whether token i exists (tokenizing as far as it needs).
  bool has(std::size_t i) {
    while (i >= first_ + tokens_.size() && next_ < text_.size()) read_piece();
    return i < first_ + tokens_.size();
  }
  const Token& operator[](std::size_t i) {
    has(i);
    return tokens_[i - first_];
  }
  // Tokens before i are read no more.
  void drop_before(std::size_t i) {
    while (first_ < i && !tokens_.empty()) tokens_.pop_front(), ++first_;
  }

 private:
  static constexpr std::size_t kPieceBytes = 1 << 16;

  void read_piece() {
    std::size_t end = text_.size();
    for (std::size_t p = next_ + kPieceBytes; p < text_.size(); ++p)
      if (text_[p] == ' ' && std::isalpha(static_cast<unsigned char>(text_[p - 1])) && static_cast<unsigned char>(text_[p - 1]) < 0x80) {
        end = p;
        break;
      }
    for (Token& t : tokenize(text_.substr(next_, end - next_))) {
      t.start += next_, t.end += next_;
      tokens_.push_back(std::move(t));
    }
    next_ = end;
  }

  std::string_view text_;
  std::size_t next_ = 0;   // where the next piece starts
  std::size_t first_ = 0;  // the index of tokens_.front()
  std::deque<Token> tokens_;
};

// Whether a figure may begin at token s: a word a figure starts with, or a number that is not part of a
// code ("scp-173", "A320"), a clock time ("19:07 - 592 km" is no range from 7), a fraction's second half
// ("1/4") or an amount of money ("$5.4m", "\u00a3 4m").
bool starts_figure(TokenStream& tokens, std::size_t s) {
  const Token& t = tokens[s];
  if (t.type != TokenType::number && !(t.type == TokenType::word && may_start_figure(t.text))) return false;
  if (s == 0) return true;
  const Token& before = tokens[s - 1];
  if (is_currency(before)) return false;
  if (t.type != TokenType::number || !adjacent(before, t)) return true;
  if (is_alnum(before) || before.type == TokenType::colon || before.type == TokenType::other) return false;
  // "-5 km" is negative, "scp-173m" a code, "1/4" a fraction's denominator: none starts a figure.
  return before.type != TokenType::dash && before.type != TokenType::slash;
}

// Whether the units written in tokens first..last belong to one figure read as `longer` from `shorter`:
// a distance becomes a speed ("km per hour"), a figure takes smaller parts ("3 hours, 20 minutes", "5 ft
// 2 in"), but "2 hours, 100 km" is two figures.
bool same_figure(TokenStream& tokens, std::size_t first, std::size_t last, const Quantity& shorter, const Quantity& longer) {
  if (shorter.dimension != longer.dimension && !(shorter.dimension == Dimension::distance && longer.dimension == Dimension::speed))
    return false;
  for (std::size_t k = first; k <= last; ++k) {
    if (tokens[k].type != TokenType::word) continue;
    const std::optional<Unit> unit = find_unit(tokens[k].text, UnitUse::compound);
    if (!unit) continue;
    // "7h 25m": after hours the grammar read the "m" as minutes (alone it is metres).
    if (longer.dimension == Dimension::duration && shorter.unit.symbol == "h" && tokens[k].text == "m") continue;
    const bool fits = unit->dimension == longer.dimension ||
                      (longer.dimension == Dimension::speed && (unit->dimension == Dimension::distance || unit->dimension == Dimension::duration));
    if (!fits) return false;
  }
  return true;
}

// Whether an amount can end right before unit word u ("40 km", "two business days", "a couple of days",
// "all-day", "40-plus hours"): most unit words of prose ("in", "second", "days") have none, and are
// passed without trying the grammar.
bool amount_before(TokenStream& tokens, std::size_t u, std::size_t max_tokens) {
  for (std::size_t k = u, counted = 0; k > 0 && counted < max_tokens && u - k < 2 * max_tokens; --k) {
    const Token& t = tokens[k - 1];
    if (t.type == TokenType::number) return true;
    if (t.type == TokenType::dash) continue;
    ++counted;
    if (t.type != TokenType::word) return false;
    if (may_precede_unit(t.text)) return true;
    if (!may_stand_before_unit(t.text) && !is_unit_part_word(t.text)) return false;
  }
  return false;
}

std::optional<Quantity> read_window(std::string_view text, TokenStream& tokens, std::size_t first, std::size_t last) {
  Tokens window;
  for (std::size_t k = first; k <= last; ++k) window.push_back(tokens[k]);
  const std::string_view words = text.substr(tokens[first].start, tokens[last].end - tokens[first].start);
  return read_tokens(words, std::move(window), {std::nullopt, Span::figure, false}).quantity;
}

// Whether the figure read from tokens s..last is a decade, a count, a time of day or a name rather than
// a length or a time taken: "the 1990s", "in her 30s" (seconds before); "3m residents" (metres); "at
// 0930 hours" (930 hours); "Three Mile Island", "the Six-Day War" (a capitalised unit, singular after a number above one, then a capitalised word: a name).
bool names_no_figure(std::string_view text, TokenStream& tokens, std::size_t s, std::size_t last, const Quantity& q) {
  const Token& unit = tokens[last];
  const bool glued = last > s && tokens[last - 1].type == TokenType::number && adjacent(tokens[last - 1], unit);
  const double number = glued ? std::atof(tokens[last - 1].text.c_str()) : 0;
  const bool tens = number >= 10 && std::fmod(number, 10) == 0;
  if (glued && unit.text == "s" && tens) {
    constexpr double kFirstYear = 1000, kLastYear = 2999;
    if (number >= kFirstYear && number <= kLastYear) return true;
    std::size_t before = last - 1;
    if (before > 0 && tokens[before - 1].type == TokenType::dash) --before;  // "the mid-90s"
    if (before > 0 && tokens[before - 1].type == TokenType::word && names_a_decade_after(tokens[before - 1].text)) return true;
  }
  // "two 787s", "the 747s", "a fleet of 320s", "the 100s of miles": a model number made plural, or
  // hundreds, never seconds: copy glues seconds to numbers of one or two digits ("a 10s sprint").
  constexpr std::size_t kModelNumberDigits = 3;
  if (glued && unit.text == "s" && tokens[last - 1].text.size() >= kModelNumberDigits &&
      std::all_of(tokens[last - 1].text.begin(), tokens[last - 1].text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return true;
  // "at 0930 hours", "0600 hrs": a time of day in the 24-hour style, four digits that read as one.
  if (last > s && tokens[last - 1].type == TokenType::number && q.unit.symbol == "h" && (unit.text == "hours" || unit.text == "hrs")) {
    const std::string& digits = tokens[last - 1].text;
    constexpr int kHoursInDay = 24, kMinutesInHour = 60;
    const bool four_digits = digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (four_digits && std::stoi(digits.substr(0, 2)) < kHoursInDay && std::stoi(digits.substr(2)) < kMinutesInHour) {
      const std::size_t n = last - 1;
      // "after 1400 hours of flying" is a time taken: "of" after the hours.
      const bool of_after = tokens.has(last + 1) && tokens[last + 1].type == TokenType::word && tokens[last + 1].text == "of";
      if (!of_after &&
          (digits[0] == '0' || (n > 0 && tokens[n - 1].type == TokenType::word && names_a_clock_time_after(tokens[n - 1].text))))
        return true;
    }
  }
  // "the A-League", "an A-League club": a capital A dashed to a capitalised unit word is a name (trial O: a
  // league of about 4.8 km became the flight's distance).
  if (last == s + 2 && tokens[s].type == TokenType::word && tokens[s].text == "a" && tokens[s].capital &&
      tokens[s + 1].type == TokenType::dash && adjacent(tokens[s], tokens[s + 1]) && adjacent(tokens[s + 1], unit) && unit.capital)
    return true;
  // "at 19h40", "by 7h15": a time of day as French and Belgian copy writes it, after a word that names one
  // (trial R: read as 19 h 40 min of travel, and the story's clock times were lost). "in 3h20" stays a time taken.
  if (last >= s + 2 && s >= 1 && unit.type == TokenType::number && unit.text.size() == 2 && tokens[last - 1].type == TokenType::word &&
      tokens[last - 1].text == "h" && tokens[last - 2].type == TokenType::number && adjacent(tokens[last - 2], tokens[last - 1]) &&
      adjacent(tokens[last - 1], unit) && tokens[last - 3].type == TokenType::word && names_a_clock_time_after(tokens[last - 3].text)) {
    constexpr double kHoursInDay = 24, kMinutesInHour = 60;
    if (std::atof(tokens[last - 2].text.c_str()) < kHoursInDay && std::atof(unit.text.c_str()) < kMinutesInHour) return true;
  }
  if (glued && unit.text == "m" && tokens.has(last + 1) && tokens[last + 1].type == TokenType::word && is_counted_noun(tokens[last + 1].text))
    return true;
  // "50 miles per gallon", "40 miles to the gallon", "8 litres per 100 km": a consumption, no trip.
  const auto word_at = [&](std::size_t k, std::string_view w) { return tokens.has(k) && tokens[k].type == TokenType::word && tokens[k].text == w; };
  if (q.dimension == Dimension::distance) {
    std::size_t k = last + 1;
    const bool per_or_a = word_at(k, "per") || word_at(k, "a");  // "per charge", "a tank"; not "to the charge point"
    if (per_or_a || word_at(k, "to")) ++k;
    if (word_at(k, "the")) ++k;
    if (k > last + 1 && tokens.has(k) && tokens[k].type == TokenType::word && is_consumption_unit(tokens[k].text, per_or_a)) return true;
    if (s >= 2 && word_at(s - 1, "per") && tokens[s - 2].type == TokenType::word && is_consumption_unit(tokens[s - 2].text, true)) return true;
  }
  // "45p a mile", "50k a year", "25 cents a mile", "$2 per km": a unit alone after an amount of something
  // else (glued to its number, or money: a currency word of figures.tsv or sign) is that amount's rate.
  if (const std::string& lead = tokens[s].text; (lead == "a" || lead == "per" || lead == "each" || lead == "every") && s >= 2) {
    const Token &before = tokens[s - 1], &amount = tokens[s - 2];
    if (before.type == TokenType::word && amount.type == TokenType::number &&
        ((adjacent(amount, before) && !is_unit_word(before.text)) || is_currency_word(before.text)))
      return true;
    if (before.type == TokenType::number && (is_currency(amount) || (amount.type == TokenType::word && is_currency_word(amount.text)))) return true;
  }
  const auto capitalised = [&](const Token& t) { return t.start < text.size() && text[t.start] >= 'A' && text[t.start] <= 'Z'; };
  // A headline in title case capitalises every word ("Train Makes 20-Hour Journey"): the word before a
  // name is not capitalised ("near Seven Mile Beach", "the Six-Day War"), or there is none. A headline
  // that opens with its figure ("Forty-Mile Walk To Whitby") gives itself away by the small words it
  // capitalises (figures.tsv headline_word) a few words on; a name does not ("Seven Mile Beach is busy").
  constexpr std::size_t kHeadlineWordsAhead = 5;
  // A sentence's first word is capitalised anyway: "A 60 Minutes crew", "The 24 Hours of Le Mans".
  const bool article_opening = s > 0 && (s == 1 || tokens[s - 2].type != TokenType::word) &&
                               (tokens[s - 1].text == "a" || tokens[s - 1].text == "an" || tokens[s - 1].text == "the");
  bool headline = s > 0 && tokens[s - 1].type == TokenType::word && capitalised(tokens[s - 1]) && !article_opening;
  if (s == 0 || tokens[s - 1].type != TokenType::word)
    for (std::size_t k = last + 1; !headline && k <= last + kHeadlineWordsAhead && tokens.has(k) && tokens[k].type == TokenType::word; ++k)
      headline = capitalised(tokens[k]) && is_headline_word(tokens[k].text);
  if (unit.type != TokenType::word || !capitalised(unit) || q.value <= 1 || headline || !(tokens[s].type == TokenType::number || capitalised(tokens[s])))
    return false;
  // A plural unit in title case in running text is a title's ("a 60 Minutes crew", "the 24 Hours of Le
  // Mans", "Around the World in 80 Days", "the Hundred Years' War"); in capitals it is only shouting.
  const std::string_view written = text.substr(unit.start, unit.end - unit.start);
  constexpr std::size_t kLeastTitleWordBytes = 3;
  const bool title_case = written.size() >= kLeastTitleWordBytes &&
                          std::any_of(written.begin() + 1, written.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  // Only after an article ("a 60 Minutes crew", "the 24 Hours of Le Mans") or with a number in words
  // ("the Hundred Years' War"): "covers 570 Miles in 12 Hours" is a writer's capitals.
  const bool after_article = s > 0 && (tokens[s - 1].text == "a" || tokens[s - 1].text == "an" || tokens[s - 1].text == "the");
  if (title_case && unit.text.back() == 's' && (after_article || tokens[s].type == TokenType::word)) return true;
  return unit.text.back() != 's' && tokens.has(last + 1) && tokens[last + 1].type == TokenType::word && capitalised(tokens[last + 1]) &&
         !is_unit_word(tokens[last + 1].text);
}

bool is_duration_unit(const std::string& word) {
  const std::optional<Unit> unit = find_unit(word);
  return unit && unit->dimension == Dimension::duration;
}

// "the drive took 1:45", "her time was 2:05:11", "won in 2:58:30": a time taken written with colons and no
// unit, the number at u its hours. Only after a cue of figures.tsv elapsed_before (or "in" before hours,
// minutes and seconds): "at 1:45" is a time of day. Returns the figure and its last token.
std::optional<std::pair<Quantity, std::size_t>> elapsed_clock_at(std::string_view text, TokenStream& tokens, std::size_t u) {
  const auto two_digits = [&](std::size_t k) { return tokens.has(k) && tokens[k].type == TokenType::number && tokens[k].text.size() == 2; };
  const auto colon_between = [&](std::size_t k) {
    return tokens.has(k + 1) && tokens[k + 1].type == TokenType::colon && adjacent(tokens[k], tokens[k + 1]) && two_digits(k + 2) &&
           adjacent(tokens[k + 1], tokens[k + 2]);
  };
  if (tokens[u].type != TokenType::number || !colon_between(u)) return std::nullopt;
  if (u > 0 && (tokens[u - 1].type == TokenType::colon || tokens[u - 1].type == TokenType::number)) return std::nullopt;
  std::size_t last = u + 2;
  const bool seconds = colon_between(last);
  if (seconds) last += 2;
  if (colon_between(last)) return std::nullopt;  // four parts: no time taken
  // "5:30 hours" is the unit path's; "1:45 pm" a time of day.
  if (tokens.has(last + 1) && tokens[last + 1].type == TokenType::word &&
      (is_duration_unit(tokens[last + 1].text) || tokens[last + 1].text == "am" || tokens[last + 1].text == "pm" ||
       tokens[last + 1].text == "a" || tokens[last + 1].text == "p"))
    return std::nullopt;
  constexpr std::size_t kCueWords = 3;
  std::vector<std::string> before;
  for (std::size_t k = u; k > 0 && before.size() < kCueWords && tokens[k - 1].type == TokenType::word; --k)
    before.insert(before.begin(), tokens[k - 1].text);
  if (!ends_with_elapsed_cue(before) && !(seconds && !before.empty() && before.back() == "in")) return std::nullopt;
  std::optional<Quantity> q = read_window(text, tokens, u, last);
  if (!q || q->dimension != Dimension::duration) return std::nullopt;
  q->start = tokens[u].start, q->end = tokens[last].end;
  q->text = std::string(text.substr(q->start, q->end - q->start));
  return std::make_pair(std::move(*q), last);
}

}  // namespace

std::vector<Quantity> find_figures(std::string_view text, std::size_t max_tokens) {
  TokenStream tokens(text);
  std::vector<Quantity> figures;
  std::size_t covered_until = 0;
  for (std::size_t u = 0; tokens.has(u); ++u) {
    // Nothing below u - 2 max_tokens - 2 is read again (amount_before, starts_figure, the window's start,
    // and names_no_figure's two words before a window: "45p a mile").
    tokens.drop_before(u > 2 * max_tokens + 2 ? u - 2 * max_tokens - 2 : 0);  // a window and its dashes
    if (u >= covered_until)
      if (auto elapsed = elapsed_clock_at(text, tokens, u)) {
        figures.push_back(std::move(elapsed->first));
        covered_until = elapsed->second + 1;
        continue;
      }
    if (u < covered_until || tokens[u].type != TokenType::word || !is_unit_word(tokens[u].text)) continue;
    // "Length in kilometres: 450": a fact box's unit before its number.
    if (u > 0 && tokens.has(u + 2) && tokens[u - 1].type == TokenType::word && tokens[u - 1].text == "in" &&
        tokens[u + 1].type == TokenType::colon && tokens[u + 2].type == TokenType::number)
      if (std::optional<Quantity> q = read_window(text, tokens, u - 1, u + 2)) {
        q->start = tokens[u - 1].start, q->end = tokens[u + 2].end;
        q->text = std::string(text.substr(q->start, q->end - q->start));
        figures.push_back(std::move(*q));
        covered_until = u + 3;
        continue;
      }
    if (!amount_before(tokens, u, max_tokens)) continue;
    // The window holds max_tokens words and numbers; the dashes between them are free ("a
    // three-and-a-half-hour drive" is five words, nine tokens: only "half-hour" was read, half an hour).
    std::size_t from = u;
    for (std::size_t counted = 1; from > 0 && u - from < 2 * max_tokens && counted < max_tokens; --from)
      if (tokens[from - 1].type != TokenType::dash) ++counted;
    for (std::size_t s = std::max(from, covered_until); s <= u; ++s) {
      if (!starts_figure(tokens, s)) continue;
      std::optional<Quantity> q = read_window(text, tokens, s, u);
      if (!q) continue;  // not a figure from this start; try a later one
      // The figure goes on while a longer span still reads as one figure: "150 km per hour", "300 km
      // (186 miles) per hour", "four days, 10 hours and 55 minutes", "70 minutes to 2.5 hours".
      std::size_t last = u;
      // A later unit may need its own trailing words to read: "75 minutes, an hour and a quarter".
      for (std::size_t e = u + 1; e <= last + max_tokens && tokens.has(e); ++e) {
        if (tokens[e].type != TokenType::word || !is_unit_word(tokens[e].text)) continue;
        for (std::size_t end = e, words = 0; tokens.has(end) && words <= kMaxTrailingTokens; ++end) {
          if (tokens[end].type == TokenType::dash) continue;
          if (end > e) ++words;
          if (tokens[end].type != TokenType::word) break;
          std::optional<Quantity> longer = read_window(text, tokens, s, end);
          if (!longer || !same_figure(tokens, u + 1, end, *q, *longer)) continue;
          q = std::move(longer);
          last = end;
          break;
        }
      }
      // Words after the last unit that still belong to the figure: "an hour and a half", "40 days or
      // more", "a week or so", "60 km daily".
      // The dashes between them are free, as in the window: "a week-and-a-half tour".
      const std::size_t unit_end = last;
      for (std::size_t e = unit_end + 1, words = 0; tokens.has(e) && (tokens[e].type == TokenType::dash || words < kMaxTrailingTokens); ++e) {
        if (tokens[e].type == TokenType::dash) continue;
        ++words;
        if (tokens[e].type != TokenType::word) continue;
        // "8 months and more than 5,000 km": "more than" opens the next figure.
        if (tokens.has(e + 1) && tokens[e + 1].type == TokenType::word && tokens[e + 1].text == "than") break;
        std::optional<Quantity> longer = read_window(text, tokens, s, e);
        if (longer && same_figure(tokens, last + 1, e, *q, *longer)) q = std::move(longer), last = e;
      }
      // "3h20": a smaller unit left unwritten after the last one.
      if (tokens.has(last + 1) && tokens[last + 1].type == TokenType::number && adjacent(tokens[last], tokens[last + 1]))
        if (std::optional<Quantity> longer = read_window(text, tokens, s, last + 1); longer && longer->dimension == q->dimension)
          q = std::move(longer), ++last;
      // "60-km (37-mile)": the bracket a conversion opened is the figure's too.
      if (!q->restated.empty() && q->restated.front().restated_how == "in brackets" && tokens.has(last + 1) &&
          tokens[last + 1].type == TokenType::close)
        ++last;
      // "24703 m212", "173mx": letters or digits glued after the unit make a code, not a figure.
      const bool code = tokens.has(last + 1) && is_alnum(tokens[last + 1]) && adjacent(tokens[last], tokens[last + 1]);
      // "a 70-year-old", "two years ago": an age or a point in time.
      std::size_t next = last + 1;
      if (tokens.has(next) && tokens[next].type == TokenType::dash) ++next;
      const bool no_figure = tokens.has(next) && tokens[next].type == TokenType::word && makes_no_figure(tokens[next].text);
      if (code || no_figure || beyond_limit(*q) || names_no_figure(text, tokens, s, last, *q)) break;
      q->start = tokens[s].start;
      q->end = tokens[last].end;
      q->text = std::string(text.substr(q->start, q->end - q->start));
      figures.push_back(std::move(*q));
      covered_until = last + 1;
      break;
    }
  }
  return figures;
}

std::string passed_over(std::string_view text, const Quantity& q) {
  if (q.end <= q.start || q.end > text.size()) return "";
  const std::string_view before = text::trim(text.substr(0, q.start)), after = text::trim(text.substr(q.end));
  if (before.empty()) return std::string(after);
  if (after.empty()) return std::string(before);
  return std::string(before) + " \u2026 " + std::string(after);
}

ParseResult read_figure_field(std::string_view text, Dimension expected) {
  ParseResult whole = try_parse_quantity(text, expected, Span::field);
  if (whole.quantity) return whole;
  std::vector<Quantity> found = find_figures(text);
  std::vector<Quantity> of_kind, others;
  for (Quantity& q : found) {
    if (q.reading == Reading::time_of_day) continue;
    (q.dimension == expected ? of_kind : others).push_back(std::move(q));
  }
  const std::string phrase = "'" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "'";
  // The whole field is one figure of another kind ("37 mph" as a distance): the grammar's own words.
  if (of_kind.empty() && others.size() == 1 && passed_over(text, others.front()).empty()) return whole;
  // A number or a colon touching the figure ("3 h 3:", "12 683 miles") is a figure the grammar could not
  // read, not words to pass over; a label's colon is none ("Distance: 380 km", "Journey time: 3 hours").
  auto touches_number = [&](const Quantity& q) {
    const std::string_view before = text::trim(text.substr(0, q.start)), after = text::trim(text.substr(q.end));
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    const bool label = before.size() >= 2 && before.back() == ':' && std::isalpha(static_cast<unsigned char>(before[before.size() - 2]));
    // "2h40-2h20": a dash between the figure and another number joins them (a range the grammar refused).
    const bool dash_then_digit = after.size() >= 2 && after.front() == '-' && digit(after[1]);
    return (!before.empty() && !label && (digit(before.back()) || before.back() == ':')) ||
           (!after.empty() && (digit(after.front()) || after.front() == ':' || dash_then_digit));
  };
  if (of_kind.size() == 1 && touches_number(of_kind.front())) return whole;
  if (of_kind.size() == 1) {
    Quantity q = std::move(of_kind.front());
    q.passed_over = passed_over(text, q);
    q.average_stated = q.dimension == Dimension::speed && (states_average(q.passed_over) || states_average(q.hedge));
    q.text = std::string(text);
    return {std::move(q), ""};
  }
  ParseResult out;
  if (of_kind.size() > 1) {
    out.error = fmt::format("{}: {} {}s ('{}', '{}'): which is the trip's?", phrase, of_kind.size() == 2 ? "two" : "several",
                            to_string(expected), text::utf8_excerpt(of_kind[0].text, text::kQuotedInputBytes),
                            text::utf8_excerpt(of_kind[1].text, text::kQuotedInputBytes));
  } else if (!others.empty()) {
    out.error = fmt::format("{}: no {} in it (it holds a {}, '{}')", phrase, to_string(expected), to_string(others.front().dimension),
                            text::utf8_excerpt(others.front().text, text::kQuotedInputBytes));
  } else {
    out.error = whole.error;
  }
  return out;
}

}  // namespace routecheck::quantities
