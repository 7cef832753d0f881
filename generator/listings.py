"""Bounded lists: how long lists of events and reports are split into pages.

An archive of 50,000 articles must not make any page grow without limit. Lists that grow
with the archive (the home timeline, the sources index, an entity's events) show the
newest items and link to one page per year; a year with more than ``PAGE_ITEMS`` items
continues on numbered pages (``years/2022.md``, then ``years/2022/2.md``, ...). Pure
functions over paths and items; ``render.py`` renders what they choose.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator.model import Event

T = TypeVar("T")

HOME_EVENTS = 100  # events on the home timeline; the year pages list every event
RECENT_SOURCES = 100  # reports on the sources index; its year pages list every report
ENTITY_EVENTS = 50  # events on an entity's page; past this it links to one page per year
LATEST_ARTICLES = 200  # reports on the latest additions page (its feed: feeds.MAX_ENTRIES)
# Rows on one page of a year's list: at about 0.5 KB of HTML a row, far under 1 MB.
PAGE_ITEMS = 500
THREAD_LINKS = 5  # related events named in a home timeline entry (its page lists them all)
# Quotes and figures listed on an event page: a large event's page stays bounded; the
# data files (data/<year>/quotes.csv, figures.csv) hold every one.
EVENT_ITEMS = 40
# Reports given a column in an event's framing table, and cited after one key point: an
# event reported a hundred times keeps a bounded page; events.json holds every one.
EVENT_REPORTS = 12
UNDATED = "undated"  # page name of a year page for what has no date


@dataclass(frozen=True)
class Pager:
    """One page of a list that continues on other pages, and links to all of them."""

    number: int
    links: tuple[tuple[int, str], ...]  # (page number, its URL relative to this page)


@dataclass(frozen=True)
class YearLink:
    """A link to a year's page (``year`` None: the page of undated items)."""

    year: int | None
    href: str
    count: int


def page_file(folder: str, name: str, lang: str, default_lang: str) -> str:
    """site_src path of a page in static-i18n's suffix layout (foo.md, foo.ar.md)."""
    suffix = "" if lang == default_lang else f".{lang}"
    return f"{folder}/{name}{suffix}.md" if folder else f"{name}{suffix}.md"


def url_of(path: str) -> str:
    """The directory URL MkDocs gives a page: `years/2022.ar.md` -> `years/2022/`."""
    folder, _, name = path.removesuffix(".md").rpartition("/")
    name = name.split(".", 1)[0]  # the language suffix
    parts = [folder] if name == "index" else [folder, name]
    return "".join(f"{part}/" for part in parts if part)


def up(path: str) -> str:
    """From a page's URL back to the site root (Markdown links are relative to the file,
    raw HTML links to the URL: with directory URLs the two differ by one level)."""
    return "../" * url_of(path).count("/")


def relative(target: str, source: str) -> str:
    """URL of ``target`` (a directory URL) as seen from the page at URL ``source``."""
    way = posixpath.relpath(target or ".", source or ".")
    return "./" if way == "." else f"{way}/"


def paged(
    folder: str, name: str, items: Sequence[T], lang: str, default_lang: str
) -> list[tuple[str, Sequence[T], Pager]]:
    """``items`` in pages of ``PAGE_ITEMS``: (site_src path, the page's items, pager)."""
    chunks = [items[i : i + PAGE_ITEMS] for i in range(0, len(items), PAGE_ITEMS)] or [items]
    paths = [
        page_file(folder, name, lang, default_lang)
        if number == 1
        else page_file(f"{folder}/{name}", str(number), lang, default_lang)
        for number in range(1, len(chunks) + 1)
    ]
    urls = [url_of(path) for path in paths]
    return [
        (path, chunk, Pager(number, tuple(enumerate(_links(urls, url), 1))))
        for number, (path, chunk, url) in enumerate(zip(paths, chunks, urls, strict=True), 1)
    ]


def _links(urls: Sequence[str], here: str) -> list[str]:
    return [relative(url, here) for url in urls]


def by_year(items: Sequence[T], year_of: Callable[[T], int | None]) -> dict[int | None, list[T]]:
    """Items per year, newest year first, undated (None) last; order kept within a year."""
    years: dict[int | None, list[T]] = {}
    for item in items:
        years.setdefault(year_of(item), []).append(item)
    return dict(sorted(years.items(), key=lambda kv: (kv[0] is None, -(kv[0] or 0))))


def year_name(year: int | None) -> str:
    return UNDATED if year is None else str(year)


def year_links(
    years: dict[int | None, list[T]], folder: str, here: str, lang: str, default_lang: str
) -> list[YearLink]:
    """Links from the page at URL ``here`` to each year's page under ``folder``."""
    return [
        YearLink(
            year,
            relative(url_of(page_file(folder, year_name(year), lang, default_lang)), here),
            len(items),
        )
        for year, items in years.items()
    ]


def event_year(event: Event) -> int | None:
    day = event.date_end or event.date
    return day.year if day else None


def newest_first(day: dt.date | None) -> tuple[bool, int]:
    """Sort key: newest day first, undated last."""
    return (day is None, -(day.toordinal() if day else 0))
