"""Profile: where one add-one ``briefing build --no-translate`` spends its time (not a test).

    python benchmarks/add_one_profile.py --articles 2000 [--top 30] [--timer cpu|wall|phases]

Builds a synthetic archive (``benchmarks/site_archive.py``), runs a full ``briefing build
--no-translate`` on it in a child process, adds one article (``add_article``, as
``site_bench.py`` does) and runs the same command again in this process under cProfile.
Prints the time of each part of that add-one build (nested lines are part of the line
above them), the functions with the most own time, and the CPU seconds of child
processes (Pagefind's binary), which cProfile's CPU timer does not see. With the default
CPU timer (this process's user + system time) a busy machine does not inflate the
figures; ``--timer wall`` shows waiting too (Pagefind, disk). cProfile's own cost is
several times the build's on code made of many small calls (MkDocs' per-page walk), so
``--timer phases`` times the same parts in wall seconds without cProfile, by wrapping
only the functions named in ``PHASES`` (a nested call of a wrapped recursive function
counts once).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import importlib
import io
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402

# (label, file suffix, function name): the parts of a build whose cumulative time is shown.
PARTS = (
    ("whole CLI build", "generator/cli.py", "build_command"),
    ("generate", "generator/build.py", "generate"),
    ("  inputs digest", "generator/incremental.py", "inputs_digest"),
    ("  read seeds", "generator/build.py", "read_articles"),
    ("  analyse", "generator/analyse/__init__.py", "analyse"),
    ("  render_site", "generator/render.py", "render_site"),
    ("  write_tree", "generator/writer.py", "write_tree"),
    ("  state.generated", "generator/incremental.py", "generated"),
    ("publish", "generator/build.py", "publish"),
    ("  site_unchanged", "generator/incremental.py", "site_unchanged"),
    ("  _clean_leftovers", "generator/build.py", "_clean_leftovers"),
    ("  pagecache session", "generator/pagecache.py", "__init__"),
    ("  prepare staging", "generator/build.py", "_prepare_staging"),
    ("  MkDocs (_build_into)", "generator/build.py", "_build_into"),
    ("    load_config", "mkdocs/config/base.py", "load_config"),
    ("    get_files", "mkdocs/structure/files.py", "get_files"),
    ("    static-i18n on_files", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("    get_navigation", "mkdocs/structure/nav.py", "get_navigation"),
    ("    reuse: decide (on_nav)", "generator/pagecache.py", "nav"),
    ("    _populate_page (all)", "mkdocs/commands/build.py", "_populate_page"),
    ("      reuse: markdown", "generator/pagecache.py", "markdown"),
    ("    _build_page (all)", "mkdocs/commands/build.py", "_build_page"),
    ("      reuse: post_page", "generator/pagecache.py", "post_page"),
    ("      patch_page", "generator/mkdocs_plugin.py", "patch_page"),
    ("    validate anchors", "mkdocs/structure/pages.py", "validate_anchor_links"),
    ("    copy_static_files", "mkdocs/structure/files.py", "copy_static_files"),
    ("    theme templates", "mkdocs/commands/build.py", "_build_theme_template"),
    ("    sitemaps.write", "generator/sitemaps.py", "write"),
    ("    static-i18n 2nd lang", "mkdocs_static_i18n/plugin.py", "on_post_build"),
    ("    search.index_site", "generator/search.py", "index_site"),
    ("      part keys", "generator/search.py", "_part_key"),
    ("      Pagefind runs", "generator/search.py", "_run_pagefind"),
    ("      bundles linked", "shutil.py", "copytree"),
    ("      parts put together", "generator/search.py", "_assemble"),
    ("  _swap_in", "generator/build.py", "_swap_in"),
    ("    rmtree (all)", "shutil.py", "rmtree"),
    ("  manifest after swap", "generator/pagecache.py", "after_swap"),
    ("  state.published", "generator/incremental.py", "published"),
    ("snapshot (all)", "generator/incremental.py", "snapshot"),
    ("tree_digest (all)", "generator/incremental.py", "tree_digest"),
)

# (module, attribute path) of each part ``--timer phases`` wraps with a wall-clock timer;
# one the code does not have (an older version's) is left out.
PHASES = (
    ("generator.cli", "build_command.callback"),
    ("generator.build", "generate"),
    ("generator.build", "publish"),
    ("generator.build", "_build_into"),
    ("generator.build", "_swap_in"),
    ("generator.build", "_clean_leftovers"),
    ("generator.build", "_staging"),
    ("generator.pagecache", "Base.prepare"),
    ("generator.pagecache", "Session.remove_stale"),
    ("generator.pagecache", "Session.after_swap"),
    ("generator.incremental", "snapshot"),
    ("generator.incremental", "tree_digest"),
    ("mkdocs.commands.build", "get_files"),
    # MkDocs' own; under `briefing build` the walk of the theme folders runs outside it
    # and pages outside the nav skip Page.__init__ (mkdocsfiles.py): see _build_into
    ("mkdocs.structure.files", "Files.add_files_from_theme"),
    ("mkdocs.structure.pages", "Page.__init__"),
    ("mkdocs_static_i18n.reconfigure", "ExtendedPlugin.reconfigure_files_alternates"),
    ("generator.pagecache", "Reuse.page_key"),
    ("generator.pagecache", "Reuse._stored_page"),
    ("generator.pagecache", "Reuse._target"),
    ("mkdocs.commands.build", "get_navigation"),
    ("mkdocs.commands.build", "_populate_page"),
    ("mkdocs.commands.build", "_build_page"),
    ("mkdocs.commands.build", "_build_theme_template"),
    ("mkdocs_static_i18n.plugin", "I18n.on_files"),
    ("mkdocs_static_i18n.plugin", "I18n.on_post_build"),
    ("generator.pagecache", "Reuse.nav"),
    ("generator.pagecache", "Reuse.markdown"),
    ("generator.pagecache", "Reuse.post_page"),
    ("generator.sitemaps", "write"),
    # where _build_into's time goes beyond the parts above (session 10)
    ("mkdocs.config", "load_config"),
    ("mkdocs.commands.build", "build"),
    ("mkdocs.plugins", "PluginCollection.on_config"),
    ("mkdocs.plugins", "PluginCollection.on_pre_build"),
    ("mkdocs.plugins", "PluginCollection.on_files"),
    ("mkdocs.plugins", "PluginCollection.on_nav"),
    ("mkdocs.plugins", "PluginCollection.on_env"),
    ("mkdocs.plugins", "PluginCollection.on_post_build"),
    ("mkdocs.theme", "Theme.get_env"),
    ("mkdocs.commands.build", "set_exclusions"),
    ("mkdocs.structure.files", "Files.copy_static_files"),
    ("mkdocs.structure.pages", "Page.validate_anchor_links"),
    ("generator.mkdocs_plugin", "drop_unused_theme_files"),
    ("generator.mkdocsfiles", "pages_ahead"),
    ("generator.mkdocsfiles", "ThemeListing.save"),
    ("generator.i18nfiles", "FileMemo.save"),
    ("generator.pagecache", "Session.__init__"),
    ("generator.pagecache", "Session.take_checked_later"),
    ("generator.pagecache", "Reuse.__init__"),
    ("generator.pagecache", "_nav_digest"),
    ("generator.pagecache", "Reuse._reuse"),
    ("generator.pagecache", "Reuse._restore"),
    ("generator.pagecache", "Reuse._build_only_the_others"),
    ("generator.pagecache", "Base.release"),
    ("generator.pagecache", "Reuse.check_reused_anchors"),
    ("generator.pagesplit", "start"),
    ("generator.langfork", "start"),
    ("generator.langfork", "LanguageChild.collect"),
    ("generator.langfork", "LanguageChild.finish"),
    ("generator.pageahead", "Ahead.__init__"),
    ("generator.pageahead", "Ahead.finish"),
    ("generator.langfork", "_menu_of"),
    ("generator.langfork", "_navigation"),
    ("generator.search", "index_site"),
    ("generator.search", "_pagefind_version"),
    ("generator.search", "Indexing.__init__"),
    ("generator.search", "Indexing.finish"),
    ("generator.search", "_part_key"),
    ("generator.search", "Indexing._run_pagefind"),
    ("generator.search", "_assemble"),
    ("shutil", "rmtree"),
    # the generator's parts
    ("generator.incremental", "State.inputs_digest"),
    ("generator.incremental", "State.generated"),
    ("generator.build", "read_articles"),
    ("generator.cache", "BuildCache.record"),
    ("generator.seeds", "seed_paths"),
    ("generator.translate.tm", "load"),
    ("generator.translate", "attach"),
    ("generator.analyse", "analyse"),
    ("generator.analyse.events", "group"),
    ("generator.render", "render_site"),
    ("generator.rendercache", "PageMemo.page"),
    ("generator.writer", "write_tree"),
    ("generator.cache", "BuildCache.save"),
    ("generator.rendercache", "PageMemo.save"),
)

_FULL_BUILD = """
import os, sys
os.chdir(sys.argv[1])
from generator.cli import cli
cli.main(["build", "--no-translate"], standalone_mode=False)
"""


def _part_table(stats: pstats.Stats) -> list[str]:
    found = stats.stats  # type: ignore[attr-defined]
    lines = []
    for label, suffix, name in PARTS:
        matches = [
            value for (path, _, func), value in found.items()
            if func == name and path.endswith(suffix)
        ]  # fmt: skip
        if matches:
            calls = sum(value[1] for value in matches)
            total = sum(value[3] for value in matches)
            lines.append(f"  {label:<28} {total:8.2f} s  ({calls} calls)")
    return lines


def _wrap_phases() -> dict[str, list[float]]:
    """Wrap each of ``PHASES`` with a wall-clock timer: name -> [seconds, calls]."""
    totals: dict[str, list[float]] = {}
    for module_name, attribute in PHASES:
        try:
            owner: Any = importlib.import_module(module_name)
        except ModuleNotFoundError:  # a module this code does not have (yet)
            continue
        *parents, name = attribute.split(".")
        for parent in parents:
            owner = getattr(owner, parent, None)
        if not hasattr(owner, name):  # a part this code does not have (yet)
            continue
        label = f"{module_name}.{attribute}"
        # seconds, calls, depth (outermost calls count), first start, last end
        totals[label] = [0.0, 0, 0, -1.0, 0.0]
        setattr(owner, name, _timed(getattr(owner, name), totals[label]))
    return totals


def _timed(function: Callable[..., Any], total: list[float]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        total[2] += 1
        began = time.perf_counter()
        if total[3] < 0:
            total[3] = began
        try:
            return function(*args, **kwargs)
        finally:
            total[2] -= 1
            total[1] += 1
            if total[2] == 0:
                total[4] = time.perf_counter()
                total[0] += total[4] - began

    return timed


def _span(total: list[float], start: float) -> str:
    """When a phase was first entered and last left, in seconds from the build's start."""
    if total[3] < 0:
        return ""
    return f"  [{total[3] - start:.2f}-{total[4] - start:.2f}]"


