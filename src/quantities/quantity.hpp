// Text -> quantities: the distances, speeds and durations news writes ("683 miles", "about 37 mph",
// "between 18 and 20 hours", "3 h 40 min", "two days"), each with the interval its wording allows.
#pragma once
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/units.hpp"

namespace routecheck::quantities {

// A closed interval of SI values (metres, metres per second, seconds). high may be infinite
// ("more than 600 km").
struct Interval {
  double low = 0;
  double high = 0;
  bool bounded() const { return high < std::numeric_limits<double>::infinity(); }
  bool overlaps(const Interval& other) const { return low <= other.high && other.low <= high; }
  double mid() const { return bounded() ? (low + high) / 2 : low; }
  bool operator==(const Interval&) const = default;
};

Interval operator/(const Interval& a, const Interval& b);  // for positive intervals
Interval operator*(const Interval& a, const Interval& b);
Interval operator-(const Interval& a, const Interval& b);

// True for a word a figure can begin with: a number, a number word, "between", a hedge's first word, a
// word that makes one of a unit ("all", "another").
bool may_start_figure(std::string_view lower_word);
// Whether a hedge phrase (Quantity::hedge) is written after its figure ("or more", "-plus", "-odd").
bool hedge_written_after(std::string_view hedge);
// Whether the words state the figure after them as an average ("an average speed of", "averaging": figures.tsv
// kind average).
bool states_average(std::string_view words);

// What a figure's words turned out to be. A duration can be written as two clock times ("departs 19:15 ...
// arrives 09:27": the time between them; the check applies the places' time zones) or as one time of day, which is no
// duration at all and is reported as such rather than refused.
enum class Reading { figure, clock_span, time_of_day };

struct Quantity {
  std::string text;     // as given
  // The words the figure was read from, as byte offsets into the text given to the reader: a field's
  // figure may pass over words around it ("the 1,200 km trip" reads "1,200 km").
  std::size_t start = 0, end = 0;
  std::string passed_over;  // a field's words around its figure that the reader passed over ("the … trip")
  Dimension dimension;
  Unit unit;            // the unit written (the first one, for compound durations)
  double value = 0;     // in `unit`, as written (a range's midpoint)
  Interval si;          // what the wording allows, in SI units
  std::string hedge;    // "about", "more than", ... or empty
  bool is_range = false;
  bool per_day = false;            // a distance per day ("35 miles a day"): a speed over whole days, stops included
  // A speed written as an average ("an average speed of", "averaging"): over the whole trip, stops included.
  bool average_stated = false;
  Reading reading = Reading::figure;
  double time_of_day_h = 0;        // Reading::time_of_day: hours after midnight
  // The same figure written again: a conversion in brackets or after a slash ("142 km (88 miles)"), or a
  // restatement ("82 hours, which means ..."). Each is read in full; whether they agree is checked later.
  std::vector<Quantity> restated;
  std::string restated_how;        // on a restated reading: "in brackets", "after a slash", "restated"
  // Half the rounding step of the figure as written, counting trailing zeros as rounding ("120" is 115
  // to 125, "6,152" is 6,151.5 to 6,152.5), in SI: how loosely a conversion may have been rounded.
  double rounding_si = 0;
  std::string note;                // how the figure was read when that needs saying (clock times, units)

  double value_si() const { return value * unit.si_per_unit; }
  double low_in_unit() const { return si.low / unit.si_per_unit; }
  double high_in_unit() const { return si.high / unit.si_per_unit; }
  bool operator==(const Quantity&) const = default;
};

struct ParseResult {
  std::optional<Quantity> quantity;
  std::string error;  // why not, naming the word the reader stopped at
};
// What a text may hold around its figure. `figure` is the figure alone, for readers that find figures by
// growing a span of text until it stops parsing (no lead words "another", "a trip of", no article "a 7-hour",
// no time of day). `claim` is a figure as a claim gives it, with those words. `field` is a claim's field or a
// spreadsheet's cell that holds the figure alone: a claim, and the units written only there (units.tsv's
// use "field": "5d").
enum class Span { figure, claim, field };

// Parses one figure without throwing: for readers that try many spans of text.
ParseResult try_parse_quantity(std::string_view text, std::optional<Dimension> expected = std::nullopt,
                               Span span = Span::claim);

// Parses one figure alone (Span::figure). Throws InputError naming the text and what is wrong (and, for units, the
// accepted ones) when it is not a positive finite figure of the expected dimension.
Quantity parse_quantity(std::string_view text, std::optional<Dimension> expected = std::nullopt);

// Formats a value with sensible precision for a report: "1,099", "18.5", "0.25".
std::string format_number(double value);

// Formats an interval of SI values in a report's unit (per_unit SI values make one: kMetresPerKm for km):
// "16.5–20.8"; "15,588" when both ends print the same (a length measured on a network has one), not
// "15,588–15,588"; "at least 600" when it has no upper end.
std::string format_interval(const Interval& interval, double per_unit);

}  // namespace routecheck::quantities
