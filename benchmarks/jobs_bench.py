"""Benchmark: a full build in several processes against one, side by side (not a test).

    python benchmarks/jobs_bench.py --articles 2000 --rounds 2

Builds a synthetic archive (``benchmarks/site_archive.py``) once, then per round, for
``--jobs 2`` and ``--jobs 1`` in turn: ``build.generate`` and ``build.publish`` with no
cache, no site_src/ and no site/ (a full build), in this process. Prints per build the
wall seconds of each step, the CPU seconds of this process ("self") and of the processes
it waited for ("children": the forked workers and Pagefind), and the 1-minute load
average, so a gain lost to other programs on the machine shows as such.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402
from generator import build  # noqa: E402


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, waited.ru_utime + waited.ru_stime


def _full_build(project: build.Project, workers: int) -> str:
    for folder in (project.site_dir, project.root / ".briefing-cache", project.site_src):
        shutil.rmtree(folder, ignore_errors=True)
    project.site_src.mkdir()
    began, (own, waited) = time.perf_counter(), _cpu()
    build.generate(project, workers=workers)
    generated, (own_g, waited_g) = time.perf_counter(), _cpu()
    build.publish(project, workers=workers)
    published, (own_p, waited_p) = time.perf_counter(), _cpu()
    return (
        f"workers={workers} generate wall {generated - began:.1f} self {own_g - own:.1f} "
        f"children {waited_g - waited:.1f} | publish wall {published - generated:.1f} "
        f"self {own_p - own_g:.1f} children {waited_p - waited_g:.1f} | "
        f"load {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jobs-bench-"))
    try:
        site_archive.write_archive(work / "p", args.articles)
        project = build.Project(work / "p")
        for _ in range(args.rounds):
            for workers in (2, 1):
                print(_full_build(project, workers), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