def _build_here(project: Path) -> None:
    from generator.cli import cli

    previous = Path.cwd()
    os.chdir(project)
    try:
        cli.main(["build", "--no-translate"], standalone_mode=False)
    finally:
        os.chdir(previous)


def _header(articles: int) -> str:
    return (
        f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"articles={articles}; load average {os.getloadavg()[0]:.2f}"
    )


def _collector_timer() -> dict[int, list[float]]:
    """Wall seconds and runs of the garbage collector per generation (``gc.callbacks``)."""
    spent: dict[int, list[float]] = {0: [0.0, 0], 1: [0.0, 0], 2: [0.0, 0]}
    began = [0.0]

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            spent[info["generation"]][0] += time.perf_counter() - began[0]
            spent[info["generation"]][1] += 1

    gc.callbacks.append(timer)
    return spent


def _report_forked_children(totals: dict[str, list[float]]) -> None:
    """Forked children (the other language's build, a page share) print their own
    phases when they end (``os._exit``), with when they were forked and ended, in seconds
    from the add-one build's start: the parent's table does not see their time."""
    parent, began = os.getpid(), [time.perf_counter(), 0.0]
    original_exit = os._exit

    def forked() -> None:
        began[1] = time.perf_counter()
        for total in totals.values():
            total[0], total[1], total[3] = 0.0, 0, -1.0

    def reporting_exit(code: int) -> None:
        if os.getpid() != parent:
            ended = time.perf_counter()
            lines = [
                f"forked child {os.getpid()}: forked at {began[1] - began[0]:.2f} s, "
                f"ended at {ended - began[0]:.2f} s ({ended - began[1]:.2f} s), wall seconds:"
            ]
            lines += [
                f"    {label:<50} {total[0]:8.2f} s  ({total[1]:.0f} calls){_span(total, began[0])}"
                for label, total in totals.items()
                if total[1]
            ]
            print("\n".join(lines), flush=True)
        original_exit(code)

    os.register_at_fork(after_in_child=forked)
    os._exit = reporting_exit  # type: ignore[assignment]


