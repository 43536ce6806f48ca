// Figure tokens -> one quantity: the phrase grammar of a figure (hedges, numbers, units, ranges, compounds,
// rates, conversions and restatements, clock times). Internal to src/quantities: callers use
// try_parse_quantity (quantity.hpp) for a whole field and find_figures (figure_finder.hpp) for running text.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/quantity.hpp"
#include "quantities/tokens.hpp"

namespace routecheck::quantities {

struct GrammarOptions {
  std::optional<Dimension> expected;
  Span span = Span::claim;
  bool enforce_limit = true;  // refuse figures beyond geodata/figures.tsv's limits
};

struct GrammarResult {
  std::optional<Quantity> quantity;
  std::string error;  // why not, naming the word the reader stopped at
};

// Reads `tokens` (all of them) as one figure; `text` is the text the tokens' offsets point into.
GrammarResult read_tokens(std::string_view text, Tokens tokens, const GrammarOptions& options);

// True for a word after a figure that makes it no figure ("old" of "a 70-year-old", "ago").
bool makes_no_figure(std::string_view lower_word);
// "the 80s", "her 30s": a word before a number glued to an "s" that makes it a decade or an age, not
// seconds (geodata/figures.tsv decade_before).
bool names_a_decade_after(std::string_view lower_word);
// "3m residents": a noun of things counted that makes an "m" glued to its number a million, not metres
// (geodata/figures.tsv counted).
bool is_counted_noun(std::string_view lower_word);
// "the drive took 1:45": whether the words before a time written with colons (lower case, in text order,
// the last ones nearest it) end with a cue of geodata/figures.tsv elapsed_before.
bool ends_with_elapsed_cue(const std::vector<std::string>& words_before);
// "50 miles per gallon", "8 litres per 100 km": a word that makes a distance beside it a consumption
// (geodata/figures.tsv consumption_unit; consumption_unit_after_per only after "per" or "a": "300 miles
// per charge" is one, "20 miles to the charge point" is a trip).
bool is_consumption_unit(std::string_view lower_word, bool after_per);
// "Forty-Mile Walk To Whitby": a small word that a title-case headline capitalises and a place's or an
// event's name seldom holds (geodata/figures.tsv headline_word).
bool is_headline_word(std::string_view lower_word);
// "25 cents a mile", "6 rupees per km": a word naming money (geodata/figures.tsv currency_word).
bool is_currency_word(std::string_view lower_word);
// "at 0930 hours": a word before four digits and "hours" that makes them a time of day (figures.tsv clock_before).
bool names_a_clock_time_after(std::string_view lower_word);

// Words right before a unit: an amount's last word ("two", "a", "dozen") or a whole-unit word ("all day")
// end an amount; "of", qualifiers ("business") and one-word hedges after a number ("plus") stand between
// an amount and its unit. Readers of running text skip a unit word with neither before it.
bool may_precede_unit(std::string_view lower_word);
bool may_stand_before_unit(std::string_view lower_word);

// True when q is larger than the largest figure of its kind read as travel (geodata/figures.tsv).
bool beyond_limit(const Quantity& q);

}  // namespace routecheck::quantities
