"""A newsroom feed on Dask: stories in (NDJSON or a folder, local or any fsspec URL), one NDJSON file of
checked stories out per partition, written to a temporary name and renamed, so nothing is half-written.

    from dask.distributed import Client
    from routecheck.feed import run_feed
    client = Client("tcp://scheduler:8786")          # or none: the active Client, else local threads
    summary = run_feed("s3://wire/2026-12-04.ndjson", "s3://checked/2026-12-04/")

    python3 -m routecheck.feed STORIES OUTPUT [--scheduler ADDRESS | --workers N] [--blocksize 16MiB]
                               [--overwrite | --resume]

Input: an NDJSON file (or a glob of them) of {"id": ..., "text": ...} lines, cut into partitions of about
`blocksize` bytes; or a folder of .txt/.md/.html stories (the id is the file's path under the folder), in
partitions of `stories_per_partition`; by default about 32 partitions for each worker thread (at most 16
MiB or 1000 stories each). Output: OUTPUT/part-00000.ndjson, ... one line per story, the object `routecheck
article --json` prints with the story's id first: {"id", "places", "figures", "claims", ...} (`article
--batch` writes the same lines, but with each route's countries null), or {"id", "error"} for a story that
could not be read (a line that is no JSON object, a story over the size limit); and OUTPUT/_feed.json, how
the source was cut, so `--resume` checks only the partitions whose file is missing after a run was stopped.

On the workers each process opens its Checker (the gazetteer) once and keeps it for every partition it is
given (one per worker thread: a Checker serializes its calls). A worker that dies mid-partition loses no
story: the scheduler gives its partition to another worker, which checks it again and writes the same file
(the partition's number names it), and the half-written temporary file of the dead one is removed at the end.
"""
import argparse
import hashlib
import json
import os
import sys
import threading
import time
import uuid

STORY_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
PART_NAME = "part-{:05d}.ndjson"
TEMP_PREFIX = ".part-"  # temporary files: hidden from readers that list part-*.ndjson
MANIFEST = "_feed.json"  # how the source was cut into partitions: what a resumed run cuts it by
# Partitions by default: about PARTITIONS_PER_THREAD for each thread of the cluster, so no worker idles at
# the end while another finishes a long partition (a 5 MB day's wire in one 16 MiB partition ran on one
# worker), within these bounds. With 8, one of two workers idled 5-9% of the run waiting for the other's
# last partition; with 32, 3-5%, and two workers checked 5,100 stories/s against 4,300 (bench/feed_bench.py).
PARTITIONS_PER_THREAD = 32
DEFAULT_BLOCKSIZE = "16MiB"  # the most NDJSON bytes a partition gets by default
MIN_BLOCKSIZE = 8 * 1024  # about 40 short stories: a few ms of Dask per partition against 20 ms or more of work
DEFAULT_STORIES_PER_PARTITION = 1000  # the most folder stories a partition gets by default
MIN_STORIES_PER_PARTITION = 20

# Dask's own upkeep, cut on the local clusters the feed starts: each worker's statistical profiler samples
# the task thread every 10 ms, and every process's event loop ticks every 20 ms. An idle 2-worker cluster
# took 7.7% of a core that way (driver 3.1%, workers 2.3% each), 2.4% with these (bench/feed_bench.py).
LEAN_DASK_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                    "distributed.worker.memory.monitor-interval": "1s"}

_local = threading.local()
_opened_lock = threading.Lock()
checkers_opened = 0  # how many Checkers this process opened: the feed reports it per partition


def worker_checker(config):
    """The Checker of this worker process and thread for `config` (keyword arguments of routecheck.Checker),
    opened on first use and kept: a feed opens the gazetteer once per worker, not once per story."""
    global checkers_opened
    import routecheck
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in config.items()))
    cache = getattr(_local, "checkers", None)
    if cache is None:
        cache = _local.checkers = {}
    if key not in cache:
        cache[key] = routecheck.Checker(**config)
        with _opened_lock:
            checkers_opened += 1
    return cache[key]


def _json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def story_line(checker, story_id, text):
    """One output line (no newline) for a story: its checked trips, or its error. The line is the library's
    own JSON text, what `routecheck article --json` prints, with the id put first: turning it into Python
    objects and back cost more than reading the story (bench/feed_bench.py)."""
    import routecheck
    try:
        body = checker.read_article(text).to_json()
    except routecheck.Error as e:
        return _json({"id": story_id, "error": str(e)}), True
    return '{"id":' + _json(story_id) + ("," + body[1:] if body != "{}" else "}"), False


