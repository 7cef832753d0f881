"""Benchmark: is the first round's addition slower, or its article? (not a test)

    python benchmarks/first_round_bench.py --articles 5000 --seeds 2 1 2 1

``site_bench.py``'s first round adds a different article (``add_article`` seed 1) from
its later rounds (seeds 2, 3, …), so a slower first addition may come from the round or
from the article. Each round here does what a ``site_bench`` round does up to its
addition (fresh copy of the archive, full build, nothing-changed build, the Material
anchor), then adds the article of the given seed (numbered as ``site_bench`` numbers it)
and times that build: wall and CPU seconds (the build with its children, and its own
process alone). With ``--next N``, N more articles are then added one at a time, each
built and timed the same way (the steady state of a growing archive), so one full build
gives many additions to compare. Before each addition the data not yet written to disk
(``Dirty`` in /proc/meminfo) is printed; with ``--sync``, it is written first (``sync``,
timed apart), so an addition does not pay for the writeback of the builds before it.
After each addition, the file pages the machine read back during it after evicting them
(``workingset_refault_file`` in /proc/vmstat, in MiB of 4 KiB pages): this VM's kernel
pages out memory left untouched for about a minute (DAMON), so a build that follows a
long one (a full build, the Material anchor) reads its caches back from disk.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive, site_bench  # noqa: E402


def _dirty_kb() -> int:
    for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
        if line.startswith("Dirty:"):
            return int(line.split()[1])
    return -1


def _refaults() -> int:
    for line in Path("/proc/vmstat").read_text(encoding="ascii").splitlines():
        if line.startswith("workingset_refault_file "):
            return int(line.split()[1])
    return 0


def _addition(project: Path, number: int, seed: int, sync: bool) -> str:
    """Add one article, build, and say how long the build took."""
    site_archive.add_article(project, number, seed=seed)
    dirty = f"dirty={_dirty_kb() // 1024}MiB"
    if sync:
        began = time.perf_counter()
        os.sync()
        dirty += f" sync={time.perf_counter() - began:.2f}s"
    refaults = _refaults()
    seconds, _ = site_bench._timed(site_bench._BRIEFING, str(project))
    read_back = (_refaults() - refaults) * 4 // 1024
    cpu, own = site_bench._last_cpu
    return (
        f"{seconds:.2f}s cpu={cpu:.2f}s own={own:.2f}s children={cpu - own:.2f}s {dirty} "
        f"read_back={read_back}MiB"
    )


def one_round(source: Path, work: Path, count: int, seed: int, then: int, sync: bool) -> list[str]:
    """The addition of ``seed``'s article after a full build, then ``then`` more."""
    project = work / f"p{count}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(source, project)
    for _ in ("full", "nothing"):
        site_bench._timed(site_bench._BRIEFING, str(project))
    site_bench._timed(site_bench._MKDOCS, str(site_bench._material_anchor(project)))
    lines = [f"seed={seed} add_one={_addition(project, count + seed - 1, seed, sync)}"]
    for step in range(then):
        added = site_bench.NEXT_OFFSET * (step + 1) + seed
        lines.append(f"  next {step + 1}: {_addition(project, count + added, added + 1, sync)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[2, 1, 2, 1])
    parser.add_argument("--next", type=int, default=0, help="additions after the first")
    parser.add_argument("--sync", action="store_true", help="sync before each addition")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    print(
        f"# first_round_bench {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
        f"commit={commit} {platform.python_version()} {platform.machine()} "
        f"articles={args.articles} seeds={args.seeds} next={args.next} sync={args.sync}",
        flush=True,
    )
    work = Path(tempfile.mkdtemp(prefix="first-round-"))
    try:
        source = work / "archive"
        site_archive.write_archive(source, args.articles)
        for number, seed in enumerate(args.seeds, 1):
            lines = one_round(source, work, args.articles, seed, args.next, args.sync)
            print(f"round {number}: " + "\n".join(lines), flush=True)
            print(f"  loadavg={site_bench._loadavg()}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
