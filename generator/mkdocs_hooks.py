"""MkDocs hooks: plain `mkdocs build` / `mkdocs serve` regenerate site_src/ from seeds/.

mkdocs.yml lists this file under `hooks:` and `seeds/`, `templates/` under `watch:`, so
editing a seed reloads `mkdocs serve`. The writer only touches files whose bytes change,
so the regenerated site_src/ does not trigger another rebuild.
"""

from __future__ import annotations

import functools
import gzip
import html
import logging
import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from generator import argos_engine, build, render
from generator.errors import BriefingError

log = logging.getLogger("mkdocs.hooks.briefing")


def on_pre_build(config: MkDocsConfig) -> None:
    # static-i18n runs this once per language; regenerating twice is cheap and idempotent.
    root = Path(config.config_file_path).parent.resolve()
    docs_dir = Path(config.docs_dir).resolve()
    if not docs_dir.is_relative_to(root) or docs_dir == root:
        raise PluginError(
            f"docs_dir {config.docs_dir} is not a folder inside the project: the generated "
            "pages replace everything in it. Set docs_dir: site_src in mkdocs.yml."
        )
    project = build.Project(root=root, docs_dirname=docs_dir.relative_to(root).as_posix())
    if build.is_prepared(project.site_src):
        return  # `briefing build` generated it already, with its own options
    try:
        with build.exclusive(project):
            engine = argos_engine.load_engine(project.seeds_dir)
            summary = build.generate(project, engine=engine)
    except BriefingError as err:
        raise PluginError(str(err)) from None
    if summary.written or summary.removed:
        log.info(
            "briefing: %d articles, %d events, %d sentences, %d pending; %d files updated",
            summary.articles,
            summary.events,
            summary.sentences,
            summary.pending,
            len(summary.written) + len(summary.removed),
        )
    for message in (*summary.warnings, *summary.notes):
        log.info("briefing: %s", message)


# Material's script fetches a sitemap.xml beside each hreflang <link> in the head; with
# static-i18n's per-page alternates those files do not exist (404s in the console). The
# language menu in the header does not need them.
_HREFLANG_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = _HREFLANG_LINK.sub("", output)
    # The search dialog has no accessible name (axe: aria-dialog-name).
    lang = "ar" if '<html lang="ar"' in output else "en"
    label = "بحث" if lang == "ar" else "Search"
    output = output.replace(_SEARCH_DIALOG, f'{_SEARCH_DIALOG[:-1]} aria-label="{label}">')
    return _advertise_feeds(output, page.url, lang, Path(config.config_file_path).parent)


_COPYRIGHT = '<div class="md-copyright">'


@functools.lru_cache(maxsize=4)
def _strings(templates_dir: Path) -> dict[str, render.Strings]:
    return render.load_strings(templates_dir)


def _advertise_feeds(output: str, url: str, lang: str, root: Path) -> str:
    """Every page's head names the feeds of its language, and its footer links them."""
    t = _strings(root / "templates")[lang]
    # From this page's folder to the site root, then to the language's feeds.
    base = "../" * url.count("/") + ("ar/" if lang == "ar" else "")
    feeds = ((f"{base}feed.xml", t.events_feed), (f"{base}additions.xml", t.latest_feed))
    links = "".join(
        f'<link rel="alternate" type="application/atom+xml" href="{href}" '
        f'title="{html.escape(title)}">'
        for href, title in feeds
    )
    footer = " · ".join(
        f'<a href="{href}" type="application/atom+xml">{html.escape(title)}</a>'
        for href, title in feeds
    )
    output = output.replace("</head>", f"{links}</head>", 1)
    return output.replace(
        _COPYRIGHT, f'{_COPYRIGHT}<p class="bi-feeds">{html.escape(t.feeds)}: {footer}</p>', 1
    )


_LASTMOD = re.compile(r"\s*<lastmod>[^<]*</lastmod>")


def on_post_build(config: MkDocsConfig) -> None:
    """sitemap.xml without the build date, so builds of the same input are identical; and
    a copy in ar/, which Material's script looks for beside ar/feed.xml (it reads a
    sitemap.xml next to every rel="alternate" link in the head)."""
    site = Path(config.site_dir)
    arabic = site / "ar"
    if (site / "sitemap.xml").is_file() and arabic.is_dir():
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site / name).is_file():
                shutil.copyfile(site / name, arabic / name)
    for sitemap in site.rglob("sitemap.xml"):
        text = _LASTMOD.sub("", sitemap.read_text(encoding="utf-8"))
        sitemap.write_text(text, encoding="utf-8")
        packed = sitemap.with_name("sitemap.xml.gz")
        if packed.exists():
            packed.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
