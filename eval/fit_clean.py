"""Fit the line scorer (eval/line_scorer.py) on spent data; never the test half.

    python eval/fit_clean.py [--train-on kept|all] [--extra] [--write PATH]
        > benchmarks/logs/fit_clean_s18.log

Rows: every paragraph the cleaning rules (generator/clean.py) keep on the tuning
half (``report.prepare_tuning``, which never loads the test half) and on the spent
development sets (``SPENT_SETS``: pages, heldout .. heldout13; never heldout14 or heldout15,
which are unread), labelled chrome when the set's labels say so. Features:
``line_scorer.FEATURES`` (with ``--extra``, ``EXTRA_FEATURES`` too; ``--train-on all``: the
rows of every non-blank line but the headline, each in the context of all of them, while the
held-out scoring is still of the kept paragraphs). Model: an L2-penalised logistic
regression on standardised features.

Cross-validation, leave one source out: each spent set is scored by a model fitted without
it, each tuning half by one fitted without that half (the other half and every spent set).
For each penalty and threshold the held-out pages are cleaned as the build would clean them
(rules, then the flagged lines unless they take most of a body) and scored line by line; the
point chosen is the one with the most held-out chrome lines removed less ``BODY_COST`` times
the report lines removed (a report line lost is worse than a chrome line kept), among points
that lose no more than ``MAX_BODY_LOST_PER_SET`` report lines on any source. The log gives, at
that point, every source's line F1 before (rules) and after (rules + held-out scorer).

``--write PATH`` refits on every row with the chosen penalty, writes the model with the chosen
threshold and ``fitted_at`` (the commit) to PATH (none is shipped: the build does not use the
scorer) and prints every source's figures with it, in sample."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import line_scorer
import numpy as np
from clean_pages import load
from scipy.optimize import minimize

from generator import clean
from generator.evaluation import corpus, metrics, report

ROOT = Path(__file__).resolve().parent.parent
SPENT_SETS = ("pages", *(f"heldout{n}" if n > 1 else "heldout" for n in range(1, 14)))
PENALTIES = (0.1, 1.0, 10.0)  # L2 strength on the standardised weights
THRESHOLDS = tuple(round(0.3 + 0.025 * i, 3) for i in range(27))  # 0.30 .. 0.95
BODY_COST = 2.0  # report lines lost are weighed twice a chrome line removed
MAX_BODY_LOST_PER_SET = 2  # "falls on none by more than a line or two"


@dataclass
class Page:
    """One page as the rules leave it, with its rows and labels."""

    source: str
    hits: int  # labelled chrome lines the rules removed
    removed: int  # lines the rules removed
    labelled: int  # labelled chrome lines
    rows: list[list[float]]
    chrome: list[bool]  # per kept paragraph: labelled chrome?
    words: list[int]  # per kept paragraph
    all_rows: list[list[float]]  # every non-blank line but the headline, page order
    all_chrome: list[bool]


EXTRA = [False]  # --extra


def _page(source: str, p: report.Prepared) -> Page:
    texts = [line.text for line in p.text.paragraphs]
    hits, removed, labelled = report.chrome_counts(p)
    every = [
        (n, text.strip())
        for n, text in enumerate(p.item.text.split("\n"), 1)
        if text.strip() and n != p.text.headline_line
    ]
    return Page(
        source=source, hits=hits, removed=removed, labelled=labelled,
        rows=line_scorer.features(texts, p.text.headline, EXTRA[0]),
        chrome=[line.number in p.item.boilerplate for line in p.text.paragraphs],
        words=[len(clean._words(t)) for t in texts],
        all_rows=line_scorer.features([t for _, t in every], p.text.headline, EXTRA[0]),
        all_chrome=[n in p.item.boilerplate for n, _ in every],
    )  # fmt: skip


def pages() -> list[Page]:
    """Every spent page, cleaned by the rules."""
    result = []
    tune = corpus.load(ROOT / "eval", split="tune")
    for half in ("a", "b"):
        items = corpus.tuning_half(tune, half)
        prepared = report.prepare(items, ROOT / "eval" / "corpus")
        result += [_page(f"tune-{half}", p) for p in prepared]
    for name in SPENT_SETS:
        prepared = report.prepare(load(name), ROOT / "eval" / "dev" / name)
        result += [_page(name, p) for p in prepared]
    return result


@dataclass
class Fit:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def fit(rows: np.ndarray, labels: np.ndarray, penalty: float) -> Fit:
    """L2-penalised logistic regression (the bias unpenalised) on standardised rows."""
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale == 0] = 1.0
    x, y = (rows - mean) / scale, labels.astype(float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ theta[:-1] + theta[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
        nll = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * penalty * theta[:-1] @ theta[:-1]
        grad = np.append(x.T @ (p - y) + penalty * theta[:-1], np.sum(p - y))
        return float(nll), grad

    theta = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    return Fit(mean, scale, theta[:-1], float(theta[-1]))


TRAIN_ON = ["kept"]  # "kept": the paragraphs the rules keep; "all": every line but the headline


def _stack(chosen: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    every = TRAIN_ON[0] == "all"
    rows = [r for p in chosen for r in (p.all_rows if every else p.rows)]
    labels = [c for p in chosen for c in (p.all_chrome if every else p.chrome)]
    return np.array(rows, dtype=float), np.array(labels, dtype=bool)


def held_out(all_pages: list[Page], penalty: float) -> dict[int, np.ndarray]:
    """Each page's paragraph probabilities from the model fitted without its source."""
    result: dict[int, np.ndarray] = {}
    for source in sorted({p.source for p in all_pages}):
        model = fit(*_stack([p for p in all_pages if p.source != source]), penalty)
        for i, p in enumerate(all_pages):
            if p.source == source and p.rows:
                result[i] = model.probabilities(np.array(p.rows, dtype=float))
    return result


