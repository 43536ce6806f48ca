"""HTML reports read as files, no browser (issue 29): each page's fields against the same result's --json
(verdict word, every relation, every figure as written, every place, each trip a card, marked places and
figures reachable by keyboard), self-contained (no script, no external URL), headings in order, verdict
colours with WCAG AA contrast, the same bytes twice, and a bad --report path refused with exit status 2,
one line, nothing written.
Usage: report_test.py ROUTECHECK   (works in a fresh temporary directory)"""
import html.parser
import json
import os
import re
import subprocess
import sys

from checks import Checks

RC = sys.argv[1]
check = Checks()
WORK = check.work_dir("routecheck-report-")



class Page(html.parser.HTMLParser):
    """The elements a reader meets, in order: headings, badges, marks, rows, and any outside reference."""

    def __init__(self):
        super().__init__()
        self.headings, self.badges, self.marks, self.cards = [], [], [], []
        self.relations, self.figures, self.places, self.external, self.scripts = [], [], [], [], 0
        self.svg_labels, self.rows, self.links = [], [], []
        self._in_badge = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "script" or tag == "link" or tag == "iframe":
            self.scripts += 1
        for k in ("src", "href"):
            if k in a and not a[k].startswith(("#", "data:")):
                self.external.append(a[k])
        if "data-verdict" in a and tag == "span":
            self.badges.append(a["data-verdict"])
        if tag == "mark" and "tabindex" in a:
            self.marks.append((a.get("class"), a.get("title", "")))
        if tag == "section" and "data-trip" in a:
            self.cards.append(a)
        if tag == "tr" and "data-relation" in a:
            self.relations.append(a["data-relation"])
        if tag == "tr" and "data-figure" in a:
            self.figures.append(a["data-figure"])
        if tag == "tr" and "data-place" in a:
            self.places.append(a["data-place"])
        if tag == "svg" and "aria-label" in a:
            self.svg_labels.append(a["aria-label"])
        if tag == "tr" and "data-row" in a:
            self.rows.append(a)
        if tag == "a" and "href" in a:
            self.links.append(a["href"])


def parse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    page = Page()
    page.feed(text)
    return text, page


def run(args):
    return subprocess.run([RC] + args, capture_output=True, text=True)


def luminance(hex_colour):
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def common_checks(name, text, page):
    check(f"{name}: no script, stylesheet link or frame", page.scripts == 0)
    check(f"{name}: nothing fetched from outside", not page.external and "url(" not in text, str(page.external[:3]))
    check(f"{name}: one h1 first", page.headings[:1] == [1] and page.headings.count(1) == 1, str(page.headings[:5]))
    skips = [(a, b) for a, b in zip(page.headings, page.headings[1:]) if b > a + 1]
    check(f"{name}: headings never skip a level", not skips, str(skips[:3]))
    check(f"{name}: a viewport for phones", 'name="viewport"' in text)
    check(f"{name}: print rules", "@media print" in text)
    for verdict, bg, fg in re.findall(r"\.v-(\w+)\{background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})", text):
        check(f"{name}: {verdict} badge contrast >= 4.5", contrast(bg, fg) >= 4.5, f"{contrast(bg, fg):.2f}")
    check(f"{name}: every verdict colour has a rule", set(re.findall(r"\.v-(\w+)\{background", text)) >=
          {"consistent", "plausible", "unverifiable", "suspicious", "inconsistent"})
    check(f"{name}: data sources credited", "GeoNames" in text and "Natural Earth" in text)


# --- A claim's page --------------------------------------------------------------------------------------
claim_args = ["check", "--from", "Pyongyang", "--to", "Vladivostok", "--mode", "rail", "--distance", "683 miles",
              "--speed", "about 37 mph", "--duration", "about 20 hours"]
