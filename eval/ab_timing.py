"""Two variants of one step timed side by side, round by round, each round starting with the
other variant than the round before (so drift in the machine's load falls on both), for the
cost scripts (``group_weekday_cost.py``, ``group_series_cost.py``)."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence


def alternate(
    rounds: int, seconds: Callable[[bool], float], shown: Callable[[int, float, float], None]
) -> tuple[list[float], list[float]]:
    """(seconds with the variant ``on``, seconds with it off), a pair a round; ``shown``
    prints a round's pair as it ends."""
    on_times: list[float] = []
    off_times: list[float] = []
    for number in range(rounds):
        for on in (True, False) if number % 2 == 0 else (False, True):
            (on_times if on else off_times).append(seconds(on))
        shown(number + 1, on_times[-1], off_times[-1])
    return on_times, off_times


def spread(values: Sequence[float], digits: int) -> str:
    """Median (min-max) in seconds."""
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"{middle:.{digits}f} s ({low:.{digits}f}-{high:.{digits}f})"
