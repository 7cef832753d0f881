"""Benchmark: Pagefind over the newest search period of built projects (not a test).

    python benchmarks/newest_period_bench.py PROJECT [PROJECT ...] --rounds 5

Each PROJECT is a built one (``briefing build``; e.g. those ``site_bench.py --keep``
leaves, built by different code from the same archive). An addition re-indexes the
newest period (``search.plan``), so its size sets Pagefind's part of an add-one build.
Per round, for each project in alternating order, this times ``search.index_site`` over
a plan of only the newest period of the project's ``site_src/.search-periods.json`` (both
languages, in a copy of its pages); prints the pages per language, wall seconds per
round, the median (min–max) and the ratio of each project to the first within a round.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import search  # noqa: E402


def _time_newest(project: Path) -> float:
    periods = search.read_plan(project / "site_src" / search.PLAN_FILE) or []
    with tempfile.TemporaryDirectory(prefix="newest-period-") as folder:
        site, plan = Path(folder) / "site", Path(folder) / search.PLAN_FILE
        plan.write_text(search.plan_file(periods[:1]), encoding="utf-8")
        for url in periods[0].pages:
            for prefix in search.LANGUAGE_FOLDERS:
                page = project / "site" / prefix / url / "index.html"
                if page.is_file():
                    (site / prefix / url).mkdir(parents=True, exist_ok=True)
                    os.link(page, site / prefix / url / "index.html")
        began = time.perf_counter()
        search.index_site(site, plan)
        return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("projects", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; rounds={args.rounds}"
    )
    for project in args.projects:
        periods = search.read_plan(project / "site_src" / search.PLAN_FILE) or []
        sizes = [len(p.pages) for p in periods]
        print(f"  {project}: periods (pages per language, newest first) {sizes}")
    times: dict[Path, list[float]] = {project: [] for project in args.projects}
    ratios: dict[Path, list[float]] = {project: [] for project in args.projects[1:]}
    for number in range(args.rounds):
        order = args.projects if number % 2 == 0 else args.projects[::-1]
        for project in order:
            times[project].append(_time_newest(project))
        first = times[args.projects[0]][-1]
        for project in ratios:
            ratios[project].append(times[project][-1] / first)
        shown = " ".join(f"{times[p][-1]:.2f}" for p in args.projects)
        print(f"  round {number + 1}: {shown} s; loadavg={os.getloadavg()[0]:.2f}", flush=True)
    for project, values in times.items():
        spread = f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"
        print(f"  {project}: {spread} s")
    for project, values in ratios.items():
        spread = f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"
        print(f"  {project} vs {args.projects[0]}: {spread}")


if __name__ == "__main__":
    main()
