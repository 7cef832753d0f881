"""Benchmark: the generator alone (no MkDocs), full and add-one, for one or two checkouts.

    python benchmarks/generator_bench.py --articles 500 --rounds 5 [--other /path/to/checkout]

Each round, for this checkout (and ``--other``, a copy of another commit whose
``generator`` package is imported instead, through PYTHONPATH), in fresh copies of one
synthetic archive (``benchmarks/site_archive.py``) and each in its own process:

- ``full``: ``build.generate`` in a fresh project (no cache, empty site_src/);
- ``add_one``: one more article, then ``build.generate`` again (from that build's cache).

The checkouts alternate within each round, so a busy machine slows both alike. Prints
medians with min–max and ``add_one / full`` per checkout.
"""

from __future__ import annotations

import argparse
import os
import platform
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

_CHILD = """
import sys, time
from pathlib import Path
from generator import build
project = build.Project(Path(sys.argv[1]))
began = time.perf_counter()
build.generate(project)  # a fresh project has no cache: the first is a full build
print("BENCH", time.perf_counter() - began)
"""


def _timed(checkout: Path, project: Path, kind: str) -> float:
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(project), kind],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise SystemExit(f"generate failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return float(line.split()[1])


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--other", type=Path, help="another checkout to compare with")
    args = parser.parse_args()
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"articles={args.articles} rounds={args.rounds}; seconds as median (min–max)",
        flush=True,
    )
    checkouts = {"this": ROOT, **({"other": args.other.resolve()} if args.other else {})}
    work = Path(tempfile.mkdtemp(prefix="generator-bench-"))
    times: dict[str, dict[str, list[float]]] = {
        name: {"full": [], "add_one": []} for name in checkouts
    }
    try:
        source = work / "archive"
        site_archive.write_archive(source, args.articles)
        for number in range(args.rounds):
            for name, checkout in checkouts.items():
                project = work / name
                shutil.rmtree(project, ignore_errors=True)
                shutil.copytree(source, project)
                times[name]["full"].append(_timed(checkout, project, "full"))
                site_archive.add_article(project, args.articles + number, seed=number + 1)
                times[name]["add_one"].append(_timed(checkout, project, "add_one"))
                print(
                    f"  round {number + 1} {name}: full={times[name]['full'][-1]:.2f}s "
                    f"add_one={times[name]['add_one'][-1]:.2f}s",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, found in times.items():
        ratio = statistics.median(found["add_one"]) / statistics.median(found["full"])
        print(
            f"{name} ({checkouts[name]}): full={_spread(found['full'])} "
            f"add_one={_spread(found['add_one'])} add_one_vs_full={ratio:.3f}"
        )
    if "other" in times:
        full = statistics.median(times["this"]["full"]) / statistics.median(times["other"]["full"])
        add_one = statistics.median(times["this"]["add_one"]) / statistics.median(
            times["other"]["add_one"]
        )
        print(f"this_vs_other: full={full:.3f} add_one={add_one:.3f}")


if __name__ == "__main__":
    main()
