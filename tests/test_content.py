"""The founding content: metadata, human reference translations, glossary."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator import build, glossary
from generator.errors import InputError
from generator.translate import tm
from tests.conftest import FOUNDING_PROJECT as PROJECT


def test_every_sentence_of_every_seed_has_a_human_translation() -> None:
    """A segmentation change that orphans a reference translation fails here, loudly."""
    memory = tm.load(PROJECT.seeds_dir)
    missing = []
    for article in build.read_articles(PROJECT):
        for sentence in article.sentences:
            entry = tm.lookup(memory, article.id, sentence.ar)
            if entry is None or entry.origin != "human" or not entry.translator:
                missing.append(sentence.id)
    assert missing == []


def test_translation_memory_has_no_orphaned_entries() -> None:
    """Every TM entry still matches a sentence of its seed."""
    memory = tm.load(PROJECT.seeds_dir)
    for article in build.read_articles(PROJECT):
        keys = {tm.sentence_key(s.ar) for s in article.sentences}
        assert set(memory.get(article.id, {})) <= keys, article.id


def test_every_seed_has_outlet_and_date_or_a_documented_unknown() -> None:
    sources = (PROJECT.seeds_dir / "SOURCES.md").read_text(encoding="utf-8")
    entries = glossary.load(PROJECT.seeds_dir).values()
    outlets = {e.id for e in entries if e.type == "outlet" and e.display}
    for article in build.read_articles(PROJECT):
        meta = article.meta
        assert meta.id in sources, f"{meta.id} has no evidence section in SOURCES.md"
        assert meta.outlet in outlets or meta.outlet == "unknown", meta.outlet
        assert meta.published is not None, meta.id


def test_seed_004_is_not_dated_by_its_crawl_header() -> None:
    article = next(a for a in build.read_articles(PROJECT) if a.id.startswith("004-"))
    assert article.meta.published == dt.date(2019, 11, 12)


def test_glossary_passes_its_schema_and_covers_the_named_people() -> None:
    entries = glossary.load(PROJECT.seeds_dir)
    assert len(entries) >= 40
    people = {e.name["en"] for e in entries.values() if e.type == "person"}
    named_in_seeds = {
        "Mazloum Abdi", "Mustafa Bali", "Myles Caggins", "Kino Gabriel", "Redur Khalil",
        "Paul Calvert", "Antony Blinken", "Donald Trump", "Vladimir Putin", "Abu Bakr al-Baghdadi",
        "Aram Hanna", "Lloyd Austin", "Hulusi Akar", "John Kirby", "Recep Tayyip Erdoğan",
    }  # fmt: skip
    assert named_in_seeds <= people
    text = " ".join(s.ar for a in build.read_articles(PROJECT) for s in a.sentences)
    for entry in entries.values():
        if entry.type == "person":
            assert any(form in text for form in entry.ar_forms), entry.id


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"id": "x", "type": "thing"}, "'type' must be one of"),
        ({"id": "X y", "type": "place"}, "'id' must be lowercase"),
        (
            {"id": "x", "type": "outlet", "name": {"en": "X", "ar": "س"}, "ar_forms": ["س"],
             "description": {"en": "d", "ar": "و"}},
            "'display' needs non-empty 'en' and 'ar' text",
        ),
        (
            {"id": "x", "type": "place", "name": {"en": "X"}, "ar_forms": ["س"],
             "description": {"en": "d", "ar": "و"}},
            "'name' needs non-empty 'en' and 'ar' text",
        ),
        (
            {"id": "x", "type": "place", "gender": "female", "name": {"en": "X", "ar": "س"},
             "ar_forms": ["س"], "description": {"en": "d", "ar": "و"}},
            "'gender' is for persons only",
        ),
        (
            {"id": "x", "type": "person", "gender": "f", "name": {"en": "X", "ar": "س"},
             "ar_forms": ["س"], "description": {"en": "d", "ar": "و"}},
            "'gender' is for persons only, one of male, female",
        ),
        (
            {"id": "x", "type": "place", "kind": "region", "name": {"en": "X", "ar": "س"},
             "ar_forms": ["س"], "description": {"en": "d", "ar": "و"}},
            "a place's 'kind' must be one of country",
        ),
        (
            {"id": "x", "type": "person", "kind": "country", "name": {"en": "X", "ar": "س"},
             "ar_forms": ["س"], "description": {"en": "d", "ar": "و"}},
            "'kind' is for terms and places only",
        ),
    ],
)  # fmt: skip
def test_glossary_schema_errors_name_file_and_line(
    tmp_path: Path, item: dict, message: str
) -> None:
    (tmp_path / "glossary.yaml").write_text(
        "# comment\n" + yaml.safe_dump([item], allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        glossary.load(tmp_path)
    problem = caught.value.problems[0]
    assert problem.line == 2 and message in problem.message


PERSON = {"id": "x", "type": "person", "name": {"en": "X", "ar": "س"}, "ar_forms": ["س"],
          "description": {"en": "d", "ar": "و"}}  # fmt: skip


@pytest.mark.parametrize(
    ("posts", "message"),
    [
        ([{"ar": "الرئيس التركي", "from": "2014-8-28"}], "days written YYYY-MM-DD"),
        ([{"ar": "الرئيس التركي", "from": "2014-02-30"}], "days written YYYY-MM-DD"),
        ([{"ar": "الرئيس", "from": "2014-08-28"}], "two or three"),
        ([{"ar": "الرئيس التركي", "from": "2020-01-02", "to": "2019-01-01"}], "swap them"),
        ([{"ar": "الرئيس التركي", "since": "2014-08-28"}], "no other field"),
        ("الرئيس التركي", "'posts' must be a list"),
    ],
)  # fmt: skip
def test_glossary_post_errors_say_the_fix(tmp_path: Path, posts: object, message: str) -> None:
    (tmp_path / "glossary.yaml").write_text(
        "# comment\n" + yaml.safe_dump([{**PERSON, "posts": posts}], allow_unicode=True),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        glossary.load(tmp_path)
    problem = caught.value.problems[0]
    assert problem.line == 2 and message in problem.message


def test_a_post_has_one_holder_at_a_time(tmp_path: Path) -> None:
    def holder(key: str, start: str, end: str | None) -> dict:
        post = {"ar": ["الرئيس الأمريكي", "الرئيس الأميركي"], "from": start, "to": end}
        return {**copy.deepcopy(PERSON), "id": key, "posts": [post]}  # no YAML aliases

    items = [holder("a", "2017-01-20", "2021-01-19"), holder("b", "2021-01-20", None)]
    path = tmp_path / "glossary.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    entries = glossary.load(tmp_path)
    assert glossary.held_posts(entries.values(), dt.date(2021, 1, 19))["الرئيس الأميركي"] == "a"
    assert glossary.held_posts(entries.values(), dt.date(2021, 1, 20))["الرئيس الأمريكي"] == "b"
    assert glossary.held_posts(entries.values(), dt.date(2016, 1, 1)) == {}
    items[1] = holder("b", "2021-01-19", None)  # the handover day given to both
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        glossary.load(tmp_path)
    (problem,) = caught.value.problems
    assert problem.key == "b" and problem.line is not None
    assert "overlaps with 'a'" in problem.message and "the day before" in problem.message


def test_posts_are_for_persons(tmp_path: Path) -> None:
    item = {**PERSON, "type": "organisation", "posts": [{"ar": "س ص", "from": "2020-01-01"}]}
    (tmp_path / "glossary.yaml").write_text(yaml.safe_dump([item], allow_unicode=True))
    with pytest.raises(InputError, match="'posts' is for persons only"):
        glossary.load(tmp_path)


@pytest.mark.parametrize(
    ("raw", "line", "message"),
    [
        (b"- id: x\n  type: place\n\x01\n", 3, "is not valid YAML"),
        (b"- id: x\n\xff\n", 2, "is not valid UTF-8"),
        (b"- id: x\n  when: 2022-02-30\n", 1, "unknown field(s) when"),
    ],
)
def test_broken_glossary_files_give_a_line_not_a_traceback(
    tmp_path: Path, raw: bytes, line: int, message: str
) -> None:
    (tmp_path / "glossary.yaml").write_bytes(raw)
    with pytest.raises(InputError) as caught:
        glossary.load(tmp_path)
    problem = caught.value.problems[0]
    assert problem.line == line and message in problem.message
