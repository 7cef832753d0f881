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
that MkDocs leaves out of site/); ``index_site`` indexes each period's pages, language by
language (``Indexing``), so under ``briefing build`` the first language's pages are
indexed while a child still builds the others.
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
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    ".bi-cites",  # one outlet's several marks, "[Outlet 1 2]"
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
# site/pagefind/: each bundle's parts' keys and languages, which the next build takes parts
# by (apart from PERIODS_FILE, which every first search fetches)
PARTS_FILE = "parts.json"
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
    started: Indexing | None = None,
) -> int:
    """Write the search bundles into ``site_dir``/pagefind/, replacing any earlier ones:
    one per period of ``plan_path`` (``PLAN_FILE``), or one of the whole site without it
    (see ``Indexing`` for ``previous``, ``runs`` and ``digests``). ``started``: the
    indexing an earlier hook began with the same arguments, as each language's pages were
    written; it is finished here. Returns how many bundles were taken whole from
    ``previous``."""
    indexing = started or Indexing(site_dir, plan_path, previous, runs, digests)
    return indexing.finish()


# Where each language's pages are in the site: the first (English) at its root.
LANGUAGE_FOLDERS = ("", "ar/")
_live: set[Indexing] = set()  # begun and not finished: ended by abandon_all


class Indexing:
    """The search bundles of one build, made language by language, so a language's pages
    are indexed while the others are still being built (``start``); ``finish`` waits,
    puts each period's languages together as pagefind/<n>/ and lists them.

    Pagefind indexes each ``<html lang>`` on its own: one language's run gives that
    language's files of a two-language run, byte for byte, and the files every language
    shares; the entry file lists them all. So each (period, language) is a ``_Part``,
    keyed by Pagefind's version and options and its pages as built (by the ``digests``
    record, ``cache.FileDigests`` ``linked``: a page linked from the last site is not
    read), and a part whose key the ``previous`` site's bundles list is taken from them
    (hard links) instead of running Pagefind again. Up to ``runs`` parts are made at once
    (Pagefind waits on the disk about half the time, and parts do not depend on each
    other)."""

    def __init__(
        self,
        site_dir: Path,
        plan_path: Path | None = None,
        previous: Path | None = None,
        runs: int = 1,
        digests: Path | None = None,
    ) -> None:
        self.name = site_dir
        self.site = site_dir.resolve()
        self.bundle = self.site / BUNDLE_DIR
        self.binary = executable()
        self.plan_path = plan_path
        self.periods = read_plan(plan_path) if plan_path is not None else None
        if self.bundle.exists():
            shutil.rmtree(self.bundle)
        self.bundle.mkdir(parents=True)
        self.kept = _previous_parts(previous / BUNDLE_DIR) if previous else {}
        self.digests = digests
        self.pages = FileDigests(read_pickle(digests) if digests else None, linked=True)
        self.version = _pagefind_version(self.binary)
        self.pool = ThreadPoolExecutor(max_workers=max(runs, 1))
        self.parts: dict[tuple[int, str], Future[_Part | None]] = {}
        # each period put together as its parts are made, while others are still made
        self.assembler = ThreadPoolExecutor(max_workers=1)
        self.assembled: dict[int, Future[list[_Part]]] = {}
        self.folders = LANGUAGE_FOLDERS if self.periods is not None else ("",)
        self.running: set[subprocess.Popen[bytes]] = set()
        self.lock = threading.Lock()
        self.stopped = False
        _live.add(self)

    def start(self, folders: Sequence[str] = LANGUAGE_FOLDERS) -> None:
        """Index the pages in these language folders (``LANGUAGE_FOLDERS``), which are
        written, in the background; a folder already started is not started again."""
        if self.periods is None:  # no plan: one run over the whole site, every language
            if not self.parts:
                self.parts[0, ""] = self.pool.submit(self._whole_site)
        else:
            # Keyed here, the newest first: its run starts at once, before the caller
            # goes on (in the pool the keys waited for the caller's work to let them run).
            for folder in folders:
                for number, period in enumerate(self.periods):
                    if (number, folder) not in self.parts:
                        self.parts[number, folder] = self._part(period, folder)
        # the oldest first: they are put together while the newest, which an addition
        # indexes again, is still being made (one thread puts them together in turn)
        for number in reversed(range(len(self.periods or [None]))):
            futures = [self.parts.get((number, folder)) for folder in self.folders]
            if number not in self.assembled and all(futures):
                made = [future for future in futures if future is not None]
                self.assembled[number] = self.assembler.submit(self._put_together, number, made)

    def finish(self) -> int:
        """Index what is not started yet, wait for every part, write each period's bundle
        and the list of them; how many bundles were taken whole from the last build."""
        try:
            self.start()
            found = [self.assembled[number].result() for number in sorted(self.assembled)]
        except BaseException:
            self.abandon()
            raise
        _live.discard(self)
        self.pool.shutdown()
        self.assembler.shutdown()
        manifest: list[dict[str, Any]] = []
        made: dict[str, dict[str, list[str]]] = {}
        taken = 0
        for number, period in enumerate(self.periods or [Period(None, None, ())]):
            parts = found[number]
            if parts:
                os.rename(self.bundle / f".period-{number}", self.bundle / str(len(manifest)))
                taken += all(part.taken for part in parts)
                made[f"{len(manifest)}/"] = {part.key: list(part.languages) for part in parts}
                manifest.append(_listed(period, len(manifest)))
        if not manifest and self.periods is not None and any(p.pages for p in self.periods):
            raise BriefingError(
                f"none of the pages {self.plan_path} lists for search is in {self.name}: the "
                "plan is stale or pages are not written as <page>/index.html (use_directory_urls)"
            )
        if self.digests is not None:
            write_pickle(self.digests, self.pages.now)
        for name, data in ((PERIODS_FILE, {"periods": manifest}), (PARTS_FILE, made)):
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            (self.bundle / name).write_text(text, encoding="utf-8")
        return taken if self.periods is not None else 0

    def abandon(self) -> None:
        """Stop: no part is started, Pagefind's runs are ended, and this returns once none
        is left writing (the build that began it failed)."""
        _live.discard(self)
        self.stopped = True
        with self.lock:
            for process in self.running:
                process.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.assembler.shutdown(wait=True, cancel_futures=True)

    def _put_together(self, number: int, futures: Sequence[Future[_Part | None]]) -> list[_Part]:
        """A period's parts, once made, put together in ``.period-<number>`` (which
        ``finish`` renames to the bundle's place in the list)."""
        parts = [part for future in futures if (part := future.result())]
        if parts and not self.stopped:
            _assemble(parts, self.bundle / f".period-{number}")
        return parts

    def _part(self, period: Period, folder: str) -> Future[_Part | None]:
        """A period's part in a language folder: taken from the last build's bundles, or
        made in the pool; None when none of its pages was built."""
        key, urls = _part_key(self.site, period, folder, self.version, self.pages)
        if key is not None and key not in self.kept:
            return self.pool.submit(self._made_part, key, urls, folder)
        found: Future[_Part | None] = Future()
        found.set_result(self.kept[key] if key is not None else None)
        return found

    def _made_part(self, key: str, urls: Sequence[str], folder: str) -> _Part | None:
        if self.stopped:
            return None
        output = Path(tempfile.mkdtemp(prefix=".part-", dir=self.bundle))
        self._index_pages(urls, folder, output)
        return _made(key, output)

    def _whole_site(self) -> _Part:
        output = Path(tempfile.mkdtemp(prefix=".part-", dir=self.bundle))
        self._run_pagefind(self.site, output)
        return _made(self.version, output)

    def _index_pages(self, urls: Sequence[str], folder: str, output: Path) -> None:
        """Pagefind over the pages ``urls`` of one language folder: it reads a folder
        holding only those pages (copies at their own paths, so their URLs stay). Not
        hard links: a link and its removal move the page's change time after the site/
        manifest took its status (``pagecache.Session.prepare_manifest``), and the next
        build would read every page indexed since (all of them after a full build)."""
        # Inside the site being built: a build killed here leaves the folder in the
        # staging folder (removed by the next build) or in a site/ the next build empties.
        with tempfile.TemporaryDirectory(prefix=".pagefind-pages-", dir=self.site) as pages:
            for url in urls:
                target = Path(pages) / _page_file(folder, url)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.site / _page_file(folder, url), target)
            self._run_pagefind(Path(pages), output)

    def _run_pagefind(self, pages: Path, output: Path) -> None:
        """Pagefind over the HTML in ``pages``, writing its bundle to ``output``."""
        command = [str(self.binary), "--site", str(pages), "--output-path", str(output), "--quiet"]
        for selector in EXCLUDE_SELECTORS:
            command += ["--exclude-selectors", selector]
        # cwd: the pages, so no pagefind.yml from wherever the build was started is read.
        with self.lock:
            if self.stopped:
                raise BriefingError("the search index was abandoned")
            process = subprocess.Popen(
                command, cwd=pages, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            self.running.add(process)
        try:
            out, err = process.communicate()
        finally:
            with self.lock:
                self.running.discard(process)
        if process.returncode != 0:
            said = (err or out).decode(errors="replace")
            detail = " ".join(said.split())
            raise BriefingError(f"Pagefind could not index {self.name}: {detail[-500:]}")


def abandon_all() -> None:
    """Abandon every indexing begun and not finished (a build failed or was killed)."""
    for indexing in list(_live):
        indexing.abandon()


def digests_record(root: Path) -> Path:
    """Where ``index_site`` keeps the digests of the pages it keyed, in the build cache
    of the project at ``root`` (for an incremental build whose cache is allowed)."""
    return version_dir(root) / SEARCH_PAGES


@dataclass(frozen=True)
class _Part:
    """One language folder's share of a period's bundle: Pagefind's files for its
    ``languages`` (codes, as in the entry file) and those all languages share, in
    ``folder``: a run of this build's, or a bundle of the last build's (``taken``)."""

    key: str
    folder: Path
    languages: tuple[str, ...]
    taken: bool


def _made(key: str, output: Path) -> _Part:
    """The part Pagefind just wrote into ``output``, with the languages it found."""
    entry = json.loads((output / ENTRY_FILE).read_text(encoding="utf-8"))
    return _Part(key, output, tuple(sorted(entry["languages"])), taken=False)


def _page_file(folder: str, url: str) -> str:
    return f"{folder}{url}index.html" if url.endswith("/") else f"{folder}{url}/index.html"


def _part_key(
    site: Path, period: Period, folder: str, version: str, pages: FileDigests
) -> tuple[str | None, list[str]]:
    """What a period's part in a language folder is made from: Pagefind's version and
    options and each of its pages as built (by ``pages``: a page linked from the last site
    is not read), and those pages' URLs; no key when none of them was built."""
    hasher = hashlib.sha256(f"{version}\0{EXCLUDE_SELECTORS!r}\0{folder}".encode())
    found = []
    root = os.path.join(site, "")  # a string: joined to every page of the site
    for url in period.pages:
        name = _page_file(folder, url)
        digest = pages.of(root + name, name)
        if digest is not None:
            hasher.update(f"{url}\0".encode())
            hasher.update(bytes.fromhex(digest))
            found.append(url)
    return (hasher.hexdigest() if found else None), found


def _previous_parts(bundle: Path) -> dict[str, _Part]:
    """The parts of an earlier build's bundles, by their keys."""
    try:
        listed = json.loads((bundle / PARTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for path, parts in listed.items() if isinstance(listed, dict) else ():
        folder = bundle / str(path).strip("/")
        if isinstance(parts, dict) and (folder / ENTRY_FILE).is_file():
            for key, languages in parts.items():
                if isinstance(languages, list) and all(isinstance(x, str) for x in languages):
                    found[key] = _Part(key, folder, tuple(languages), taken=True)
    return found


def _listed(period: Period, number: int) -> dict[str, Any]:
    """A bundle's entry in ``PERIODS_FILE``: where it is and its dates."""
    return {"path": f"{number}/", "first": period.first, "last": period.last,
            "labels": dict(period.labels)}  # fmt: skip


def _assemble(parts: Sequence[_Part], output: Path) -> None:
    """One period's bundle from its parts: each part's language files and the shared ones
    (moved from this build's runs, linked from the last build's bundles), and one entry
    file listing every language (sorted: Pagefind lists them in no fixed order, and
    builds of the same input must be byte-identical)."""
    folders = {part.folder for part in parts if part.taken}
    if len(folders) == 1 and all(part.taken for part in parts):  # a bundle taken whole?
        (folder,) = folders
        listed = json.loads((folder / ENTRY_FILE).read_text(encoding="utf-8"))["languages"]
        if set(listed) == {code for part in parts for code in part.languages}:
            shutil.copytree(folder, output, copy_function=_link)
            return
    entry: dict[str, Any] = {}
    languages: dict[str, Any] = {}
    for part in parts:
        found = json.loads((part.folder / ENTRY_FILE).read_text(encoding="utf-8"))
        entry = entry or found
        languages.update({code: found["languages"][code] for code in part.languages})
        others = set(found["languages"]).difference(part.languages)
        for name in _part_files(part.folder, others):
            target = output / name
            if target.exists():  # a shared file another language's part brought
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if part.taken:
                _link(part.folder / name, target)
            else:
                os.replace(part.folder / name, target)
        if not part.taken:
            shutil.rmtree(part.folder)
    entry["languages"] = dict(sorted(languages.items()))
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    (output / ENTRY_FILE).write_text(text, encoding="utf-8")


def _part_files(folder: Path, others: Iterable[str]) -> list[str]:
    """The files of a bundle folder but its entry file, Pagefind's unused interfaces and
    the files of the ``others`` languages (``fragment/<code>_…``, ``index/<code>_…``,
    ``pagefind.<code>_….pf_meta``, ``wasm.<code>.pagefind``)."""
    marks = [(f"{code}_", f"pagefind.{code}_", f"wasm.{code}.") for code in others]
    names = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_dir() or name == ENTRY_FILE or name in UNUSED_FILES:
            continue
        if not any(path.name.startswith(mark) for group in marks for mark in group):
            names.append(name)
    return names


def _link(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copyfile(source, target)


def _pagefind_version(binary: Path) -> str:
    done = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or str(binary)
