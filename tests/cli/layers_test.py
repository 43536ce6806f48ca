"""Map layers end to end, as files a user gets: layer names, feature counts, geometry types, CRS and
fields in every format; RFC 7946 GeoJSON; legs densified to 10 km (measured with routecheck's own
geodesics); the Vladivostok-Anchorage route split at 180 degrees; --overwrite and the no-partial-file
rule; --out-crs; the SVG map; gazetteer export. Python standard library only.
Usage: layers_test.py ROUTECHECK   (works in a fresh temporary directory)"""
import csv
import json
import re
import os
import sqlite3
import struct
import subprocess
import sys

from checks import Checks
import xml.dom.minidom

RC = sys.argv[1]
LAYERS = {"places": ("POINT", 3), "legs": ("LINESTRING", 2), "route": ("LINESTRING", 1), "border_crossings": ("POINT", 1)}
SEED = ["check", "--from", "Pyongyang", "--via", "Khasan", "--to", "Vladivostok", "--mode", "rail",
        "--distance", "683 miles", "--speed", "about 37 mph", "--duration", "about 20 hours", "--stop", "unknown"]
check = Checks()
WORK = check.work_dir("routecheck-layers-")



def run(*args, expect=0):
    p = subprocess.run([RC, *args], capture_output=True, text=True, cwd=WORK)
    check(f"exit {expect}: {' '.join(args)}", p.returncode == expect, f"(got {p.returncode}: {p.stderr.strip()})")
    return p


def path(name):
    return os.path.join(WORK, name)


def geodesic_steps(coords):
    """Distances in metres between consecutive [lon, lat] vertices, by `routecheck route --batch`."""
    lines = "".join(f"{a[1]} {a[0]} {b[1]} {b[0]}\n" for a, b in zip(coords, coords[1:]))
    out = subprocess.run([RC, "route", "--batch"], input=lines, capture_output=True, text=True).stdout
    return [float(line.split()[2]) for line in out.splitlines()]  # azi1 azi2 s12


# 1. Every format at once, with the map.
p = run(*SEED, "--out", "seed.gpkg", "--out", "seed.geojson", "--out", "seed.kml", "--out", "seed.csv",
        "--out", "seed.fgb", "--map", "seed.svg")
check("report lists the crossing", "border         North Korea → Russia at 42.4" in p.stdout, p.stdout)

# GeoPackage: layers, types, CRS, counts, fields, styles.
db = sqlite3.connect(path("seed.gpkg"))
geom = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
srs = dict(db.execute("SELECT table_name, srs_id FROM gpkg_geometry_columns"))
for name, (gtype, count) in LAYERS.items():
    check(f"gpkg {name} geometry type", geom.get(name) == gtype, str(geom.get(name)))
    check(f"gpkg {name} EPSG:4326", srs.get(name) == 4326, str(srs.get(name)))
    check(f"gpkg {name} count", db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == count)
    style = db.execute("SELECT useAsDefault, styleQML FROM layer_styles WHERE f_table_name = ?", (name,)).fetchone()
    check(f"gpkg {name} default style", style is not None and style[0] == 1 and "<qgis" in style[1])
    if style:
        xml.dom.minidom.parseString(style[1])  # well-formed QML
legs_fields = [r[1] for r in db.execute('PRAGMA table_info("legs")')]
for field in ("from", "to", "geodesic_km", "azimuth", "claimed_km", "claimed_h", "share", "verdict"):
    check(f"gpkg legs field {field}", field in legs_fields, str(legs_fields))
# Issue 29: per-leg values sum to the route's; a leg repeating the claim's distance doubled it in a sum.
route_row = db.execute('SELECT claimed_distance_km, claimed_duration_h, geodesic_km FROM "route"').fetchone()
leg_sums = db.execute('SELECT sum(claimed_km), sum(claimed_h), sum(geodesic_km), sum(share) FROM "legs"').fetchone()
check("legs' claimed km sum to the claim's", abs(leg_sums[0] - route_row[0]) < 0.01, f"{leg_sums} vs {route_row}")
check("legs' claimed hours sum to the claim's", abs(leg_sums[1] - route_row[1]) < 0.001, f"{leg_sums} vs {route_row}")
check("legs' geodesic km sum to the route's", abs(leg_sums[2] - route_row[2]) < 0.01, f"{leg_sums} vs {route_row}")
check("legs' shares sum to one", abs(leg_sums[3] - 1) < 1e-9, str(leg_sums))
check("route keeps the figures as written", db.execute('SELECT claimed FROM "route"').fetchone()[0] ==
      "683 miles, about 37 mph, about 20 hours")
check("gpkg route verdict", db.execute('SELECT verdict FROM "route"').fetchone()[0] == "plausible")
check("gpkg crossing KP -> RU",
      db.execute('SELECT from_country, to_country FROM "border_crossings"').fetchone() == ("KP", "RU"))

