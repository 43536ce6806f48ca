// Places -> routes: an origin, a destination and via points, resolved through the gazetteer or given as
// "lat,lon"; each leg's ellipsoidal geodesic (GeographicLib, WGS84), a hard lower bound for any surface
// route; and what a mode of travel makes of it (geodata/modes.tsv).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gazetteer/geocoder.hpp"
#include "networks/network.hpp"
#include "networks/profile.hpp"
#include "quantities/quantity.hpp"
#include "routes/borders.hpp"

namespace routecheck::routes {

// The reading of a name that came second when the pick was in doubt, and why it lost.
struct RunnerUp {
  gazetteer::Place place;
  double score_gap = 0;  // how far behind it scored (0..1), the pulls of the claim's places included
  std::string why;       // "0.04 behind", "ruled out by the claim: ..."
};

struct Waypoint {
  std::string query;       // as the user wrote it
  gazetteer::Place place;  // from the gazetteer, or a bare point for "lat,lon"
  bool from_coordinates = false;
  std::string reason;      // why this candidate: the gazetteer's reason
  double score = 0;        // the gazetteer's score for it
  int match = 0;           // how the name matched (gazetteer::MatchKind: exact first)
  std::optional<RunnerUp> runner_up;  // set when another place of the name came close (settle_places)
  std::string unfound_words;  // of the query, not in the gazetteer: the place stands for them (Candidate)
  bool names_land_border = false;  // "the Polish border": place_on_border puts it on that border (Candidate)
  // A country small enough to be a trip's end ("from Barbados"): how far its outline reaches from its
  // point (BorderLocator::outline_reach_m), its extent instead of an unbounded area's.
  std::optional<double> outline_reach_m;
};

// Puts an end that names a country's land border ("the Polish border": Waypoint::names_land_border, or the
// article reader's border mention) on the point of that border nearest `other`, the trip's next place: a
// point with no extent (GeoNames' border-post code, PSTB). Returns false, leaving the country, when the
// locator knows no land border of it (an island state).
bool place_on_border(Waypoint& end, const gazetteer::Place& other, const BorderLocator& borders);

// How large a country may be and still be a trip's end as a town is: its outline within `any_m` of its
// point ("to Luxembourg"), or within `island_state_m` for an island state, one with no land border ("to
// Mauritius"). From geodata/tolerances.tsv: verdicts::country_end_limits().
struct CountryEndLimits {
  double any_m = 0, island_state_m = 0;
};

// A country within the limits is a trip's end ("from Barbados"), or an island ("to La Gomera": the part of
// its country's outline it lies in, within the island-state limit): sets the waypoint's outline_reach_m,
// its extent. Returns false, leaving it an area, for any other place, a larger one or one the locator has no
// outline of.
bool measure_country_reach(Waypoint& end, const BorderLocator& borders, const CountryEndLimits& limits);

// "from Lisbon to Istanbul through Spain, France and Norway": a country passed through is an area (it
// reaches anywhere in its outline, so the legs to its point bound nothing), but one the straight line
// between its neighbours already crosses asks for no detour: Spain and France lie on the way, Norway does
// not. Removes each via that is such a country (not one measured as a town: outline_reach_m) and returns a
// note for each, naming the line it lies under; the route's first and last places always stay.
std::vector<std::string> drop_vias_on_the_way(std::vector<Waypoint>& points, const BorderLocator& borders);

// A leg as it runs on a network (sea lanes, a rail or road graph): the places snap to it, and the path
// between the snapped nodes is the shortest on the graph.
struct NetworkLeg {
  double path_m = 0;                      // along the network
  double snap_from_m = 0, snap_to_m = 0;  // from each place to where it meets the network
  double length_m() const { return path_m + snap_from_m + snap_to_m; }
  std::string from_station, to_station;   // the stations the places snapped to, if any
  struct Point {
    double lat_deg = 0, lon_deg = 0;
  };
  std::vector<Point> points;               // the place, the path's nodes, the place
  std::vector<std::string> passages;       // straits and canals passed, in order
  struct GaugeChange {
    std::string from_mm, to_mm;  // "1435" -> "1520"
    std::string at;              // the station it is at, or "" when none is near
    double lat_deg = 0, lon_deg = 0;
  };
  std::vector<GaugeChange> gauge_changes;
  double ferry_m = 0;  // of path_m, on ferries
  double electrified_m = 0;  // of path_m, on electrified track
  double timed_s = 0;  // at the edges' speed limits (roads), 0 when not timed
};

struct Leg {
  std::size_t from = 0, to = 0;  // indexes into Route::places
  double geodesic_m = 0;
  double azimuth_start_deg = 0;  // at `from`, clockwise from north
  double azimuth_end_deg = 0;    // at `to`
  std::optional<NetworkLeg> network;  // when routed on a network and a path exists
};

struct Route {
  std::vector<Waypoint> places;
  std::vector<Leg> legs;
  double geodesic_m = 0;  // sum of the legs
  std::optional<RouteCountries> countries;  // filled when country outlines were available
  // Set by route_on_network: which network, what was avoided, and the sum of the legs' network lengths
  // when every leg has a path (else nullopt, with why in network_problem).
  std::optional<networks::NetworkKind> network_kind;  // set with the network the legs were put on
  std::string network_source;
  std::vector<std::string> avoided;  // passage names
  std::optional<double> network_m;
  std::string network_problem;
  double band_low = 1, band_high = 1;  // the profile's agreement band (claimed / network length)
  double max_snap_share = 1;           // the network judges a claim only when snapping is at most this share
  double time_floor_share = 0;         // a duration under this share of the speed-limit time is suspicious (0: none)
  // By sea: every leg's straight line crosses open sea only (mark_open_sea), a way a ship can take that the
  // sea lanes may lack (MARNET has no lane from Beirut to Larnaca), so their longer path bounds nothing.
  bool open_sea_line = false;
};

// The WGS84 geodesic between two points, in km.
double geodesic_km(double lat1, double lon1, double lat2, double lon2);
inline double geodesic_km(const gazetteer::Place& a, const gazetteer::Place& b) {
  return geodesic_km(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
}

// Solves every leg. Needs at least two places.
Route make_route(std::vector<Waypoint> places);

// Routes every leg on the network: each place snaps to it (to a station within the profile's reach
// first), each leg gets the shortest path between its snapped nodes, never through the passages named
// in `avoid` ("suez", "panama": geodata/sea_passages.tsv). Throws InputError for an unknown passage.
// `memo`, when given, keeps each leg's result by its ends (a spreadsheet names the same trips again).
using NetworkLegMemo = std::unordered_map<std::string, std::optional<NetworkLeg>>;
void route_on_network(Route& route, const networks::Network& network, const networks::NetworkProfile& profile,
                      const std::string& source, const std::vector<std::string>& avoid = {},
                      NetworkLegMemo* memo = nullptr);

// The sea lanes trips by ship run on, read from their network file on first use (a reader of many
// stories pays the 10 ms once); none when the file is absent. Not thread-safe.
// Sets route.open_sea_line: whether each leg's straight line lies at sea once `skip_m` is left off at each
// end, but for max_land_share of it (BorderLocator::line_at_sea).
void mark_open_sea(Route& route, const BorderLocator& borders, double skip_m, double max_land_share);

class SeaLanes {
 public:
  explicit SeaLanes(std::string path) : path_(std::move(path)) {}
  const networks::Network* get() const;
  const std::string& path() const { return path_; }
  static constexpr const char* kSource = "MARNET, Eurostat";
  // Routes put on the lanes are also marked where their straight line crosses open sea (mark_open_sea).
  void mark_open_sea_with(const BorderLocator* borders, double skip_m, double max_land_share) {
    borders_ = borders, open_sea_skip_m_ = skip_m, open_sea_max_land_share_ = max_land_share;
  }

 private:
  std::string path_;
  const BorderLocator* borders_ = nullptr;
  double open_sea_skip_m_ = 0, open_sea_max_land_share_ = 0;
  mutable std::optional<networks::Network> network_;
  mutable bool tried_ = false;
  mutable NetworkLegMemo legs_;  // legs routed so far (bounded: cleared when full)
  friend void route_by_sea(Route& route, const SeaLanes& lanes);
};

// Puts a route by ship on the sea lanes (route_on_network), when `lanes` has them, and marks an open-sea
// straight line (mark_open_sea) when they have a border locator; else leaves it.
void route_by_sea(Route& route, const SeaLanes& lanes);

// How far a place lies from a network (km). On the sea lanes an island is 0 wherever they pass: they skirt
// small islands by tens of kilometres (MARNET passes La Gomera 113 km off).
double km_from_network(const networks::Network& network, const gazetteer::Place& place, bool sea_lanes);

// A waypoint for a station of the network named `text` ("Tumangang station"), or nullopt.
std::optional<Waypoint> station_waypoint(const networks::Network& network, const std::string& text);

// Resolves route points: "lat,lon" directly, names through the geocoder's best candidate. Remembers
// what it resolved, because a spreadsheet of claims names the same few places again and again.
class WaypointResolver {
 public:
  explicit WaypointResolver(const gazetteer::Geocoder& geocoder) : geocoder_(geocoder) {}
  // Throws InputError "no place named 'X' (nearest names: ...)" for an unknown name.
  const Waypoint& resolve(const std::string& text);
  // Makes `text` resolve to this waypoint (a network's station), before any gazetteer's place.
  void add_known(const std::string& text, const Waypoint& waypoint);
  // The geocoder's best candidates for a name, best first (one for "lat,lon"), for settling the places
  // of a claim together. Throws like resolve.
  const std::vector<Waypoint>& candidates(const std::string& text, std::size_t limit);
  // Places near a point spelt up to two edits from a name the gazetteer lacks (Geocoder::spellings_near),
  // best first: what a misspelt end of a claim stands for beside the claim's other places.
  std::vector<Waypoint> spellings_near(const std::string& text, double lat_deg, double lon_deg, double max_km) const;
  // A memo for callers that settle a claim's names together (verdicts::prepare_claim): the places chosen
  // for a list of names, and the notes on how, so a spreadsheet naming the same trip again costs nothing.
  // One reading of a claim's names (a candidate for each) with what its fit to a claim depends on, so that
  // a table of rows naming the same places with other figures weighs the readings without geodesics.
  struct Reading {
    std::vector<std::size_t> pick;  // the candidate taken for each name
    double geodesic_m = 0, bound_m = 0;
    bool bounded = true;            // no area among its places
    std::string off_land;           // why no land route joins its places, by the claim's mode; empty if one may
    double score = 0;               // the sum of the candidates' scores
    std::int64_t least_population = 0;  // the smallest population among its places (0 where one has none)
    std::vector<std::int64_t> populations;  // each place's, in the names' order (0 where one has none)
    std::size_t countries = 0;      // how many countries its places lie in
    std::vector<bool> by_other_name;  // each place found by an alternate name, not its own
    bool allowed = true;            // a reading the places may take (no spelling guess or area for a town)
  };
  struct Settled {
    std::vector<Waypoint> places;
    std::vector<std::string> notes;
    std::vector<Reading> readings;  // every reading, when there are few enough (places.settle_max_readings)
    std::size_t chosen = 0;         // the one taken
    bool switched = false;          // taken because the claim ruled out the reading the names alone give
    std::optional<Route> route;     // make_route(places), made on first use: the same geodesics for every row
  };
  std::unordered_map<std::string, Settled>& settled() { return settled_; }
  // A town's airports (gazetteer feature code AIRP) within `reach_km` of its point, nearest first, at most
  // `limit`: flights are measured between airports. Empty for coordinates, countries, areas and facilities.
  std::vector<Waypoint> airports_near(const Waypoint& place, double reach_km, std::size_t limit) const;

 private:
  const gazetteer::Geocoder& geocoder_;
  std::unordered_map<std::string, std::unique_ptr<Waypoint>> cache_;
  std::unordered_map<std::string, std::vector<Waypoint>> candidates_;
  std::unordered_map<std::string, Settled> settled_;
  // airports_near's answers by place and reach: a spreadsheet of flights names the same cities again.
  mutable std::unordered_map<std::string, std::vector<Waypoint>> airports_;
};

struct ModeProfile {
  std::string mode;
  double circuity_low = 1, circuity_high = 1;
  double speed_low_kmh = 0, speed_high_kmh = 0, speed_max_kmh = 0;
  double top_speed_kmh = 0;           // 0: not given (a user's six-column file)
  std::string parent;                 // the broad mode it belongs to; empty for a broad mode
  // Of a broad mode: its profiles. The broad row is their envelope (the widest band of each column); a
  // claim that fits the envelope is checked against each profile too, and the best fit decides.
  std::vector<ModeProfile> members;
  // The longest straight line a trip of this kind spans (km), 0 for no limit: mountain lines are short,
  // so their detours do not excuse a 500 km main-line claim.
  double longest_km = 0;
  // The shortest straight line a trip of this kind spans (km), 0 for none: a motorway's averages need a
  // long drive, so they do not excuse a six-minute dash across a city.
  double shortest_km = 0;
  // Whether a trip of `geodesic_m` (meters) is within this kind's span.
  bool spans(double geodesic_m) const {
    return (longest_km <= 0 || geodesic_m <= longest_km * 1000.0) && (shortest_km <= 0 || geodesic_m >= shortest_km * 1000.0);
  }
  // The last year vehicles of this kind carried passengers (Concorde: 2003), 0 while they still do. A retired
  // kind stays out of its broad mode's envelope: the check tries it only when the envelope flags a claim
  // and the trip's year is not known to be later.
  int service_ended_year = 0;
  std::vector<ModeProfile> retired;  // of a broad mode: its retired kinds
  // How a report says a trip of this kind goes ("by high-speed rail", "on foot"), and how a reason names
  // its routes ("walking routes"); parse() fills both from the name where the table gives none.
  std::string label, noun;
};

class ModeProfiles {
 public:
  static const ModeProfiles& builtin();  // geodata/modes.tsv, compiled in
  static ModeProfiles load(const std::string& path);
  static ModeProfiles parse(std::string_view tsv, const std::string& origin);
  // Throws InputError naming the mode and the known ones.
  const ModeProfile& get(const std::string& mode) const;
  const ModeProfile* find(const std::string& mode) const;  // nullptr when unknown
  std::string names() const;  // "rail, road, sea, air, walk"

 private:
  std::vector<ModeProfile> profiles_;
  // geodata/mode_words.tsv's words for several kinds ("bus": car_bus+mountain_road), each as a family of
  // those kinds, named and labelled as its first: by folded word.
  std::map<std::string, ModeProfile> groups_;
};

// A mode as a user types it, folded for geodata/mode_words.tsv: "By High-Speed  rail" -> "high speed rail".
std::string fold_mode_word(std::string_view text);

// The broad mode of a profile ("sea" for ferry), or "" without one.
std::string broad_mode(const std::optional<ModeProfile>& mode);

// Whether the countries and borders under the straight line say anything about a trip of this mode (or
// of no stated mode). Not for ships: they go round land, and until sea routes are modelled the straight
// line between two ports crosses continents (Singapore-Rotterdam drew 31 "borders" over Asia).
bool straight_line_countries_apply(const std::optional<ModeProfile>& mode);

// A broad mode as it applies to a trip of `geodesic_m` (meters): the envelope of those of its members
// whose longest_km admits the trip (all of `mode` when none or no members), members kept for best-fit.
ModeProfile for_trip(const ModeProfile& mode, double geodesic_m);

// What a mode makes of a route: the band of likely route lengths and travel times.
struct ModeEstimate {
  quantities::Interval route_length_m;
  quantities::Interval travel_time_s;
};
ModeEstimate estimate(const Route& route, const ModeProfile& profile);

// Bulk inverse geodesics, like `geod -I` and `GeodSolve -i`: lines "lat1 lon1 lat2 lon2" in, lines
// "azi1_deg azi2_deg distance_m" out (GeodSolve -i's order), in input order, split over `threads` threads (0: one
// per core); `write` receives the
// output chunk by chunk. A bad line gives "ERROR: ..." in its place. Returns the number of bad lines.
std::size_t inverse_batch(std::string_view input, const std::function<void(std::string_view)>& write,
                          unsigned threads, std::vector<std::string>& errors);

}  // namespace routecheck::routes
