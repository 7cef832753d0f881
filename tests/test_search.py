"""Search index (generator/search.py): which pages and which text Pagefind indexes, the
search periods, the header's search box, and a build that fails when the index cannot be
built."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import build, cache, search
from generator.build import Project
from generator.errors import BriefingError
from tests import sitecheck
from tests.conftest import copy_project

ARTICLE = '<article class="md-content__inner md-typeset">'
PAGE = f'<html lang="en"><header class="md-header"><nav>…</nav>\n</header>{ARTICLE}x</article>'


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("events/2022-12-coalition-patrols/", "event"),
        ("ar/sources/004-334fa7ff5cf8f53b/", "source"),
        ("entities/mazloum-abdi/", "entity"),
        ("entities/mazloum-abdi/2019/", None),  # a year of his events: a listing
        ("ar/data/", "data"),
        ("", None),  # the timeline
        ("ar/", None),
        ("sources/", None),  # the list of sources
        ("entities/", None),
        ("years/2019/", None),
        ("latest/", None),
        ("search/", None),
        ("404.html", None),
    ],
)
def test_only_content_pages_are_indexed(url: str, kind: str | None) -> None:
    assert search.page_kind(url) == kind
    marked = search.mark_content(PAGE, url, "en")
    assert ("data-pagefind-body" in marked) == (kind is not None)
    if kind:
        assert f'data-pagefind-meta="kind:{kind}"' in marked
        assert 'data-bi-lang="en"' in marked


def test_the_header_box_sends_its_query_to_the_search_page() -> None:
    page = search.header_form(PAGE, "../../ar/", "ابحث", "بحث")
    form = re.search(r'<form class="bi-header-search"[^>]*>', page)
    assert form and 'action="../../ar/search/"' in form.group(0)
    assert 'role="search"' in form.group(0)
    assert page.index("bi-header-search") < page.index("</nav>") < page.index("</header>")
    assert '<label class="bi-visually-hidden" for="bi-header-query">ابحث</label>' in page


def test_each_language_is_indexed_from_its_own_text() -> None:
    """The selectors leave out the other language, per site; a page names its language."""
    assert '[data-bi-lang="en"] [lang="ar"]' in search.EXCLUDE_SELECTORS
    assert '[data-bi-lang="ar"] [lang="en"]' in search.EXCLUDE_SELECTORS
    assert 'data-bi-lang="ar"' in search.mark_content(PAGE, "ar/events/x/", "ar")


def test_a_failed_index_fails_the_build_and_keeps_the_site(
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: no space left' >&2\nexit 1\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(failing))
    project.site_dir.mkdir()
    (project.site_dir / "index.html").write_text("previous site", encoding="utf-8")
    build.generate(project)
    with pytest.raises(BriefingError, match="site/ was left as it was"):
        build.publish(project)
    # MkDocs logs the plugin's error (the CLI shows it) before it gives up.
    assert "Pagefind could not index" in caplog.text and "no space left" in caplog.text
    assert (project.site_dir / "index.html").read_text(encoding="utf-8") == "previous site"
    assert not list(project.root.glob(f"{build.STAGING_PREFIX}*"))


def test_a_missing_binary_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(BriefingError, match=r"pip install -c constraints.txt -e \."):
        search.index_site(tmp_path)


def test_periods_run_newest_first_with_undated_pages_in_the_newest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search, "PERIOD_PAGES", 2)
    monkeypatch.setattr(search, "RECENT_PAGES", 2)
    dated = [
        ("events/a/", dt.date(2020, 1, 5)),
        ("sources/b/", dt.date(2024, 3, 1)),
        ("sources/c/", None),  # no publication date: with the oldest
        ("events/d/", dt.date(2022, 7, 9)),
        ("sources/e/", dt.date(2021, 2, 2)),
    ]
    periods = search.plan(dated, ["entities/x/", "data/"])
    assert [p.pages for p in periods] == [
        ("sources/b/", "data/", "entities/x/"),
        ("events/d/", "sources/e/"),
        ("events/a/", "sources/c/"),
    ]
    assert [(p.first, p.last) for p in periods] == [
        ("2024-03-01", "2024-03-01"),
        ("2021-02-02", "2022-07-09"),
        ("2020-01-05", "2020-01-05"),
    ]
    assert search.plan([], ["data/"]) == [search.Period(None, None, ("data/",))]


def test_a_new_article_changes_only_the_newest_period(monkeypatch: pytest.MonkeyPatch) -> None:
    """Periods are cut from the oldest page forward, so older bundles can be kept; a newest
    run under half a recent run joins the one before it."""
    monkeypatch.setattr(search, "PERIOD_PAGES", 4)
    monkeypatch.setattr(search, "RECENT_PAGES", 4)
    dated = [(f"sources/{n:02d}/", dt.date(2020, 1, 1) + dt.timedelta(days=n)) for n in range(9)]
    before = search.plan(dated, [])
    assert [len(p.pages) for p in before] == [5, 4]  # 4 + a newest run of 1, joined
    after = search.plan([*dated, ("sources/98/", dt.date(2021, 1, 1))], [])
    assert [len(p.pages) for p in after] == [2, 4, 4]  # the newest run is half a period
    assert after[2] == before[1]  # the oldest period is untouched
    later = search.plan([*dated, ("sources/98/", dt.date(2021, 1, 1)), ("sources/99/", None)], [])
    assert later[1:] != after[1:]  # an article without a date counts as oldest
    newer = ("sources/99/", dt.date(2021, 2, 1))
    latest = search.plan([*dated, ("sources/98/", dt.date(2021, 1, 1)), newer], [])
    assert latest[1:] == after[1:] and len(latest[0].pages) == 3


def test_the_newest_period_stays_small_in_a_large_archive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the archive's periods of PERIOD_PAGES come recent ones of RECENT_PAGES: each
    addition changes only the newest, of half to one and a half recent runs."""
    monkeypatch.setattr(search, "PERIOD_PAGES", 20)
    monkeypatch.setattr(search, "RECENT_PAGES", 4)
    day = dt.date(2020, 1, 1)
    dated = [(f"sources/{n:03d}/", day + dt.timedelta(days=n)) for n in range(50)]
    previous = search.plan(dated, ["data/"])
    for n in range(50, 120):
        dated.append((f"sources/{n:03d}/", day + dt.timedelta(days=n)))
        periods = search.plan(dated, ["data/"])
        assert 2 <= len(periods[0].pages) - 1 < 6  # "data/" besides the dated pages
        assert all(len(p.pages) in (4, 20) for p in periods[1:])
        assert sum(len(p.pages) for p in periods) == len(dated) + 1
        # an archive run is cut at most once in RECENT_PAGES additions; else only the
        # newest and, when a newest run splits off, the one before it change
        changed = [p for p in periods if p not in previous]
        assert len(changed) <= 2 or len(periods[-1].pages) == 20, n
        previous = periods


