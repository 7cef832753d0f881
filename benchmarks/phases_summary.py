"""Median and spread of ``add_one_profile.py --timer phases`` runs, per version (not a test).

    python benchmarks/phases_summary.py benchmarks/logs/add_one_reuse_phases_2000.log

The log holds runs of two or more versions run alternately, each run after a line
``=== round N: <version> ...`` (as ``add_one_profile.py``'s output is collected by a shell
loop). Prints, for each version, the add-one's wall seconds and each phase's: the median
and the lowest and highest of the rounds, and the ratio of the medians to the first
version's.
"""

from __future__ import annotations

import argparse
import re
import statistics
from collections import defaultdict
from pathlib import Path

ROUND = re.compile(r"^=== round \d+: (?P<version>\S+)")
ADD_ONE = re.compile(r"add-one (?P<seconds>[\d.]+) s; wall seconds:")
CPU = re.compile(r"add-one CPU: this process (?P<own>[\d.]+) s, child processes (?P<kids>[\d.]+)")
PHASE = re.compile(r"^\s+(?P<name>[\w.]+)\s+(?P<seconds>[\d.]+) s\s+\(")

Runs = dict[str, dict[str, list[float]]]  # version -> measure -> one value per round


def read_runs(text: str) -> Runs:
    runs: Runs = defaultdict(lambda: defaultdict(list))
    version = None
    for line in text.splitlines():
        if found := ROUND.match(line):
            version = found["version"]
        elif version is None:
            continue
        elif found := ADD_ONE.search(line):
            runs[version]["add-one (wall)"].append(float(found["seconds"]))
        elif found := CPU.search(line):
            runs[version]["add-one CPU, this process"].append(float(found["own"]))
            runs[version]["add-one CPU, children"].append(float(found["kids"]))
        elif found := PHASE.match(line):
            runs[version][found["name"]].append(float(found["seconds"]))
    return runs


def summary(runs: Runs) -> list[str]:
    versions = list(runs)
    first = runs[versions[0]]
    lines = []
    names = list(dict.fromkeys(name for version in versions for name in runs[version]))
    for name in names:
        cells = []
        for version in versions:
            values = runs[version].get(name)
            if not values:
                cells.append(f"{version}: -")
                continue
            median = statistics.median(values)
            cell = f"{version}: {median:.2f} [{min(values):.2f}-{max(values):.2f}] n={len(values)}"
            base = first.get(name)
            if version != versions[0] and base and statistics.median(base) > 0:
                cell += f" ({median / statistics.median(base):.2f}x)"
            cells.append(cell)
        lines.append(f"{name:<45} " + "; ".join(cells))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("log", type=Path)
    args = parser.parse_args()
    print("\n".join(summary(read_runs(args.log.read_text(encoding="utf-8")))))


if __name__ == "__main__":
    main()
