"""eval/line_scorer.py and eval/fit_clean.py: the line scorer tried in session 18 (issue 9)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "eval"))
import line_scorer

HEADLINE = "القوات الأمريكية تدخل رتلا جديدا إلى ريف الحسكة"
REPORT = [
    "أدخلت القوات الأمريكية اليوم السبت رتلا من 40 شاحنة عبر معبر الوليد إلى ريف الحسكة.",
    "وقالت مصادر محلية إن الرتل توجه إلى قاعدة خراب الجير في ريف رميلان.",
    "ويأتي ذلك بعد أيام من دخول رتل مماثل إلى المنطقة.",
]
CAPTION = "صورة أرشيفية لرتل أمريكي في الحسكة"


def _model(path: Path, weights: dict[str, float], threshold: float = 0.5) -> Path:
    """A model file scoring by the named standardised features (others weigh nothing)."""
    data = {
        "fitted_at": "test",
        "features": list(line_scorer.FEATURES),
        "mean": [0.0] * len(line_scorer.FEATURES),
        "scale": [1.0] * len(line_scorer.FEATURES),
        "weights": [weights.get(name, 0.0) for name in line_scorer.FEATURES],
        "bias": 0.0,
        "threshold": threshold,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _feature(rows: list[list[float]], i: int, name: str) -> float:
    return rows[i][line_scorer.FEATURES.index(name)]


def test_features_give_a_row_per_kept_paragraph_with_its_place_and_shape() -> None:
    rows = line_scorer.features([CAPTION, *REPORT], HEADLINE)
    assert len(rows) == 4 and all(len(row) == len(line_scorer.FEATURES) for row in rows)
    assert _feature(rows, 0, "before_prose") == 1.0  # the caption stands above the report
    assert _feature(rows, 0, "ends_in_stop") == 0.0 and _feature(rows, 1, "ends_in_stop") == 1.0
    assert _feature(rows, 1, "function_share") > 0  # "من", "عبر"... : prose has small words
    assert _feature(rows, 1, "digit_share") > 0 and _feature(rows, 0, "digit_share") == 0
    assert 0 < _feature(rows, 2, "lead_share") <= 1  # shares "ريف", "رميلان"... with the lead
    extra = line_scorer.features([CAPTION, *REPORT], HEADLINE, extra=True)
    assert len(extra[0]) == len(line_scorer.FEATURES) + len(line_scorer.EXTRA_FEATURES)


def test_a_model_file_loads_and_scores(tmp_path: Path) -> None:
    model = line_scorer.load_model(_model(tmp_path / "m.json", {"ends_in_stop": -3.0}))
    row = [0.0] * len(line_scorer.FEATURES)
    assert model.probability(row) == pytest.approx(0.5)
    row[line_scorer.FEATURES.index("ends_in_stop")] = 1.0
    assert model.probability(row) < 0.1


def test_a_model_with_other_features_is_refused(tmp_path: Path) -> None:
    path = _model(tmp_path / "old.json", {})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="refit"):
        line_scorer.load_model(path)


def test_the_pass_takes_a_kept_caption_and_keeps_a_short_report_paragraph(
    tmp_path: Path,
) -> None:
    # Unpunctuated lines above the report score high; sentences with their stop low.
    path = _model(tmp_path / "m.json", {"ends_in_stop": -4.0, "before_prose": 4.0}, 0.6)
    model = line_scorer.load_model(path)
    assert line_scorer.flagged([CAPTION, *REPORT], HEADLINE, model) == [0]
    assert line_scorer.flagged(["انفجار في القامشلي.", *REPORT[:1]], HEADLINE, model) == []


def test_the_pass_never_takes_most_of_a_body() -> None:
    assert line_scorer.keeping_most([0], [3, 20]) == [0]
    assert line_scorer.keeping_most([0, 1], [10, 5, 8]) == []  # 15 of 23 words
    assert line_scorer.keeping_most([], [4]) == []


def test_the_fit_finds_the_sign_of_a_separating_feature() -> None:
    pytest.importorskip("scipy", reason="eval/fit_clean.py needs the `fit` extra (SciPy)")
    import fit_clean
    import numpy as np

    rows = np.array([[0.0, 1.0], [0.1, 0.0], [1.0, 1.0], [0.9, 0.0]] * 5)
    labels = np.array([False, False, True, True] * 5)
    model = fit_clean.fit(rows, labels, penalty=0.1)
    assert model.weights[0] > 1.0 and abs(model.weights[1]) < 0.5
    probs = model.probabilities(np.array([[1.0, 0.5], [0.0, 0.5]]))
    assert probs[0] > 0.8 > 0.2 > probs[1]
