"""Where a grouping gate fires, on the TUNING half and SPENT sets only.

    python eval/group_effect.py [--gate effect|series] > benchmarks/logs/group_effect_s18b.log

For each source (the tuning half, never the test half; each part of the spent grouping
sets): the reports the gate looks at (``effect``: whose lead says an act takes effect,
``Profile.takes_effect``; ``series``, session 19: whose lead names numbered instalments of
a series, ``Profile.series``, with their numbers), and every compared pair (an undated
report with any report; dated reports within a week) on which the gate fires
(``events.effect_conflict``, ``events.series_conflict``), marked ONE (one happening: the
gate would wrongly part them) or TWO (two happenings), with the shipped model's score and
both headlines.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence

import group_counts as gc

from generator import glossary
from generator.analyse import events

ROOT = gc.ROOT


def headline(p: events.Profile) -> str:
    return p.article.article.sentences[0].ar[:70]


Gate = Callable[[events.Profile, events.Profile], bool]


def looked_at(gate: str, p: events.Profile) -> str:
    """What the gate reads in ``p``'s lead, empty when nothing."""
    if gate == "effect":
        return p.id if p.takes_effect else ""
    return f"{p.id}{sorted(p.series)}" if p.series else ""


def show(
    tag: str,
    profiles: Sequence[events.Profile],
    gold: Mapping[str, str],
    types: Mapping[str, str],
    gate: str,
) -> None:
    scorer = events.Scorer(profiles, types)
    fires: Gate = events.effect_conflict if gate == "effect" else events.series_conflict
    seen = " ".join(filter(None, (looked_at(gate, p) for p in profiles))) or "-"
    fired = [(a, b) for a, b in gc.compared(profiles) if fires(a, b)]
    one = sum(gold[a.id] == gold[b.id] for a, b in fired)
    two = len(fired) - one
    what = "takes effect" if gate == "effect" else "instalments"
    print(f"{tag:<15} {what}: {seen}; fires {one} one / {two} two")
    for a, b in fired:
        mark = "ONE" if gold[a.id] == gold[b.id] else "TWO"
        print(f"  {mark} p={scorer.pair(a, b):.2f} {a.id} <{gold[a.id]}> {b.id} <{gold[b.id]}>")
        print(f"      {headline(a)} | {headline(b)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gate", choices=("effect", "series"), default="effect")
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    types = {e.id: e.type for e in names.values()}
    for label, (profiles, gold) in gc.worlds(names):
        show(label, profiles, gold, types, args.gate)


if __name__ == "__main__":
    main()
