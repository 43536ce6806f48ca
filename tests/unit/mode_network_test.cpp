// Which network a mode runs on: one rule (routes/mode_network.hpp) for the pipeline, a claims table's rows
// and the article reader, which each compared mode strings before.
#include <catch2/catch.hpp>

#include "routes/mode_network.hpp"

using namespace routecheck::routes;

TEST_CASE("broad modes run on their own network or none", "[mode_network]") {
  CHECK(network_for(BroadMode::rail) == NetworkKind::rail);
  CHECK(network_for(BroadMode::road) == NetworkKind::road);
  CHECK(network_for(BroadMode::sea) == NetworkKind::sea);
  CHECK_FALSE(network_for(BroadMode::air));
  CHECK_FALSE(network_for(BroadMode::walk));
}

TEST_CASE("a profile runs on the network of its broad mode", "[mode_network]") {
  const ModeProfiles& profiles = ModeProfiles::builtin();
  CHECK(network_for(std::optional<ModeProfile>(profiles.get("ferry"))) == NetworkKind::sea);
  CHECK(network_for(std::optional<ModeProfile>(profiles.get("high_speed_rail"))) == NetworkKind::rail);
  CHECK(network_for(std::optional<ModeProfile>(profiles.get("cycling"))) != NetworkKind::sea);
  CHECK_FALSE(network_for(std::optional<ModeProfile>(profiles.get("airliner"))));
}

TEST_CASE("no mode, or a user's mode of another name, runs on no network", "[mode_network]") {
  CHECK_FALSE(network_for(std::optional<ModeProfile>()));
  ModeProfile hovercraft;
  hovercraft.mode = "hovercraft";
  CHECK_FALSE(network_for(std::optional<ModeProfile>(hovercraft)));
  CHECK(parse_network_kind("sea") == NetworkKind::sea);
  CHECK_FALSE(parse_network_kind("canal"));
  CHECK(std::string(to_string(NetworkKind::road)) == "road");
}
