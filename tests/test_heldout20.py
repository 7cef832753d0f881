"""eval/dev/heldout20.yaml, the cleaning set labelled blind in session 23: read as YAML and
text only (no cleaning ever runs here), and kept out of every script that loops over the
cleaning sets or the development folders until its one scoring."""

from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest

from generator import yamlfile
from tests.conftest import REPO, yaml_urls

EVAL = REPO / "eval"
DEV = EVAL / "dev"
NAME = "heldout20"
PAGE_KEYS = {"id", "outlet", "url", "title_line", "title", "boilerplate"}
MIN_PAGES = 20
# New outlets ran out: these pages are new URLs of domains another set already holds (the
# header names them with how many pages of each the other sets hold).
REUSED_DOMAINS = {
    "b01": "aajsy.com",
    "b02": "shafaq.com",
    "b03": "kurdistan24.net",
    "b04": "adarpress.com",
    "b05": "newsworled.com",
    "b08": "rebaznews.net",
    "b10": "syrianpc.com",
    "b11": "qasioun-news.com",
    "b12": "ronahi.net",
    "b13": "syriacpress.com",
    "b14": "alalam.ir",
    "b16": "cc-raqqa.net",
    "b17": "syriahr.com",
    "b20": "yemenvideo.com",
    "b21": "enabbaladi.net",
}

sys.path.insert(0, str(EVAL))


def _script(name: str) -> ModuleType:
    """An eval/ script as a module (eval/ is on the path, as the scripts import each other)."""
    return importlib.import_module(name)


def _pages() -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = yamlfile.read(DEV / f"{NAME}.yaml", what="pages")[0]["pages"]
    return pages


def _domain(url: str) -> str:
    host = unquote(url).split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def _lines(page: dict[str, Any]) -> list[str]:
    text = (DEV / NAME / f"{page['id']}.txt").read_text(encoding="utf-8")
    assert text.endswith("\n"), page["id"]  # the stored text and one newline
    return text[:-1].split("\n")


def _other_urls() -> set[str]:
    other = yaml_urls(yamlfile.read(EVAL / "labels.yaml", what="evaluation labels")[0])
    for path in sorted(DEV.glob("*.yaml")):
        if path.stem != NAME:
            other |= yaml_urls(yamlfile.read(path, what="pages")[0])
    return other


def test_every_page_has_one_text_and_the_keys_of_the_other_cleaning_sets() -> None:
    pages = _pages()
    ids = [page["id"] for page in pages]
    assert len(pages) >= MIN_PAGES and len(set(ids)) == len(ids)
    texts = sorted(path.stem for path in (DEV / NAME).glob("*.txt"))
    assert texts == sorted(ids)
    for page in pages:
        assert set(page) == PAGE_KEYS and page["outlet"] and page["url"], page["id"]


def test_the_headline_and_chrome_ranges_point_at_lines_of_the_page() -> None:
    """A headline is on its line; chrome ranges are inside the page, in order, apart, start and
    end on a line with text, and never hold the headline line."""
    for page in _pages():
        lines = _lines(page)
        line, title = page["title_line"], page["title"]
        assert (line is None) == (title is None), page["id"]
        if line is not None:
            assert 1 <= line <= len(lines) and title in lines[line - 1], page["id"]
        previous = 0
        for first, last in page["boilerplate"]:
            assert previous < first <= last <= len(lines), page["id"]
            assert lines[first - 1].strip() and lines[last - 1].strip(), page["id"]
            assert line is None or not first <= line <= last, page["id"]
            previous = last


def test_no_url_is_in_another_set_and_only_the_named_domains_are() -> None:
    pages = _pages()
    other = _other_urls()
    assert not {unquote(page["url"]) for page in pages} & other
    domains = [_domain(page["url"]) for page in pages]
    assert len(set(domains)) == len(domains)
    shared = {page["id"] for page in pages if _domain(page["url"]) in {_domain(u) for u in other}}
    assert shared == set(REUSED_DOMAINS)
    assert all(_domain(p["url"]) == REUSED_DOMAINS[p["id"]] for p in pages if p["id"] in shared)


def test_heldout20_is_left_out_of_every_loop_over_the_cleaning_sets() -> None:
    clean_pages = _script("clean_pages")
    assert NAME in clean_pages.UNREAD and NAME not in clean_pages.SETS
    assert NAME not in _script("clean_compare").SPENT_SETS
    assert NAME not in _script("keypoint_quality").SPENT_CLEANING
    signals = _script("title_keypoint_signals")
    assert NAME in signals.UNREAD and NAME not in signals.SPENT  # named only, totals only
    assert NAME not in _script("gazetteer_counts").SPENT
    assert NAME in _script("lead_datelines").UNREAD
    assert NAME in _script("date_statements").UNREAD


def test_a_run_on_an_unread_set_prints_its_totals_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --quiet too; no cleaning runs here (prepare and errors are stand-ins)."""
    clean_pages = _script("clean_pages")
    asked: list[bool] = []

    def errors(prepared: list[object], quiet: bool = False) -> list[str]:
        asked.append(quiet)
        return []

    monkeypatch.setattr(clean_pages.report, "prepare", lambda items, root: [])
    monkeypatch.setattr(clean_pages, "errors", errors)
    for name in (NAME, "pages"):
        args = argparse.Namespace(set=name, hide=None, quiet=False)
        monkeypatch.setattr(argparse.ArgumentParser, "parse_args", lambda self, args=args: args)
        clean_pages.main()
    assert asked == [True, False]
    assert clean_pages.totals_only(NAME, False) and not clean_pages.totals_only("pages", False)
    capsys.readouterr()  # only the page counts were printed


def test_the_labelling_notes_stay_with_the_set() -> None:
    """The header says how the pages were found and labelled, as heldout15..19's do."""
    header = (DEV / f"{NAME}.yaml").read_text(encoding="utf-8").split("\npages:", 1)[0]
    for needed in ("UNREAD", "Passed over", "Conventions", "json.loads", *REUSED_DOMAINS.values()):
        assert needed in header, needed
