"""eval/fit_grouping.py's choice of the shipped point (needs the `fit` extra)."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from generator.evaluation import metrics
from tests.conftest import REPO

pytest.importorskip("scipy", reason="eval/fit_grouping.py needs the `fit` extra (SciPy)")
sys.path.insert(0, str(REPO / "eval"))
import fit_grouping


def _grid(precise: tuple[float, float], loose: tuple[float, float]) -> dict:
    """Every (dated, undated) point at one strength: dated thresholds from 0.5 up are
    ``precise`` (precision, recall), lower ones ``loose``."""
    return {
        (1.0, dated, undated): [metrics.PRF(*(precise if dated >= 0.5 else loose))] * 2
        for dated in fit_grouping.THRESHOLDS
        for undated in fit_grouping.THRESHOLDS
    }


def test_the_point_reaching_the_precision_target_wins_over_a_better_f1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", 0.95)
    best = fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), lambda _: None)
    assert best[1] >= 0.55  # its neighbourhood, one step each way, is precise too
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", None)
    assert fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), lambda _: None)[1] < 0.5


def test_without_a_point_reaching_the_target_the_most_precise_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", 0.99)
    said: list[str] = []
    best = fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), said.append)
    assert best[1] >= 0.55
    assert "among 0 of" in said[0]


def test_the_remembering_scorer_groups_as_the_plain_one_and_scores_each_pair_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The threshold grid groups one half many times with one scorer: same events, and
    a pair computed once however often grouping asks for it."""
    from generator import analyse
    from generator.analyse import events
    from tests.test_events import _report

    body = "قصفت طائرة مسيرة قرية {} في ريف القامشلي، ما أدى إلى مقتل مدنيين."
    day = dt.date(2024, 3, 1)
    reports = [
        _report(f"93{n}-x", day, body.format(place))
        for n, place in enumerate(("الحفل", "تل تمر", "عامودا", "الحفل"))
    ]
    profiles = analyse.profiles(reports, {})
    computed: list[tuple[str, str]] = []
    plain_pair = events.Scorer.pair
    monkeypatch.setattr(
        events.Scorer,
        "pair",
        lambda self, a, b: computed.append((a.id, b.id)) or plain_pair(self, a, b),
    )
    remembering = fit_grouping.Remembering(profiles, {})
    join = events.pair_model().join
    plain = events.group(profiles, {}, join)
    first = events.group(profiles, {}, join, remembering)
    asked = len(computed)
    again = events.group(profiles, {}, join, remembering)
    assert [g.members for g in plain] == [g.members for g in first] == [g.members for g in again]
    assert len(remembering.known) == len(set(remembering.known)) > 0
    assert len(computed) == asked  # the second grouping computed nothing new
