// Names that are not places in news copy: agencies, broadcasters, papers and organisations that share a
// place's spelling (geodata/not_places.tsv, compiled in). Matched as a whole name, by name key, so
// "TASS", "Tass" and "tass" are one name, and "Moscow Times" is the paper while "Moscow" stays a place.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace routecheck::gazetteer {

enum class NotPlaceKind { agency, broadcaster, paper, organisation };
const char* to_string(NotPlaceKind kind);
// The kind in words, with its article: "a news agency", "an organisation".
const char* described(NotPlaceKind kind);

class NotPlaces {
 public:
  // Parses the table (name, kind, source; '#' comments). Throws InputError on a bad line or kind.
  static NotPlaces parse(std::string_view tsv, const std::string& origin);
  // The table compiled in from geodata/not_places.tsv.
  static const NotPlaces& builtin();

  // What the whole name is when it names no place, or nothing.
  std::optional<NotPlaceKind> find(std::string_view name) const;
  std::size_t size() const { return kinds_.size(); }

 private:
  std::map<std::string, NotPlaceKind, std::less<>> kinds_;  // by name key
};

}  // namespace routecheck::gazetteer
