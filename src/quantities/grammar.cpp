// The phrase grammar of one figure (see grammar.hpp). Word lists are geodata's: hedges.tsv (hedges before
// and after a figure), figures.tsv (lead, restatement, rate, whole-unit and qualifier words, number words,
// am/pm, limits) and units.tsv (the units).
#include "quantities/grammar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "quantities/numbers.hpp"

namespace routecheck::quantities {

extern const char* const kHedgesTsv;   // generated from geodata/hedges.tsv
extern const char* const kFiguresTsv;  // generated from geodata/figures.tsv

namespace {

// The smallest number word that scales the number before it ("hundred", "thousand", "lakh", "million").
constexpr double kLeastScaleWord = 100;
// The smallest scale word that closes a group of number words ("thousand", "lakh", "million").
constexpr double kLeastLargeScaleWord = 1000;

// A word of the user's figure inside a message: whole UTF-8 characters, bytes that are not UTF-8 as \xNN.
std::string quoted(std::string_view word) { return text::utf8_excerpt(word, text::kQuotedInputBytes); }

enum class HedgeKind { around, below, above, at_least, at_most };

struct Hedge {
  std::vector<std::string> words;
  HedgeKind kind;
  double width;
  bool after = false;  // written after the figure ("or more")
  // Read only as written, in lower case and with its dot ("c.", "ca.": circa; "CA 200 miles" is California).
  std::string as_written;
};

const std::vector<Hedge>& hedges() {
  static const std::vector<Hedge> table = [] {
    std::vector<Hedge> out;
    const std::map<std::string_view, HedgeKind> kinds{{"around", HedgeKind::around}, {"below", HedgeKind::below},
                                                      {"above", HedgeKind::above}, {"at_least", HedgeKind::at_least},
                                                      {"at_most", HedgeKind::at_most}};
    const std::string origin = "geodata/hedges.tsv";
    std::vector<std::vector<std::string>> negations;
    for (const text::TableRow& row : text::table_rows(kHedgesTsv, origin, 3, "phrase<TAB>kind<TAB>width[<TAB>where]")) {
      const auto& f = row.fields;
      if (f[1] == "negates") {
        negations.push_back(text::words(f[0]));
        continue;
      }
      const auto width = text::parse_double(f[2]);
      const bool after = f.size() > 3 && f[3] == "after";
      const bool as_written = f.size() > 3 && f[3] == "before_as_written";
      if (!width || !kinds.count(f[1]) || (f.size() > 3 && !after && !as_written && f[3] != "before"))
        throw InputError(row.where(origin) + ": expected a hedge kind (or negates), a width and where (before, after or before_as_written)");
      std::vector<std::string> words = text::words(f[0]);
      // The reader drops a word's dot ("ca." is the word "ca"); the written form keeps it for the match.
      if (as_written)
        for (std::string& w : words)
          if (w.size() > 1 && w.back() == '.') w.pop_back();
      out.push_back(Hedge{std::move(words), kinds.at(f[1]), *width, after, as_written ? std::string(f[0]) : std::string()});
    }
    // "no less than 10 hours", "not over 5 km": a negation before a bound turns it round (at least 10 h, at
    // most 5 km), unless the table reads the whole phrase itself ("no more than"). A central hedge negated
    // ("not about") is no figure's.
    // Only a comparison turns round ("more", "over", "fewer", "longer"...): "not nearly 10 km", "not up
    // to", "not as much as" still mean less.
    static const std::set<std::string, std::less<>> comparative{"more", "less", "over", "under", "fewer", "longer",
                                                               "shorter", "further", "farther", "above", "below", "excess",
                                                               "exceeding", "beyond"};
    const std::size_t written = out.size();
    for (std::size_t k = 0; k < written; ++k) {
      if (out[k].after || out[k].kind == HedgeKind::around) continue;
      if (std::none_of(out[k].words.begin(), out[k].words.end(), [&](const std::string& w) { return comparative.count(w) > 0; }))
        continue;
      const HedgeKind turned = out[k].kind == HedgeKind::at_least || out[k].kind == HedgeKind::above ? HedgeKind::at_most : HedgeKind::at_least;
      for (const std::vector<std::string>& negation : negations) {
        std::vector<std::string> words = negation;
        words.insert(words.end(), out[k].words.begin(), out[k].words.end());
        if (std::none_of(out.begin(), out.end(), [&](const Hedge& h) { return !h.after && h.words == words; }))
          out.push_back(Hedge{std::move(words), turned, 0, false, {}});
      }
    }
    // Longest phrase first, so "just over" wins over "over".
    std::stable_sort(out.begin(), out.end(), [](const Hedge& a, const Hedge& b) { return a.words.size() > b.words.size(); });
    return out;
  }();
  return table;
}

// Figure words of geodata/figures.tsv.
struct FigureWords {
  std::vector<std::vector<std::string>> lead, restate, rate, per_day, elapsed_before, multiplier_join;
  std::map<std::string, double, std::less<>> multiplier;  // "twice": 2; "times": 0, the number before it
  std::set<std::string, std::less<>> base_word;
  std::set<std::string, std::less<>> am_pm, whole, qualifier, not_after, average, decade_before, counted, clock_before, consumption_unit,
      consumption_unit_after_per, headline_word, currency_word;
  std::map<std::string, std::pair<double, double>, std::less<>> vague;  // "few": 2 to 5
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
      else if (f[0] == "rate") out.rate.push_back(text::words(f[1]));
      else if (f[0] == "per_day") out.per_day.push_back(text::words(f[1]));
      else if (f[0] == "elapsed_before") out.elapsed_before.push_back(text::words(f[1]));
      else if (f[0] == "multiplier_join") out.multiplier_join.push_back(text::words(f[1]));
      else if (f[0] == "base_word") out.base_word.emplace(f[1]);
      else if (f[0] == "multiplier") {
        const auto factor = f.size() > 2 ? text::parse_double(f[2]) : std::nullopt;
        if (!factor) throw InputError(row.where(origin) + ": a multiplier needs its factor (0: the number before it)");
        out.multiplier.emplace(std::string(f[1]), *factor);
      }
      else if (f[0] == "am_pm") out.am_pm.emplace(f[1]);
      else if (f[0] == "whole") out.whole.emplace(f[1]);
      else if (f[0] == "qualifier") out.qualifier.emplace(f[1]);
      else if (f[0] == "not_after") out.not_after.emplace(f[1]);
      else if (f[0] == "decade_before") out.decade_before.emplace(f[1]);
      else if (f[0] == "counted") out.counted.emplace(f[1]);
      else if (f[0] == "clock_before") out.clock_before.emplace(f[1]);
      else if (f[0] == "consumption_unit") out.consumption_unit.emplace(f[1]);
      else if (f[0] == "consumption_unit_after_per") out.consumption_unit_after_per.emplace(f[1]);
      else if (f[0] == "headline_word") out.headline_word.emplace(f[1]);
      else if (f[0] == "currency_word") out.currency_word.emplace(f[1]);
      else if (f[0] == "average") out.average.emplace(f[1]);
      else if (f[0] == "vague") {
        const auto range = f.size() > 2 ? text::split(f[2], '-') : std::vector<std::string_view>{};
        const auto lo = range.size() == 2 ? text::parse_double(range[0]) : std::nullopt;
        const auto hi = range.size() == 2 ? text::parse_double(range[1]) : std::nullopt;
        if (!lo || !hi || !(*lo < *hi)) throw InputError(row.where(origin) + ": a vague amount needs its range, as 2-5");
        out.vague.emplace(std::string(f[1]), std::make_pair(*lo, *hi));
      }
      else if (f[0] == "number" || f[0] == "race_noun") continue;  // numbers.cpp reads these
      else if (f[0] == "limit" && f.size() > 2 && text::parse_double(f[2])) {
        const double v = *text::parse_double(f[2]);
        if (f[1] == "distance") out.limit_si[Dimension::distance] = v * kMetresPerKm;
        else if (f[1] == "speed") out.limit_si[Dimension::speed] = v * kMpsPerKmh;
        else if (f[1] == "duration") out.limit_si[Dimension::duration] = v * kSecondsPerHour;
        else throw InputError(row.where(origin) + ": a limit is for distance, speed or duration");
      } else {
        throw InputError(row.where(origin) + ": expected lead, multiplier, multiplier_join, base_word, restate, rate, per_day, elapsed_before, number, vague, whole, qualifier, not_after, decade_before, counted, clock_before, consumption_unit, consumption_unit_after_per, headline_word, currency_word, average, am_pm or limit");
      }
    }
    auto longest_first = [](auto& v) {
      std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    };
    longest_first(out.lead), longest_first(out.restate), longest_first(out.rate), longest_first(out.per_day);
    longest_first(out.multiplier_join);
    return out;
  }();
  return table;
}

