"""Fit the cleaning line model on the TUNING half and the development pages; never the test half.

    python eval/fit_clean.py > benchmarks/logs/fit_clean.log      (needs the `fit` extra)
    python eval/fit_clean.py --write     (also writes generator/data/line_model.json)

Every non-blank line of a page is one example: ``linemodel.FEATURES`` after the rules
alone (``clean.line_features``), labelled furniture when eval/labels.yaml (or
eval/dev/pages.yaml) calls it boilerplate. A logistic regression with an L2 penalty on
standardised features is fitted by SciPy's L-BFGS. The penalty and the decision threshold
are chosen by cross-validation across the two halves of the tuning events
(``corpus.tuning_half``): fit on one half plus the 50 development pages, clean the other
half with the build's own ``clean.clean`` and that model, score its lines; the point with
the best mean held-out line F1 wins. The model is then fitted on the whole tuning half plus
the development pages at that point; ``--write`` writes it to generator/data/line_model.json,
which ``clean.clean`` then applies. None is shipped: on the tuning halves the chosen point
changes no line (benchmarks/logs/fit_clean.log). The held-out development sets
(eval/dev/heldout*.yaml) are never read here: score them with ``eval/clean_pages.py --set
heldout|heldout2``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import json
import platform
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clean_pages import load as load_pages  # noqa: E402

from generator import clean, linemodel  # noqa: E402
from generator.evaluation import corpus, metrics  # noqa: E402
from generator.evaluation.corpus import Labelled  # noqa: E402

# Inverse L2 penalty strengths tried (smaller: weights pulled harder towards 0).
STRENGTHS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 19))  # 0.30 … 0.90
# Below which a line the rules removed is restored (a subset of THRESHOLDS' range).
RESTORE = (0.05, 0.1, 0.2, 0.3)
RULE_FEATURES = ("rule_removed", "prev_removed", "next_removed")
DROPPED: set[str] = set()  # features left out: their columns are all zero, so their weights are 0
DEV_DIR = ROOT / "eval" / "dev" / "pages"


def _path(item: Labelled) -> Path:
    return (
        DEV_DIR / f"{item.id}.txt"
        if item.split == "dev"
        else ROOT / "eval" / "corpus" / f"{item.id}.txt"
    )


def examples(items: Sequence[Labelled]) -> tuple[np.ndarray, np.ndarray]:
    rows: list[list[float]] = []
    labels: list[float] = []
    for item in items:
        page, page_rows = clean.line_features(item.seed(_path(item)))
        rows += [[0.0 if f in DROPPED else v for f, v in zip(linemodel.FEATURES, r, strict=True)]
                 for r in page_rows]  # fmt: skip
        labels += [float(line.number in item.boilerplate) for line in page]
    return np.array(rows), np.array(labels)


def fit(
    items: Sequence[Labelled], strength: float, threshold: float, restore_below: float
) -> linemodel.Model:
    x, y = examples(items)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0  # a feature constant in the data gets no say
    z = (x - mean) / scale

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w + b, -30, 30)))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + w @ w / (
            2 * strength
        )
        grad = np.append(z.T @ (p - y) + w / strength, np.sum(p - y))
        return float(value), grad

    result = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B")
    return linemodel.Model(
        weights=tuple(float(v) for v in result.x[:-1]),
        bias=float(result.x[-1]),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        threshold=threshold,
        restore_below=restore_below,
    )


def score(items: Sequence[Labelled], model: linemodel.Model | None) -> metrics.PRF:
    """Line precision/recall/F1 of the build's cleaning with ``model`` (None: rules only),
    counted as ``briefing eval`` counts them."""
    hits = removed = labelled = 0
    for item in items:
        text = clean.clean(item.seed(_path(item)), model=model, rules_only=model is None)
        lines = {n for n, t in enumerate(item.text.split("\n"), 1) if t.strip()}
        kept = {x.number for x in text.paragraphs} | {text.headline_line or 0}
        predicted = lines - kept
        hits += len(predicted & item.boilerplate)
        removed += len(predicted)
        labelled += len(item.boilerplate & lines)
    return metrics.prf(hits, removed, labelled)


def _line(name: str, prf: metrics.PRF) -> str:
    return f"{name}: P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the fitted model")
    parser.add_argument(
        "--with-rule-features", action="store_true",
        help="variant, cross-validated only: let the model see the rules' own decisions "
        "(RULE_FEATURES), with one threshold both ways; by default it judges a line by its "
        "shape and place alone and has its own restore threshold",
    )  # fmt: skip
    args = parser.parse_args()
    DROPPED.update(() if args.with_rule_features else RULE_FEATURES)
    args.write = args.write and not args.with_rule_features
    tune = corpus.load(ROOT / "eval", split="tune")
    halves = {h: corpus.tuning_half(tune, h) for h in ("a", "b")}
    pages = load_pages("pages")
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    print(f"# fit_clean.py, {dt.date.today()}, {machine}")
    sizes = f"a {len(halves['a'])}, b {len(halves['b'])}"
    print(f"# tune reports {len(tune)} ({sizes}), dev pages {len(pages)}")
    for h in ("a", "b"):
        print(_line(f"rules only, half {h}", score(halves[h], None)))
    cv: dict[tuple[float, float, float], list[metrics.PRF]] = {}
    restores = RESTORE if DROPPED else (None,)
    for strength in STRENGTHS:
        for train, test in (("a", "b"), ("b", "a")):
            model = fit([*halves[train], *pages], strength, THRESHOLDS[0], 0.0)
            for t, r in itertools.product(THRESHOLDS, restores):
                point = dataclasses.replace(model, threshold=t, restore_below=t if r is None else r)
                cv.setdefault((strength, t, point.restore_below), []).append(
                    score(halves[test], point)
                )
    for (strength, t, r), prfs in sorted(cv.items()):
        a_on_b, b_on_a = prfs
        mean = (a_on_b.f1 + b_on_a.f1) / 2
        print(f"C={strength:<5} t={t:.2f} r={r:.2f}  fit a->b {_line('', a_on_b)[2:]}  "
              f"fit b->a {_line('', b_on_a)[2:]}  mean F1={mean:.3f}")  # fmt: skip
    best = max(cv, key=lambda k: (sum(p.f1 for p in cv[k]) / 2, k[1], -k[2]))
    print(f"chosen: C={best[0]} threshold={best[1]} restore_below={best[2]} "
          "(best mean held-out line F1 across halves)")  # fmt: skip
    model = fit([*tune, *pages], *best)
    print(_line("model at the chosen point, whole tuning half (in-sample)", score(tune, model)))
    print(_line("model at the chosen point, 50 dev pages (in-sample)", score(pages, model)))
    for name, w in zip(linemodel.FEATURES, model.weights, strict=True):
        print(f"  weight {name:18} {w:+.3f}")
    if args.write:
        data = {"features": list(linemodel.FEATURES), **dataclasses.asdict(model)}
        data["fitted_by"] = "eval/fit_clean.py"
        linemodel.MODEL_FILE.parent.mkdir(exist_ok=True)
        linemodel.MODEL_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {linemodel.MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
