#!/usr/bin/python3
"""The Python face of routecheck under load (issue 27's bench part), two measurements:

feed   routecheck.feed.run_feed on distributed.LocalCluster(n_workers=1, then 2; one thread each, processes):
       stories/s (median and best of --runs), the 2-worker/1-worker ratio (goal >= 1.8x), each worker's
       start-up (cluster, Checker, a first pass over the corpus), the driver's and the workers' CPU, the
       workers' peak RSS. Two story sets:
         corpus    tests/article/corpus/*.txt repeated to about --seconds on one worker: the same 60 stories
                   again and again, so after its first pass a worker has every route's countries remembered
                   (the per-Checker memo): the text-reading cost.
         distinct  stories written here from sentence templates over the gazetteer's cities, every trip
                   between a pair of places no other story names: no route is ever remembered, each trip's
                   countries are found afresh (what an archive's long tail of routes costs).
         long      (not by default) stories of about 3 kB, each 20 corpus stories as paragraphs: a wire
                   story's length with far more trips than one has; the per-byte bound of bench/ARCHIVE_PLAN.md.
       Beside each set, plain processes without Dask doing the same stories (1, then 2): the machine's own
       2-core scaling, the ceiling of the feed's ratio.
calls  per-call cost of the Python module against the CLI's batch over the same input: routecheck.geocode(name)
       in a loop against `routecheck geocode --batch --json` (names on standard input), routecheck.check(...)
       and check_frame(df) against `routecheck check --batch claims.csv --json` (bench/make_claims.awk).

Usage: /usr/bin/python3 bench/feed_bench.py [--build build] [--only feed|calls] [--rows] [--runs 3]
       [--seconds 20] [--sets corpus,distinct,long] [--calls 20000]
--rows prints bench/run's table rows only (bench/run calls it so); without it, a report with the details.
"""
import argparse
import csv
import glob
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def row(figure, routecheck_value, other, ratio, goal):
    print(f"{figure:<48} {routecheck_value:>14} {other:>16} {ratio:>10}   {goal}", flush=True)


def log(args, message):
    if not args.rows:
        print(message, flush=True)


def load():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# --- story sets -------------------------------------------------------------------------------------------

def corpus_texts():
    return [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "tests/article/corpus/*.txt")))]


# Sentences a wire story might carry, with the trip's places and figures in them; written for this bench.
TRIP_SENTENCES = [
    "The night train from {a} to {b} covers the {km} km in about {h} hours, the rail operator said.",
    "Passengers on the new direct flight from {a} to {b} will spend {h} hours in the air.",
    "A coach from {a} to {b} takes {h} hours for the {km} km journey, according to the company.",
    "The freight train left {a} on Monday and reached {b} {h} hours later, having covered {km} km.",
    "Drivers said the {km} km road trip from {a} to {b} took them {h} hours.",
]
FILLER_SENTENCES = [
    "Ticket prices rose by a fifth this year.",
    "The ministry did not answer a request for comment.",
    "Unions have called a strike for next month.",
    "Demand has recovered since the spring.",
]


def long_stories(texts, n=300, per_story=20, seed=27):
    """n stories of about 3 kB, each `per_story` corpus stories in a row, as paragraphs: a wire story's
    length, with far more trips than one has (a bound from above on the text's cost)."""
    pick = random.Random(seed)
    return ["\n\n".join(pick.sample(texts, per_story)) for _ in range(n)]


