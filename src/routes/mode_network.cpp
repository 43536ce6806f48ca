// Which network a mode runs on, and the words of the mode and network vocabularies.
#include "routes/mode_network.hpp"

#include <array>
#include <string>

namespace routecheck::routes {
namespace {

constexpr std::array<const char*, 5> kModeNames{"rail", "road", "sea", "air", "walk"};

}  // namespace

const char* to_string(BroadMode mode) { return kModeNames[static_cast<std::size_t>(mode)]; }

std::optional<BroadMode> parse_broad_mode(std::string_view name) {
  for (std::size_t i = 0; i < kModeNames.size(); ++i)
    if (name == kModeNames[i]) return static_cast<BroadMode>(i);
  return std::nullopt;
}

std::optional<BroadMode> broad_mode_of(const std::optional<ModeProfile>& mode) {
  return parse_broad_mode(broad_mode(mode));
}

std::optional<NetworkKind> network_for(BroadMode mode) {
  switch (mode) {
    case BroadMode::rail: return NetworkKind::rail;
    case BroadMode::road: return NetworkKind::road;
    case BroadMode::sea: return NetworkKind::sea;
    case BroadMode::air:
    case BroadMode::walk: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<NetworkKind> network_for(const std::optional<ModeProfile>& mode) {
  const std::optional<BroadMode> broad = broad_mode_of(mode);
  return broad ? network_for(*broad) : std::nullopt;
}

}  // namespace routecheck::routes
