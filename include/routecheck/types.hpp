// The typed values routecheck returns: places, routes, relations, verdicts, article trips. Plain structs
// (units in the names), safe to copy and to read from any thread; rendered late (routecheck/render.hpp).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "routecheck/export.hpp"

namespace routecheck {

namespace detail {
struct RouteState;
struct CheckState;
struct ArticleState;
}  // namespace detail

// From best to worst; the order of the CLI's verdicts.
enum class Verdict { consistent, plausible, unverifiable, suspicious, inconsistent };
ROUTECHECK_API const char* to_string(Verdict verdict);
// Suspicious or inconsistent: a person should look (the CLI's exit status 1).
inline bool needs_review(Verdict verdict) { return verdict == Verdict::suspicious || verdict == Verdict::inconsistent; }

// The broad modes of travel (geodata/modes.tsv); a claim's mode may be a profile of one (ferry, airliner).
enum class BroadMode { rail, road, sea, air, walk };
// The networks legs can run on.
enum class NetworkKind { rail, road, sea };
ROUTECHECK_API const char* to_string(BroadMode mode);
ROUTECHECK_API const char* to_string(NetworkKind kind);
// The network a mode runs on: rail and road on a rail or road network, sea on the sea lanes; air and walk on
// none (their legs are geodesics).
ROUTECHECK_API std::optional<NetworkKind> network_for(BroadMode mode);

// How a name met a place's names, best first.
enum class MatchKind { exact, abbreviation, alternate, demonym, fuzzy };

struct Place {
  std::string name;
  std::string kind;          // "city", "country", "airport", "station", ... (from the GeoNames code)
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string admin1_name;
  std::string feature_code;  // GeoNames: PPLC, PPL, AIRP, ...
  double lat_deg = 0, lon_deg = 0;
  std::optional<std::int64_t> population;
  std::string timezone;  // IANA
  std::optional<std::int64_t> geonameid;
  std::string source;
};

struct Candidate {
  Place place;
  std::string matched_name;
  MatchKind match = MatchKind::exact;
  double score = 0;
  std::string reason;
};

struct GeocodeOptions {
  std::optional<std::string> country;  // ISO code or name
  std::optional<std::pair<double, double>> near_deg;  // (lat, lon): prefer places near it
  std::size_t limit = 5;
  bool always_fuzzy = false;
};

struct GeocodeResult {
  std::string query;
  std::vector<Candidate> candidates;     // best first; empty when nothing matched
  std::vector<std::string> suggestions;  // nearest names when nothing matched
  bool found() const { return !candidates.empty() && candidates.front().match != MatchKind::fuzzy; }
};

struct Waypoint {
  std::string query;  // as given
  Place place;
  bool from_coordinates = false;
  std::string reason;
};

struct BorderCrossing {
  std::string from_country, to_country;
  double lat_deg = 0, lon_deg = 0;
};

struct Leg {
  std::size_t from = 0, to = 0;  // indexes into Route::places
  double geodesic_km = 0;
  double azimuth_start_deg = 0, azimuth_end_deg = 0;
  std::optional<double> network_km;  // along the network, with the snaps at both ends
};

struct Route {
  std::vector<Waypoint> places;
  std::vector<Leg> legs;
  double geodesic_km = 0;
  std::optional<NetworkKind> network;  // the network the legs ran on
  std::string network_source;
  std::optional<double> network_km;   // when every leg has a path on it
  std::string network_problem;        // why not, else ""
  // Countries under the line and its land border crossings, when they apply to the mode.
  std::optional<std::vector<std::string>> countries;
  std::vector<BorderCrossing> border_crossings;
};

struct RouteResult {
  Route route;
  std::string mode;  // as asked ("" for none)
  std::optional<BroadMode> broad_mode;
  // With a mode: the band of likely route lengths and travel times.
  std::optional<std::pair<double, double>> route_length_km, travel_time_h;
  std::shared_ptr<const detail::RouteState> state;  // for rendering and layers
};

// A claim as a story gives it: places and figures as words ("683 miles", "about 20 hours").
struct ClaimInput {
  std::string from, to;
  std::vector<std::string> via;
  std::string distance, speed, duration;
  std::string stop;       // "unknown": a stop mentioned, not sized
  std::string top_speed;  // a maximum ("up to 300 km/h")
  std::string mode;       // rail, road, sea, air, walk or a profile of one; "" for none
  std::string depart;     // "YYYY-MM-DD HH:MM" local at the origin, ISO 8601 with an offset, or as a story
                          // gives it ("Sunday 22:00", "late on Sunday")
  std::string arrive;     // the arrival, local at the destination, written like depart
};

// What a relation of a claim checks (the JSON key of the CLI's report).
enum class RelationKind {
  distance_speed_duration, distance_vs_geography, duration_vs_geography, speed_vs_mode, top_speed, timing,
  figures_agree, distance_vs_network, duration_vs_network, other
};

struct Relation {
  RelationKind kind = RelationKind::other;
  std::string id;    // the stable id as written in JSON (also for kinds this header does not know yet)
  std::string name;  // in words
  Verdict verdict = Verdict::unverifiable;
  std::string reason;
  std::vector<std::pair<std::string, double>> figures;  // named, in km, h and km/h
};

struct CheckResult {
  Route route;
  std::string mode;  // the profile the claim was checked against ("" for none)
  std::optional<BroadMode> broad_mode;
  Verdict verdict = Verdict::unverifiable;
  std::vector<Relation> relations;
  std::vector<std::string> notes;
  std::optional<double> claimed_distance_km, claimed_speed_kmh, claimed_duration_h;
  std::shared_ptr<const detail::CheckState> state;  // for rendering and layers
};

// One trip a story describes, checked.
struct ArticleTrip {
  CheckResult check;
  std::vector<std::pair<std::string, std::string>> read_from;  // (role, text): the phrases it was read from
};

struct ArticlePlace {
  std::size_t start = 0, end = 0;  // byte offsets in the text
  std::string text;
  Place place;
};

struct ArticleFigure {
  std::size_t start = 0, end = 0;
  std::string text;
  std::string role;  // travel, top_speed, stop, size, comparison, interval, event, period, placement
};

struct ArticleResult {
  std::vector<ArticlePlace> places;
  std::vector<ArticleFigure> figures;
  std::vector<ArticleTrip> trips;
  Verdict verdict = Verdict::consistent;  // the worst of the trips' (consistent when none)
  std::shared_ptr<const detail::ArticleState> state;
};

// A table of claims or a batch of stories checked: one output row each went to the writer.
struct BatchSummary {
  std::size_t rows = 0, bad_rows = 0;  // rows: claims (tables) or stories; bad: could not be read or checked
  bool needs_review = false;           // a checked row's verdict is suspicious or inconsistent
};

// A batch's pages (--batch --report DIR): an index.html and one page per claim or story, in a folder that
// appears whole or not at all. With overwrite, only a folder routecheck wrote before is replaced.
struct ReportFolder {
  std::string dir;
  bool overwrite = false;
};

// Map layers and an SVG map of a result.
struct LayerOutput {
  std::vector<std::string> files;  // .gpkg, .geojson, .kml, .csv, .fgb
  std::string out_crs;             // "EPSG:3857"; empty: EPSG:4326
  bool overwrite = false;
  std::string svg_map;  // the map: a .svg, or a .png (the same map rendered); empty: none
};

}  // namespace routecheck
