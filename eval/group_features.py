"""How well candidate similarity features separate true from false pairs, on SPENT data.

    python eval/group_features.py > benchmarks/logs/group_feature_separation_s11.log

For every pair grouping compares (``fit_grouping.candidate``: dated within the window,
or one undated and sharing an entity, a quotation or a word pair) of the TUNING half
(never the test half) and of every part of the spent development sets
eval/dev/groups.yaml, groups2.yaml and groups3.yaml (each part grouped on its own, as
eval/group_pages.py does), it computes
candidate features and, per feature, the ROC AUC (true pair = same labelled happening)
and the threshold with the best F1 and its precision and recall, over all pairs and over
pairs with an undated report. Tuning and development pairs are reported separately.

Character n-grams are counted here by hand (scikit-learn is no dependency of the project):
3- to 5-grams within each folded word padded with spaces (like scikit-learn's
``char_wb``), sublinear counts, smoothed IDF over the reference corpus (the founding
articles and the tuning half, as ``similarity.reference`` is) and L2 norm.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import operator
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import fit_grouping as fg
import group_pages as gp

from generator import analyse, arabic, glossary
from generator.analyse import events, similarity
from generator.evaluation import corpus, metrics, report
from generator.model import Article, TranslatedArticle

CHAR_SIZES = (3, 4, 5)
SETS = ("groups", "groups2", "groups3")
PARTS = ("dev", "hidden")
# The error table's (benchmarks/logs/group_error_causes.log) "told in other words": 38 of
# the 41 missed pairs with an undated report have a shipped text cosine under this.
HARD_COSINE = 0.2
STRENGTH = 0.3  # the shipped model's (generator/analyse/data/grouping_model.json)
TEXT = "text cosine (shipped)"


def char_grams(text: str) -> list[str]:
    """Character 3- to 5-grams within each folded word, padded with a space either side."""
    grams = []
    for word in arabic.words(text):
        padded = f" {word} "
        for n in CHAR_SIZES:
            grams += [padded[i : i + n] for i in range(max(len(padded) - n + 1, 1))]
    return grams


def lead_text(article: Article) -> str:
    """Headline and first paragraph (``events.LEAD_LAST_PARAGRAPH``)."""
    return " ".join(s.ar for s in article.sentences if s.paragraph <= events.LEAD_LAST_PARAGRAPH)


def headline_text(article: Article) -> str:
    return " ".join(s.ar for s in article.sentences if s.paragraph == 0)


def whole_text(article: Article) -> str:
    return " ".join(s.ar for s in article.sentences)


@dataclass(frozen=True, eq=False)
class Space:
    """A TF-IDF space: how a text becomes tokens, and reference document frequencies."""

    tokens: Callable[[str], list[str]]
    frequencies: Mapping[str, int]
    total: int

    def vector(self, text: str) -> similarity.Vector:
        return similarity.vector(self.tokens(text), self.frequencies, self.total)


def space(tokens: Callable[[str], list[str]], texts: Iterable[str]) -> Space:
    frequencies, total = similarity.document_frequencies(tokens(t) for t in texts)
    return Space(tokens, frequencies, total)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


class Features:
    """Candidate features of a pair of profiles (all symmetric, higher = more alike)."""

    def __init__(self, reference: Sequence[Article], types: Mapping[str, str]) -> None:
        self.types = types
        self.chars_lead = space(char_grams, map(lead_text, reference))
        self.chars_all = space(char_grams, map(whole_text, reference))
        self.headline_words = space(similarity.terms, map(headline_text, reference))

    def places(self, p: events.Profile) -> frozenset[str]:
        return frozenset(e for e in p.entities if self.types.get(e) == "place")

    def of(self, scorer: events.Scorer, a: events.Profile, b: events.Profile) -> dict[str, float]:
        shipped = scorer.features(a, b)
        return {
            "model_p (shipped)": scorer.pair(a, b),
            TEXT: shipped["text"],
            "names (shipped)": shipped["names"],
            **self.candidates(a, b),
        }

    def candidates(self, a: events.Profile, b: events.Profile) -> dict[str, float]:
        x, y = a.article.article, b.article.article
        return {
            "chars 3-5 lead": self._cos(self.chars_lead, lead_text(x), lead_text(y)),
            "chars 3-5 whole": self._cos(self.chars_all, whole_text(x), whole_text(y)),
            "headline words": self._cos(self.headline_words, headline_text(x), headline_text(y)),
            "headline chars": self._cos(self.chars_lead, headline_text(x), headline_text(y)),
            "glossary places J": jaccard(self.places(a), self.places(b)),
            "lead places shared": float(bool(a.places & b.places)),
            "entity Jaccard": jaccard(a.entities, b.entities),
            "same first act": float(a.act is not None and a.act == b.act),
        }

    def _cos(self, where: Space, a: str, b: str) -> float:
        return similarity.cosine(self._vector(where, a), self._vector(where, b))

    @functools.cache  # noqa: B019 (one Features per run)
    def _vector(self, where: Space, text: str) -> similarity.Vector:
        return where.vector(text)


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """ROC AUC as the Mann-Whitney statistic (ties count half)."""
    ranked = sorted(zip(scores, labels, strict=True))
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return math.nan
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2  # ranks i+1 .. j share their mean
        rank_sum += mean_rank * sum(label for _, label in ranked[i:j])
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> tuple[float, float, float]:
    """The threshold t (pairs with score >= t called true) with the best F1: t, P, R."""
    positives = sum(labels)
    best = (0.0, math.nan, 0.0, 0.0)
    for t in sorted(set(scores)):
        called = [label for s, label in zip(scores, labels, strict=True) if s >= t]
        hits = sum(called)
        if not hits:
            continue
        p, r = hits / len(called), hits / positives
        f1 = 2 * p * r / (p + r)
        if f1 > best[0]:
            best = (f1, t, p, r)
    return best[1], best[2], best[3]


@dataclass
class Pairs:
    values: dict[str, list[float]]
    labels: list[int]
    undated: list[bool]
    shipped: list[list[float]] = field(default_factory=list)  # events.FEATURES, in order

    def __add__(self, other: Pairs) -> Pairs:
        names = dict.fromkeys([*self.values, *other.values])  # in order, once each
        return Pairs(
            {n: self.values.get(n, []) + other.values.get(n, []) for n in names},
            self.labels + other.labels,
            self.undated + other.undated,
            self.shipped + other.shipped,
        )


def collect(
    features: Features, profiles: Sequence[events.Profile], gold: Mapping[str, str], pairs: Pairs
) -> None:
    scorer = events.Scorer(profiles, features.types)
    for a, b in itertools.combinations(profiles, 2):
        if not fg.candidate(a, b):
            continue
        for name, value in features.of(scorer, a, b).items():
            pairs.values.setdefault(name, []).append(value)
        shipped = scorer.features(a, b)
        pairs.shipped.append([shipped[name] for name in events.FEATURES])
        pairs.labels.append(int(gold[a.id] == gold[b.id]))
        pairs.undated.append(a.start is None or b.start is None)


def subsets(pairs: Pairs) -> dict[str, list[int]]:
    """Pair indices: all; with an undated report; and those of them told in other words."""
    undated = [i for i, u in enumerate(pairs.undated) if u]
    return {
        "all": list(range(len(pairs.labels))),
        "undated": undated,
        f"undated, text cosine < {HARD_COSINE}": [
            i for i in undated if pairs.values[TEXT][i] < HARD_COSINE
        ],
    }


def table(tag: str, pairs: Pairs) -> None:
    for subset, chosen in subsets(pairs).items():
        labels = [pairs.labels[i] for i in chosen]
        print(
            f"\n{tag} / {subset} pairs: {len(labels)} ({sum(labels)} true, "
            f"{len(labels) - sum(labels)} false)"
        )
        print(f"  {'feature':<24} {'AUC':>6} {'best t':>7} {'P':>6} {'R':>6} {'F1':>6}")
        for name, values in pairs.values.items():
            scores = [values[i] for i in chosen]
            t, p, r = best_threshold(scores, labels)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {name:<24} {auc(scores, labels):6.3f} {t:7.3f} {p:6.3f} {r:6.3f} {f1:6.3f}")


# Candidate features added one at a time to the shipped ones (``incremental``).
ADDED = (
    "chars 3-5 lead",
    "chars 3-5 whole",
    "headline words",
    "headline chars",
    "glossary places J",
    "entity Jaccard",
    "same first act",
)


def columns(pairs: Pairs, added: str | None) -> list[list[float]]:
    extra = pairs.values[added] if added else [0.0] * len(pairs.labels)
    return [[*row, value] for row, value in zip(pairs.shipped, extra, strict=True)]


def held_out_auc(train: Pairs, test: Pairs, added: str | None, undated: bool = False) -> float:
    """AUC on ``test`` of a pair model over the shipped features (plus ``added``) fitted
    on ``train`` at the shipped strength, as eval/fit_grouping.py fits it."""
    model = fg.fit(columns(train, added), train.labels, STRENGTH)
    keep = [i for i, u in enumerate(test.undated) if u or not undated]
    rows = columns(test, added)
    scores = [model.probability(dict(zip(events.FEATURES, rows[i], strict=True))) for i in keep]
    return auc(scores, [test.labels[i] for i in keep])


def incremental(halves: tuple[Pairs, Pairs], dev: Mapping[str, Pairs]) -> None:
    """Held-out AUC of the shipped features alone and with each candidate added: each
    tuning half scored by a model fitted on the other; the development sets by one fitted
    on the whole tuning half."""
    saved_features, saved_signs = events.FEATURES, dict(fg.SIGNS)
    events.FEATURES = (*saved_features, "added")
    fg.SIGNS["added"] = 1  # every candidate is "more alike" when higher
    tune = halves[0] + halves[1]
    pooled = functools.reduce(operator.add, dev.values())
    print("\nHeld-out AUC of the pair model (shipped features, refitted at C=0.3) with one added:")
    print(
        f"  {'added':<20} {'a->b':>6} {'b->a':>6} "
        + " ".join(f"{n:>7}" for n in dev)
        + f" {'dev all':>7} {'dev undated':>11}"
    )
    try:
        for added in (None, *ADDED):
            cells = [
                held_out_auc(halves[0], halves[1], added),
                held_out_auc(halves[1], halves[0], added),
            ]
            cells += [held_out_auc(tune, pairs, added) for pairs in dev.values()]
            cells += [
                held_out_auc(tune, pooled, added),
                held_out_auc(tune, pooled, added, undated=True),
            ]
            print(
                f"  {added or '(none: refitted)':<20} "
                + " ".join(f"{c:6.3f}" for c in cells[:2])
                + " "
                + " ".join(f"{c:7.3f}" for c in cells[2:-1])
                + f" {cells[-1]:11.3f}"
            )
    finally:
        events.FEATURES = saved_features
        fg.SIGNS.clear()
        fg.SIGNS.update(saved_signs)


class WithAdded(events.Scorer):
    """The shipped scorer with one more feature, ``added``, and a given model."""

    def __init__(
        self,
        profiles: Sequence[events.Profile],
        features: Features,
        added: str | None,
        model: events.PairModel,
    ) -> None:
        super().__init__(profiles, features.types)
        self.candidates, self.added, self.model = features, added, model

    def features(self, a: events.Profile, b: events.Profile) -> dict[str, float]:
        values = super().features(a, b)
        values["added"] = self.candidates.candidates(a, b)[self.added] if self.added else 0.0
        return values


@dataclass
class Grouping:
    """One set grouped on its own: its profiles, gold events and candidate pairs."""

    tag: str
    profiles: list[events.Profile]
    gold: dict[str, str]
    pairs: Pairs


@dataclass(frozen=True)
class Choice:
    """A variant's point chosen by eval/fit_grouping.py's cross-validation (its log)."""

    added: str | None
    strength: float
    join: events.JoinScores


# From `eval/fit_grouping.py --linkage mean` (main's features) and `eval/group_features.py
# --cv "chars 3-5 lead"` (benchmarks/logs/group_feature_cv_s11_{main,chars_lead}.log; here
# the n-grams' document frequencies are the whole tuning half's, where the refit of commit
# 82df4dd, with each half's own, chose undated=0.45). Tuning halves are scored with the
# shipped term frequencies, which saw both halves: their figures are not held out.
CHOICES = (
    Choice(None, 0.3, events.JoinScores(dated=0.55, undated=0.4)),
    Choice("chars 3-5 lead", 1.0, events.JoinScores(dated=0.6, undated=0.4)),
)


def grouped(
    features: Features, choice: Choice, models: Sequence[events.PairModel], target: Grouping
) -> metrics.PRF:
    """Pairwise scores of ``target`` grouped by the mean of ``models`` at the choice's
    join thresholds."""
    model = fg.average(models, choice.join)
    scorer = WithAdded(target.profiles, features, choice.added, model)
    groups = events.group(target.profiles, features.types, choice.join, scorer)
    return metrics.pairwise(target.gold, {m.id: g.id for g in groups for m in g.members})


def grouping_table(features: Features, halves: Sequence[Grouping], dev: Sequence[Grouping]) -> None:
    """Pairwise P/R/F1 of each set grouped as each cross-validated choice would ship it:
    each tuning half by the model fitted on the other half; each development part by the
    mean of the two halves' models (as eval/fit_grouping.py writes it)."""
    saved_features, saved_signs = events.FEATURES, dict(fg.SIGNS)
    events.FEATURES = (*saved_features, "added")
    fg.SIGNS["added"] = 1
    print("\nGrouping (pairwise P/R/F1), each variant at its cross-validated strength and joins:")
    try:
        for choice in CHOICES:
            fits = [
                fg.fit(columns(h.pairs, choice.added), h.pairs.labels, choice.strength)
                for h in halves
            ]
            cells = [grouped(features, choice, [fits[1]], halves[0])]
            cells.append(grouped(features, choice, [fits[0]], halves[1]))
            cells += [grouped(features, choice, fits, g) for g in dev]
            tags = [h.tag for h in halves] + [g.tag for g in dev]
            print(f"  {choice.added or '(none: main features)'} C={choice.strength} {choice.join}")
            for tag, prf in zip(tags, cells, strict=True):
                print(f"    {tag:<15} P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f}")
    finally:
        events.FEATURES = saved_features
        fg.SIGNS.clear()
        fg.SIGNS.update(saved_signs)


