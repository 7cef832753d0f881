"""Search: the header box on every page, the search page, Pagefind's per-language index.

Every test ends with ``browsing.check()``: no console error, and no request to another host
(the index and Pagefind's script come from the site itself).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from generator import search
from tests.browser import serve
from tests.browser.conftest import Browsing, Site

MAX_TABS = 40  # key presses allowed to reach the header's search box from the page top


def header_search(browsing: Browsing, query: str) -> Any:
    """Type ``query`` in the header's search box and press Enter; the search page."""
    page = browsing.page
    box = page.locator("#bi-header-query")
    box.fill(query)
    with page.expect_navigation():
        box.press("Enter")
    return page


def results(page: Any) -> list[str]:
    """The absolute links of the results shown, once the search has answered."""
    page.wait_for_function(
        """() => {
            const said = document.getElementById("bi-search-status").textContent;
            return said && said !== document.getElementById("bi-search").dataset.loading;
        }"""
    )
    return page.locator(".bi-search-result > a").evaluate_all("links => links.map(a => a.href)")


def test_arabic_search_finds_arabic_pages(browsing: Browsing) -> None:
    browsing.open("/ar/")
    page = header_search(browsing, "قسد")
    assert browsing.path().startswith("/ar/search/?q=")
    links = results(page)
    assert links, "no result for قسد on the Arabic site"
    assert all(link.startswith(browsing.url("/ar/")) for link in links), links
    assert page.locator(".bi-search-result mark").count() > 0  # matched words are marked
    browsing.check()


def test_english_search_finds_english_pages(browsing: Browsing) -> None:
    browsing.open("/")
    page = header_search(browsing, "patrols")
    links = results(page)
    assert links, "no result for 'patrols' on the English site"
    assert not [link for link in links if link.startswith(browsing.url("/ar/"))], links
    assert browsing.url("/events/2022-12-coalition-patrols/") in links
    browsing.check()


def test_each_site_indexes_only_its_own_language(browsing: Browsing) -> None:
    """The English pages show the Arabic beside the English, and the Arabic pages the
    English: neither goes into the other language's index."""
    page = browsing.open("/search/?q=قسد")
    assert results(page) == []
    assert page.locator("#bi-search-status").text_content() == "No results"
    page = browsing.open("/ar/search/?q=patrols")
    assert results(page) == []
    assert page.locator("#bi-search-status").text_content() == "لا نتائج"
    browsing.check()


def test_search_by_keyboard_alone(browsing: Browsing) -> None:
    page = browsing.open("/")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "bi-header-query":
            break
    else:
        raise AssertionError(f"the header's search box is not reached in {MAX_TABS} tabs")
    page.keyboard.type("coalition")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The search page puts the cursor in its own box and says how many results it found.
    assert page.evaluate("() => document.activeElement.id") == "bi-search-query"
    assert len(results(page)) == 10  # the first ten of more
    status = page.locator("#bi-search-status")
    assert status.get_attribute("role") == "status"
    count = int((status.text_content() or "").split()[0])
    assert count > 10, status.text_content()
    assert not page.locator("#bi-search-older").is_visible()  # one period: nothing older

    # "More results" shows the next ones and takes the focus to the first of them.
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "bi-search-more":
            break
    else:
        raise AssertionError("the More results button is not reached by Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("n => document.querySelectorAll('.bi-search-result').length > n", arg=10)
    focused = page.evaluate("() => document.activeElement.href")
    assert focused == page.locator(".bi-search-result > a").nth(10).evaluate("a => a.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert browsing.page.url == focused
    browsing.check()


def test_on_a_phone_the_search_button_opens_the_search_page(browsing: Browsing) -> None:
    page = browsing.page
    page.set_viewport_size({"width": 390, "height": 800})
    browsing.open("/ar/events/2022-12-coalition-patrols/")
    assert not page.locator("#bi-header-query").is_visible()
    with page.expect_navigation():
        page.locator(".bi-header-search button").click()
    assert browsing.path().startswith("/ar/search/")
    assert page.evaluate("() => document.activeElement.id") == "bi-search-query"
    browsing.check()


@pytest.fixture(scope="module")
def periods_site(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site re-indexed in two periods: the 2022 event with its sources (and the
    undated pages), then the older pages; served at a root of its own."""
    copy = tmp_path_factory.mktemp("periods") / "site"
    shutil.copytree(site.dir, copy, copy_function=os.link)
    (page_list,) = search.read_plan(site.dir.parent / "site_src" / search.PLAN_FILE) or []
    newest = [url for url in page_list.pages if NEWEST_URL in url or "sources/002" in url]
    newest += [url for url in page_list.pages if url.startswith(("entities/", "data/"))]
    older = [url for url in page_list.pages if url not in newest]
    labels = {"en": ("1 January 2022", "3 December 2022"), "ar": ("١", "٢")}
    periods = [
        search.Period("2022-01-01", "2022-12-03", tuple(newest), labels),
        search.Period(
            "2019-11-06", "2021-08-01", tuple(older), {"en": OLDER_DAYS, "ar": OLDER_DAYS}
        ),
    ]
    plan = copy.parent / search.PLAN_FILE
    plan.write_text(search.plan_file(periods), encoding="utf-8")
    search.index_site(copy, plan)
    with serve.serve(copy) as url:
        yield url


NEWEST_URL = "events/2022-12-coalition-patrols/"
OLDER_DAYS = ("6 November 2019", "1 August 2021")


def test_older_periods_are_searched_on_request(browser: Any, periods_site: str) -> None:
    """The newest period first, its dates said with the count; "Search older pages" (by
    keyboard) adds the next period's results and takes the focus to the first of them."""
    browsing = Browsing(browser, periods_site)
    try:
        page = browsing.open("/search/?q=SDF")
        first = results(page)
        assert first and all("/ar/" not in link for link in first), first
        status = page.locator("#bi-search-status").text_content() or ""
        assert "1 January 2022 – 3 December 2022" in status, status
        older = page.locator("#bi-search-older")
        assert older.is_visible() and older.text_content() == (
            "Search older pages: 6 November 2019 – 1 August 2021"
        )
        assert browsing.url("/events/000-c686a2356659b105/") not in first  # 2019: older
        while len(first) < int(status.split()[0]):  # the newest period's results, all shown
            page.locator("#bi-search-more").click()
            page.wait_for_function(
                "n => document.querySelectorAll('.bi-search-result').length > n", arg=len(first)
            )
            first = page.locator(".bi-search-result > a").evaluate_all("a => a.map(x => x.href)")
        older.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(
            "n => document.querySelectorAll('.bi-search-result').length > n", arg=len(first)
        )
        links = page.locator(".bi-search-result > a").evaluate_all("a => a.map(x => x.href)")
        assert links[: len(first)] == first  # added after the newest period's results
        assert browsing.url("/events/000-c686a2356659b105/") in links[len(first) :]
        assert page.evaluate("() => document.activeElement.href") == links[len(first)]
        status = page.locator("#bi-search-status").text_content() or ""
        assert "6 November 2019 – 3 December 2022" in status, status
        assert not older.is_visible()  # no period older than that
        assert not page.locator("#bi-search-more").is_visible()  # every result shown
        browsing.check()
    finally:
        browsing.context.close()
