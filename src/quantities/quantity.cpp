// Text -> one quantity (see quantity.hpp): a figure field read whole, and the formatting of figures and
// intervals for reports. The stage's parts: tokens.cpp (normalisation and tokens), numbers.cpp (digits and
// number words), units.cpp (the unit table), grammar.cpp (the phrase grammar), figure_finder.cpp (figures
// in running text).
#include "quantities/quantity.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "core/error.hpp"
#include "core/text.hpp"
#include "quantities/grammar.hpp"
#include "quantities/tokens.hpp"

namespace routecheck::quantities {

Interval operator/(const Interval& a, const Interval& b) {
  const double inf = std::numeric_limits<double>::infinity();
  return {b.bounded() ? a.low / b.high : 0.0, b.low > 0 ? a.high / b.low : inf};
}

Interval operator*(const Interval& a, const Interval& b) { return {a.low * b.low, a.high * b.high}; }

Interval operator-(const Interval& a, const Interval& b) { return {a.low - b.high, a.high - b.low}; }

ParseResult try_parse_quantity(std::string_view text, std::optional<Dimension> expected, Span span) {
  GrammarResult r = read_tokens(text, tokenize(text), {expected, span, true});
  ParseResult out;
  if (!r.quantity) {
    out.error = "'" + text::utf8_excerpt(text, text::kQuotedInputBytes) + "': " + r.error;
    return out;
  }
  r.quantity->start = 0;
  r.quantity->end = text.size();
  out.quantity = std::move(r.quantity);
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
