"""From the bytes of a news page to a seed's text and front matter. No I/O here.

trafilatura extracts the main text (chrome, share widgets, related and most-read lists and
comments dropped), the title without the site name, the site name, the canonical URL and
the byline. The publication date comes from ``pagedates`` with its basis, never from
htmldate's free-text search (see there). The outlet is the glossary outlet whose name or
web domain the page names; otherwise it stays unknown, with a warning saying what was found.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from urllib.parse import urlparse

import lxml.html
import trafilatura
from lxml.etree import ParserError

from generator import arabic
from generator.glossary import Entry
from generator.intake import pagedates

MAX_PAGE_BYTES = 10 * 1024 * 1024  # a news article page is rarely above 2 MB
MIN_WORDS = 15  # less is a menu or a teaser, not an article
EXTRACTOR = f"trafilatura {version('trafilatura')}"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I)
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " « ", " » ")


class PageError(ValueError):
    """The page cannot become a seed; the message says why and what to do instead."""


@dataclass(frozen=True)
class PageExtract:
    text: str  # the seed body: extracted paragraphs, separated by blank lines
    title: str | None
    site_name: str | None
    outlet: str | None  # glossary id, or None when not established
    url: str | None  # canonical address, else the one given or fetched
    published: dt.date | None
    published_basis: str | None
    author: str | None
    extractor: str
    warnings: tuple[str, ...]


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Text of the page: the declared charset, else UTF-8; undecodable bytes replaced."""
    if data.startswith(codecs.BOM_UTF8):
        declared = "utf-8-sig"
    elif declared is None and (match := _CHARSET.search(data[:4096])):
        declared = match.group(1).decode("ascii", "replace")
    names: list[str] = []
    for name in (declared, "utf-8"):
        try:
            if name and codecs.lookup(name).name not in names:
                names.append(codecs.lookup(name).name)
        except LookupError:
            continue  # an unknown charset name in the page: fall back to UTF-8
    for name in names:
        try:
            return data.decode(name), []
        except UnicodeDecodeError:
            continue
    text = data.decode(names[0], errors="replace")
    bad = text.count("\ufffd")
    return text, [
        f"the page is not valid {names[0]}: {bad} undecodable characters were replaced "
        "by U+FFFD; compare the seed with the saved page"
    ]


def too_large(size: int) -> str:
    return (
        f"is {size / 2**20:.0f} MB; pages over {MAX_PAGE_BYTES // 2**20} MB are refused: "
        "save only the article page, or its text as .txt"
    )


def _check_bytes(data: bytes) -> None:
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(too_large(len(data)))
    if not _HTML_SNIFF.search(data[:8192]):
        raise PageError(
            "does not look like an HTML page; for plain text use "
            "`briefing new RAW.txt --outlet NAME`"
        )