def test_the_plan_file_reads_back(tmp_path: Path) -> None:
    periods = [
        search.Period("2020-01-05", "2021-02-02", ("events/a/",), {"en": ("5 Jan", "2 Feb")})
    ]
    path = tmp_path / search.PLAN_FILE
    path.write_text(search.plan_file(periods), encoding="utf-8")
    assert search.read_plan(path) == periods
    assert search.read_plan(tmp_path / "missing") is None


def _page(lang: str, words: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>{words}</title></head><body>'
        f'<article data-pagefind-body data-bi-lang="{lang}">{words}</article></body></html>'
    )


def test_indexing_leaves_every_page_s_status_as_it_was(tmp_path: Path) -> None:
    """The site/ manifest takes the pages' statuses while the search index is made: a
    link for Pagefind (or its removal) would move a page's change time, and the next
    build would read the page again."""
    site = tmp_path / "site"
    for prefix, lang in (("", "en"), ("ar/", "ar")):
        (site / prefix / "events/new").mkdir(parents=True)
        (site / prefix / "events/new/index.html").write_text(_page(lang, "patrols"), "utf-8")
    period = search.Period("2024-01-01", "2024-01-01", ("events/new/",))
    plan = tmp_path / search.PLAN_FILE
    plan.write_text(search.plan_file([period]), encoding="utf-8")
    pages = sorted(site.rglob("*.html"))
    before = [os.lstat(page) for page in pages]
    search.index_site(site, plan)
    after = [os.lstat(page) for page in pages]
    assert [(s.st_ctime_ns, s.st_nlink) for s in after] == [
        (s.st_ctime_ns, s.st_nlink) for s in before
    ]


