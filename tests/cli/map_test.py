"""SVG maps as a reader sees them, one kind of fault per check, each on several routes: outlines near the
projection's far side smeared over the sea (southern Pacific routes), a short trip lost in a frame too wide
(and its scale bar longer than the trip), text printed over text (title over verdict, labels over labels,
border crossings back and forth), an article's claims all in one colour, no legend or claimed figures.
The SVG is parsed; text boxes are estimated from character counts at DejaVu Sans' average widths.
Usage: map_test.py ROUTECHECK   (works in a fresh temporary directory)"""
import os
import re
import subprocess
import sys

from checks import Checks
import xml.etree.ElementTree as ET

RC = sys.argv[1]
NS = "{http://www.w3.org/2000/svg}"
check = Checks()
WORK = check.work_dir("routecheck-map-")



def draw(name, args):
    path = os.path.join(WORK, name + ".svg")
    r = subprocess.run([RC] + args + ["--map", path, "--overwrite"], capture_output=True, text=True)
    if r.returncode not in (0, 1) or not os.path.exists(path):
        check(f"{name}: map written", False, r.stderr.strip())
        return None
    return ET.parse(path).getroot()


def by_id(root, ident):
    for e in root.iter():
        if e.get("id") == ident:
            return e
    return None


def subpaths(d):
    """Polygons of an SVG path of M/L/Z commands, as lists of (x, y)."""
    polys, cur = [], []
    for cmd, x, y in re.findall(r"([MLZ])\s*(?:(-?[\d.]+)[ ,](-?[\d.]+))?", d):
        if cmd == "M":
            if cur:
                polys.append(cur)
            cur = [(float(x), float(y))]
        elif cmd == "L":
            cur.append((float(x), float(y)))
        elif cmd == "Z" and cur:
            polys.append(cur)
            cur = []
    if cur:
        polys.append(cur)
    return polys


def area(poly):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]))) / 2


def map_size(root):
    sea = by_id(root, "sea")
    if sea is None:  # a map without a sea rectangle of its own: the whole page
        _, _, w, h = (float(v) for v in root.get("viewBox").split())
        return w, h
    return float(sea.get("width")), float(sea.get("height"))


def countries(root):
    out = {}
    for p in by_id(root, "countries"):
        name = p.find(NS + "title").text
        out[name] = out.get(name, 0) + sum(area(poly) for poly in subpaths(p.get("d")))
    return out


# --- Kind: outlines near the antipode of the map's centre smeared over the whole map -------------------
for a, b in (("Auckland", "Santiago"), ("Sydney", "Santiago"), ("Wellington", "Lima")):
    root = draw(f"pacific-{a}", ["route", a, b, "--mode", "air"])
    if root is None:
        continue
    w, h = map_size(root)
    land = countries(root)
    # Outlines are clipped to the frame; land over most of the frame means a smeared outline.
    check(f"{a}-{b}: the ocean stays sea", sum(land.values()) < 0.4 * w * h,
          f"land {sum(land.values()) / (w * h):.0%} of the map; largest {max(land, key=land.get)}")
    check(f"{a}-{b}: no outline covers the frame", max(land.values()) < 0.3 * w * h, max(land, key=land.get))
    for country in ("Chile", "Argentina") if b == "Santiago" else ("Peru",):
        check(f"{a}-{b}: {country} drawn", land.get(country, 0) > 100, str(sorted(land)))

# --- Kind: land drawn past the map's own area, over the legend below it (the outlines' clip frame reaches
# a little past the map so the edges it adds stay out of sight; something must clip them at the map) ------
def parent_of(root, child):
    for e in root.iter():
        if child in list(e):
            return e
    return None


for a, b, mode in (("Berlin", "Chicago", "air"), ("Sydney", "Santiago", "air"), ("Lisbon", "Moscow", "rail")):
    root = draw(f"clip-{a}", ["route", a, b, "--mode", mode])
    if root is None:
        continue
    w, h = map_size(root)
    group = by_id(root, "countries")
    port = parent_of(root, group)
    check(f"{a}-{b}: the countries sit in a viewport of the map's own size, clipping them",
          port is not None and port.tag == NS + "svg" and port.get("overflow") == "hidden"
          and abs(float(port.get("width")) - w) < 1 and abs(float(port.get("height")) - h) < 1,
          "" if port is None else f"{port.tag} {port.attrib}")
    below = [y for p in group for poly in subpaths(p.get("d")) for _, y in poly if y > h]
    check(f"{a}-{b}: some outline reaches past the map (what the clip is for)", below != [] or a == "Lisbon",
          "no vertex below the map")


