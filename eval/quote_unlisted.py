"""Quotations whose speaker the glossary does not know: does the site name them as the
report does? Tuning half only (or one ``--half``).

    python eval/quote_unlisted.py [--half a|b] [--quiet]

For every labelled quotation with no glossary speaker (``speaker_id: null``; its ``speaker``
is the report's own words), the quotation ``find_quotes`` gives at that line, after
``speakers.name_unlisted``, is credited in words that agree with the label
(``report.words_agree``: one's content words within the other's), in other words, or in none;
and how many quoted names or terms (``not_quotes``) are credited to someone's words. The
agreement is strict: "مدير المرصد" for "رامي عبدالرحمن" counts as other words.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator import arabic, glossary
from generator.analyse import entities, quotes, speakers
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    args = report.tuning_arguments("quiet")
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    tally: Counter[str] = Counter()
    for p in report.prepare_tuning(ROOT / "eval", args.half):
        found = quotes.find_quotes(p.article, recogniser, names)
        found = speakers.name_unlisted(p.article, found, recogniser, names)
        labels = [q for q in p.item.quotes if q.speaker_id is None]
        for label, outcome in zip(labels, report.unlisted_outcomes(p, found), strict=True):
            tally[outcome] += 1
            if not args.quiet and outcome != "agrees":
                print(f"{p.item.id} l{label.line} {outcome}; label {label.speaker!r}")
        not_speech = {arabic.fold(t) for t in p.item.not_quotes}
        credited = [q for q in found if arabic.fold(q.text) in not_speech and q.source]
        tally["terms credited"] += len(credited)
        for q in credited if not args.quiet else []:
            print(f"{p.item.id} term {q.text!r} credited to {q.source!r}")
    total = sum(n for k, n in tally.items() if k != "terms credited")
    print(f"labelled quotations with no glossary speaker: {total}")
    for key in ("agrees", "disagrees", "unnamed", "glossary speaker", "not found"):
        print(f"  {key}: {tally[key]}")
    print(f"quoted names or terms credited to someone's words: {tally['terms credited']}")


if __name__ == "__main__":
    main()
