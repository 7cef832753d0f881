"""Finding and following (issue 12): latest additions, feeds, year pages, entity pages with
quotes, and counts that read as Arabic."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import feedparser
import pytest

from generator import build, render, seeds
from generator.build import Project
from tests.conftest import REPO, write_seed

EDITED = "2022-12-coalition-patrols"
BODY = (
    "عنوان خبر جديد عن الدوريات\n\nقال المتحدث إن الدوريات المشتركة استؤنفت في ريف الحسكة اليوم.\n"
)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "لا مصادر"),
        (1, "مصدر واحد"),
        (2, "مصدران"),
        (3, "3 مصادر"),
        (11, "11 مصدرًا"),
        (100, "100 مصدر"),
    ],
)
def test_arabic_counts_take_their_cldr_plural_form(count: int, expected: str) -> None:
    strings = render.load_strings(REPO / "templates")
    assert strings["ar"].plural("n_sources", count) == expected


def test_english_counts_take_one_and_other() -> None:
    strings = render.load_strings(REPO / "templates")["en"]
    assert [strings.plural("n_sources", n) for n in (0, 1, 2)] == [
        "0 sources",
        "1 source",
        "2 sources",
    ]


def _feeds(project: Project) -> dict[str, feedparser.FeedParserDict]:
    root = project.site_src
    return {
        p.relative_to(root).as_posix(): feedparser.parse(p.read_bytes())
        for p in root.rglob("*.xml")
    }


def test_a_report_added_to_an_old_event_comes_first_in_latest_additions(project: Project) -> None:
    write_seed(project.seeds_dir, "010-old", BODY, published="2020-05-01", added="2026-01-10")
    newest = BODY.replace("اليوم", "أمس")
    write_seed(
        project.seeds_dir,
        "011-new",
        newest,
        published="2022-12-02",
        added="2026-11-29",
        event=EDITED,
    )
    build.generate(project)
    feeds = _feeds(project)
    for name in ("additions.xml", "additions.ar.xml"):
        feed = feeds[name]
        assert not feed.bozo, feed.bozo_exception
        first = feed.entries[0]
        assert first.id.endswith(":article:011-new")
        assert first.link == f"events/{EDITED}/"
        assert first.updated.startswith("2026-11-29")
    page = (project.site_src / "latest.md").read_text(encoding="utf-8")
    assert page.index("011-new") < page.index("010-old")


def test_every_feed_parses_and_none_is_dated_1970(project: Project) -> None:
    write_seed(project.seeds_dir, "012-undated", BODY, added="2026-11-30")  # no published
    build.generate(project)
    feeds = _feeds(project)
    assert {"feed.xml", "feed.ar.xml", "additions.xml", "entities/sdf.xml"} <= set(feeds)
    for name, feed in feeds.items():
        assert not feed.bozo, (name, feed.bozo_exception)
        stamps = [feed.feed.updated] + [entry.updated for entry in feed.entries]
        assert not any(stamp.startswith("1970") for stamp in stamps), name
    events_feed = [e.id for e in feeds["feed.xml"].entries]
    undated_event = [e for e in events_feed if "012-undated" in e]
    assert undated_event  # dated by the day it was added, not 1970
    assert feeds["additions.xml"].entries[0].id.endswith(":article:012-undated")


def test_an_event_with_no_day_at_all_stays_out_of_the_events_feed(project: Project) -> None:
    write_seed(project.seeds_dir, "013-nodate", BODY)  # neither published nor added
    build.generate(project)
    feed = _feeds(project)["feed.xml"]
    assert not any("013-nodate" in entry.id for entry in feed.entries)


def _raw(project: Project) -> Path:
    raw = project.root / "raw.txt"
    raw.write_text(BODY, encoding="utf-8")
    return raw


def test_new_records_the_day_the_seed_was_made(project: Project, tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text(BODY, encoding="utf-8")
    path = seeds.new_seed(project.seeds_dir, raw, outlet="rudaw")
    seed, problems = seeds.read_seed(path)
    assert problems == [] and seed is not None
    assert seed.meta.added == dt.date.today()


def test_year_pages_list_only_their_year(project: Project) -> None:
    build.generate(project)
    pages = sorted(p.name for p in (project.site_src / "years").glob("*.md"))
    assert pages == ["2019.ar.md", "2019.md", "2021.ar.md", "2021.md", "2022.ar.md", "2022.md"]
    text = (project.site_src / "years" / "2021.md").read_text(encoding="utf-8")
    assert "001-ff836673c3ad9cab" in text and EDITED not in text
    home = (project.site_src / "index.md").read_text(encoding="utf-8")
    assert 'href="years/2019/"' in home


def test_timeline_entries_carry_their_facets(project: Project) -> None:
    build.generate(project)
    home = (project.site_src / "index.ar.md").read_text(encoding="utf-8")
    assert 'data-year="2022" data-actors="sdf ' in home
    assert '<option value="sdf">قوات سوريا الديمقراطية</option>' in home


def test_an_outlet_the_glossary_lacks_is_one_filter_option(project: Project) -> None:
    """A seed may name its outlet in free text ("TRT Arabi", with a build warning); the
    filter keeps it one option, not one per word."""
    path = seeds.new_seed(project.seeds_dir, _raw(project), outlet="TRT Arabi")
    assert path.exists()
    build.generate(project)
    home = html.unescape((project.site_src / "index.md").read_text(encoding="utf-8"))
    assert '<option value="TRT_Arabi">TRT Arabi</option>' in home
    assert 'data-outlets="TRT_Arabi"' in home
    assert '<option value="TRT">' not in home


def test_an_actor_page_lists_what_the_person_said_with_citations(project: Project) -> None:
    build.generate(project)
    page = (project.site_src / "entities" / "aram-hanna.md").read_text(encoding="utf-8")
    said = page[page.index("## What they said") :]
    assert said.count('<figure class="bi-quote">') >= 1
    assert 'class="bi-cite" href="../../sources/' in said
    assert '<a href="../../entities/aram-hanna.xml" type="application/atom+xml">' in page


def test_entity_pages_list_events_newest_first_as_the_home_page_does(project: Project) -> None:
    build.generate(project)
    page = (project.site_src / "entities" / "sdf.md").read_text(encoding="utf-8")
    positions = [page.index(day) for day in ("2 December 2022", "1 August 2021", "6 November 2019")]
    assert positions == sorted(positions)
