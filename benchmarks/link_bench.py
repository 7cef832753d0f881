"""Benchmark: the file work of an add-one publish, written copies against hard links.

    python benchmarks/link_bench.py --site /tmp/site-bench/p2000/site --rounds 5

An add-one ``briefing build`` used to write every page of the new site into the staging
folder and, after the swap, delete the old site/ (every file freed). Now pages and static
files that did not change are hard links to the old site/'s files, so writing them is a
link and deleting the old site/ frees nothing of them. This times exactly that file work
on a real built site (e.g. one ``site_bench.py --keep`` left), side by side in each round:

- ``copies``: every file of ``--site`` copied into a new folder (as MkDocs writes pages),
  then the new folder deleted (as the old site/ is after the swap: its files freed);
- ``links``: every file hard-linked into a new folder, then that folder deleted (the old
  site/ of a build whose pages were all reused: unlinks only).

Both delete with ``shutil.rmtree``, as ``build._swap_in`` does. Prints per round and the
median (min–max) and the links/copies ratio per round. The disk's mount options (e.g.
``discard``) weigh on frees, so the mount line of the site's file system is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def _mirror(site: Path, target: Path, place: Callable[[str, str], object]) -> int:
    """Every file of ``site`` placed at the same path under ``target``; how many."""
    count = 0
    for folder, _dirs, names in os.walk(site):
        relative = os.path.relpath(folder, site)
        out = os.path.join(target, relative)
        os.makedirs(out, exist_ok=True)
        for name in names:
            place(os.path.join(folder, name), os.path.join(out, name))
            count += 1
    return count


def _round(site: Path, work: Path, place: Callable[[str, str], object]) -> tuple[float, float]:
    """(seconds to place every file, seconds to delete the folder). Not synced: a build
    does not wait for the disk either, only for what the calls themselves cost."""
    target = work / "mirror"
    began = time.perf_counter()
    _mirror(site, target, place)
    placed = time.perf_counter() - began
    began = time.perf_counter()
    shutil.rmtree(target)
    return placed, time.perf_counter() - began


def _mount_line(path: Path) -> str:
    done = subprocess.run(
        ["findmnt", "-no", "FSTYPE,OPTIONS", "--target", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site/ to mirror")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    site = args.site.resolve()
    work = site.parent / ".link-bench"  # beside the site: same file system, for links
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    files = sum(len(names) for _, _, names in os.walk(site))
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"site {site} ({files} files); file system: {_mount_line(site)}; rounds={args.rounds}",
        flush=True,
    )
    results: dict[str, list[float]] = {"copies": [], "links": [], "ratio": []}
    try:
        for number in range(args.rounds):
            totals = {}
            for label, place in (("copies", shutil.copyfile), ("links", os.link)):
                placed, deleted = _round(site, work, place)
                totals[label] = placed + deleted
                results[label].append(totals[label])
                print(f"  round {number + 1} {label}: place {placed:.2f}s delete {deleted:.2f}s")
            results["ratio"].append(totals["links"] / totals["copies"])
            print(f"  round {number + 1}: load average {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(" ".join(f"{k}={_spread(v)}" for k, v in results.items()))


if __name__ == "__main__":
    main()
