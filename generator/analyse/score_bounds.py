"""An undated report's pair scores with every other report, in one pass, as upper bounds.

An undated report may tell a happening of any year, so grouping scores it against every
event it shares evidence with: at archive scale nearly all of them, one Python pair at a
time (5,000 reports with 258 undated: two minutes, and a pair cache of a million scores).
Here the same features are computed for all reports at once with numpy (sparse rows of
terms, entities, quotation shingles, places and kinds) and put through the same model.
Summed in another order they may differ from ``Scorer.pair`` in the last bits, so they are
raised by ``ROUNDING`` and used as upper bounds: grouping scores exactly, one pair at a
time, only the events whose bounds reach the join threshold. The groups do not change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # events imports this module
    from generator.analyse.events import Profile, Scorer

# Added to every bound's logit: far above the rounding of two sums of a few hundred terms.
ROUNDING = 1e-6


class SparseRows:
    """Sparse rows, one per report, for the product of one row with all of them."""

    def __init__(self, rows: Sequence[Mapping[Any, float]]) -> None:
        self.columns: dict[Any, int] = {}
        ids, weights, owners = [], [], []
        for number, row in enumerate(rows):
            for key, weight in row.items():
                ids.append(self.columns.setdefault(key, len(self.columns)))
                weights.append(weight)
                owners.append(number)
        self.ids = np.array(ids, dtype=np.int64)
        self.weights = np.array(weights, dtype=np.float64)
        self.owners = np.array(owners, dtype=np.int64)
        self.count = len(rows)

    def products(self, row: Mapping[Any, float]) -> np.ndarray:
        """Each row's dot product with ``row``."""
        dense = np.zeros(len(self.columns) + 1)  # the last column: keys no row has
        for key, weight in row.items():
            dense[self.columns.get(key, -1)] = weight
        return np.bincount(self.owners, dense[self.ids] * self.weights, minlength=self.count)


def _ones(keys: Iterable[Any]) -> dict[Any, float]:
    return dict.fromkeys(keys, 1.0)


def _lead_rows(profiles: Sequence[Profile]) -> np.ndarray:
    """The leads' vectors, one row per report (zeros for a report without one, whose
    cosine ``embedding.cosine`` counts as 0)."""
    rows = [p.lead_vector for p in profiles if p.lead_vector is not None]
    width = len(rows[0]) if rows else 0
    empty = np.zeros(width)
    return np.array([empty if p.lead_vector is None else p.lead_vector for p in profiles])


def weekday_mask(weekdays: Iterable[int]) -> int:
    """Weekdays (0 = Monday) as bits of one integer, for comparing all reports at once."""
    return sum(1 << day for day in set(weekdays))


def near_weekdays(weekdays: Iterable[int]) -> set[int]:
    """The weekdays less than ``events.DAYS_APART_NEVER_JOIN`` days from one of
    ``weekdays``: a report naming none of them names days apart (``weekdays_conflict``)."""
    from generator.analyse import events  # here: events imports this module

    reach = events.DAYS_APART_NEVER_JOIN
    return {(day + step) % 7 for day in weekdays for step in range(1 - reach, reach)}


