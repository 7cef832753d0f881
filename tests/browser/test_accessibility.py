"""axe-core finds no serious or critical problem, in the light scheme and in the dark one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Browsing
from tests.browser.serve import EVENT_ID, SOURCE_ID

PAGES = {
    "home-en": "/",
    "event-en": f"/events/{EVENT_ID}/",
    "event-ar": f"/ar/events/{EVENT_ID}/",
    # Editor's summary, disagreements, framing table, one-source marks.
    "edited-event-en": "/events/2022-12-coalition-patrols/",
    "edited-event-ar": "/ar/events/2022-12-coalition-patrols/",
    # Finding and following: filters, latest additions, a year, an actor with quotes.
    "home-ar": "/ar/",
    "latest-en": "/latest/",
    "year-ar": "/ar/years/2019/",
    "entity-ar": "/ar/entities/aram-hanna/",
    "data-ar": "/ar/data/",
    "source-en": f"/sources/{SOURCE_ID}/",
    # The search page with its results shown (they are added by script).
    "search-en": "/search/?q=coalition",
    "search-ar": "/ar/search/?q=قسد",
}
# The reader's system asks for light or dark; the page takes the matching palette.
SCHEMES = {"light": "default", "dark": "slate"}
BLOCKING = ("serious", "critical")


def use_scheme(page: Any, name: str) -> None:
    """Have the system prefer ``name`` (light or dark), load the page again, and check
    that it took that scheme."""
    page.emulate_media(color_scheme=name)
    page.reload(wait_until="load")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme == SCHEMES[name], f"{name} system preference gave scheme {scheme}"


def describe(violations: list[dict]) -> str:
    lines = []
    for item in violations:
        lines.append(f"- {item['id']} ({item['impact']}): {item['help']} <{item['helpUrl']}>")
        for node in item["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {target}: {summary}")
            lines.append(f"       {' '.join(node['html'].split())[:200]}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(
    browsing: Browsing, axe_script: Path, name: str, scheme: str
) -> None:
    page = browsing.open(PAGES[name])
    use_scheme(page, scheme)
    if name.startswith("search"):
        page.locator(".bi-search-result mark").first.wait_for()
    page.evaluate("() => document.fonts.ready")
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [v for v in result["violations"] if v["impact"] in BLOCKING]
    assert not blocking, (
        f"axe-core on {PAGES[name]} ({scheme} scheme) found {len(blocking)} serious or "
        f"critical violation(s):\n{describe(blocking)}"
    )
    browsing.check()
