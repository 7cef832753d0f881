"""The cleaning sets labelled blind since session 22 (eval/dev/heldout18.yaml .. heldout23.yaml):
read as YAML and text only (no cleaning ever runs here), kept out of every script that loops
over the cleaning sets or the development folders while unread, and counted with the spent
sets after their one scoring. A new blind set is one more entry in ``SETS``."""

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
PAGE_KEYS = {"id", "outlet", "url", "title_line", "title", "boilerplate"}
MIN_PAGES = 20
# Each set, with the pages that are new URLs of a domain another set already holds (new
# outlets ran out; each header names them with how many pages of each the other sets hold).
SETS: dict[str, dict[str, str]] = {
    "heldout18": {},
    "heldout19": {
        "c01": "stepagency-sy.net",
        "c02": "m2.youm7.com",
        "c03": "asharq.com",
        "c04": "syriahr.com",
        "c05": "almustaqel.com",
        "c06": "furat.alwehda.gov.sy",
        "c07": "npasyria.com",
        "c10": "eanlibya.com",
        "c12": "kurdistan24.net",
        "c13": "alaraby.co.uk",
        "c14": "syria.news",
        "c15": "ramallah.news",
    },
    "heldout20": {
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
    },
    "heldout21": {
        "a03": "alwakeelnews.com",
        "a05": "npasyria.com",
        "a06": "ksaplayers.com",
        "a07": "altaakhi.net",
        "a08": "waradana.com",
        "a09": "afaknews.com",
        "a10": "kurdistan24.net",
        "a11": "halabtodaytv.net",
        "a14": "alaraby.co.uk",
        "a15": "baladi-news.com",
        "a16": "al-jazirah.com",
        "a18": "aawsat.com",
        "a20": "24.ae",
        "a21": "microsyria.com",
        "a22": "elkashif.net",
        "a23": "almoubadara.com",
    },
    "heldout22": {
        "v02": "arapca-turkiye.com",
        "v04": "darkamazi.net",
        "v05": "copts-united.com",
        "v06": "fox-press.org",
        "v07": "syria.tv",
        "v08": "syrianpc.com",
        "v09": "syria-24.com",
        "v10": "pydrojava.org",
        "v11": "emaratalyoum.com",
        "v12": "smartnews-agency.com",
        "v15": "newsengine.co",
        "v16": "baladi-news.com",
        "v20": "almayadeen.net",
        "v22": "turkpress.co",
        "v23": "mena-monitor.org",
    },
    "heldout23": {
        "m01": "sst-news.com",
        "m02": "ronahi.tv",
        "m03": "alwatanonline.com",
        "m04": "masrawy.com",
        "m05": "xwebun-news.com",
        "m06": "npasyria.com",
        "m08": "elaph.com",
        "m09": "north-pulse.net",
        "m10": "syriahr.com",
        "m11": "alalam.ir",
        "m13": "vedeng.co",
        "m14": "altaghier.tv",
        "m15": "alghad.tv",
        "m16": "kurdstreet.com",
        "m17": "aljarida.com",
        "m18": "watan.fm",
        "m19": "egypt-today.com",
        "m20": "shafaq.com",
        "m21": "jesrpress.com",
        "m22": "baladi-news.com",
        "m23": "altareek-media.com",
    },
}
each_set = pytest.mark.parametrize("name", sorted(SETS))

sys.path.insert(0, str(EVAL))


def _script(name: str) -> ModuleType:
    """An eval/ script as a module (eval/ is on the path, as the scripts import each other)."""
    return importlib.import_module(name)


def _pages(name: str) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = yamlfile.read(DEV / f"{name}.yaml", what="pages")[0]["pages"]
    return pages


