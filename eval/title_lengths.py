"""How long event titles are, and how lists and headings show them (``render.shown_title``).

    python eval/title_lengths.py

Analyses the tuning half's reports together (the test half is never loaded) and each part of
every spent grouping set (``group_pages.SPENT_SETS``) as a build would, and counts the
events whose Arabic title is longer than ``render.TITLE_SHOW_WORDS`` words: a report with no
headline line is headed by its first sentence, sometimes a whole paragraph. Prints, per
source, the events, the long titles, the longest, and each long title's word count whole and
shown with its shown text (tune only; spent sets as counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import group_pages

from generator import analyse, glossary, render
from generator.evaluation import report
from generator.model import Event, TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent


def titled(prepared: Sequence[report.Prepared]) -> list[Event]:
    names = glossary.load(ROOT / "seeds")
    return analyse.analyse([TranslatedArticle(article=p.article) for p in prepared], names)


def count(name: str, found: Sequence[Event], show: bool) -> None:
    lengths = [(len(render.event_title(e, "ar").split()), e) for e in found]
    long = [(whole, e) for whole, e in ((len(e.title.ar.split()), e) for e in found)
            if whole > render.TITLE_SHOW_WORDS]  # fmt: skip
    longest = max((len(e.title.ar.split()) for e in found), default=0)
    shown_max = max((n for n, _ in lengths), default=0)
    print(f"{name}: {len(found)} events, {len(long)} titles over {render.TITLE_SHOW_WORDS} "
          f"words (longest {longest}); shown at most {shown_max} words")  # fmt: skip
    if show:
        for whole, event in sorted(long, key=lambda item: -item[0]):
            shown = render.event_title(event, "ar")
            print(f"  {whole:>4} -> {len(shown.split()):>2}  {shown}")


def main() -> None:
    count("tune", titled(report.prepare_tuning(ROOT / "eval", None)), show=True)
    for name in group_pages.SPENT_SETS:
        for part in ("dev", "hidden"):
            items = group_pages.load(part, name)
            if items:
                found = titled(report.prepare(items, group_pages.DEV / name))
                count(f"{name}-{part}", found, show=False)


if __name__ == "__main__":
    main()
