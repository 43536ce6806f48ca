"""pandas helpers: a DataFrame of claims checked, a Series of names geocoded, each into a DataFrame.

A bad row (an unknown place, a figure that cannot be read) becomes a row with its `error` and its verdict
"error"; it never stops the others. The table's own columns (an id, a URL, an editor's note) pass through
untouched, first and in their order; the results follow. A result column whose name the table already uses
gets the suffix "_routecheck".
"""
import pandas as pd

from . import _routecheck

# The claim columns read from a table; any other column passes through. `via` is places separated by ';'
# (as in the CLI's tables) or a list.
CLAIM_COLUMNS = ("from", "to", "via", "distance", "speed", "top_speed", "duration", "stop", "mode", "depart")

# The columns check_frame adds, in order.
RESULT_COLUMNS = ("from_place", "from_country", "from_lat", "from_lon", "to_place", "to_country", "to_lat", "to_lon",
                  "profile", "verdict", "geodesic_km", "network_km", "claimed_km", "claimed_kmh", "claimed_h",
                  "reasons", "notes", "error", "geometry")

# Those of RESULT_COLUMNS that hold numbers (float64; NaN where none).
_NUMBER_COLUMNS = ("from_lat", "from_lon", "to_lat", "to_lon", "geodesic_km", "network_km", "claimed_km", "claimed_kmh", "claimed_h")

GEOCODE_COLUMNS = ("query", "found", "name", "country_code", "admin1", "kind", "feature_code", "lat", "lon",
                   "population", "timezone", "geonameid", "score", "rank", "error", "geometry")


def _text(value):
    """A cell as the text the Checker reads: missing (None, NaN, NA) is empty; numbers as written."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):  # a list cell: pd.isna is element-wise
        pass
    return str(value).strip()


def _via(value):
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if _text(v)]
    return [v.strip() for v in _text(value).split(";") if v.strip()]


def _checked_row(checker, row):
    claim = {name: _text(row.get(name)) for name in CLAIM_COLUMNS if name != "via"}
    out = dict.fromkeys(RESULT_COLUMNS)
    try:
        r = checker.check(from_=claim["from"], to=claim["to"], via=_via(row.get("via")), distance=claim["distance"],
                          speed=claim["speed"], duration=claim["duration"], stop=claim["stop"],
                          top_speed=claim["top_speed"], mode=claim["mode"], depart=claim["depart"])
    except _routecheck.Error as e:  # InputError too: the row carries it, the table goes on
        out["verdict"], out["error"] = "error", str(e)
        return out
    # Each attribute of a result is a fresh copy of its C++ value (a route with its geometry): read once.
    route = r.route
    places = route.places
    first, last = places[0], places[-1]
    out.update(from_place=first.name, from_country=first.country_code, from_lat=first.lat, from_lon=first.lon,
               to_place=last.name, to_country=last.country_code, to_lat=last.lat, to_lon=last.lon, profile=r.mode,
               verdict=r.verdict.name, geodesic_km=route.geodesic_km, network_km=route.network_km,
               claimed_km=r.claimed_distance_km, claimed_kmh=r.claimed_speed_kmh, claimed_h=r.claimed_duration_h,
               reasons=" | ".join(f"{rel.verdict.name}: {rel.reason}" for rel in r.relations),
               notes=" | ".join(r.notes), geometry=r.geometry)
    return out


def _result_names(columns, names):
    taken = set(columns)
    return {n: (n + "_routecheck" if n in taken else n) for n in names}


def check_frame(claims, checker=None):
    """Checks every row of `claims` (a DataFrame with at least `from` and `to`; the other claim columns
    CLAIM_COLUMNS are optional) and returns a DataFrame with the same index: the input's columns untouched,
    then RESULT_COLUMNS. `geometry` holds a GeoJSON-like LineString dict (lon, lat; WGS84), so

        gdf = geopandas.GeoDataFrame(out, geometry=out.geometry.map(shapely.geometry.shape, na_action="ignore"),
                                     crs="EPSG:4326")

    `checker`: a routecheck.Checker (default: the module's shared one, opened with the installed data)."""
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"check_frame: expected a pandas DataFrame, got {type(claims).__name__}")
    missing = [c for c in ("from", "to") if c not in claims.columns]
    if missing:
        raise ValueError(f"check_frame: the table needs the columns 'from' and 'to' (missing: {', '.join(missing)})")
    checker = checker or _shared_checker()
    rows = [_checked_row(checker, row) for row in claims.to_dict("records")]
    if rows:
        results = pd.DataFrame.from_records(rows, columns=list(RESULT_COLUMNS), index=claims.index)
    else:
        # A filter that matched nothing: an empty result with the same columns and dtypes (from_records
        # raised pandas' own error on no rows).
        results = pd.DataFrame({c: pd.Series(dtype="float64" if c in _NUMBER_COLUMNS else "object") for c in RESULT_COLUMNS},
                               index=claims.index)
    results = results.rename(columns=_result_names(claims.columns, RESULT_COLUMNS))
    return pd.concat([claims, results], axis=1)


def geocode_series(names, checker=None, limit=1):
    """Geocodes every name of `names` (a Series or any iterable of strings). Returns a DataFrame with up to
    `limit` rows per name, best first (`rank` 1, 2, ...), GEOCODE_COLUMNS, and the Series' index repeated, so
    `out.loc[i]` are the candidates of names[i]. A name that matches nothing is one row with found False; an
    empty or over-long name, or two numbers (a point, "48.85,2.35", which geocode does not look up), is one
    row with its `error`."""
    if not isinstance(names, pd.Series):
        names = pd.Series(list(names))
    checker = checker or _shared_checker()
    rows, index = [], []
    for i, name in names.items():
        query = _text(name)
        blank = dict.fromkeys(GEOCODE_COLUMNS)
        blank.update(query=query, found=False)
        try:
            result = checker.geocode(query, limit=limit)
        except _routecheck.Error as e:
            blank["error"] = str(e)
            rows.append(blank), index.append(i)
            continue
        if not result.candidates:
            rows.append(blank), index.append(i)
        for rank, c in enumerate(result.candidates, start=1):
            p = c.place
            rows.append(dict(query=query, found=True, name=p.name, country_code=p.country_code, admin1=p.admin1,
                             kind=p.kind, feature_code=p.feature_code, lat=p.lat, lon=p.lon, population=p.population,
                             timezone=p.timezone, geonameid=p.geonameid, score=c.score, rank=rank, error=None,
                             geometry=p.geometry))
            index.append(i)
    return pd.DataFrame.from_records(rows, columns=list(GEOCODE_COLUMNS),
                                     index=pd.Index(index, name=names.index.name))


def _shared_checker():
    return _routecheck.default_checker()
