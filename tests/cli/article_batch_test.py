"""article --batch on several threads (issue 26): the output is the same, byte for byte, whatever --threads
says. NDJSON with bad lines among the stories keeps each error on its own line, in its place, with the same
messages on stderr and the same exit status; a folder's --report pages and index are the same files.
Bug guarded: stories written in the order their threads finished them, or a page named for another story.
Usage: article_batch_test.py ROUTECHECK CORPUS_DIR   (works in a fresh temporary directory)"""
import filecmp
import glob
import json
import os
import subprocess
import sys

from checks import Checks

RC, CORPUS = sys.argv[1], sys.argv[2]
check = Checks()
WORK = check.work_dir("routecheck-article-batch-")

stories = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(CORPUS, "*")))]

# Enough lines for several full chunks on 2 and 3 threads (64 stories a thread), with input errors in the
# first, a middle and the last chunk, and one story over --max-bytes.
lines = []
for copy in range(7):
    for name, text in stories:
        lines.append(json.dumps({"id": f"{copy}-{name}", "text": text}))
lines.insert(5, "this line is not JSON")
lines.insert(200, json.dumps({"id": "no-text", "body": "a story under the wrong key"}))
lines.insert(310, json.dumps({"id": "too-long", "text": "The ferry crossed the strait. " * 200}))
lines.append(json.dumps({"id": "last-bad", "text": 42}))
ndjson = os.path.join(WORK, "stories.ndjson")
with open(ndjson, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")


def run(*args):
    return subprocess.run([RC, "article", *args], capture_output=True, text=True)


runs = {t: run("--batch", ndjson, "--max-bytes", "4000", "--threads", str(t)) for t in (1, 2, 3)}
one = runs[1]
out_lines = one.stdout.splitlines()
check("one output line a story or bad line", len(out_lines) == len(lines), f"{len(out_lines)} against {len(lines)}")
check("exit status 2 with bad lines", one.returncode == 2, str(one.returncode))
ids = [json.loads(l)["id"] for l in out_lines]
check("first story first", ids[0] == "0-" + stories[0][0], ids[0])
check("the bad line in its place", json.loads(out_lines[5]).get("line") == 6 and "error" in json.loads(out_lines[5]))
check("the story with no text in its place", ids[200] == "no-text" and "error" in json.loads(out_lines[200]))
check("the long story refused in its place", ids[310] == "too-long" and "over the size limit" in json.loads(out_lines[310])["error"])
check("four messages on stderr", len(one.stderr.splitlines()) == 4, one.stderr)
for t in (2, 3):
    r = runs[t]
    check(f"--threads {t}: the same output", r.stdout == one.stdout,
          next((f"first difference at line {i + 1}" for i, (a, b) in enumerate(zip(r.stdout.splitlines(), out_lines)) if a != b), ""))
    check(f"--threads {t}: the same stderr", r.stderr == one.stderr, r.stderr)
    check(f"--threads {t}: the same exit status", r.returncode == one.returncode, str(r.returncode))

# A folder of stories, with pages: the same index and the same page for each story.
folder = os.path.join(WORK, "stories")
os.mkdir(folder)
for copy in range(5):
    for name, text in stories:
        stem, ext = os.path.splitext(name)
        with open(os.path.join(folder, f"{stem}-{copy}{ext}"), "w", encoding="utf-8") as f:
            f.write(text)
pages = {}
for t in (1, 2):
    pages[t] = os.path.join(WORK, f"pages-{t}")
    r = run("--batch", folder, "--threads", str(t), "--report", pages[t])
    check(f"folder, --threads {t}: exit status 1 (some claims need a look)", r.returncode == 1, r.stderr)
names = sorted(os.listdir(pages[1]))
check("a page a story and the index", len(names) == len(stories) * 5 + 1, str(len(names)))
match, mismatch, errors = filecmp.cmpfiles(pages[1], pages[2], names, shallow=False)
check("--threads 2: the same pages", not mismatch and not errors, f"{mismatch[:3]} {errors[:3]}")

# Bad --threads: one line, exit 2.
r = run("--batch", ndjson, "--threads", "0")
check("--threads 0 refused", r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr)

check.finish()
