"""Scores `routecheck article` against the labelled corpus (tests/article/corpus, labels.json): precision
and recall of places (distinct name and country per article) and of trip figures (their text; a figure
reported with a role that is no trip's, a size or a comparison, is not counted), and the
share of claims whose verdict is right (a claim found with the wrong ends, or found where none is
expected, counts as wrong). With --min P,R,F,V it fails when places or figures fall below a precision
or recall, or verdicts below a share: the test suite holds the line with it.
--heldout scores the held-out set instead (tests/article/heldout, labelled before the reader first ran on
it, and never tuned on).
Usage: evaluate.py ROUTECHECK [--heldout] [--min 0.9,0.9,0.9,0.8] [--verbose]"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rc = sys.argv[1]
verbose = "--verbose" in sys.argv
minimums = None
if "--min" in sys.argv:
    minimums = [float(x) for x in sys.argv[sys.argv.index("--min") + 1].split(",")]

heldout = "--heldout" in sys.argv
labels = json.load(open(os.path.join(HERE, "heldout_labels.json" if heldout else "labels.json")))
out = subprocess.run([rc, "article", "--batch", os.path.join(HERE, "heldout" if heldout else "corpus"), "--json"],
                     capture_output=True, text=True)
if out.returncode == 2:
    sys.exit("routecheck article failed: " + out.stderr)
results = {}
for line in out.stdout.splitlines():
    r = json.loads(line)
    results[r["id"]] = r

TRIP_ROLES = ("travel", "top_speed", "stop", "separation")  # article/reader.hpp, is_trip_figure

# A label names a mode ("sea") or a profile of it ("ferry"): a claim checked as a kind of the labelled mode
# (the story's "ferry" read as the ferry profile) has the labelled mode. Parents from geodata/modes.tsv.
PARENT = {}
for row in open(os.path.join(HERE, "..", "..", "geodata", "modes.tsv"), encoding="utf-8"):
    fields = row.rstrip("\n").split("\t")
    if row.startswith("#") or len(fields) < 8 or fields[0] == "mode":
        continue
    PARENT[fields[0]] = fields[7] if fields[7] != "-" else fields[0]


def same_mode(found, labelled):
    return found == labelled or PARENT.get(found) == labelled
counts = {"places": [0, 0, 0], "figures": [0, 0, 0]}  # true positives, found, expected
verdicts_right = verdicts_total = 0
for name, want in sorted(labels.items()):
    got = results.get(name, {"places": [], "figures": [], "claims": []})
    found_places = {f"{p['name']}|{p['country_code']}" for p in got["places"]}
    want_places = set(want["places"])
    found_figures = [f["text"] for f in got["figures"] if f.get("role", "travel") in TRIP_ROLES]
    want_figures = list(want["figures"])
    for key, found, expected in (("places", found_places, want_places), ("figures", set(found_figures), set(want_figures))):
        tp = len(found & expected)
        counts[key][0] += tp
        counts[key][1] += len(found)
        counts[key][2] += len(expected)
        if verbose and found != expected:
            print(f"{name} {key}: missed {sorted(expected - found)}, extra {sorted(found - expected)}")
    claims = [(c["from"]["name"], c["to"]["name"], c["mode"], c["verdict"]) for c in got["claims"]]
    matched = set()
    for w in want["claims"]:
        verdicts_total += 1
        # The same ends may carry two claims by two modes (a ferry and a train): each label takes an
        # unmatched claim, its own mode's first.
        hit = [i for i, c in enumerate(claims) if c[0] == w["from"] and c[1] == w["to"] and i not in matched]
        hit.sort(key=lambda i: not same_mode(claims[i][2], w["mode"]))
        if hit and claims[hit[0]][3] == w["verdict"] and same_mode(claims[hit[0]][2], w["mode"]):
            verdicts_right += 1
        elif verbose:
            print(f"{name} claim: expected {w}, found {claims}")
        matched.update(hit[:1])
    extra = [c for i, c in enumerate(claims) if i not in matched]
    verdicts_total += len(extra)
    if verbose and extra:
        print(f"{name} claim: unexpected {extra}")


def ratio(a, b):
    return a / b if b else 1.0


pp, pr = ratio(counts["places"][0], counts["places"][1]), ratio(counts["places"][0], counts["places"][2])
fp, fr = ratio(counts["figures"][0], counts["figures"][1]), ratio(counts["figures"][0], counts["figures"][2])
vs = ratio(verdicts_right, verdicts_total)
print(f"articles: {len(labels)}")
print(f"places:   precision {pp:.3f}, recall {pr:.3f} ({counts['places'][0]} right of {counts['places'][1]} found, {counts['places'][2]} expected)")
print(f"figures:  precision {fp:.3f}, recall {fr:.3f} ({counts['figures'][0]} right of {counts['figures'][1]} found, {counts['figures'][2]} expected)")
print(f"verdicts: {vs:.3f} right ({verdicts_right} of {verdicts_total} claims)")
if minimums:
    p_min, r_min, f_min, v_min = minimums
    checks = [("place precision", pp, p_min), ("place recall", pr, r_min), ("figure precision", fp, f_min),
              ("figure recall", fr, f_min), ("verdicts right", vs, v_min)]
    failed = [f"{n} {v:.3f} < {m}" for n, v, m in checks if v < m]
    for f in failed:
        print("FAIL:", f)
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)
