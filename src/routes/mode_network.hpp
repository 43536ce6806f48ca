// Typed vocabulary for modes and networks, and the one place that says which network a mode runs on
// (rail and road on a rail or road network, ships on the sea lanes, air and walk on none). Callers compare
// these enums, not the strings of geodata/modes.tsv and geodata/networks.tsv.
#pragma once
#include <optional>
#include <string_view>

#include "networks/profile.hpp"
#include "routes/route.hpp"

namespace routecheck::routes {

// Same order as routecheck::BroadMode (include/routecheck/types.hpp).
enum class BroadMode { rail, road, sea, air, walk };
// The networks' own vocabulary (networks/profile.hpp), which the network readers use too.
using networks::NetworkKind;
using networks::parse_network_kind;
using networks::to_string;

const char* to_string(BroadMode mode);
std::optional<BroadMode> parse_broad_mode(std::string_view name);      // nullopt for an unknown word

// The broad mode of a profile (ferry -> sea), nullopt without a mode or for a user's mode of another name.
std::optional<BroadMode> broad_mode_of(const std::optional<ModeProfile>& mode);
// The network a mode runs on; nullopt for air and walk (their legs are geodesics).
std::optional<NetworkKind> network_for(BroadMode mode);
std::optional<NetworkKind> network_for(const std::optional<ModeProfile>& mode);

}  // namespace routecheck::routes
