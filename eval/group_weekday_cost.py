"""What the weekday conflict feature costs grouping: seconds, with it and without, side by side.

    OMP_NUM_THREADS=1 python eval/group_weekday_cost.py [--rounds 5] \
        > benchmarks/logs/group_weekday_cost_s25.log

The profiles of the tuning half's reports and of every spent development set's
(``group_pages.SPENT_SETS``; never the test half, never an unread set) are made once. Each
round then groups every source twice with the installed model (``events.group``, which
scores every pair it compares with ``Scorer.features``): with ``events.weekdays_conflict``
as shipped, and with it replaced by a function that returns False at once (the feature
computed for nothing), in alternating order so that load from other processes hits both
alike. The profile itself adds nothing: ``Profile.weekdays`` was made before the feature
(the weekday rule of undated reports); ``score_bounds`` adds one bit mask per report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import ab_timing  # noqa: E402
import fit_grouping as fg  # noqa: E402

from generator import analyse, glossary  # noqa: E402
from generator.analyse import events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402


def _never(a: frozenset[int], b: frozenset[int]) -> bool:
    return False


def one_grouping(sources: Sequence[list[events.Profile]], types: dict[str, str], on: bool) -> float:
    """Seconds to group every source, the feature computed (``on``) or stubbed."""
    real = events.weekdays_conflict
    events.weekdays_conflict = real if on else _never  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        for profiles in sources:
            events.group(profiles, types)
        return time.perf_counter() - started
    finally:
        events.weekdays_conflict = real  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    types = fg.types(names)
    tune = report.prepare(corpus.load(ROOT / "eval", fg.TUNE), ROOT / "eval" / "corpus")
    prepared = {fg.TUNE: tune, **fg.dev_sources(check=False)}
    sources = [analyse.profiles(fg._articles(items), names) for items in prepared.values()]
    reports = sum(map(len, sources))
    print(
        f"# eval/group_weekday_cost.py at {fg._commit()}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"
        f" UTC, python {platform.python_version()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} at the start; {reports} reports in {len(sources)} sources"
    )
    with_it, without = ab_timing.alternate(
        args.rounds,
        lambda on: one_grouping(sources, types, on),
        lambda n, on, off: print(f"round {n}: with the feature {on:.3f} s, stubbed {off:.3f} s"),
    )
    added = [a - b for a, b in zip(with_it, without, strict=True)]
    print(
        f"grouping {reports} reports, {args.rounds} rounds, median (min-max): with the feature "
        f"{ab_timing.spread(with_it, 3)}; stubbed {ab_timing.spread(without, 3)}; "
        f"added {ab_timing.spread(added, 3)} = "
        f"{1000 * statistics.median(added) / reports:.3f} ms a report"
    )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