claim_page = os.path.join(WORK, "claim.html")
r = run(claim_args + ["--report", claim_page])
check("claim: page written", r.returncode in (0, 1) and os.path.exists(claim_page), r.stderr)
result = json.loads(run(claim_args + ["--json"]).stdout)
if os.path.exists(claim_page):
    text, page = parse(claim_page)
    common_checks("claim", text, page)
    check("claim: the verdict first, in words", page.badges[:1] == [result["verdict"]], str(page.badges[:1]))
    check("claim: every relation with its verdict", page.relations == list(result["relations"]), str(page.relations))
    for rid, rel in result["relations"].items():
        check(f"claim: relation {rid}'s reason", rel["reason"].replace("'", "&#39;") in text or
              rel["reason"].replace("&", "&amp;") in text)
    check("claim: every figure", page.figures == list(result["claims"]), str(page.figures))
    for kind, q in result["claims"].items():
        check(f"claim: {kind} as written", q["text"] in text)
    check("claim: every place", page.places == [p["name"] for p in result["route"]["places"]], str(page.places))
    check("claim: the map inline with alt text naming the route",
          len(page.svg_labels) == 1 and "Pyongyang" in page.svg_labels[0] and "Vladivostok" in page.svg_labels[0],
          str(page.svg_labels))
    check("claim: the map's legend", len(re.findall(r'id="m1-legend"', text)) == 1)
    again = os.path.join(WORK, "claim-again.html")
    run(claim_args + ["--report", again])
    with open(claim_page, "rb") as a, open(again, "rb") as b:
        check("claim: the same bytes twice", a.read() == b.read())

# --- A story's page --------------------------------------------------------------------------------------
story = os.path.join(WORK, "story.txt")
with open(story, "w") as f:
    f.write("Trains & timetables <2026>\n\n"
            "The new express covers the 650 km from Moscow to Saint Petersburg in four hours.\n\n"
            "The airline says its flight from Paris to Tokyo takes three hours.\n")
story_page = os.path.join(WORK, "story.html")
r = run(["article", story, "--report", story_page])
check("story: page written", r.returncode in (0, 1) and os.path.exists(story_page), r.stderr)
result = json.loads(run(["article", story, "--json"]).stdout)
if os.path.exists(story_page):
    text, page = parse(story_page)
    common_checks("story", text, page)
    check("story: one card a trip", len(page.cards) == len(result["claims"]) > 0, f"{len(page.cards)} {len(result['claims'])}")
    check("story: each card's verdict", [c["data-verdict"] for c in page.cards] == [c["verdict"] for c in result["claims"]])
    places = [m for m in page.marks if m[0] == "place"]
    figures = [m for m in page.marks if m[0] == "figure"]
    check("story: places marked, reachable by keyboard", len(places) >= 4, str(places))
    check("story: figures marked", len(figures) >= 2, str(figures))
    check("story: a mark says what it resolved to", all(t.startswith("place: ") for _, t in places))
    check("story: the text escaped", "Trains &amp; timetables &lt;2026&gt;" in text)
    check("story: one map a trip", len(page.svg_labels) == len(result["claims"]), str(len(page.svg_labels)))
    ids = re.findall(r' id="([^"]+)"', text)
    check("story: no id twice on the page", len(ids) == len(set(ids)), str(len(ids) - len(set(ids))))

# --- A bad --report path: exit 2, one line naming it, nothing written ------------------------------------
for why, path, extra in [("missing folder", os.path.join(WORK, "no-such-folder", "x.html"), []),
                         ("not .html", os.path.join(WORK, "page.txt"), []),
                         ("existing file", claim_page, [])]:
    before = open(path, "rb").read() if os.path.exists(path) else None
    r = run(claim_args + ["--report", path] + extra)
    lines = r.stderr.strip().splitlines()
    check(f"bad path ({why}): exit status 2", r.returncode == 2, str(r.returncode))
    check(f"bad path ({why}): one line naming --report", len(lines) == 1 and "--report" in lines[0], r.stderr)
    after = open(path, "rb").read() if os.path.exists(path) else None
    check(f"bad path ({why}): nothing written", before == after)
# --- A batch's pages: --report DIR, an index and a page a claim or story, the folder whole or not at all --
def index_of(folder):
    text, page = parse(os.path.join(folder, "index.html"))
    return text, page


def hidden_left(parent):
    return [n for n in os.listdir(parent) if n.startswith(".") and ".tmp-" in n]


claims_csv = os.path.join(WORK, "claims.csv")
with open(claims_csv, "w") as f:
    f.write("id,from,to,mode,distance,duration\n"
            "a,Seoul,Busan,rail,325 km,2.5 hours\n"
            "b,London,Edinburgh,rail,50 km,4 hours\n"
            "c,Nowhereville Xq,Busan,rail,300 km,\n"
            "d,Paris,Berlin,air,880 km,1 hour 45 minutes\n")
