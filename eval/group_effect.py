"""Where ``effect_conflict`` fires, on the TUNING half and SPENT sets only.

    python eval/group_effect.py > benchmarks/logs/group_effect_s18b.log

For each source (the tuning half, never the test half; each part of the spent grouping
sets): the reports whose lead says an act takes effect (``Profile.takes_effect``), and
every compared pair (an undated report with any report; dated reports within a week) on
which the feature fires, marked ONE (one happening: the feature would wrongly part them)
or TWO (two happenings), with the shipped model's score and both headlines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import group_counts as gc

from generator import glossary
from generator.analyse import events

ROOT = gc.ROOT


def headline(p: events.Profile) -> str:
    return p.article.article.sentences[0].ar[:70]


def show(
    tag: str, profiles: Sequence[events.Profile], gold: Mapping[str, str], types: Mapping[str, str]
) -> None:
    scorer = events.Scorer(profiles, types)
    effect = [p.id for p in profiles if p.takes_effect]
    fired = [(a, b) for a, b in gc.compared(profiles) if events.effect_conflict(a, b)]
    one = sum(gold[a.id] == gold[b.id] for a, b in fired)
    two = len(fired) - one
    print(f"{tag:<15} takes effect: {' '.join(effect) or '-'}; fires {one} one / {two} two")
    for a, b in fired:
        mark = "ONE" if gold[a.id] == gold[b.id] else "TWO"
        print(f"  {mark} p={scorer.pair(a, b):.2f} {a.id} <{gold[a.id]}> {b.id} <{gold[b.id]}>")
        print(f"      {headline(a)} | {headline(b)}")


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    types = {e.id: e.type for e in names.values()}
    for label, (profiles, gold) in gc.worlds(names):
        show(label, profiles, gold, types)


if __name__ == "__main__":
    main()
