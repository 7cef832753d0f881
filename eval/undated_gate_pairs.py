"""Which undated pairs does the word-pair gate let grouping compare? SPENT data only.

    python eval/undated_gate_pairs.py > benchmarks/logs/undated_gate_pairs_s16.log

Until session 16 an undated report was compared only with reports sharing a glossary entity
or a quotation; now a word pair of its own sentences is enough (``events.shares_evidence``).
For the tuning half and every part of the spent development sets (each grouped on its own,
as ``fit_grouping`` does), this lists the pairs with an undated report that the day checks
allow (``fit_grouping.candidate``), that share no entity and no quotation, and that the
shipped model scores ``SHOWN_FROM`` or more: whether they report one happening (the labels),
the pair's score and its text cosine. The last line counts them. Never reads the test half.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import fit_grouping as fg  # noqa: E402

from generator import glossary  # noqa: E402
from generator.analyse import events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402

SHOWN_FROM = 0.3  # pairs the model scores this high could join at some threshold


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    prepared = report.prepare(corpus.load(ROOT / "eval", "tune"), ROOT / "eval" / "corpus")
    _, _, wholes = fg.split_sides({fg.TUNE: prepared, **fg.dev_sources()}, names)
    true = false = 0
    for half in wholes:
        scorer = events.Scorer(half.profiles, fg.types(names))
        for a, b in itertools.combinations(half.profiles, 2):
            undated = a.start is None or b.start is None
            old_gate = bool(a.entities & b.entities or a.shingles & b.shingles)
            if not undated or old_gate or not fg.candidate(a, b):
                continue
            score = scorer.pair(a, b)
            if score < SHOWN_FROM:
                continue
            same = half.gold[a.id] == half.gold[b.id]
            true, false = true + same, false + (not same)
            text = scorer.features(a, b)["text"]
            print(
                f"{half.name:8} {a.id}-{b.id} {'same happening' if same else 'DIFFERENT'} "
                f"p={score:.3f} text={text:.2f}  <{half.gold[a.id]}>"
            )
    print(
        f"pairs compared only through a shared word pair, scored >= {SHOWN_FROM}: "
        f"{true} of one happening, {false} of two"
    )


if __name__ == "__main__":
    main()
