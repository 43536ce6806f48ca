// Reading geodata/networks.tsv into profiles.
#include "networks/profile.hpp"

#include <algorithm>
#include <array>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::networks {

extern const char* const kNetworksTsv;  // generated from geodata/networks.tsv

namespace {

TagCondition parse_condition(std::string_view field, const std::string& where) {
  TagCondition condition;
  for (std::string_view part : text::split(field, '&')) {
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == part.size())
      throw InputError(where + ": expected tags as KEY=VALUE joined by '&', got '" + std::string(field) + "'");
    condition.tags.emplace_back(std::string(part.substr(0, eq)), std::string(part.substr(eq + 1)));
  }
  return condition;
}

double parse_value(std::string_view field, const std::string& where) {
  const std::optional<double> v = text::parse_double(field);
  if (!v || *v < 0) throw InputError(where + ": expected a number >= 0, got '" + std::string(field) + "'");
  return *v;
}

}  // namespace

namespace {
constexpr std::array<const char*, 3> kNetworkNames{"rail", "road", "sea"};
}  // namespace

const char* to_string(NetworkKind kind) { return kNetworkNames[static_cast<std::size_t>(kind)]; }

std::string network_words(NetworkKind kind) {
  return kind == NetworkKind::sea ? "sea lanes" : std::string(to_string(kind)) + " network";
}

std::optional<NetworkKind> parse_network_kind(std::string_view name) {
  for (std::size_t i = 0; i < kNetworkNames.size(); ++i)
    if (name == kNetworkNames[i]) return static_cast<NetworkKind>(i);
  return std::nullopt;
}

std::vector<NetworkProfile> parse_profiles(std::string_view tsv, const std::string& origin) {
  std::vector<NetworkProfile> profiles;
  for (const text::TableRow& row : text::table_rows(tsv, origin, 4, "profile, setting, tags, value, source")) {
    const std::string where = row.where(origin);
    const std::string name(row.fields[0]);
    auto it = std::find_if(profiles.begin(), profiles.end(), [&](const NetworkProfile& p) { return p.name == name; });
    if (it == profiles.end()) {
      profiles.push_back(NetworkProfile{});
      profiles.back().name = name;
      profiles.back().kind = parse_network_kind(name);
      it = profiles.end() - 1;
    }
    const std::string_view setting = row.fields[1];
    if (setting == "way") it->ways.push_back(parse_condition(row.fields[2], where));
    else if (setting == "ferry") it->ferries.push_back(parse_condition(row.fields[2], where));
    else if (setting == "skip") it->skips.push_back(parse_condition(row.fields[2], where));
    else if (setting == "station") it->stations.push_back(parse_condition(row.fields[2], where));
    else if (setting == "station_skip") it->station_skips.push_back(parse_condition(row.fields[2], where));
    else if (setting == "default_kmh")
      it->default_kmh.emplace_back(parse_condition(row.fields[2], where), parse_value(row.fields[3], where));
    else if (setting == "station_reach_m") it->station_reach_m = parse_value(row.fields[3], where);
    else if (setting == "band_low") it->band_low = parse_value(row.fields[3], where);
    else if (setting == "band_high") it->band_high = parse_value(row.fields[3], where);
    else if (setting == "max_snap_share") it->max_snap_share = parse_value(row.fields[3], where);
    else if (setting == "time_floor_share") it->time_floor_share = parse_value(row.fields[3], where);
    else if (setting == "snap_to_track") it->snap_to_track = parse_value(row.fields[3], where) != 0;
    else throw InputError(where + ": unknown setting '" + std::string(setting) + "'");
  }
  return profiles;
}

const NetworkProfile& builtin_profile(const std::string& name) {
  static const std::vector<NetworkProfile> profiles = parse_profiles(kNetworksTsv, "geodata/networks.tsv");
  for (const NetworkProfile& p : profiles)
    if (p.name == name) return p;
  throw InputError("network profile '" + name + "' is not known (known: " + profile_names() + ")");
}

std::string profile_names() { return "rail, road, sea"; }

}  // namespace routecheck::networks