def test_each_period_is_a_bundle_of_its_own(tmp_path: Path) -> None:
    """Pagefind indexes each period's pages, both languages, into pagefind/<n>/; the
    search page's list names them newest first, with their dates."""
    site = tmp_path / "site"
    pages = {"events/new/": "coalition patrols", "events/old/": "coalition archive"}
    for url, words in pages.items():
        for prefix, lang in (("", "en"), ("ar/", "ar")):
            (site / prefix / url).mkdir(parents=True)
            (site / prefix / url / "index.html").write_text(_page(lang, words), "utf-8")
    (site / "index.html").write_text(_page("en", "a listing, in no period"), "utf-8")
    periods = [
        search.Period("2024-01-01", "2024-02-01", ("events/new/",), {"en": ("1 Jan", "1 Feb")}),
        search.Period("2019-01-01", "2019-01-01", ("events/old/", "events/gone/")),
    ]
    plan = tmp_path / search.PLAN_FILE
    plan.write_text(search.plan_file(periods), encoding="utf-8")
    search.index_site(site, plan)
    bundle = site / search.BUNDLE_DIR
    listed = json.loads((bundle / search.PERIODS_FILE).read_text(encoding="utf-8"))
    parts = json.loads((bundle / search.PARTS_FILE).read_text(encoding="utf-8"))
    assert sorted(parts) == ["0/", "1/"]  # each language's part, by the SHA-256 of its pages
    assert all(sorted(keys.values()) == [["ar"], ["en"]] for keys in parts.values())
    assert listed == {
        "periods": [
            {"path": "0/", "first": "2024-01-01", "last": "2024-02-01",
             "labels": {"en": ["1 Jan", "1 Feb"]}},
            {"path": "1/", "first": "2019-01-01", "last": "2019-01-01", "labels": {}},
        ]
    }  # fmt: skip
    for folder in ("0", "1"):
        entry = json.loads((bundle / folder / search.ENTRY_FILE).read_text(encoding="utf-8"))
        assert {lang: e["page_count"] for lang, e in entry["languages"].items()} == {
            "ar": 1,
            "en": 1,
        }
        assert (bundle / folder / "pagefind.js").is_file()
        assert not [name for name in search.UNUSED_FILES if (bundle / folder / name).exists()]
    assert not list(site.glob(".pagefind-pages-*"))  # the copied pages are gone
    first = {f: f.read_bytes() for f in bundle.rglob("*") if f.is_file()}
    search.index_site(site, plan)  # again: the same files, and only those
    assert {f: f.read_bytes() for f in bundle.rglob("*") if f.is_file()} == first
    search.index_site(site, plan, runs=2)  # both periods at once: the same again
    assert {f: f.read_bytes() for f in bundle.rglob("*") if f.is_file()} == first
    # begun language by language, as `briefing build` does while the other is built
    indexing = search.Indexing(site, plan, runs=2)
    indexing.start(search.LANGUAGE_FOLDERS[:1])
    search.index_site(site, plan, started=indexing)
    assert {f: f.read_bytes() for f in bundle.rglob("*") if f.is_file()} == first
    # one Pagefind run over both languages gives the same files (its entry file sorted)
    joint = tmp_path / "joint"
    for url in ("events/new/",):
        for prefix in search.LANGUAGE_FOLDERS:
            (joint / prefix / url).mkdir(parents=True)
            os.link(site / prefix / url / "index.html", joint / prefix / url / "index.html")
    command = [str(search.executable()), "--site", str(joint), "--output-path", "out"]
    for selector in search.EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    subprocess.run([*command, "--quiet"], cwd=tmp_path, check=True)
    out = tmp_path / "out"
    entry = json.loads((out / search.ENTRY_FILE).read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry["languages"].items()))
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    (out / search.ENTRY_FILE).write_text(text, "utf-8")
    for name in search.UNUSED_FILES:
        (out / name).unlink()
    together = {f.relative_to(out): f.read_bytes() for f in out.rglob("*") if f.is_file()}
    both = bundle / "0"  # events/new/ in both languages, and so is the joint run
    assert {f.relative_to(both): f.read_bytes() for f in both.rglob("*") if f.is_file()} == (
        together
    )


def _two_period_site(tmp_path: Path) -> tuple[Path, Path]:
    """A site of two English pages, a new and an old one, and a plan putting each in its
    own period."""
    old = tmp_path / "old"
    for url, words in {"events/new/": "coalition patrols", "events/old/": "archive"}.items():
        (old / url).mkdir(parents=True)
        (old / url / "index.html").write_text(_page("en", words), "utf-8")
    periods = [
        search.Period("2024-01-01", "2024-01-01", ("events/new/",)),
        search.Period("2019-01-01", "2019-01-01", ("events/old/",)),
    ]
    plan = tmp_path / search.PLAN_FILE
    plan.write_text(search.plan_file(periods), encoding="utf-8")
    return old, plan


