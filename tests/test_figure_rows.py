"""An event's figures table: one row per kind, value and reporter (render.figure_rows)."""

from __future__ import annotations

from generator import render
from generator.analyse.figures import Figure
from generator.model import Article, Citation, Event, SeedMeta, TranslatedArticle


def _report(ident: str, outlet: str) -> TranslatedArticle:
    return TranslatedArticle(Article(meta=SeedMeta(id=ident, outlet=outlet), paragraphs=()), {})


def _figure(article: str, sentence: str, value: int, **who: str | None) -> Figure:
    return Figure(article, sentence, "killed", value, str(value), None, who.get("body"),
                  source=who.get("words"))  # fmt: skip


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
        (4, (Citation("a", "a-p1-s1"), Citation("b", "b-p2-s1"))),
        (11, (Citation("a", "a-p1-s1"),)),
        (4, (Citation("c", "c-p1-s1"), Citation("c", "c-p3-s1"))),
        (4, (Citation("b", "b-p5-s1"),)),
    ]
