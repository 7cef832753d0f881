"""Figures and who gave them on the DEVELOPMENT pages (eval/dev/), outside the corpus.

    python eval/figure_pages.py

The development pages (``dev/pages``, ``dev/heldout``) carry no figure labels; this lists
every figure ``find_figures`` finds on them, one a line (page, value, kind, reporter: a
glossary id or the source's words, and the sentence), so that two versions of the rules
can be compared line by line (``diff``) on outlets the corpus never shows. Logs:
``benchmarks/logs/figure_pages_{before,after}.log``.
"""

from __future__ import annotations

from pathlib import Path

from clean_pages import DEV, load

from generator import glossary
from generator.analyse import entities, figures
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_CHARS = 200


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    for name in ("pages", "heldout"):
        for p in report.prepare(load(name), DEV / name):
            text = {s.id: s.ar for s in p.article.sentences}
            for f in figures.find_figures(p.article, recogniser, names):
                who = f.reported_by or f.source
                print(
                    f"{name}/{p.item.id}\t{f.value}\t{f.kind}\t{who}\t{text[f.sentence][:SENTENCE_CHARS]}"
                )


if __name__ == "__main__":
    main()
