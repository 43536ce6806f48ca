"""HTML reports rendered in Debian's headless chromium (issue 29): a claim's page and story pages are
loaded from file://, the DOM chromium builds is read back (verdict badges, one card a trip, marked places
and figures that take keyboard focus, the map's legend and alt text), any console message at error level
fails the test (a probe page with a console error proves that this check can fail), each page prints to a
PDF, and screenshots at desktop and phone widths are kept in OUTDIR for review.
Skips (exit 77) with a message when chromium is not installed (tools/setup test installs it).
Usage: report_browser_test.py ROUTECHECK OUTDIR"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from checks import Checks

RC, OUT = sys.argv[1], sys.argv[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    print("SKIP: chromium is not installed (tools/setup test installs Debian's chromium)")
    sys.exit(77)
os.makedirs(OUT, exist_ok=True)
check = Checks()
WORK = check.work_dir("routecheck-browser-")



def chromium(args, url):
    # A profile of its own in the temporary folder: no state from any other run; --no-sandbox because ctest
    # may run as root in containers, where chromium's sandbox refuses to start.
    profile = tempfile.mkdtemp(dir=WORK)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--hide-scrollbars"] + args + [url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def console_errors(stderr):
    # Page console messages reach chromium's log as CONSOLE lines; errors and CSP refusals (a request the
    # page tried to make) among them.
    return [l for l in stderr.splitlines() if "CONSOLE" in l and ("error" in l.lower() or "refused" in l.lower())]


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.badges, self.cards, self.marks, self.legends, self.svg_labels, self.headings = [], [], [], 0, [], []
        self.rows, self.links = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "span" and "data-verdict" in a:
            self.badges.append(a["data-verdict"])
        if tag == "section" and "data-trip" in a:
            self.cards.append(a)
        if tag == "mark" and a.get("tabindex") == "0":
            self.marks.append(a.get("class"))
        if re.fullmatch(r"m\d+-legend", a.get("id", "")):
            self.legends += 1
        if tag == "svg" and "aria-label" in a:
            self.svg_labels.append(a["aria-label"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "tr" and "data-row" in a:
            self.rows.append(a)
        if tag == "a" and "href" in a:
            self.links.append(a["href"])


def render(name, page):
    url = "file://" + os.path.abspath(page)
    r = chromium(["--dump-dom"], url)
    check(f"{name}: chromium loaded the page", r.returncode == 0 and "<main>" in r.stdout, r.stderr[-500:])
    errors = console_errors(r.stderr)
    check(f"{name}: no console error or refused request", not errors, str(errors[:3]))
    dom = Dom()
    dom.feed(r.stdout)
    for label, size in (("desktop", "1000,2400"), ("phone", "390,2400")):
        shot = os.path.join(OUT, f"{name}-{label}.png")
        if os.path.exists(shot):
            os.remove(shot)
        s = chromium([f"--screenshot={shot}", f"--window-size={size}"], url)
        check(f"{name}: {label} screenshot kept", os.path.exists(shot) and os.path.getsize(shot) > 0, s.stderr[-300:])
    pdf = os.path.join(OUT, f"{name}.pdf")
    p = chromium([f"--print-to-pdf={pdf}", "--no-pdf-header-footer"], url)
    check(f"{name}: prints to PDF", os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-", p.stderr[-300:])
    return dom


# The check itself must be able to fail: a page that logs an error is caught.
probe = os.path.join(WORK, "probe.html")
with open(probe, "w") as f:
    f.write("<!DOCTYPE html><html><body><main>probe</main><script>console.error('probe error')</script></body></html>")
check("a console error is caught", console_errors(chromium(["--dump-dom"], "file://" + probe).stderr) != [])


def run(args):
    return subprocess.run([RC] + args, capture_output=True, text=True)


claim_args = ["check", "--from", "Pyongyang", "--to", "Vladivostok", "--mode", "rail", "--distance", "683 miles",
              "--speed", "about 37 mph", "--duration", "about 20 hours", "--stop", "unknown"]
claim_page = os.path.join(OUT, "claim.html")
run(claim_args + ["--report", claim_page, "--overwrite"])
claim = json.loads(run(claim_args + ["--json"]).stdout)
if os.path.exists(claim_page):
    dom = render("claim", claim_page)
    check("claim: verdict badge in the DOM", dom.badges[:1] == [claim["verdict"]], str(dom.badges[:2]))
    check("claim: a badge per relation", len(dom.badges) == 1 + len(claim["relations"]), str(dom.badges))
    check("claim: map legend", dom.legends == 1)
    check("claim: map alt text names the route", dom.svg_labels and "Vladivostok" in dom.svg_labels[0])
else:
    check("claim: page written", False)

def story_page(name, story, min_places, min_figures):
    """A story's page rendered and read back against article --json: a card a trip with its verdict,
    places and figures marked and focusable, a legend a trip's map."""
    page = os.path.join(OUT, name + ".html")
    run(["article", story, "--report", page, "--overwrite"])
    article = json.loads(run(["article", story, "--json"]).stdout)
    if not os.path.exists(page):
        check(f"{name}: page written", False)
        return
    dom = render(name, page)
    check(f"{name}: one card a trip", len(dom.cards) == len(article["claims"]) > 0, f"{len(dom.cards)}")
    check(f"{name}: cards' verdicts", [c["data-verdict"] for c in dom.cards] == [c["verdict"] for c in article["claims"]])
    check(f"{name}: places marked and focusable", dom.marks.count("place") >= min_places, str(dom.marks))
    check(f"{name}: figures marked and focusable", dom.marks.count("figure") >= min_figures, str(dom.marks))
    check(f"{name}: a legend per trip's map", dom.legends == len(article["claims"]), str(dom.legends))


story = os.path.join(WORK, "story.txt")
with open(story, "w") as f:
    f.write("The new express covers the 650 km from Moscow to Saint Petersburg in four hours.\n\n"
            "The airline says its flight from Paris to Tokyo takes three hours.\n")
story_page("story", story, 4, 2)
# The seed story's page, as the project retells it (tests/article/corpus/001-seed-train.txt): its
# screenshot is the README's story page.
story_page("seed-story", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "article", "corpus", "001-seed-train.txt"), 3, 3)

# A batch's index page (--batch --report DIR): a row a claim with its verdict, a link a checked claim, the
# bad row kept with its error; the pages it links open too.
claims_csv = os.path.join(WORK, "claims.csv")
with open(claims_csv, "w") as f:
    f.write("from,to,mode,distance,duration\nSeoul,Busan,rail,325 km,2.5 hours\n"
            "Nowhereville Xq,Busan,rail,300 km,\nLondon,Edinburgh,rail,50 km,4 hours\n")
pages = os.path.join(WORK, "pages")
rows = [json.loads(line) for line in run(["check", "--batch", claims_csv, "--json", "--report", pages]).stdout.splitlines()]
if os.path.exists(os.path.join(pages, "index.html")):
    dom = render("batch-index", os.path.join(pages, "index.html"))
    check("batch index: a row a claim, in order, with its verdict",
          [r["data-verdict"] for r in dom.rows] == [r["verdict"] for r in rows], f"{dom.rows} {[r['verdict'] for r in rows]}")
    check("batch index: a link a checked claim", len(dom.links) == 2, str(dom.links))
    for link in dom.links:
        page = render("batch-" + link.removesuffix(".html"), os.path.join(pages, link))
        check(f"batch page {link}: its verdict first", page.badges[:1] == [rows[int(link[4:9]) - 1]["verdict"]], str(page.badges[:1]))
else:
    check("batch index: written", False)

check.finish(f"; screenshots in {OUT}")
