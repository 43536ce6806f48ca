// Results -> layers: the map layers of a route or a checked claim, as plain data (no GDAL), in EPSG:4326
// with lines already densified along the geodesic and split at the antimeridian. The GDAL module writes
// them in any format and draws them.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "routes/route.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::layers {

struct LonLat {
  double lon_deg = 0, lat_deg = 0;
};
using Part = std::vector<LonLat>;

enum class FieldType { integer, real, text };
struct FieldDef {
  std::string name;
  FieldType type;
};
using FieldValue = std::variant<std::monostate, long long, double, std::string>;

enum class GeometryKind { point, line };

struct Feature {
  std::vector<Part> parts;          // one part: a point or a line; more: a line split at the antimeridian
  std::vector<FieldValue> values;   // in the order of Layer::fields
};

struct Layer {
  std::string name;
  GeometryKind geometry = GeometryKind::point;
  std::vector<FieldDef> fields;
  std::vector<Feature> features;
  bool has_multipart() const;  // a line layer then needs MultiLineString
};

struct LayerSet {
  std::string title;    // "Pyongyang → Khasan → Vladivostok by rail: PLAUSIBLE"
  std::string verdict;  // overall verdict, or empty for a plain route
  std::vector<Layer> layers;
  const Layer* find(const std::string& name) const;
};

// Vertices along the geodesic from a to b, at most max_step_km apart, both ends included.
Part densify(const LonLat& a, const LonLat& b, double max_step_km);
// Splits a line where it crosses the antimeridian, ending one part at ±180 and starting the next at ∓180.
std::vector<Part> split_at_antimeridian(const Part& line);

// The layers places, legs, route and border_crossings of a route, with the claim's figures and verdicts
// when a checked claim is given.
LayerSet route_layers(const routes::Route& route, const std::optional<routes::ModeProfile>& mode,
                      const verdicts::Claim* claim = nullptr, const verdicts::Report* report = nullptr);

// Several claims' layer sets as one, for a story's every trip: each layer gains a first field "claim"
// (1, 2, ... in the order given) and holds the features of all. The title lists the titles; `verdict` is
// the caller's (the worst of the claims').
LayerSet combine_claims(const std::vector<LayerSet>& sets, const std::string& verdict);

// A batch's layer sets as one: each layer gains a first field `id_field` holding the set's number in
// `ids` (the batch's row numbers, which its CSV and NDJSON output carry: a join key back to the table).
LayerSet combine_numbered(const std::vector<LayerSet>& sets, const std::vector<long long>& ids, const std::string& id_field,
                          const std::string& verdict);

// The densified legs of a route (unsplit, longitudes continuous), for border finding and maps.
std::vector<Part> densified_legs(const routes::Route& route);

// Vertex spacing of drawn and exported legs: QGIS then draws the true geodesic, not a line in degrees.
inline constexpr double kDensifyStepKm = 10.0;

}  // namespace routecheck::layers