def _phases(project: Path, articles: int, full: float) -> None:
    totals = _wrap_phases()
    _report_forked_children(totals)
    collector = _collector_timer()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    began, cpu = time.perf_counter(), time.process_time()
    _build_here(project)
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    print(_header(articles))
    print(f"full build (child process) {full:.1f} s; add-one {wall:.1f} s; wall seconds:")
    # CPU seconds do not grow with the machine's load as wall seconds do
    print(f"  add-one CPU: this process {cpu:.2f} s, child processes {waited:.2f} s")
    for label, total in totals.items():
        seconds, calls = total[0], total[1]
        print(f"  {label:<52} {seconds:8.2f} s  ({calls:.0f} calls){_span(total, began)}")
    for generation, (seconds, runs) in collector.items():
        label = f"garbage collection, generation {generation}"
        print(f"  {label:<52} {seconds:8.2f} s  ({runs:.0f} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--timer", choices=("cpu", "wall", "phases"), default="cpu")
    parser.add_argument(
        "--before",
        type=int,
        default=0,
        help="add-one builds run (in a child process) after the full build, before the "
        "one measured: 0 measures the first after a full build, 2 a steady state",
    )
    parser.add_argument(
        "--nothing",
        action="store_true",
        help="run a nothing-changed build (in a child process) after the full build, as "
        "site_bench.py does before its addition",
    )
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="add-one-profile-"))
    project = work / "p"
    try:
        shutil.rmtree(project, ignore_errors=True)
        site_archive.write_archive(project, args.articles)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", _FULL_BUILD, str(project)], check=True)
        full = time.perf_counter() - began
        if args.nothing:
            subprocess.run([sys.executable, "-c", _FULL_BUILD, str(project)], check=True)
        for number in range(args.before):
            site_archive.add_article(project, args.articles + number, seed=1 + number)
            subprocess.run([sys.executable, "-c", _FULL_BUILD, str(project)], check=True)
        number = args.articles + args.before
        site_archive.add_article(project, number, seed=1 + args.before)
        if args.timer == "phases":
            _phases(project, args.articles, full)
            return
        timer = time.process_time if args.timer == "cpu" else time.perf_counter
        profiler = cProfile.Profile(timer)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        began, cpu = time.perf_counter(), time.process_time()
        profiler.enable()
        _build_here(project)
        profiler.disable()
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        print(_header(args.articles))
        print(
            f"full build (child process, wall) {full:.1f} s; add-one under cProfile: wall "
            f"{wall:.1f} s, this process {cpu:.1f} CPU s, child processes (Pagefind) "
            f"{child_cpu:.1f} CPU s; times below: {args.timer} seconds"
        )
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        print("\n".join(_part_table(stats)))
        stats.sort_stats("tottime").print_stats(args.top)
        body = out.getvalue().split("ncalls", 1)[-1]
        print("  ncalls" + "\n  ".join(body.splitlines()[: args.top + 1]))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
