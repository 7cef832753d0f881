"""Cost of placing dayless undated events (``events._placed_day``), worst case (not a test).

    python benchmarks/date_placed_cost_s24.py [--articles 2000] [--undated 0.1]

``grouping_bench.py``'s synthetic archive, grouped with an undated join threshold no score
reaches, so that every undated report is an event of its own with no day: each is then
placed, scored against every dated event it shares evidence with (on this archive nearly
all of them). Prints the group time without placement (``_placed_day`` returning None) and
with it, alternately, twice.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_bench  # noqa: E402

from generator import analyse, glossary  # noqa: E402
from generator.analyse import events  # noqa: E402

UNREACHABLE = 1.01  # an undated join threshold above every score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--undated", type=float, default=0.1)
    args = parser.parse_args()
    articles, _ = grouping_bench.synthetic(args.articles, undated=args.undated)
    names = glossary.load(ROOT / "seeds")
    types = {e.id: e.type for e in names.values()}
    profiles = analyse.profiles(articles, names)
    join = dataclasses.replace(events.pair_model().join, undated=UNREACHABLE)
    archive = events.archive_span(profiles)
    placing = events._placed_day
    for label, place in (("without placement", None), ("with placement", placing)) * 2:
        events._placed_day = place or (lambda *_: None)  # type: ignore[assignment]
        began = time.perf_counter()
        groups = events.group(profiles, types, join=join)
        took = time.perf_counter() - began
        placed = sum(1 for g in groups if g.start and events.event_day(g.members, archive) is None)
        dayless = sum(g.start is None for g in groups)
        print(f"{label}: group_s={took:.2f} events={len(groups)} placed={placed} dayless={dayless}")
    events._placed_day = placing


if __name__ == "__main__":
    main()
