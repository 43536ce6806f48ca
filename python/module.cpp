// The Python module routecheck._routecheck (pybind11, Debian's python3-pybind11) over the same facade the
// CLI calls: a Checker, typed results with attributes and to_dict(), the GIL released in every long call,
// routecheck errors as Python exceptions with the CLI's one-line message.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

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
      PyErr_SetString(input_error.ptr(), e.what());
    } catch (const Error& e) {
      PyErr_SetString(error.ptr(), e.what());
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
      .def_readonly("figures", &Relation::figures);
  py::class_<Route>(m, "Route")
      .def_property_readonly("places", [](const Route& r) {
        std::vector<Place> places;
        for (const Waypoint& w : r.places) places.push_back(w.place);
        return places;
      })
      .def_readonly("geodesic_km", &Route::geodesic_km).def_readonly("network", &Route::network)
      .def_readonly("network_km", &Route::network_km).def_readonly("countries", &Route::countries);
  py::class_<CheckResult>(m, "CheckResult")
      .def_readonly("route", &CheckResult::route).def_readonly("mode", &CheckResult::mode)
      .def_readonly("verdict", &CheckResult::verdict).def_readonly("relations", &CheckResult::relations)
      .def_readonly("notes", &CheckResult::notes)
      .def_readonly("claimed_distance_km", &CheckResult::claimed_distance_km)
      .def_readonly("claimed_speed_kmh", &CheckResult::claimed_speed_kmh)
      .def_readonly("claimed_duration_h", &CheckResult::claimed_duration_h)
      .def("to_dict", [](const CheckResult& r) { return json_dict(to_json(r)); })
      .def("__str__", [](const CheckResult& r) { return to_text(r); });

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
           py::arg("mode") = "", py::arg("depart") = "", py::call_guard<py::gil_scoped_release>());

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
