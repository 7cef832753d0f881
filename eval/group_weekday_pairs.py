"""How often two undated leads name different weekdays, in pairs labelled together and apart.

    python eval/group_weekday_pairs.py

Over every pair grouping compares (``fit_grouping.candidate``) of the tuning half (never the
test half) and of the spent development sets (``group_pages.SPENT_SETS``, both parts; no
unread set is opened), it counts the pairs whose leads both name weekdays for what they
report (``Profile.weekdays``: undated reports only) and share none, apart by
``WEEKDAYS_APART`` days or more ("conflict"), and by one day only ("adjacent"), split by
label (together / apart) and by the shipped model's pair probability (at or above the
undated join threshold, or below). A rule or feature built on it is judged out of sample by
eval/group_leaveout.py, not by these counts.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import fit_grouping as fg  # noqa: E402

from generator import analyse, glossary  # noqa: E402
from generator.analyse import events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402


def kind(a: events.Profile, b: events.Profile) -> str | None:
    """'conflict', 'adjacent', 'shared' or None (one lead names no weekday)."""
    if not (a.weekdays and b.weekdays):
        return None
    if a.weekdays & b.weekdays:
        return "shared"
    return "conflict" if events.weekdays_conflict(a.weekdays, b.weekdays) else "adjacent"


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    types = fg.types(names)
    tune = report.prepare(corpus.load(ROOT / "eval", "tune"), ROOT / "eval" / "corpus")
    sources = {fg.TUNE: tune, **fg.dev_sources(check=False)}
    counts: Counter[tuple[str, str, str]] = Counter()
    threshold = events.pair_model().join.undated
    for name, prepared in sources.items():
        gold = {p.item.id: p.item.event for p in prepared}
        profiles = analyse.profiles(fg._articles(prepared), names)
        scorer = events.Scorer(profiles, types)
        for a, b in itertools.combinations(profiles, 2):
            if not fg.candidate(a, b) or (found := kind(a, b)) is None:
                continue
            label = "together" if gold[a.id] == gold[b.id] else "apart"
            high = "p>=join" if scorer.pair(a, b) >= threshold else "p<join"
            counts[(found, label, high)] += 1
            if found == "conflict":
                days = f"{sorted(a.weekdays)} {b.id} {sorted(b.weekdays)}"
                print(f"{name} {a.id} {days} {label} {high}")
    for key, n in sorted(counts.items()):
        print(" ".join(key), n)


if __name__ == "__main__":
    main()
