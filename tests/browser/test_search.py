"""Search: the header box on every page, the search page, Pagefind's per-language index.

Every test ends with ``browsing.check()``: no console error, and no request to another host
(the index and Pagefind's script come from the site itself).
"""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import Browsing

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