def _ndjson_stories(lines, index):
    """(id, text or None, error or None) for each line of an NDJSON partition. A line without an id gets
    "PARTITION:LINE" (stable for a given blocksize: give stories ids)."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fallback = f"{index}:{n}"
        try:
            story = json.loads(line)
        except ValueError:
            story = None
        if not isinstance(story, dict):
            yield fallback, None, f"not a JSON object: '{line.strip()[:80]}'"
            continue
        story_id = story.get("id", fallback)
        story_id = story_id if isinstance(story_id, str) else _json(story_id)
        if not isinstance(story.get("text"), str):
            yield story_id, None, 'no "text" string'
            continue
        yield story_id, story["text"], None


def _file_stories(fs, root, paths):
    for path in paths:
        story_id = os.path.relpath(path, root) if root else path
        try:
            with fs.open(path, "rb") as f:
                text = f.read().decode("utf-8", errors="replace")
        except OSError as e:
            yield story_id, None, f"cannot read: {e}"
            continue
        yield story_id, text, None


def _write_partition(fs, output, index, lines, on_written):
    """Writes the partition's lines to a temporary file beside its final name, then renames it: a reader
    sees the whole file or none."""
    final = f"{output.rstrip('/')}/{PART_NAME.format(index)}"
    temp = f"{output.rstrip('/')}/{TEMP_PREFIX}{index:05d}.{uuid.uuid4().hex}.tmp"
    with fs.open(temp, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    if on_written is not None:
        on_written(index, temp)
    fs.mv(temp, final)
    return final


def check_partition(stories, index, out_fs, output, config, on_written=None):
    """Runs on a worker: checks a partition's stories with the worker's Checker and writes its file.
    `stories` yields (id, text, error). Returns the partition's summary, with the seconds it took (what
    sizes partitions for a cluster: bench/ARCHIVE_PLAN.md)."""
    started = time.perf_counter()
    checker = worker_checker(config)
    lines, bad = [], 0
    for story_id, text, error in stories:
        if error is not None:
            lines.append(_json({"id": story_id, "error": error}))
            bad += 1
            continue
        line, is_bad = story_line(checker, story_id, text)
        lines.append(line)
        bad += is_bad
    path = _write_partition(out_fs, output, index, lines, on_written)
    return {"partition": index, "file": path, "stories": len(lines), "bad": bad, "pid": os.getpid(),
            "checkers_opened": checkers_opened, "seconds": time.perf_counter() - started}


def _ndjson_task(lines, index, out_fs, output, config, on_written):
    return check_partition(_ndjson_stories(lines, index), index, out_fs, output, config, on_written)


def _files_task(in_fs, root, paths, index, out_fs, output, config, on_written):
    return check_partition(_file_stories(in_fs, root, paths), index, out_fs, output, config, on_written)


def _cluster_threads(client):
    """Threads the work will run on: the cluster's, or this machine's cores for Dask's local threads."""
    if client is not None:
        threads = sum(client.nthreads().values())
        if threads:
            return threads
    return os.cpu_count() or 1


def _clamp(value, low, high):
    return max(low, min(high, value))


