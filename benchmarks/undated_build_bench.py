"""Benchmark: whole builds of a synthetic archive with undated reports (not a test).

    python benchmarks/undated_build_bench.py --articles 1000 --undated 0.05 --rounds 2

``site_archive``'s archive with the publication date taken out of that share of its seeds
(chosen at random, the same ones every round): a full build, then one article added and
the build again, each in a fresh Python, as ``site_bench`` times them. An undated report is
scored against every event of every year, and the last build's pair scores are kept by
fingerprint, so the addition is where keeping them and bounding them differ.
Run it in two checkouts (``PYTHONPATH=<checkout>``) to compare their code.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive, site_bench  # noqa: E402

PUBLISHED = re.compile(r"^published: .*\n", re.MULTILINE)


def undated_archive(folder: Path, count: int, share: float) -> int:
    """Write the archive; drop ``published`` from ``share`` of its seeds; how many."""
    site_archive.write_archive(folder, count)
    seeds = sorted((folder / "seeds").glob("*.md"))
    chosen = random.Random(5).sample(seeds, round(share * len(seeds)))
    for seed in chosen:
        seed.write_text(PUBLISHED.sub("", seed.read_text(encoding="utf-8")), encoding="utf-8")
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--undated", type=float, default=0.05)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "archive"
        undated = undated_archive(source, args.articles, args.undated)
        full, add = [], []
        for number in range(args.rounds):
            project = Path(work) / "project"
            shutil.rmtree(project, ignore_errors=True)
            shutil.copytree(source, project)
            full.append(site_bench._timed(site_bench._BRIEFING, str(project))[0])
            site_archive.add_article(project, args.articles + number, seed=number + 1)
            add.append(site_bench._timed(site_bench._BRIEFING, str(project))[0])
    print(
        f"{commit} articles={args.articles} undated={undated} rounds={args.rounds} "
        f"full_s={statistics.median(full):.2f} ({min(full):.2f}-{max(full):.2f}) "
        f"add_one_s={statistics.median(add):.2f} ({min(add):.2f}-{max(add):.2f})"
    )


if __name__ == "__main__":
    main()