# GeoJSON: RFC 7946, one FeatureCollection per layer, a .qml beside each.
for name, (gtype, count) in LAYERS.items():
    with open(path(f"seed.{name}.geojson")) as f:
        fc = json.load(f)
    check(f"geojson {name} is a FeatureCollection", fc["type"] == "FeatureCollection")
    check(f"geojson {name} has no crs member (RFC 7946)", "crs" not in fc)
    check(f"geojson {name} count", len(fc["features"]) == count)
    check(f"geojson {name} type", all(f["geometry"]["type"].upper() == gtype for f in fc["features"]))
    check(f"geojson {name} style sidecar", os.path.exists(path(f"seed.{name}.qml")))
with open(path("seed.legs.geojson")) as f:
    legs = json.load(f)["features"]
coords = legs[0]["geometry"]["coordinates"]
check("legs are lon, lat", abs(coords[0][0] - 125.75432) < 1e-6 and abs(coords[0][1] - 39.03385) < 1e-6, str(coords[0]))
steps = geodesic_steps(coords)
check("legs densified: vertices at most 10 km apart", max(steps) <= 10000.01, str(max(steps)))
check("legs densified: Pyongyang-Khasan in 56 steps", len(steps) == 56, str(len(steps)))
check("legs follow the geodesic", abs(sum(steps) - legs[0]["properties"]["geodesic_km"] * 1000) < 1, str(sum(steps)))

# KML, CSV (WKT), FlatGeobuf.
kml = xml.dom.minidom.parse(path("seed.kml"))
check("kml placemarks", len(kml.getElementsByTagName("Placemark")) == 7)
with open(path("seed.legs.csv")) as f:
    rows = list(csv.DictReader(f))
check("csv legs rows", len(rows) == 2)
check("csv WKT geometry", rows and rows[0]["WKT"].startswith("LINESTRING (125.75432 39.03385"), rows[0].get("WKT", "")[:40])
# Issue 29: numbers in CSV read as numbers (QGIS read quoted integers and untyped columns as text): a
# .csvt beside each layer's CSV types its columns, and GDAL (QGIS's reader) reads them so.
from osgeo import ogr  # noqa: E402  (Debian's python3-gdal, as QGIS has it)
for name in LAYERS:
    check(f"csv {name} types sidecar", os.path.exists(path(f"seed.{name}.csv")) and os.path.exists(path(f"seed.{name}.csvt")))
    ds = ogr.Open(path(f"seed.{name}.csv"))
    defn = ds.GetLayer(0).GetLayerDefn()
    types = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}
    expected = {"places": {"population": "Integer64", "geonameid": "Integer64", "name": "String"},
                "legs": {"leg": "Integer64", "geodesic_km": "Real", "claimed_km": "Real", "verdict": "String"},
                "route": {"geodesic_km": "Real", "claimed_speed_kmh": "Real", "moving_h": "Real"},
                "border_crossings": {"leg": "Integer64", "km_from_start": "Real"}}[name]
    check(f"csv {name} typed columns", all(types.get(k) == v for k, v in expected.items()), str(types))
with open(path("seed.legs.csv")) as f:
    raw = f.read()
check("csv integers unquoted", ',"1",' not in raw and ',"2",' not in raw, raw[-300:])
with open(path("seed.places.fgb"), "rb") as f:
    check("flatgeobuf magic", f.read(4) == b"fgb\x03")

# The SVG map: well-formed, holds the legs, the places, the crossing, a scale bar, the verdict.
svg = xml.dom.minidom.parse(path("seed.svg"))
texts = " ".join(t.firstChild.data for t in svg.getElementsByTagName("text") if t.firstChild)
check("svg legs", len(svg.getElementsByTagName("polyline")) == 2)
check("svg places and verdict", all(w in texts for w in ("Pyongyang", "Khasan", "Vladivostok", "plausible", "KP → RU", " km")), texts)
check("svg country outlines", len([p for p in svg.getElementsByTagName("path") if p.parentNode.getAttribute("id") == "countries"]) >= 3)

# --map x.png (issue 29): the same map rendered by librsvg, at the SVG's own size, the same bytes each time;
# any other extension refused before anything is written.
root_svg = svg.documentElement
for name in ("seed-a.png", "seed-b.png"):
    run(*SEED, "--map", name, expect=p.returncode)
png = open(path("seed-a.png"), "rb").read() if os.path.exists(path("seed-a.png")) else b""
check("png: a PNG file", png[:8] == b"\x89PNG\r\n\x1a\n", png[:8])
if png[:8] == b"\x89PNG\r\n\x1a\n":
    width, height = struct.unpack(">II", png[16:24])
    check("png: the SVG's size", (width, height) == (int(float(root_svg.getAttribute("width"))), int(float(root_svg.getAttribute("height")))),
          f"{width}x{height} against {root_svg.getAttribute('width')}x{root_svg.getAttribute('height')}")
    check("png: the same bytes twice", png == open(path("seed-b.png"), "rb").read())