# --- Kind: a trip of a few km drawn as a dot with a scale bar longer than the trip ---------------------
for name, a, b in (("vienna", "48.2082,16.3738", "48.2000,16.4100"),  # about 3 km
                   ("paris", "48.8566,2.3522", "48.8738,2.2950"),     # about 4.6 km
                   ("kyoto", "35.0116,135.7681", "34.9858,135.7588")):  # about 3 km
    root = draw(f"short-{name}", ["route", a, b])
    if root is None:
        continue
    w, h = map_size(root)
    scale_km = float(by_id(root, "scale").get("data-length-km", "inf"))
    xs, ys = [], []
    for poly in by_id(root, "legs").iter(NS + "polyline"):
        for pair in poly.get("points").split():
            x, y = pair.split(",")
            xs.append(float(x)), ys.append(float(y))
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    check(f"{name}: the trip fills the map", extent > 0.4 * w, f"{extent:.0f} px of {w:.0f}")
    check(f"{name}: the scale bar is shorter than the trip", scale_km <= 2, f"{scale_km} km")
    check(f"{name}: a scale bar below a km reads in m", scale_km >= 1 or " m" in "".join(by_id(root, "scale").itertext()))


# --- Kind: text over text ------------------------------------------------------------------------------
def text_boxes(root):
    """Estimated boxes of every text element, in page coordinates."""
    boxes = []

    def walk(e, dx, dy, size, bold):
        t = e.get("transform", "")
        m = re.match(r"translate\((-?[\d.]+)[ ,](-?[\d.]+)\)", t)
        if m:
            dx, dy = dx + float(m.group(1)), dy + float(m.group(2))
        size = float(e.get("font-size", size))
        bold = e.get("font-weight", "bold" if bold else "") == "bold"
        if e.tag == NS + "text" and e.text:
            wpx = len(e.text) * size * (0.62 if bold else 0.56)
            x, y = float(e.get("x")) + dx, float(e.get("y")) + dy
            anchor = e.get("text-anchor", "start")
            x0 = x if anchor == "start" else x - wpx if anchor == "end" else x - wpx / 2
            boxes.append((e.text, x0, y - size * 0.8, x0 + wpx, y + size * 0.25))
        for c in e:
            walk(c, dx, dy, size, bold)
    walk(root, 0, 0, 16, False)
    return boxes


def overlaps(boxes):
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]:
                out.append((a[0], b[0]))
    return out


SEED = ["check", "--from", "Pyongyang", "--via", "Khasan", "--to", "Vladivostok", "--mode", "rail",
        "--distance", "683 miles", "--speed", "about 37 mph", "--duration", "about 20 hours"]
LONG = ["check", "--from", "Saint Petersburg", "--via", "Moscow", "--via", "Yekaterinburg", "--via", "Novosibirsk",
        "--via", "Irkutsk", "--to", "Vladivostok", "--mode", "rail", "--distance", "9,289 km", "--duration", "7 days"]
WINDING = ["route", "Ulaanbaatar", "Ulan-Ude", "Irkutsk", "Kyzyl", "--mode", "road"]
for name, args in (("seed", SEED), ("long-title", LONG), ("winding", WINDING)):
    root = draw(f"text-{name}", args)
    if root is None:
        continue
    found = overlaps(text_boxes(root))
    check(f"{name}: no text over text", not found, str(found[:3]))
    texts = ["".join(t.itertext()) for t in root.iter(NS + "text")]
    check(f"{name}: legend drawn", by_id(root, "legend") is not None)
    if name != "winding":
        check(f"{name}: verdict stated in words", any(t.startswith("Verdict: ") for t in texts))
        check(f"{name}: the claimed figures in the legend", any(t.startswith("claimed: ") for t in texts), str(texts[-8:]))

