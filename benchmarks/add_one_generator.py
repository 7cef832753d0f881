"""Benchmark: the generator's part of an add-one build, CPU or wall seconds (not a test).

    python benchmarks/add_one_generator.py --articles 2000 --rounds 5 [--before DIR]
        [--timer cpu|wall|total] [--no-collector]

Builds one synthetic archive (``benchmarks/site_archive.py``) per variant and generates
it (``build.generate``, no MkDocs); then adds one article to each and generates again,
untimed (a file written within ``cache.RACY_NS`` before its digest was taken is read
again once). Each round then adds one more article to each project, in place (copies
would give every file a new inode and change time, so none would count as unchanged),
and times ``build.generate`` in a fresh process, variants in alternating order:
``paused``, the code as it is; ``collector``, with ``build._reading`` replaced by a
context that does nothing (the garbage collector running while the records are read);
and with ``--before DIR`` (a copy of other code, e.g. ``git archive`` of main, put first
on the children's ``PYTHONPATH``; they run with ``-P``, so the code in the current folder
never shadows it) ``before``, that code. Prints CPU seconds of this process (the
default; a forked child's work, such as the other language's pages, is not counted),
with ``--timer total`` that and its forked children's, or with ``--timer wall`` wall
seconds of ``build.generate``, per round and the median
(min–max), and the ratios within each round. ``--no-collector`` leaves that variant out.
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
import contextlib, resource, sys, time
from pathlib import Path
from generator import build
if sys.argv[2] == "collector":
    build._reading = contextlib.nullcontext
began, wall = time.process_time(), time.perf_counter()
build.generate(build.Project(Path(sys.argv[1])))
wall = time.perf_counter() - wall
children = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = time.process_time() - began
print("CPU", cpu, "WALL", wall, "TOTAL", cpu + children.ru_utime + children.ru_stime)
"""
VARIANTS = ("paused", "collector")
TIMERS = ("cpu", "wall", "total")  # the order of the child's line


def _generate(
    project: Path, variant: str, code: Path | None = None, timer: str = "", show: bool = False
) -> float:
    """Seconds of ``build.generate`` by ``timer`` (default: CPU); ``show`` prints all."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(code), env.get("PYTHONPATH"))))
    done = subprocess.run(
        [sys.executable, "-P", "-c", _CHILD, str(project), variant],  # -P: not the cwd's code
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    line = next(x for x in done.stdout.splitlines() if x.startswith("CPU "))
    if show:
        print(f"    {variant}: {line}", flush=True)
    return float(line.split()[TIMERS.index(timer or TIMERS[0]) * 2 + 1])


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def _ratios(times: dict[str, list[float]], ratios: dict[str, list[float]]) -> str:
    if times.get("collector"):
        ratios["paused_vs_collector"].append(times["paused"][-1] / times["collector"][-1])
    if times.get("before"):
        ratios["paused_vs_before"].append(times["paused"][-1] / times["before"][-1])
    return " ".join(f"{name}={values[-1]:.3f}" for name, values in ratios.items() if values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, help="other code to time beside this one")
    parser.add_argument("--timer", choices=TIMERS, default="cpu")
    parser.add_argument("--no-collector", action="store_true", help="time no 'collector'")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="add-one-generator-"))
    variants = VARIANTS[:1] if args.no_collector else VARIANTS
    codes: dict[str, Path | None] = {variant: None for variant in variants}
    if args.before:
        codes["before"] = args.before.resolve()
    projects = {variant: work / variant for variant in codes}
    try:
        for variant, project in projects.items():
            site_archive.write_archive(project, args.articles)
            print(f"  full generation, {variant}:", flush=True)
            _generate(project, variant, codes[variant], show=True)  # the cache
            site_archive.add_article(project, args.articles, seed=1)
            _generate(project, variant, codes[variant])  # first addition, untimed
        print(
            f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python "
            f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; articles="
            f"{args.articles}; rounds={args.rounds}; {args.timer} seconds of build.generate",
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        times: dict[str, list[float]] = {variant: [] for variant in codes}
        ratios: dict[str, list[float]] = {"paused_vs_collector": [], "paused_vs_before": []}
        for number in range(args.rounds):
            order = list(codes) if number % 2 == 0 else list(codes)[::-1]
            for variant in order:
                added = args.articles + 1 + number
                site_archive.add_article(projects[variant], added, seed=2 + number)
                found = _generate(projects[variant], variant, codes[variant], args.timer, True)
                times[variant].append(found)
            shown = " ".join(f"{variant}={times[variant][-1]:.3f}" for variant in codes)
            print(
                f"  round {number + 1}: {shown} {_ratios(times, ratios)} "
                f"loadavg={os.getloadavg()[0]:.2f}",
                flush=True,
            )
        for variant in codes:
            print(f"  {variant}: {_spread(times[variant])} s")
        print(" ".join(f"{name}={_spread(values)}" for name, values in ratios.items() if values))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
