"""`briefing eval` and what the labelled corpus must keep true of grouping."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator import analyse, build, events, glossary
from generator.evaluation import corpus, metrics, report
from generator.model import Article, TranslatedArticle
from tests.conftest import FOUNDING_PROJECT, REPO
from tests.test_cli import run

EVAL = REPO / "eval"


def test_pairwise_and_bcubed_on_a_worked_example() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    pairs = metrics.pairwise(gold, predicted)  # true pairs ab ac bc; predicted ab cd
    assert (pairs.precision, pairs.recall) == (0.5, pytest.approx(1 / 3))
    cubed = metrics.bcubed(gold, predicted)
    assert cubed.precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert cubed.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_the_labels_hold_together() -> None:
    items = corpus.load(EVAL)
    assert len(items) >= 60 and len({i.outlet for i in items}) >= 15
    assert {i.split for i in items} == {"tune", "test"}
    for item in items:
        lines = item.text.split("\n")
        assert all(1 <= n <= len(lines) for n in item.boilerplate), item.id
        assert item.title_line is None or item.title_line not in item.boilerplate, item.id


def _partition(articles: list[TranslatedArticle]) -> set[frozenset[str]]:
    names = glossary.load(REPO / "seeds")
    profiles = analyse.profiles(articles, names)
    types = {e.id: e.type for e in names.values()}
    return {frozenset(m.id for m in g.members) for g in events.group(profiles, types)}


def _redated(article: Article, new_id: str, day: dt.date) -> TranslatedArticle:
    paragraphs = tuple(
        dataclasses.replace(
            p,
            sentences=tuple(
                dataclasses.replace(s, id=s.id.replace(article.id, new_id)) for s in p.sentences
            ),
        )
        for p in article.paragraphs
    )
    meta = dataclasses.replace(article.meta, id=new_id, published=day, event=None)
    return TranslatedArticle(article=Article(meta=meta, paragraphs=paragraphs))


def test_adding_50_unrelated_articles_changes_no_other_articles_event() -> None:
    """Scores use a fixed reference corpus, so other articles cannot move them. The added
    reports (the founding articles, re-dated) fall in the same weeks as the labelled events."""
    prepared = report.prepare(corpus.load(EVAL), EVAL / "corpus")
    labelled = [TranslatedArticle(article=p.article) for p in prepared]
    days = sorted({p.item.event_date for p in prepared})
    founding = build.read_articles(FOUNDING_PROJECT)
    unrelated = [
        _redated(founding[i % len(founding)], f"9{i:02d}-unrelated", days[i % len(days)])
        for i in range(50)
    ]
    ids = {a.id for a in labelled}
    before = _partition(labelled)
    after = {group & ids for group in _partition(labelled + unrelated)} - {frozenset()}
    assert after == before


def test_briefing_eval_prints_every_component_and_the_summary_line() -> None:
    project = build.Project(REPO)
    result = run(project, "eval", "--split", "tune")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    for component in ("boilerplate lines:", "titles:", "grouping:", "event dates:", "quotes:"):
        assert any(line.startswith(component) for line in lines), component
    summary = dict(pair.split("=") for pair in lines[-1].split())
    assert set(summary) == set(report.SUMMARY_KEYS)
    assert all(0.0 <= float(value) <= 1.0 for value in summary.values())


def test_eval_without_labels_is_a_clear_error(tmp_path: Path) -> None:
    result = run(build.Project(REPO), "eval", "--corpus", str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"no labels.yaml in {tmp_path}" in result.stderr
