"""Figure kinds and reporters on the TUNING half only, figure by figure, for developing rules.

    python eval/figure_dev.py [--half a|b] [--verbose]

It refuses the test half by construction (it never loads it). ``--half`` keeps alternate
tune events (``evaluation.corpus.tuning_half``), so a rule written against one half's
errors can be checked on the other. Scored as ``briefing eval`` scores figures: of the
labelled figures found (same sentence, same number), the kind and the reporter (the
outlet itself when the label names nobody).
"""

from __future__ import annotations

from pathlib import Path

from generator import glossary
from generator.analyse import entities, figures
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    args = report.tuning_arguments("verbose")
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    prepared = report.prepare_tuning(ROOT / "eval", args.half)
    matched = kinds = reporters = 0
    for p in prepared:
        found = figures.find_figures(p.article, recogniser, names)
        text = {s.id: s.ar for s in p.article.sentences}
        for label in p.item.figures:
            at_line = set(p.sentences_at(label.line))
            match = next(
                (
                    f
                    for f in found
                    if f.sentence in at_line and report._value_matches(f, label.value)
                ),
                None,
            )
            if match is None:
                if args.verbose:
                    print(f"NOT FOUND {p.item.id} l{label.line} {label.value} {label.kind}")
                continue
            matched += 1
            kind_ok = match.kind == report.FIGURE_KINDS.get(label.kind, figures.OTHER)
            who_ok = report._same_reporter(match, label.given_by, names)
            kinds += kind_ok
            reporters += who_ok
            if not (kind_ok and who_ok) or args.verbose:
                print(
                    f"{'ok  ' if who_ok else 'WHO '}{'' if kind_ok else 'KIND '}{p.item.id} "
                    f"l{label.line} {label.value} kind={label.kind}/{match.kind} "
                    f"want={label.given_by!r} got={match.reported_by or match.source}"
                )
                if not who_ok:
                    print("      ", text[match.sentence][:400])
    print(f"figures matched {matched}: kind {kinds}/{matched}, reporter {reporters}/{matched}")


if __name__ == "__main__":
    main()
