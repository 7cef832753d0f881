"""`briefing new --fetch URL` against a local HTTP server, and `briefing new` as people
run it: messages, exit codes, no tracebacks."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from generator.build import Project
from generator.errors import BriefingError
from generator.intake import fetch
from tests.test_cli import run
from tests.test_intake import PAGES

ARTICLE = (PAGES / "p05_custom_url_date.html").read_bytes()  # no canonical link of its own


ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/2022/12/02/patrols.html": (200, "text/html; charset=utf-8", ARTICLE),
    "/old-link": (301, "text/html", b""),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.7"),
    "/big.html": (200, "text/html", b"<html>" + b" " * 5000),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, kind, body = ROUTES.get(self.path, (404, "text/html", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if status == 301:
            self.send_header("Location", "/2022/12/02/patrols.html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_fetch_follows_redirects_and_keeps_the_final_address(server: str) -> None:
    fetched = fetch.fetch(f"{server}/old-link")
    assert fetched.url == f"{server}/2022/12/02/patrols.html"
    assert fetched.data == ARTICLE and fetched.charset == "utf-8"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/report.pdf", "the server sent application/pdf, not an HTML page"),
        ("/missing", "the server answered 404"),
    ],
)
def test_fetch_refuses_what_is_not_an_article_page(server: str, path: str, message: str) -> None:
    with pytest.raises(BriefingError, match=message):
        fetch.fetch(f"{server}{path}")


def test_fetch_caps_the_size(server: str) -> None:
    with pytest.raises(BriefingError, match="larger than 1000 bytes; refused"):
        fetch.fetch(f"{server}/big.html", max_bytes=1000)


def test_fetch_offline_names_the_saved_page_alternative() -> None:
    with pytest.raises(BriefingError) as caught:
        fetch.fetch(f"http://127.0.0.1:{closed_port()}/a.html", timeout=2)
    message = str(caught.value)
    assert "cannot reach it" in message and "briefing new PAGE.html --url URL" in message
    assert "\n" not in message


def test_cli_fetch_writes_a_seed_dated_from_the_redirected_url(
    project: Project, server: str
) -> None:
    result = run(project, "new", "--fetch", f"{server}/old-link")
    assert result.returncode == 0, result.stderr
    seed = project.root / result.stdout.strip()
    header = yaml.safe_load(seed.read_text("utf-8").split("---")[1])
    assert header["url"] == f"{server}/2022/12/02/patrols.html"
    assert (str(header["published"]), header["published_basis"]) == ("2022-12-02", "URL path")
    assert (project.seeds_dir / header["raw"]).read_bytes() == ARTICLE


def test_cli_fetch_offline_is_one_line_without_traceback(project: Project) -> None:
    result = run(project, "new", "--fetch", f"http://127.0.0.1:{closed_port()}/a.html")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "briefing new PAGE.html --url URL" in result.stderr


def test_cli_saved_page_prints_the_seed_and_its_warnings(project: Project) -> None:
    result = run(project, "new", str(PAGES / "p07_custom_no_date.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("seeds/005-")
    assert "warning: publication date unknown" in result.stderr
    assert "published:" not in (project.root / result.stdout.strip()).read_text("utf-8")
    assert run(project, "check").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give a saved page or text file, or --fetch URL"),
        (("notes.txt",), "--outlet is required for a text file"),
        (("huge.html",), "is 50 MB; pages over 10 MB are refused"),
        (("broken.html",), "does not look like an HTML page"),
    ],
)
def test_cli_mistakes_get_a_message_not_a_traceback(
    project: Project, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    (project.root / "notes.txt").write_text("عنوان\nنص الخبر.\n", encoding="utf-8")
    with (project.root / "huge.html").open("wb") as handle:
        handle.truncate(50 * 2**20)
    (project.root / "broken.html").write_bytes(b"\x00\x01binary junk")
    result = run(project, "new", *args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr
