"""Benchmark: static-i18n's per-file setup in an add-one build, with and without the memo.

    python benchmarks/i18n_files_bench.py --articles 2000 [--rounds 5]

Builds a synthetic archive (``benchmarks/site_archive.py``) with a full ``briefing build
--no-translate``, then, each round, adds one article and builds it once as it ships
(``i18nfiles.FileMemo`` answering static-i18n's ``create_i18n_file`` from the build
cache) and, after adding another, once with the memo off, in an order that alternates
between rounds. Each build runs in a fresh process, as ``briefing build`` does. Printed
per build: wall seconds of the whole build and of static-i18n's ``on_files`` (both
languages) and the briefing plugin's ``on_files`` (around it); then the medians, the
spread (min–max) and the ratios memo / plain, in wall and CPU seconds (CPU: this
process's for the parts; for the whole build, every process it ran, forks and Pagefind
included), since on a shared machine the wall times of whole builds are mostly load.
The memo's store is never touched by a plain build (it has none), so each memo build
finds the previous one's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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

_FULL_BUILD = """
import os, sys
os.chdir(sys.argv[1])
from generator.cli import cli
cli.main(["build", "--no-translate"], standalone_mode=False)
"""

# One add-one build in this child: the parts timed, and the memo off for "plain".
_ADD_ONE = """
import functools, json, os, sys, time
os.chdir(sys.argv[1])
from generator import mkdocs_plugin
from mkdocs_static_i18n import plugin as i18n_plugin
parts = ("i18n_on_files", "briefing_on_files")
totals = {name + cpu: 0.0 for name in parts for cpu in ("", "_cpu")}

def timed(function, name):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        began, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - began
            totals[name + "_cpu"] += time.process_time() - cpu
    return wrapper

i18n_plugin.I18n.on_files = timed(i18n_plugin.I18n.on_files, "i18n_on_files")
Plugin = mkdocs_plugin.BriefingPlugin
Plugin._before_i18n_files = timed(Plugin._before_i18n_files, "briefing_on_files")
Plugin._files = timed(Plugin._files, "briefing_on_files")
Plugin.on_files = mkdocs_plugin.CombinedEvent(Plugin._before_i18n_files, Plugin._files)
if sys.argv[2] == "plain":
    Plugin._i18n_store = lambda self, config: None
from generator.cli import cli
began, cpu = time.perf_counter(), time.process_time()
cli.main(["build", "--no-translate"], standalone_mode=False)
totals["build"] = time.perf_counter() - began
totals["build_cpu"] = time.process_time() - cpu  # this process: not forks, not Pagefind
print("RESULT " + json.dumps(totals))
"""

VARIANTS = ("memo", "plain")
PARTS = (
    "build",
    "all_cpu",
    "build_cpu",
    "i18n_on_files",
    "i18n_on_files_cpu",
    "briefing_on_files",
    "briefing_on_files_cpu",
)


def _add_one(project: Path, variant: str) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", _ADD_ONE, str(project), variant],
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    found: dict[str, float] = json.loads(line.removeprefix("RESULT "))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the build's process and everything it waited for (forks, Pagefind)
    found["all_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return found


def _summary(name: str, values: list[float]) -> str:
    return (
        f"{name} median {statistics.median(values):.3f} s "
        f"(min {min(values):.3f}, max {max(values):.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="i18n-files-bench-"))
    project = work / "p"
    try:
        site_archive.write_archive(project, args.articles)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", _FULL_BUILD, str(project)], check=True)
        full = time.perf_counter() - began
        print(
            f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
            f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
            f"articles={args.articles}; rounds={args.rounds}; full build {full:.1f} s; "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        results: dict[str, list[dict[str, float]]] = {v: [] for v in VARIANTS}
        number = args.articles
        for round_number in range(args.rounds):
            order = VARIANTS if round_number % 2 == 0 else VARIANTS[::-1]
            for variant in order:
                site_archive.add_article(project, number, seed=number)
                number += 1
                found = _add_one(project, variant)
                results[variant].append(found)
                print(
                    f"round {round_number} {variant:<5} build {found['build']:.2f} s wall "
                    f"{found['all_cpu']:.2f} s CPU (all processes); static-i18n on_files "
                    f"{found['i18n_on_files']:.3f} s wall {found['i18n_on_files_cpu']:.3f} s "
                    f"CPU; briefing on_files {found['briefing_on_files']:.3f} s wall "
                    f"{found['briefing_on_files_cpu']:.3f} s CPU",
                    flush=True,
                )
        medians = {}
        for variant in VARIANTS:
            for part in PARTS:
                values = [r[part] for r in results[variant]]
                medians[(variant, part)] = statistics.median(values)
                print(_summary(f"{variant:<5} {part:<21}", values))
        for part in ("i18n_on_files_cpu", "all_cpu"):
            ratios = [
                m[part] / p[part] for m, p in zip(results["memo"], results["plain"], strict=True)
            ]
            print(
                f"{part} memo/plain per round: {' '.join(f'{r:.3f}' for r in ratios)}; "
                f"median {statistics.median(ratios):.3f}"
            )
        ratio = {
            part: medians[("memo", part)] / medians[("plain", part)]
            for part in ("i18n_on_files", "i18n_on_files_cpu", "all_cpu", "build")
        }
        print(" ".join(f"{part}_memo_vs_plain={value:.3f}" for part, value in ratio.items()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
