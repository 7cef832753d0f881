"""Shared counts and weekdays as grouping evidence, on the TUNING half and SPENT sets only.

    python eval/group_counts.py > benchmarks/logs/group_counts_s18.log

Session 18's candidate pair features, computed here from the profiles grouping already
makes (so this runs whether or not ``events.FEATURES`` carries them):

- ``count_shared``: both leads give the same count of ``COUNT_MIN`` or more (the figures
  stage reads it: no day, year, clock time, ordinal or share);
- ``count_conflict``: both leads count the dead, the wounded or the displaced and share no
  count at all;
- ``weekday_agree``: an undated report's lead names a weekday the other report's days fall on.

For each source (the tuning half, never the test half; each part of the spent grouping sets)
it tallies how often each fires on pairs of one happening and on pairs of two, among the pairs
grouping compares (an undated report with any report; dated reports within ``WINDOW_DAYS``),
and lists every pair of one happening with an undated report that the shipped model scores
under its undated join threshold (a likely miss), with both leads' counts and weekdays.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import group_pages as gp

from generator import analyse, arabic, glossary
from generator.analyse import events, figures
from generator.evaluation import corpus, report
from generator.glossary import Entry
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
COUNT_MIN = 3  # "رجل واحد", "جنديان" are everywhere
MEASURES = frozenset(("duration", "distance"))  # four decades, 30 km: not what was reported
LOSSES = frozenset(figures.CONFLICT_KINDS)
Pair = tuple[events.Profile, events.Profile]
World = tuple[list[events.Profile], dict[str, str]]  # profiles, labelled event by report


def lead_counts(p: events.Profile) -> frozenset[tuple[str, int]]:
    """(kind, value) of the counts its lead (headline, first paragraph) gives; context
    sentences ("وكان ... قد") left out (background sentences are not, unlike in the code)."""
    found = set()
    for s in p.article.article.sentences:
        if s.paragraph > events.LEAD_LAST_PARAGRAPH or events._CONTEXT.match(arabic.fold(s.ar)):
            continue
        for kind, value, upper in figures.counts(s.ar):
            if kind not in MEASURES:
                found |= {(kind, v) for v in (value, upper) if v is not None and v >= COUNT_MIN}
    return frozenset(found)


def span_weekdays(p: events.Profile) -> frozenset[int]:
    if p.start is None or p.end is None:
        return frozenset()
    return frozenset(
        (p.start + dt.timedelta(days=n)).weekday()
        for n in range(min((p.end - p.start).days + 1, 7))
    )


def candidates(counts: Mapping[str, frozenset[tuple[str, int]]]) -> dict[str, Callable[..., bool]]:
    def values(p: events.Profile) -> set[int]:
        return {v for _, v in counts[p.id]}

    def losses(p: events.Profile) -> set[str]:
        return {k for k, _ in counts[p.id]} & LOSSES

    def agrees(u: events.Profile, o: events.Profile) -> bool:
        return u.start is None and bool(u.weekdays & span_weekdays(o))

    return {
        "count_shared": lambda a, b: bool(values(a) & values(b)),
        "count_conflict": lambda a, b: bool(losses(a) & losses(b)) and not values(a) & values(b),
        "weekday_agree": lambda a, b: agrees(a, b) or agrees(b, a),
    }


def compared(profiles: Sequence[events.Profile]) -> list[Pair]:
    """The pairs grouping may score: any pair with an undated report, else within a week."""
    return [
        (a, b)
        for a, b in itertools.combinations(profiles, 2)
        if (gap := events.days_between(a, b)) is None or gap <= events.WINDOW_DAYS
    ]


def show(
    tag: str, profiles: Sequence[events.Profile], gold: Mapping[str, str], types: Mapping[str, str]
) -> None:
    counts = {p.id: lead_counts(p) for p in profiles}
    tests = candidates(counts)
    tally: Counter[tuple[str, bool]] = Counter()
    pairs = compared(profiles)
    for a, b in pairs:
        for name, fires in tests.items():
            if fires(a, b):
                tally[name, gold[a.id] == gold[b.id]] += 1
    true_pairs = sum(gold[a.id] == gold[b.id] for a, b in pairs)
    fired = " ".join(f"{n}: {tally[n, True]} one / {tally[n, False]} two" for n in tests)
    print(f"{tag:<15} {len(pairs)} compared pairs ({true_pairs} of one happening); {fired}")
    scorer = events.Scorer(profiles, types)
    threshold = events.pair_model().join.undated
    for a, b in pairs:
        if gold[a.id] != gold[b.id] or (a.start is not None and b.start is not None):
            continue
        if (score := scorer.pair(a, b)) < threshold:
            said = " ".join(f"{n}={int(t(a, b))}" for n, t in tests.items())
            shown = [sorted(v for _, v in counts[p.id]) for p in (a, b)]
            print(
                f"  low p={score:.2f} {a.id} {b.id} <{gold[a.id]}> {said} "
                f"counts {shown[0]} / {shown[1]} "
                f"weekdays {sorted(a.weekdays)} / {sorted(b.weekdays)}"
            )


def _world(items: Sequence[corpus.Labelled], folder: Path, names: Mapping[str, Entry]) -> World:
    prepared = report.prepare(items, folder)
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    return analyse.profiles(articles, names), {p.item.id: p.item.event for p in prepared}


def worlds(names: Mapping[str, Entry]) -> Iterator[tuple[str, World]]:
    """The tuning half and every part of the spent grouping sets, each grouped on its own:
    its reports' profiles and their labelled events."""
    yield "tune", _world(corpus.load(ROOT / "eval", "tune"), ROOT / "eval" / "corpus", names)
    for name in gp.SPENT_SETS:
        for part in ("dev", "hidden"):
            yield f"{name}-{part}", _world(gp.load(part, name), gp.DEV / name, names)


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    types = {e.id: e.type for e in names.values()}
    for label, (profiles, gold) in worlds(names):
        show(label, profiles, gold, types)


if __name__ == "__main__":
    main()
