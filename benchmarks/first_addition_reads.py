"""Which files the first addition after a full build reads again, and in which process
(not a test).

    python benchmarks/first_addition_reads.py --articles 5000 [--keep DIR]

Builds a synthetic archive (``benchmarks/site_archive.py``) with ``briefing build
--no-translate``, adds one article and builds again in a process that logs every file
``cache.FileDigests`` hashes (forked children included: the page-ahead child, the other
language's child) with when it was hashed, and when generation ended and each process
took the page-ahead child's late reads. Prints, per process, how many files it hashed
under each top folder of the project and the first and last time, in seconds after the
build started.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402

# Run in the measured process: wraps the hashing and two build steps, then runs the CLI.
_LOGGED_BUILD = """
import os, sys, time
log = os.environ["READS_LOG"]

def note(text):
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"{text} {os.getpid()} {time.monotonic():.3f}\\n")

from generator import build, cache, pagecache
digest = cache.hashlib.file_digest
def logged_digest(handle, name):
    note(f"read {handle.name}")
    return digest(handle, name)
cache.hashlib.file_digest = logged_digest
generate = build.generate
def logged_generate(*args, **kwargs):
    try:
        return generate(*args, **kwargs)
    finally:
        note("generated -")
build.generate = logged_generate
take = pagecache.Session.take_checked_later
def logged_take(self):
    note("take-later -")
    return take(self)
pagecache.Session.take_checked_later = logged_take
note("start -")
from generator.cli import main
sys.argv = ["briefing", "build", "--no-translate"]
main()
"""


def _summary(log: Path, project: Path) -> None:
    lines = [line.rsplit(" ", 2) for line in log.read_text(encoding="utf-8").splitlines()]
    start = next(float(at) for text, _, at in lines if text == "start -")
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    times: dict[str, list[float]] = collections.defaultdict(list)
    for text, pid, at in lines:
        if not text.startswith("read "):
            print(f"{float(at) - start:6.2f} s  {text.rstrip(' -')} (process {pid})")
            continue
        path = Path(text[len("read ") :])
        folder = path.relative_to(project).parts[0] if path.is_relative_to(project) else "other"
        counts[pid][folder] += 1
        times[pid].append(float(at) - start)
    for pid, found in counts.items():
        spread = f"{min(times[pid]):.2f}-{max(times[pid]):.2f} s"
        listed = ", ".join(f"{folder} {n}" for folder, n in found.most_common())
        print(f"process {pid}: {sum(found.values())} files hashed ({listed}), at {spread}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="first-addition-reads-"))
    project = (work / "p").resolve()
    shutil.rmtree(project, ignore_errors=True)
    site_archive.write_archive(project, args.articles)
    command = ["briefing", "build", "--no-translate"]
    subprocess.run(command, cwd=project, check=True, capture_output=True)
    site_archive.add_article(project, args.articles, seed=1)
    log = work / "reads.log"
    log.unlink(missing_ok=True)
    environment = {**os.environ, "READS_LOG": str(log)}
    run = [sys.executable, "-c", _LOGGED_BUILD]
    subprocess.run(run, cwd=project, check=True, capture_output=True, env=environment)
    print(f"articles={args.articles}; first addition after a full build")
    _summary(log, project)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
