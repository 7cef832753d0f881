"""How far the summary figures could move on another draw of events like these.

A split holds a few dozen labelled events, so one event more or less right moves a figure
by points. Resampling the split's events with replacement (the corpus was gathered and
split by event, so events, not articles, are the unit) and scoring each draw gives an
interval for every figure of the summary line: a goal inside it is within what the corpus
can tell apart; one above it is not met however the events fell.

An event drawn twice counts as two events. Its two copies are never a pair: grouping put
them together because they are the same reports, which says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from generator.evaluation import metrics

ROUNDS = 1000
LEVEL = 0.95  # share of the draws inside the interval
SEED = 9  # the draws are fixed, so the interval is the same on every run


@dataclass(frozen=True)
class Outcome:
    """One report's part in the summary figures."""

    event: str  # its labelled event
    predicted: str  # the event grouping put it in
    chrome: tuple[int, int, int]  # chrome lines removed, lines removed, chrome lines labelled
    date_right: bool  # its event is dated on the labelled day
    quotes: tuple[int, int]  # labelled quotations with the right speaker, labelled ones scored


def figures(outcomes: Sequence[Outcome], draws: Sequence[int] | None = None) -> dict[str, float]:
    """The summary figures of reports; ``draws[i]`` tells the copies of one event apart
    (by default every event is drawn once)."""
    if draws is None:
        names = sorted({o.event for o in outcomes})
        draws = [names.index(o.event) for o in outcomes]
    chrome = np.array([o.chrome for o in outcomes]).reshape(-1, 3).sum(axis=0)
    quotes = np.array([o.quotes for o in outcomes]).reshape(-1, 2).sum(axis=0)
    pairs, cubed = _grouping(outcomes, np.array(draws))
    return {
        "grouping_f1": pairs.f1,
        "bcubed_f1": cubed.f1,
        "date_acc": metrics.share(sum(o.date_right for o in outcomes), len(outcomes)),
        "boilerplate_f1": metrics.prf(*(int(n) for n in chrome)).f1,
        "quote_acc": metrics.share(int(quotes[0]), int(quotes[1])),
    }


def _grouping(
    outcomes: Sequence[Outcome], draws: npt.NDArray[np.int_]
) -> tuple[metrics.PRF, metrics.PRF]:
    """Pairwise and B-cubed scores as ``metrics.pairwise`` and ``metrics.bcubed`` give
    them, over the reports of the drawn events, leaving out pairs across copies of one."""
    events = np.array([o.event for o in outcomes])
    predicted = np.array([o.predicted for o in outcomes])
    same_event = events[:, None] == events[None, :]
    same_draw = draws[:, None] == draws[None, :]
    counted = same_draw | ~same_event
    together = same_draw
    found = (predicted[:, None] == predicted[None, :]) & counted
    both = together & found
    upper = np.triu(np.ones_like(counted), k=1)  # each pair once, no report with itself
    pairs = metrics.prf(*(int((m & upper).sum()) for m in (both, found, together)))
    precision = (both.sum(axis=1) / found.sum(axis=1)).mean()
    recall = (both.sum(axis=1) / together.sum(axis=1)).mean()
    return pairs, metrics.PRF(float(precision), float(recall))


def intervals(
    outcomes: Sequence[Outcome], rounds: int = ROUNDS, seed: int = SEED
) -> dict[str, tuple[float, float]]:
    """For each summary figure, the range that holds ``LEVEL`` of its values over
    ``rounds`` draws of the events with replacement (percentile bootstrap)."""
    by_event: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_event.setdefault(outcome.event, []).append(outcome)
    names = sorted(by_event)
    generator = np.random.default_rng(seed)
    values: dict[str, list[float]] = {}
    for _ in range(rounds):
        drawn = generator.integers(len(names), size=len(names))
        members = [(i, o) for i, pick in enumerate(drawn) for o in by_event[names[pick]]]
        scores = figures([o for _, o in members], [i for i, _ in members])
        for key, value in scores.items():
            values.setdefault(key, []).append(value)
    tail = (1 - LEVEL) / 2 * 100
    return {
        key: (float(np.percentile(v, tail)), float(np.percentile(v, 100 - tail)))
        for key, v in values.items()
    }
