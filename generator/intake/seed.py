"""``briefing new PAGE.html`` and ``briefing new --fetch URL``: the I/O around
``page.extract_page``. The page is kept byte-identical as ``seeds/raw/<id>.html``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator import evidence, glossary, seeds
from generator.errors import BriefingError, InputError, Problem
from generator.intake import fetch, page

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def is_page(path: Path) -> bool:
    """Whether ``briefing new`` should treat the file as a saved web page."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return False
    return head.startswith((b"<!doctype html", b"<html"))


def read_page(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > page.MAX_PAGE_BYTES:  # refuse before reading 50 MB into memory
            raise InputError([Problem(path, None, page.too_large(size))])
        return path.read_bytes()
    except OSError as err:
        raise InputError([Problem(path, None, f"cannot be read: {err.strerror}")]) from None


def _evidence(found: page.PageExtract, outlet_given: bool) -> dict[str, str]:
    named = ", ".join(
        x for x in (f"site name «{found.site_name}»" if found.site_name else "",
                    f"domain {page.host_of(found.url)}" if found.url else "") if x
    )  # fmt: skip
    evidence = {
        "outlet": ("given with --outlet; " if outlet_given else "")
        + (f"the page names {named}" if named else "the page names no site"),
        "extracted": f"{found.extractor}; the saved page is in seeds/{seeds.RAW_DIR}/",
    }
    if found.published_basis:
        evidence["published"] = f"from {found.published_basis}"
    elif found.published is None:
        evidence["published"] = "the page gives no date with a basis we can name"
    if found.author:
        evidence["byline"] = found.author
    return evidence


def new_from_page(
    seeds_dir: Path,
    source: Path | str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    event: str | None = None,
    today: dt.date | None = None,
) -> tuple[Path, list[str]]:
    """Write a seed from a saved page (a Path) or a fetched one (a URL string); returns its
    path and the warnings a contributor must read.

    Raises ``InputError`` for a page that cannot be read, is too large or has no article,
    and ``BriefingError`` for a fetch that fails or a fetched page with no article; nothing
    is written then.
    """
    today = today or dt.date.today()
    data, url, charset = _page_bytes(source, url)
    found = _extract_article(seeds_dir, source, data, url, today=today, charset=charset)
    warnings = [*found.warnings, *_date_override_warnings(found, published)]
    origin = source if isinstance(source, Path) else Path(found.url or "fetched page")
    path = seeds.create_seed(
        seeds_dir,
        found.text,
        origin=origin,
        meta=_seed_meta(found, outlet=outlet, published=published, event=event),
        raw_page=data,
        evidence=_evidence(found, outlet_given=bool(outlet)),
    )
    return path, warnings


def _page_bytes(source: Path | str, url: str | None) -> tuple[bytes, str | None, str | None]:
    """The page, its address and the charset its server declared. A fetch reports where it
    ended up (after redirects), which replaces ``url``; a saved page has no server, so its
    own meta tag names the charset."""
    if isinstance(source, Path):
        return read_page(source), url, None
    fetched = fetch.fetch(source)
    return fetched.data, fetched.url, fetched.charset


def _extract_article(
    seeds_dir: Path,
    source: Path | str,
    data: bytes,
    url: str | None,
    *,
    today: dt.date,
    charset: str | None,
) -> page.PageExtract:
    """The article in the page. A saved page with no article is a bad input file (an
    InputError naming it); a fetched one is reported with its address instead."""
    try:
        found = page.extract_page(data, url, glossary.load(seeds_dir), today=today, charset=charset)
    except page.PageError as err:
        if isinstance(source, Path):
            raise InputError([Problem(source, None, str(err))]) from None
        raise BriefingError(f"{source}: {err}") from None
    return found


def _date_override_warnings(found: page.PageExtract, published: str | None) -> list[str]:
    """``--published`` wins over the page's own date, but the contributor must see that the
    two disagree."""
    if published and found.published and published != found.published.isoformat():
        return [f"--published {published} overrides {found.published} ({found.published_basis})"]
    return []


def _seed_meta(
    found: page.PageExtract, *, outlet: str | None, published: str | None, event: str | None
) -> dict[str, str | None]:
    """Front matter for the seed: the options given win over what the page says."""
    meta = {
        "outlet": outlet or found.outlet or "unknown",
        "url": found.url,
        "published": published or (found.published.isoformat() if found.published else None),
        "event": event,
        "title": found.title,
        "published_basis": "given with --published" if published else found.published_basis,
        "extractor": found.extractor,
    }
    meta.update(evidence.draft_grades(meta["outlet"] or "", found.published_basis, bool(published)))
    return meta
