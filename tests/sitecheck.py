"""Read a built site: pages, their links, anchors, text, and script contents."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    html_attrs: dict[str, str] = field(default_factory=dict)
    body_attrs: dict[str, str] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag in ("a", "link") and "href" in values:
            self.page.links.append(values["href"])
        if tag in ("script", "img") and "src" in values:
            self.page.links.append(values["src"])
        if tag == "html":
            self.page.html_attrs = values
        if tag == "body":
            self.page.body_attrs = values
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.page.scripts if self._in_script else self.page.text).append(data)


def parse(path: Path) -> Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


def text_of(path: Path) -> str:
    return " ".join(" ".join(parse(path).text).split())


def broken_links(site: Path) -> list[str]:
    """Every internal link or #anchor in the site's HTML that does not resolve."""
    pages = {p: parse(p) for p in site.rglob("*.html")}
    problems = []
    for path, page in sorted(pages.items()):
        base = "/" + path.relative_to(site).as_posix()
        for link in page.links:
            url = urlparse(urljoin(base, link))
            if url.scheme or url.netloc:
                continue  # outside links are checked elsewhere (no request is made here)
            target = site / unquote(url.path).lstrip("/")
            if target.is_dir() or url.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{base}: {link} -> missing {target.relative_to(site)}")
                continue
            if url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(url.fragment) not in ids:
                    problems.append(f"{base}: {link} -> no anchor #{url.fragment}")
    return problems


def data_files(data_dir: Path, name: str) -> list[Path]:
    """Every year's file of one kind (events.json, quotes.csv, ...) under site/data/, in
    the order data/index.json lists them."""
    import json

    index = json.loads((data_dir / "index.json").read_text(encoding="utf-8"))
    return [data_dir / f["path"] for f in index["files"] if f["path"].endswith(f"/{name}")]
