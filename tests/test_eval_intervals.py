"""The bootstrap intervals of ``briefing eval``: the figures they resample are the ones the
summary line gives, and an event drawn twice adds no pair of its own copies."""

from __future__ import annotations

import random

from generator.evaluation import intervals, metrics
from generator.evaluation.intervals import Outcome


def _outcome(event: str, predicted: str, right: bool = True) -> Outcome:
    return Outcome(event, predicted, chrome=(2, 3, 4), date_right=right, quotes=(1, 2))


def _random_reports(seed: int) -> list[Outcome]:
    rng = random.Random(seed)
    return [
        Outcome(
            event=f"e{rng.randrange(8)}",
            predicted=f"p{rng.randrange(6)}",
            chrome=(rng.randrange(3), rng.randrange(3, 6), rng.randrange(3, 6)),
            date_right=rng.random() < 0.7,
            quotes=(rng.randrange(2), 2),
        )
        for _ in range(30)
    ]


def test_one_draw_of_every_event_gives_the_metrics_figures() -> None:
    for seed in range(5):
        reports = _random_reports(seed)
        gold = {str(i): r.event for i, r in enumerate(reports)}
        found = {str(i): r.predicted for i, r in enumerate(reports)}
        figures = intervals.figures(reports)
        assert abs(figures["grouping_f1"] - metrics.pairwise(gold, found).f1) < 1e-12
        assert abs(figures["bcubed_f1"] - metrics.bcubed(gold, found).f1) < 1e-12
        chrome = [sum(r.chrome[i] for r in reports) for i in range(3)]
        assert figures["boilerplate_f1"] == metrics.prf(*chrome).f1
        assert figures["date_acc"] == sum(r.date_right for r in reports) / len(reports)
        quotes = sum(r.quotes[0] for r in reports) / sum(r.quotes[1] for r in reports)
        assert figures["quote_acc"] == quotes


def test_the_copies_of_an_event_drawn_twice_are_no_pair() -> None:
    # Two reports of one event, grouped apart: drawn twice, still one pair missed per copy
    # and no false pair between the copies, though each copy's reports sit in p1 and p2.
    split = [_outcome("a", "p1"), _outcome("a", "p2")]
    once = intervals.figures(split)
    twice = intervals.figures(split + split, draws=[0, 0, 1, 1])
    assert once["grouping_f1"] == twice["grouping_f1"] == 0.0
    assert once["bcubed_f1"] == twice["bcubed_f1"]
    # Joined rightly, a copy drawn twice stays perfect.
    joined = [_outcome("a", "p"), _outcome("a", "p")]
    assert intervals.figures(joined + joined, draws=[0, 0, 1, 1])["grouping_f1"] == 1.0
    # Event a's two reports joined with b's one: a drawn twice and b once gives each copy
    # of a its true pair and its two false pairs with b (P 1/3, R 1), as one draw does;
    # counting the copies' reports as pairs would make P 1/5.
    wrong = [_outcome("a", "p"), _outcome("a", "p"), _outcome("b", "p")]
    assert intervals.figures(wrong)["grouping_f1"] == 0.5
    drawn = intervals.figures(wrong[:2] * 2 + wrong[2:], draws=[0, 0, 1, 1, 2])
    assert abs(drawn["grouping_f1"] - 0.5) < 1e-12


def test_intervals_hold_the_figure_and_are_the_same_on_every_run() -> None:
    reports = _random_reports(11)
    point = intervals.figures(reports)
    ranges = intervals.intervals(reports, rounds=200)
    assert ranges == intervals.intervals(reports, rounds=200)
    for key, (low, high) in ranges.items():
        assert low <= high
        assert low - 0.05 <= point[key] <= high + 0.05
    # All right in every event: no draw can move a figure.
    perfect = [Outcome(f"e{i // 2}", f"p{i // 2}", (1, 1, 1), True, (1, 1)) for i in range(10)]
    assert set(intervals.intervals(perfect, rounds=50).values()) == {(1.0, 1.0)}
