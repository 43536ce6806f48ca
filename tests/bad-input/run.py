#!/usr/bin/env python3
"""The bad-input catalogue (issue 9): every case in cases.tsv runs routecheck in a fresh folder and must end
the way the README promises: the documented exit status, one clear line on stderr naming the input (or
as many lines as the case says), valid UTF-8, and nothing left behind: no new file but those the case
expects, and files that were there before byte for byte as they were.

Usage: run.py ROUTECHECK FIXTURES_DIR      Prints one line per failed case, then 'N passed, N failed'.

cases.tsv columns (tab-separated; '#' comments): name, exit status, a regular expression the stderr must
match (searched), the arguments (shell words; {FIX} is FIXTURES_DIR, {TMP} the case's folder), options
separated by ' ; ': stdin=TEXT (\\n for newlines), stdin_file=PATH, file=NAME=TEXT (made before the run,
must be unchanged after), dir=NAME (a folder made before), lines=N (stderr lines, default 1), full (the run
writes into a 64 kB tmpfs at {TMP}/full; skipped where mounting is not allowed), fsize=BLOCKS (ulimit -f),
stdout=/dev/full, keep=NAME (a file the run may leave). {REPEAT:TEXT:N} anywhere (arguments, stdin, file
text) stands for TEXT repeated N times: the huge inputs of issue 30 without huge lines here.

Every case, whatever it expects, holds routecheck to its one-line promise: each stderr line at most
MAX_LINE_BYTES long, valid UTF-8, and no control character (ESC included) but the newline.
"""
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

RC, FIX = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
HERE = os.path.dirname(os.path.abspath(__file__))
# "routecheck: " and a message of at most 400 bytes (text::kMessageLineBytes), with a little room.
MAX_LINE_BYTES = 420
REPEAT = re.compile(r"\{REPEAT:([^:}]*):([0-9]+)\}")


def expand(text):
    return REPEAT.sub(lambda m: m.group(1) * int(m.group(2)), text)


def raw(text):
    """Text with \\n for newlines and \\xNN for any byte (invalid UTF-8 included), as bytes."""
    b = expand(text).replace("\\n", "\n").encode("utf-8")
    return re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), b)


def can_mount_tmpfs():
    probe = tempfile.mkdtemp(prefix="rc-tmpfs-probe-")
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], capture_output=True).returncode == 0
    if ok:
        subprocess.run(["umount", probe])
    os.rmdir(probe)
    return ok


def snapshot(folder):
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in files + dirs:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            out[rel] = None if os.path.isdir(path) else open(path, "rb").read()
    return out


