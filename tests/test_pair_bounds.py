"""Bounds on undated reports' pair scores: exact enough to skip events, never below."""

from __future__ import annotations

import functools

import pytest

from generator import analyse, glossary
from generator.analyse import events, score_bounds
from generator.evaluation import corpus, report
from generator.model import TranslatedArticle
from tests.conftest import REPO


@functools.cache
def _tuning_profiles() -> tuple[list[events.Profile], dict[str, str]]:
    """The tuning half's real reports (38 of 146 undated), as grouping sees them."""
    names = glossary.load(REPO / "seeds")
    prepared = report.prepare(corpus.load(REPO / "eval", "tune"), REPO / "eval" / "corpus")
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    return analyse.profiles(articles, names), {e.id: e.type for e in names.values()}


def test_each_bound_is_the_pair_score_never_below_it() -> None:
    profiles, types = _tuning_profiles()
    scorer = events.Scorer(profiles, types)
    upper = score_bounds.UpperBounds(profiles, scorer)
    undated = [p for p in profiles if p.start is None and not p.yearless]
    assert len(undated) >= 20
    for p in undated:
        found = upper.of(p)
        for m in profiles:
            if m is not p:
                assert 0.0 <= found[m.id] - scorer.pair(p, m) <= 1e-5, (p.id, m.id)


def test_grouping_with_the_bounds_is_grouping_every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, types = _tuning_profiles()
    bounded: list[str] = []
    real = score_bounds.UpperBounds.of

    def counting(self: score_bounds.UpperBounds, p: events.Profile) -> dict[str, float]:
        bounded.append(p.id)
        return real(self, p)

    monkeypatch.setattr(score_bounds.UpperBounds, "of", counting)
    monkeypatch.setattr(events, "BOUNDS_FROM_SHARE", 0.0)  # every undated report, here
    with_bounds = {frozenset(m.id for m in g.members) for g in events.group(profiles, types)}
    assert bounded  # the bounds were used
    bounded.clear()
    monkeypatch.setattr(events, "BOUNDS_FROM_SHARE", 2.0)  # never
    every_pair = {frozenset(m.id for m in g.members) for g in events.group(profiles, types)}
    assert not bounded
    assert with_bounds == every_pair


def test_each_bound_feature_is_the_pair_feature() -> None:
    """Every feature, whatever its weight in the shipped model, is the pair's own: a refit
    that weighs a feature more (or a new one, mirrored) cannot break the bounds unseen."""
    profiles, types = _tuning_profiles()
    scorer = events.Scorer(profiles, types)
    upper = score_bounds.UpperBounds(profiles, scorer)
    undated = [p for p in profiles if p.start is None and not p.yearless][:8]
    for p in undated:
        found = upper.features(p)
        assert set(found) == set(events.FEATURES)
        for m in profiles:
            if m is not p:
                pair = scorer.features(p, m)
                for name in events.FEATURES:
                    assert abs(found[name][upper.index[m.id]] - pair[name]) <= 1e-9, (name, m.id)
