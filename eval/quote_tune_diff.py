"""Every quotation found on the tuning half that a commit's ``quotes.py`` and the checked-out
one do not share, with its sentence: '-' found only by the commit's, '+' only by ours.

    python eval/quote_tune_diff.py COMMIT

It loads the tuning half only (``report.prepare_tuning``), as ``quote_dev.py`` does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quote_devset

from generator import glossary
from generator.analyse import entities, quotes
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    older = quote_devset._quotes_at(sys.argv[1])
    for p in report.prepare_tuning(ROOT / "eval", None):
        before = {
            (q.sentence, q.text, q.speaker) for q in older.find_quotes(p.article, recogniser, names)
        }
        after = {
            (q.sentence, q.text, q.speaker)
            for q in quotes.find_quotes(p.article, recogniser, names)
        }
        text = {s.id: s.ar for s in p.article.sentences}
        for mark, items in (("-", before - after), ("+", after - before)):
            for sentence, quoted, speaker in sorted(items, key=str):
                print(
                    mark, p.item.id, sentence, speaker, "|", quoted[:50], "||", text[sentence][:200]
                )


if __name__ == "__main__":
    main()
