"""eval/fit_grouping.py's choice of the shipped point (needs the `fit` extra)."""

from __future__ import annotations

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