pages = os.path.join(WORK, "claim-pages")
r = run(["check", "--batch", claims_csv, "--json", "--report", pages])
rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
check("batch pages: exit status 2 for the bad row, the others written", r.returncode == 2 and len(rows) == 4, r.stderr)
check("batch pages: the folder written", os.path.isfile(os.path.join(pages, "index.html")), str(os.listdir(WORK)))
if os.path.isdir(pages):
    text, index = index_of(pages)
    check("batch pages: an index row a table row", len(index.rows) == 4, str(index.rows))
    checked = [row for row in rows if "error" not in row or not row["error"]]
    check("batch pages: a page a checked row, linked from the index",
          sorted(index.links) == sorted(n for n in os.listdir(pages) if n != "index.html") and len(index.links) == len(checked),
          f"{index.links} {os.listdir(pages)}")
    check("batch pages: the index's verdicts are the rows' verdicts",
          [a["data-verdict"] for a in index.rows] == [row.get("verdict") or "error" for row in rows],
          f"{[a['data-verdict'] for a in index.rows]} {[row.get('verdict') for row in rows]}")
    check("batch pages: the bad row's error in the index", "Nowhereville" in text)
    # Bug guarded: a bad row's index entry gave its error but not the claim, so an editor could not tell
    # which row of the table had failed without opening it.
    check("batch pages: the bad row's claim as given in the index",
          "Nowhereville Xq → Busan by rail; distance 300 km" in text, text[:2000])
    for link in index.links:
        ptext, page = parse(os.path.join(pages, link))
        common_checks("batch page " + link, ptext, page)
        n = int(re.search(r"(\d+)", link).group(1))
        row = next(x for x in rows if x.get("row") == n)
        check(f"batch page {link}: its row's verdict", page.badges and page.badges[0] == row["verdict"], f"{page.badges[:1]} {row['verdict']}")
    check("batch pages: no temporary folder left", hidden_left(WORK) == [], str(hidden_left(WORK)))
    first = {n: open(os.path.join(pages, n), "rb").read() for n in os.listdir(pages)}
    r = run(["check", "--batch", claims_csv, "--report", pages])
    check("batch pages: an existing folder refused without --overwrite, one line",
          r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "--overwrite" in r.stderr, r.stderr)
    r = run(["check", "--batch", claims_csv, "--report", pages, "--overwrite"])
    again = {n: open(os.path.join(pages, n), "rb").read() for n in os.listdir(pages)}
    check("batch pages: --overwrite replaces it with the same bytes", r.returncode == 2 and again == first, r.stderr)
    check("batch pages: nothing left beside it", hidden_left(WORK) == [], str(hidden_left(WORK)))

# A folder routecheck did not write is never replaced, --overwrite or not; a file is no folder.
other = os.path.join(WORK, "notes")
os.makedirs(other)
with open(os.path.join(other, "keep.txt"), "w") as f:
    f.write("mine")
for why, path in [("a folder of other files", other), ("a file", claims_csv)]:
    before = sorted(os.listdir(path)) if os.path.isdir(path) else open(path, "rb").read()
    r = run(["check", "--batch", claims_csv, "--report", path, "--overwrite"])
    after = sorted(os.listdir(path)) if os.path.isdir(path) else open(path, "rb").read()
    check(f"batch pages into {why}: exit 2, one line naming --report, nothing changed",
          r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "--report" in r.stderr and before == after, r.stderr)

# Stories: NDJSON in, a page a story, the index giving each story's id.
stories = os.path.join(WORK, "stories.ndjson")
with open(stories, "w") as f:
    f.write(json.dumps({"id": "wire-1", "text": open(story).read()}) + "\n")
    f.write(json.dumps({"id": "wire-2", "text": "The council met on Tuesday to discuss parking."}) + "\n")
    f.write(json.dumps({"id": "wire-3"}) + "\n")
story_pages = os.path.join(WORK, "story-pages")
r = run(["article", "--batch", stories, "--report", story_pages])
lines = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
check("story pages: exit status 2 for the story without text", r.returncode == 2 and len(lines) == 3, r.stderr)
check("story pages: the folder written", os.path.isfile(os.path.join(story_pages, "index.html")), str(os.listdir(WORK)))
if os.path.isdir(story_pages):
    text, index = index_of(story_pages)
    check("story pages: an index row a story, with its id", len(index.rows) == 3 and "wire-1" in text and "wire-3" in text)
    check("story pages: a page a story read", len(index.links) == 2 and all(os.path.exists(os.path.join(story_pages, n)) for n in index.links))
    ptext, page = parse(os.path.join(story_pages, index.links[0]))
    common_checks("story page in a batch", ptext, page)
    check("story pages: the first story's trips, one card each", len(page.cards) == len(lines[0]["claims"]) > 0)

check.finish()