@dataclass
class Counts:
    hits: int = 0
    removed: int = 0
    labelled: int = 0
    gained: int = 0  # chrome lines the scorer removed
    lost: int = 0  # report lines the scorer removed

    def prf(self) -> metrics.PRF:
        return metrics.prf(self.hits, self.removed, self.labelled)


def score(
    all_pages: list[Page], probs: dict[int, np.ndarray] | None, threshold: float
) -> dict[str, Counts]:
    """Per source: the rules' counts plus what the scorer removes at ``threshold``."""
    by_source: dict[str, Counts] = {}
    for i, p in enumerate(all_pages):
        c = by_source.setdefault(p.source, Counts())
        c.hits, c.removed, c.labelled = (
            c.hits + p.hits,
            c.removed + p.removed,
            c.labelled + p.labelled,
        )
        if probs is None or i not in probs:
            continue
        chosen = [j for j, value in enumerate(probs[i]) if value >= threshold]
        for j in line_scorer.keeping_most(chosen, p.words):
            c.removed += 1
            c.hits += p.chrome[j]
            c.gained += p.chrome[j]
            c.lost += not p.chrome[j]
    return by_source


def _objective(counts: dict[str, Counts]) -> float | None:
    if any(c.lost > MAX_BODY_LOST_PER_SET for c in counts.values()):
        return None
    return sum(c.gained - BODY_COST * c.lost for c in counts.values())


