// The Python module routecheck._routecheck (pybind11, Debian's python3-pybind11) over the same facade the
// CLI calls: a Checker, typed results with attributes and to_dict(), the GIL released in every long call,
// routecheck errors as Python exceptions with the CLI's one-line message.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include <routecheck/routecheck.hpp>

namespace py = pybind11;
using namespace routecheck;

namespace {

py::dict place_dict(const Place& p) {
  py::dict d;
  d["name"] = p.name, d["kind"] = p.kind, d["country_code"] = p.country_code, d["admin1"] = p.admin1_name;
  d["feature_code"] = p.feature_code, d["lat"] = p.lat_deg, d["lon"] = p.lon_deg, d["population"] = p.population;
  d["timezone"] = p.timezone, d["geonameid"] = p.geonameid, d["source"] = p.source;
  return d;
}

py::dict geocode_dict(const GeocodeResult& r) {
  py::list candidates;
  for (const Candidate& c : r.candidates) {
    py::dict d = place_dict(c.place);
    d["matched_name"] = c.matched_name, d["score"] = c.score, d["reason"] = c.reason;
    candidates.append(d);
  }
  py::dict d;
  d["query"] = r.query, d["found"] = r.found(), d["candidates"] = candidates, d["suggestions"] = r.suggestions;
  return d;
}

// The CLI's JSON of a result, as Python values: one schema for the CLI, notebooks and feeds.
py::object json_dict(const std::string& json) { return py::module_::import("json").attr("loads")(json); }

// Geometries as GeoJSON-like dicts (RFC 7946 order: lon, lat; WGS84), so a result's __geo_interface__
// goes straight into geopandas.GeoDataFrame.from_features or shapely.geometry.shape.
py::dict point_geometry(const Place& p) {
  py::dict g;
  g["type"] = "Point", g["coordinates"] = py::make_tuple(p.lon_deg, p.lat_deg);
  return g;
}

// A leg drawn as its geodesic, with a vertex at least every kGeometryStepKm so it bends as the geodesic does
// on a web map (a straight segment between two far places would leave the true line by hundreds of km).
// Longitudes are unrolled: a leg over the antimeridian stays one continuous line.
constexpr double kGeometryStepKm = 50;
constexpr double kMetresPerKm = 1000;

py::list leg_coordinates(const Place& a, const Place& b) {
  const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
  const GeographicLib::GeodesicLine line = wgs84.InverseLine(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
  const int steps = std::max(1, static_cast<int>(std::ceil(line.Distance() / (kGeometryStepKm * kMetresPerKm))));
  py::list coords;
  for (int i = 0; i <= steps; ++i) {
    double lat = 0, lon = 0;
    line.GenPosition(false, line.Distance() * i / steps,
                     GeographicLib::GeodesicLine::LATITUDE | GeographicLib::GeodesicLine::LONGITUDE |
                         GeographicLib::GeodesicLine::LONG_UNROLL,
                     lat, lon, lon, lon, lon, lon, lon, lon);
    coords.append(py::make_tuple(lon, lat));
  }
  return coords;
}

// The route as a LineString through its places (a MultiLineString would split a route that is one line).
py::object route_geometry(const Route& r) {
  if (r.places.size() < 2) return py::none();
  py::list coords;
  for (std::size_t i = 0; i + 1 < r.places.size(); ++i) {
    py::list leg = leg_coordinates(r.places[i].place, r.places[i + 1].place);
    for (std::size_t k = (i == 0 ? 0 : 1); k < leg.size(); ++k) coords.append(leg[k]);
  }
  py::dict g;
  g["type"] = "LineString", g["coordinates"] = coords;
  return py::object(std::move(g));
}

py::object optional_value(const std::optional<double>& v) { return v ? py::cast(*v) : py::none(); }

// The flat properties of a checked claim: what a GeoDataFrame's columns or a layer's fields hold.
py::dict check_properties(const CheckResult& r) {
  py::dict p;
  p["from"] = r.route.places.empty() ? "" : r.route.places.front().place.name;
  p["to"] = r.route.places.empty() ? "" : r.route.places.back().place.name;
  p["mode"] = r.mode;
  p["verdict"] = py::str(py::cast(r.verdict).attr("name"));
  p["geodesic_km"] = r.route.geodesic_km;
  p["network_km"] = optional_value(r.route.network_km);
  p["claimed_distance_km"] = optional_value(r.claimed_distance_km);
  p["claimed_speed_kmh"] = optional_value(r.claimed_speed_kmh);
  p["claimed_duration_h"] = optional_value(r.claimed_duration_h);
  return p;
}

py::dict feature(py::object geometry, py::dict properties) {
  py::dict f;
  f["type"] = "Feature", f["geometry"] = std::move(geometry), f["properties"] = std::move(properties);
  return f;
}

// The module-level functions share one Checker, opened on first use with the installed data.
std::shared_ptr<Checker> default_checker() {
  static std::mutex mutex;
  static std::shared_ptr<Checker> checker;
  const std::lock_guard<std::mutex> lock(mutex);
  if (!checker) checker = std::make_shared<Checker>();
  return checker;
}

ClaimInput claim_input(const std::string& from, const std::string& to, const std::vector<std::string>& via,
                       const std::string& distance, const std::string& speed, const std::string& duration,
                       const std::string& stop, const std::string& top_speed, const std::string& mode,
                       const std::string& depart) {
  return ClaimInput{from, to, via, distance, speed, duration, stop, top_speed, mode, depart, ""};  // arrive: not yet a keyword
}

}  // namespace

PYBIND11_MODULE(_routecheck, m) {
  m.doc() = "routecheck: checks travel claims in the news against geography";
  static py::exception<Error> error(m, "Error", PyExc_RuntimeError);
  static py::exception<InputError> input_error(m, "InputError", error.ptr());
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const InputError& e) {
      PyErr_SetString(input_error.ptr(), message_line(e.what()).c_str());
    } catch (const Error& e) {
      PyErr_SetString(error.ptr(), message_line(e.what()).c_str());
    }
  });

  py::enum_<Verdict>(m, "Verdict")
      .value("consistent", Verdict::consistent).value("plausible", Verdict::plausible)
      .value("unverifiable", Verdict::unverifiable).value("suspicious", Verdict::suspicious)
      .value("inconsistent", Verdict::inconsistent);
  py::enum_<BroadMode>(m, "BroadMode")
      .value("rail", BroadMode::rail).value("road", BroadMode::road).value("sea", BroadMode::sea)
      .value("air", BroadMode::air).value("walk", BroadMode::walk);
  py::enum_<NetworkKind>(m, "NetworkKind")
      .value("rail", NetworkKind::rail).value("road", NetworkKind::road).value("sea", NetworkKind::sea);

  py::class_<Place>(m, "Place")
      .def_readonly("name", &Place::name).def_readonly("kind", &Place::kind)
      .def_readonly("country_code", &Place::country_code).def_readonly("admin1", &Place::admin1_name)
      .def_readonly("feature_code", &Place::feature_code).def_readonly("lat", &Place::lat_deg)
      .def_readonly("lon", &Place::lon_deg).def_readonly("population", &Place::population)
      .def_readonly("timezone", &Place::timezone).def_readonly("geonameid", &Place::geonameid)
      .def("to_dict", &place_dict)
      .def_property_readonly("geometry", &point_geometry)
      .def_property_readonly("__geo_interface__", [](const Place& p) { return feature(point_geometry(p), place_dict(p)); })
      .def("__repr__", [](const Place& p) { return "<Place " + p.name + ", " + p.country_code + ">"; });
  py::class_<Candidate>(m, "Candidate")
      .def_readonly("place", &Candidate::place).def_readonly("matched_name", &Candidate::matched_name)
      .def_readonly("score", &Candidate::score).def_readonly("reason", &Candidate::reason);
  py::class_<GeocodeResult>(m, "GeocodeResult")
      .def_readonly("query", &GeocodeResult::query).def_readonly("candidates", &GeocodeResult::candidates)
      .def_readonly("suggestions", &GeocodeResult::suggestions)
      .def_property_readonly("found", &GeocodeResult::found)
      .def("to_dict", &geocode_dict);
  py::class_<Relation>(m, "Relation")
      .def_readonly("id", &Relation::id).def_readonly("name", &Relation::name)
      .def_readonly("verdict", &Relation::verdict).def_readonly("reason", &Relation::reason)
      .def_readonly("figures", &Relation::figures)
      .def("to_dict", [](const Relation& r) {
        py::dict d;
        d["id"] = r.id, d["name"] = r.name, d["verdict"] = py::str(py::cast(r.verdict).attr("name"));
        d["reason"] = r.reason;
        py::dict figures;
        for (const auto& [name, value] : r.figures) figures[py::str(name)] = value;
        d["figures"] = figures;
        return d;
      })
      .def("__repr__", [](const Relation& r) { return "<Relation " + r.id + ">"; });
  py::class_<Waypoint>(m, "Waypoint")
      .def_readonly("query", &Waypoint::query).def_readonly("place", &Waypoint::place)
      .def_readonly("from_coordinates", &Waypoint::from_coordinates).def_readonly("reason", &Waypoint::reason);
  py::class_<Leg>(m, "Leg")
      .def_readonly("from_index", &Leg::from).def_readonly("to_index", &Leg::to)
      .def_readonly("geodesic_km", &Leg::geodesic_km).def_readonly("azimuth_start_deg", &Leg::azimuth_start_deg)
      .def_readonly("azimuth_end_deg", &Leg::azimuth_end_deg).def_readonly("network_km", &Leg::network_km);
  py::class_<BorderCrossing>(m, "BorderCrossing")
      .def_readonly("from_country", &BorderCrossing::from_country).def_readonly("to_country", &BorderCrossing::to_country)
      .def_readonly("lat", &BorderCrossing::lat_deg).def_readonly("lon", &BorderCrossing::lon_deg);
  py::class_<Route>(m, "Route")
      .def_property_readonly("places", [](const Route& r) {
        std::vector<Place> places;
        for (const Waypoint& w : r.places) places.push_back(w.place);
        return places;
      })
      .def_readonly("geodesic_km", &Route::geodesic_km).def_readonly("network", &Route::network)
      .def_readonly("network_km", &Route::network_km).def_readonly("countries", &Route::countries)
      .def_readonly("waypoints", &Route::places).def_readonly("legs", &Route::legs)
      .def_readonly("network_source", &Route::network_source).def_readonly("network_problem", &Route::network_problem)
      .def_readonly("border_crossings", &Route::border_crossings)
      // The geodesic line through the places (the path along a network is in the layers write_layers writes).
      .def_property_readonly("geometry", &route_geometry)
      .def_property_readonly("__geo_interface__", &route_geometry);
  py::class_<RouteResult>(m, "RouteResult")
      .def_readonly("route", &RouteResult::route).def_readonly("mode", &RouteResult::mode)
      .def_readonly("broad_mode", &RouteResult::broad_mode)
      .def_readonly("route_length_km", &RouteResult::route_length_km).def_readonly("travel_time_h", &RouteResult::travel_time_h)
      .def("to_dict", [](const RouteResult& r) { return json_dict(to_json(r)); })
      .def("to_json", [](const RouteResult& r) { return to_json(r); })
      .def_property_readonly("__geo_interface__", [](const RouteResult& r) {
        py::dict p;
        p["mode"] = r.mode, p["geodesic_km"] = r.route.geodesic_km, p["network_km"] = optional_value(r.route.network_km);
        py::list names;
        for (const Waypoint& w : r.route.places) names.append(w.place.name);
        p["places"] = names;
        return feature(route_geometry(r.route), p);
      })
      .def("__str__", [](const RouteResult& r) { return to_text(r); });
  py::class_<CheckResult>(m, "CheckResult")
      .def_readonly("route", &CheckResult::route).def_readonly("mode", &CheckResult::mode)
      .def_readonly("verdict", &CheckResult::verdict).def_readonly("relations", &CheckResult::relations)
      .def_readonly("notes", &CheckResult::notes)
      .def_readonly("claimed_distance_km", &CheckResult::claimed_distance_km)
      .def_readonly("claimed_speed_kmh", &CheckResult::claimed_speed_kmh)
      .def_readonly("claimed_duration_h", &CheckResult::claimed_duration_h)
      .def("to_dict", [](const CheckResult& r) { return json_dict(to_json(r)); })
      .def("to_json", [](const CheckResult& r) { return to_json(r); })
      .def("__str__", [](const CheckResult& r) { return to_text(r); })
      .def_property_readonly("geometry", [](const CheckResult& r) { return route_geometry(r.route); })
      .def_property_readonly("__geo_interface__", [](const CheckResult& r) {
        return feature(route_geometry(r.route), check_properties(r));
      })
      .def("__repr__", [](const CheckResult& r) {
        return "<CheckResult " + std::string(py::str(py::cast(r.verdict).attr("name"))) + ">";
      });
  py::class_<ArticlePlace>(m, "ArticlePlace")
      .def_readonly("start", &ArticlePlace::start).def_readonly("end", &ArticlePlace::end)
      .def_readonly("text", &ArticlePlace::text).def_readonly("place", &ArticlePlace::place);
  py::class_<ArticleFigure>(m, "ArticleFigure")
      .def_readonly("start", &ArticleFigure::start).def_readonly("end", &ArticleFigure::end)
      .def_readonly("text", &ArticleFigure::text).def_readonly("role", &ArticleFigure::role);
  py::class_<ArticleTrip>(m, "ArticleTrip")
      .def_readonly("check", &ArticleTrip::check).def_readonly("read_from", &ArticleTrip::read_from)
      .def_property_readonly("__geo_interface__", [](const ArticleTrip& t) {
        return feature(route_geometry(t.check.route), check_properties(t.check));
      });
  py::class_<ArticleResult>(m, "ArticleResult")
      .def_readonly("places", &ArticleResult::places).def_readonly("figures", &ArticleResult::figures)
      .def_readonly("trips", &ArticleResult::trips).def_readonly("verdict", &ArticleResult::verdict)
      .def("to_dict", [](const ArticleResult& r) { return json_dict(to_json(r)); })
      // The same object as one line of JSON text, as the CLI writes it: what a feed writes out, without
      // building Python objects only to serialize them again.
      .def("to_json", [](const ArticleResult& r) { return to_json(r); })
      .def("__str__", [](const ArticleResult& r) { return to_text(r); })
      // A FeatureCollection of the story's trips, numbered in the property "trip" as the layers number them.
      .def_property_readonly("__geo_interface__", [](const ArticleResult& r) {
        py::list features;
        for (std::size_t i = 0; i < r.trips.size(); ++i) {
          py::dict p = check_properties(r.trips[i].check);
          p["trip"] = i + 1;
          features.append(feature(route_geometry(r.trips[i].check.route), p));
        }
        py::dict fc;
        fc["type"] = "FeatureCollection", fc["features"] = features;
        return fc;
      });

  py::class_<Checker, std::shared_ptr<Checker>>(m, "Checker")
      .def(py::init([](std::vector<std::string> gazetteers, std::string base_gazetteer, std::string sea_lanes,
                       std::string network, std::vector<std::string> avoid, bool no_network, std::string mode_profiles) {
             Config config;
             config.gazetteers = std::move(gazetteers), config.base_gazetteer = std::move(base_gazetteer);
             config.sea_lanes = std::move(sea_lanes), config.network_file = std::move(network);
             config.avoid = std::move(avoid), config.no_network = no_network;
             config.mode_profiles = std::move(mode_profiles);
             py::gil_scoped_release release;
             return std::make_shared<Checker>(std::move(config));
           }),
           py::arg("gazetteers") = std::vector<std::string>{}, py::arg("base_gazetteer") = "", py::arg("sea_lanes") = "",
           py::arg("network") = "", py::arg("avoid") = std::vector<std::string>{}, py::arg("no_network") = false,
           py::arg("mode_profiles") = "")
      .def("geocode", [](const Checker& c, const std::string& name, std::size_t limit) {
             GeocodeOptions options;
             options.limit = limit;
             return c.geocode(name, options);
           }, py::arg("name"), py::arg("limit") = 5, py::call_guard<py::gil_scoped_release>())
      .def("check", [](const Checker& c, const std::string& from, const std::string& to, const std::vector<std::string>& via,
                       const std::string& distance, const std::string& speed, const std::string& duration,
                       const std::string& stop, const std::string& top_speed, const std::string& mode,
                       const std::string& depart) {
             return c.check(claim_input(from, to, via, distance, speed, duration, stop, top_speed, mode, depart));
           },
           py::arg("from_"), py::arg("to"), py::arg("via") = std::vector<std::string>{}, py::arg("distance") = "",
           py::arg("speed") = "", py::arg("duration") = "", py::arg("stop") = "", py::arg("top_speed") = "",
           py::arg("mode") = "", py::arg("depart") = "", py::call_guard<py::gil_scoped_release>())
      .def("route", [](const Checker& c, const std::vector<std::string>& places, const std::string& mode) {
             return c.route(places, mode);
           }, py::arg("places"), py::arg("mode") = "", py::call_guard<py::gil_scoped_release>())
      .def("read_article", [](const Checker& c, const std::string& text) { return c.read_article(text); },
           py::arg("text"), py::call_guard<py::gil_scoped_release>());

  // The Checker the module-level functions share (routecheck.frames uses it too): one gazetteer opened once.
  m.def("default_checker", &default_checker, py::call_guard<py::gil_scoped_release>());
  m.def("route", [](const std::vector<std::string>& places, const std::string& mode) {
          return default_checker()->route(places, mode);
        }, py::arg("places"), py::arg("mode") = "", py::call_guard<py::gil_scoped_release>());
  m.def("read_article", [](const std::string& text) { return default_checker()->read_article(text); },
        py::arg("text"), py::call_guard<py::gil_scoped_release>());
  m.def("geocode", [](const std::string& name, std::size_t limit) {
          GeocodeOptions options;
          options.limit = limit;
          return default_checker()->geocode(name, options);
        }, py::arg("name"), py::arg("limit") = 5, py::call_guard<py::gil_scoped_release>());
  m.def("check", [](const std::string& from, const std::string& to, const std::vector<std::string>& via,
                    const std::string& distance, const std::string& speed, const std::string& duration,
                    const std::string& stop, const std::string& top_speed, const std::string& mode,
                    const std::string& depart) {
          return default_checker()->check(claim_input(from, to, via, distance, speed, duration, stop, top_speed, mode, depart));
        },
        py::arg("from_"), py::arg("to"), py::arg("via") = std::vector<std::string>{}, py::arg("distance") = "",
        py::arg("speed") = "", py::arg("duration") = "", py::arg("stop") = "", py::arg("top_speed") = "",
        py::arg("mode") = "", py::arg("depart") = "", py::call_guard<py::gil_scoped_release>());
}
