"""Quote attribution on the TUNING half only, quote by quote, for developing rules.

    python eval/quote_dev.py [--half a|b] [--verbose] [--quotes-at COMMIT]

It refuses the test half by construction (it never loads it). ``--half`` keeps the tune
events whose sorted position is even (a) or odd (b), so a rule written against one half's
errors can be checked on the other before it is kept. Labelled quotes whose speaker is not
in the glossary (``speaker_id: null``) are scored too, as "unnamed": right when we give no
glossary speaker or one of the same kind the label names (an outlet for an outlet).
``--quotes-at`` scores ``quotes.py`` as it was at a commit (as ``quote_devset.py`` does),
main's beside a branch's."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from generator import arabic, glossary
from generator.analyse import entities, quotes
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def _quotes_module() -> ModuleType:
    """``quotes.py`` of the commit after ``--quotes-at`` (taken off the arguments), else
    this checkout's."""
    if "--quotes-at" not in sys.argv:
        return quotes
    at = sys.argv.index("--quotes-at")
    commit = sys.argv[at + 1]
    del sys.argv[at : at + 2]
    from quote_devset import _quotes_at  # eval/, the script's own folder, is on the path

    return _quotes_at(commit)


def main() -> None:
    finder = _quotes_module()
    args = report.tuning_arguments("verbose")
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    prepared = report.prepare_tuning(ROOT / "eval", args.half)
    named = [0, 0]
    unnamed = [0, 0]
    false_quotes = 0
    quotes_found = 0  # every quotation found, labelled or not: a rule that finds many more
    found_labels = [0, 0]  # labelled quotations found at all (any speaker), of all
    for p in prepared:
        found = finder.find_quotes(p.article, recogniser, names)
        quotes_found += len(found)
        not_speech = {arabic.fold(t) for t in p.item.not_quotes}
        for q in found:
            if arabic.fold(q.text) in not_speech:
                false_quotes += 1
                print(f"NAME-AS-QUOTE {p.item.id}: {q.text!r}")
        for label in p.item.quotes:
            at_line = set(p.sentences_at(label.line))
            start = arabic.fold(label.starts)[:12]
            match = [
                q for q in found
                if q.sentence in at_line and arabic.fold(q.text).startswith(start)
            ]  # fmt: skip
            got = match[0].speaker if match else "<not found>"
            found_labels[0] += bool(match)
            found_labels[1] += 1
            # as briefing eval scores it: ids the glossary says name one body are one
            ok = bool(match) and report.same_speaker(match[0].speaker, label.speaker_id, names)
            tally = named if label.speaker_id else unnamed
            tally[0] += ok
            tally[1] += 1
            if not ok or args.verbose:
                mark = "ok  " if ok else "MISS"
                print(
                    f"{mark} {p.item.id} l{label.line} want={label.speaker_id} got={got} "
                    f"via={match[0].via if match else None} | {label.starts}"
                )
                if not ok:
                    for sid in sorted(at_line):
                        sentence = next(s for s in p.article.sentences if s.id == sid)
                        print("      ", sentence.ar[:300])
    print(
        f"named speakers right: {named[0]}/{named[1]}; unnamed left unnamed: "
        f"{unnamed[0]}/{unnamed[1]}; quoted names taken for speech: {false_quotes}; "
        f"labelled quotations found: {found_labels[0]}/{found_labels[1]}; "
        f"quotations found: {quotes_found}"
    )


if __name__ == "__main__":
    main()
