// The unit table of geodata/units.tsv, read once, and speeds composed from it (see units.hpp).
#include "quantities/units.hpp"

#include <array>
#include <map>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::quantities {

extern const char* const kUnitsTsv;  // generated from geodata/units.tsv

namespace {

struct UnitRow {
  Unit unit;
  std::string name;
  std::string report_in;  // symbol of the unit reports use instead, or empty
};

struct UnitTable {
  std::map<std::string, std::pair<std::size_t, UnitUse>, std::less<>> spellings;  // -> row, use
  std::vector<UnitRow> rows;
  std::set<std::string, std::less<>> last_words;   // the last word of every spelling
  std::set<std::string, std::less<>> other_words;  // the words before it in spellings of several words
  std::map<std::string, std::string, std::less<>> names;
  // Speeds written as one word, by the distance and duration they are made of: km per h is "km/h".
  std::map<std::pair<std::string, std::string>, std::string> speed_symbols;
};

const UnitTable& table() {
  static const UnitTable units = [] {
    UnitTable out;
    const std::string origin = "geodata/units.tsv";
    const std::map<std::string_view, Dimension> kinds{
        {"distance", Dimension::distance}, {"speed", Dimension::speed}, {"duration", Dimension::duration}};
    const std::map<std::string_view, UnitUse> uses{{"any", UnitUse::any}, {"compound", UnitUse::compound}, {"field", UnitUse::field}};
    for (const text::TableRow& row : text::table_rows(kUnitsTsv, origin, 8, "symbol<TAB>kind<TAB>si<TAB>name<TAB>spellings<TAB>use<TAB>report<TAB>source")) {
      const auto& f = row.fields;
      const auto si = text::parse_double(f[2]);
      if (!kinds.count(f[1]) || !si || !(*si > 0) || !uses.count(f[5]))
        throw InputError(row.where(origin) + ": expected a kind (distance, speed, duration), a size above 0 and a use (any, compound, field)");
      const UnitUse use = uses.at(f[5]);
      out.rows.push_back({Unit{std::string(f[0]), kinds.at(f[1]), *si}, std::string(f[3]), f[6] == "-" ? "" : std::string(f[6])});
      out.names.emplace(std::string(f[0]), std::string(f[3]));
      std::string_view spellings = f[4];
      while (!spellings.empty()) {
        const std::size_t comma = spellings.find(',');
        std::string_view one = text::trim(spellings.substr(0, comma));
        // "field:d": a spelling read only in a field that holds the figure alone (UnitUse::field).
        constexpr std::string_view kFieldOnly = "field:";
        const bool field_only = one.starts_with(kFieldOnly);
        if (field_only) one.remove_prefix(kFieldOnly.size());
        if (!one.empty()) {
          out.spellings.emplace(std::string(one), std::make_pair(out.rows.size() - 1, field_only ? UnitUse::field : use));
          const std::size_t space = one.rfind(' ');
          out.last_words.emplace(space == std::string_view::npos ? one : one.substr(space + 1));
          for (std::string_view rest = one; space != std::string_view::npos && rest.find(' ') != std::string_view::npos;) {
            out.other_words.emplace(rest.substr(0, rest.find(' ')));
            rest = rest.substr(rest.find(' ') + 1);
          }
        }
        spellings = comma == std::string_view::npos ? std::string_view() : spellings.substr(comma + 1);
      }
    }
    // The one-word speeds a distance and a duration make: "km/h" is km per h, "mph" mi per h.
    for (const UnitRow& speed : out.rows) {
      if (speed.unit.dimension != Dimension::speed) continue;
      for (const UnitRow& d : out.rows)
        for (const UnitRow& t : out.rows)
          if (d.unit.dimension == Dimension::distance && t.unit.dimension == Dimension::duration &&
              std::abs(d.unit.si_per_unit / t.unit.si_per_unit / speed.unit.si_per_unit - 1) < 1e-9)
            out.speed_symbols.emplace(std::make_pair(d.unit.symbol, t.unit.symbol), speed.unit.symbol);
    }
    return out;
  }();
  return units;
}

std::optional<Unit> lookup(std::string_view written, UnitUse use) {
  const UnitTable& t = table();
  const auto it = t.spellings.find(written);
  if (it == t.spellings.end() || (it->second.second != UnitUse::any && it->second.second != use)) return std::nullopt;
  return t.rows[it->second.first].unit;
}

}  // namespace

const char* to_string(Dimension d) {
  switch (d) {
    case Dimension::distance: return "distance";
    case Dimension::speed: return "speed";
    case Dimension::duration: return "duration";
  }
  return "?";
}

std::optional<Unit> report_unit(const Unit& unit) {
  for (const UnitRow& row : table().rows)
    if (row.unit.symbol == unit.symbol && !row.report_in.empty()) return find_unit(row.report_in);
  return std::nullopt;
}

bool is_table_symbol(std::string_view symbol) { return table().names.count(symbol) > 0; }

Unit speed_unit(const Unit& distance, const Unit& duration) {
  const auto& symbols = table().speed_symbols;
  const auto it = symbols.find({distance.symbol, duration.symbol});
  const std::string symbol = it != symbols.end() ? it->second : distance.symbol + "/" + duration.symbol;
  return Unit{symbol, Dimension::speed, distance.si_per_unit / duration.si_per_unit};
}

std::optional<Unit> find_unit(std::string_view written, UnitUse use) {
  if (auto u = lookup(written, use)) return u;
  // "km/ms", "centimeters/millisecond": a distance over a duration, written as one word.
  const std::size_t slash = written.find('/');
  if (slash == std::string_view::npos || written.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  const auto d = lookup(written.substr(0, slash), UnitUse::any), t = lookup(written.substr(slash + 1), UnitUse::any);
  if (!d || !t || d->dimension != Dimension::distance || t->dimension != Dimension::duration) return std::nullopt;
  return speed_unit(*d, *t);
}

bool is_unit_word(std::string_view lower_word) {
  if (table().last_words.count(lower_word)) return true;
  return lower_word.find('/') != std::string_view::npos && find_unit(lower_word);
}

bool is_unit_part_word(std::string_view lower_word) { return table().other_words.count(lower_word) > 0; }

std::string unit_name(const std::string& symbol) {
  const auto& names = table().names;
  if (auto it = names.find(symbol); it != names.end()) return it->second;
  const std::size_t slash = symbol.find('/');  // "mi/day": miles per day
  if (slash != std::string::npos) {
    const auto d = names.find(symbol.substr(0, slash));
    const auto t = table().spellings.find(symbol.substr(slash + 1));
    if (d != names.end() && t != table().spellings.end())
      return d->second + " per " + table().rows[t->second.first].unit.symbol;
  }
  return symbol;
}

std::string unit_symbols(Dimension d) {
  // Built once: readers of running text ask for it in every refusal message of every span they try.
  static const std::array<std::string, 3> symbols = [] {
    std::array<std::string, 3> out;
    std::set<std::string> seen;
    for (const UnitRow& row : table().rows) {
      std::string& list = out[static_cast<std::size_t>(row.unit.dimension)];
      if (seen.insert(row.unit.symbol).second) list += (list.empty() ? "" : ", ") + row.unit.symbol;
    }
    return out;
  }();
  return symbols[static_cast<std::size_t>(d)];
}

}  // namespace routecheck::quantities
