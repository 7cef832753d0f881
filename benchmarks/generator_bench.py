"""Benchmark: the generator alone (no MkDocs), full and add-one, for one or two checkouts.

    python benchmarks/generator_bench.py --articles 500 --rounds 5 [--other /path/to/checkout]

Each round, for this checkout (and ``--other``, a copy of another commit whose
``generator`` package is imported instead, through PYTHONPATH), in fresh copies of one
synthetic archive (``benchmarks/site_archive.py``) and each in its own process:

- ``full``: ``build.generate`` in a fresh project (no cache, empty site_src/);
- ``add_one``: one more article, then ``build.generate`` again (from that build's cache).

The checkouts alternate within each round, so a busy machine slows both alike. Wall and
CPU seconds (``time.process_time`` of the child: less moved by other processes on a
shared machine) as medians with min–max, ``add_one / full`` per checkout, and this
checkout's medians over the other's.
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
began, cpu = time.perf_counter(), time.process_time()
build.generate(project)  # a fresh project has no cache: the first is a full build
print("BENCH", time.perf_counter() - began, time.process_time() - cpu)
"""


def _timed(checkout: Path, project: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of ``build.generate`` in a fresh process."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(project)],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        cwd=checkout,  # `python -c` puts the working folder first on sys.path
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise SystemExit(f"generate failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    _, wall, cpu = line.split()
    return float(wall), float(cpu)


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
    kinds = ("full", "add_one", "full_cpu", "add_one_cpu")
    times: dict[str, dict[str, list[float]]] = {
        name: {kind: [] for kind in kinds} for name in checkouts
    }
    try:
        source = work / "archive"
        site_archive.write_archive(source, args.articles)
        for number in range(args.rounds):
            for name, checkout in checkouts.items():
                project = work / name
                shutil.rmtree(project, ignore_errors=True)
                shutil.copytree(source, project)
                for kind in ("full", "add_one"):
                    if kind == "add_one":
                        site_archive.add_article(project, args.articles + number, seed=number + 1)
                    wall, cpu = _timed(checkout, project)
                    times[name][kind].append(wall)
                    times[name][f"{kind}_cpu"].append(cpu)
                print(
                    f"  round {number + 1} {name}: "
                    + " ".join(f"{kind}={times[name][kind][-1]:.2f}s" for kind in kinds),
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    median = {
        name: {k: statistics.median(v) for k, v in found.items()} for name, found in times.items()
    }
    for name, found in times.items():
        print(
            f"{name} ({checkouts[name]}): "
            + " ".join(f"{kind}={_spread(found[kind])}" for kind in kinds)
            + f" add_one_vs_full={median[name]['add_one'] / median[name]['full']:.3f}"
            + f" cpu_add_one_vs_full={median[name]['add_one_cpu'] / median[name]['full_cpu']:.3f}"
        )
    if "other" in times:
        print(
            "this_vs_other: "
            + " ".join(
                f"{kind}={median['this'][kind] / median['other'][kind]:.3f}" for kind in kinds
            )
        )


if __name__ == "__main__":
    main()
