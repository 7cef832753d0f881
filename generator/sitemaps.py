"""The site's sitemap, written by the briefing plugin instead of the theme (issue 14).

static-i18n's sitemap template lists every language's pages with their alternates,
once the last language's build has made its pages; each language's build rendered it
again, and the last one's won. At 5,000 articles the template took 0.27 s of the last
build, and tidying its output (no build date, which would make builds of the same
input differ, no changefreq, one tag per line) 0.17 s more. So the theme renders none
(``take_over``), and the last language's build writes the tidy text directly from
static-i18n's record of each language's pages (``write``), with the same URLs the
template gives: a page's canonical URL (escaped), else the site URL and the page's URL.

Past ``MAX_URLS`` URLs the sitemap is split into sitemap-1.xml, sitemap-2.xml, ... under
a sitemap index at sitemap.xml; each is written with a gzipped copy, and the top ones are
copied into ``COPIED_INTO`` (Material's script reads a sitemap.xml beside every feed a
page's head names: ar/feed.xml's is ar/sitemap.xml).
"""

from __future__ import annotations

import gzip
import html
import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import escape

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File

SITEMAP = "sitemap.xml"  # the theme's template, and the file written
MAX_URLS = 50_000  # the sitemaps protocol's limit per file
COPIED_INTO = ("ar",)
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
_URLSET = (
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">'
)
_INDEX = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def take_over(config: MkDocsConfig) -> None:
    """The theme renders no sitemap: ``write`` makes it (and the template, no longer one
    MkDocs renders, is left out of the theme's files: ``taken_over``)."""
    config.theme.static_templates.discard(SITEMAP)


def taken_over(config: MkDocsConfig) -> bool:
    """MkDocs gives every theme a sitemap template: without it, ``take_over`` took it."""
    return SITEMAP not in config.theme.static_templates


def write(site_dir: str, site_url: str, pages: Mapping[str, Sequence[File]]) -> None:
    """The sitemap of ``pages`` (static-i18n's pages per language, in build order), in
    ``site_dir`` and the folders of ``COPIED_INTO`` there."""
    entries = list(_entries(pages, site_url))
    site = Path(site_dir)
    max_urls = MAX_URLS
    if len(entries) <= max_urls:
        files = {SITEMAP: _urlset(entries)}
    else:
        parts = [entries[start : start + max_urls] for start in range(0, len(entries), max_urls)]
        files = {f"sitemap-{n}.xml": _urlset(part) for n, part in enumerate(parts, 1)}
        files[SITEMAP] = _index(site_url, list(files))
    for name, text in files.items():
        (site / name).write_text(text, encoding="utf-8")
    top = (site / SITEMAP).read_bytes()
    (site / f"{SITEMAP}.gz").write_bytes(gzip.compress(top, mtime=0))
    for folder in (site / name for name in COPIED_INTO):
        if folder.is_dir():
            for name in (SITEMAP, f"{SITEMAP}.gz"):
                shutil.copyfile(site / name, folder / name)


def _entries(pages: Mapping[str, Sequence[File]], site_url: str) -> Iterator[list[str]]:
    """Each page's lines: its URL and its alternates', as static-i18n's template has them."""
    for files in pages.values():
        for file in files:
            page: Any = file.page
            if page is None or getattr(page, "is_link", False):
                continue
            lines = ["<url>", f"<loc>{_href(file, site_url)}</loc>"]
            for locale, other in (getattr(file, "alternates", None) or {}).items():
                href = _href(other, site_url, home=True)
                lines.append(f'<xhtml:link rel="alternate" hreflang="{locale}" href="{href}"/>')
            lines.append("</url>")
            yield lines


def _href(file: File, site_url: str, *, home: bool = False) -> str:
    """The page's canonical or absolute URL, escaped; else the site URL and its URL
    (``home``: the site URL alone for the home page, as the template has alternates)."""
    page: Any = file.page
    found = page and (getattr(page, "canonical_url", None) or getattr(page, "abs_url", None))
    if found:
        return str(escape(found))
    if home and file.url == "./":
        return site_url
    return site_url + file.url


def _urlset(entries: Sequence[list[str]]) -> str:
    lines = [_DECLARATION, _URLSET]
    for entry in entries:
        lines += entry
    lines.append("</urlset>")
    return "\n".join(lines)


def _index(site_url: str, names: Sequence[str]) -> str:
    base = site_url if site_url.endswith("/") else f"{site_url}/"
    lines = [_DECLARATION, _INDEX]
    for name in names:
        lines += ["<sitemap>", f"<loc>{html.escape(base + name)}</loc>", "</sitemap>"]
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"
