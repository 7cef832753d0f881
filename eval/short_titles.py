"""How short the labelled headlines are, and the titles cleaning takes that are shorter
than a headline, on the tuning half and every development set of pages (never `test`).

    python eval/short_titles.py

Prints every labelled headline under ``HEADLINE_MIN_WORDS`` words, and every title taken
that is that short with whether the labels call its line chrome: the evidence for the
length a title taken without a headline-shaped line needs (``clean._headline``)."""

from __future__ import annotations

from pathlib import Path

from clean_pages import DEV, SETS, load

from generator import clean
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    prepared = {name: report.prepare(load(name), DEV / name) for name in SETS}
    prepared["tune"] = report.prepare_tuning(ROOT / "eval", None)
    pages = short_labelled = 0
    for name, items in prepared.items():
        for p in items:
            pages += 1
            if p.item.title and len(clean._words(p.item.title)) < clean.HEADLINE_MIN_WORDS:
                short_labelled += 1
                print(f"LABELLED {name} {p.item.id}: {p.item.title}")
            taken = p.text.headline_line
            if taken and len(clean._words(p.text.headline)) < clean.HEADLINE_MIN_WORDS:
                kind = "chrome" if taken in p.item.boilerplate else "not chrome"
                print(f"TAKEN    {name} {p.item.id} l{taken} ({kind}): {p.text.headline}")
    shortest = clean.HEADLINE_MIN_WORDS
    print(f"pages: {pages}; labelled headlines under {shortest} words: {short_labelled}")


if __name__ == "__main__":
    main()
