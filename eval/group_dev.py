"""Grouping errors on the TUNING half only, pair by pair, for developing the pair model.

    python eval/group_dev.py [--strength C] [--dated T] [--undated T] [--linkage mean|min|max]
                             [--shipped]

It never loads the test half. As eval/fit_grouping.py cross-validates, each of the two halves
of the tuning events (``fit_grouping.halves``) is grouped by a model fitted on the other half
only (with that half's reference frequencies), at the shipped join thresholds unless others
are given; it lists every false join (``FALSE``: predicted together, labelled apart) and
every missed pair (``MISS``) with its features and probability, so that a feature written
against one half's errors is seen on the other's held-out grouping. ``--shipped`` groups
each half with the shipped model and reference frequencies instead (no fit: a rule's effect
on each half with the model a build uses, which saw both halves).
"""

from __future__ import annotations

import argparse
import itertools
import json

import fit_grouping as fg

from generator import glossary
from generator.analyse import events
from generator.evaluation import corpus, report
from generator.model import TranslatedArticle


def describe(p: events.Profile) -> str:
    headline = p.article.article.sentences[0].ar[:70] if p.article.article.sentences else ""
    places = ",".join(sorted(p.places)) or "-"
    kinds = ",".join(sorted(p.kinds)) or "-"
    return f"{p.id} [{p.start} named={p.named}] places={places} kinds={kinds} | {headline}"


def show_fold(half: fg.Half, scorer: events.Scorer, join: events.JoinScores, tag: str) -> None:
    groups = events.group(half.profiles, scorer.entity_types, join)
    predicted = {m.id: g.id for g in groups for m in g.members}
    by_id = {p.id: p for p in half.profiles}
    for a, b in itertools.combinations(sorted(by_id), 2):
        same_gold = half.gold[a] == half.gold[b]
        same_pred = predicted[a] == predicted[b]
        if same_gold == same_pred:
            continue
        pa, pb = by_id[a], by_id[b]
        features = scorer.features(pa, pb)
        shown = " ".join(f"{k}={v:.2f}" for k, v in features.items() if v)
        kind = "FALSE" if same_pred else "MISS "
        print(f"{tag} {kind} p={scorer.pair(pa, pb):.3f} {shown}")
        print(f"    {describe(pa)}  <{half.gold[a]}>")
        print(f"    {describe(pb)}  <{half.gold[b]}>")


def main() -> None:
    parser = argparse.ArgumentParser()
    shipped = json.loads(events.MODEL_FILE.read_text(encoding="utf-8"))
    parser.add_argument("--strength", type=float, default=shipped["strength"])
    parser.add_argument("--dated", type=float, default=shipped["join"]["dated"])
    parser.add_argument("--undated", type=float, default=shipped["join"]["undated"])
    parser.add_argument("--linkage", choices=("mean", "min", "max"), default=events.LINKAGE)
    parser.add_argument("--shipped", action="store_true", help="the shipped model, no fit")
    args = parser.parse_args()
    events.LINKAGE = args.linkage
    names = glossary.load(fg.ROOT / "seeds")
    prepared = report.prepare(corpus.load(fg.ROOT / "eval", "tune"), fg.ROOT / "eval" / "corpus")
    tuned = [TranslatedArticle(article=p.article) for p in prepared]
    founding = [TranslatedArticle(article=a) for a in fg.build.read_articles(fg.FOUNDING)]
    profiles = {p.id: p for p in fg.analyse.profiles(tuned, names)}
    a_events, b_events = fg.halves(prepared)
    a = fg.Half([p for p in prepared if p.item.event in a_events], profiles)
    b = fg.Half([p for p in prepared if p.item.event in b_events], profiles)
    join = events.JoinScores(args.dated, args.undated)
    for tag, fit_half, other in (("a->b", a, b), ("b->a", b, a)):
        if args.shipped:
            tag = f"shipped->{tag[-1]}"
            scorer = events.Scorer(other.profiles, fg.types(names))
            show_fold(other, scorer, join, tag)
            print(f"{tag}: {fg._shown([other.prf(names, join)])}")
            continue
        reference = [TranslatedArticle(article=p.article) for p in fit_half.items]
        fg.use_reference(fg.reference_frequencies(founding + reference, names))
        model = fg.fit(*fit_half.pairs(names), args.strength)
        fg.use_model(model)
        weights = " ".join(f"{k}={v:+.2f}" for k, v in model.weights.items())
        print(f"{tag}: fitted intercept={model.intercept:+.2f} {weights}")
        scorer = events.Scorer(other.profiles, fg.types(names))
        show_fold(other, scorer, join, tag)
        print(f"{tag}: {fg._shown([other.prf(names, join)])}")


if __name__ == "__main__":
    main()
