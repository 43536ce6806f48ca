"""The Dask feed on a real scheduler with two worker processes: every story out once, the gazetteer opened
once per worker process, nothing half-written, and a worker killed mid-partition losing no story."""
import json
import os
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (python3-distributed)")

from routecheck import feed  # noqa: E402

STORIES = [
    "The express covers the 400 km from Seoul to Busan in about 2 hours 40 minutes.",
    "A freight train from Pyongyang to Vladivostok takes 20 hours for the 683 miles.",
    "The ferry from Busan to Fukuoka needs three hours.",
    "Nothing here travels anywhere.",
]


def write_ndjson(path, n):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"s{i:03d}", "text": STORIES[i % len(STORIES)]}) + "\n")
        f.write("this line is no JSON\n")


def read_parts(folder):
    lines = []
    for name in sorted(set(os.listdir(folder)) - {feed.MANIFEST}):
        assert name.startswith("part-") and name.endswith(".ndjson"), name  # no temporary file left
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines += [json.loads(line) for line in f]
    return lines


def kill_first_attempt(marker_dir):
    """on_written hook: the first worker to write partition 1 dies before its rename (a crash mid-partition);
    the marker file makes the retry go through."""
    def hook(index, temp_path):
        marker = os.path.join(marker_dir, f"killed-{index}")
        if index == 1 and not os.path.exists(marker):
            open(marker, "w").close()
            os._exit(1)
    return hook


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_every_story_once_with_one_checker_per_worker(client, tmp_path):
    source = tmp_path / "wire.ndjson"
    write_ndjson(source, 40)
    out = tmp_path / "out"
    summary = feed.run_feed(str(source), str(out), blocksize=800)
    assert summary["partitions"] >= 4
    lines = read_parts(out)
    ids = [line["id"] for line in lines]
    assert sorted(i for i in ids if i.startswith("s")) == [f"s{i:03d}" for i in range(40)]
    assert len(ids) == 41 and summary["stories"] == 41 and summary["bad"] == 1
    assert sum("error" in line for line in lines) == 1
    seoul = next(line for line in lines if line["id"] == "s000")
    assert seoul["claims"], seoul
    # Partitions ran on two worker processes, each of which opened one Checker for all of its partitions.
    per_partition = summary["per_partition"]
    assert len({p["pid"] for p in per_partition}) == 2
    assert all(p["checkers_opened"] == 1 for p in per_partition)
    # A second run into the same folder is refused, then replaces it when asked: the same lines.
    with pytest.raises(ValueError, match="part files already"):
        feed.run_feed(str(source), str(out), blocksize=800)
    feed.run_feed(str(source), str(out), blocksize=800, overwrite=True)
    assert read_parts(out) == lines


def test_a_worker_dying_mid_partition_loses_no_story(client, tmp_path):
    source = tmp_path / "wire.ndjson"
    write_ndjson(source, 24)
    out = tmp_path / "out"
    summary = feed.run_feed(str(source), str(out), blocksize=600, on_written=kill_first_attempt(str(tmp_path)))
    assert (tmp_path / "killed-1").exists()  # the worker did die
    ids = sorted(line["id"] for line in read_parts(out) if line["id"].startswith("s"))
    assert ids == [f"s{i:03d}" for i in range(24)]
    assert summary["stories"] == 25


def test_resume_checks_only_the_partitions_missing(client, tmp_path):
    source = tmp_path / "wire.ndjson"
    write_ndjson(source, 30)
    out = tmp_path / "out"
    first = feed.run_feed(str(source), str(out), blocksize=500)
    assert first["partitions"] >= 4
    lines = read_parts(out)
    # A run stopped part way: two partitions never written. The resumed run cuts the source as the first did
    # (its blocksize from _feed.json, not the one given) and checks only those two.
    for name in ("part-00001.ndjson", "part-00003.ndjson"):
        (out / name).unlink()
    resumed = feed.run_feed(str(source), str(out), blocksize=5000, resume=True)
    assert resumed["partitions"] == first["partitions"] and resumed["skipped"] == first["partitions"] - 2
    assert sorted(p["partition"] for p in resumed["per_partition"]) == [1, 3]
    assert read_parts(out) == lines
    # A source that changed since is refused.
    write_ndjson(source, 31)
    with pytest.raises(ValueError, match="changed since"):
        feed.run_feed(str(source), str(out), resume=True)


def test_default_partitions_keep_every_worker_busy(client, tmp_path):
    # 170 kB of stories: in one 16 MiB partition the second worker would idle; by default each worker
    # thread gets about PARTITIONS_PER_THREAD of them.
    client.wait_for_workers(2)  # the worker killed above is back
    source = tmp_path / "wire.ndjson"
    write_ndjson(source, 2000)
    summary = feed.run_feed(str(source), str(tmp_path / "out"))
    size = os.path.getsize(source)
    assert summary["partitions"] == size // max(feed.MIN_BLOCKSIZE, size // (2 * feed.PARTITIONS_PER_THREAD)) >= 4
    assert len({p["pid"] for p in summary["per_partition"]}) == 2


def test_a_folder_of_stories(client, tmp_path):
    folder = tmp_path / "stories"
    (folder / "desk").mkdir(parents=True)
    for i, text in enumerate(STORIES):
        (folder / "desk" / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.csv").write_text("not a story", encoding="utf-8")
    summary = feed.run_feed(f"file://{folder}", str(tmp_path / "out"), stories_per_partition=3)
    assert summary["partitions"] == 2
    assert sorted(line["id"] for line in read_parts(tmp_path / "out")) == [f"desk/{i}.txt" for i in range(4)]


def test_cli_resumes_a_run(client, tmp_path):
    # The entry point on a cluster of its own: a run stopped after some partitions, finished with --resume.
    source = tmp_path / "wire.ndjson"
    write_ndjson(source, 12)
    out = tmp_path / "out"
    first = feed.run_feed(str(source), str(out), blocksize=400)
    last = out / feed.PART_NAME.format(first["partitions"] - 1)
    stories_in_last = len(last.read_text().splitlines())
    last.unlink()
    run = subprocess.run([sys.executable, "-m", "routecheck.feed", str(source), str(out), "--workers", "1", "--resume"],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr  # the line that is no JSON is in the last partition
    assert run.stdout.strip() == (f"{stories_in_last} stories in 1 partitions ({first['partitions'] - 1} written "
                                  f"before), 1 could not be read: {out}")
    assert len(read_parts(out)) == 13


def test_cli_one_line_for_a_missing_source(tmp_path):
    run = subprocess.run([sys.executable, "-m", "routecheck.feed", str(tmp_path / "none.ndjson"), str(tmp_path / "o"),
                          "--workers", "1"], capture_output=True, text=True)
    assert run.returncode == 2
    # Dask may warn first; the error is one line of its own.
    assert run.stderr.strip().splitlines()[-1] == f"routecheck.feed: {tmp_path / 'none.ndjson'}: no such file"
