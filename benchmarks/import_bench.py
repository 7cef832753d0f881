"""Benchmark: the start-up of the ``briefing`` program, two versions side by side (not a
test).

    python benchmarks/import_bench.py --rounds 15 --version old=/tmp/old-copy --version new=.

Each round runs ``import generator.cli`` (what every ``briefing`` command imports before
it starts) in a fresh Python per version, in an order that alternates between rounds,
with the version's folder first on PYTHONPATH. Printed: per version the median and spread
(min-max) of wall and CPU seconds (user + system of that Python), and the ratio of the
medians to the first version's; on a shared machine CPU seconds are the steadier.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _start(code: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh Python importing ``generator.cli`` from ``code``."""
    env = dict(os.environ, PYTHONPATH=str(code.resolve()))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import generator.cli"], env=env, check=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--version", action="append", required=True, help="NAME=FOLDER holding generator/"
    )
    args = parser.parse_args()
    versions = {name: Path(code) for name, code in (v.split("=", 1) for v in args.version)}
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; load average "
        f"{os.getloadavg()[0]:.2f}",
        flush=True,
    )
    for code in versions.values():  # once each first: the files in the page cache
        _start(code)
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in versions}
    order = list(versions)
    for number in range(args.rounds):
        for name in order if number % 2 == 0 else reversed(order):
            found[name].append(_start(versions[name]))
    first = order[0]
    for name in order:
        walls, cpus = [w for w, _ in found[name]], [c for _, c in found[name]]
        ratio_wall = statistics.median(walls) / statistics.median([w for w, _ in found[first]])
        ratio_cpu = statistics.median(cpus) / statistics.median([c for _, c in found[first]])
        print(
            f"{name}: wall {_spread(walls)} s, CPU {_spread(cpus)} s; vs {first}: wall "
            f"{ratio_wall:.3f}, CPU {ratio_cpu:.3f}"
        )
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
