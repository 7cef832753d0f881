"""Fit grouping on the TUNING half of the labelled corpus; never look at the test half.

1. Writes generator/analyse/data/reference_frequencies.json: document frequencies of the fixed
   reference corpus (the frozen founding articles plus the tuning half), so that scores
   never move when articles are added.
2. Searches the evidence weights (shared village, shared count of people, different kind
   of act; text, names and quotation stay as they are) together with the join thresholds
   (same days / within a week, then undated) on a grid, and prints the point whose
   neighbourhood has the best mean pairwise F1 on the tuning half. The chosen values go
   into generator/analyse/events.py by hand.
3. Cross-checks the method on halves of the tuning half: events (with every event within
   a week of them, so that hard negatives stay together) alternate in date order between
   two halves; it fits on one half and scores the other, both ways, beside the values in
   events.py scored on the same halves.

Run: python eval/fit_grouping.py > benchmarks/logs/fit_grouping.log
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import platform
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import analyse, build, glossary  # noqa: E402
from generator.analyse import events, similarity  # noqa: E402
from generator.evaluation import corpus, metrics, report  # noqa: E402
from generator.evaluation.report import Prepared  # noqa: E402
from generator.model import TranslatedArticle  # noqa: E402

FOUNDING = build.Project(ROOT / "tests" / "fixtures" / "founding")
THRESHOLDS = [round(0.06 + 0.02 * i, 2) for i in range(23)]  # 0.06 … 0.50
BONUSES = [0.0, 0.05, 0.1]  # place, count and kind weights


def reference_frequencies(articles: list[TranslatedArticle], names: dict) -> dict:
    profiles = analyse.profiles(articles, names)
    terms: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for p in profiles:
        terms.update(set(p.terms))
        entities.update(p.entities)
    return {
        "documents": len(profiles),
        "made_by": "eval/fit_grouping.py: founding articles + tuning half of eval/labels.yaml",
        "entities": dict(sorted(entities.items())),
        "terms": dict(sorted(terms.items())),
    }


Point = tuple[float, ...]


def _smoothed_best(results: dict[Point, float], axes: list[list[float]], weights: int) -> Point:
    """The grid point whose neighbourhood (one step each way on every axis) has the best
    mean F1: a lone peak on twenty tuning events is noise, a plateau is not. The first
    ``weights`` axes are evidence weights, the rest join thresholds. Where the tuning
    reports cannot tell points apart, ties go to smaller weights (less machinery) and
    higher thresholds (joining less: a wrong merge hides a happening from the reader, a
    missed one only shows it twice)."""
    index = [{v: i for i, v in enumerate(axis)} for axis in axes]

    def mean_around(key: Point) -> float:
        spans = [
            axis[max(0, index[d][v] - 1) : index[d][v] + 2]
            for d, (axis, v) in enumerate(zip(axes, key, strict=True))
        ]
        near = [results[k] for k in itertools.product(*spans) if k in results]
        return sum(near) / len(near)

    def preference(key: Point) -> list[float]:
        return [-x for x in key[:weights]] + list(key[weights:])

    return max(sorted(results), key=lambda key: (round(mean_around(key), 6), preference(key)))


@dataclasses.dataclass
class Setting:
    weights: events.Weights
    join: events.JoinScores
    f1: float


class Fitter:
    """Pairwise F1 of grouping one set of tuning reports under any weights and thresholds."""

    def __init__(self, prepared: list[Prepared], names: dict) -> None:
        tuned = [TranslatedArticle(article=p.article) for p in prepared]
        self.profiles = analyse.profiles(tuned, names)
        self.types = {e.id: e.type for e in names.values()}
        self.scorer = events.Scorer(self.profiles, self.types)
        self.gold = {p.item.id: p.item.event for p in prepared}

    def f1(self, weights: events.Weights, join: events.JoinScores) -> float:
        scorer = self.scorer.reweighted(weights)
        groups = events.group(self.profiles, self.types, join, scorer=scorer)
        predicted = {m.id: g.id for g in groups for m in g.members}
        return round(metrics.pairwise(self.gold, predicted).f1, 4)

    def fit(self) -> Setting:
        base = events.WEIGHTS
        results: dict[Point, float] = {}
        for place, count, kind, same, week in itertools.product(
            BONUSES, BONUSES, BONUSES, THRESHOLDS, THRESHOLDS
        ):
            if week >= same:
                weights = dataclasses.replace(base, place=place, count=count, kind=kind)
                join = events.JoinScores(same_days=same, week=week)
                results[(place, count, kind, same, week)] = self.f1(weights, join)
        axes = [BONUSES, BONUSES, BONUSES, THRESHOLDS, THRESHOLDS]
        place, count, kind, same, week = _smoothed_best(results, axes, weights=3)
        weights = dataclasses.replace(base, place=place, count=count, kind=kind)
        undated_results: dict[Point, float] = {
            (u,): self.f1(weights, events.JoinScores(same, week, u)) for u in THRESHOLDS
        }
        (undated,) = _smoothed_best(undated_results, [THRESHOLDS], weights=0)
        return Setting(weights, events.JoinScores(same, week, undated), undated_results[(undated,)])


def halves(prepared: list[Prepared]) -> tuple[list[Prepared], list[Prepared]]:
    """Two halves of the tuning reports: events within a week of each other form one
    block (an event with its hard negatives); blocks alternate in date order."""
    days = sorted({(p.item.event_date, p.item.event) for p in prepared})
    block_of: dict[str, int] = {}
    block, last = -1, None
    for day, event in days:
        if last is None or (day - last).days > events.WINDOW_DAYS:
            block += 1
        block_of[event], last = block, day
    first = [p for p in prepared if block_of[p.item.event] % 2 == 0]
    second = [p for p in prepared if block_of[p.item.event] % 2 == 1]
    return first, second


def _describe(s: Setting) -> str:
    w, j = s.weights, s.join
    return (
        f"place={w.place} count={w.count} kind={w.kind} same_days={j.same_days} "
        f"week={j.week} undated={j.undated}"
    )


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    tune = corpus.load(ROOT / "eval", "tune")
    prepared = report.prepare(tune, ROOT / "eval" / "corpus")
    tuned = [TranslatedArticle(article=p.article) for p in prepared]
    founding = [TranslatedArticle(article=a) for a in build.read_articles(FOUNDING)]
    data = reference_frequencies(founding + tuned, names)
    similarity.REFERENCE_FILE.parent.mkdir(exist_ok=True)
    similarity.REFERENCE_FILE.write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8"
    )
    similarity.reference.cache_clear()
    print(f"{dt.date.today()}, python {platform.python_version()} on {platform.machine()}")
    print(f"reference corpus: {data['documents']} documents, {len(data['terms'])} terms")

    current = (events.WEIGHTS, events.JOIN_SCORES)
    first, second = halves(prepared)
    print(f"cross-check halves: {len(first)} and {len(second)} reports")
    for name, fit_on, check_on in (("A", first, second), ("B", second, first)):
        fitted = Fitter(fit_on, names).fit()
        other = Fitter(check_on, names)
        print(
            f"  fit on half {name}: {_describe(fitted)}; F1 {fitted.f1:.3f} on it, "
            f"{other.f1(fitted.weights, fitted.join):.3f} on the other half "
            f"(values in events.py: {other.f1(*current):.3f} there)"
        )
    whole = Fitter(prepared, names)
    chosen = whole.fit()
    print(f"chosen on the whole tuning half: {_describe(chosen)}")
    print(
        f"tuning pairwise F1 there: {chosen.f1:.3f} (values in events.py: {whole.f1(*current):.3f})"
    )


if __name__ == "__main__":
    main()