def run_case(case, tmpfs_ok):
    name, want_exit, stderr_re, args, options = case
    opts = [o.strip() for o in options.split(" ; ") if o.strip()]
    work = tempfile.mkdtemp(prefix="rc-bad-")
    full = os.path.join(work, "full")
    stdin, stdout, lines, fsize, keep = b"", subprocess.DEVNULL, 1, None, set()
    mounted = False
    try:
        for o in opts:
            key, _, value = o.partition("=")
            if key == "stdin":
                stdin = raw(value)
            elif key == "stdin_file":
                stdin = open(value.replace("{FIX}", FIX), "rb").read()
            elif key == "file":
                fname, _, text = value.partition("=")
                with open(os.path.join(os.fsencode(work), raw(fname)), "wb") as f:
                    f.write(raw(text))
            elif key == "dir":
                os.makedirs(os.path.join(work, value), exist_ok=True)
            elif key == "lines":
                lines = int(value)
            elif key == "full":
                if not tmpfs_ok:
                    return name, "skip", "cannot mount a tmpfs here"
                os.makedirs(full)
                subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", full], check=True)
                mounted = True
                with open(os.path.join(full, "filler"), "wb") as f:
                    f.write(b"\0" * 56000)
                with open(os.path.join(full, "old.geojson"), "wb") as f:
                    f.write(b"old\n")
            elif key == "fsize":
                fsize = int(value)
            elif key == "stdout" and value == "/dev/full":
                stdout = open("/dev/full", "wb")
            elif key == "keep":
                keep.add(value)
        before = snapshot(work)
        argv = [os.fsencode(RC)] + [raw(a.replace("{FIX}", FIX).replace("{TMP}", work)) for a in shlex.split(args.replace("\\x", "\\\\x"))]
        pre = (lambda: __import__("resource").setrlimit(__import__("resource").RLIMIT_FSIZE, (fsize * 512, fsize * 512))) if fsize else None
        p = subprocess.run(argv, input=stdin, stdout=stdout, stderr=subprocess.PIPE, cwd=work, timeout=120,
                           preexec_fn=pre, env=dict(os.environ, LC_ALL="C.UTF-8"))
        problems = []
        if str(p.returncode) != want_exit:
            problems.append(f"exit {p.returncode}, expected {want_exit}")
        try:
            err = p.stderr.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("stderr is not valid UTF-8")
            err = p.stderr.decode("utf-8", "replace")
        got_lines = len(err.splitlines())
        longest = max((len(line) for line in p.stderr.split(b"\n")), default=0)
        if longest > MAX_LINE_BYTES:
            problems.append(f"a stderr line of {longest} bytes, over {MAX_LINE_BYTES}")
        if re.search(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", p.stderr):
            problems.append("stderr holds a control character")
        if lines >= 0 and got_lines != lines:
            problems.append(f"{got_lines} stderr lines, expected {lines}")
        if not re.search(stderr_re, err):
            problems.append(f"stderr does not match /{stderr_re}/")
        if not err.startswith("routecheck: ") and want_exit != "0":
            problems.append("stderr does not start with 'routecheck: '")
        after = snapshot(work)
        for rel, content in before.items():
            if after.get(rel, b"<gone>") != content:
                problems.append(f"'{rel}' changed or vanished")
        for rel in after.keys() - before.keys():
            if rel not in keep:
                problems.append(f"left '{rel}' behind")
        return name, "fail" if problems else "pass", "; ".join(problems) + (f"\n    stderr: {err.strip()[:300]}" if problems else "")
    except subprocess.TimeoutExpired:
        return name, "fail", "timed out after 120 s"
    except Exception as e:  # a broken case is a failed case, not a broken catalogue
        return name, "fail", f"the case could not run: {e}"
    finally:
        if mounted:
            subprocess.run(["umount", full])
        subprocess.run(["rm", "-rf", work])


def main():
    cases = []
    for line in open(os.path.join(HERE, "cases.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (5 - len(cols))
        cases.append(cols[:5])
    names = [c[0] for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        sys.exit(f"duplicate case names: {sorted(dupes)}")
    # The README states the catalogue's size ("(N cases"): it must be this file's (issue 30: the catalogue's
    # count and the README agree). A README without the sentence (an installed copy) is not checked.
    readme = os.path.join(HERE, "..", "..", "README.md")
    if os.path.isfile(readme):
        stated = re.search(r"catalogue of bad inputs the test suite holds routecheck to \((\d+) cases", open(readme, encoding="utf-8").read())
        if not stated or int(stated.group(1)) != len(cases):
            sys.exit(f"README.md states {stated.group(1) if stated else 'no'} catalogue cases; cases.tsv holds {len(cases)}")
    tmpfs_ok = os.geteuid() == 0 and can_mount_tmpfs()
    if not tmpfs_ok:
        print("note: cannot mount a tmpfs here (not root, or not allowed): the full-disk cases are skipped")
    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, result, detail in pool.map(lambda c: run_case(c, tmpfs_ok), cases):
            if result == "pass":
                passed += 1
            elif result == "skip":
                skipped += 1
            else:
                failed += 1
                print(f"FAIL {name}: {detail}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)


main()
