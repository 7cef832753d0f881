"""A fitted second look at the lines cleaning keeps: features, model and the pass, kept in
eval/ because cross-validation did not earn it a place in the build (eval/fit_clean.py,
benchmarks/logs/fit_clean_s18.log).

The pass would score every paragraph the rules in ``generator/clean.py`` keep (never the
headline, never a line they removed) with a logistic regression and remove the lines whose
score reaches the fitted threshold, unless that would take most of the body. Its features
name no outlet and list no phrase: where the line stands against the run of prose, its
length, its share of function words, its final stop, its digits, Latin letters and symbols,
the stems it shares with the lead, the headline and the rest of the kept text, whether it is
shaped like a headline, and the same few facts about its neighbours. A model is a JSON file
(``eval/fit_clean.py --write PATH``) evaluated here in plain Python, as a build would.

    python eval/line_scorer.py MODEL (--set NAME | --tune) [--quiet]

prints the rules' line counts and the rules' plus the model's on one development set or on
the tuning half (never the test half), and without ``--quiet`` the lines the model removes.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from clean_pages import SETS, load

from generator import arabic, clean
from generator.evaluation import metrics, report

ROOT = Path(__file__).resolve().parent.parent
SHOWN_CHARS = 160

# Of the kept paragraphs' words, the share the pass must leave: it never takes most of a
# body (a short report whose lines all look odd is still a report).
BODY_KEEP_SHARE = 0.5

# Grammar's small words: a sentence of prose has them, a menu, a caption or a list of
# names has few. General Arabic, no outlet's vocabulary.
_FUNCTION_TEXT = (
    "في من على إلى الى عن أن ان إن مع بعد قبل بين عند حول منذ خلال التي الذي الذين التى "
    "الذى هذا هذه ذلك تلك كما لم لن قد ما لا ثم أو او حيث وقد وفي ومن وعلى وأن"
)
_FUNCTION_WORDS = frozenset(arabic.fold(w) for w in _FUNCTION_TEXT.split())
_STOP_END = re.compile(r"[.!?؟…][\"”»)']*$")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9٠-٩]")
_SYMBOL = re.compile(r"[^\w\s]")

FEATURES = (
    "before_prose", "after_prose", "inside_not_prose", "prose", "log_words",
    "function_share", "ends_in_stop", "ends_in_colon", "digit_share", "latin_share",
    "symbol_share", "lead_share", "headline_share", "rest_share", "headline_shaped",
    "first_kept", "last_kept", "relative_place", "prev_prose", "next_prose",
    "prev_log_words", "next_log_words", "log_kept_lines",
)  # fmt: skip
# Two more tried in cross-validation only (``eval/fit_clean.py --extra``), not kept.
EXTRA_FEATURES = ("short_unstopped", "twice_kept")
SHORT_MAX_WORDS = 5  # a name, a label or a section: no sentence


@dataclass(frozen=True)
class Model:
    """Standardised logistic-regression weights and the threshold the fit chose."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    fitted_at: str

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s
            for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


@functools.lru_cache(maxsize=4)
def load_model(path: Path) -> Model:
    """A model written by ``eval/fit_clean.py --write``; its features must be ours."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: its features are not line_scorer.FEATURES; refit it")
    return Model(
        features=tuple(data["features"]), mean=tuple(data["mean"]),
        scale=tuple(data["scale"]), weights=tuple(data["weights"]), bias=float(data["bias"]),
        threshold=float(data["threshold"]), fitted_at=str(data["fitted_at"]),
    )  # fmt: skip


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _shape(text: str) -> list[float]:
    """A line's own facts: length, function words, final mark, kinds of characters."""
    words = clean._words(text)
    chars = [c for c in text if not c.isspace()]
    stripped = text.strip()
    return [
        math.log1p(len(words)),
        _share(sum(arabic.fold(w) in _FUNCTION_WORDS for w in words), len(words)),
        float(bool(_STOP_END.search(stripped))),
        float(stripped.endswith((":", "："))),
        _share(sum(bool(_DIGIT.match(c)) for c in chars), len(chars)),
        _share(sum(bool(_LATIN.match(c)) for c in chars), len(chars)),
        _share(sum(bool(_SYMBOL.match(c)) for c in chars), len(chars)),
    ]


def _stem_share(text: str, other: str) -> float:
    """The share of a line's stems another text has; a line with no stems shares none."""
    stems = clean._stems(text)
    return len(stems & clean._stems(other)) / len(stems) if stems and other else 0.0


