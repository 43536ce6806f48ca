// Typed vocabulary for modes and networks, and the one place that says which network a mode runs on
// (rail and road on a rail or road network, ships on the sea lanes, air and walk on none). Callers compare
// these enums, not the strings of geodata/modes.tsv and geodata/networks.tsv.
#pragma once
#include <optional>
#include <string_view>

#include "routes/route.hpp"

namespace routecheck::routes {

// Same order as routecheck::BroadMode and routecheck::NetworkKind (include/routecheck/types.hpp).
enum class BroadMode { rail, road, sea, air, walk };
enum class NetworkKind { rail, road, sea };

const char* to_string(BroadMode mode);
const char* to_string(NetworkKind kind);
std::optional<BroadMode> parse_broad_mode(std::string_view name);      // nullopt for an unknown word
std::optional<NetworkKind> parse_network_kind(std::string_view name);  // "rail", "road", "sea"

// The broad mode of a profile (ferry -> sea), nullopt without a mode or for a user's mode of another name.
std::optional<BroadMode> broad_mode_of(const std::optional<ModeProfile>& mode);
// The network a mode runs on; nullopt for air and walk (their legs are geodesics).
std::optional<NetworkKind> network_for(BroadMode mode);
std::optional<NetworkKind> network_for(const std::optional<ModeProfile>& mode);

}  // namespace routecheck::routes
