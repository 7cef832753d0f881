"""Benchmark: the search index's part of an add-one build, with and without page digests.

    python benchmarks/search_add_one_bench.py --articles 2000 --rounds 5

Builds a synthetic archive (``benchmarks/site_archive.py``) with ``briefing build
--no-translate`` and adds one article, built again (so site/ is an add-one build's and
``site_src/.search-periods.json`` its plan). Each round then makes a staging folder as an
add-one build's MkDocs leaves it: every page of site/ hard-linked (the page cache's
reused pages), the pages of the newest period written anew (another inode, the same
bytes), and times ``search.index_site`` into it, taking unchanged bundles from site/, in
two variants in alternating order: ``digests``, with the record of the pages' digests
(``search.digests_record``, as ``briefing build`` passes it), and ``read``, without (every
page read to key its period, as before that record). Prints wall seconds per round, the
median (min–max) and the ratio within each round.
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
from generator import search  # noqa: E402

_BUILD = """
import os, sys
os.chdir(sys.argv[1])
from generator.cli import cli
cli.main(["build", "--no-translate"], standalone_mode=False)
"""
VARIANTS = ("digests", "read")


def _staging(site: Path, staging: Path, rewritten: set[str]) -> None:
    """``site`` hard-linked into ``staging``, its pagefind/ left out and the pages named in
    ``rewritten`` (relative paths) copied, as MkDocs writes them again."""
    for folder, _dirs, names in os.walk(site):
        inside = Path(folder).relative_to(site)
        if inside.parts[:1] == (search.BUNDLE_DIR,):
            continue
        (staging / inside).mkdir(parents=True, exist_ok=True)
        for name in names:
            relative = (inside / name).as_posix()
            if relative in rewritten:
                shutil.copyfile(Path(folder, name), staging / relative)
            else:
                os.link(Path(folder, name), staging / relative)


def _newest_pages(plan: Path) -> set[str]:
    periods = search.read_plan(plan) or []
    return {
        f"{prefix}{url}index.html" for url in periods[0].pages for prefix in ("", "ar/")
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="search-add-one-"))
    project = work / "p"
    try:
        site_archive.write_archive(project, args.articles)
        subprocess.run([sys.executable, "-c", _BUILD, str(project)], check=True)
        site_archive.add_article(project, args.articles, seed=1)
        subprocess.run([sys.executable, "-c", _BUILD, str(project)], check=True)
        site, plan = project / "site", project / "site_src" / search.PLAN_FILE
        record = search.digests_record(project)
        rewritten = _newest_pages(plan)
        print(
            f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python "
            f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; articles="
            f"{args.articles}; rounds={args.rounds}; newest period {len(rewritten)} page "
            f"files; record {record.name} {'present' if record.is_file() else 'missing'}; "
            "wall seconds of search.index_site",
            flush=True,
        )
        times: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
        ratios: list[float] = []
        for number in range(args.rounds):
            order = VARIANTS if number % 2 == 0 else VARIANTS[::-1]
            for variant in order:
                staging = work / f"staging-{number}-{variant}"
                _staging(site, staging, rewritten)
                digests = record if variant == "digests" else None
                if digests is not None:  # a record of this site/, as the last build left it
                    shutil.copyfile(record, work / "record.pickle")
                    digests = work / "record.pickle"
                began = time.perf_counter()
                search.index_site(staging, plan, site, 1, digests)
                times[variant].append(time.perf_counter() - began)
                shutil.rmtree(staging)
            ratios.append(times["digests"][-1] / times["read"][-1])
            print(
                f"  round {number + 1}: digests={times['digests'][-1]:.3f} "
                f"read={times['read'][-1]:.3f} digests_vs_read={ratios[-1]:.3f} "
                f"loadavg={os.getloadavg()[0]:.2f}",
                flush=True,
            )
        for variant, values in times.items():
            spread = f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"
            print(f"  {variant}: {spread} s")
        print(
            f"digests_vs_read={statistics.median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f})"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
