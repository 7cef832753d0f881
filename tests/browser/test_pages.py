"""Every kind of page loads cleanly in both languages, in the right direction."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Browsing, Site
from tests.browser.serve import EVENT_ID, SOURCE_ID

KINDS = ("home", "event", "source", "entity")
LANGS = ("en", "ar")


@pytest.fixture(scope="module")
def entity_id(site: Site) -> str:
    """One entity that has a page (the first, alphabetically)."""
    found = sorted(p.name for p in (site.dir / "entities").iterdir() if p.is_dir())
    assert found, "the build produced no entity pages"
    return found[0]


def page_path(kind: str, lang: str, entity_id: str) -> str:
    prefix = "/ar" if lang == "ar" else ""
    return (
        prefix
        + {
            "home": "/",
            "event": f"/events/{EVENT_ID}/",
            "source": f"/sources/{SOURCE_ID}/",
            "entity": f"/entities/{entity_id}/",
        }[kind]
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_page_loads_without_errors_or_outside_requests(
    browsing: Browsing, kind: str, lang: str, entity_id: str
) -> None:
    page = browsing.open(page_path(kind, lang, entity_id))
    page.wait_for_load_state("networkidle")
    assert page.locator("article.md-content__inner h1").count() == 1
    browsing.check()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_page_language_and_direction(
    browsing: Browsing, kind: str, lang: str, entity_id: str
) -> None:
    page = browsing.open(page_path(kind, lang, entity_id))
    expected = "rtl" if lang == "ar" else "ltr"
    assert page.locator("html").get_attribute("lang") == lang
    declared = page.evaluate("() => document.body.dir || document.documentElement.dir || 'ltr'")
    assert declared == expected
    direction = page.locator("article.md-content__inner").evaluate(
        "element => getComputedStyle(element).direction"
    )
    assert direction == expected
    browsing.check()
