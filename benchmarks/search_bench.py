"""Benchmark: what a reader's first search downloads, on the founding site and on larger
synthetic archives (not a test).

Each site is built for real (``build.generate`` + ``build.publish``, which runs Pagefind
through the MkDocs plugin), served on loopback and searched in Debian's Chromium: the
search page is opened with an empty box, then a query is typed and sent; every request
made from then on is counted (Pagefind's script, worker, WebAssembly, entry and metadata
files, the index chunks the query needs and the excerpts of the first ten results), plus
our own ``assets/search.js``. Sizes are compressed: Pagefind's index files are stored
gzipped and count as they are; scripts and JSON count gzipped (level 6), as a web server
would send them. Each query runs in a fresh browser context (empty cache).

Synthetic archives: stories drawn from the founding seeds and the 79 real reports in
``eval/corpus/`` (evaluation text, used here only inside a temporary project), each
reported by 2-5 outlets on days spread over 20 years, each article keeping a random 70%
of its report's paragraphs plus one paragraph of another report. Sentences without a
translation get a synthetic "English" (a letter-by-letter transliteration, labelled
``translator: synthetic``), so the English index has a vocabulary the size of the Arabic
one. Also printed: the whole index per language, Pagefind's indexing time (``--rounds``
runs, median and spread), and whether two indexings of one site are byte-identical.

``--large N ...`` adds archives from ``benchmarks/synthetic.py`` (stories that differ in
place, people and wording over fourteen years, every sentence with its English), which
write faster at thousands of articles; Pagefind's indexing time is then timed once
(``--large-rounds``). The index is split into search periods of at most
``search.PERIOD_PAGES`` pages per language (generator/search.py); a first search reads the
newest period only, so its size should stay flat as the archive grows. Printed per site:
the number of periods and the pages per language in the newest one.

    python benchmarks/search_bench.py --articles 300 1000 --large 3000 5000 --rounds 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_archive  # noqa: E402
from generator import build, search  # noqa: E402
from generator.translate import tm  # noqa: E402
from tests.browser import serve  # noqa: E402
from tests.conftest import FOUNDING_SEEDS, copy_project, write_seed  # noqa: E402

QUERIES = {
    "en": ["SDF", "coalition patrols", "Hasakah"],
    "ar": ["قسد", "التحالف الدولي", "الحسكة"],
}
OUTLETS = ["elfagr", "al-hal-net", "al-modon", "sohr", "orient-net", "rudaw", "afp", "reuters"]
KEEP_PARAGRAPH = 0.7  # share of a report's paragraphs each outlet's article keeps
GZIP_LEVEL = 6  # what a typical web server uses for scripts and JSON
LIMIT_BYTES = 2 * 1024 * 1024  # issue 14: a first search downloads at most 2 MB

_LATIN = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
        "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a",
        "ة": "a", "ء": "", "ؤ": "w", "ئ": "y", "،": ",", "؛": ";", "؟": "?", "ـ": "",
    }
)  # fmt: skip


def reports() -> list[list[str]]:
    """Paragraph lists of every founding seed and every eval report."""
    from generator import seeds

    bodies = [seed.body for seed in seeds.load_seeds(FOUNDING_SEEDS)]
    bodies += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval/corpus").glob("*.txt"))]
    return [[p.strip() for p in body.split("\n\n") if p.strip()] for body in bodies]


def synthetic_project(folder: Path, count: int, rng: random.Random) -> build.Project:
    """The founding project plus ``count`` synthetic articles, every sentence translated."""
    project = copy_project(folder / "project")
    pool = reports()
    made = 0
    while made < count:
        report = rng.choice(pool)
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
        for outlet in rng.sample(OUTLETS, rng.randint(2, 5)):
            kept = [p for p in report[1:] if rng.random() < KEEP_PARAGRAPH] or report[1:2]
            body = "\n\n".join([report[0], *kept, rng.choice(rng.choice(pool))]) + "\n"
            published = (day + dt.timedelta(days=rng.randint(0, 2))).isoformat()
            write_seed(project.seeds_dir, f"{500 + made:05d}-synthetic", body, outlet=outlet,
                       published=published)  # fmt: skip
            made += 1
            if made == count:
                break
    translate_synthetic(project)
    return project


def translate_synthetic(project: build.Project) -> None:
    memory = tm.load(project.seeds_dir)
    for article in build.read_articles(project):
        entries = [
            tm.MemoryEntry(s.ar, s.ar.translate(_LATIN), "human", "2026-01-01", "synthetic")
            for s in article.sentences
            if tm.lookup(memory, article.id, s.ar) is None
        ]
        if entries:
            tm.add(project.seeds_dir, article.id, entries)


def sent_size(path: Path) -> int:
    """Bytes on the wire: stored gzip files as they are, anything else gzipped."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        return len(data)
    return min(len(data), len(gzip.compress(data, GZIP_LEVEL, mtime=0)))


