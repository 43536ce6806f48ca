// The table of names that are not places (geodata/not_places.tsv), looked up by name key.
#include "gazetteer/not_places.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/name_key.hpp"

namespace routecheck::gazetteer {

extern const char* const kNotPlacesTsv;  // generated from geodata/not_places.tsv by CMake

const char* to_string(NotPlaceKind kind) {
  switch (kind) {
    case NotPlaceKind::agency: return "agency";
    case NotPlaceKind::broadcaster: return "broadcaster";
    case NotPlaceKind::paper: return "paper";
    case NotPlaceKind::organisation: return "organisation";
  }
  return "?";
}

const char* described(NotPlaceKind kind) {
  switch (kind) {
    case NotPlaceKind::agency: return "a news agency";
    case NotPlaceKind::broadcaster: return "a broadcaster";
    case NotPlaceKind::paper: return "a newspaper";
    case NotPlaceKind::organisation: return "an organisation";
  }
  return "?";
}

NotPlaces NotPlaces::parse(std::string_view tsv, const std::string& origin) {
  NotPlaces table;
  const char* expected = "'name<TAB>agency|broadcaster|paper|organisation<TAB>source'";
  for (const text::TableRow& row : text::table_rows(tsv, origin, 3, expected)) {
    std::optional<NotPlaceKind> kind;
    for (NotPlaceKind k : {NotPlaceKind::agency, NotPlaceKind::broadcaster, NotPlaceKind::paper, NotPlaceKind::organisation})
      if (row.fields[1] == to_string(k)) kind = k;
    const std::string key = name_key(row.fields[0]);
    if (!kind || key.empty() || text::trim(row.fields[2]).empty())
      throw InputError(row.where(origin) + ": expected " + expected);
    table.kinds_.emplace(key, *kind);
  }
  return table;
}

const NotPlaces& NotPlaces::builtin() {
  static const NotPlaces table = parse(kNotPlacesTsv, "geodata/not_places.tsv");
  return table;
}

std::optional<NotPlaceKind> NotPlaces::find(std::string_view name) const {
  const auto it = kinds_.find(name_key(name));
  if (it == kinds_.end()) return std::nullopt;
  return it->second;
}

}  // namespace routecheck::gazetteer