r = run(*SEED, "--map", "seed.jpg", expect=2)
check("map: another extension refused in one line naming it", r.stderr.strip().count("\n") == 0 and "seed.jpg" in r.stderr
      and not os.path.exists(path("seed.jpg")), r.stderr)
check("svg title says the line is straight, not the rail route",
      "straight line" in svg.getElementsByTagName("title")[0].firstChild.data)
check("gpkg legs say they are straight lines",
      db.execute('SELECT DISTINCT line FROM "legs"').fetchall() == [("straight line (geodesic)",)])

# Issue 8: north-south routes drew a frame cut to their east-west extent, neither end on the map.
for origin, destination in (("Cairo", "Nairobi"), ("Oslo", "Copenhagen"), ("Cairo", "Johannesburg")):
    name = f"{origin}-{destination}.svg".lower()
    run("route", origin, destination, "--map", name)
    doc = xml.dom.minidom.parse(path(name))
    _, _, width, height = (float(v) for v in doc.documentElement.getAttribute("viewBox").split())
    ends = [(float(c.getAttribute("cx")), float(c.getAttribute("cy"))) for c in doc.getElementsByTagName("circle")
            if c.parentNode.getAttribute("id") == "places"]
    check(f"map {origin}-{destination} holds both ends", len(ends) == 2 and
          all(0 <= x <= width and 0 <= y <= height for x, y in ends), f"{ends} in {width}x{height}")

# Issue 29: check --batch --out writes one layer set for the whole batch, each feature with its batch row
# ("row", the batch output's first column), in every format; rows that fail have no features.
claims = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "cli", "claims.csv")
p = run("check", "--batch", claims, "--out", "batch.gpkg", "--out", "batch.geojson", "--out", "batch.csv", expect=2)
table = list(csv.DictReader(p.stdout.splitlines()))
checked_rows = {int(r["row"]) for r in table if r["verdict"] != "error"}
check("batch has rows that checked and one that did not", len(checked_rows) >= 2 and len(checked_rows) < len(table), str(table))
bdb = sqlite3.connect(path("batch.gpkg"))
route_rows = [r for (r,) in bdb.execute('SELECT "row" FROM "route"')]
check("batch gpkg: one route a checked row", sorted(route_rows) == sorted(checked_rows), f"{route_rows} vs {checked_rows}")
check("batch gpkg: legs join to their rows",
      {r for (r,) in bdb.execute('SELECT DISTINCT "row" FROM "legs"')} == checked_rows)
verdict_by_row = {int(r["row"]): r["verdict"] for r in table}
check("batch gpkg: each route's verdict is its row's",
      all(verdict_by_row[r] == v for r, v in bdb.execute('SELECT "row", verdict FROM "route"')))
with open(path("batch.route.geojson")) as f:
    check("batch geojson: row on every feature", sorted(ft["properties"]["row"] for ft in json.load(f)["features"]) == sorted(checked_rows))
with open(path("batch.places.csv")) as f:
    check("batch csv: row on every place", {int(r["row"]) for r in csv.DictReader(f)} == checked_rows)
p = run("check", "--batch", claims, "--map", "batch.svg", expect=2)
check("batch --map refused in one line", "--map takes one claim" in p.stderr and p.stderr.count("\n") == 1, p.stderr)

# 2. Existing files are not replaced without --overwrite; nothing half-written on failure.
before = open(path("seed.gpkg"), "rb").read()
p = run(*SEED, "--out", "seed.gpkg", expect=2)
check("refuses to replace", "exists: use --overwrite" in p.stderr and p.stderr.count("\n") == 1, p.stderr)
check("old file intact", open(path("seed.gpkg"), "rb").read() == before)
run(*SEED, "--out", "seed.gpkg", "--overwrite")
p = run(*SEED, "--out", "fresh.gpkg", "--out", "fresh.shp", expect=2)
check("unknown format named", "unknown format '.shp'" in p.stderr, p.stderr)
check("no partial file", not os.path.exists(path("fresh.gpkg")))
p = run(*SEED, "--out", "fresh.gpkg", "--out-crs", "EPSG:999999", expect=2)
check("bad CRS named", "--out-crs 'EPSG:999999'" in p.stderr, p.stderr)
check("no partial file after a bad CRS", not os.path.exists(path("fresh.gpkg")))
check("no temporary files left", not [n for n in os.listdir(WORK) if ".tmp-" in n], str(os.listdir(WORK)))

