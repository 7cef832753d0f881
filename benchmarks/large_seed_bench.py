"""Benchmark: one very long seed through the whole analysis (not a test).

Issue 10 found that a 20 MB seed never finished: key-point selection compared every
sentence with every other. This builds seeds of N paragraphs from the founding seeds'
sentences (shuffled, so they are not all alike), runs ``build.generate`` on a copy of the
project with that one seed added, and prints the time per size and the ratio between
sizes: about 2 when doubling the size doubles the time (linear).

    python benchmarks/large_seed_bench.py --paragraphs 500 1000 2000 --rounds 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import build, seeds  # noqa: E402
from tests.conftest import FOUNDING_SEEDS, copy_project, write_seed  # noqa: E402


def long_body(paragraphs: int, rng: random.Random) -> str:
    sentences = [
        s.strip() + "."
        for seed in seeds.load_seeds(FOUNDING_SEEDS)
        for s in seed.body.replace("\n", " ").split(".")
        if len(s.split()) >= 8
    ]
    chosen = [rng.choice(sentences) + " " + rng.choice(sentences) for _ in range(paragraphs)]
    return "دورية مشتركة قرب الدرباسية\n\n" + "\n\n".join(chosen) + "\n"


def seconds(paragraphs: int, rng: random.Random) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        body = long_body(paragraphs, rng)
        write_seed(project.seeds_dir, "900-long", body, published="2020-01-01")
        start = time.perf_counter()
        build.generate(project)
        return time.perf_counter() - start, len(body.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(10)
    times: dict[int, list[float]] = {n: [] for n in args.paragraphs}
    for round_ in range(1, args.rounds + 1):
        for n in args.paragraphs:
            took, size = seconds(n, rng)
            times[n].append(took)
            print(f"round {round_}: {n} paragraphs ({size / 1e6:.2f} MB): {took:.2f} s", flush=True)
    for small, large in zip(args.paragraphs, args.paragraphs[1:], strict=False):
        ratios = [b / a for a, b in zip(times[small], times[large], strict=True)]
        print(
            f"ratio {large}/{small} paragraphs: median {statistics.median(ratios):.2f} "
            f"(min {min(ratios):.2f}, max {max(ratios):.2f}) over {len(ratios)} rounds"
        )


if __name__ == "__main__":
    main()
