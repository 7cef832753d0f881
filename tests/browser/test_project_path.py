"""The site published under a project path, as GitHub Pages serves a project site
(https://<owner>.github.io/<repo>/): every link and language switch stays inside it."""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from tests.browser import serve

PREFIX = "/briefings/"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value and tag not in ("html",):
                self.found.append(value)


@pytest.fixture(scope="module")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The founding site built for SITE_URL .../briefings/ and served only there."""
    workdir = tmp_path_factory.mktemp("project-path")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_URL", f"http://127.0.0.1{PREFIX}")
        site = serve.build_site(workdir)
    www = workdir / "www"
    shutil.copytree(site, www / PREFIX.strip("/"))
    with serve.serve(www) as url:
        yield url


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as err:
        return err.code, b"", ""


def test_every_link_resolves_inside_the_project_path(project_site: str) -> None:
    host = urlsplit(project_site).netloc
    todo, seen, broken, outside = (
        [f"{project_site}{PREFIX}", f"{project_site}{PREFIX}ar/"],
        set(),
        [],
        [],
    )
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        status, body, kind = _get(url)
        if status != 200:
            broken.append(url)
            continue
        if kind != "text/html":
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.found:
            target, _ = urldefrag(urljoin(url, link))
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if not parts.path.startswith(PREFIX):
                outside.append(f"{url} -> {link}")
            elif target not in seen:
                todo.append(target)
    assert len(seen) > 100
    assert (broken, outside) == ([], [])


def test_the_sitemap_and_404_page_use_the_project_path(project_site: str) -> None:
    _, sitemap, _ = _get(f"{project_site}{PREFIX}sitemap.xml")
    locs = re.findall(rb"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith(f"http://127.0.0.1{PREFIX}".encode()) for loc in locs)
    _, page, _ = _get(f"{project_site}{PREFIX}404.html")
    hrefs = re.findall(rb'href="(/[^"]*)"', page)
    assert hrefs and all(h.startswith(PREFIX.encode()) for h in hrefs)


@pytest.mark.parametrize(("start", "lang", "expected"), [("", "ar", "ar/"), ("ar/", "en", "")])
def test_the_language_switch_stays_inside_the_project_path(
    browser: Any, project_site: str, start: str, lang: str, expected: str
) -> None:
    context = browser.new_context()
    try:
        seen = serve.watch(context)
        page = context.new_page()
        event = "events/000-c686a2356659b105/"
        page.goto(f"{project_site}{PREFIX}{start}{event}")
        page.locator(".md-header .md-select button").hover()
        with page.expect_navigation():
            page.locator(f'.md-header .md-select a.md-select__link[hreflang="{lang}"]').click()
        assert urlsplit(page.url).path == f"{PREFIX}{expected}{event}"
        assert page.locator("html").get_attribute("lang") == lang
        assert seen.problems() == []
    finally:
        context.close()