def test_a_period_whose_pages_are_unchanged_takes_the_last_build_s_bundle(
    tmp_path: Path,
) -> None:
    """Only the period with a changed page is indexed again; the other bundle comes from
    the previous site, and the result is the same as indexing everything."""
    old, plan = _two_period_site(tmp_path)
    assert search.index_site(old, plan) == 0
    new = tmp_path / "new"
    shutil.copytree(old, new, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    (new / "events/new/index.html").write_text(_page("en", "coalition convoy"), "utf-8")
    assert search.index_site(new, plan, previous=old) == 1
    taken = new / search.BUNDLE_DIR / "1"
    assert (taken / search.ENTRY_FILE).stat().st_ino == (
        old / search.BUNDLE_DIR / "1" / search.ENTRY_FILE
    ).stat().st_ino  # a hard link, not Pagefind again
    clean = tmp_path / "clean"
    shutil.copytree(new, clean, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    search.index_site(clean, plan)
    files = {f.relative_to(new): f.read_bytes() for f in new.rglob("*") if f.is_file()}
    assert files == {f.relative_to(clean): f.read_bytes() for f in clean.rglob("*") if f.is_file()}


def test_parts_are_keyed_when_started_and_only_changed_ones_go_to_pagefind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys are made by the caller, newest period first, so the one run an addition needs
    starts at once; a part taken from the last build is ready without waiting."""
    old, plan = _two_period_site(tmp_path)
    search.index_site(old, plan)
    new = tmp_path / "new"
    shutil.copytree(old, new, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    (new / "events/new/index.html").write_text(_page("en", "coalition convoy"), "utf-8")
    keyed: list[tuple[str, ...]] = []
    part_key = search._part_key

    def noting(site: Path, period: search.Period, *rest: Any) -> Any:
        keyed.append(period.pages)
        return part_key(site, period, *rest)

    monkeypatch.setattr(search, "_part_key", noting)
    indexing = search.Indexing(new, plan, previous=old)
    indexing.start([""])
    assert keyed == [("events/new/",), ("events/old/",)]
    assert indexing.parts[1, ""].done() and indexing.parts[1, ""].result().taken
    assert search.index_site(new, plan, previous=old, started=indexing) == 1


def test_a_language_whose_pages_are_unchanged_keeps_its_part_of_the_bundle(
    tmp_path: Path,
) -> None:
    """A page changed in one language: that language is indexed again, the other's files
    are linked from the last build's bundle, and the bundle is a clean build's."""
    old = tmp_path / "old"
    for prefix, lang in (("", "en"), ("ar/", "ar")):
        (old / prefix / "events/new").mkdir(parents=True)
        (old / prefix / "events/new/index.html").write_text(_page(lang, "patrols"), "utf-8")
    plan = tmp_path / search.PLAN_FILE
    plan.write_text(search.plan_file([search.Period(None, None, ("events/new/",))]), "utf-8")
    search.index_site(old, plan)
    new = tmp_path / "new"
    shutil.copytree(old, new, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    (new / "ar/events/new/index.html").write_text(_page("ar", "convoy"), "utf-8")
    assert search.index_site(new, plan, previous=old) == 0  # not taken whole
    bundle, before = new / search.BUNDLE_DIR / "0", old / search.BUNDLE_DIR / "0"
    english = [f.relative_to(bundle) for f in bundle.rglob("en_*")]
    assert english and all(
        (bundle / f).stat().st_ino == (before / f).stat().st_ino for f in english
    )  # linked, not made again
    assert not [f for f in bundle.rglob("ar_*") if (before / f.relative_to(bundle)).exists()]
    clean = tmp_path / "clean"
    shutil.copytree(new, clean, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    search.index_site(clean, plan)
    files = {f.relative_to(new): f.read_bytes() for f in new.rglob("*") if f.is_file()}
    assert files == {f.relative_to(clean): f.read_bytes() for f in clean.rglob("*") if f.is_file()}


def test_periods_are_put_together_oldest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newest period is the one an addition indexes again: the older ones, taken
    from the last build, are put together while it is made, not after."""
    old, plan = _two_period_site(tmp_path)
    order: list[int] = []
    put_together = search.Indexing._put_together

    def noting(self: search.Indexing, number: int, futures: Any) -> Any:
        order.append(number)
        return put_together(self, number, futures)

    monkeypatch.setattr(search.Indexing, "_put_together", noting)
    search.index_site(old, plan)
    assert order == [1, 0]


def test_an_abandoned_index_leaves_no_run_going(tmp_path: Path) -> None:
    old, plan = _two_period_site(tmp_path)
    indexing = search.Indexing(old, plan)
    indexing.start()
    indexing.abandon()  # the build failed: returns once nothing writes any more
    assert not indexing.running
    assert all(part.done() for part in indexing.parts.values())
    search.abandon_all()  # nothing left to abandon


def test_pages_linked_from_the_last_site_are_not_read_to_key_their_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a digests record, a page hard-linked from the last site (as the page cache
    links reused pages) keys its period by its status; a page written anew is read. The
    keys, and so the bundles taken, are those of reading every page."""
    old, plan = _two_period_site(tmp_path)
    record = tmp_path / "cache" / "search-pages.pickle"
    search.index_site(old, plan, digests=record)
    saved = cache.read_pickle(record)
    assert sorted(saved) == ["events/new/index.html", "events/old/index.html"]
    aged = {name: (key, digest, taken + 10 * cache.RACY_NS)  # as a build later
            for name, (key, digest, taken) in saved.items()}  # fmt: skip
    cache.write_pickle(record, aged)
    new = tmp_path / "new"
    for url in ("events/new/", "events/old/"):
        (new / url).mkdir(parents=True)
        os.link(old / url / "index.html", new / url / "index.html")
    (new / "events/new/index.html").unlink()  # a page built again: another file
    (new / "events/new/index.html").write_text(_page("en", "coalition convoy"), "utf-8")
    read: list[str] = []
    original = hashlib.file_digest
    monkeypatch.setattr(hashlib, "file_digest", lambda f, d: read.append(f.name) or original(f, d))
    assert search.index_site(new, plan, previous=old, digests=record) == 1
    assert [Path(name).relative_to(new.resolve()).as_posix() for name in read] == [
        "events/new/index.html"
    ]
    clean = tmp_path / "clean"
    shutil.copytree(new, clean, ignore=shutil.ignore_patterns(search.BUNDLE_DIR))
    search.index_site(clean, plan)
    listed = [(clean if n else new) / search.BUNDLE_DIR / search.PARTS_FILE for n in (0, 1)]
    assert listed[0].read_bytes() == listed[1].read_bytes()  # the same keys


def indexed_pages(site: Path, lang: str) -> int:
    pages = site.rglob("*.html")
    return sum(
        1
        for page in pages
        if (page.relative_to(site).parts[0] == "ar") == (lang == "ar")
        and "data-pagefind-body" in page.read_text(encoding="utf-8")
    )


def check_bundle(site: Path) -> None:
    """Both languages indexed, each from its own pages, every indexed page in one period,
    the script beside each period's index."""
    bundle = site / search.BUNDLE_DIR
    listed = json.loads((bundle / search.PERIODS_FILE).read_text(encoding="utf-8"))["periods"]
    assert listed
    counts = {"ar": 0, "en": 0}
    for period in listed:
        folder = bundle / period["path"]
        entry = json.loads((folder / search.ENTRY_FILE).read_text(encoding="utf-8"))
        assert list(entry["languages"]) == ["ar", "en"]
        for lang in counts:
            counts[lang] += entry["languages"][lang]["page_count"]
            assert (folder / f"wasm.{lang}.pagefind").is_file()
        assert (folder / "pagefind.js").is_file()
    assert counts == {lang: indexed_pages(site, lang) for lang in counts}
    assert min(counts.values()) > 0
    # The search page finds the periods on the site, by a path that resolves.
    for page in ("search/index.html", "ar/search/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        found = re.search(r'data-periods="([^"]+)"', html)
        assert found and ((site / page).parent / found.group(1)).resolve().is_file()
    assert not (site / search.PLAN_FILE).exists()  # the plan stays in site_src/
    assert sitecheck.parse(site / "search" / "index.html").html_attrs["lang"] == "en"


def test_a_build_left_unfinished_in_this_process_does_not_stop_the_next_ones_index(
    project: Project, tmp_path: Path
) -> None:
    """MkDocs keeps one plugin instance per process: a build whose hooks stopped half way
    (here, run by hand) must not leave the next build thinking it is nested."""
    from mkdocs.config import load_config

    from generator.mkdocs_plugin import BriefingPlugin

    other = copy_project(tmp_path / "other")
    plugin = load_config(config_file=str(other.config_file)).plugins["briefing"]
    assert isinstance(plugin, BriefingPlugin)
    plugin.on_pre_build(load_config(config_file=str(other.config_file)))
    assert plugin.depth == 1  # never ended
    build.generate(project)
    build.publish(project)
    assert (project.site_dir / search.BUNDLE_DIR / search.PERIODS_FILE).is_file()
