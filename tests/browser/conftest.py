"""Browser fixtures: the site built once, served on loopback, one Chromium for the session.

Each test gets a fresh browser context (no shared localStorage or cache) whose pages are
watched: every test ends with ``browsing.check()``, which fails on console errors (a 404
included), uncaught errors and requests to outside hosts. Outside requests are also
aborted, so a stray CDN link cannot hang a test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser import serve


@dataclass(frozen=True)
class Site:
    dir: Path
    url: str


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The real seeds built once into a temporary project copy and served at the root."""
    site_dir = serve.build_site(tmp_path_factory.mktemp("browser"))
    with serve.serve(site_dir) as url:
        yield Site(site_dir, url)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    problem = serve.chromium_problem()
    if problem:
        pytest.fail(problem, pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright for Python is missing: `pip install -e '.[test]'` (or "
            "`pip install playwright==1.65.2`); it drives /usr/bin/chromium, so never run "
            "`playwright install`",
            pytrace=False,
        )

    with sync_playwright() as playwright:
        chromium = serve.launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    problem = serve.axe_problem()
    if problem:
        pytest.fail(problem, pytrace=False)
    return serve.AXE


class Browsing:
    """A watched browser context: ``open`` a site path, then ``check`` nothing went wrong."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(10_000)
        self.seen = serve.watch(self.context)
        self.page = self.context.new_page()

    def url(self, path: str) -> str:
        return self.base + path

    def open(self, path: str) -> Any:
        response = self.page.goto(self.url(path), wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        return self.page

    def path(self) -> str:
        """The current page's URL without the server part."""
        url = self.page.url
        assert url.startswith(self.base), url
        return url[len(self.base) :]

    def check(self) -> None:
        problems = self.seen.problems()
        assert not problems, "the page misbehaved:\n" + "\n".join(problems)


@pytest.fixture
def browsing(browser: Any, site: Site) -> Iterator[Browsing]:
    session = Browsing(browser, site.url)
    try:
        yield session
    finally:
        session.context.close()
