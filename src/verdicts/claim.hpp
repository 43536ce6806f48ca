// Claims -> verdicts: a travel claim (places, and the distance, speed and duration a story reports)
// checked against itself and against geography, relation by relation, each with a verdict and a reason
// a reporter can paste, giving the numbers in the claim's units and in SI.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "quantities/quantity.hpp"
#include "routes/route.hpp"
#include "timeline/timeline.hpp"

namespace routecheck::verdicts {

// From best to worst. "unverifiable" relations do not count towards the overall verdict unless nothing
// else could be checked.
enum class Verdict { consistent, plausible, unverifiable, suspicious, inconsistent };
const char* to_string(Verdict v);
int exit_status(Verdict overall);  // 0 consistent/plausible/unverifiable, 1 suspicious/inconsistent

// A claim as the user gives it: texts, parsed by prepare_claim.
struct ClaimInput {
  std::string from, to;
  std::vector<std::string> via;
  std::string distance, speed, duration, stop;  // empty: not claimed; stop "unknown": mentioned, not sized
  std::string top_speed;                        // a top speed (maximum, "up to"): bounds the average from above
  std::string mode;                             // empty: no mode
  std::string depart;  // local time at the origin: "YYYY-MM-DD HH:MM", ISO 8601, or as a story gives it
                       // ("Sunday 22:00", "late on Sunday", "Monday morning", "12 September 22:00")
  std::string arrive;  // local time at the destination, in the same forms: checked against depart + duration
};

// How far a place reaches from its point (geodata/extents.tsv): the geography bound is the straight line
// less both ends' radii.
struct Extent {
  double radius_m = 0;
  bool area = false;   // a country, region or area: unbounded, legs touching it bound nothing
  std::string basis;   // "population 1,234,567", "feature code AIRP", "feature class A", "coordinates"
};

struct Claim {
  routes::Route route;
  std::vector<Extent> extents;  // one per route place
  double bound_m = 0;           // the shortest any route can be: the legs less the places' extents
  std::optional<quantities::Quantity> distance, speed, duration, stop, top_speed;
  std::vector<std::string> notes;  // how the claim was read: places left out or replaced, clock times
  bool stop_unknown = false;
  std::optional<routes::ModeProfile> mode;
  std::string depart;  // a whole date and time (ISO 8601): the "timing" relation's arrival time
  // The times a story gives (check --depart/--arrive, or the article's time phrases): the departure, and the
  // arrivals and later events tied to the trip; a moment's empty zone is its end's. The "timeline" relation.
  std::optional<timeline::Moment> depart_time;
  std::vector<timeline::Moment> later_times;
  std::optional<date::year_month_day> story_date;  // anchors weekdays to dates (dateline, article --date)
  // For a flight: the airports of each route place (its town's, within air.airport_reach_km), nearest
  // first; one list per place, empty where none or not a flight. A flight's published distance is
  // airport to airport, so the check reads the ends both ways and says which it took.
  std::vector<std::vector<routes::Waypoint>> airports;
};

// A number of geodata/tolerances.tsv by its key ("places.network_pull"); std::out_of_range for a key it lacks.
double tolerance(const std::string& key);
// places.country_end_reach_km and places.island_state_end_reach_km, in metres.
routes::CountryEndLimits country_end_limits();

// Whether a claim of this mode is a flight between airports (air and its profiles, supersonic airliners).
bool flies_between_airports(const std::optional<routes::ModeProfile>& mode);

// Fills the claim's extents and geography bound from its route's places (geodata/extents.tsv).
void settle_extents(Claim& claim);

// The network a claim's mode runs on, as the places are read: how far a point lies from it (km). A sea
// trip's Plymouth is the port on the sea lanes, not the inland town of that name. Empty: no network.
struct NetworkReach {
  std::function<double(const gazetteer::Place& place)> km_from_network;  // routes::km_from_network
  std::string name;  // "the sea lanes", "the rail network", for the reason
};

// Resolves the places and parses the figures. Throws InputError naming the field and the problem.
Claim prepare_claim(const ClaimInput& input, routes::WaypointResolver& resolver, const routes::ModeProfiles& modes,
                    const NetworkReach& reach = {});

// One relation of a claim: a stable id (the JSON key), the figures it was decided on (named, in km, h
// and km/h), its verdict and a reason a reporter can paste.
struct Relation {
  std::string id;    // distance_speed_duration, distance_vs_geography, duration_vs_geography, speed_vs_mode,
                     // top_speed, timing, figures_agree, kind_in_service
  std::string name;  // in words: "distance, speed and duration"
  Verdict verdict;
  std::string reason;
  std::vector<std::pair<std::string, double>> figures;
};

struct Timing {
  std::string depart_local, depart_timezone, depart_utc_offset;
  std::string arrive_local, arrive_timezone, arrive_utc_offset;
  std::string arrive_earliest_local, arrive_latest_local;  // from the duration's interval
};

struct Report {
  Verdict verdict = Verdict::unverifiable;
  std::vector<Relation> relations;
  std::vector<std::string> notes;
  std::optional<Timing> timing;
  std::optional<timeline::TimelineResult> timeline;
  // What the figures imply (SI), when two of distance, speed and duration are given.
  std::optional<quantities::Interval> implied_moving_s, implied_stop_s, implied_speed_mps, implied_distance_m;
};

Report check_claim(const Claim& claim);

// Adds the "timeline" relation (the claim's depart_time and later_times against its travel time) to a
// report made by check_claim, and updates its verdict: the article reader calls it once it has read the
// story's times. check_claim calls it itself.
void relate_timeline(const Claim& claim, Report& report);

// Outputs: a short report a reporter can paste, and the JSON object of README "check --json".
std::string report_text(const Claim& claim, const Report& report);
std::string report_json(const Claim& claim, const Report& report);

}  // namespace routecheck::verdicts
