// The ranking parameters of geodata/ranking.tsv, compiled in, and the prominence and score formulas.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "gazetteer/place.hpp"

namespace routecheck::gazetteer {

class Ranking {
 public:
  // Parses the ranking table (key, value, note; '#' comments). Throws InputError on a bad line.
  static Ranking parse(std::string_view tsv, const std::string& origin);
  // The table compiled in from geodata/ranking.tsv.
  static const Ranking& builtin();

  double value(const std::string& key) const;  // throws when the key is missing
  double match_weight(MatchKind kind) const;
  double feature_weight(const std::string& feature_code) const;
  // 0..1: how likely a news story means this place when it writes its name.
  double prominence(const std::string& feature_code, std::optional<long long> population) const;
  // Multiplier for --near: 1 at the point, 1/2 at near_scale_km, 1/3 at twice that.
  // The same for a region GeoNames gives no population (a state, a county), from the people of the places
  // listed in it (member_population: a lower bound, the places of 500 or more).
  double region_prominence(const std::string& feature_code, long long member_population) const;
  double near_factor(double distance_km) const;
  double score(MatchKind kind, double prominence) const;
  // Population from which another place's alternate name may beat a place's own name (ranking.tsv).
  long long alternate_min_population() const { return alternate_min_population_; }
  // Whether places of this feature code that carry a name are ordered among themselves by population
  // rather than by their seat code (ranking.tsv: population_orders_towns_below).
  bool ordered_by_population(const std::string& feature_code) const {
    return feature_weight(feature_code) < population_orders_towns_below_;
  }

 private:
  void cache_hot_values();
  double population_term(std::optional<long long> population) const;  // 0..1, log of the population
  double large_term(std::optional<long long> population) const;       // 0..1, from large_city_population up  // score() runs for every candidate of every lookup: no string keys there

  std::map<std::string, double, std::less<>> values_;
  double match_weights_[5] = {};  // by MatchKind
  double prominence_floor_ = 0;
  long long alternate_min_population_ = 0;
  double population_orders_towns_below_ = 0;
};

}  // namespace routecheck::gazetteer