# 3. --out-crs reprojects GeoPackage layers; GeoJSON stays EPSG:4326.
run(*SEED, "--out", "mercator.gpkg", "--out", "mercator.geojson", "--out-crs", "EPSG:3857")
db = sqlite3.connect(path("mercator.gpkg"))
check("gpkg in EPSG:3857", db.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='places'").fetchone()[0] == 3857)
with open(path("mercator.places.geojson")) as f:
    check("geojson stays lon/lat", abs(json.load(f)["features"][0]["geometry"]["coordinates"][0] - 125.75432) < 1e-6)

# 4. Across the antimeridian: Vladivostok to Anchorage is split at 180 degrees.
run("route", "Vladivostok", "Anchorage", "--mode", "air", "--out", "pacific.geojson", "--out", "pacific.gpkg", "--map", "pacific.svg")
with open(path("pacific.legs.geojson")) as f:
    g = json.load(f)["features"][0]["geometry"]
check("split leg is a MultiLineString", g["type"] == "MultiLineString", g["type"])
if g["type"] == "MultiLineString":
    check("first part ends at 180", g["coordinates"][0][-1][0] == 180)
    check("second part starts at -180", g["coordinates"][1][0][0] == -180)
    check("all longitudes in range", all(-180 <= c[0] <= 180 for part in g["coordinates"] for c in part))
db = sqlite3.connect(path("pacific.gpkg"))
check("gpkg legs type MULTILINESTRING",
      db.execute("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name='legs'").fetchone()[0] == "MULTILINESTRING")

# 5. An article's claim as layers.
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "article", "corpus")
run("article", os.path.join(corpus, "001-seed-train.txt"), "--out", "article.gpkg", "--map", "article.svg")
db = sqlite3.connect(path("article.gpkg"))
check("article layers: origin, via, destination",
      [r[0] for r in db.execute('SELECT role FROM "places" ORDER BY fid')] == ["origin", "via", "destination"])
check("article crossing", db.execute('SELECT count(*) FROM "border_crossings"').fetchone()[0] == 1)
check("article map", os.path.exists(path("article.svg")))
# Every claim of a story, numbered (issue 11: not the first only): two trips, by road and by air.
snippets = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "article", "snippets")
run("article", os.path.join(snippets, "modes-apart.txt"), "--out", "two.gpkg", expect=0)
db = sqlite3.connect(path("two.gpkg"))
check("article: every claim's route, numbered",
      [r for r in db.execute('SELECT claim, mode FROM "route" ORDER BY claim')] == [(1, "road"), (2, "air")])

# 6. gazetteer export: all places, one layer.
# Every place of the gazetteer, as many as `gazetteer info` counts (the count changes with the data).
places_in_gazetteer = int(re.search(r"(\d+) places", run("gazetteer", "info").stdout).group(1))
run("gazetteer", "export", "places.geojson")
with open(path("places.geojson")) as f:
    fc = json.load(f)
check("export geojson count", len(fc["features"]) == places_in_gazetteer, str(len(fc["features"])))
# Issue 25: a pick in doubt names its runner-up in the places layer too, as the text and JSON do.
run("check", "--from", "Springfield", "--to", "Boston", "--mode", "road", "--out", "doubt.geojson")
with open(path("doubt.places.geojson")) as f:
    doubt = json.load(f)
runner = [feat["properties"].get("runner_up") for feat in doubt["features"]]
check("places layer runner_up", runner[0] is not None and runner[0].startswith("Springfield (US, Illinois)") and runner[1] is None,
      str(runner))
# Issue 28: the route layer carries the story's timeline (local departure and arrival, and the fit).
run("check", "--from", "Pyongyang", "--to", "Vladivostok", "--mode", "rail", "--duration", "about 20 hours",
    "--depart", "Saturday night", "--arrive", "Monday morning", "--out", "times.geojson", expect=1)
with open(path("times.route.geojson")) as f:
    times = json.load(f)["features"][0]["properties"]
check("route layer timeline", times.get("departs_local", "").startswith("Saturday 20:00") and times.get("timeline") == "cannot",
      str({k: times.get(k) for k in ("departs_local", "arrives_local", "timeline")}))
with open(path("doubt.route.geojson")) as f:
    untimed = json.load(f)["features"][0]["properties"]
check("route layer timeline null without times", untimed.get("timeline") is None and "departs_local" in untimed, str(untimed))
check("export geojson fields", {"name", "country_code", "timezone", "geonameid"} <= set(fc["features"][0]["properties"]))
run("gazetteer", "export", "places.gpkg")
db = sqlite3.connect(path("places.gpkg"))
check("export gpkg count", db.execute('SELECT count(*) FROM "places"').fetchone()[0] == places_in_gazetteer)
p = run("gazetteer", "export", "places.gpkg", expect=2)
check("export refuses to replace", "exists: use --overwrite" in p.stderr, p.stderr)

if not check.failed:
    subprocess.run(["rm", "-rf", WORK])
check.finish()
