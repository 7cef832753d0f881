"""Counts a report gives as replaced ("وكانت حصيلة أولية للمرصد أفادت ..."), on the TUNING
half (never `test`): every figure marked ``earlier``, with its sentence, and every event
whose "Sources disagree" boxes change because of them (session 24). The same for ``part``
(some of a total, session 25) and ``counted`` (whom a casualty count counts, session 26: the
boxes as they are beside the boxes with every count taken as counting people at large).

    python benchmarks/figure_marks.py earlier > benchmarks/logs/figure_earlier_s24.log
    python benchmarks/figure_marks.py counted > benchmarks/logs/figure_counted_s26.log
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

from generator import analyse, glossary
from generator.analyse import figures
from generator.evaluation import report
from generator.model import TranslatedArticle

REPO = Path(__file__).resolve().parent.parent


def main(mark: str) -> None:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    print(f"# {mark} counts on tune, {commit}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    names = glossary.load(REPO / "seeds")
    prepared = report.prepare_tuning(REPO / "eval", None)
    sentences = {s.id: s.ar for p in prepared for s in p.article.sentences}
    found = analyse.analyse([TranslatedArticle(article=p.article) for p in prepared], names)
    marked = [f for e in found for f in e.figures if getattr(f, mark)]
    total = sum(len(e.figures) for e in found)
    print(f"{total} figures in {len(found)} events; {len(marked)} {mark}")
    for f in marked:
        shown = f" ({f.counted})" if mark == "counted" else ""
        print(f"  {f.sentence} {f.kind} {f.value}{shown}: {sentences[f.sentence]}")
    for event in found:
        unmarked = None if mark == "counted" else False
        plain = [dataclasses.replace(f, **{mark: unmarked}) for f in event.figures]
        before, now = _shown(figures.conflicts(plain)), _shown(figures.conflicts(event.figures))
        if before != now:
            print(f"{event.id}: disagreements {before} -> {now}")


def _shown(conflicts: list[figures.Conflict]) -> list[tuple[str, list[int]]]:
    return [(c.kind, sorted(f.value for f in c.figures)) for c in conflicts]


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "earlier")