def empty() -> Pairs:
    return Pairs({}, [], [])


def cross_validated(features: Features, added: str) -> None:
    """eval/fit_grouping.py's cross-validation (strengths and join thresholds chosen on
    held-out tuning halves) with ``added`` as one more pair feature; nothing is written
    (run as its ``--linkage`` variant at the shipped linkage)."""
    events.FEATURES = (*events.FEATURES, "added")
    fg.SIGNS["added"] = 1
    shipped = events.Scorer.features

    def with_added(self: events.Scorer, a: events.Profile, b: events.Profile) -> dict[str, float]:
        return {**shipped(self, a, b), "added": features.candidates(a, b)[added]}

    events.Scorer.features = with_added  # type: ignore[method-assign]
    print(f"cross-validation with the shipped features and {added!r}:")
    sys.argv = ["fit_grouping.py", "--linkage", events.LINKAGE]
    fg.main()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cv",
        choices=ADDED,
        help="eval/fit_grouping.py's cross-validation "
        "with this feature added (nothing written), instead of the tables",
    )
    args = parser.parse_args()
    names = glossary.load(fg.ROOT / "seeds")
    types = fg.types(names)
    prepared = report.prepare(corpus.load(fg.ROOT / "eval", "tune"), fg.ROOT / "eval" / "corpus")
    founding = list(fg.build.read_articles(fg.FOUNDING))
    features = Features(founding + [p.article for p in prepared], types)
    if args.cv:
        cross_validated(features, args.cv)
        return
    tune = empty()
    profiles = analyse.profiles([TranslatedArticle(article=p.article) for p in prepared], names)
    collect(features, profiles, {p.item.id: p.item.event for p in prepared}, tune)
    table("tune (146 reports)", tune)
    by_id = {p.id: p for p in profiles}
    halves = []
    for tag, events_in in zip(("tune-a", "tune-b"), fg.halves(prepared), strict=True):
        items = [p for p in prepared if p.item.event in events_in]
        halves.append(setup(features, tag, [by_id[p.item.id] for p in items], items))
    dev_parts, dev_sets = [], {}
    for name in SETS:
        for part in PARTS:
            items = report.prepare(gp.load(part, name), gp.DEV / name)
            dev = analyse.profiles([TranslatedArticle(article=p.article) for p in items], names)
            dev_parts.append(setup(features, f"{name}-{part}", dev, items))
        dev_sets[name] = dev_parts[-2].pairs + dev_parts[-1].pairs
        table(f"{name} (dev+hidden parts, each grouped on its own)", dev_sets[name])
    table("all development sets", functools.reduce(operator.add, dev_sets.values()))
    incremental((halves[0].pairs, halves[1].pairs), dev_sets)
    grouping_table(features, halves, dev_parts)


def setup(
    features: Features,
    tag: str,
    profiles: list[events.Profile],
    items: Sequence[report.Prepared],
) -> Grouping:
    gold = {p.item.id: p.item.event for p in items}
    pairs = empty()
    collect(features, profiles, gold, pairs)
    return Grouping(tag, profiles, gold, pairs)


if __name__ == "__main__":
    main()
