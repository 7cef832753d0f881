"""Filters on the timeline, the feed link in the footer, an actor page with quotes."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Browsing


def visible_facets(page: object, facet: str) -> list[str]:
    return page.eval_on_selector_all(  # type: ignore[attr-defined]
        "ul.bi-timeline > li",
        f"items => items.filter(i => !i.hidden && i.offsetParent !== null)"
        f".map(i => i.getAttribute('data-{facet}'))",
    )


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_filters_by_actor_and_year_show_only_matching_events(
    browsing: Browsing, prefix: str
) -> None:
    page = browsing.open(f"{prefix}/")
    total = page.locator("ul.bi-timeline > li").count()
    assert page.locator("form.bi-filters").is_visible()

    page.select_option('select[data-facet="actors"]', "aram-hanna")
    shown = visible_facets(page, "actors")
    assert shown and len(shown) < total
    assert all("aram-hanna" in value.split() for value in shown)

    page.select_option('select[data-facet="actors"]', "")
    page.select_option('select[data-facet="year"]', "2019")
    years = visible_facets(page, "year")
    assert years and set(years) == {"2019"} and len(years) < total
    assert page.locator(".bi-filter-count").inner_text().strip() == f"{len(years)} / {total}"
    browsing.check()


def test_without_javascript_the_years_give_the_same_reach(browser: object, site: object) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site.url + "/")  # type: ignore[attr-defined]
    assert not page.locator("form.bi-filters").is_visible()
    page.locator('.bi-years a:has-text("2021")').click()
    # the URL changes when navigation commits; count the list once the page has loaded
    page.wait_for_url("**/years/2021/", wait_until="load")
    assert page.locator("article li").count() == 1
    context.close()


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_the_footer_links_the_feeds_of_the_page_language(browsing: Browsing, prefix: str) -> None:
    page = browsing.open(f"{prefix}/events/000-c686a2356659b105/")
    heads = page.eval_on_selector_all(
        'link[rel="alternate"][type="application/atom+xml"]', "links => links.map(l => l.href)"
    )
    assert heads == [browsing.url(f"{prefix}/feed.xml"), browsing.url(f"{prefix}/additions.xml")]
    link = page.locator(".bi-feeds a").first
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok and b'<feed xmlns="http://www.w3.org/2005/Atom"' in response.body()
    browsing.check()


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_an_actor_page_shows_what_they_said(browsing: Browsing, prefix: str) -> None:
    page = browsing.open(f"{prefix}/entities/aram-hanna/")
    quotes = page.locator("figure.bi-quote")
    assert quotes.count() >= 1
    assert quotes.first.locator("a.bi-cite").count() == 1
    browsing.check()