def distinct_stories(gazetteer, n, seed=27):
    """n stories of two trips each (with a filler sentence), every trip between a pair of cities used once."""
    con = sqlite3.connect(f"file:{gazetteer}?mode=ro", uri=True)
    names = [r[0] for r in con.execute(
        "SELECT name FROM places WHERE feature_class = 'P' AND population > 150000 AND name NOT LIKE '%,%' "
        "AND name NOT LIKE '%(%' ORDER BY population DESC LIMIT 3000")]
    con.close()
    rng = random.Random(seed)
    used, texts = set(), []
    while len(texts) < n:
        sentences = []
        for _ in range(2):
            while True:
                a, b = rng.sample(names, 2)
                if (a, b) not in used and (b, a) not in used:
                    used.add((a, b))
                    break
            sentences.append(rng.choice(TRIP_SENTENCES).format(a=a, b=b, km=rng.randrange(80, 9000),
                                                                h=rng.randrange(2, 30)))
        sentences.insert(1, rng.choice(FILLER_SENTENCES))
        texts.append(" ".join(sentences))
    return texts


def write_ndjson(path, texts, n, prefix):
    """n stories cycling through texts, each with its own id; returns the file's size in bytes."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"{prefix}{i:07d}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return os.path.getsize(path)


def in_process_rate(warm, texts, passes):
    """Stories/s of the feed's story_line in this process, over `texts` after a pass over `warm` (the GDAL
    module loaded, the corpus' routes remembered): what sizes the feed's input."""
    import routecheck
    from routecheck import feed
    checker = routecheck.Checker()
    for t in warm:
        feed.story_line(checker, "warm", t)
    start, n = time.perf_counter(), 0
    for _ in range(passes):
        for t in texts:
            feed.story_line(checker, "probe", t)
            n += 1
    return n / (time.perf_counter() - start)


def _plain_worker(build, warm, texts, start_line, results):
    """A process without Dask: the feed's Checker and story_line over `texts`, timed after a warm pass and
    after every process of the measure is ready (start_line)."""
    sys.path.insert(0, os.path.join(build, "python"))
    from routecheck import feed
    checker = feed.worker_checker({})
    for t in warm:
        feed.story_line(checker, "warm", t)
    start_line.wait()
    start = time.perf_counter()
    for i, t in enumerate(texts):
        feed.story_line(checker, f"p{i}", t)
    results.put(time.perf_counter() - start)


def plain_processes_rate(args, texts, n, procs):
    """Stories/s of `procs` plain processes sharing n stories, no Dask: how far this machine's cores scale
    for the same work, the ceiling of the feed's 2-worker ratio (a VM's cores are not always two whole cores)."""
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")  # a Checker is not to be forked
    start_line, results = ctx.Barrier(procs), ctx.Queue()
    share = [[texts[i % len(texts)] for i in range(k, n, procs)] for k in range(procs)]
    children = [ctx.Process(target=_plain_worker, args=(args.build, corpus_texts(), share[k], start_line, results))
                for k in range(procs)]
    for c in children:
        c.start()
    seconds = [results.get() for _ in children]
    for c in children:
        c.join()
    return n / max(seconds)


# --- the feed on a local cluster -------------------------------------------------------------------------

def _warm(texts):
    """On a worker, in its task thread: open the feed's Checker and read the corpus once (what a worker pays
    before its first partition runs at full speed). Returns (pid, seconds to open, seconds for the pass)."""
    from routecheck import feed
    start = time.perf_counter()
    checker = feed.worker_checker({})
    opened = time.perf_counter()
    for t in texts:
        feed.story_line(checker, "warm", t)
    return os.getpid(), opened - start, time.perf_counter() - opened


def machine_busy():
    """CPU seconds all processes of this machine have used (/proc/stat: all but idle and iowait)."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _usage():
    """This process's CPU seconds, peak RSS (MB) and current RSS (MB)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    rss = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, rss


def feed_runs(args, name, sources, n_stories, n_workers, blocksize, work):
    """run_feed over sources[run] for each timed run on a fresh local cluster of n_workers."""
    import distributed
    from routecheck import feed
    t0 = time.perf_counter()
    if args.cluster == "lean":  # what `python3 -m routecheck.feed --workers N` starts
        cluster = feed.local_cluster(n_workers)
    else:  # Dask's defaults
        cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
    client = distributed.Client(cluster)
    cluster_s = time.perf_counter() - t0
    try:
        idle = client.run(_usage)
        texts = corpus_texts()
        futures = [client.submit(_warm, texts, workers=[w], allow_other_workers=False, pure=False)
                   for w in client.scheduler_info()["workers"]]
        warm = client.gather(futures)
        log(args, f"  {name}, {n_workers} worker(s): cluster up in {cluster_s:.2f} s; per worker (Checker open, "
                  f"first corpus pass): " + ", ".join(f"{o:.2f} s + {p:.2f} s" for _, o, p in warm))
        rates, util, driver, others, partitions = [], [], [], [], 0
        for run in range(args.runs):
            out = os.path.join(work, f"out-{name}-{n_workers}")
            before = client.run(_usage)
            load_before = load()
            busy0, cpu0, t = machine_busy(), time.process_time(), time.perf_counter()
            summary = feed.run_feed(sources[run], out, blocksize=blocksize, overwrite=True)
            wall = time.perf_counter() - t
            driver_cpu = time.process_time() - cpu0
            after = client.run(_usage)
            busy = machine_busy() - busy0
            assert summary["stories"] == n_stories, summary["stories"]
            assert all(p["checkers_opened"] == 1 for p in summary["per_partition"]), "a worker opened a second Checker"
            partitions = summary["partitions"]
            worker_cpu = sum(after[w][0] - before[w][0] for w in after)
            rates.append(n_stories / wall)
            util.append(worker_cpu / (wall * n_workers))
            driver.append(driver_cpu / wall)
            # What the rest of the machine took meanwhile (other users' builds): a run that had to share
            # the cores is slower, and says so here.
            others.append(max(0.0, busy - worker_cpu - driver_cpu) / wall)
            per_worker = {}
            for p in summary["per_partition"]:
                per_worker[p["pid"]] = per_worker.get(p["pid"], 0) + p["seconds"]
            inside = " / ".join(f"{100 * v / wall:.0f}%" for v in sorted(per_worker.values()))
            log(args, f"    run {run + 1}: {wall:.2f} s, {n_stories / wall:,.0f} stories/s, {partitions} partitions, "
                      f"workers in partitions {inside} of the time, busy {100 * util[-1]:.0f}%, driver CPU {100 * driver[-1]:.0f}% of a core, "
                      f"other processes {100 * others[-1]:.0f}% of a core, load {load_before} -> {load()}")
        out_bytes = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out) if f.startswith("part-"))
        log(args, f"    output: {out_bytes / n_stories:,.0f} bytes a story")
        if args.resume_check:
            # Resuming: a run that lost an eighth of its partitions, then one that has nothing left to do.
            parts = sorted(f for f in os.listdir(out) if f.startswith("part-"))
            lost = parts[::8]
            for f in lost:
                os.remove(os.path.join(out, f))
            t = time.perf_counter()
            summary = feed.run_feed(sources[-1], out, blocksize=blocksize, resume=True)
            redo = time.perf_counter() - t
            t = time.perf_counter()
            feed.run_feed(sources[-1], out, blocksize=blocksize, resume=True)
            nothing = time.perf_counter() - t
            log(args, f"    resume: {len(lost)} of {len(parts)} partitions lost, redone in {redo:.2f} s "
                      f"({summary['stories']:,} stories); with none lost {nothing:.3f} s")
        usage = client.run(_usage)
        peak = max(u[1] for u in usage.values())
        log(args, f"    worker RSS: before the Checker {max(u[2] for u in idle.values()):.0f} MB, peak {peak:.0f} MB")
    finally:
        client.close()
        cluster.close()
    return {"median": statistics.median(rates), "best": max(rates), "cluster_s": cluster_s,
            "open_s": max(o for _, o, _ in warm), "first_pass_s": max(p for _, _, p in warm), "peak_mb": peak,
            "partitions": partitions, "util": statistics.median(util), "driver": statistics.median(driver),
            "others": statistics.median(others), "others_best": others[rates.index(max(rates))]}


def bench_feed(args, work):
    import routecheck  # noqa: F401 (fails early, with the module's own message, when it is not built)
    gazetteer = default_gazetteer(args)
    sets = args.sets.split(",")
    results = {}
    for name in sets:
        if name == "corpus":
            texts = corpus_texts()
            rate = in_process_rate(texts, texts, 3)
        elif name == "long":
            texts = long_stories(corpus_texts())
            rate = in_process_rate(corpus_texts() + texts[:10], texts[10:40], 1)
        elif name == "distinct":
            rate = in_process_rate(corpus_texts(), distinct_stories(gazetteer, 30, seed=1), 1)  # routes unseen
            texts = None
        else:
            sys.exit(f"feed_bench: unknown story set '{name}' (corpus, distinct, long)")
        n = args.stories or max(200, int(rate * args.seconds * 1.1))
        if name in ("corpus", "long"):
            n = -(-n // len(texts)) * len(texts)  # whole passes over the set
            source = os.path.join(work, "corpus.ndjson")
            size = write_ndjson(source, texts, n, "c")
            sources = [source] * args.runs
        else:
            # Each run its own stories: a worker remembers the routes of a run it checked before.
            texts = distinct_stories(gazetteer, n * args.runs)
            sources = [os.path.join(work, f"distinct-{run}.ndjson") for run in range(args.runs)]
            size = max(write_ndjson(sources[run], texts[run * n:(run + 1) * n], n, f"d{run}-")
                       for run in range(args.runs))
        blocksize = args.blocksize  # None: the feed's own cut, feed.PARTITIONS_PER_THREAD a worker thread
        log(args, f"{name}: {n:,} stories, {size / 1e6:.2f} MB ({size / n:.0f} bytes a story), blocksize "
                  f"{blocksize or 'the feed default'}; in-process estimate {rate:,.1f} stories/s; load {load()}")
        sizes = [int(w) for w in args.workers.split(",")]
        if sizes != [1, 2]:  # a partial run (an A/B of settings): the details only
            for w in sizes:
                feed_runs(args, name, sources, n, w, blocksize, work)
            continue
        one = feed_runs(args, name, sources, n, 1, blocksize, work)
        two = feed_runs(args, name, sources, n, 2, blocksize, work)
        plain_texts = texts if name != "distinct" else texts[:n]
        plain = [(plain_processes_rate(args, plain_texts, n, 1), plain_processes_rate(args, plain_texts, n, 2))
                 for _ in range(args.runs)]
        ceilings = sorted(p2 / p1 for p1, p2 in plain)
        log(args, f"  {name}, plain processes without Dask: " + ", ".join(
            f"{p1:,.0f} -> {p2:,.0f} stories/s ({p2 / p1:.2f}x)" for p1, p2 in plain) + f"; load {load()}")
        results[name] = (n, size, one, two)
        label = {"corpus": "corpus (memo warm)", "distinct": "distinct routes", "long": "3 kB stories"}[name]
        row(f"feed, {label}, stories/s, 1 worker", f"{one['median']:,.0f}", "-", "-",
            f"median of {args.runs} (best {one['best']:,.0f}); {n:,} stories, {one['partitions']} partitions")
        row(f"feed, {label}, stories/s, 2 workers", f"{two['median']:,.0f}", f"1 worker {one['median']:,.0f}",
            f"{two['median'] / one['median']:.2f}x",
            f">= 1.8x one worker (best of each: {two['best']:,.0f} / {one['best']:,.0f} = "
            f"{two['best'] / one['best']:.2f}x; others took {100 * two['others']:.0f}% of a core)")
        row(f"plain processes, {label}, 2 / 1 (no Dask)", f"{statistics.median(ceilings):.2f}x", "-", "-",
            f"the machine's own scaling for the same stories, median of {args.runs}: the ratio's ceiling")
        row(f"feed worker start-up, {label} (s)", f"{one['open_s']:.2f} + {one['first_pass_s']:.2f}",
            f"cluster {one['cluster_s']:.1f}", "-",
            f"Checker open + a corpus pass; peak RSS {max(one['peak_mb'], two['peak_mb']):.0f} MB a worker")
    return results


def default_gazetteer(args):
    """The gazetteer the build uses: ROUTECHECK_GAZETTEER from the build's cache, else BUILD/data."""
    cache = os.path.join(args.build, "CMakeCache.txt")
    if os.path.exists(cache):
        for line in open(cache):
            if line.startswith("ROUTECHECK_GAZETTEER:") and line.split("=", 1)[1].strip():
                return line.split("=", 1)[1].strip()
    return os.path.join(args.build, "data", "gazetteer.gpkg")


