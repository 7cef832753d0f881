"""Events of undated reports on the spent grouping sets and tune, as the build groups them:
each one's members (labelled day, cues their leads give without a year) and the dated
events they share evidence with (day, score), to see what placing an undated event
beside a related dated event (``events._placed_day``) could do.

    python eval/date_undated.py [--sets groups,...,groups12,tune]

Never runs on an unread set (group_pages.UNREAD_SETS) nor on ``test``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import group_pages

from generator import analyse, glossary
from generator.analyse import events
from generator.evaluation import report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
SETS = (*group_pages.SPENT_SETS, "tune")
SHOWN_RELATED = 4


def _prepared(name: str) -> list[report.Prepared]:
    if name == "tune":
        return report.prepare_tuning(ROOT / "eval", None)
    items = [i for part in ("dev", "hidden") for i in group_pages.load(part, name)]
    return report.prepare(items, DEV / name)


def _cluster(group: events.Group) -> events._Cluster:
    cluster = events._Cluster(members=[])
    for m in group.members:
        cluster.add(m)
    return cluster


def _related(
    group: events.Group, dated: list[events.Group], scorer: events.Scorer
) -> list[tuple[float, events.Group]]:
    """The dated events any member shares evidence with, by the best member's score."""
    scored = []
    for d in dated:
        other = _cluster(d)
        if any(
            events.shares_evidence(m, other.entities, other.shingles, other.word_pairs)
            for m in group.members
        ):
            scored.append((max(scorer.score(m, other) for m in group.members), d))
    return sorted(scored, key=lambda pair: -pair[0])[:SHOWN_RELATED]


def _show_set(name: str, names: dict[str, glossary.Entry]) -> None:
    prepared = _prepared(name)
    want = {p.item.id: p.item.event_date for p in prepared}
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    profiles = analyse.profiles(articles, names)
    types = {e.id: e.type for e in names.values()}
    scorer = events.Scorer(profiles, types)
    groups = events.group(profiles, types, scorer=scorer)
    dated = [g for g in groups if g.start is not None and not g.placed]
    for g in groups:
        if g.start is not None and not g.placed:
            continue
        right = sum(want[m.id] == g.start for m in g.members)
        print(
            f"UNDATED {name} {g.id} got={g.start} placed={g.placed} right={right}/{len(g.members)}"
        )
        for m in g.members:
            yearless = [(y.day, y.month, y.weekday) for y in m.yearless]
            print(f"    {m.id} want={want[m.id]} weekdays={sorted(m.weekdays)} yearless={yearless}")
        for score, d in _related(g, dated, scorer):
            wants = sorted({str(want[m.id]) for m in d.members})
            print(f"      ~ {score:.3f} {d.start} {d.id} wants={wants}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    for name in args.sets.split(","):
        if name not in SETS:
            parser.error(f"unknown or unspent set {name!r}")
        _show_set(name, names)


if __name__ == "__main__":
    main()