def _read_manifest(out_fs, path):
    try:
        with out_fs.open(path, "r", encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def _write_manifest(out_fs, out_path, manifest):
    temp = f"{out_path}/{TEMP_PREFIX}manifest.{uuid.uuid4().hex}.tmp"
    with out_fs.open(temp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    out_fs.mv(temp, f"{out_path}/{MANIFEST}")


def run_feed(source, output, *, scheduler=None, blocksize=None, stories_per_partition=None, overwrite=False,
             resume=False, storage_options=None, checker_config=None, on_written=None):
    """Checks every story of `source` on Dask and writes OUTPUT/part-NNNNN.ndjson, one per partition.

    source: an NDJSON file or glob, or a folder of stories; any fsspec URL (file://, s3://, gcs://, ...).
    output: a folder (any fsspec URL); refused when it holds part files already, unless `overwrite` (start
    again) or `resume` (check only the partitions whose file is missing, cut as the first run cut them).
    scheduler: a dask.distributed scheduler address; default: the active Client, else local threads.
    blocksize (NDJSON bytes) and stories_per_partition (folder stories) of a partition: by default about
    PARTITIONS_PER_THREAD partitions for each thread of the cluster, so the workers stay evenly busy to the
    end, between MIN_BLOCKSIZE and DEFAULT_BLOCKSIZE (between 20 and DEFAULT_STORIES_PER_PARTITION stories).
    checker_config: keyword arguments of routecheck.Checker on the workers (gazetteers, network, ...).
    on_written(index, temp_path): called on the worker after a partition's temporary file is written and
    before it is renamed (instrumentation; the tests kill a worker there).
    OUTPUT/_feed.json records how the source was cut (its files and sizes, the partition size), so a resumed
    run cuts it the same way; a source that changed since is refused.
    Returns {"partitions" (all of the source's), "skipped" (already written, with resume), "stories" and "bad"
    (of the partitions checked by this call), "files", "per_partition": [...]}; raises ValueError for a
    source with no stories, an output in use, or a resume over a changed source."""
    import dask
    import dask.bag
    import fsspec
    from dask.utils import parse_bytes

    storage_options = storage_options or {}
    config = dict(checker_config or {})
    in_fs, in_path = fsspec.core.url_to_fs(source, **storage_options)
    out_fs, out_path = fsspec.core.url_to_fs(output, **storage_options)
    out_path = out_path.rstrip("/")
    out_fs.makedirs(out_path, exist_ok=True)
    existing = {os.path.basename(p) for p in out_fs.ls(out_path, detail=False)
                if os.path.basename(p).startswith("part-")}
    manifest_path = f"{out_path}/{MANIFEST}"
    earlier = _read_manifest(out_fs, manifest_path) if resume and not overwrite else None
    if existing and not overwrite and not resume:
        raise ValueError(f"{output}: holds {len(existing)} part files already (overwrite=True / --overwrite "
                         f"replaces them, resume=True / --resume checks only the partitions missing)")
    if existing and resume and not overwrite and earlier is None:
        raise ValueError(f"{output}: holds part files but no {MANIFEST} saying how the source was cut: "
                         f"cannot resume (overwrite=True / --overwrite starts again)")
    if overwrite:
        for name in existing:
            out_fs.rm(f"{out_path}/{name}")
        existing = set()
        if out_fs.exists(manifest_path):
            out_fs.rm(manifest_path)

    client, own_client = None, False
    try:
        from dask.distributed import Client, get_client
        if scheduler is not None:
            client, own_client = Client(scheduler), True
        else:
            try:
                client = get_client()
            except ValueError:  # no Client: Dask's local threads
                client = None
    except ImportError:
        if scheduler is not None:
            raise
    try:
        threads = _cluster_threads(client)
        if in_fs.isdir(in_path):
            paths = sorted(p for p in in_fs.find(in_path) if p.lower().endswith(STORY_SUFFIXES))
            if not paths:
                raise ValueError(f"{source}: a folder with no stories (.txt, .md, .html)")
            inputs = {"stories": len(paths), "paths_sha1": hashlib.sha1("\n".join(paths).encode()).hexdigest()}
            per = stories_per_partition or _clamp(-(-len(paths) // (PARTITIONS_PER_THREAD * threads)),
                                                  MIN_STORIES_PER_PARTITION, DEFAULT_STORIES_PER_PARTITION)
            if earlier is not None:
                per = earlier.get("stories_per_partition", per)
            cut = {"stories_per_partition": per}
        else:
            files = sorted(in_fs.glob(in_path))
            if not files:
                raise ValueError(f"{source}: no such file")
            inputs = {"files": [[p, in_fs.size(p)] for p in files]}
            total = sum(size for _, size in inputs["files"])
            size = parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize
            # Dask cuts a file into size // blocksize blocks: rounding down gives at least the partitions asked.
            size = size or _clamp(total // (PARTITIONS_PER_THREAD * threads), MIN_BLOCKSIZE,
                                  parse_bytes(DEFAULT_BLOCKSIZE))
            if earlier is not None:
                size = earlier.get("blocksize", size)
            cut = {"blocksize": size}
        if earlier is not None and earlier.get("inputs") != inputs:
            raise ValueError(f"{output}: was written from another source, or the source changed since "
                             f"({MANIFEST}): cannot resume (overwrite=True / --overwrite starts again)")
        if in_fs.isdir(in_path):
            chunks = [paths[i:i + per] for i in range(0, len(paths), per)]
            all_tasks = [dask.delayed(_files_task, pure=False)(in_fs, in_path, chunk, i, out_fs, out_path, config,
                                                                on_written)
                         for i, chunk in enumerate(chunks)]
        else:
            parts = dask.bag.read_text(source, blocksize=size, storage_options=storage_options).to_delayed()
            all_tasks = [dask.delayed(_ndjson_task, pure=False)(part, i, out_fs, out_path, config, on_written)
                         for i, part in enumerate(parts)]
        _write_manifest(out_fs, out_path, {"source": source, "inputs": inputs, **cut, "partitions": len(all_tasks)})
        todo = [(i, t) for i, t in enumerate(all_tasks) if PART_NAME.format(i) not in existing]
        tasks = [t for _, t in todo]
        if client is not None:
            results = client.gather(client.compute(tasks))
        else:
            results = list(dask.compute(*tasks, scheduler="threads"))
    finally:
        if own_client:
            client.close()
    # Temporary files of workers that died before their rename: their partitions were written again.
    for p in out_fs.ls(out_path, detail=False):
        if os.path.basename(p).startswith(TEMP_PREFIX):
            out_fs.rm(p)
    results.sort(key=lambda r: r["partition"])
    return {"partitions": len(all_tasks), "skipped": len(all_tasks) - len(tasks),
            "stories": sum(r["stories"] for r in results), "bad": sum(r["bad"] for r in results),
            "files": [r["file"] for r in results], "per_partition": results}


def local_cluster(n_workers):
    """A dask.distributed.LocalCluster of n_workers processes of one thread each (a Checker serializes its
    calls, so more threads per process would wait on it), with LEAN_DASK_CONFIG: what --workers starts."""
    import dask
    from dask.distributed import LocalCluster
    with dask.config.set(LEAN_DASK_CONFIG):  # the nannies keep a copy for the workers they start
        return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m routecheck.feed",
        description="Check a feed of stories on Dask: one NDJSON file of checked stories per partition.",
        epilog="Exit status: 0 all stories read, 1 some stories could not be read (their lines carry the error), "
               "2 bad usage or input.")
    parser.add_argument("source", help="NDJSON file or glob of {id, text} lines, or a folder of .txt/.md/.html; any fsspec URL")
    parser.add_argument("output", help="output folder (any fsspec URL): part-NNNNN.ndjson")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=0,
                       help="start a local cluster of N worker processes (default: one per core)")
    parser.add_argument("--blocksize", default=None,
                        help=f"NDJSON bytes per partition (default: about {PARTITIONS_PER_THREAD} partitions a worker "
                             f"thread, at most {DEFAULT_BLOCKSIZE})")
    parser.add_argument("--stories-per-partition", type=int, default=None,
                        help=f"folder stories per partition (default: about {PARTITIONS_PER_THREAD} partitions a "
                             f"worker thread, at most {DEFAULT_STORIES_PER_PARTITION})")
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--overwrite", action="store_true", help="replace the part files of an earlier run")
    again.add_argument("--resume", action="store_true",
                       help="check only the partitions an earlier run into OUTPUT did not write")
    parser.add_argument("--gazetteer", action="append", default=[], help="a gazetteer searched first (repeatable)")
    parser.add_argument("--network", default="", help="rail or road network file the trips run on")
    args = parser.parse_args(argv)
    blocksize = args.blocksize
    if isinstance(blocksize, str) and blocksize.isdigit():
        blocksize = int(blocksize)
    config = {}
    if args.gazetteer:
        config["gazetteers"] = args.gazetteer
    if args.network:
        config["network"] = args.network
    import routecheck
    cluster = None
    try:
        routecheck.Checker(**config)  # a missing gazetteer is one line here, not a traceback on every worker
        scheduler = args.scheduler
        if scheduler is None:
            cluster = local_cluster(args.workers or os.cpu_count())
            scheduler = cluster.scheduler_address
        summary = run_feed(args.source, args.output, scheduler=scheduler, blocksize=blocksize,
                           stories_per_partition=args.stories_per_partition, overwrite=args.overwrite,
                           resume=args.resume, checker_config=config)
    except (ValueError, OSError, routecheck.Error) as e:
        print(f"routecheck.feed: {e}", file=sys.stderr)
        return 2
    finally:
        if cluster is not None:
            cluster.close()
    skipped = f" ({summary['skipped']} written before)" if summary["skipped"] else ""
    print(f"{summary['stories']} stories in {summary['partitions'] - summary['skipped']} partitions{skipped}, "
          f"{summary['bad']} could not be read: {args.output}")
    return 1 if summary["bad"] else 0


if __name__ == "__main__":
    # Run as `python3 -m routecheck.feed`, this file is __main__, whose functions cloudpickle would send to
    # the workers by value, with the module's lock (which cannot be pickled: no task ever ran so); the
    # importable module's are sent by name.
    from routecheck.feed import main as feed_main
    sys.exit(feed_main())