# --- per-call cost against the CLI's batch ----------------------------------------------------------------

def best_wall(runs, command, stdin_path=None):
    best = None
    for _ in range(runs):
        with open(stdin_path or os.devnull, "rb") as stdin:
            t = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - t
        best = wall if best is None else min(best, wall)
    return best


def best_loop(runs, fn, items):
    best = None
    for _ in range(runs):
        t = time.perf_counter()
        for item in items:
            fn(item)
        wall = time.perf_counter() - t
        best = wall if best is None else min(best, wall)
    return best


def bench_calls(args, work):
    import pandas as pd
    import routecheck
    cli = os.path.join(args.build, "routecheck")
    n = args.calls
    runs = args.runs

    # Geocode: names spread evenly over the gazetteer's places (every k-th row).
    con = sqlite3.connect(f"file:{default_gazetteer(args)}?mode=ro", uri=True)
    total = con.execute("SELECT count(*) FROM places").fetchone()[0]
    names = [r[0] for r in con.execute("SELECT name FROM places WHERE rowid % ? = 0 LIMIT ?", (max(1, total // n), n))]
    con.close()
    names_path = os.path.join(work, "names.txt")
    with open(names_path, "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    for name in names:  # the shared Checker opened and the file's pages read before timing
        routecheck.geocode(name, limit=5)
    py_s = best_loop(runs, lambda name: routecheck.geocode(name, limit=5), names)
    py_dict_s = best_loop(runs, lambda name: routecheck.geocode(name, limit=5).to_dict(), names)
    cli_s = best_wall(runs, [cli, "geocode", "--batch", "--json", "--limit", "5"], names_path)
    us = lambda s, count: s / count * 1e6  # noqa: E731
    log(args, f"geocode: {len(names):,} names; Python {us(py_s, len(names)):.1f} us a call "
              f"({us(py_dict_s, len(names)):.1f} with to_dict()), CLI --batch --json {us(cli_s, len(names)):.1f} us a "
              f"name (whole process); load {load()}")
    row("geocode, us a name: Python call / CLI --batch", f"{us(py_s, len(names)):.1f}",
        f"CLI {us(cli_s, len(names)):.1f}", f"{py_s / cli_s:.2f}x",
        f"best of {runs}, {len(names):,} names; with to_dict() {us(py_dict_s, len(names)):.1f} us")

    # Check: the claims table bench/run uses, n rows.
    claims_path = os.path.join(work, "claims.csv")
    with open(claims_path, "w") as f:
        subprocess.run(["awk", "-v", f"n={n}", "-f", os.path.join(ROOT, "bench/make_claims.awk")], stdout=f, check=True)
    with open(claims_path, newline="") as f:
        claims = list(csv.DictReader(f))

    def check(c):
        try:
            return routecheck.check(c["from"], c["to"], distance=c["distance"], speed=c["speed"],
                                    duration=c["duration"], stop=c["stop"], mode=c["mode"], depart=c["depart"])
        except routecheck.Error:
            return None

    def check_json(c):  # the CLI writes each row's JSON: the same work from Python
        r = check(c)
        return r.to_json() if r is not None else None
    # A first pass outside the clock: Python's check() fills each route's countries (the CLI's table does
    # not, Config::countries_in_tables), found once per route and remembered; the timed passes compare the
    # calls themselves.
    warm_t = time.perf_counter()
    for c in claims:
        check(c)
    warm_s = time.perf_counter() - warm_t
    py_s = best_loop(runs, check, claims)
    py_json_s = best_loop(runs, check_json, claims)
    frame = pd.read_csv(claims_path, dtype=str, keep_default_na=False)
    frame_s = best_loop(runs, routecheck.check_frame, [frame])
    cli_s = best_wall(runs, [cli, "check", "--batch", claims_path, "--json"])
    log(args, f"check: {len(claims):,} claims; Python check() {us(py_s, len(claims)):.1f} us a call "
              f"({us(py_json_s, len(claims)):.1f} with to_json()), check_frame "
              f"{us(frame_s, len(claims)):.1f} us a row, CLI --batch --json {us(cli_s, len(claims)):.1f} us a row "
              f"(whole process); a first pass, finding the countries of its "
              f"{len({(c['from'], c['to'], c['mode']) for c in claims})} trips, {warm_s:.1f} s; load {load()}")
    row("check, us a claim: Python check() / CLI --batch", f"{us(py_s, len(claims)):.1f}",
        f"CLI {us(cli_s, len(claims)):.1f}", f"{py_s / cli_s:.2f}x",
        f"best of {runs}, {len(claims):,} claims (make_claims.awk); with to_json() {us(py_json_s, len(claims)):.1f} us")
    row("check_frame, us a row / CLI --batch --json", f"{us(frame_s, len(claims)):.1f}",
        f"CLI {us(cli_s, len(claims)):.1f}", f"{frame_s / cli_s:.2f}x", "the same table as a DataFrame")


def importable(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"), help="build folder (default %(default)s)")
    parser.add_argument("--only", choices=("feed", "calls"), help="one of the two measurements")
    parser.add_argument("--rows", action="store_true", help="bench/run's table rows only")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each figure (median, best)")
    parser.add_argument("--seconds", type=float, default=20, help="about how long one worker's run takes")
    parser.add_argument("--stories", type=int, default=0, help="stories per set (default: from --seconds)")
    parser.add_argument("--sets", default="corpus,distinct", help="story sets of the feed: corpus, distinct, long (default %(default)s)")
    parser.add_argument("--blocksize", type=int, default=None,
                        help="NDJSON bytes a partition (default: the feed's own cut)")
    parser.add_argument("--cluster", choices=("lean", "plain"), default="lean",
                        help="the feed's local cluster (lean: feed.local_cluster) or Dask's defaults (plain)")
    parser.add_argument("--partitions-per-thread", type=int, default=None,
                        help="the feed's default cut, partitions a worker thread (default: feed.PARTITIONS_PER_THREAD)")
    parser.add_argument("--workers", default="1,2", help="cluster sizes to run (default %(default)s)")
    parser.add_argument("--resume-check", action="store_true",
                        help="after the runs, time a resumed run that lost an eighth of its partitions")
    parser.add_argument("--calls", type=int, default=20000, help="names and claims of the per-call figures")
    args = parser.parse_args(argv)
    args.build = os.path.abspath(args.build)
    sys.path.insert(0, os.path.join(args.build, "python"))
    if args.partitions_per_thread:
        from routecheck import feed
        feed.PARTITIONS_PER_THREAD = args.partitions_per_thread
    missing = [m for m in ("routecheck", "pandas", "distributed") if not importable(m)]
    if missing:
        row("Python module and Dask feed", "-", "-", "-",
            f"skipped: cannot import {', '.join(missing)} (tools/setup bench; the module needs python3-pybind11)")
        return
    work = tempfile.mkdtemp(prefix="feed_bench.")
    try:
        log(args, f"machine: {os.cpu_count()} cores; load {load()}")
        if args.only in (None, "feed"):
            bench_feed(args, work)
        if args.only in (None, "calls"):
            bench_calls(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
