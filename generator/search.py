"""Site search: what each page contributes to the index, and the Pagefind index itself.

Pagefind (https://pagefind.app, the ``pagefind[bin]`` package) indexes the built site after
MkDocs has written both languages. It keeps one index per ``<html lang>``, split into
chunks that the search page fetches only as a query needs them, with Snowball stemming
for English and Arabic; the bundle (``site/pagefind/``) is served from the site itself.

What is indexed: the content (``<article>``) of briefings, source pages, people and places
pages and the Data page; listing pages (timeline, years, latest additions, the indexes)
only repeat titles and are left out. Within a page, the English site indexes the English
text and the Arabic site the Arabic text (``EXCLUDE_SELECTORS``), and the labels repeated
on every sentence, citation marks and removed page chrome are left out.

Search periods bound the number of dated pages a first search reads. A word
on most pages (التحالف الدولي) has one index chunk listing every page it is on, so one
index over the whole archive makes the first search grow with it. Instead the indexed
pages are split, by date and from the oldest forward, into periods of ``PERIOD_PAGES``
dated pages per language (the newest holds half to one and a half times as many, and the
undated pages: people and places, the Data page), each a Pagefind bundle of its own
(``site/pagefind/0/`` the newest, then ``1/``, ...). A new article changes only the newest
period, so older bundles whose pages are unchanged are taken from the last build. The
search page searches the newest period first and the next older one when the reader asks
(``site/pagefind/periods.json`` lists them). The generator decides the periods, since it
knows every page's date (``plan_file``, written to site_src/ as ``PLAN_FILE``, a dot file
that MkDocs leaves out of site/); ``index_site`` indexes each period's pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import SEARCH_PAGES, FileDigests, read_pickle, version_dir, write_pickle
from generator.errors import BriefingError

BUNDLE_DIR = "pagefind"  # site/pagefind/: the index and Pagefind's own script
SEARCH_PAGE = "search/"  # the search page of each language (templates/search.md.j2)

# Page kinds that go into the index, by the first folder of the page's URL (after ar/);
# the value is also each result's `kind` (Pagefind metadata), which the search page names.
# (No Pagefind filters: their files differ from one run to the next, and builds of the
# same input must be byte-identical.)
INDEXED_KINDS = {"events": "event", "sources": "source", "entities": "entity", "data": "data"}

# Left out of the index; CSS selectors (Pagefind's `--exclude-selectors`).
EXCLUDE_SELECTORS = (
    # Each language's site indexes its own language: the Arabic beside the English on the
    # English site, and the English beside the Arabic on the Arabic site, are left out.
    # (`mark_content` names the page's language on the indexed element: Pagefind matches
    # selectors only within it, not against <html lang>.)
    '[data-bi-lang="en"] [lang="ar"]',
    '[data-bi-lang="ar"] [lang="en"]',
    # People and places pages are found by their name and description; their lists of
    # events and quotations repeat the briefings' titles and sentences.
    '[data-bi-kind="entity"] h2',
    '[data-bi-kind="entity"] ul',
    '[data-bi-kind="entity"] figure',
    ".headerlink",  # the ¶ after headings
    ".bi-meta",  # "Paragraph 2 · Sentence 1 · Human translation" under every sentence
    ".bi-point-meta",  # the same under key points
    ".bi-cite",  # citation marks: outlet names in brackets, repeated
    ".bi-more-cites",  # "and 3 more reports" after a key point's citation marks
    ".bi-pending-text",  # "Translation pending", repeated
    ".bi-removed",  # page chrome the cleaning removed: not the article
    ".bi-profile",  # the outlet's profile, the same on each of its source pages
)

_ARTICLE = '<article class="md-content__inner md-typeset">'
_HEADER_END = re.compile(r"</nav>(\s*</header>)")

# Our own magnifier (a circle and a handle), drawn in the header's icon size.
_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
    '<circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/>'
    '<path d="M14.5 14.5 20 20" stroke="currentColor" stroke-width="2.4" '
    'stroke-linecap="round"/></svg>'
)


def page_kind(url: str) -> str | None:
    """The index kind of the page at ``url`` (MkDocs' page.url), or None if not indexed."""
    parts = [part for part in url.removeprefix("ar/").split("/") if part]
    kind = INDEXED_KINDS.get(parts[0]) if parts else None
    if kind is None or (kind != "data" and len(parts) != 2):
        # e.g. sources/ itself, the list of sources, or entities/<id>/2019/, a year of an
        # entity's events: listing pages, whose name and description repeat its main page
        return None
    return kind


def mark_content(output: str, url: str, lang: str) -> str:
    """Mark an indexed page's content for Pagefind (``data-pagefind-body``), with its kind
    and the language of its site."""
    kind = page_kind(url)
    if kind is None:
        return output
    marked = (
        f'{_ARTICLE[:-1]} data-pagefind-body data-bi-lang="{lang}" data-bi-kind="{kind}" '
        f'data-pagefind-meta="kind:{kind}">'
    )
    return output.replace(_ARTICLE, marked, 1)


def header_form(output: str, root: str, label: str, placeholder: str) -> str:
    """A search box at the end of the header, sending its query to the search page of the
    page's language (``root`` leads from the page to that language's home)."""
    form = (
        f'<form class="bi-header-search" role="search" aria-label="{html.escape(label)}" '
        f'action="{html.escape(root)}{SEARCH_PAGE}" method="get">'
        f'<label class="bi-visually-hidden" for="bi-header-query">{html.escape(label)}</label>'
        f'<input class="bi-header-search__input" type="search" id="bi-header-query" name="q" '
        f'placeholder="{html.escape(placeholder)}" autocomplete="off" spellcheck="false" '
        f'dir="auto">'
        f'<button class="md-header__button md-icon" type="submit" '
        f'title="{html.escape(label)}" aria-label="{html.escape(label)}">{_ICON}</button>'
        "</form>"
    )
    return _HEADER_END.sub(lambda m: f"{form}</nav>{m.group(1)}", output, count=1)


def executable() -> Path:
    """Pagefind's binary, from the ``pagefind[bin]`` package (or $PAGEFIND_BINARY_PATH)."""
    from pagefind.service import get_executable

    found = get_executable()
    if found is None or not found.is_file():
        raise BriefingError(
            "Pagefind's binary is missing, so the search index cannot be built: install the "
            "project with `pip install -c constraints.txt -e .` (it brings `pagefind[bin]`)"
        )
    return found


# Dated pages per language in one search period of the archive. A first search reads one
# period and grows about 0.2-0.35 KB per page in it (benchmarks/logs/search_bench.log):
# newest periods of 1,629 pages measured 414-506 KB at 3,000-5,000 articles, inside issue
# 14's 2 MB.
PERIOD_PAGES = 1000
# Dated pages per language in each of the recent periods: those after the archive's
# periods, cut the same way; the newest holds 0.5 to 1.5 times as many (see ``plan``).
# Each addition indexes the newest again, and Pagefind's time grows with its pages (about
# 10 ms a page and language on this machine): 200 keeps it near a second.
RECENT_PAGES = 200
PLAN_FILE = ".search-periods.json"  # site_src/: the periods and their pages, not published
PERIODS_FILE = "periods.json"  # site/pagefind/: each period's folder and dates, newest first
ENTRY_FILE = "pagefind-entry.json"
# Pagefind's ready-made interfaces, written into every bundle; the search page uses its own
# (assets/search.js), so they are removed rather than published once per period.
UNUSED_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


@dataclass(frozen=True)
class Period:
    """One search bundle: the pages dated ``first`` to ``last`` (ISO dates; None when none
    of its pages has a date), by URL without the language prefix (``events/<id>/``), and
    its first and last day as the search page names them, per language."""

    first: str | None
    last: str | None
    pages: tuple[str, ...]
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def plan(dated: Iterable[tuple[str, dt.date | None]], undated: Iterable[str]) -> list[Period]:
    """The search periods, newest first. Dated pages (URL, date) are cut from the oldest
    forward (pages without a date count as oldest) into the archive's runs of
    ``PERIOD_PAGES``, then the recent runs of ``RECENT_PAGES``: so a new article changes
    only the newest period and the older ones keep their bundles, and the newest, indexed
    again on each addition, stays small. A newest run under half a recent run joins the
    one before it, so a first search never searches only a handful of pages; an archive
    run is cut only once at least half a recent run follows it. ``undated`` pages (people
    and places, the Data page) belong to no time and join the newest period, so a first
    search finds them."""
    order = sorted(dated, key=lambda page: (page[1] or dt.date.min, page[0]))
    archived = max(len(order) - RECENT_PAGES // 2, 0) // PERIOD_PAGES * PERIOD_PAGES
    runs = [order[i : i + PERIOD_PAGES] for i in range(0, archived, PERIOD_PAGES)]
    recent = [order[i : i + RECENT_PAGES] for i in range(archived, len(order), RECENT_PAGES)]
    if len(recent) > 1 and len(recent[-1]) < RECENT_PAGES // 2:
        recent[-2:] = [recent[-2] + recent[-1]]
    runs += recent or [[]]
    periods = []
    for number, run in enumerate(reversed(runs)):
        dates = [day for _, day in run if day is not None]
        pages = sorted(url for url, _ in run) + (sorted(undated) if number == 0 else [])
        periods.append(
            Period(
                first=min(dates).isoformat() if dates else None,
                last=max(dates).isoformat() if dates else None,
                pages=tuple(pages),
            )
        )
    return periods


def plan_file(periods: Sequence[Period]) -> str:
    """``PLAN_FILE``'s text: the periods in order, each with its dates and pages."""
    data = [
        {"first": p.first, "last": p.last, "labels": dict(p.labels), "pages": list(p.pages)}
        for p in periods
    ]
    return json.dumps({"periods": data}, ensure_ascii=False, indent=0) + "\n"


def read_plan(path: Path) -> list[Period] | None:
    """The periods ``plan_file`` wrote to ``path``, or None when there is no such file
    (a site_src/ the generator did not write: then one period holds every page)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Period(
            p["first"],
            p["last"],
            tuple(p["pages"]),
            {lang: (days[0], days[1]) for lang, days in p["labels"].items()},
        )
        for p in data["periods"]
    ]


def index_site(
    site_dir: Path,
    plan_path: Path | None = None,
    previous: Path | None = None,
    runs: int = 1,
    digests: Path | None = None,
) -> int:
    """Write the search bundles into ``site_dir``/pagefind/, replacing any earlier ones:
    one per period of ``plan_path`` (``PLAN_FILE``), or one of the whole site without it.
    A period whose pages are byte for byte those a bundle of the ``previous`` site was
    made from takes that bundle (hard links) instead of running Pagefind again. Up to
    ``runs`` periods are indexed at once (Pagefind waits on the disk about half the time,
    and a period's bundle does not depend on another's). ``digests``: a record of the
    pages' digests by status (``cache.FileDigests``, ``linked``), read and then replaced,
    so a page linked from the previous site is not read again to key its period. Returns
    how many bundles were taken."""
    site = site_dir.resolve()
    bundle = site / BUNDLE_DIR
    binary = executable()
    periods = read_plan(plan_path) if plan_path is not None else None
    if bundle.exists():
        shutil.rmtree(bundle)
    if periods is None:
        _run_pagefind(binary, site, bundle / "0", site_dir)
        indexed: list[tuple[Period, str | None]] = [(Period(None, None, ()), None)]
    else:
        kept = _previous_bundles(previous / BUNDLE_DIR) if previous else {}
        pages = FileDigests(read_pickle(digests) if digests else None, linked=True)
        indexed = _index_periods(binary, site, periods, bundle, site_dir, kept, runs, pages)
        if digests is not None:
            write_pickle(digests, pages.now)
        if not indexed and any(p.pages for p in periods):
            raise BriefingError(
                f"none of the pages {plan_path} lists for search is in {site_dir}: the plan "
                "is stale or pages are not written as <page>/index.html (use_directory_urls)"
            )
    manifest = [
        {"path": f"{n}/", "first": p.first, "last": p.last, "labels": dict(p.labels), "key": key}
        for n, (p, key) in enumerate(indexed)
    ]
    bundle.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"periods": manifest}, ensure_ascii=False, separators=(",", ":"))
    (bundle / PERIODS_FILE).write_text(text, encoding="utf-8")
    return sum(key in kept for _, key in indexed if key) if periods is not None else 0


def digests_record(root: Path) -> Path:
    """Where ``index_site`` keeps the digests of the pages it keyed, in the build cache
    of the project at ``root`` (for an incremental build whose cache is allowed)."""
    return version_dir(root) / SEARCH_PAGES


def _previous_bundles(bundle: Path) -> dict[str, Path]:
    """The bundles of an earlier build, by the key of the pages they were made from."""
    try:
        listed = json.loads((bundle / PERIODS_FILE).read_text(encoding="utf-8"))["periods"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    found = {}
    for period in listed:
        folder = bundle / str(period.get("path", "")).strip("/")
        if isinstance(period.get("key"), str) and (folder / ENTRY_FILE).is_file():
            found[period["key"]] = folder
    return found


def _index_periods(
    binary: Path,
    site: Path,
    periods: Sequence[Period],
    bundle: Path,
    name: Path,
    kept: Mapping[str, Path],
    runs: int = 1,
    pages: FileDigests | None = None,
) -> list[tuple[Period, str | None]]:
    """Index each period with pages in ``site`` into bundle/0/, 1/, ... in order, or take
    its bundle from ``kept``, ``runs`` at a time; the periods indexed with their keys (a
    period whose pages were not built gets no folder). ``pages``: the pages' digests."""
    version = _pagefind_version(binary)
    digests = pages or FileDigests(linked=True)
    with ThreadPoolExecutor(max_workers=max(runs, 1)) as pool:
        keys = list(pool.map(lambda period: _period_key(site, period, version, digests), periods))
        indexed: list[tuple[Period, str | None]] = [
            (period, key) for period, key in zip(periods, keys, strict=True) if key is not None
        ]

        def make(number: int, period: Period, key: str) -> None:
            output = bundle / str(number)
            if key in kept:
                shutil.copytree(kept[key], output, copy_function=_link)
            else:
                _index_period(binary, site, period, output, name)

        done = [pool.submit(make, n, p, k) for n, (p, k) in enumerate(indexed) if k is not None]
        for future in done:
            future.result()  # the first failure, once every run has ended
    return indexed


def _pagefind_version(binary: Path) -> str:
    done = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or str(binary)


def _period_key(site: Path, period: Period, version: str, pages: FileDigests) -> str | None:
    """What a period's bundle is made from: Pagefind's version and options and each of its
    pages as built (by ``pages``: a page linked from the last site is not read); None
    when none of them was built."""
    hasher = hashlib.sha256(f"{version}\0{EXCLUDE_SELECTORS!r}".encode())
    found = False
    for url in period.pages:
        for prefix in ("", "ar/"):
            name = f"{prefix}{url}index.html" if url.endswith("/") else f"{prefix}{url}/index.html"
            digest = pages.of(site / name, name)
            if digest is not None:
                hasher.update(f"{prefix}{url}\0".encode())
                hasher.update(bytes.fromhex(digest))
                found = True
    return hasher.hexdigest() if found else None


def _index_period(binary: Path, site: Path, period: Period, output: Path, name: Path) -> bool:
    """Index one period's pages, both languages, if any was built: Pagefind reads a folder
    holding only those pages (hard links at their own paths, so their URLs stay the same)."""
    # Inside the site being built: a build killed here leaves the folder in the staging
    # folder (removed by the next build) or in a site/ the next MkDocs build empties.
    with tempfile.TemporaryDirectory(prefix=".pagefind-pages-", dir=site) as folder:
        pages = Path(folder)
        found = False
        for url in period.pages:
            for prefix in ("", "ar/"):
                source = site / prefix / url / "index.html"
                if source.is_file():
                    target = pages / prefix / url / "index.html"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    _link(source, target)
                    found = True
        if found:
            _run_pagefind(binary, pages, output, name)
        return found


def _link(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copyfile(source, target)


def _run_pagefind(binary: Path, pages: Path, output: Path, name: Path) -> None:
    """Pagefind over the HTML in ``pages``, writing its bundle to ``output``."""
    command = [str(binary), "--site", str(pages), "--output-path", str(output), "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    # cwd: the pages, so no pagefind.yml from wherever the build was started is read.
    done = subprocess.run(command, cwd=pages, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout).split())[-500:]
        raise BriefingError(f"Pagefind could not index {name}: {detail}")
    _sort_entry(output / ENTRY_FILE)
    for unused in UNUSED_FILES:
        (output / unused).unlink(missing_ok=True)


def _sort_entry(entry: Path) -> None:
    """Pagefind lists the languages in its entry file in no fixed order; sorted, builds of
    the same input are byte-identical (Pagefind's script looks languages up by name)."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
