"""Figures and who gave them on the DEVELOPMENT pages (eval/dev/), outside the corpus.

    python eval/figure_pages.py [--all] [--counted]

The development pages (``dev/pages``, ``dev/heldout``) carry no figure labels; this lists
every figure ``find_figures`` finds on them, one a line (page, value, kind, reporter: a
glossary id or the source's words, and the sentence), so that two versions of the rules
can be compared line by line (``diff``) on outlets the corpus never shows. Logs:
``benchmarks/logs/figure_pages_{before,after}.log``. ``--all`` reads every spent cleaning
set (``clean_pages.SETS``, never an unread one); ``--counted`` adds whom a casualty count
counts (``Figure.counted``, session 26).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clean_pages import DEV, SETS, load

from generator import glossary
from generator.analyse import entities, figures
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_CHARS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every spent cleaning set")
    parser.add_argument("--counted", action="store_true", help="whom casualty counts count")
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    for name in SETS if args.all else ("pages", "heldout"):
        for p in report.prepare(load(name), DEV / name):
            text = {s.id: s.ar for s in p.article.sentences}
            for f in figures.find_figures(p.article, recogniser, names):
                who = f.reported_by or f.source
                kind = f"{f.kind}/{f.counted}" if args.counted else f.kind
                print(
                    f"{name}/{p.item.id}\t{f.value}\t{kind}\t{who}\t{text[f.sentence][:SENTENCE_CHARS]}"
                )


if __name__ == "__main__":
    main()
