"""Whether "في محيط" (around a place) parts happenings, on the TUNING half and SPENT sets only.

    python eval/group_vicinity.py > benchmarks/logs/group_vicinity_s19.log

Session 19 (helper G7) read the pair that every refit since session 17 joins on
``groups``' dev part: four villages taken "بمحيط تل أبيض" (q10) and Tal Abyad itself taken
the next day (q09). A vicinity feature (one lead places its act around a place, the other
does not) would be general only if such pairs were mostly of two happenings. For each source
(the tuning half, never the test half; each part of the spent grouping sets) this lists the
reports whose lead (headline and first paragraph) says "محيط", with the words around it, and
counts the compared pairs in which exactly one of the two leads says it, of one happening
(ONE) and of two (TWO).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import group_counts as gc

from generator import arabic, glossary
from generator.analyse import events

VICINITY = re.compile(r"(?<!\w)[وفبل]?(?:ال)?محيط\w{0,2}(?!\w)")
AROUND = 40  # characters shown either side


def vicinity(p: events.Profile) -> str:
    """The first lead words around "محيط", empty when the lead does not say it."""
    for s in p.article.article.sentences:
        text = arabic.fold(s.ar)
        if s.paragraph <= events.LEAD_LAST_PARAGRAPH and (m := VICINITY.search(text)):
            return text[max(0, m.start() - AROUND) : m.end() + AROUND]
    return ""


def show(tag: str, profiles: Sequence[events.Profile], gold: Mapping[str, str]) -> None:
    said = {p.id: vicinity(p) for p in profiles}
    compared = gc.compared(profiles)
    pairs = [(a, b) for a, b in compared if bool(said[a.id]) != bool(said[b.id])]
    one = sum(gold[a.id] == gold[b.id] for a, b in pairs)
    every = sum(gold[a.id] == gold[b.id] for a, b in compared)
    print(f"{tag:<15} leads with محيط: {sum(map(bool, said.values()))}; "
          f"pairs with one of them: {one} one / {len(pairs) - one} two "
          f"(all compared pairs: {every} one / {len(compared) - every} two)")  # fmt: skip
    for p in profiles:
        if said[p.id]:
            print(f"  {p.id} <{gold[p.id]}> | {said[p.id]}")


def main() -> None:
    names = glossary.load(gc.ROOT / "seeds")
    for label, (profiles, gold) in gc.worlds(names):
        show(label, profiles, gold)


if __name__ == "__main__":
    main()
