"""What the yearless-day rule joins, and every grouping error, on SPENT development data.

    python eval/group_causes.py

Groups, with the shipped model, each half of the TUNING events (``fit_grouping.halves``;
never the test half), each part of eval/dev/groups.yaml and groups2.yaml (their hidden
parts were scored once in sessions 9 and 10: spent, read now to find causes) and both
parts of groups3.yaml and groups4.yaml (their hidden parts were scored once in sessions 11
and 17: spent too).
``--totals`` prints one line of scores per set. Otherwise each set is grouped twice: as
shipped, and with the yearless-day rule off (``events.placed``, ``events.on_day``' day
check and ``events._yearless_conflict`` neutralised). It prints

- ``RULE+`` / ``RULE-``: every pair the rule puts together / keeps apart that would
  otherwise be apart / together, with whether the labels agree (``true``/``false``);
- ``FALSE`` / ``MISS``: every false join and missed pair of the shipped code, with its
  features and a first guess at its cause (``hint=``), which the log's reader checks by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
from collections.abc import Iterator, Mapping, Sequence

import fit_grouping as fg
import group_pages as gp

from generator import analyse, glossary
from generator.analyse import events
from generator.evaluation import corpus, metrics, report
from generator.model import TranslatedArticle

LONG_RATIO = 4.0  # one report this many times the other's sentences: "one much longer"
SHORT_SENTENCES = 3  # a report of this few sentences is a headline and a lead at most


@contextlib.contextmanager
def yearless_rule_off() -> Iterator[None]:
    """The grouping as it was before session 10's yearless-day rule."""
    saved = events.placed, events.on_day, events._yearless_conflict
    events.placed = lambda undated, dated: undated
    events.on_day = events.on_weekday
    events._yearless_conflict = lambda p, cluster: False
    try:
        yield
    finally:
        events.placed, events.on_day, events._yearless_conflict = saved


def predicted(profiles: Sequence[events.Profile], types: Mapping[str, str]) -> dict[str, str]:
    return {m.id: g.id for g in events.group(profiles, types) for m in g.members}


def hint(a: events.Profile, b: events.Profile, features: Mapping[str, float]) -> str:
    """A first guess at why a pair went wrong, from what the code can see."""
    causes = []
    if a.start is None or b.start is None:
        causes.append("undated")
    if features["day_apart"]:
        causes.append("days-named-apart")
    sizes = sorted((len(a.article.article.sentences), len(b.article.article.sentences)))
    if sizes[0] <= SHORT_SENTENCES:
        causes.append("headline-only")
    elif sizes[1] >= LONG_RATIO * sizes[0]:
        causes.append("one-much-longer")
    if features["text"] < 0.2:
        causes.append("wording")
    if features["place_conflict"] or features["kind_conflict"] or features["act_conflict"]:
        causes.append("place/act-differs")
    return ",".join(causes) or "-"


def describe(p: events.Profile) -> str:
    headline = p.article.article.sentences[0].ar[:70] if p.article.article.sentences else ""
    return (
        f"{p.id} [{p.start} named={p.named} yearless={[(y.day, y.month) for y in p.yearless]}]"
        f" n={len(p.article.article.sentences)} | {headline}"
    )


def show(
    tag: str, profiles: Sequence[events.Profile], gold: Mapping[str, str], types: Mapping[str, str]
) -> None:
    shipped = predicted(profiles, types)
    with yearless_rule_off():
        before = predicted(profiles, types)
    scorer = events.Scorer(profiles, types)
    by_id = {p.id: p for p in profiles}
    for a, b in itertools.combinations(sorted(gold), 2):
        together, was, same = shipped[a] == shipped[b], before[a] == before[b], gold[a] == gold[b]
        pa, pb = by_id[a], by_id[b]
        features = scorer.features(pa, pb)
        lines = []
        if together != was:
            verdict = "true" if together == same else "false"
            lines.append(f"RULE{'+' if together else '-'} {verdict}")
        if together != same:
            lines.append(
                f"{'FALSE' if together else 'MISS '} p={scorer.pair(pa, pb):.3f} "
                + " ".join(f"{k}={v:.2f}" for k, v in features.items() if v)
                + f" hint={hint(pa, pb, features)}"
            )
        for line in lines:
            print(f"{tag} {line}")
        if lines:
            print(f"    {describe(pa)}  <{gold[a]}>")
            print(f"    {describe(pb)}  <{gold[b]}>")