def _f1(c: Counts) -> str:
    prf = c.prf()
    return f"{prf.f1:.3f} (P {prf.precision:.3f} R {prf.recall:.3f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", type=Path, metavar="PATH", help="write the refitted model")
    parser.add_argument("--train-on", choices=("kept", "all"), default="kept")
    parser.add_argument("--extra", action="store_true", help="EXTRA_FEATURES too")
    args = parser.parse_args()
    TRAIN_ON[0], EXTRA[0] = args.train_on, args.extra
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    print(f"# eval/fit_clean.py, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit}")
    all_pages = pages()
    rows, labels = _stack(all_pages)
    print(f"# training rows ({args.train_on} lines): {len(rows)}, chrome {int(labels.sum())}")
    for source in sorted({p.source for p in all_pages}):
        chosen = [p for p in all_pages if p.source == source]
        kept_chrome = sum(sum(p.chrome) for p in chosen)
        print(f"#   {source:10} pages {len(chosen):4}  kept chrome lines {kept_chrome}")
    before = score(all_pages, None, 1.0)
    probs_by_penalty = {penalty: held_out(all_pages, penalty) for penalty in PENALTIES}
    best = _cross_validate(all_pages, probs_by_penalty)
    if best is None:
        print("\n# no point gains held-out chrome lines without losing report lines: no model")
        return
    penalty, threshold = best
    after = score(all_pages, probs_by_penalty[penalty], threshold)
    print(f"\n# chosen: penalty {penalty}, threshold {threshold}; per source, held out:")
    _table(before, after)
    if args.write and not args.extra:
        final = fit(rows, labels, penalty)
        _write(args.write, final, threshold, penalty, commit, before, after)
        print("\n# IN SAMPLE (the final model scores the pages it was fitted on):")
        _table(before, score(all_pages, _in_sample(all_pages, final), threshold))


def _cross_validate(
    all_pages: list[Page], probs_by_penalty: dict[float, dict[int, np.ndarray]]
) -> tuple[float, float] | None:
    """The (penalty, threshold) with the best held-out objective, if any gains."""
    print("\n# held-out chrome lines gained / report lines lost by penalty and threshold ('-':")
    print(f"# a source loses more than {MAX_BODY_LOST_PER_SET} report lines)")
    best: tuple[float, float, float] | None = None
    for penalty, probs in probs_by_penalty.items():
        cells = []
        for threshold in THRESHOLDS:
            counts = score(all_pages, probs, threshold)
            value = _objective(counts)
            gained = sum(c.gained for c in counts.values())
            lost = sum(c.lost for c in counts.values())
            cells.append(f"{threshold:.3f}:{gained}/{lost}" + ("" if value is not None else "-"))
            if value is not None and (best is None or value > best[0]):
                best = (value, penalty, threshold)
        print(f"penalty {penalty:5}: " + " ".join(cells))
    return (best[1], best[2]) if best and best[0] > 0 else None


def _table(before: dict[str, Counts], after: dict[str, Counts]) -> None:
    print(f"# {'source':10} {'rules':>28} {'rules + scorer':>28}  chrome+ report-")
    for source in sorted(before):
        b, a = before[source], after[source]
        print(f"  {source:10} {_f1(b):>28} {_f1(a):>28}  {a.gained:7} {a.lost:7}")


def _in_sample(all_pages: list[Page], final: Fit) -> dict[int, np.ndarray]:
    return {
        i: final.probabilities(np.array(p.rows, dtype=float))
        for i, p in enumerate(all_pages)
        if p.rows
    }


def _write(
    path: Path, final: Fit, threshold: float, penalty: float, commit: str,
    before: dict[str, Counts], after: dict[str, Counts],
) -> None:  # fmt: skip
    data = {
        "fitted_at": commit,
        "fitted_by": "eval/fit_clean.py --write",
        "trained_on": ["tune", *SPENT_SETS],
        "rows": TRAIN_ON[0],
        "penalty": penalty,
        "threshold": threshold,
        "features": list(line_scorer.FEATURES),
        "mean": [round(float(v), 6) for v in final.mean],
        "scale": [round(float(v), 6) for v in final.scale],
        "weights": [round(float(v), 6) for v in final.weights],
        "bias": round(final.bias, 6),
        "held_out_f1": {
            s: [round(before[s].prf().f1, 4), round(after[s].prf().f1, 4)] for s in before
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n# wrote {path}; weights (standardised):")
    for name, weight in sorted(
        zip(line_scorer.FEATURES, final.weights, strict=True), key=lambda x: -abs(x[1])
    ):
        print(f"  {name:18} {weight:+.3f}")


if __name__ == "__main__":
    main()
