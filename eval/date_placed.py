"""Undated events the build places on a day (``events._placed_day``), on the TUNING half
and the SPENT grouping sets, at several score floors.

    python eval/date_placed.py [--floors 0.1,0.2,0.3,0.4]

An event whose reports are all undated, that no dated report joined, has no year; the build
places it on the weekday one of its reports names, within ``events.PLACE_WITHIN_DAYS`` of
the day of a dated event it shares evidence with, at ``events.PLACE_MIN_SCORE`` or more.
For each floor this groups ``tune`` (``report.prepare_tuning``: never the test half) and
every spent grouping set (``group_pages.SPENT_SETS``, every part) with the build's rules,
and lists each report of a placed event: its labelled day, the day placed, and whether
they agree. The last line per floor gives the reports placed right and wrong.
Since session 25 a report naming no weekday and no day of a month is also placed, on the
related event's own day, at the same floor.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

import date_misses

from generator import analyse, glossary
from generator.analyse import events
from generator.glossary import Entry
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
SETS = ("tune", *date_misses.GROUP_SETS)


def _placed(name: str, names: Mapping[str, Entry]) -> list[tuple[str, object, object]]:
    """(id, labelled day, placed day) for each report of a placed event of one set."""
    prepared, wanted, _ = date_misses._load(name, None)
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    profiles = analyse.profiles(articles, names)
    groups = events.group(profiles, {e.id: e.type for e in names.values()})
    archive = events.archive_span(profiles)
    return [
        (m.id, wanted[m.id], g.start)
        for g in groups
        if g.start is not None and events.event_day(g.members, archive) is None
        for m in g.members
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--floors", default="0.1,0.2,0.3,0.4")
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    for floor in map(float, args.floors.split(",")):
        events.PLACE_MIN_SCORE = floor
        right = wrong = 0
        for name in SETS:
            for report_id, want, day in _placed(name, names):
                ok = want == day
                right, wrong = right + ok, wrong + (not ok)
                verdict = "RIGHT" if ok else "WRONG"
                print(f"floor={floor} {name} {report_id} want={want} placed={day} {verdict}")
        print(f"== floor {floor}: {right} reports placed right, {wrong} wrong\n")


if __name__ == "__main__":
    main()