const std::string& all_units() {
  static const std::string all = "distances: " + unit_symbols(Dimension::distance) + "; speeds: " + unit_symbols(Dimension::speed) +
                                 "; durations: " + unit_symbols(Dimension::duration);
  return all;
}

std::string limit_text(Dimension d, double si) {
  switch (d) {
    case Dimension::distance: return format_number(si / kMetresPerKm) + " km";
    case Dimension::speed: return format_number(si / kMpsPerKmh) + " km/h";
    case Dimension::duration: return format_number(si / kSecondsPerHour) + " h";
  }
  return "";
}

// One figure's tokens -> a quantity; reports the first problem instead of throwing.
class Parser {
 public:
  Parser(std::string_view text, Tokens tokens, const GrammarOptions& options)
      : text_(text), expected_(options.expected), tokens_(std::move(tokens)), span_(options.span), enforce_limit_(options.enforce_limit) {}

  std::optional<Quantity> parse() {
    if (tokens_.empty()) return fail("empty figure");
    for (const Token& t : tokens_)
      if (t.type == TokenType::other)
        return fail(t.text == "e" ? "stopped at 'e (exponent notation is not a figure: write the number out)'"
                                  : "stopped at '" + quoted(t.text) + "'");
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
        // "(684 miles)", "(nine miles)", "(about twenty km)": digits, or a number in words (not "a").
        bracket = std::any_of(inside.begin(), inside.end(), [](const Token& t) {
          return t.type == TokenType::number ||
                 (t.type == TokenType::word && t.text != "a" && t.text != "an" && number_word(t.text) && *number_word(t.text) >= 1);
        });
        // "3 hrs (approx.)", "200 miles (est)": an aside that is a hedge written after a figure is the figure's
        // (it had been dropped as an aside, the figure read as exact).
        if (!bracket && std::any_of(hedges().begin(), hedges().end(), [&](const Hedge& h) {
              return h.after && h.words.size() == inside.size() &&
                     std::equal(h.words.begin(), h.words.end(), inside.begin(), [](const std::string& w, const Token& t) { return t.text == w; });
            }))
          tokens_.insert(tokens_.begin() + static_cast<std::ptrdiff_t>(i), inside.begin(), inside.end());
        break;
      }
    // "19.4mph/31.2kmh": the same speed after a slash (a fraction, "1/2", is a number's part, not this).
    Tokens slashed;
    for (std::size_t i = 0; i + 1 < tokens_.size(); ++i)
      if (tokens_[i].type == TokenType::slash && tokens_[i + 1].type == TokenType::number && !(i > 0 && fraction_at(i - 1))) {
        slashed.assign(tokens_.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens_.end());
        tokens_.resize(i);
        break;
      }
    tabular_form();
    auto q = figure(true);
    if (!q) return std::nullopt;
    if (bracket) {
      auto conversion = Parser(text_, inside, {q->dimension, Span::claim, enforce_limit_}).parse_quietly();
      if (!conversion || conversion->dimension != q->dimension) {
        Tokens joined = inside;
        joined.insert(joined.end(), after.begin(), after.end());
        conversion = Parser(text_, joined, {q->dimension, Span::claim, enforce_limit_}).parse_quietly();
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
      auto conversion = Parser(text_, slashed, {q->dimension, Span::claim, enforce_limit_}).parse_quietly();
      if (!conversion) return fail("after '/': " + (conversion_error_.empty() ? std::string("no figure of the same kind") : conversion_error_));
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
  bool peek_word_at(std::size_t i, std::string_view w) const { return word_at(i, w); }
  bool article_at(std::size_t i) const { return word_at(i, "a") || word_at(i, "an"); }
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
  // A number word other than the articles "a" and "an" (which count one only before a unit or a number word).
  bool is_number_word(std::size_t i) const {
    return at(TokenType::word, i) && !article_at(i) && number_word(tokens_[i].text).has_value();
  }
  bool next_is_amount(std::size_t i) const { return at(TokenType::number, i) || is_number_word(i); }

  // "1/2", "3/4": a fraction written with a slash, digits on both sides and nothing between them.
  bool fraction_at(std::size_t i) const {
    if (!at(TokenType::number, i) || !at(TokenType::slash, i + 1) || !at(TokenType::number, i + 2)) return false;
    if (!adjacent(tokens_[i], tokens_[i + 1]) || !adjacent(tokens_[i + 1], tokens_[i + 2])) return false;
    const std::string& n = tokens_[i].text;
    const std::string& d = tokens_[i + 2].text;
    if (n.find_first_not_of("0123456789") != std::string::npos || d.find_first_not_of("0123456789") != std::string::npos) return false;
    const double num = std::atof(n.c_str()), den = std::atof(d.c_str());
    return den >= 2 && den <= 16 && num >= 1 && num < den;
  }

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
      // "1:20:04" is hours, minutes and seconds: its minutes start no clock ("20:04"), and three parts are
      // a time taken, not a time of day (it was read as the span from 01:20 to 20:04, 18.7 hours).
      // Only a colon after a number: "dep: 10:30 arr: 14:00" labels its clock times with colons.
      if (i > 1 && at(TokenType::colon, i - 1) && at(TokenType::number, i - 2)) continue;
      if (at(TokenType::colon, i + 1) && at(TokenType::number, i + 2) && at(TokenType::colon, i + 3) && at(TokenType::number, i + 4)) {
        any_colon_duration = true;
        continue;
      }
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
        const auto unit_before = b > 0 && at(TokenType::word, b - 1) ? find_unit(tokens_[b - 1].text) : std::nullopt;
        if (!ampm_after_colon && unit_before && unit_before->dimension == Dimension::duration) { any_colon_duration = true; continue; }
        const auto unit_after = at(TokenType::word, i + 3) ? find_unit(tokens_[i + 3].text) : std::nullopt;
        if (!ampm_after_colon && !(t.size() == 2 && t[0] == '0') && unit_after && unit_after->dimension == Dimension::duration) {
          any_colon_duration = true;
          continue;
        }
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
    q.unit = *find_unit("h");
    if (clocks.size() == 1) {
      q.reading = Reading::time_of_day;
      q.time_of_day_h = clocks[0].minutes / 60;
      q.note = "a time of day, not a duration";
      return q;
    }
    double minutes = clocks[1].minutes - clocks[0].minutes;
    if (minutes <= 0) minutes += 24 * 60;
    q.reading = Reading::clock_span;
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
  // The tokens a unit of up to three words spans at i (0 if none): "km", "nautical miles", and with dashes
  // between its words, "a 9,000-nautical-mile voyage".
  // In a field alone, the units written only there ("5d") are units too.
  UnitUse in_span(UnitUse use) const { return use == UnitUse::any && span_ == Span::field ? UnitUse::field : use; }

  std::size_t unit_length(std::size_t i, UnitUse use = UnitUse::any) const {
    constexpr std::size_t kMostUnitWords = 3;
    use = in_span(use);
    std::size_t found = 0;
    std::string written;
    for (std::size_t k = i, words = 0; words < kMostUnitWords && at(TokenType::word, k); ++words) {
      written += (words ? " " : "") + tokens_[k].text;
      if (find_unit(written, use)) found = k + 1 - i;
      k += at(TokenType::dash, k + 1) && at(TokenType::word, k + 2) ? 2 : 1;
    }
    return found;
  }

  std::string written_at(std::size_t i, std::size_t n) const {
    std::string written;
    for (std::size_t k = 0; k < n; ++k)
      if (tokens_[i + k].type != TokenType::dash) written += (written.empty() ? "" : " ") + tokens_[i + k].text;
    return written;
  }

  // A distance unit's rate: "per hour", "a second", "/ms", "per day" (a daily rate, stops included),
  // "daily". Returns the speed and moves past it, or keeps the distance.
  Unit rate(Unit u) {
    if (u.dimension != Dimension::distance) return u;
    std::size_t p = pos_;
    const auto* joiner = match(figure_words().rate, p);
    if (joiner) p += joiner->size();
    else if (at(TokenType::slash, p) || (at(TokenType::dash, p) && word_at(p + 1, "per"))) p += at(TokenType::dash, p) ? 2 : 1;
    if (p > pos_) {
      if (at(TokenType::dash, p)) ++p;  // "per-day"
      if (const std::size_t n = unit_length(p); n) {
        const Unit t = *find_unit(written_at(p, n), in_span(UnitUse::any));
        if (t.dimension == Dimension::duration) {
          pos_ = p + n;
          per_day_ = t.si_per_unit >= kSecondsPerDay;
          return speed_unit(u, t);
        }
      }
    }
    if (const auto* daily = match(figure_words().per_day, pos_)) {
      pos_ += daily->size();
      per_day_ = true;
      return speed_unit(u, *find_unit("day"));
    }
    return u;
  }

  std::optional<Unit> unit(UnitUse use = UnitUse::any) {
    use = in_span(use);
    while (at(TokenType::word) && figure_words().qualifier.count(tokens_[pos_].text) && unit_length(pos_ + 1, use)) ++pos_;
    const std::size_t n = unit_length(pos_, use);
    if (n == 0) {
      if (pos_ >= tokens_.size()) return fail("no unit (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")"), std::nullopt;
      return fail("unknown unit '" + quoted(tokens_[pos_].text) + "' (" + (expected_ ? unit_symbols(*expected_) : all_units()) + ")"),
             std::nullopt;
    }
    Unit u = *find_unit(written_at(pos_, n), use);
    pos_ += n;
    // "30 km/day": a speed written as one word over whole days is a daily rate.
    if (const std::size_t slash = u.symbol.find('/'); u.dimension == Dimension::speed && slash != std::string::npos) {
      const std::optional<Unit> per = find_unit(u.symbol.substr(slash + 1));
      per_day_ = per && per->si_per_unit >= kSecondsPerDay;
    }
    // "275 km miles": two units of one dimension back to back, a garble. Both readings are kept; a
    // conversion in brackets decides between them (see parse), else the figure is refused.
    if (const std::size_t m = unit_length(pos_); m && !doubled_) {
      const Unit other = *find_unit(written_at(pos_, m), in_span(UnitUse::any));
      if (other.dimension == u.dimension && other.symbol != u.symbol) {
        doubled_ = other;
        pos_ += m;
      }
    }
    return rate(u);
  }

  // "of" (and "a"/"an") between an amount and its unit: "a couple of days", "a quarter of a mile".
  void skip_of() {
    std::size_t p = pos_;
    if (!word_at(p, "of")) return;
    ++p;
    if (article_at(p)) ++p;
    if (unit_length(p) || (at(TokenType::word, p) && figure_words().qualifier.count(tokens_[p].text))) pos_ = p;
  }

  std::optional<Number> amount() {
    // "a dozen", "a couple of", "a half", "a hundred": the article before a number word that takes one
    // ("a two-hour stop" is a stop of two hours: the article is the stop's).
    if (article_at(pos_) && is_number_word(pos_ + 1)) {
      const double next = *number_word(tokens_[pos_ + 1].text);
      if (next < 1 || next >= 100 || tokens_[pos_ + 1].text == "dozen" || tokens_[pos_ + 1].text == "couple") ++pos_;
    }
    if (at(TokenType::number)) {
      std::string error;
      std::optional<Number> n;
      if (fraction_at(pos_)) {
        n = Number{std::atof(tokens_[pos_].text.c_str()) / std::atof(tokens_[pos_ + 2].text.c_str()), 0, 0};
        pos_ += 3;
      } else {
        n = parse_number(tokens_[pos_].text, error);
        if (!n) return fail(error), std::nullopt;
        ++pos_;
        // "10 1/2": a whole number and a fraction.
        if (fraction_at(pos_) && n->half_resolution >= 0.5) {
          n->value += std::atof(tokens_[pos_].text.c_str()) / std::atof(tokens_[pos_ + 2].text.c_str());
          pos_ += 3;
          n->half_resolution = n->loose_half = 0;
        }
        // "3 quarters of an hour": a count of a fraction.
        std::size_t f = at(TokenType::dash) ? pos_ + 1 : pos_;
        if (is_number_word(f) && *number_word(tokens_[f].text) < 1 && tokens_[f].text != "half" && n->value < 10) {
          n->value *= *number_word(tokens_[f].text);
          n->half_resolution = n->loose_half = 0;
          pos_ = f + 1;
        }
        // "1.2 million km", "3 lakh km", "2 thousand miles": a scale word after the digits; the rounding
        // scales with it (1.2 million is 1.15 to 1.25 million).
        if (is_number_word(pos_) && *number_word(tokens_[pos_].text) >= kLeastScaleWord) {
          const double scale = *number_word(tokens_[pos_].text);
          n->value *= scale, n->half_resolution *= scale, n->loose_half *= scale;
          ++pos_;
        }
      }
      if (and_a_half(*n)) scale_by_word(*n);
      skip_of();
      return n;
    }
    // "a few hours", "several days": an amount the wording leaves wide (geodata/figures.tsv, vague).
    if (const std::size_t v = article_at(pos_) ? pos_ + 1 : pos_; at(TokenType::word, v)) {
      if (const auto it = figure_words().vague.find(tokens_[v].text); it != figure_words().vague.end()) {
        pos_ = v + 1;
        // "a few hundred km", "several thousand miles", "a few dozen km": the vague amount of a scale word.
        // "several hundred thousand miles": each scale word larger than the one before multiplies.
        double scale = 1;
        if (is_number_word(pos_) && tokens_[pos_].text == "dozen") scale = 12, ++pos_;
        while (is_number_word(pos_) && *number_word(tokens_[pos_].text) >= std::max(kLeastScaleWord, scale * 10))
          scale *= *number_word(tokens_[pos_++].text);
        // "hundreds of thousands of km", "tens of millions of miles": the vague amount of a plural scale word,
        // the scale's singular a number word ("thousands" of "thousand").
        const std::size_t plural = word_at(pos_, "of") ? pos_ + 1 : pos_;
        if (at(TokenType::word, plural) && tokens_[plural].text.size() > 1 && tokens_[plural].text.back() == 's') {
          const std::string_view word = tokens_[plural].text;
          const auto plural_scale = number_word(word.substr(0, word.size() - 1));
          if (plural_scale && *plural_scale >= kLeastLargeScaleWord) scale *= *plural_scale, pos_ = plural + 1;
        }
        skip_of();
        const double half = (it->second.second - it->second.first) / 2 * scale;
        return Number{(it->second.first + it->second.second) / 2 * scale, half, half, true};
      }
    }
    if (at(TokenType::word)) {
      // "its third day", "a third week of protests": "third" right before a unit is an ordinal, a point in
      // the trip or the story, not a third of the unit ("a third of a day" is).
      if (const std::size_t w = article_at(pos_) ? pos_ + 1 : pos_; word_at(w, "third") && unit_length(at(TokenType::dash, w + 1) ? w + 2 : w + 1))
        return fail("'third' before a unit is an ordinal ('the third day'), not a figure"), std::nullopt;
      if (auto word = number_word(tokens_[pos_].text)) {
        const bool article = article_at(pos_);
        ++pos_;
        double value = *word;
        // "twenty-four", "two thousand", "nought point eight": the words after the first
        bool more_words = !article && (value >= 1 || value == 0);
        // A fraction in words is rounded to half of itself, as "an hour and a half" is (a quarter of an hour
        // either way): "half a mile" is a quarter to three quarters of a mile.
        double half = value >= 1 ? 0.5 : value / 2;
        if (value < 1 && article_at(pos_)) {
          more_words = false;
          ++pos_;  // "half an hour", "a quarter of a mile"
          // "half a million miles": the fraction of a scale word.
          if (is_number_word(pos_) && *number_word(tokens_[pos_].text) >= kLeastScaleWord) {
            const double scale = *number_word(tokens_[pos_++].text);
            value *= scale, half *= scale;
          }
        } else if (article && (peek_word("half") || peek_word("quarter"))) {
          value = *number_word(tokens_[pos_].text), ++pos_;  // "a half", "a quarter"
          half = value / 2;
        }
        if (more_words) {
          const WordNumber words = word_number(value);
          value = words.value, half = words.half_resolution;
        }
        // "a half-million km", "a quarter of a million miles", "three quarters of a million km": the
        // fraction of a scale word.
        if (value < 1) {
          std::size_t scale_at = at(TokenType::dash) ? pos_ + 1 : pos_;
          if (word_at(scale_at, "of")) ++scale_at;
          if (article_at(scale_at)) ++scale_at;
          if (is_number_word(scale_at) && *number_word(tokens_[scale_at].text) >= kLeastLargeScaleWord) {
            const double scale = *number_word(tokens_[scale_at].text);
            value *= scale, half *= scale, pos_ = scale_at + 1;
          }
        }
        Number n{value, half, half};
        if (and_a_half(n)) scale_by_word(n);
        skip_of();
        return n;
      }
    }
    if (pos_ < tokens_.size() && tokens_[pos_].text == "nan") return fail("not a number"), std::nullopt;
    if (pos_ < tokens_.size())
      return fail("stopped at '" + quoted(tokens_[pos_].text) + "': not a figure (expected a number and a unit, such as '683 miles')"),
             std::nullopt;
    return fail("not a figure (expected a number and a unit, such as '683 miles' or 'about 20 hours')"), std::nullopt;
  }

  // After a first number word: "twenty(-)four", "twenty and four", "four(-)hundred and fifty", "two
  // thousand", "one thousand two hundred", "three lakh twenty thousand", "two dozen", "three quarters",
  // "one-half". The words are read as groups below a thousand ("two hundred and fifty"), each closed by a
  // scale word larger than the one before ("thousand", "lakh", "million"). A number that ends on such a
  // scale word is rounded to it, as its digits would be ("two thousand" is 1,500 to 2,500, as "2 thousand").
  struct WordNumber {
    double value = 0;
    double half_resolution = 0.5;
  };
  WordNumber word_number(double first) {
    auto word_value = [&](std::size_t i) -> std::optional<double> {
      if (!is_number_word(i)) return std::nullopt;
      return number_word(tokens_[i].text);
    };
    auto skip_dash = [&](std::size_t i) { return at(TokenType::dash, i) ? i + 1 : i; };
    double total = 0, group = 0, last_large_scale = 0, fraction_step = 0;
    bool ended_on_large_scale = false, last_was_scale = false;
    // One more word of the number, when it can follow what is read so far.
    auto take = [&](double w, bool dozen) {
      const double below_hundred = std::fmod(group, 100);
      if (dozen) {
        if (group >= 12 || group == 0) return false;
        group *= 12;
      } else if (w >= kLeastLargeScaleWord) {
        if (last_large_scale != 0 && w >= last_large_scale) return false;  // "thousand thousand"
        total += (group == 0 ? 1 : group) * w, group = 0, last_large_scale = w;
      } else if (w >= kLeastScaleWord) {
        if (group >= kLeastScaleWord) return false;
        group = (group == 0 ? 1 : group) * w;
      } else if (w < 1) {
        if (total != 0 || group < 1 || group >= 10) return false;
        group *= w, fraction_step = w;  // "three quarters", "one-half"
      } else if (w < 10) {
        if (!(below_hundred == 0 || (below_hundred >= 20 && std::fmod(below_hundred, 10) == 0))) return false;
        group += w;
      } else {  // ten to ninety
        if (below_hundred != 0 || (w >= 20 && std::fmod(w, 10) != 0)) return false;
        group += w;
      }
      ended_on_large_scale = w >= kLeastLargeScaleWord;
      last_was_scale = dozen || w >= kLeastScaleWord;
      return true;
    };
    take(first, false);
    for (;;) {
      std::size_t i = skip_dash(pos_);
      // "four thousand, six hundred miles": a comma after a scale word, before the rest of the number.
      if (ended_on_large_scale && at(TokenType::comma, i) && word_value(i + 1) && *word_value(i + 1) >= 1) ++i;
      // "hundred and fifty", "thousand and ten": "and" after a scale word, before the rest below a hundred.
      if (last_was_scale && word_at(i, "and") && word_value(i + 1) && *word_value(i + 1) >= 1 && *word_value(i + 1) < kLeastScaleWord)
        ++i;
      const auto w = word_value(i);
      if (!w) {
        // "twenty and four": tens, "and", a unit number.
        if (peek_word("and") && total == 0 && group >= 20 && group < 100 && std::fmod(group, 10) == 0) {
          const auto units = word_value(pos_ + 1);
          if (units && *units >= 1 && *units < 10 && unit_length(pos_ + 2)) {
            group += *units;
            pos_ += 2;
            continue;
          }
        }
        break;
      }
      if (!take(*w, tokens_[i].text == "dozen")) break;
      pos_ = i + 1;
      if (*w < 1) break;
    }
    WordNumber n;
    n.value = total + group;
    // "three point four miles", "nought point eight of a mile": digits in words after "point", each below
    // ten; the rounding is half the last one's place.
    if (total == 0 && group < kLeastScaleWord && word_at(pos_, "point") && word_value(pos_ + 1) && *word_value(pos_ + 1) < 10 &&
        fraction_step == 0) {
      double place = 1;
      for (std::size_t i = pos_ + 1; word_value(i) && *word_value(i) < 10 && *word_value(i) >= 0 &&
                                     std::floor(*word_value(i)) == *word_value(i);
           ++i) {
        place /= 10;
        group += *word_value(i) * place;
        pos_ = i + 1;
      }
      n.value = group;
      n.half_resolution = place / 2;
      return n;
    }
    // One unit of the scale ("a thousand", "one million") is a round figure of its own, not "1 thousand"
    // give or take half: a twentieth of it either way (a thousand is 950 to 1,050).
    constexpr double kOneUnitOfScaleShare = 0.05;
    if (ended_on_large_scale) n.half_resolution = n.value == last_large_scale ? last_large_scale * kOneUnitOfScaleShare : last_large_scale / 2;
    if (fraction_step > 0) n.half_resolution = fraction_step / 2;  // "three quarters": an eighth either way
    return n;
  }

  // "twice the usual two hours", "three times as far as the 40 km", "half the 90 minutes": the factor a
  // multiplier of figures.tsv puts on the figure after it (1 when there is none; pos_ past its words).
  double multiplier() {
    const std::size_t keep = pos_;
    const auto none = [&] {
      pos_ = keep;
      error_.clear();
      return 1.0;
    };
    double factor = 0;
    if (at(TokenType::word) && figure_words().multiplier.count(tokens_[pos_].text) && figure_words().multiplier.at(tokens_[pos_].text) > 0) {
      factor = figure_words().multiplier.at(tokens_[pos_].text), ++pos_;
    } else if (at(TokenType::number) || is_number_word(pos_) || (article_at(pos_) && is_number_word(pos_ + 1))) {
      // "three times", "one and a half times", "2x" (glued), and a fraction's "of": "a third of the usual
      // 90 minutes", "three quarters of the old 12 hours" ("a quarter of a mile" is no multiple: no "the").
      const std::optional<Number> n = amount();
      if (!n || !(n->value > 0) || !error_.empty()) return none();
      const bool glued_x = word_at(pos_, "x") && pos_ > 0 && tokens_[pos_ - 1].end == tokens_[pos_].start;
      if ((word_at(pos_, "times") && figure_words().multiplier.count("times")) || glued_x) factor = n->value, ++pos_;
      else if (n->value < 1 && word_at(pos_, "of")) factor = n->value, ++pos_;
      else return none();
    } else {
      return 1;
    }
    const auto* join = match(figure_words().multiplier_join, pos_);
    if (!join) return none();
    pos_ += join->size();
    if (word_at(pos_, "the")) ++pos_;
    while (at(TokenType::word) && figure_words().base_word.count(tokens_[pos_].text)) ++pos_;
    if (!next_is_amount(pos_) && !article_at(pos_)) return none();
    return factor;
  }

  // "13 and a half hours", "two and a half hours", "an hour and a half" (after the unit, see figure()).
  // "five-and-a-half-hour": hyphens between the words too; "an hour and a quarter", "two days and three
  // quarters": other fractions the same way.
  bool and_a_half(Number& n) {
    std::size_t p = pos_;
    auto skip_dash = [&] { if (at(TokenType::dash, p)) ++p; };
    skip_dash();
    if (!word_at(p, "and")) return false;
    ++p, skip_dash();
    double count = 1;
    if (word_at(p, "a") || word_at(p, "one")) ++p, skip_dash();
    else if (is_number_word(p) && *number_word(tokens_[p].text) >= 2 && *number_word(tokens_[p].text) < 10)
      count = *number_word(tokens_[p].text), ++p, skip_dash();
    if (!is_number_word(p) || *number_word(tokens_[p].text) >= 1) return false;
    const double fraction = count * *number_word(tokens_[p].text);
    if (fraction >= 1) return false;
    pos_ = p + 1;
    n.value += fraction;
    n.half_resolution = n.loose_half = *number_word(tokens_[p].text) / 2;
    return true;
  }

  // "two and a half thousand km", "one and a quarter million miles": a scale word after a number and its
  // fraction scales both, and the rounding with them (half a thousand's half: 250 either way).
  void scale_by_word(Number& n) {
    if (!is_number_word(pos_) || *number_word(tokens_[pos_].text) < kLeastLargeScaleWord) return;
    const double scale = *number_word(tokens_[pos_++].text);
    n.value *= scale, n.half_resolution *= scale, n.loose_half *= scale;
  }

  const Hedge* match_hedge(bool after) {
    for (const Hedge& h : hedges()) {
      if (h.after == after && phrase_at(pos_, h.words) &&
          (h.as_written.empty() || (!tokens_[pos_].capital && (h.as_written.back() != '.' || tokens_[pos_ + h.words.size() - 1].dotted)))) {
        pos_ += h.words.size();
        return &h;
      }
    }
    return nullptr;
  }
  // A hedge written after the figure ("or more"), after a dash or comma ("40-plus", "a week, or so").
  const Hedge* hedge_after() {
    const std::size_t keep = pos_;
    if (at(TokenType::dash) || at(TokenType::comma)) ++pos_;
    if (const Hedge* h = match_hedge(true)) return h;
    pos_ = keep;
    return nullptr;
  }

  // The tokens from pos_ to the end read as one figure of dimension d, hedges and all; on success pos_
  // moves to the end.
  std::optional<Quantity> rest_as_figure(Dimension d) {
    Tokens rest(tokens_.begin() + static_cast<std::ptrdiff_t>(pos_), tokens_.end());
    Parser again(text_, rest, {d, Span::figure, enforce_limit_});
    again.inner_ = true;
    std::optional<Quantity> out = again.figure(false);
    if (out && out->dimension == d) pos_ = tokens_.size();
    else out.reset();
    return out;
  }

  // "between 2h20 and 2h40": the tokens from `from` to the end split at an "and" into two durations, each
  // read whole, one compound at least (a plain "between 2 and 3 hours" is the range grammar's), the first
  // the shorter.
  std::optional<std::pair<Quantity, Quantity>> between_durations(std::size_t from) const {
    // A compound duration spans a few tokens ("1 hr 50 min", "2 days, 4 hours and 10 minutes"): only an
    // "and" that near the start is tried, so a long field is read in linear time.
    constexpr std::size_t kMostCompoundTokens = 12;
    for (std::size_t k = from + 1; k < tokens_.size() && k <= from + kMostCompoundTokens; ++k) {
      if (!word_at(k, "and")) continue;
      Parser head(text_, Tokens(tokens_.begin() + static_cast<std::ptrdiff_t>(from), tokens_.begin() + static_cast<std::ptrdiff_t>(k)),
                  {Dimension::duration, Span::figure, enforce_limit_});
      Parser tail(text_, Tokens(tokens_.begin() + static_cast<std::ptrdiff_t>(k + 1), tokens_.end()),
                  {Dimension::duration, Span::figure, enforce_limit_});
      head.inner_ = tail.inner_ = true;
      std::optional<Quantity> first = head.figure(false), second = tail.figure(false);
      if (!first || !second || first->is_range || second->is_range || first->dimension != Dimension::duration ||
          second->dimension != Dimension::duration || !(first->value_si() < second->value_si()))
        continue;
      const auto compound = [](const Parser& p) {
        return std::count_if(p.tokens_.begin(), p.tokens_.end(), [](const Token& t) { return t.type == TokenType::number; }) > 1;
      };
      if (!compound(head) && !compound(tail)) return std::nullopt;
      return std::make_pair(std::move(*first), std::move(*second));
    }
    return std::nullopt;
  }

  std::optional<Quantity> figure(bool allow_restatement) {
    pos_ = 0;
    const Hedge* hedge = match_hedge(false);
    if (span_ != Span::figure && !hedge) {
      // Lead words before a figure ("another 1,071 km"), unless one makes a whole unit ("another week").
      while (const auto* lead = match(figure_words().lead, pos_)) {
        if (whole_unit_at(pos_)) break;
        pos_ += lead->size();
      }
      hedge = match_hedge(false);
    }
    const double factor = multiplier();
    // "a 7-hour trip", "a 90-minute ride": the article belongs to the trip, not the figure.
    if (span_ != Span::figure && article_at(pos_) && at(TokenType::number, pos_ + 1)) ++pos_;
    Quantity q;
    q.text = std::string(text_);
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
    // "600 to 700 km", "between 18 and 20 hours", "a three-to-four-hour trip": past the joining word (and
    // the dashes around it), the second amount and the unit.
    auto second_amount_and_unit = [&](Number first, std::size_t joiner_tokens) {
      pos_ += joiner_tokens;
      const std::size_t b_start = pos_;
      auto b = amount();
      if (!b) return false;
      // "two to three thousand miles", "between 5 and 6 million km": the scale word the second amount ends
      // with is the first's too, when the first is a bare count of it (2 to 3,000 miles is no range a story
      // writes that way).
      // The scale words it ends with multiply ("six hundred thousand": 100,000).
      double scale = 1;
      for (std::size_t k = pos_; k-- > b_start && is_number_word(k) && *number_word(tokens_[k].text) >= kLeastScaleWord;)
        scale *= *number_word(tokens_[k].text);
      if (scale >= kLeastScaleWord && first.value < scale && first.value * scale <= b->value)
        first.value *= scale, first.half_resolution *= scale, first.loose_half *= scale;
      if (at(TokenType::dash) && unit_length(pos_ + 1)) ++pos_;  // "four-hour"
      auto u = unit();
      if (!u) return false;
      q.unit = *u;
      range(first, *u, *b, *u);
      return true;
    };
    const Hedge* hedge_on_number = nullptr;
    bool vague_amount = false;  // "under a few hours": the bound is the vague amount's far end, as a range's
    const Hedge* hedge_in_range = nullptr;  // "between roughly 30 and 40 km": the hedge is the range's
    std::optional<std::pair<Quantity, Quantity>> between_compounds;
    if (!inner_ && peek_word("between")) between_compounds = between_durations(pos_ + 1);
    if (between_compounds) {
      // "between 2h20 and 2h40", "between 1 hr 50 min and 2 hrs": two whole durations.
      const auto& [first, second] = *between_compounds;
      q.unit = first.unit;
      low = first.si.low / q.unit.si_per_unit, high = second.si.high / q.unit.si_per_unit;
      value = (first.value_si() + second.value_si()) / 2 / q.unit.si_per_unit;
      rounding = first.rounding_si / q.unit.si_per_unit;
      q.is_range = true;
      pos_ = tokens_.size();
    } else if (peek_word("between")) {
      ++pos_;
      hedge_in_range = match_hedge(false);
      auto a = amount();
      if (!a) return std::nullopt;
      if (!peek_word("and") && unit_length(pos_)) {
        // "between an hour and two hours": a unit at each end.
        auto ua = unit();
        if (!ua || !peek_word("and")) return fail("expected 'and' after 'between'");
        ++pos_;
        auto b = amount();
        auto ub = b ? unit() : std::nullopt;
        if (!b || !ub) return std::nullopt;
        if (ub->dimension != ua->dimension) return fail("the ends of a range are of one kind");
        and_a_half(*b);
        range(*a, *ua, *b, *ub);
        q.unit = *ub;
      } else {
        if (!peek_word("and")) return fail("expected 'and' after 'between'");
        if (!second_amount_and_unit(*a, 1)) return std::nullopt;
      }
    } else if (const std::size_t n = whole_unit_at(pos_)) {
      // "all day", "a full week", "another hour", "all-year": one of the unit.
      pos_ = n;
      auto u = unit();
      if (!u) return std::nullopt;
      q.unit = *u;
      value = 1, low = 0.5, high = 1.5, rounding = 0.5;
    } else if (unit_length(pos_) && at(TokenType::dash, pos_ + unit_length(pos_)) && word_at(pos_ + unit_length(pos_) + 1, "long")) {
      // "week-long", "hour-long": one of the unit.
      auto u = unit();
      pos_ += 2;
      q.unit = *u;
      value = 1, low = 0.5, high = 1.5, rounding = 0.5;
    } else {
      auto a = amount();
      if (!a) return std::nullopt;
      vague_amount = a->vague;
      hedge_on_number = hedge_after();  // "40-plus hours"
      // "three-to-four-hour": "to" with a dash on either side joins the two amounts too.
      std::size_t joiner = 0;
      if (at(TokenType::dash) && word_at(pos_ + 1, "to") && at(TokenType::dash, pos_ + 2)) joiner = 3;
      else if (at(TokenType::dash) || peek_word("to") || peek_word("or")) joiner = 1;
      if (!hedge_on_number && joiner && next_is_amount(pos_ + joiner)) {
        if (!second_amount_and_unit(*a, joiner)) return std::nullopt;
      } else if (!hedge_on_number && at(TokenType::colon) && at(TokenType::number, pos_ + 1)) {
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
        // "a week-long drive", "a two-day-long wait": a duration's "-long" is its own word.
        if (u->dimension == Dimension::duration && at(TokenType::dash) && peek_word_at(pos_ + 1, "long")) pos_ += 2;
        q.unit = *u;
        value = a->value;
        rounding = a->loose_half;
        double half = a->half_resolution;
        if ((peek_word("to") || at(TokenType::dash)) && (next_is_amount(pos_ + 1) || article_at(pos_ + 1))) {
          // "70 minutes to 2.5 hours", "600km-700km", "45 minutes to an hour and a half": a range written
          // with a unit at each end.
          const std::size_t keep = pos_;
          ++pos_;
          auto b = amount();
          auto ub = b ? unit() : std::nullopt;
          if (b && ub) and_a_half(*b);
          if (b && ub && ub->dimension == u->dimension) {
            range(*a, *u, *b, *ub);
            q.unit = *ub;
          } else {
            pos_ = keep;
            error_.clear();
          }
        }
        if (!q.is_range) {
          // "an hour and a half", "12 km and a half": half of the unit more.
          Number whole{value, half, rounding};
          if (and_a_half(whole)) value = whole.value, half = whole.half_resolution, rounding = whole.loose_half;
          // "an hour or two", "a day or 2": a range whose upper end comes after the unit.
          if (peek_word("or") && next_is_amount(pos_ + 1)) {
            const std::size_t keep = pos_;
            ++pos_;
            auto b = amount();
            if (b && b->value > value && (pos_ >= tokens_.size() || !unit_length(pos_))) {
              range(Number{value, half, rounding}, q.unit, *b, q.unit);
            } else {
              pos_ = keep;
              error_.clear();
            }
          }
          if (!q.is_range) {
            const std::size_t compound_from = pos_;
            compound(q, value, half, rounding);
            if (!error_.empty()) return std::nullopt;
            low = value - half, high = value + half;
            // "2 hr 20 min to 2 hr 40 min", "2h20-2h40": a range of two compound durations, the second read
            // whole from the rest (it was refused as two figures, or read as its first end alone).
            if (!inner_ && pos_ > compound_from && (peek_word("to") || at(TokenType::dash)) && next_is_amount(pos_ + 1)) {
              const std::size_t keep = pos_;
              ++pos_;
              const std::optional<Quantity> upper = rest_as_figure(q.unit.dimension);
              if (upper && !upper->is_range && !(upper->value_si() > value * q.unit.si_per_unit))
                return fail("a range must go from the smaller to the larger figure");
              if (upper && !upper->is_range) {
                high = upper->si.high / q.unit.si_per_unit, value = (value + upper->value_si() / q.unit.si_per_unit) / 2;
                q.is_range = true;
              } else {
                pos_ = keep;
                error_.clear();
              }
            }
          }
        }
      }
    }
    if (!error_.empty()) return std::nullopt;
    const Hedge* after = hedge_on_number ? hedge_on_number : hedge_after();
    // "20 km or more a day", "25 km or so each day": a hedge between a distance and its rate.
    if (after && !hedge_on_number && q.unit.dimension == Dimension::distance && !q.is_range) q.unit = rate(q.unit);
    // "82 hours, which means 3 days and 10 hours": the same figure restated.
    if (allow_restatement && pos_ < tokens_.size()) {
      std::size_t p = pos_;
      while (at(TokenType::comma, p) || at(TokenType::dash, p)) ++p;
      if (const auto* joiner = match(figure_words().restate, p)) {
        Tokens rest(tokens_.begin() + static_cast<std::ptrdiff_t>(p + joiner->size()), tokens_.end());
        Parser again(text_, rest, {q.unit.dimension, Span::claim, enforce_limit_});
        auto restated = again.figure(false);
        // "10 kph, or 10 km/h": a list of spellings in one unit, not a figure restated.
        if (restated && joiner->size() == 1 && joiner->front() == "or" && restated->unit.symbol == q.unit.symbol)
          return fail("'or' joins two figures in one unit");
        if (!restated) return fail("after '" + tokens_[p].text + "': " + (again.error_.empty() ? "no figure" : again.error_));
        if (again.pos_ < again.tokens_.size()) return fail("stopped at '" + quoted(again.tokens_[again.pos_].text) + "'");
        restated->restated_how = "restated";
        q.restated.push_back(std::move(*restated));
        pos_ = tokens_.size();
      } else if (at(TokenType::comma, pos_) && p < tokens_.size()) {
        // "200 miles, about 322 km", "75 minutes, an hour and a quarter": after a bare comma, the same figure
        // in another unit (within kCommaRestatementShare of it) is a restatement; any other figure is the
        // next one ("2 hours, 100 km" is two figures, and a wrong conversion needs its joining word).
        Tokens rest(tokens_.begin() + static_cast<std::ptrdiff_t>(p), tokens_.end());
        Parser again(text_, rest, {q.unit.dimension, Span::claim, enforce_limit_});
        auto restated = again.figure(false);
        constexpr double kCommaRestatementShare = 0.1;
        const double first_si = value * factor * q.unit.si_per_unit;
        if (restated && again.pos_ == again.tokens_.size() && restated->dimension == q.unit.dimension && !q.is_range &&
            restated->unit.symbol != q.unit.symbol &&
            std::abs(restated->value_si() - first_si) <= kCommaRestatementShare * std::max(first_si, restated->value_si())) {
          restated->restated_how = "after a comma";
          q.restated.push_back(std::move(*restated));
          pos_ = tokens_.size();
        }
      }
    }
    if (pos_ < tokens_.size()) return stopped_at();
    if (!(value > 0)) return fail("must be greater than zero");
    if (factor != 1) {
      value *= factor, low *= factor, high *= factor, rounding *= factor;
      q.note = fmt::format("'{}' read as {} {}", text::utf8_excerpt(text_, text::kQuotedInputBytes), format_number(value), q.unit.symbol);
    }
    if (low > high) return fail("a range must go from the smaller to the larger figure");
    // "50 cm/ms", "2 miles a minute", "3 versts": units no report prints, reported in one it does.
    std::optional<Unit> report_in = report_unit(q.unit);
    if (q.unit.dimension == Dimension::speed && !per_day_ && !is_table_symbol(q.unit.symbol)) report_in = find_unit("km/h");
    if (report_in) {
      const double scale = q.unit.si_per_unit / report_in->si_per_unit;
      value *= scale, low *= scale, high *= scale, rounding *= scale;
      q.note = fmt::format("'{}' read as {} {}", text::utf8_excerpt(text_, text::kQuotedInputBytes), format_number(value), report_in->symbol);
      q.unit = *report_in;
    }
    q.dimension = q.unit.dimension;
    q.value = value;
    q.per_day = per_day_;
    low = std::max(0.0, low);
    // A bound's side is the figure as written, not its rounding: "under two hours" is at most 2 h, not
    // 2.5 h, and "just over four hours" at least 4 h (a range keeps its ends: "up to 8-10 hours", and so
    // does a vague amount: "under a few hours" is up to the few's far end).
    for (const Hedge* h : {hedge, hedge_in_range, after}) {
      if (!h) continue;
      if (!h->as_written.empty()) q.hedge += (q.hedge.empty() ? "" : " ") + h->as_written;
      else
        for (const std::string& w : h->words) q.hedge += (q.hedge.empty() ? "" : " ") + w;
      const bool written_wide = q.is_range || vague_amount;
      const double written_high = written_wide ? high : std::min(high, value);
      const double written_low = written_wide ? low : std::max(low, value);
      switch (h->kind) {
        case HedgeKind::around: low *= 1 - h->width, high *= 1 + h->width; break;
        case HedgeKind::below: low *= 1 - h->width, high = written_high; break;
        case HedgeKind::above: high *= 1 + h->width, low = written_low; break;
        case HedgeKind::at_least: low = written_low, high = std::numeric_limits<double>::infinity(); break;
        case HedgeKind::at_most: low = 0, high = written_high; break;
      }
    }
    q.si = {low * q.unit.si_per_unit, high * q.unit.si_per_unit};
    q.rounding_si = rounding * q.unit.si_per_unit;
    if (!std::isfinite(q.si.low) || (q.si.bounded() && !std::isfinite(q.si.high))) return fail("not a finite figure");
    if (enforce_limit_ && beyond_limit(q)) {
      const double limit = figure_words().limit_si.at(q.dimension);
      return fail(fmt::format("{} is beyond any journey (the largest {} read is {})", format_number(q.value) + " " + q.unit.symbol,
                              to_string(q.dimension), limit_text(q.dimension, limit)));
    }
    if (expected_ && q.dimension != *expected_)
      return fail(fmt::format("a {}, not a {} ({})", to_string(q.dimension), to_string(*expected_), unit_symbols(*expected_)));
    return q;
  }

 public:
  static bool exceeds(const Quantity& q) {
    const auto limit = figure_words().limit_si.find(q.dimension);
    return limit != figure_words().limit_si.end() && q.value_si() > limit->second && !q.per_day;
  }

 private:
  // "all day", "a full week", "another hour", "all-year", "a whole business day": where the unit starts
  // (0 when there is no such phrase at i).
  std::size_t whole_unit_at(std::size_t i) const {
    if (article_at(i)) ++i;
    if (!at(TokenType::word, i) || !figure_words().whole.count(tokens_[i].text)) return 0;
    ++i;
    if (at(TokenType::dash, i)) ++i;
    std::size_t u = i;
    while (at(TokenType::word, u) && figure_words().qualifier.count(tokens_[u].text)) ++u;
    const std::size_t n = unit_length(u);
    if (!n) return 0;
    const Unit unit = *find_unit(written_at(u, n), in_span(UnitUse::any));
    return unit.dimension == Dimension::speed ? 0 : i;
  }

  // Compound figures from larger to smaller units: "3 h 40 min", "3h40", "2 days 6 hours", "17 hours and
  // 50 minutes", "four days, 21 hours and 52 minutes", "1 day, 20:04:19", "six days and five nights",
  // "5 ft 2 in", "15 m 31 cm". Adds the parts to value (in q.unit); half and rounding become the last part's.
  void compound(Quantity& q, double& value, double& half, double& rounding) {
    Unit last = q.unit;
    const Dimension d = q.unit.dimension;
    while (d == Dimension::duration || d == Dimension::distance) {
      std::size_t p = pos_;
      while (at(TokenType::comma, p) || word_at(p, "and")) ++p;
      // "two days and a night", "an hour and a minute": an article counts one before a smaller part.
      const bool one = article_at(p) && (word_at(p + 1, "night") || unit_length(p + 1, UnitUse::compound));
      if (!next_is_amount(p) && !one) break;
      const std::size_t keep = pos_;
      pos_ = p;
      // H:MM[:SS] after a larger unit; "3 h 3:" (nothing after the colon) is not one (found by fuzz_quantity).
      if (d == Dimension::duration && at(TokenType::number) && at(TokenType::colon, pos_ + 1) && at(TokenType::number, pos_ + 2)) {
        double h = std::atof(tokens_[pos_].text.c_str()), m = std::atof(tokens_[pos_ + 2].text.c_str()), sec = 0;
        pos_ += 3;
        if (at(TokenType::colon) && at(TokenType::number, pos_ + 1)) sec = std::atof(tokens_[pos_ + 1].text.c_str()), pos_ += 2;
        value += (h * kSecondsPerHour + m * 60 + sec) / q.unit.si_per_unit;
        half = rounding = 0.5 / q.unit.si_per_unit;
        last = *find_unit("s");
        continue;
      }
      const bool digits = at(TokenType::number);  // "3h20", "2 days, 3": a smaller unit may go unwritten
      auto more = amount();
      if (!more) { pos_ = keep; error_.clear(); break; }
      if (d == Dimension::duration && (peek_word("night") || peek_word("nights"))) {
        // "six days and five nights": the nights fall within the days.
        ++pos_;
        if (q.unit.symbol != "day" || more->value > value + 1) { fail("nights go with days ('six days and five nights')"); return; }
        continue;
      }
      std::optional<Unit> u2;
      if (at(TokenType::dash) && unit_length(pos_ + 1)) ++pos_;  // "a 12-hour, 25-minute flight"
      if (pos_ < tokens_.size() && unit_length(pos_, UnitUse::compound)) {
        const std::size_t n = unit_length(pos_, UnitUse::compound);
        const std::string written = written_at(pos_, n);
        u2 = find_unit(written, UnitUse::compound);
        // "4h18m", "2 h 30 m": after hours, an "m" is the minutes' (alone it is metres).
        if (d == Dimension::duration && last.symbol == "h" && u2 && u2->dimension == Dimension::distance && written == "m")
          u2 = find_unit("min");
        pos_ += n;
      } else if (d == Dimension::duration && digits &&
                 (pos_ >= tokens_.size() || at(TokenType::comma) || at(TokenType::dash) || word_at(pos_, "to"))) {
        // "3h20", "2h20-2h40", "2h20 to 2h40": the minutes unwritten before a range's other end too.
        u2 = implied_smaller(last);
      }
      // A later part is smaller and of the same kind; else it is another figure ("1 m 1 m", "5 km 2 hours").
      if (!u2 || u2->dimension != d || u2->si_per_unit >= last.si_per_unit) {
        // "75 minutes, an hour and a quarter": after a bare comma a larger unit may restate the figure.
        const bool after_comma = at(TokenType::comma, keep) && !word_at(keep + 1, "and");
        if (u2 && u2->dimension == d && d == Dimension::duration && u2->si_per_unit >= last.si_per_unit && !after_comma) {
          fail("a compound duration must go from larger to smaller units");
          return;
        }
        pos_ = keep;
        error_.clear();
        break;
      }
      value += more->value * u2->si_per_unit / q.unit.si_per_unit;
      half = more->half_resolution * u2->si_per_unit / q.unit.si_per_unit;
      rounding = more->loose_half * u2->si_per_unit / q.unit.si_per_unit;
      last = *u2;
    }
  }

  static std::optional<Unit> implied_smaller(const Unit& u) {
    if (u.symbol == "h") return find_unit("min");
    if (u.symbol == "min") return find_unit("s");
    if (u.symbol == "day") return find_unit("h");
    return std::nullopt;
  }

  std::string_view text_;
  std::optional<Dimension> expected_;
  Tokens tokens_;
  std::size_t pos_ = 0;
  bool per_day_ = false;
  std::optional<Unit> doubled_;  // the second of two units written back to back
  Span span_;
  bool inner_ = false;  // reading one end of a range: no range of its own (keeps the reading linear)
  bool enforce_limit_ = true;
  std::string error_, conversion_error_;
};

}  // namespace

bool beyond_limit(const Quantity& q) { return Parser::exceeds(q); }

GrammarResult read_tokens(std::string_view text, Tokens tokens, const GrammarOptions& options) {
  Parser parser(text, std::move(tokens), options);
  GrammarResult out;
  out.quantity = parser.parse();
  if (!out.quantity) out.error = parser.error();
  return out;
}

}  // namespace routecheck::quantities

