"""The publication date of a news page, and the markup it came from.

htmldate (inside trafilatura) returns a date without saying where it found it, and its
fallbacks search free text, where a page's render-time header date ("Wednesday, 18
February 2026") or a comment timestamp sits beside the article. We only accept dates with
a basis we can name and a contributor can check: a publication meta tag, JSON-LD
``datePublished``, a ``<time>`` of the article, the URL path, or a dateline beside the
title. Anything else leaves the date unknown, with a warning.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from generator.analyse import dates

# Meta keys (property, name or itemprop, lower-cased) that mean "first published".
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "parsely-pub-date",
    "sailthru.date",
)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/_.-]|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)")
# Containers whose dates belong to something else than the article.
_NOT_ARTICLE = re.compile(r"comment|related|most|popular|sidebar|widget|footer|share", re.I)
# Page furniture around the article: where render-time dates ("today is …") live.
_PAGE_CHROME = re.compile(r"header|masthead|top-?bar|top-?strip|banner|nav|menu|ticker", re.I)
_PAGE_CHROME_TAGS = ("header", "nav", "aside", "footer")
# Class tokens of an article container: "post", "post-123", "node--type-article",
# "article-body", "story"; not WordPress's <body class="single-post">.
_ARTICLE_TOKEN = re.compile(r"(?:article|post|entry|node|story)(?:[-_]\S*)?", re.I)
_DATELINE_CLASS = re.compile(r"date|time|dateline|byline|meta|posted|publish", re.I)
_MODIFIED = re.compile(r"updat|modif", re.I)
_DATELINE_MAX_CHARS = 120
EARLIEST = dt.date(1990, 1, 1)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    basis: str  # what a contributor can look for in the page to confirm it
    metadata: bool  # stated by the publisher's metadata, not read from visible text


def _iso_day(text: str | None) -> dt.date | None:
    match = _ISO_DAY.search(text or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def from_meta(tree: HtmlElement) -> Iterator[FoundDate]:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in PUBLISHED_META and (day := _iso_day(meta.get("content"))):
            yield FoundDate(day, f"meta {key}", metadata=True)


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_objects(data.get("@graph"))


def from_json_ld(tree: HtmlElement) -> Iterator[FoundDate]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the other bases still apply
        for item in _json_objects(data):
            value = item.get("datePublished")
            if isinstance(value, str) and (day := _iso_day(value)):
                yield FoundDate(day, "JSON-LD datePublished", metadata=True)


def _attrs(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _is_article(element: HtmlElement) -> bool:
    tokens = str(element.get("class", "")).split()
    return element.tag == "article" or any(_ARTICLE_TOKEN.fullmatch(t) for t in tokens)


def _ancestors(element: HtmlElement, *, self: bool = False) -> Iterator[HtmlElement]:
    """Ancestors up to, not including, <body>: a whole page is no article container."""
    chain = itertools.chain([element] if self else [], element.iterancestors())
    return itertools.takewhile(lambda e: e.tag not in ("body", "html"), chain)


def _in_article(element: HtmlElement) -> bool:
    return any(_is_article(a) for a in _ancestors(element))


def _outside_article(element: HtmlElement) -> bool:
    """In the page's header, navigation, sidebar or footer, or a comments/related block."""
    for ancestor in _ancestors(element, self=True):
        if _NOT_ARTICLE.search(_attrs(ancestor)):
            return True
        chrome = ancestor.tag in _PAGE_CHROME_TAGS or _PAGE_CHROME.search(_attrs(ancestor))
        if chrome and not _in_article(ancestor):
            return True
    return False


def from_time_elements(tree: HtmlElement) -> Iterator[FoundDate]:
    for time in tree.iter("time"):
        if _MODIFIED.search(_attrs(time)) or _outside_article(time):
            continue
        marked = time.get("itemprop") == "datePublished" or time.get("pubdate") is not None
        if (marked or _in_article(time)) and (day := _iso_day(time.get("datetime"))):
            yield FoundDate(day, "<time datetime> of the article", metadata=True)


def from_url(url: str | None) -> Iterator[FoundDate]:
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
    for pattern in (_URL_DAY, _URL_COMPACT):
        if match := pattern.search(path):
            try:
                yield FoundDate(dt.date(*map(int, match.groups())), "URL path", metadata=False)
            except ValueError:
                continue


def from_dateline(tree: HtmlElement) -> Iterator[FoundDate]:
    """A full date in a short date/byline element of the article (never the page header)."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "time"):
            continue
        if not _DATELINE_CLASS.search(_attrs(element)) or _MODIFIED.search(_attrs(element)):
            continue
        if _outside_article(element) or not _in_article(element):
            continue
        text = " ".join(element.text_content().split())
        if len(text) > _DATELINE_MAX_CHARS:
            continue
        for mention in dates.find_dates(text, None):
            if mention.granularity == "day" and not mention.relative:
                yield FoundDate(mention.date, f"visible dateline «{text}»", metadata=False)
                break


def candidates(tree: HtmlElement, url: str | None) -> list[FoundDate]:
    """Every dated piece of evidence, most trustworthy first."""
    found: list[FoundDate] = []
    for source in (from_meta(tree), from_json_ld(tree), from_time_elements(tree)):
        found += source
    found += from_url(url)
    found += from_dateline(tree)
    return found


def publication_date(
    tree: HtmlElement, url: str | None, today: dt.date
) -> tuple[FoundDate | None, list[str]]:
    """The best-founded date, and warnings about dates that were found but not used.

    A date on or after the day of the run is a render or crawl date unless the publisher's
    metadata states it (an article fetched on its publication day); a future one never is.
    """
    warnings: list[str] = []
    chosen: FoundDate | None = None
    for found in candidates(tree, url):
        too_late = found.date > today or (found.date == today and not found.metadata)
        if too_late or found.date < EARLIEST:
            warnings.append(
                f"ignored {found.date} from {found.basis}: "
                + ("on or after the day of this run (a render date?)" if too_late else "too old")
            )
        elif chosen is None:
            chosen = found
        elif found.date != chosen.date:
            warnings.append(
                f"{found.basis} gives {found.date}, not {chosen.date}: check which is right"
            )
    return chosen, warnings
