"""Search index (generator/search.py): which pages and which text Pagefind indexes, the
header's search box, and a build that fails when the index cannot be built."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator import build, search
from generator.build import Project
from generator.errors import BriefingError
from tests import sitecheck

ARTICLE = '<article class="md-content__inner md-typeset">'
PAGE = f'<html lang="en"><header class="md-header"><nav>…</nav>\n</header>{ARTICLE}x</article>'


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("events/2022-12-coalition-patrols/", "event"),
        ("ar/sources/004-334fa7ff5cf8f53b/", "source"),
        ("entities/mazloum-abdi/", "entity"),
        ("ar/data/", "data"),
        ("", None),  # the timeline
        ("ar/", None),
        ("sources/", None),  # the list of sources
        ("entities/", None),
        ("years/2019/", None),
        ("latest/", None),
        ("search/", None),
        ("404.html", None),
    ],
)
def test_only_content_pages_are_indexed(url: str, kind: str | None) -> None:
    assert search.page_kind(url) == kind
    marked = search.mark_content(PAGE, url, "en")
    assert ("data-pagefind-body" in marked) == (kind is not None)
    if kind:
        assert f'data-pagefind-meta="kind:{kind}"' in marked
        assert 'data-bi-lang="en"' in marked


def test_the_header_box_sends_its_query_to_the_search_page() -> None:
    page = search.header_form(PAGE, "../../ar/", "ابحث", "بحث")
    form = re.search(r'<form class="bi-header-search"[^>]*>', page)
    assert form and 'action="../../ar/search/"' in form.group(0)
    assert 'role="search"' in form.group(0)
    assert page.index("bi-header-search") < page.index("</nav>") < page.index("</header>")
    assert '<label class="bi-visually-hidden" for="bi-header-query">ابحث</label>' in page


def test_each_language_is_indexed_from_its_own_text() -> None:
    """The selectors leave out the other language, per site; a page names its language."""
    assert '[data-bi-lang="en"] [lang="ar"]' in search.EXCLUDE_SELECTORS
    assert '[data-bi-lang="ar"] [lang="en"]' in search.EXCLUDE_SELECTORS
    assert 'data-bi-lang="ar"' in search.mark_content(PAGE, "ar/events/x/", "ar")


def test_a_failed_index_fails_the_build_and_keeps_the_site(
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: no space left' >&2\nexit 1\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(failing))
    project.site_dir.mkdir()
    (project.site_dir / "index.html").write_text("previous site", encoding="utf-8")
    build.generate(project)
    with pytest.raises(BriefingError, match="site/ was left as it was"):
        build.publish(project)
    # MkDocs logs the plugin's error (the CLI shows it) before it gives up.
    assert "Pagefind could not index" in caplog.text and "no space left" in caplog.text
    assert (project.site_dir / "index.html").read_text(encoding="utf-8") == "previous site"
    assert not list(project.root.glob(f"{build.STAGING_PREFIX}*"))


def test_a_missing_binary_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(BriefingError, match=r"pip install -c constraints.txt -e \."):
        search.index_site(tmp_path)


def indexed_pages(site: Path, lang: str) -> int:
    pages = site.rglob("*.html")
    return sum(
        1
        for page in pages
        if (page.relative_to(site).parts[0] == "ar") == (lang == "ar")
        and "data-pagefind-body" in page.read_text(encoding="utf-8")
    )


def check_bundle(site: Path) -> None:
    """Both languages indexed, each from its own pages, the script beside the index."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["ar", "en"]
    for lang in ("ar", "en"):
        assert entry["languages"][lang]["page_count"] == indexed_pages(site, lang) > 0
        assert (site / "pagefind" / f"wasm.{lang}.pagefind").is_file()
    assert (site / "pagefind" / "pagefind.js").is_file()
    # The search page loads Pagefind from the site, by a path that resolves.
    for page in ("search/index.html", "ar/search/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        bundle = re.search(r'data-bundle="([^"]+)"', html)
        assert bundle and ((site / page).parent / bundle.group(1)).resolve().is_file()
    assert sitecheck.parse(site / "search" / "index.html").html_attrs["lang"] == "en"
