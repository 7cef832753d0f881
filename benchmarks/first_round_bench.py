"""Benchmark: is the first round's addition slower, or its article? (not a test)

    python benchmarks/first_round_bench.py --articles 5000 --seeds 2 1 2 1

``site_bench.py``'s first round adds a different article (``add_article`` seed 1) from
its later rounds (seeds 2, 3, …), so a slower first addition may come from the round or
from the article. Each round here does what a ``site_bench`` round does up to its
addition (fresh copy of the archive, full build, nothing-changed build, the Material
anchor), then adds the article of the given seed (numbered as ``site_bench`` numbers it)
and times that build: wall and CPU seconds (the build and its children).
"""

from __future__ import annotations

import argparse
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


def one_round(source: Path, work: Path, count: int, seed: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the addition of ``seed``'s article after a full build."""
    project = work / f"p{count}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(source, project)
    for _ in ("full", "nothing"):
        site_bench._timed(site_bench._BRIEFING, str(project))
    site_bench._timed(site_bench._MKDOCS, str(site_bench._material_anchor(project)))
    site_archive.add_article(project, count + seed - 1, seed=seed)
    seconds, _ = site_bench._timed(site_bench._BRIEFING, str(project))
    return seconds, site_bench._last_cpu[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[2, 1, 2, 1])
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    print(
        f"# first_round_bench {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
        f"commit={commit} {platform.python_version()} {platform.machine()} "
        f"articles={args.articles} seeds={args.seeds}",
        flush=True,
    )
    work = Path(tempfile.mkdtemp(prefix="first-round-"))
    try:
        source = work / "archive"
        site_archive.write_archive(source, args.articles)
        for number, seed in enumerate(args.seeds, 1):
            wall, cpu = one_round(source, work, args.articles, seed)
            print(
                f"round {number}: seed={seed} add_one={wall:.2f}s cpu={cpu:.2f}s "
                f"loadavg={site_bench._loadavg()}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
