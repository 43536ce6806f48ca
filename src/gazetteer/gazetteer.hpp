// One gazetteer file opened read-only: exact name-key lookups, fuzzy key lookups and its metadata.
// Ranking and the choice between candidates belong to Geocoder (geocoder.hpp), not here.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/place.hpp"

namespace routecheck::gazetteer {

// One open-data source a gazetteer was built from (rc_meta "source.ID"), as `gazetteer build` recorded it.
struct DataSource {
  std::string id, package, version, integrity, license, attribution;
};

struct NameHit {
  Place place;
  NameKind kind = NameKind::name;
  std::string stored_name;  // the name as the source wrote it
};

class Gazetteer {
 public:
  // Throws InputError naming the path when it is missing, not SQLite, or not a routecheck gazetteer.
  static Gazetteer open(const std::string& path);
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  const std::string& path() const;
  // Every place under a name key, complete (rc_names carries all a candidate shows).
  std::vector<NameHit> lookup_key(std::string_view key) const;
  // A country's capital (by ISO code), its main name's row; nullopt when the gazetteer has none.
  std::optional<NameHit> capital(std::string_view country_code) const;
  // ASCII keys within one edit (Damerau-Levenshtein) of an ASCII key, the key itself excluded.
  std::vector<std::string> fuzzy_keys(std::string_view ascii_key) const;
  // Keys whose deletion hashes include one of `hashes` (unverified candidates).
  std::vector<std::string> keys_for_hashes(const std::vector<std::int64_t>& hashes) const;
  std::vector<std::string> keys_with_prefix(std::string_view prefix, std::size_t limit) const;
  // The name keys (own and ASCII names, not codes) of populated places within a box around a point that
  // start with `first` and are min_length..max_length bytes long: the spellings a misspelt name near the
  // point may stand for. The box is at least max_km wide on each side; callers measure exact distances.
  std::vector<std::string> keys_near(char first, std::size_t min_length, std::size_t max_length, double lat_deg,
                                     double lon_deg, double max_km) const;
  // The populated place nearest to a point within `max_km` (geodesic), through the places layer's R-tree.
  std::optional<std::pair<Place, double>> nearest_place(double lat_deg, double lon_deg, double max_km) const;
  // Places of one GeoNames feature code ("AIRP") within `max_km` (geodesic) of a point, nearest first,
  // each with its distance in km.
  std::vector<std::pair<Place, double>> places_near(double lat_deg, double lon_deg, double max_km,
                                                    const std::string& feature_code) const;
  std::map<std::string, std::string> meta() const;
  std::vector<DataSource> data_sources() const;  // in id order; empty for a user's own gazetteer
  long long place_count() const;

 private:
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  // Places within max_km (geodesic) whose row passes `filter_sql` (an SQL condition on p.*, with ?5 bound
  // to filter_value), nearest first.
  std::vector<std::pair<Place, double>> within_km(double lat_deg, double lon_deg, double max_km, const char* filter_sql,
                                                  const std::string& filter_value) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace routecheck::gazetteer
