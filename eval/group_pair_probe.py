"""Two pair signals probed against the shipped model's own joins (session 26, not kept).

    python eval/group_pair_probe.py [--model FILE]

Over the tuning half (never the test half) and the spent development sets
(``group_pages.SPENT_SETS``; no unread set is opened), each source is grouped by the shipped
model, in sample, and every pair it puts together is counted by label (right: together in
the labels too; false) and by two signals a feature could be built on:

- ``tolls``: both leads (paragraphs up to ``events.LEAD_LAST_PARAGRAPH``) give death tolls
  (``figures.counts``, kind "killed") and no toll of one is within ``TOLL_RATIO`` (plus one)
  of a toll of the other;
- ``years``: a pair with an undated report whose years differ: a dated report's are those
  of its days, an undated one's the years its lead paragraphs write.

A signal worth a feature would mark many false joins and few right ones. --model groups with
another model file (``events.MODEL_FILE``'s format) than the installed one.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import fit_grouping as fg  # noqa: E402

from generator import analyse, arabic, glossary  # noqa: E402
from generator.analyse import events, figures  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402

TOLL_RATIO = 1.5  # tolls rise within a report's day; further apart, two happenings?
_YEAR = re.compile(r"(?<![\d/])(?:19[5-9]\d|20[0-3]\d)(?![\d/])")


def _lead(p: events.Profile, last: int) -> list[str]:
    return [s.ar for s in p.article.article.sentences if s.paragraph <= last]


def tolls(p: events.Profile) -> set[tuple[int, int]]:
    """The death tolls (lowest, highest) its lead gives."""
    found = (figures.counts(text) for text in _lead(p, events.LEAD_LAST_PARAGRAPH))
    return {
        (value, upper or value) for each in found for kind, value, upper in each if kind == "killed"
    }


def tolls_apart(a: events.Profile, b: events.Profile) -> bool:
    ta, tb = tolls(a), tolls(b)
    near = any(max(x[0], y[0]) <= TOLL_RATIO * min(x[1], y[1]) + 1 for x in ta for y in tb)
    return bool(ta and tb) and not near


def years(p: events.Profile) -> set[int]:
    if p.start and p.end:
        return {p.start.year, p.end.year}
    lead = _lead(p, events.LEAD_PARAGRAPHS)
    return {int(y) for text in lead for y in _YEAR.findall(arabic.fold(text))}


def years_apart(a: events.Profile, b: events.Profile) -> bool:
    ya, yb = years(a), years(b)
    undated = a.start is None or b.start is None
    return undated and bool(ya and yb) and ya.isdisjoint(yb)


SIGNALS: dict[str, Callable[[events.Profile, events.Profile], bool]] = {
    "tolls": tolls_apart,
    "years": years_apart,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="a grouping model file to group with")
    if (model := parser.parse_args().model) is not None:
        events.MODEL_FILE = model
        events.pair_model.cache_clear()
    print(f"# grouping with {events.MODEL_FILE}: {events.pair_model()}")
    names = glossary.load(ROOT / "seeds")
    types = fg.types(names)
    tune = report.prepare(corpus.load(ROOT / "eval", fg.TUNE), ROOT / "eval" / "corpus")
    sources = {fg.TUNE: tune, **fg.dev_sources(check=False)}
    total: Counter[str] = Counter()
    for name, prepared in sources.items():
        gold = {p.item.id: p.item.event for p in prepared}
        profiles = analyse.profiles(fg._articles(prepared), names)
        predicted = {m.id: g.id for g in events.group(profiles, types) for m in g.members}
        counts: Counter[str] = Counter()
        for a, b in itertools.combinations(profiles, 2):
            if predicted[a.id] != predicted[b.id]:
                continue
            label = "right" if gold[a.id] == gold[b.id] else "false"
            counts[f"joined {label}"] += 1
            for signal, marks in SIGNALS.items():
                if marks(a, b):
                    counts[f"{signal} {label}"] += 1
                    print(f"{name} {a.id} {b.id} {signal} marks a {label} join")
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        total.update(counts)
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))


if __name__ == "__main__":
    main()
