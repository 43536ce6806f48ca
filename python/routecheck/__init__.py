"""routecheck: checks travel claims in the news against geography (the C++ library's Python face).

    import routecheck
    routecheck.geocode("Vladivostok").candidates[0].place.country_code   # 'RU'
    r = routecheck.check("Pyongyang", "Vladivostok", mode="rail", distance="683 miles")
    r.verdict, r.route.geodesic_km, r.to_dict()
"""
from ._routecheck import (BroadMode, Candidate, Checker, CheckResult, Error, GeocodeResult, InputError,
                          NetworkKind, Place, Relation, Route, Verdict, check, geocode)

__all__ = ["BroadMode", "Candidate", "Checker", "CheckResult", "Error", "GeocodeResult", "InputError",
           "NetworkKind", "Place", "Relation", "Route", "Verdict", "check", "geocode"]
