"""Benchmark: a whole add-one ``briefing build --no-translate`` process, two versions of
the code side by side (not a test).

    python benchmarks/add_one_process_bench.py --articles 2000 --rounds 7 \
        --version old=/tmp/old-copy --version new=.

Each version (a folder holding a copy of ``generator/``, put first on PYTHONPATH) gets
its own synthetic archive (``benchmarks/site_archive.py``), a full build and ``--warm``
additions (the steady state: site/ and ``.site-previous`` share the unchanged pages).
Then, each round, one article is added to every archive and each version builds its own
as ``python -m generator build --no-translate`` in a fresh process (interpreter start
and imports included), in an order that alternates between rounds. Printed per build:
wall seconds and CPU seconds of the process and everything it ran (forked children,
Pagefind); then per version the median and spread (min-max) and the ratio of the
medians to the first version's. The load average is printed with each build, since on
a shared machine wall seconds are mostly load; CPU seconds are steadier. ``--again N``
with the ``--work`` folder of an earlier run (which ran N rounds) runs more rounds on its
archives, when the machine is quieter, without building them again. ``--no-previous``
removes each archive's earlier generation of site/ (``.site-previous``) before each
timed build, untimed: the state of the first addition after a full build, which has
none to build into (its site/'s pages are all linked again).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402

BUILD = ("-m", "generator", "build", "--no-translate")


def _build(code: Path, project: Path) -> tuple[float, float]:
    """One build of ``project`` with the code in ``code``: (wall, CPU) seconds."""
    env = dict(os.environ, PYTHONPATH=str(code.resolve()), NO_MKDOCS_2_WARNING="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, *BUILD], cwd=project, env=env, check=True, stdout=subprocess.DEVNULL
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warm", type=int, default=2, help="additions before the rounds")
    parser.add_argument(
        "--version", action="append", required=True, help="NAME=FOLDER holding generator/"
    )
    parser.add_argument("--work", type=Path, help="work folder (default: a temp one)")
    parser.add_argument(
        "--again",
        type=int,
        default=0,
        help="the archives in --work are an earlier run's, which ran this many rounds: "
        "neither written nor built again, the rounds go on from there",
    )
    parser.add_argument(
        "--no-previous",
        action="store_true",
        help="remove .site-previous before each timed build (a first addition)",
    )
    args = parser.parse_args()
    versions = dict(item.split("=", 1) for item in args.version)
    work = args.work or Path(tempfile.mkdtemp(prefix="add-one-process-"))
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; articles="
        f"{args.articles}; load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    projects = {}
    for name, code in versions.items():
        project = work / name
        if args.again:
            projects[name] = project
            continue
        site_archive.write_archive(project, args.articles)
        full = _build(Path(code), project)
        print(f"{name}: full build {full[0]:.1f} s wall, {full[1]:.1f} s CPU", flush=True)
        for number in range(args.warm):
            site_archive.add_article(project, args.articles + number, seed=1 + number)
            _build(Path(code), project)
        projects[name] = project
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in versions}
    order = list(versions)
    for round_number in range(args.again, args.again + args.rounds):
        number = args.articles + args.warm + round_number
        for name in order if round_number % 2 == 0 else reversed(order):
            site_archive.add_article(projects[name], number, seed=1 + args.warm + round_number)
            if args.no_previous:
                shutil.rmtree(projects[name] / ".site-previous", ignore_errors=True)
            wall, cpu = _build(Path(versions[name]), projects[name])
            found[name].append((wall, cpu))
            load = os.getloadavg()[0]
            print(f"round {round_number + 1} {name}: add one {wall:.2f} s wall, {cpu:.2f} s CPU; "
                  f"load {load:.2f}", flush=True)  # fmt: skip
    first = order[0]
    for name in order:
        walls = [wall for wall, _ in found[name]]
        cpus = [cpu for _, cpu in found[name]]
        ratio_wall = statistics.median(walls) / statistics.median([w for w, _ in found[first]])
        ratio_cpu = statistics.median(cpus) / statistics.median([c for _, c in found[first]])
        print(
            f"{name}: wall {_spread(walls)} s, CPU {_spread(cpus)} s; vs {first}: wall "
            f"{ratio_wall:.3f}, CPU {ratio_cpu:.3f}"
        )


if __name__ == "__main__":
    main()