def _parse(text: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as err:
        raise PageError(f"cannot be read as HTML ({err})") from None


def _meta_refresh(tree: lxml.html.HtmlElement) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            match = _REFRESH.search(meta.get("content") or "")
            return match.group(1).strip() if match else ""
    return None


def _key(name: str) -> str:
    return arabic.fold(name).casefold().strip()


def host_of(url: str | None) -> str | None:
    host = urlparse(url or "").hostname
    return host.removeprefix("www.") if host else None


def match_outlet(
    site_name: str | None, host: str | None, outlets: Mapping[str, Entry]
) -> str | None:
    """The glossary outlet named by the site name or owning the domain, if exactly one."""
    matches: set[str] = set()
    for entry in outlets.values():
        if entry.type != "outlet":
            continue
        names = [entry.id, *entry.name.values(), *entry.ar_forms]
        names += [*(entry.display or {}).values(), *(entry.short or {}).values()]
        if site_name and _key(site_name) in {_key(n) for n in names}:
            matches.add(entry.body)
        if host and any(host == d or host.endswith(f".{d}") for d in entry.domains):
            matches.add(entry.body)
    return matches.pop() if len(matches) == 1 else None


def clean_title(title: str | None, site_name: str | None) -> str | None:
    """The headline without a site name the page template appended or prefixed."""
    if not title:
        return None
    title = " ".join(title.split())
    if site_name:
        for sep in _TITLE_SEPARATORS:
            title = title.removesuffix(f"{sep}{site_name}").removeprefix(f"{site_name}{sep}")
    return title or None


def _body(text: str) -> str:
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def _outlet_warning(site_name: str | None, host: str | None) -> str:
    found = ", ".join(
        part for part in (f"site name «{site_name}»" if site_name else "", host or "") if part
    )
    return (
        f"outlet unknown: the page names {found or 'no site name and no domain'}, which "
        "matches no single outlet in seeds/glossary.yaml; add the outlet (with `domains`) "
        "or pass --outlet"
    )


def _strip_active(tree: lxml.html.HtmlElement) -> None:
    """Script, style and <noscript> content is never article text (trafilatura keeps
    <noscript>); JSON-LD stays for the metadata."""
    for element in tree.xpath("//script|//noscript|//style|//template|//iframe|//object"):
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue
        element.drop_tree()


def _trafilatura(
    tree: lxml.html.HtmlElement, url: str | None, today: dt.date
) -> trafilatura.settings.Document:
    # htmldate runs inside trafilatura whatever we ask; keep it to markup and dates
    # before today. Its answer is only ever reported, never used (see pagedates).
    params = {
        "extensive_search": False,
        "original_date": True,
        "max_date": (today - dt.timedelta(days=1)).isoformat(),
    }
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=params,
    )
    words = len((doc.text or "").split()) if isinstance(doc, trafilatura.settings.Document) else 0
    if not isinstance(doc, trafilatura.settings.Document) or words < MIN_WORDS:
        raise PageError(
            "has no article text that could be extracted (an index page, or one that needs "
            "JavaScript?); save the article text as .txt and use `briefing new RAW.txt`"
        )
    return doc


def _date_warnings(found: pagedates.FoundDate | None, htmldate_says: str | None) -> list[str]:
    if found is not None:
        return []
    hint = (
        f"; htmldate suggests {htmldate_says} from page text we cannot attribute (often a "
        "render or crawl date): not used"
        if htmldate_says
        else ""
    )
    return [
        "publication date unknown: no publication meta tag, JSON-LD, article <time>, URL "
        f"date or dateline{hint}; pass --published only with evidence"
    ]


def extract_page(
    data: bytes,
    url: str | None,
    outlets: Mapping[str, Entry],
    today: dt.date,
    charset: str | None = None,
) -> PageExtract:
    """Text and front matter from a page; raises PageError when it cannot be a seed."""
    _check_bytes(data)
    text, warnings = decode(data, charset)
    tree = _parse(text)
    refresh = _meta_refresh(tree)
    stripped = copy.deepcopy(tree)  # trafilatura prunes the tree it is given
    _strip_active(stripped)
    try:
        doc = _trafilatura(stripped, url, today)
    except PageError as err:
        if refresh is not None:
            target = refresh or "another page"
            raise PageError(f"only redirects to {target}: save that page instead") from err
        raise
    if refresh is not None:
        warnings.append(f"the page asks to be refreshed to {refresh or 'itself'}; not followed")
    page_url = doc.url if urlparse(doc.url or "").scheme in ("http", "https") else url
    if url and page_url and page_url.rstrip("/") != url.rstrip("/"):
        warnings.append(f"the page's canonical address {page_url} is used, not {url}")
    found, date_warnings = pagedates.publication_date(tree, page_url or url, today)
    warnings += date_warnings + _date_warnings(found, doc.date)
    site_name = " ".join(doc.sitename.split()) if doc.sitename else None
    outlet = match_outlet(site_name, host_of(page_url), outlets)
    if outlet is None:
        warnings.append(_outlet_warning(site_name, host_of(page_url)))
    return PageExtract(
        text=_body(doc.text or ""),
        title=clean_title(doc.title, site_name),
        site_name=site_name,
        outlet=outlet,
        url=page_url,
        published=found.date if found else None,
        published_basis=found.basis if found else None,
        author=doc.author,
        extractor=EXTRACTOR,
        warnings=tuple(warnings),
    )
