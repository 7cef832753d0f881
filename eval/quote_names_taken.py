"""List every quoted name or term of the tuning half (``not_quotes`` in eval/labels.yaml)
that ``find_quotes`` takes for speech, with the speaker it gives and the words before it.

    python eval/quote_names_taken.py

These are the "quoted names taken for speech" that ``briefing eval`` counts: labelled as
not speech, so they never enter the speaker accuracy, which scores labelled quotations
only; a speaker given to one is a false attribution the site would show. Tuning half only.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator import arabic, glossary
from generator.analyse import entities, quotes
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
BEFORE_CHARS = 80


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    tally: Counter[bool] = Counter()
    for p in report.prepare_tuning(ROOT / "eval", None):
        not_speech = {arabic.fold(t) for t in p.item.not_quotes}
        for q in quotes.find_quotes(p.article, recogniser, names):
            if arabic.fold(q.text) not in not_speech:
                continue
            text = next(s.ar for s in p.article.sentences if s.id == q.sentence)
            at = max(0, text.find(q.text))
            before = text[max(0, at - BEFORE_CHARS) : at]
            tally[q.speaker is not None] += 1
            print(f"{p.item.id} speaker={q.speaker} {q.text!r} | …{before}")
    total = sum(tally.values())
    print(f"taken for speech: {total}; with a speaker {tally[True]}, none {tally[False]}")


if __name__ == "__main__":
    main()