def _domain(url: str) -> str:
    host = unquote(url).split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def _lines(name: str, page: dict[str, Any]) -> list[str]:
    text = (DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8")
    assert text.endswith("\n"), page["id"]  # the stored text and one newline
    return text[:-1].split("\n")


def _other_urls(name: str) -> set[str]:
    other = yaml_urls(yamlfile.read(EVAL / "labels.yaml", what="evaluation labels")[0])
    for path in sorted(DEV.glob("*.yaml")):
        if path.stem != name:
            other |= yaml_urls(yamlfile.read(path, what="pages")[0])
    return other


@each_set
def test_every_page_has_one_text_and_the_keys_of_the_other_cleaning_sets(name: str) -> None:
    pages = _pages(name)
    ids = [page["id"] for page in pages]
    assert len(pages) >= MIN_PAGES and len(set(ids)) == len(ids)
    texts = sorted(path.stem for path in (DEV / name).glob("*.txt"))
    assert texts == sorted(ids)
    for page in pages:
        assert set(page) == PAGE_KEYS and page["outlet"] and page["url"], page["id"]


@each_set
def test_the_headline_and_chrome_ranges_point_at_lines_of_the_page(name: str) -> None:
    """A headline is on its line (a tag or site name beside it may be left out); chrome
    ranges are inside the page, in order, apart, start and end on a line with text, and never
    hold the headline line."""
    for page in _pages(name):
        lines = _lines(name, page)
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


@each_set
def test_no_url_is_in_another_set_and_only_the_named_domains_are(name: str) -> None:
    pages, reused = _pages(name), SETS[name]
    other = _other_urls(name)
    assert not {unquote(page["url"]) for page in pages} & other
    domains = [_domain(page["url"]) for page in pages]
    assert len(set(domains)) == len(domains)
    shared = {page["id"] for page in pages if _domain(page["url"]) in {_domain(u) for u in other}}
    assert shared == set(reused)
    assert all(_domain(p["url"]) == reused[p["id"]] for p in pages if p["id"] in shared)


@each_set
def test_an_unread_set_is_in_no_loop_and_a_spent_one_is_counted_with_the_rest(name: str) -> None:
    clean_pages = _script("clean_pages")
    unread = name in clean_pages.UNREAD
    assert (name in clean_pages.SETS) is not unread
    assert (name in _script("clean_compare").SPENT_SETS) is not unread
    assert (name in _script("keypoint_quality").SPENT_CLEANING) is not unread
    assert (name in _script("title_keypoint_signals").SPENT) is not unread
    if unread:
        assert name in _script("title_keypoint_signals").UNREAD  # named only, totals only
        assert name not in _script("gazetteer_counts").SPENT
        assert name in _script("lead_datelines").UNREAD
        assert name in _script("date_statements").UNREAD


@each_set
def test_a_run_on_an_unread_set_prints_its_totals_only(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --quiet too; no cleaning runs here (prepare and errors are stand-ins). A spent
    set stands in for a blind one, as it was until its scoring."""
    clean_pages = _script("clean_pages")
    monkeypatch.setattr(clean_pages, "UNREAD", (name,))
    asked: list[bool] = []

    def errors(prepared: list[object], quiet: bool = False) -> list[str]:
        asked.append(quiet)
        return []

    monkeypatch.setattr(clean_pages.report, "prepare", lambda items, root: [])
    monkeypatch.setattr(clean_pages, "errors", errors)
    for chosen in (name, "pages"):
        args = argparse.Namespace(set=chosen, hide=None, quiet=False)
        monkeypatch.setattr(argparse.ArgumentParser, "parse_args", lambda self, args=args: args)
        clean_pages.main()
    assert asked == [True, False]
    assert clean_pages.totals_only(name, False) and not clean_pages.totals_only("pages", False)
    capsys.readouterr()  # only the page counts were printed


@each_set
def test_the_labelling_notes_stay_with_the_set(name: str) -> None:
    """The header says how the pages were found and labelled, as heldout15..17's do."""
    header = (DEV / f"{name}.yaml").read_text(encoding="utf-8").split("\npages:", 1)[0]
    for needed in ("UNREAD", "Passed over", "Conventions", "json.loads", *SETS[name].values()):
        assert needed in header, needed
