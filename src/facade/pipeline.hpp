// The claim pipeline behind routecheck::Checker, moved out of the CLI so every caller runs the same one:
// the network a mode runs on (a configured file for rail and road, the sea lanes for ships), its stations
// as places, legs put on it, border crossings from the gazetteer's outlines, then layers and maps.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "article/reader.hpp"
#include "gazetteer/geocoder.hpp"
#include "layers/country_outlines.hpp"
#include "layers/layer_set.hpp"
#include "networks/network.hpp"
#include "networks/network_gdal.hpp"
#include "networks/profile.hpp"
#include "routecheck/config.hpp"
#include "routecheck/types.hpp"
#include "routes/route.hpp"
#include "verdicts/claim.hpp"

namespace routecheck {
class GdalBackend;
}

namespace routecheck::facade {

// A network a route runs on: not owned (the pipeline keeps it for its life).
struct RouteNetwork {
  const networks::Network* network = nullptr;
  const networks::NetworkProfile* profile = nullptr;
  std::string source;
  routes::NetworkLegMemo* memo = nullptr;  // its legs by their ends: a table names the same trips again
};

// One line on a network build, as `network build` prints it and a first-use cache announces it.
std::string describe_build(const std::string& what, const networks::NetworkBuildReport& report);

class Pipeline final : public routes::BorderLocator {
 public:
  // Opens the gazetteers (InputError naming the first missing or corrupt) and reads the mode profiles.
  explicit Pipeline(Config config);

  const Config& config() const { return config_; }
  const gazetteer::Geocoder& geocoder() const { return geocoder_; }
  const routes::ModeProfiles& profiles() const { return *profiles_; }
  const std::string& base_gazetteer() const { return base_gazetteer_; }
  // The sea lanes, read on first use; nullptr when no_network.
  const routes::SeaLanes* sea_lanes() const { return config_.no_network ? nullptr : &sea_lanes_; }
  const GdalBackend& gdal() const;

  // The network a trip of `mode` runs on (routes::network_for): the configured file, else for ships the sea
  // lanes; nullopt when none applies. Throws InputError for a network or --avoid the mode cannot use.
  std::optional<RouteNetwork> network_for(const std::optional<routes::ModeProfile>& mode);
  // Makes the names that are stations of the network ("Tumangang station") resolve to those stations.
  void know_stations(const std::vector<std::string>& names, routes::WaypointResolver& resolver,
                     const std::optional<RouteNetwork>& network) const;
  void apply_network(routes::Route& route, const std::optional<RouteNetwork>& network) const;
  // How much of each end of a sea leg's straight line is a port's own coast (tolerance sea.open_line_skip_km).
  static double open_sea_skip_m();
  // How much of it may cross islands and still be open sea (tolerance sea.open_line_max_land_share).
  static double open_sea_max_land_share();
  // Fills route.countries from the base gazetteer's outlines where they apply to the mode
  // (routes::straight_line_countries_apply).
  void add_borders(routes::Route& route, const std::optional<routes::ModeProfile>& mode) const;
  // routes::BorderLocator from the base gazetteer's outlines.
  std::optional<routes::BorderPoint> nearest_land_border(const std::string& country_code, double lat_deg,
                                                         double lon_deg) const override;
  std::optional<double> outline_reach_m(const std::string& country_code, double lat_deg, double lon_deg,
                                        double max_m) const override;
  bool has_land_border(const std::string& country_code, double lat_deg, double lon_deg) const override;
  std::vector<std::string> countries_under_line(double lat1_deg, double lon1_deg, double lat2_deg,
                                                double lon2_deg) const override;
  bool line_at_sea(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg, double skip_from_m, double skip_to_m,
                   double max_land_share) const override;
  bool near_sea(double lat_deg, double lon_deg, double within_m) const override;
  std::optional<double> island_reach_m(const std::string& country_code, double lat_deg, double lon_deg, double max_m) const override;

  // A claim through the whole pipeline, checked: the one path of check, a table's rows and the library
  // (`countries`: fill the countries under the line; no verdict depends on them).
  std::pair<verdicts::Claim, verdicts::Report> check(const verdicts::ClaimInput& input, routes::WaypointResolver& resolver,
                                                     bool countries = true);
  // A route through the same steps.
  routes::Route route(const std::vector<std::string>& places, const std::optional<routes::ModeProfile>& mode,
                      routes::WaypointResolver& resolver);
  // A story read, every trip with its countries.
  article::ArticleResult read_article(std::string text, const std::optional<date::year_month_day>& story_date = std::nullopt) const;
  // A story read and written through `write` as its text (json false) or JSON report, without holding its
  // trips: each is made and checked, with its countries, as it is written. Returns the worst verdict.
  verdicts::Verdict write_article(std::string text, const std::optional<date::year_month_day>& story_date, bool json,
                                  const std::function<void(std::string_view)>& write) const;

  // Writes the layers and the map the output asks for; nothing when it asks for none.
  void write_layers(const layers::LayerSet& set, const LayerOutput& output) const;

 private:
  void notice(const std::string& line) const;
  std::string cached_network(const std::string& input, const std::string& profile) const;

  Config config_;
  std::string base_gazetteer_, gdal_module_;
  std::unique_ptr<routes::ModeProfiles> own_profiles_;  // a user's profiles file, read before the gazetteers
  const routes::ModeProfiles* profiles_ = nullptr;
  gazetteer::Geocoder geocoder_;
  routes::SeaLanes sea_lanes_;
  bool sea_lanes_missing_told_ = false;
  std::map<std::string, networks::Network> file_networks_;  // the configured file, by the broad mode read with
  std::map<const networks::Network*, routes::NetworkLegMemo> leg_memos_;
  // Countries under a route's straight legs, by its points: a table of claims names the same trips again and
  // again, and finding them is the costliest step of a row. Cleared when it holds kMaxRememberedBorders.
  mutable std::map<std::string, routes::RouteCountries> borders_;
  // The base gazetteer's country outlines, opened on first use and kept (each outline parsed once).
  mutable std::unique_ptr<layers::CountryOutlines> outlines_;
  // Countries' reaches (by code, point and limit) and whether they have a land border (by code): a story
  // names its countries again and again.
  mutable std::map<std::string, std::optional<double>> reaches_;
  mutable std::map<std::string, bool> land_border_of_;
  // Whether a crossing's straight line lies over open sea, by its ends and what is left off them: every sea
  // row of a table asks again, and sampling the line every 2 km was a sixth of a row's time. Cleared when it
  // holds kMaxRememberedBorders.
  mutable std::map<std::string, bool> open_lines_;
  const layers::CountryOutlines& outlines() const;
};

}  // namespace routecheck::facade
