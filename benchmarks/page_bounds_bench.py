"""Benchmark: how pages and the site grow with the archive (not a test).

Writes synthetic archives of N varied articles (``benchmarks/synthetic.py``, or with
``--archive site`` ``benchmarks/site_archive.py``'s, whose length ``--sentences`` sets),
builds each with ``briefing build --no-translate``, and reports the site's size, KB of
site per article, where those bytes go by kind of file (``kind``: source pages per
language, event pages, entity pages, listings, search bundles, data files, feeds,
sitemaps, theme assets), the largest page and the largest generated file. For each family
of files (every source page, every year page, the Arabic entity pages, ...) it fits the
largest member's size linearly in N and projects it, and the site's size, to larger
archives.

    python benchmarks/page_bounds_bench.py --articles 200 500 1000 --project 10000 50000
    python benchmarks/page_bounds_bench.py --archive site --sentences 12 --articles 500 2000

Sizes are file sizes in site/ (1 KB = 1,000 bytes). Theme assets (``assets/``) are the
same at any size and are counted in the site but never as a page. The search index
(``pagefind/``) is reported apart as well.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive, synthetic  # noqa: E402

PAGE_LIMIT_KB = 1000  # no page over 1 MB (issue 14)
SITE_PER_ARTICLE_LIMIT_KB = 60  # 10,000 articles fit in GitHub Pages' 1 GB with room
SEARCH_DIR = "pagefind"
ASSETS_DIR = "assets"
ITEM_DIRS = frozenset({"entities", "events", "sources"})  # one file per item: entities/x.xml
SHOWN_FAMILIES = 15  # families listed per report, largest first


@dataclass(frozen=True)
class Measure:
    articles: int
    seconds: float
    site: int  # bytes of every file in site/
    search: int  # bytes under site/search/
    families: dict[str, tuple[int, str]]  # family -> (largest size, its path)
    totals: dict[str, int]  # family -> bytes of all its files
    urls: int  # <loc> entries in the sitemap(s)
    kinds: dict[str, int]  # kind of file (``kind``) -> bytes
    counts: dict[str, int]  # family -> number of files
    seed_kb: float  # median size of a seed file


# Top folders of one page per item or listing, by kind (``kind``); the rest are listings.
PAGE_KINDS = {"sources": "source pages", "events": "event pages", "entities": "entity pages"}


def kind(path: str) -> str:
    """Which kind of file a site/ path is, for the bytes-per-article breakdown:
    `ar/sources/x/index.html` -> `source pages (ar)`, `sources/years/2019/index.html` ->
    `listings (en)`, `data/2019/events.json` -> `data files`."""
    parts = path.split("/")
    lang = "ar" if parts[0] == "ar" else "en"
    rest = parts[1:] if lang == "ar" else parts
    top = rest[0]
    if top == SEARCH_DIR:
        return "search bundles"
    if top == ASSETS_DIR:
        return "theme assets"
    if top == "data":
        return "data files"
    if top.startswith("sitemap"):
        return "sitemaps"
    if path.endswith(".xml"):
        return "feeds"
    if not path.endswith(".html"):
        return "other"
    # An item's page and, for entities, its per-year pages (`entities/sdf/2019/`).
    if top in PAGE_KINDS and len(rest) >= 3 and rest[1] != "years":
        return f"{PAGE_KINDS[top]} ({lang})"
    return f"listings ({lang})"


def family(path: str) -> str:
    """`ar/entities/sdf/2019/index.html` -> `ar/entities/*/*/index.html`, and
    `entities/sdf.xml` -> `entities/*.xml`."""
    parts = path.split("/")
    lead = 2 if parts[0] == "ar" and len(parts) > 2 else 1
    if len(parts) == lead + 1 and parts[lead - 1] in ITEM_DIRS and parts[-1] != "index.html":
        return "/".join([*parts[:lead], "*." + parts[-1].rsplit(".", 1)[-1]])
    if len(parts) <= lead + 1:
        return path
    return "/".join([*parts[:lead], *("*" for _ in parts[lead:-1]), parts[-1]])


def measure(count: int, work: Path, archive: str, sentences: int | None) -> Measure:
    project = work / f"archive-{count}"
    if archive == "site":
        site_archive.write_archive(project, count, sentences=sentences)
    else:
        synthetic.write_archive(project, count)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    began = time.perf_counter()
    subprocess.run(
        ["briefing", "build", "--no-translate"],
        cwd=project,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    took = time.perf_counter() - began
    site = project / "site"
    families: dict[str, tuple[int, str]] = {}
    totals: dict[str, int] = {}
    kinds: dict[str, int] = {}
    counts: dict[str, int] = {}
    total = search = 0
    for file in site.rglob("*"):
        if not file.is_file():
            continue
        size, rel = file.stat().st_size, file.relative_to(site).as_posix()
        total += size
        kinds[kind(rel)] = kinds.get(kind(rel), 0) + size
        if rel.startswith(f"{SEARCH_DIR}/"):
            search += size
        elif not rel.startswith(f"{ASSETS_DIR}/"):
            key = family(rel)
            families[key] = max(families.get(key, (0, "")), (size, rel))
            totals[key] = totals.get(key, 0) + size
            counts[key] = counts.get(key, 0) + 1
    seeds = sorted(p.stat().st_size for p in (project / "seeds").glob("*.md"))
    return Measure(
        count,
        took,
        total,
        search,
        families,
        totals,
        _sitemap_urls(site),
        kinds,
        counts,
        seeds[len(seeds) // 2] / 1e3,
    )


def _sitemap_urls(site: Path) -> int:
    return sum(
        len(re.findall("<url>", p.read_text(encoding="utf-8"))) for p in site.glob("sitemap*.xml")
    )


def _pages(m: Measure) -> str:
    """Mean KB of a source and an event page per language, from the families' totals."""
    means = []
    for label, name in (("source", "sources"), ("event", "events")):
        for prefix in ("", "ar/"):
            key = f"{prefix}{name}/*/index.html"
            count = m.counts.get(key, 0)
            if count:
                means.append(
                    f"{label} {prefix or 'en/'}: {m.totals[key] / count / 1e3:.1f} KB mean"
                )
    return "; ".join(means)


def fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares line y = a + b x."""
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return mean_y - slope * mean_x, slope


def report(measures: list[Measure], targets: list[int]) -> None:
    for m in measures:
        page_size, page = max(v for k, v in m.families.items() if k.endswith(".html"))
        file_size, file = max(m.families.values())
        print(
            f"articles={m.articles} build_s={m.seconds:.1f} site_mb={m.site / 1e6:.1f} "
            f"search_mb={m.search / 1e6:.1f} kb_per_article={m.site / m.articles / 1e3:.1f} "
            f"kb_per_article_without_search={(m.site - m.search) / m.articles / 1e3:.1f} "
            f"largest_page_kb={page_size / 1e3:.0f} ({page}) "
            f"largest_file_kb={file_size / 1e3:.0f} ({file}) sitemap_urls={m.urls} "
            f"median_seed_kb={m.seed_kb:.2f}"
        )
        print(f"  KB per article by kind at {m.articles} articles:")
        for name, size in sorted(m.kinds.items(), key=lambda kv: -kv[1]):
            print(f"    {name}: {size / m.articles / 1e3:.2f}")
        print(f"  pages (html): {_pages(m)}")
    if len(measures) < 2:
        return  # nothing to fit a line through
    xs = [m.articles for m in measures]
    names = sorted(set.intersection(*(set(m.families) for m in measures)))
    lines = {name: fit(xs, [m.families[name][0] for m in measures]) for name in names}
    site_line = fit(xs, [m.site - m.search for m in measures])
    url_line = fit(xs, [m.urls for m in measures])
    last = measures[-1]
    print(f"KB per article by family at {last.articles} articles (all files of the family):")
    for name, size in sorted(last.totals.items(), key=lambda kv: -kv[1])[:SHOWN_FAMILIES]:
        print(f"  {name}: {size / last.articles / 1e3:.1f}")
    print("largest member of each family, fitted a + b*articles (bytes), fastest growing:")
    for name, (a, b) in sorted(lines.items(), key=lambda kv: -kv[1][1])[:SHOWN_FAMILIES]:
        at = " ".join(f"{n}={(a + b * n) / 1e3:.0f}KB" for n in targets)
        print(f"  {name}: a={a:.0f} b={b:.1f} -> {at}")
    for n in targets:
        at_n = {k: a + b * n for k, (a, b) in lines.items()}
        page = max((k for k in at_n if k.endswith(".html")), key=at_n.__getitem__)
        file = max(at_n, key=at_n.__getitem__)
        site = site_line[0] + site_line[1] * n
        print(
            f"projected articles={n}: largest_page_kb={at_n[page] / 1e3:.0f} ({page}) "
            f"largest_file_kb={at_n[file] / 1e3:.0f} ({file}) "
            f"site_without_search_mb={site / 1e6:.0f} "
            f"kb_per_article_without_search={site / n / 1e3:.1f} "
            f"sitemap_urls={url_line[0] + url_line[1] * n:.0f}"
        )
    big = max(targets)
    largest = max(a + b * big for k, (a, b) in lines.items() if k.endswith(".html"))
    print(
        f"largest_page_kb_at_{big}={largest / 1e3:.0f} "
        f"(limit {PAGE_LIMIT_KB}) "
        f"kb_per_article_without_search={site_line[1] / 1e3:.1f} "
        f"kb_per_article_at_{last.articles}={last.site / last.articles / 1e3:.1f} "
        f"(limit {SITE_PER_ARTICLE_LIMIT_KB})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[200, 500, 1000])
    parser.add_argument("--project", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--archive", choices=("synthetic", "site"), default="synthetic")
    parser.add_argument("--sentences", type=int, help="with --archive site: article length")
    args = parser.parse_args()
    site_archive.check_sentences(args.sentences)
    print(f"# {platform.node()} {platform.machine()} {os.cpu_count()} cores, ", end="")
    print(f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    print(f"# commit {commit.stdout.strip()}; archive={args.archive} sentences={args.sentences}")
    print(f"# load average {os.getloadavg()[0]:.2f} at start", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        measures = []
        for n in args.articles:
            measures.append(measure(n, Path(folder), args.archive, args.sentences))
            print(f"# load average {os.getloadavg()[0]:.2f} after {n}", flush=True)
    report(measures, args.project)


if __name__ == "__main__":
    main()
