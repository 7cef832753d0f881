"""Profile: where the generator's time goes, full build and add-one (not a test).

    python benchmarks/generator_profile.py --articles 2000 [--mkdocs [--profile-publish]] [--top 25]

Builds a synthetic archive (``benchmarks/site_archive.py``), then in this one process:
``build.generate`` with no cache (the full build's generator part), one more article,
``build.generate`` again (add-one, from the cache the first run left). Each run is under
cProfile; per run it prints the cumulative seconds of each stage (reading seeds and TM,
translate.attach, analyse incl. grouping, render incl. exports and feeds, writing
site_src/, saving the cache; nested lines are part of the line above them, and quotes
and figures run inside the per-event analysis) and the functions with the most own time,
in CPU seconds of this process (a busy machine does not inflate them). With
``--mkdocs`` it also times ``build.publish`` (MkDocs + Pagefind) after each run, in the
same process, so the generator's share of a whole build can be read off; with
``--profile-publish`` the full build's publish step runs under cProfile (wall clock, as
Pagefind's binary is another process) and its parts are listed: static-i18n, reading and
converting pages, templating and writing them, the briefing plugin's own page work,
sitemaps, Pagefind, the swap.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402
from generator import build  # noqa: E402

# (label, file suffix, function name) of the stages whose cumulative time is reported.
STAGES = (
    ("read seeds (+cache)", "generator/build.py", "read_articles"),
    ("read TM", "generator/translate/tm.py", "load"),
    ("glossary", "generator/glossary.py", "load"),
    ("translate.attach", "generator/translate/__init__.py", "attach"),
    ("analyse (all)", "generator/analyse/__init__.py", "analyse"),
    ("  dates", "generator/analyse/__init__.py", "find_all_dates"),
    ("  entities", "generator/analyse/__init__.py", "find_all_entities"),
    ("  grouping profiles", "generator/analyse/events.py", "profile"),
    ("  grouping", "generator/analyse/events.py", "group"),
    ("  quotes", "generator/analyse/quotes.py", "find_quotes"),
    ("  figures", "generator/analyse/figures.py", "find_figures"),
    ("  per-event analysis", "generator/analyse/__init__.py", "event_of"),
    ("  threads", "generator/analyse/threads.py", "links"),
    ("render_site (all)", "generator/render.py", "render_site"),
    ("  event pages", "generator/render.py", "_event_pages"),
    ("  source pages", "generator/render.py", "_source_pages"),
    ("  entity pages", "generator/render.py", "_entity_pages"),
    ("  exports", "generator/exports.py", "data_files"),
    ("  feeds", "generator/render.py", "_following"),
    ("write_tree", "generator/writer.py", "write_tree"),
    ("cache.save", "generator/cache.py", "save"),
)


def _stage_table(stats: pstats.Stats) -> list[str]:
    found = stats.stats  # type: ignore[attr-defined]
    lines = []
    for label, suffix, name in STAGES:
        total = sum(
            value[3]
            for (path, _, func), value in found.items()
            if func == name and path.endswith(suffix)
        )
        lines.append(f"  {label:<22} {total:7.2f} CPU s")
    return lines


def _profiled(project: build.Project, label: str, top: int) -> float:
    profiler = cProfile.Profile(time.process_time)  # CPU: other processes do not count
    began = time.process_time()
    profiler.enable()
    build.generate(project)
    profiler.disable()
    seconds = time.process_time() - began
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    print(f"{label}: generate {seconds:.2f} CPU s (under cProfile)")
    print("\n".join(_stage_table(stats)))
    stats.sort_stats("tottime").print_stats(top)
    body = out.getvalue().split("ncalls", 1)[-1]
    print("  ncalls" + "\n  ".join(body.splitlines()[: top + 1]))
    return seconds


# (label, file suffix, function name) of the publish step's parts whose cumulative time
# is reported with --profile-publish (lines under a part are part of it).
PUBLISH_PARTS = (
    ("MkDocs build (both languages)", "mkdocs/commands/build.py", "build"),
    ("  static-i18n on_files", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("  read + convert pages", "mkdocs/commands/build.py", "_populate_page"),
    ("    Markdown conversion", "mkdocs/structure/pages.py", "render"),
    ("  template + write pages", "mkdocs/commands/build.py", "_build_page"),
    ("    static-i18n page context", "mkdocs_static_i18n/plugin.py", "on_page_context"),
    ("    briefing on_post_page", "generator/mkdocs_plugin.py", "on_post_page"),
    ("      whitespace collapse", "generator/mkdocs_plugin.py", "collapse_whitespace"),
    ("      page-cache recording", "generator/pagecache.py", "post_page"),
    ("  page-cache keys", "generator/pagecache.py", "markdown"),
    ("  theme templates (404, sitemap)", "mkdocs/commands/build.py", "_build_theme_template"),
    ("  anchor validation", "mkdocs/structure/pages.py", "validate_anchor_links"),
    ("  sitemap written", "generator/sitemaps.py", "write"),
    ("  Pagefind (waits on its binary)", "generator/search.py", "index_site"),
    ("swap into site/", "generator/build.py", "_swap_in"),
)


def _publish(project: build.Project, label: str, profile: bool = False, top: int = 25) -> None:
    profiler = cProfile.Profile() if profile else None  # wall clock: Pagefind is a child
    began, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    build.publish(project)
    if profiler is not None:
        profiler.disable()
    print(
        f"{label}: publish (MkDocs + Pagefind) {time.process_time() - cpu:.2f} CPU s "
        f"(wall {time.perf_counter() - began:.2f} s; Pagefind's binary is another process)"
    )
    if profiler is not None:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        found = stats.stats  # type: ignore[attr-defined]
        for name, suffix, func in PUBLISH_PARTS:
            total = max(
                (v[3] for (path, _, f), v in found.items() if f == func and path.endswith(suffix)),
                default=0.0,
            )
            print(f"  {name:<36} {total:7.2f} s (wall, under cProfile)")
        stats.sort_stats("tottime").print_stats(top)
        body = out.getvalue().split("ncalls", 1)[-1]
        print("  ncalls" + "\n  ".join(body.splitlines()[: top + 1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--mkdocs", action="store_true", help="also time build.publish")
    parser.add_argument(
        "--profile-publish",
        action="store_true",
        help="with --mkdocs: cProfile the full build's publish step (wall clock) by part",
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"articles={args.articles}",
        flush=True,
    )
    work = Path(tempfile.mkdtemp(prefix="gen-profile-"))
    try:
        site_archive.write_archive(work / "p", args.articles)
        project = build.Project(work / "p")
        _profiled(project, "full", args.top)
        if args.mkdocs:
            _publish(project, "full", args.profile_publish, args.top)
        site_archive.add_article(project.root, args.articles)
        _profiled(project, "add_one", args.top)
        if args.mkdocs:
            _publish(project, "add_one")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
