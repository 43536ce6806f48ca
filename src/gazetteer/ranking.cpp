// Ranking formulas; every number comes from geodata/ranking.tsv (embedded at build time).
#include "gazetteer/ranking.hpp"

#include <cmath>
#include <sstream>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::gazetteer {

extern const char* const kRankingTsv;  // generated from geodata/ranking.tsv by CMake

const char* to_string(MatchKind kind) {
  switch (kind) {
    case MatchKind::exact: return "exact";
    case MatchKind::abbreviation: return "abbreviation";
    case MatchKind::alternate: return "alternate";
    case MatchKind::demonym: return "demonym";
    case MatchKind::fuzzy: return "fuzzy";
  }
  return "?";
}

MatchKind match_kind_of(NameKind kind) {
  switch (kind) {
    case NameKind::name:
    case NameKind::ascii_name: return MatchKind::exact;
    case NameKind::abbreviation:
    case NameKind::code: return MatchKind::abbreviation;
    case NameKind::demonym: return MatchKind::demonym;
    case NameKind::alternate: break;
  }
  return MatchKind::alternate;
}

Ranking Ranking::parse(std::string_view tsv, const std::string& origin) {
  Ranking ranking;
  const char* expected = "'key<TAB>number<TAB>note'";
  for (const text::TableRow& row : text::table_rows(tsv, origin, 2, expected)) {
    const std::optional<double> number = text::parse_double(row.fields[1]);
    if (!number) throw InputError(row.where(origin) + ": expected " + expected);
    ranking.values_.emplace(std::string(row.fields[0]), *number);
  }
  ranking.cache_hot_values();
  return ranking;
}

void Ranking::cache_hot_values() {
  for (MatchKind kind : {MatchKind::exact, MatchKind::abbreviation, MatchKind::alternate, MatchKind::demonym, MatchKind::fuzzy})
    match_weights_[static_cast<int>(kind)] = value(std::string("match_weight.") + to_string(kind));
  prominence_floor_ = value("prominence_floor");
  alternate_min_population_ = static_cast<long long>(value("alternate_min_population"));
  population_orders_towns_below_ = value("population_orders_towns_below");
}

const Ranking& Ranking::builtin() {
  static const Ranking ranking = parse(kRankingTsv, "geodata/ranking.tsv");
  return ranking;
}

double Ranking::value(const std::string& key) const {
  auto it = values_.find(key);
  if (it == values_.end()) throw InputError("geodata/ranking.tsv: missing parameter '" + key + "'");
  return it->second;
}

double Ranking::match_weight(MatchKind kind) const { return match_weights_[static_cast<int>(kind)]; }

double Ranking::feature_weight(const std::string& feature_code) const {
  auto it = values_.find("feature." + feature_code);
  return it != values_.end() ? it->second : value("feature.default");
}

double Ranking::prominence(const std::string& feature_code, std::optional<long long> population) const {
  // A capital of hardly anyone (Plymouth, Montserrat, abandoned in 1997; Jamestown, Saint Helena) is not
  // what news means by a name a large city shares.
  const bool small_capital = feature_code == "PPLC" && (!population || *population < value("small_capital_population"));
  const double feature = small_capital ? feature_weight("PPLC_small") : feature_weight(feature_code);
  return std::min(1.0, feature * (1 - value("population_share")) + value("population_share") * population_term(population) +
                           value("large_city_share") * large_term(population));
}

double Ranking::region_prominence(const std::string& feature_code, long long member_population) const {
  return std::min(1.0, feature_weight(feature_code) * (1 - value("population_share")) +
                           value("population_share") * population_term(member_population));
}

double Ranking::population_term(std::optional<long long> population) const {
  if (!population || *population <= 0) return 0;
  return std::min(1.0, std::log10(1.0 + static_cast<double>(*population)) / std::log10(1.0 + value("population_saturation")));
}

double Ranking::large_term(std::optional<long long> population) const {
  if (!population || *population <= value("large_city_population")) return 0;
  const double from = std::log10(value("large_city_population")), to = std::log10(value("population_saturation"));
  return std::min(1.0, (std::log10(static_cast<double>(*population)) - from) / (to - from));
}

double Ranking::near_factor(double distance_km) const {
  return 1.0 / (1.0 + distance_km / value("near_scale_km"));
}

double Ranking::score(MatchKind kind, double prominence) const {
  return match_weight(kind) * (prominence_floor_ + (1 - prominence_floor_) * prominence);
}

}  // namespace routecheck::gazetteer