def features(texts: Sequence[str], headline: str, extra: bool = False) -> list[list[float]]:
    """One row of ``FEATURES`` (and ``EXTRA_FEATURES`` if ``extra``) for each kept paragraph,
    in page order."""
    prose = [clean.is_prose(t) for t in texts]
    places = [i for i, p in enumerate(prose) if p]
    first, last = (places[0], places[-1]) if places else (len(texts), -1)
    rows = []
    for i, text in enumerate(texts):
        # The lead is the first prose line; the lead itself is set beside the next one.
        lead = next((texts[j] for j in places if j != i), "")
        rest = " ".join(t for j, t in enumerate(texts) if j != i)
        shape = _shape(text)
        rows.append([
            float(i < first), float(i > last), float(first < i < last and not prose[i]),
            float(prose[i]), *shape, _stem_share(text, lead), _stem_share(text, headline),
            _stem_share(text, rest), float(clean._is_headline_shaped(text)),
            float(i == 0), float(i == len(texts) - 1),
            i / (len(texts) - 1) if len(texts) > 1 else 0.0,
            float(i > 0 and prose[i - 1]), float(i + 1 < len(texts) and prose[i + 1]),
            math.log1p(len(clean._words(texts[i - 1]))) if i > 0 else 0.0,
            math.log1p(len(clean._words(texts[i + 1]))) if i + 1 < len(texts) else 0.0,
            math.log1p(len(texts)),
        ])  # fmt: skip
        if extra:
            rows[-1] += [
                float(len(clean._words(text)) <= SHORT_MAX_WORDS and not shape[2]),
                float(sum(clean._bare(t) == clean._bare(text) for t in texts) > 1),
            ]
    return rows


def flagged(texts: Sequence[str], headline: str, scorer: Model) -> list[int]:
    """Indexes of the kept paragraphs the model takes for chrome, none if taking them would
    leave less than ``BODY_KEEP_SHARE`` of the body's words."""
    if not texts:
        return []
    rows = features(texts, headline)
    chosen = [i for i, row in enumerate(rows) if scorer.probability(row) >= scorer.threshold]
    return keeping_most(chosen, [len(clean._words(t)) for t in texts])


def keeping_most(chosen: list[int], words: Sequence[int]) -> list[int]:
    """``chosen`` if the paragraphs left keep ``BODY_KEEP_SHARE`` of the words, else none."""
    left = sum(words) - sum(words[i] for i in chosen)
    return chosen if left >= BODY_KEEP_SHARE * sum(words) else []


def removed_lines(p: report.Prepared, scorer: Model) -> set[int]:
    """The line numbers the pass removes from a page the rules cleaned."""
    paragraphs = p.text.paragraphs
    chosen = flagged([line.text for line in paragraphs], p.text.headline, scorer)
    return {paragraphs[i].number for i in chosen}


def counts(prepared: Sequence[report.Prepared], scorer: Model | None) -> metrics.PRF:
    """Line precision and recall of the rules, and of the pass after them (``scorer``)."""
    hits = removed = labelled = 0
    for p in prepared:
        h, r, lab = report.chrome_counts(p)
        extra = removed_lines(p, scorer) if scorer else set()
        hits, removed = hits + h + len(extra & p.item.boilerplate), removed + r + len(extra)
        labelled += lab
    return metrics.prf(hits, removed, labelled)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", type=Path)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--set", choices=SETS)
    where.add_argument("--tune", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--time", action="store_true", help="the pass's cost per page")
    args = parser.parse_args()
    scorer = load_model(args.model)
    if args.tune:
        prepared = report.prepare_tuning(ROOT / "eval", None)
    else:
        prepared = report.prepare(load(args.set), ROOT / "eval" / "dev" / args.set)
    for name, model in (("rules", None), ("rules + scorer", scorer)):
        prf = counts(prepared, model)
        print(f"{name:15} P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f}")
    if args.time:
        _time(prepared, scorer)
    if not args.quiet:
        for p in prepared:
            texts = dict(enumerate(p.item.text.split("\n"), 1))
            for n in sorted(removed_lines(p, scorer)):
                kind = "chrome" if n in p.item.boilerplate else "REPORT"
                print(f"{kind:6} {p.item.id} l{n}: {texts[n].strip()[:SHOWN_CHARS]}")


def _time(prepared: Sequence[report.Prepared], scorer: Model) -> None:
    """Seconds the pass adds per page (features and scores), against the rules' own."""
    start = time.perf_counter()
    for p in prepared:
        removed_lines(p, scorer)
    pass_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for p in prepared:
        clean.clean(p.item.seed(Path(p.item.id)))
    rules_seconds = time.perf_counter() - start
    print(
        f"per page over {len(prepared)}: pass {pass_seconds / len(prepared) * 1000:.2f} ms, "
        f"rules (clean.clean) {rules_seconds / len(prepared) * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
