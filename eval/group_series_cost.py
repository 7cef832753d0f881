"""What session 26's wider series gate costs: seconds, with it and with session 25's, side by side.

    OMP_NUM_THREADS=1 python eval/group_series_cost.py [--rounds 5] \
        > benchmarks/logs/group_series_cost_s26.log

The gate's only new work is in each report's profile: ``events.series_numbers`` reads the
lead with ``events.SERIES`` (the noun's adjectives, the ordinal before the noun) instead of
``events.SERIES_BEFORE_S26``; the gate itself compares two sets of numbers as before. The
folded lead sentences of the tuning half's reports and of every spent development set's
(``group_pages.SPENT_SETS``; never the test half, never an unread set) are made once; each
round reads all of them with both patterns, in alternating order so that load from other
processes hits both alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
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

from generator import arabic  # noqa: E402
from generator.analyse import events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402

REPEATS = 20  # each round reads every lead this many times: one read is too quick to time


def leads() -> list[list[str]]:
    """Every report's folded lead sentences, as ``events.profile`` passes them."""
    tune = report.prepare(corpus.load(ROOT / "eval", fg.TUNE), ROOT / "eval" / "corpus")
    prepared = [*tune, *(p for items in fg.dev_sources(check=False).values() for p in items)]
    return [
        [arabic.fold(s.ar) for s in p.article.sentences if s.paragraph <= events.LEAD_PARAGRAPHS]
        for p in prepared
    ]


def one_round(texts: Sequence[list[str]], patterns: Sequence[re.Pattern[str]]) -> float:
    started = time.perf_counter()
    for _ in range(REPEATS):
        for lead in texts:
            events.series_numbers(lead, patterns)
    return (time.perf_counter() - started) / REPEATS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = leads()
    print(
        f"# eval/group_series_cost.py at {fg._commit()}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"
        f" UTC, python {platform.python_version()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} at the start; {len(texts)} reports' leads"
    )
    wide, narrow = ab_timing.alternate(
        args.rounds,
        lambda on: one_round(texts, events.SERIES if on else events.SERIES_BEFORE_S26),
        lambda n, on, off: print(f"round {n}: session 26's gate {on:.4f} s, 25's {off:.4f} s"),
    )
    added = [a - b for a, b in zip(wide, narrow, strict=True)]
    print(
        f"reading {len(texts)} leads, {args.rounds} rounds, median (min-max): session 26's "
        f"{ab_timing.spread(wide, 4)}; session 25's {ab_timing.spread(narrow, 4)}; "
        f"added {ab_timing.spread(added, 4)} = "
        f"{1000 * statistics.median(added) / len(texts):.4f} ms a report"
    )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
