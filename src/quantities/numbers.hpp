// Numbers as figures write them: digits with the separators of English and European writing ("1,100",
// "1.100.000", "2,5"), and the number words of geodata/figures.tsv ("two", "a dozen", "half").
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace routecheck::quantities {

struct Number {
  double value = 0;
  double half_resolution = 0;  // rounding: half a unit of the last written digit
  double loose_half = 0;       // the same, counting trailing zeros of a whole number as rounding
  bool vague = false;          // "a few", "several": a range the wording leaves wide, not one written figure
};

// Reads a number token ("1,100", "18.5", "1,5"); on failure returns nullopt with the reason in `error`.
std::optional<Number> parse_number(const std::string& token, std::string& error);

// A number word's value ("two" 2, "dozen" 12, "half" 0.5, "a" 1), or nullopt.
std::optional<double> number_word(std::string_view lower_word);

// Whether a word names a race whose distance running copy writes in "k" ("run", "race": figures.tsv race_noun).
bool is_race_noun(std::string_view lower_word);

}  // namespace routecheck::quantities
