// Units -> sizes: the table of units news writes (geodata/units.tsv, compiled in), each with its symbol,
// kind and exact size in SI units, and speeds composed of a distance per a duration ("metres a second").
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace routecheck::quantities {

// The metric units reports print, in SI units.
inline constexpr double kMetresPerKm = 1000.0;
inline constexpr double kSecondsPerHour = 3600.0;
inline constexpr double kSecondsPerDay = 24 * kSecondsPerHour;
inline constexpr double kMpsPerKmh = kMetresPerKm / kSecondsPerHour;

enum class Dimension { distance, speed, duration };
const char* to_string(Dimension d);

struct Unit {
  std::string symbol;  // canonical short form: "mi", "km", "mph", "h", ...
  Dimension dimension;
  double si_per_unit;  // metres, metres per second or seconds in one unit
  bool operator==(const Unit&) const = default;
};

// Where a written unit may stand: alone after a number; only as a later part of a compound ("5 ft 2 in");
// or only in a field that holds a figure and nothing else (a claim's --duration, a spreadsheet's cell:
// "5d", "1d 12h"), since running text writes the same letters for other things ("the 3d Division").
enum class UnitUse { any, compound, field };

// Looks a unit up by any of its written forms ("miles", "km/h", "kts", "hrs", "km/ms"); nullopt when
// unknown. `use` any finds only the spellings that stand alone; compound and field find those too, and
// their own.
std::optional<Unit> find_unit(std::string_view written, UnitUse use = UnitUse::any);
// The unit reports use for a figure written in `unit`, when it is one no report prints ("verst": km).
std::optional<Unit> report_unit(const Unit& unit);
// True for the symbol of a unit of the table ("km/h", "mi"), false for a composed one ("cm/ms").
bool is_table_symbol(std::string_view symbol);
// A speed of one distance unit per one duration unit ("km" per "h" is km/h, "mi" per "day" mi/day).
Unit speed_unit(const Unit& distance, const Unit& duration);
// True for a word that ends a written unit ("miles", "hour" of "miles per hour", "km/h"): figures in
// running text end with one, so readers of running text try a figure only there.
bool is_unit_word(std::string_view lower_word);

// True for a word before the last in a unit of several words ("nautical" of "nautical miles").
bool is_unit_part_word(std::string_view lower_word);

// A unit's name in words, plural: "miles", "kilometres", "nautical miles", "knots".
std::string unit_name(const std::string& symbol);
// The symbols of a dimension's units, for error messages: "km, m, ..., mi, nmi, ft".
std::string unit_symbols(Dimension d);

}  // namespace routecheck::quantities