def first_search(browser: object, base: str, site: Path, lang: str, query: str) -> tuple[int, int]:
    """(compressed bytes, requests) of one first search in a fresh context."""
    context = browser.new_context()  # type: ignore[attr-defined]
    seen = serve.watch(context)
    page = context.new_page()
    page.goto(f"{base}{'/ar' if lang == 'ar' else ''}/search/", wait_until="load")
    paths: list[str] = []
    page.on("requestfinished", lambda request: paths.append(unquote(urlsplit(request.url).path)))
    page.fill("#bi-search-query", query)
    page.press("#bi-search-query", "Enter")
    page.wait_for_selector('#bi-search-results[aria-busy="false"]', state="attached")
    context.close()
    problems = seen.problems()
    if problems:
        raise RuntimeError("; ".join(problems))
    files = [site / p.lstrip("/") for p in paths] + [site / "assets" / "search.js"]
    return sum(sent_size(f) for f in files if f.is_file()), len(paths)


def index_bytes(site: Path, lang: str) -> int:
    """The whole index of ``lang``, every period with its WebAssembly."""
    bundle = site / search.BUNDLE_DIR
    files = [f for f in bundle.rglob(f"*{lang}_*") if f.is_file()]
    files += bundle.glob(f"*/wasm.{lang}.pagefind")
    return sum(sent_size(f) for f in files)


def periods(site: Path) -> tuple[int, dict[str, int]]:
    """(number of search periods, pages per language in the newest)."""
    bundle = site / search.BUNDLE_DIR
    listed = json.loads((bundle / search.PERIODS_FILE).read_text(encoding="utf-8"))["periods"]
    entry = json.loads((bundle / listed[0]["path"] / search.ENTRY_FILE).read_text("utf-8"))
    return len(listed), {lang: e["page_count"] for lang, e in entry["languages"].items()}


def index_timing(site: Path, plan: Path, rounds: int) -> tuple[list[float], bool]:
    """Pagefind's indexing time over ``rounds`` runs; whether two runs give the same files."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "site"
        shutil.copytree(site, copy)
        for _ in range(rounds):
            start = time.perf_counter()
            search.index_site(copy, plan)
            times.append(time.perf_counter() - start)
        same = all(
            (copy / f.relative_to(site)).read_bytes() == f.read_bytes()
            for f in (site / search.BUNDLE_DIR).rglob("*")
            if f.is_file()
        )
    return times, same


def measure(name: str, project: build.Project, articles: int, rounds: int) -> int:
    started = time.perf_counter()
    build.generate(project)
    build.publish(project)
    built = time.perf_counter() - started
    site = project.site_dir
    count, newest = periods(site)
    print(
        f"{name} articles={articles}: {count} search period(s); newest holds "
        + ", ".join(f"{pages} {lang} pages" for lang, pages in sorted(newest.items())),
        flush=True,
    )
    from playwright.sync_api import sync_playwright

    worst = 0
    with serve.serve(site) as base, sync_playwright() as playwright:
        browser = serve.launch(playwright)
        for lang, queries in QUERIES.items():
            whole = index_bytes(site, lang)
            for query in queries:
                size, requests = first_search(browser, base, site, lang, query)
                worst = max(worst, size)
                print(
                    f"{name} articles={articles} lang={lang} query={query!r}: first search "
                    f"{size / 1024:.1f} KB in {requests} requests; whole index "
                    f"{whole / 1024:.1f} KB (with its WebAssembly)",
                    flush=True,
                )
        browser.close()
    times, same = index_timing(site, project.site_src / search.PLAN_FILE, rounds)
    print(
        f"{name} articles={articles}: site built in {built:.1f} s; Pagefind indexing "
        f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max "
        f"{max(times):.2f}, {rounds} rounds); two indexings byte-identical: {same}",
        flush=True,
    )
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[300, 1200])
    parser.add_argument("--large", type=int, nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--large-rounds", type=int, default=1)
    args = parser.parse_args()
    print(f"# {dt.date.today().isoformat()} {platform.platform()} {platform.processor()}")
    print(f"# python {platform.python_version()}, pagefind-bin {version('pagefind-bin')}")
    print(f"# search.PERIOD_PAGES={search.PERIOD_PAGES}, cores={os.cpu_count()}")
    worst = {}
    with tempfile.TemporaryDirectory() as folder:
        founding = copy_project(Path(folder) / "founding")
        worst["founding"] = measure("founding", founding, 5, args.rounds)
    for count in args.articles:
        with tempfile.TemporaryDirectory() as folder:
            project = synthetic_project(Path(folder), count, random.Random(count))
            worst[f"synthetic-{count}"] = measure("synthetic", project, 5 + count, args.rounds)
    for count in args.large:
        with tempfile.TemporaryDirectory() as folder:
            write_archive(Path(folder) / "large", count, seed=count)
            project = build.Project(root=Path(folder) / "large")
            worst[f"large-{count}"] = measure("large", project, count, args.large_rounds)
    summary = " ".join(f"{name}_kb={size / 1024:.1f}" for name, size in worst.items())
    within = all(size <= LIMIT_BYTES for size in worst.values())
    print(f"first_search_worst: {summary} within_2mb={within}")


if __name__ == "__main__":
    main()
