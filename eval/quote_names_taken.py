"""List every quoted name or term of the tuning half (``not_quotes`` in eval/labels.yaml)
that ``find_quotes`` takes for speech, with the speaker it gives and the words before it.

    python eval/quote_names_taken.py [--quotes-at COMMIT]

These are the "quoted names taken for speech" that ``briefing eval`` counts: labelled as
not speech, so they never enter the speaker accuracy, which scores labelled quotations
only; a speaker given to one is a false attribution the site would show. Tuning half only.
``--quotes-at`` runs ``quotes.py`` as it was at a commit (as ``quote_dev.py`` does).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from generator import arabic, glossary
from generator.analyse import entities, quotes
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
BEFORE_CHARS = 80


def _quotes_module() -> ModuleType:
    """``quotes.py`` of the commit after ``--quotes-at``, else this checkout's."""
    if "--quotes-at" not in sys.argv:
        return quotes
    commit = sys.argv[sys.argv.index("--quotes-at") + 1]
    from quote_devset import _quotes_at  # eval/, the script's own folder, is on the path

    return _quotes_at(commit)


def main() -> None:
    finder = _quotes_module()
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    tally: Counter[bool] = Counter()
    for p in report.prepare_tuning(ROOT / "eval", None):
        not_speech = {arabic.fold(t) for t in p.item.not_quotes}
        for q in finder.find_quotes(p.article, recogniser, names):
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
