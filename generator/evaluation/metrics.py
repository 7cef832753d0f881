"""Scoring formulas: precision/recall/F1, pairwise and B-cubed clustering scores."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def prf(true_positive: int, predicted: int, actual: int) -> PRF:
    """Precision and recall; an empty prediction (or truth) scores 1 on that side."""
    return PRF(
        precision=true_positive / predicted if predicted else 1.0,
        recall=true_positive / actual if actual else 1.0,
    )


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PRF:
    """Over all pairs of items: does the prediction put them together when the truth does?"""
    together = predicted_together = both = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_predicted = predicted[a] == predicted[b]
        together += same_gold
        predicted_together += same_predicted
        both += same_gold and same_predicted
    return prf(both, predicted_together, together)


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PRF:
    """B-cubed: per item, the share of its predicted cluster that is right, and of its true
    cluster that was found; averaged over items (Bagga and Baldwin, 1998)."""
    precision = recall = 0.0
    for item in gold:
        same_predicted = {x for x in gold if predicted[x] == predicted[item]}
        same_gold = {x for x in gold if gold[x] == gold[item]}
        correct = len(same_predicted & same_gold)
        precision += correct / len(same_predicted)
        recall += correct / len(same_gold)
    return PRF(precision / len(gold), recall / len(gold)) if gold else PRF(1.0, 1.0)


def share(hits: int, total: int) -> float:
    return hits / total if total else 1.0