# --- Kind: an article's claims each in their own colour, numbered --------------------------------------
story = os.path.join(WORK, "story.txt")
with open(story, "w") as f:
    f.write("The new express covers the 650 km from Moscow to Saint Petersburg in four hours.\n\n"
            "The airline says its flight from Paris to Tokyo takes three hours.\n")
root = draw("article", ["article", story])
if root is not None:
    legs = [g for g in by_id(root, "legs") if g.get("class") == "leg"]
    colours = {}
    for g in legs:
        colours.setdefault(g.get("data-claim"), set()).add(g.get("stroke"))
    rows = [g for g in by_id(root, "legend") if g.get("class") == "legend-route"]
    check("article: two claims drawn", len(colours) == 2, str(colours))
    check("article: one legend row a claim", len(rows) == len(colours), str(len(rows)))
    swatches = [r.find(NS + "line").get("stroke") for r in rows]
    # Each claim's line has its own verdict's colour, the colour its legend row shows.
    check("article: lines coloured by their own claim", [next(iter(colours[k])) for k in sorted(colours)] == swatches,
          f"{colours} vs {swatches}")
    check("article: claims numbered on the map", by_id(root, "claim_numbers") is not None)
    check("article: no text over text", not overlaps(text_boxes(root)), str(overlaps(text_boxes(root))[:3]))

# --- Kind: outlines at a scale the map cannot show (a world map drawn from the 1:10m coasts took a
# quarter of a second and 700 kB a page), or coarser than it shows ------------------------------------
for scale, trips in (("1:110m", (("Sydney", "London"), ("Berlin", "Chicago"), ("Tokyo", "Lima"))),
                     ("1:50m", (("Madrid", "Warsaw"), ("Delhi", "Bangkok"), ("Cairo", "Nairobi"))),
                     ("1:10m", (("Vienna", "Prague"), ("Pyongyang", "Vladivostok"), ("Boston", "New York")))):
    for a, b in trips:
        root = draw(f"scale-{a}", ["route", a, b, "--mode", "air"])
        if root is None:
            continue
        credits = by_id(root, "credits")
        drawn = None if credits is None else credits.get("data-outline-scale")
        check(f"{a}-{b}: Natural Earth {scale} outlines, named in the credits",
              drawn == scale and f"Natural Earth {scale} outlines" in "".join(credits.itertext()), str(drawn))
        check(f"{a}-{b}: countries drawn", len(countries(root)) >= 1, str(sorted(countries(root))))

# --- Kind: a batch's map that depends on the maps drawn before it (a batch keeps projected outlines for
# later maps with the same centre, and its pages are drawn on several threads) -----------------------
table = os.path.join(WORK, "trips.csv")
trips = [("Berlin", "Chicago", "air"), ("Chicago", "Berlin", "air"), ("Madrid", "Warsaw", "rail"),
         ("Berlin", "Chicago", "air"), ("Warsaw", "Madrid", "road"), ("Vienna", "Prague", "rail"),
         ("Madrid", "Warsaw", "air")] * 3
with open(table, "w") as f:
    f.write("from,to,mode,distance\n" + "".join(f"{a},{b},{m},1000 km\n" for a, b, m in trips))
pages = os.path.join(WORK, "pages")
subprocess.run([RC, "check", "--batch", table, "--report", pages, "--overwrite"], capture_output=True)


def outline_paths(text):
    """The d attributes of a map's country paths, wherever the map sits (a page prefixes its ids)."""
    group = re.search(r'<g id="(?:m\d+-)?countries".*?</g>', text, re.S)
    return re.findall(r' d="([^"]*)"', group.group(0)) if group else None


for n in (1, 2, 4, 11, 20):
    a, b, mode = trips[n - 1]
    alone = draw(f"alone-{n}", ["check", "--from", a, "--to", b, "--mode", mode, "--distance", "1000 km"])
    with open(os.path.join(WORK, f"alone-{n}.svg")) as f:
        single = outline_paths(f.read())
    try:
        with open(os.path.join(pages, f"row-{n:05}.html")) as f:
            in_batch = outline_paths(f.read())
    except OSError as e:
        in_batch = str(e)
    check(f"row {n} ({a}-{b} by {mode}): the batch page's outlines are the map drawn alone",
          single is not None and single == in_batch, f"{len(single or [])} paths alone")

check.finish()