class UpperBounds:
    """Bounds on ``scorer.pair(p, m)`` for an undated ``p`` without a yearless day (whose
    pairs are undated, at no gap) and every report ``m`` of ``profiles``."""

    def __init__(self, profiles: Sequence[Profile], scorer: Scorer) -> None:
        from generator.analyse import events  # here: events imports this module

        self.min_shared = events.MIN_SHARED_ENTITIES
        self.index = {p.id: number for number, p in enumerate(profiles)}
        self.model = scorer.model
        self.vectors = {p.id: scorer.vectors[p.id] for p in profiles}
        weight = scorer.entity_weight
        self.specific = specific = {
            e for p in profiles for e in p.entities
            if scorer.entity_types.get(e) in events.SPECIFIC_ENTITY_TYPES
        }  # fmt: skip
        self.entity_weights = {e: weight(e) for p in profiles for e in p.entities}
        self.text = SparseRows([self.vectors[p.id] for p in profiles])
        self.names = SparseRows([{e: self.entity_weights[e] for e in p.entities} for p in profiles])
        self.named = SparseRows([_ones(p.entities) for p in profiles])
        self.specifics = SparseRows([_ones(p.entities & specific) for p in profiles])
        self.quotes = SparseRows([_ones(p.shingles) for p in profiles])
        self.sites = SparseRows([_ones(p.sites) for p in profiles])
        self.places = SparseRows([_ones(p.places) for p in profiles])
        self.kinds = SparseRows([_ones(p.kinds) for p in profiles])
        self.entity_totals = np.array(
            [sum(self.entity_weights[e] for e in p.entities) for p in profiles]
        )
        self.place_counts = np.array([len(p.places) for p in profiles])
        self.kind_counts = np.array([len(p.kinds) for p in profiles])
        acts = {act: n for n, act in enumerate(sorted({p.act for p in profiles if p.act}))}
        self.acts = np.array([acts.get(p.act, -1) if p.act else -1 for p in profiles])
        self.acts_index = acts
        days = [p.named.toordinal() if p.named else -1 for p in profiles]
        self.named_days = np.array(days)
        self.leads = _lead_rows(profiles) if self.model.weights.get("embedding") else None
        self.weekdays = np.array([weekday_mask(p.weekdays) for p in profiles], dtype=np.int64)

    def of(self, p: Profile) -> dict[str, float]:
        """Every report's bound with ``p``, by report id."""
        features = self.features(p)
        logit = self.model.intercept + sum(
            self.model.weights.get(name, 0.0) * values for name, values in features.items()
        )
        bounds = 1.0 / (1.0 + np.exp(-(logit + ROUNDING)))
        return dict(zip(self.index, bounds.tolist(), strict=True))

    def features(self, p: Profile) -> dict[str, np.ndarray]:
        """``Scorer.features(p, m)`` for every report ``m``, as arrays."""
        shared = self.names.products(_ones(p.entities))
        counted = self.named.products(_ones(p.entities)) >= self.min_shared
        counted |= self.specifics.products(_ones(p.entities & self.specific)) > 0
        union = self.entity_totals + sum(self.entity_weights[e] for e in p.entities) - shared
        names = np.where(counted, shared / np.maximum(union, 1e-300), 0.0)
        places = (self.place_counts > 0) & bool(p.places)
        kinds = (self.kind_counts > 0) & bool(p.kinds)
        common_kinds = self.kinds.products(_ones(p.kinds))
        all_kinds = np.maximum(self.kind_counts + len(p.kinds) - common_kinds, 1)
        act = self.acts_index.get(p.act, -2) if p.act else -1
        day = p.named.toordinal() if p.named else -1
        near = weekday_mask(near_weekdays(p.weekdays))  # 0 when p's lead names no weekday
        zero = np.zeros(len(self.index))
        return {
            "text": self.text.products(self.vectors[p.id]),
            "names": names,
            "quote": (self.quotes.products(_ones(p.shingles)) > 0).astype(float),
            "gap": zero,
            "day_apart": ((self.named_days >= 0) & (day >= 0) & (self.named_days != day)) * 1.0,
            "place_shared": (self.sites.products(_ones(p.sites)) > 0).astype(float),
            "place_conflict": (places & (self.places.products(_ones(p.places)) == 0)) * 1.0,
            "kind_shared": np.where(kinds, common_kinds / all_kinds, 0.0),
            "kind_conflict": (kinds & (common_kinds == 0)) * 1.0,
            "act_conflict": ((self.acts >= 0) & (act != -1) & (self.acts != act)) * 1.0,
            "undated": zero + 1.0,
            "embedding": zero if self.leads is None or p.lead_vector is None
            else self.leads @ p.lead_vector,
            "weekday_conflict": ((near > 0) & (self.weekdays > 0) & (self.weekdays & near == 0))
            * 1.0,
        }  # fmt: skip
