"""routecheck: checks travel claims in the news against geography (the C++ library's Python face).

    import routecheck
    routecheck.geocode("Vladivostok").candidates[0].place.country_code     # 'RU'
    r = routecheck.check("Pyongyang", "Vladivostok", mode="rail", distance="683 miles")
    r.verdict, r.route.geodesic_km, r.to_dict(), r.__geo_interface__       # a GeoJSON Feature
    routecheck.route(["Seoul", "Busan"], mode="road").route.geodesic_km
    story = routecheck.read_article(text); story.trips[0].check.verdict

Tables (pandas): routecheck.check_frame(df), routecheck.geocode_series(names) -- routecheck.frames.
Feeds (Dask): routecheck.feed.run_feed(...) or `python3 -m routecheck.feed`.
Module-level functions share one Checker opened on first use with the installed data; make one
routecheck.Checker(...) per thread for parallel work. Errors: routecheck.InputError (input a caller can fix)
and routecheck.Error, with the one-line message the CLI prints.
"""
from ._routecheck import (ArticleFigure, ArticlePlace, ArticleResult, ArticleTrip, BorderCrossing, BroadMode,
                          Candidate, Checker, CheckResult, Error, GeocodeResult, InputError, Leg, NetworkKind,
                          Place, Relation, Route, RouteResult, Verdict, Waypoint, check, geocode, read_article,
                          route)


def check_frame(claims, checker=None):
    """A DataFrame of claims checked, one row out per row in: see routecheck.frames.check_frame."""
    from .frames import check_frame as impl
    return impl(claims, checker)


def geocode_series(names, checker=None, limit=1):
    """A Series of place names geocoded into a DataFrame: see routecheck.frames.geocode_series."""
    from .frames import geocode_series as impl
    return impl(names, checker, limit)


__all__ = ["ArticleFigure", "ArticlePlace", "ArticleResult", "ArticleTrip", "BorderCrossing", "BroadMode",
           "Candidate", "Checker", "CheckResult", "Error", "GeocodeResult", "InputError", "Leg", "NetworkKind",
           "Place", "Relation", "Route", "RouteResult", "Verdict", "Waypoint", "check", "check_frame", "geocode",
           "geocode_series", "read_article", "route"]
