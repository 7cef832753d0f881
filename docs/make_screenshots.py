"""Screenshots of the site for the README, taken with Debian's Chromium through Playwright.

    python docs/make_screenshots.py            # writes docs/screenshots/*.png

The site is built from the current seeds into a temporary copy of the project (the working
tree's site/ is not touched) and served on 127.0.0.1; requests to any other host are refused.
Needs `apt-get install -y chromium` and `pip install playwright==1.65.2` (never
`playwright install`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.browser import serve  # noqa: E402 (needs the repository on sys.path)


@dataclass(frozen=True)
class Shot:
    name: str
    path: str
    width: int
    height: int
    mobile: bool = False
    select: tuple[tuple[str, str], ...] = ()  # (facet, value) filters chosen before the shot


SHOTS = (
    Shot("home", "/", 1280, 900),
    Shot("event-en", f"/events/{serve.EVENT_ID}/", 1280, 1600),
    Shot("event-ar", f"/ar/events/{serve.EVENT_ID}/", 1280, 1600),
    Shot("source-en", f"/sources/{serve.SOURCE_ID}/", 1280, 1400),
    # The analyst layer: editor's summary, "Reports disagree", the framing table.
    Shot("edited-event-en", "/events/2022-12-coalition-patrols/", 1280, 4600),
    Shot("edited-event-ar", "/ar/events/2022-12-coalition-patrols/", 1280, 4600),
    # Finding and following: the timeline filtered by an actor, an actor page with quotes.
    Shot("filtered-en", "/", 1280, 900, select=(("actors", "aram-hanna"),)),
    Shot("filtered-ar", "/ar/", 1280, 900, select=(("year", "2019"),)),
    Shot("actor-en", "/entities/aram-hanna/", 1280, 1500),
    Shot("actor-ar", "/ar/entities/aram-hanna/", 1280, 1500),
    Shot("phone-source-ar", f"/ar/sources/{serve.SOURCE_ID}/", 390, 844, mobile=True),
)


def take(browser: Any, base: str, shot: Shot, out: Path, scheme: str) -> list[str]:
    """Write one PNG; return what went wrong on the page (console errors and the like)."""
    context = browser.new_context(
        viewport={"width": shot.width, "height": shot.height},
        is_mobile=shot.mobile,
        has_touch=shot.mobile,
        color_scheme=scheme,
    )
    try:
        seen = serve.watch(context)
        page = context.new_page()
        page.goto(base + shot.path, wait_until="networkidle")
        page.evaluate("() => document.fonts.ready")
        for facet, value in shot.select:
            page.select_option(f'select[data-facet="{facet}"]', value)
        target = out / f"{shot.name}.png"
        page.screenshot(path=str(target))
        print(f"{target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
        return [f"{shot.path}: {problem}" for problem in seen.problems()]
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "docs" / "screenshots",
        help="folder for the PNG files (default: docs/screenshots)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=[shot.name for shot in SHOTS],
        help="take only this screenshot (repeatable)",
    )
    parser.add_argument(
        "--dark", action="store_true", help="use the dark colour scheme instead of the light one"
    )
    args = parser.parse_args(argv)

    problem = serve.chromium_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    shots = [shot for shot in SHOTS if not args.only or shot.name in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="briefing-shots-") as tmp:
        print("building the site…", file=sys.stderr)
        site_dir = serve.build_site(Path(tmp), serve.REPO / "seeds")  # the live project
        with serve.serve(site_dir) as base, sync_playwright() as playwright:
            browser = serve.launch(playwright)
            try:
                for shot in shots:
                    problems += take(
                        browser, base, shot, args.out, "dark" if args.dark else "light"
                    )
            finally:
                browser.close()
    for line in problems:
        print(f"warning: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
