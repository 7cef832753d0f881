"""Fit grouping on the TUNING half of the labelled corpus; never look at the test half.

1. Writes generator/data/reference_frequencies.json: document frequencies of the fixed
   reference corpus (the frozen founding articles plus the tuning half), so that scores
   never move when articles are added.
2. Searches the two join thresholds (same days / within a week) on a grid and prints the
   best pairwise F1 on the tuning half, with the range of thresholds that reach it. The
   chosen values (the middle of that range) go into generator/events.py by hand.

Run: python eval/fit_grouping.py > benchmarks/logs/fit_grouping.log
"""

from __future__ import annotations

import json
import platform
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import analyse, build, events, glossary, similarity  # noqa: E402
from generator.evaluation import corpus, metrics, report  # noqa: E402
from generator.model import TranslatedArticle  # noqa: E402

FOUNDING = build.Project(ROOT / "tests" / "fixtures" / "founding")
GRID = [round(0.10 + 0.02 * i, 2) for i in range(26)]  # 0.10 … 0.60


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


def _middle(winners: list[tuple[float, float]]) -> tuple[float, float]:
    same_values = sorted({k[0] for k in winners})
    week_values = sorted({k[1] for k in winners})
    return same_values[len(same_values) // 2], week_values[len(week_values) // 2]


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
    print(f"python {platform.python_version()} on {platform.machine()}")
    print(f"reference corpus: {data['documents']} documents, {len(data['terms'])} terms")

    profiles = analyse.profiles(tuned, names)
    types = {e.id: e.type for e in names.values()}
    gold = {p.item.id: p.item.event for p in prepared}
    results = {}
    for same in GRID:
        for week in (w for w in GRID if w >= same):
            join = events.JoinScores(same_days=same, week=week)
            predicted = {m.id: g.id for g in events.group(profiles, types, join) for m in g.members}
            pairs = metrics.pairwise(gold, predicted)
            results[(same, week)] = (round(pairs.f1, 4), round(pairs.precision, 4))
    best = max(results.values())
    winners = sorted(k for k, v in results.items() if v == best)
    same, week = _middle(winners)
    undated_results = {}
    for undated in GRID:
        join = events.JoinScores(same_days=same, week=week, undated=undated)
        predicted = {m.id: g.id for g in events.group(profiles, types, join) for m in g.members}
        undated_results[undated] = round(metrics.pairwise(gold, predicted).f1, 4)
    best_undated = max(undated_results.values())
    undated_winners = [u for u, f1 in undated_results.items() if f1 == best_undated]
    print(
        f"undated: best F1={best_undated:.3f} for {undated_winners}; chosen "
        f"{undated_winners[len(undated_winners) // 2]}"
    )
    print("  " + " ".join(f"{u:.2f}:{f1:.3f}" for u, f1 in undated_results.items()))
    same_values = sorted({k[0] for k in winners})
    week_values = sorted({k[1] for k in winners})
    chosen = (same, week)
    print(f"best tuning pairwise F1={best[0]:.3f} (precision {best[1]:.3f})")
    print(f"reached by same_days in {same_values}, week in {week_values}")
    print(f"chosen: same_days={chosen[0]} week={chosen[1]} -> {results.get(chosen)}")
    for key in sorted(results):
        print(f"  same_days={key[0]:.2f} week={key[1]:.2f} f1={results[key][0]:.3f}")


if __name__ == "__main__":
    main()