# The development sets whose every part may be read: groups and groups2 were scored once
# in sessions 9 and 10, groups3's hidden part in session 11
# (benchmarks/logs/group_devset_s11_hidden.log), groups4's in session 17
# (group_devset_s17_hidden.log), groups5's in session 18 (group_devset_s18_hidden.log),
# groups6's and groups7's (all hidden) in session 19 (group_devset_s19_unread.log), groups8's
# and groups9's in session 20 (group_compare_s20_unread.log), groups10's in session 21
# (group_compare_s21_unread10.log), groups11's and groups12's in session 24
# (group_compare_s24_unread.log).
SPENT = (
    ("groups", "dev"),
    ("groups", "hidden"),
    ("groups2", "dev"),
    ("groups2", "hidden"),
    ("groups3", "dev"),
    ("groups3", "hidden"),
    ("groups4", "dev"),
    ("groups4", "hidden"),
    ("groups5", "dev"),
    ("groups5", "hidden"),
    ("groups6", "hidden"),
    ("groups7", "hidden"),
    ("groups8", "hidden"),
    ("groups9", "hidden"),
    ("groups10", "hidden"),
    ("groups11", "hidden"),
    ("groups12", "hidden"),
)


POOLED_GOLD: dict[str, str] = {}
POOLED_FOUND: dict[str, str] = {}


def totals(
    tag: str, profiles: Sequence[events.Profile], gold: Mapping[str, str], types: Mapping[str, str]
) -> None:
    """One line: the set's pairwise and B-cubed scores with the shipped model."""
    found = predicted(profiles, types)
    pairs, cubed = metrics.pairwise(gold, found), metrics.bcubed(gold, found)
    if not tag.startswith("tune"):  # every spent part's pairs, pooled (parts kept apart)
        POOLED_GOLD.update({f"{tag}/{k}": f"{tag}/{v}" for k, v in gold.items()})
        POOLED_FOUND.update({f"{tag}/{k}": f"{tag}/{v}" for k, v in found.items()})
    print(
        f"{tag:<15} pairwise P={pairs.precision:.3f} R={pairs.recall:.3f} F1={pairs.f1:.3f} "
        f"B-cubed F1={cubed.f1:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--totals", action="store_true", help="one line of scores per set")
    parser.add_argument(
        "--no-effect-gate",
        action="store_true",
        help="group without the accord gate (events.effect_conflict), as session 17 did",
    )
    parser.add_argument(
        "--no-series-gate",
        action="store_true",
        help="group without the series gate (events.series_conflict), as session 18 did",
    )
    args = parser.parse_args()
    if args.no_effect_gate:  # events.never_joined and fit_grouping's candidates read it
        events.effect_conflict = lambda a, b: False
    if args.no_series_gate:
        events.series_conflict = lambda a, b: False
    run = totals if args.totals else show
    names = glossary.load(fg.ROOT / "seeds")
    types = fg.types(names)
    prepared = report.prepare(corpus.load(fg.ROOT / "eval", "tune"), fg.ROOT / "eval" / "corpus")
    profiles = {
        p.id: p
        for p in analyse.profiles([TranslatedArticle(article=p.article) for p in prepared], names)
    }
    for tag, half in zip(("tune-a", "tune-b"), fg.halves(prepared), strict=True):
        items = [p for p in prepared if p.item.event in half]
        gold = {p.item.id: p.item.event for p in items}
        run(tag, [profiles[p.item.id] for p in items], gold, types)
    for name, part in SPENT:
        items = report.prepare(gp.load(part, name), gp.DEV / name)
        dev = analyse.profiles([TranslatedArticle(article=p.article) for p in items], names)
        run(f"{name}-{part}", dev, {p.item.id: p.item.event for p in items}, types)
    if POOLED_GOLD:
        pooled = metrics.pairwise(POOLED_GOLD, POOLED_FOUND)
        print(
            f"{'spent pooled':<15} pairwise P={pooled.precision:.3f} R={pooled.recall:.3f} "
            f"F1={pooled.f1:.3f} (every pair of every spent part, no pair across two parts)"
        )


if __name__ == "__main__":
    main()
