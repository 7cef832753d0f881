"""eval/group_features.py's separation measures (needs the `fit` extra, as the script does)."""

from __future__ import annotations

import math
import sys

import pytest

from tests.conftest import REPO

pytest.importorskip("scipy", reason="eval/group_features.py imports eval/fit_grouping.py (SciPy)")
sys.path.insert(0, str(REPO / "eval"))
import group_features

SCORES = [0.1, 0.4, 0.35, 0.8]
LABELS = [0, 0, 1, 1]


def test_auc_is_the_share_of_true_false_pairs_ranked_right() -> None:
    # true 0.35 and 0.8 against false 0.1 and 0.4: three of the four orderings are right
    assert group_features.auc(SCORES, LABELS) == pytest.approx(0.75)
    assert group_features.auc([0.0, 1.0], [0, 1]) == 1.0
    assert group_features.auc([1.0, 0.0], [0, 1]) == 0.0


def test_auc_counts_ties_half_and_is_undefined_for_one_class() -> None:
    assert group_features.auc([0.5, 0.5, 0.5], [0, 1, 1]) == pytest.approx(0.5)
    assert math.isnan(group_features.auc([0.2, 0.3], [1, 1]))


def test_best_threshold_gives_the_precision_and_recall_of_the_best_f1() -> None:
    # >= 0.35 calls three pairs, two of them true: P 2/3, R 1, F1 0.8 (>= 0.8: F1 0.667)
    threshold, precision, recall = group_features.best_threshold(SCORES, LABELS)
    assert threshold == 0.35
    assert precision == pytest.approx(2 / 3)
    assert recall == 1.0


def test_char_grams_match_forms_of_one_word_that_terms_keep_apart() -> None:
    assert group_features.char_grams("ولد") == [" ول", "ولد", "لد ", " ولد", "ولد ", " ولد "]
    shared = set(group_features.char_grams("التركي")) & set(group_features.char_grams("تركية"))
    assert "ترك" in shared