namespace routecheck::quantities {

bool may_start_figure(std::string_view lower_word) {
  if (lower_word.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(lower_word.front()))) return true;
  static const std::set<std::string, std::less<>> starters = [] {
    std::set<std::string, std::less<>> words{"between"};
    for (const Hedge& h : hedges())
      if (!h.after) words.emplace(h.words.front());
    for (const std::string& w : figure_words().whole) words.emplace(w);
    for (const auto& [w, range] : figure_words().vague) words.emplace(w);  // "several hundred km", "hundreds of miles"
    for (const auto& [w, factor] : figure_words().multiplier) words.emplace(w);  // "twice the usual two hours"
    return words;
  }();
  return number_word(lower_word).has_value() || starters.find(lower_word) != starters.end();
}

}  // namespace routecheck::quantities

namespace routecheck::quantities {

bool makes_no_figure(std::string_view lower_word) { return figure_words().not_after.count(lower_word) > 0; }
bool names_a_decade_after(std::string_view lower_word) { return figure_words().decade_before.count(lower_word) > 0; }
bool is_counted_noun(std::string_view lower_word) { return figure_words().counted.count(lower_word) > 0; }
bool ends_with_elapsed_cue(const std::vector<std::string>& words_before) {
  for (const std::vector<std::string>& cue : figure_words().elapsed_before)
    if (cue.size() <= words_before.size() && std::equal(cue.rbegin(), cue.rend(), words_before.rbegin())) return true;
  return false;
}
bool is_currency_word(std::string_view lower_word) { return figure_words().currency_word.count(lower_word) > 0; }

bool is_headline_word(std::string_view lower_word) { return figure_words().headline_word.count(lower_word) > 0; }

bool is_consumption_unit(std::string_view lower_word, bool after_per) {
  return figure_words().consumption_unit.count(lower_word) > 0 || (after_per && figure_words().consumption_unit_after_per.count(lower_word) > 0);
}
bool names_a_clock_time_after(std::string_view lower_word) { return figure_words().clock_before.count(lower_word) > 0; }

bool states_average(std::string_view words) {
  for (const std::string& w : text::words(words)) {
    std::string lower = w;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (figure_words().average.count(lower)) return true;
  }
  return false;
}

bool hedge_written_after(std::string_view hedge) {
  // The phrases as Quantity::hedge writes them (words joined by a space), made once: every reason of a
  // table's rows asks.
  static const std::set<std::string, std::less<>> after = [] {
    std::set<std::string, std::less<>> phrases;
    for (const Hedge& h : hedges())
      if (h.after) {
        std::string phrase;
        for (const std::string& w : h.words) phrase += (phrase.empty() ? "" : " ") + w;
        phrases.insert(std::move(phrase));
      }
    return phrases;
  }();
  return after.count(hedge) > 0;
}

bool may_precede_unit(std::string_view lower_word) {
  if (number_word(lower_word) || figure_words().whole.count(lower_word) || figure_words().vague.count(lower_word)) return true;
  return false;
}

bool may_stand_before_unit(std::string_view lower_word) {
  return lower_word == "of" || figure_words().qualifier.count(lower_word) > 0 ||
         std::any_of(hedges().begin(), hedges().end(), [&](const Hedge& h) { return h.after && h.words.size() == 1 && h.words[0] == lower_word; });
}

}  // namespace routecheck::quantities
