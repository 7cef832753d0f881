"""Build the site into a throwaway project copy, serve it on loopback, drive Debian's Chromium.

Shared by the browser tests (``tests/browser/conftest.py``) and the screenshot script
(``docs/make_screenshots.py``). Nothing here downloads anything: Chromium is the system one
(``apt-get install -y chromium``) and axe-core comes from ``npm ci``.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# The founding event (seeds 000 … 004) and the article whose source page we look at.
EVENT_ID = "000-c686a2356659b105"
SOURCE_ID = "004-334fa7ff5cf8f53b"


def chromium_problem() -> str | None:
    """Why the browser cannot run here, or None."""
    if not CHROMIUM.is_file():
        return (
            f"{CHROMIUM} is missing: the browser tests use Debian's Chromium, install it with "
            "`apt-get install -y chromium` (never `playwright install`)"
        )
    return None


def axe_problem() -> str | None:
    if not AXE.is_file():
        return f"{AXE.relative_to(REPO)} is missing: run `npm ci` in {REPO} to install axe-core"
    return None


def build_site(workdir: Path, seeds_from: Path | None = None) -> Path:
    """Copy the project into ``workdir`` (the frozen founding seeds, or ``seeds_from``),
    generate and build it; return its ``site/``."""
    from generator import build
    from tests.conftest import FOUNDING_SEEDS, copy_project

    project = copy_project(workdir / "project", seeds_from or FOUNDING_SEEDS)
    build.generate(project)
    build.publish(project)
    return project.site_dir


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` at the root of a free port on 127.0.0.1; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in LOOPBACK


@dataclass
class PageWatch:
    """What a page did that it must not: console errors, uncaught errors, outside requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {text}" for text in self.console_errors]
            + [f"page error: {text}" for text in self.page_errors]
            + [f"request to an outside host: {url}" for url in self.outside_requests]
        )


def watch(context: Any) -> PageWatch:
    """Record every page's problems in ``context``; abort any request that leaves loopback."""
    seen = PageWatch()

    def on_request(request: Any) -> None:
        if not is_loopback(request.url):
            seen.outside_requests.append(request.url)

    def on_console(message: Any) -> None:
        if message.type == "error":
            location = message.location or {}
            where = location.get("url", "")
            seen.console_errors.append(f"{message.text} ({where})" if where else message.text)

    def on_page(page: Any) -> None:
        page.on("request", on_request)
        page.on("console", on_console)
        page.on("pageerror", lambda error: seen.page_errors.append(str(error)))

    def route(route: Any) -> None:
        if is_loopback(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.route("**/*", route)
    context.on("page", on_page)
    return seen


def launch(playwright: Any) -> Any:
    """Debian's Chromium, headless, with no background traffic."""
    problem = chromium_problem()
    if problem:
        raise RuntimeError(problem)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
