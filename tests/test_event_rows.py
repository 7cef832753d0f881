"""An event's figures table, one row per kind and value listing who gave it
(render.figure_rows), the sides of a "sources disagree" box, one per value and reporter
(render.conflict_sides), and its quotations, the same words by one speaker once
(render.quote_rows)."""

from __future__ import annotations

import dataclasses

import pytest

from generator import render
from generator.analyse.figures import Conflict, Figure
from generator.analyse.quotes import Quote
from generator.model import Article, Citation, Event, SeedMeta, TranslatedArticle


def _report(ident: str, outlet: str) -> TranslatedArticle:
    return TranslatedArticle(Article(meta=SeedMeta(id=ident, outlet=outlet), paragraphs=()), {})


def _figure(
    article: str, sentence: str, value: int, revision: bool = False, **who: str | None
) -> Figure:
    return Figure(article, sentence, "killed", value, str(value), None, who.get("body"),
                  revision=revision, source=who.get("words"))  # fmt: skip


def test_one_claim_relayed_by_several_outlets_is_one_row_citing_each() -> None:
    event = Event(
        "e",
        (_report("a", "north-press"), _report("b", "roz"), _report("c", "syriac")),
        figures=(
            _figure("a", "a-p1-s1", 4, body="aanes"),
            _figure("b", "b-p2-s1", 4, body="aanes"),
            _figure("b", "b-p2-s1", 4, body="aanes"),  # twice in one sentence: one citation
            _figure("a", "a-p1-s1", 11, body="aanes"),  # another value
            _figure("c", "c-p1-s1", 4),  # the outlet's own count
            _figure("c", "c-p3-s1", 4),  # ... given again further down
            _figure("b", "b-p5-s1", 4, words="مصدر طبي"),  # someone else
        ),
    )
    rows = render.figure_rows(event)
    assert [(r.figure.value, r.citations) for r in rows] == [
        (4, tuple(Citation(*c) for c in (("a", "a-p1-s1"), ("b", "b-p2-s1"), ("c", "c-p1-s1"),
                                         ("c", "c-p3-s1"), ("b", "b-p5-s1")))),
        (11, (Citation("a", "a-p1-s1"),)),
    ]  # fmt: skip
    # everyone who gave the 4, once each, in the order they come: the body, the outlet
    # itself (syriac), the report's own words
    assert [render.figure_reporter(event, f) for f in rows[0].reporters] == [
        "aanes",
        "syriac",
        "مصدر طبي",
    ]


def test_a_disagreement_shows_each_value_by_each_reporter_once_citing_every_report() -> None:
    """An AFP toll relayed by two outlets, and the observatory's 7 and 5 in both copies: one
    side per value and reporter, not one per report."""
    event = Event("e", (_report("a", "arab-khabar"), _report("b", "al-umma"), _report("c", "asia")))
    figures = (
        _figure("a", "a-p1-s1", 7, body="sohr"),
        _figure("a", "a-p2-s1", 5, body="sohr"),
        _figure("b", "b-p1-s1", 7, body="sohr"),
        _figure("b", "b-p2-s1", 5, body="sohr"),
        _figure("c", "c-p1-s1", 6, body="sdf"),
        _figure("c", "c-p1-s2", 7),  # the outlet's own 7: another reporter
    )
    sides = render.conflict_sides(event, Conflict("killed", figures))
    assert [
        (s.figure.value, render.figure_reporter(event, s.figure), s.citations) for s in sides
    ] == [
        (7, "sohr", (Citation("a", "a-p1-s1"), Citation("b", "b-p1-s1"))),
        (5, "sohr", (Citation("a", "a-p2-s1"), Citation("b", "b-p2-s1"))),
        (6, "sdf", (Citation("c", "c-p1-s1"),)),
        (7, "asia", (Citation("c", "c-p1-s2"),)),
    ]


def test_a_side_every_report_reached_by_raising_its_own_count_says_so() -> None:
    """Six killed, the toll later rose to 7, in one report beside another's 5: the 7 is
    the report's update, which the reader is told, not a third source."""
    event = Event("e", (_report("a", "asia"), _report("b", "al-umma")))
    figures = (
        _figure("a", "a-p1-s1", 6, body="sdf"),
        _figure("a", "a-p2-s1", 7, revision=True, body="sdf"),
        _figure("b", "b-p1-s1", 5, body="sohr"),
        _figure("b", "b-p2-s1", 7, body="sohr"),  # the same 7 given outright: no update
    )
    sides = render.conflict_sides(event, Conflict("killed", figures))
    assert [(s.figure.value, s.revised) for s in sides] == [
        (6, False),
        (7, True),
        (5, False),
        (7, False),
    ]


@pytest.mark.parametrize("mark", ["earlier", "part"])
def test_a_row_every_report_marks_as_no_claim_of_its_own_says_so(mark: str) -> None:
    """The observatory's first toll of 5, which both copies say it replaced with 7 (or the
    5 civilians among the 7), is marked in the table; a 5 another report gives outright
    would not be."""
    event = Event("e", (_report("a", "arab-khabar"), _report("b", "al-umma")))
    marked = [
        dataclasses.replace(_figure(article, f"{article}-p2-s1", 5, body="sohr"), **{mark: True})
        for article in ("a", "b")
    ]
    event = dataclasses.replace(event, figures=(_figure("a", "a-p1-s1", 7, body="sohr"), *marked))
    assert [(r.figure.value, getattr(r, mark)) for r in render.figure_rows(event)] == [
        (7, False),
        (5, True),
    ]
    outright = (*event.figures, _figure("b", "b-p3-s1", 5, body="sdf"))
    rows = render.figure_rows(dataclasses.replace(event, figures=outright))
    assert [(r.figure.value, getattr(r, mark)) for r in rows] == [(7, False), (5, False)]


def test_the_same_words_by_one_speaker_are_one_quotation_citing_each_report() -> None:
    words = "يتجاوز كل القيم والمعايير الأخلاقية والقانونية"
    event = Event(
        "e",
        (_report("a", "bissan"), _report("b", "north-press")),
        quotes=(
            Quote("a", "a-p2-s1", words, None, None, source="الإدارة الذاتية"),
            Quote("b", "b-p5-s1", words.replace("ي", "ى"), None, None, source="الإدارة الذاتية"),
            Quote("b", "b-p6-s1", words, "sdf", None),  # another speaker
        ),
    )
    rows = render.quote_rows(event)
    assert [(r.quote.sentence, r.citations) for r in rows] == [
        ("a-p2-s1", (Citation("a", "a-p2-s1"), Citation("b", "b-p5-s1"))),
        ("b-p6-s1", (Citation("b", "b-p6-s1"),)),
    ]
