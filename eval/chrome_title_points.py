"""Titles and key points taken from labelled chrome lines, with the page around them.

    python eval/chrome_title_points.py [--set tune|pages|heldout|...|heldout13]

For each report whose title or a key point comes from a labelled chrome line it prints the
page's first lines (to the line taken, and a few after), each marked: ``T`` the labelled
headline, ``C`` a labelled chrome line, ``>`` the line taken as the title, ``K`` a line kept
as text, ``P`` a line a key point comes from. ``tune`` is the tuning half only (the test half
is never loaded); a held-out set that is still unread must not be named here."""

from __future__ import annotations

import argparse

from clean_dev import ROOT, SHOWN_CHARS, key_points
from clean_pages import DEV, SETS, load

from generator.evaluation import report

CONTEXT_AFTER = 3  # lines shown after the last marked line
SPENT = ("tune", *(s for s in SETS if s != "heldout14"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=SPENT, default="tune")
    args = parser.parse_args()
    if args.set == "tune":
        prepared = report.prepare_tuning(ROOT / "eval", None)
    else:
        prepared = report.prepare(load(args.set), DEV / args.set)
    points: dict[str, set[int]] = {}
    for p, sentence in key_points(prepared):
        points.setdefault(p.item.id, set()).add(p.line_of[sentence])
    for p in prepared:
        title_chrome = (p.text.headline_line or 0) in p.item.boilerplate
        lines = points.get(p.item.id, set())
        if title_chrome or lines & p.item.boilerplate:
            print("\n".join(page_view(p, title_chrome, lines)))


def page_view(p: report.Prepared, title_chrome: bool, points: set[int]) -> list[str]:
    """The report's id, whether its title is chrome, and its first lines marked."""
    texts = p.item.text.split("\n")
    kept = {line.number for line in p.text.paragraphs}
    marked = {p.text.headline_line or 0} | (points & p.item.boilerplate)
    last = min(len(texts), max(marked | {p.item.title_line or 0}) + CONTEXT_AFTER)
    view = [f"== {p.item.id} (title from chrome: {title_chrome})"]
    for n, text in enumerate(texts[:last], 1):
        if not text.strip():
            continue
        flags = "".join(
            flag if test else "."
            for flag, test in (
                ("T", n == p.item.title_line), ("C", n in p.item.boilerplate),
                (">", n == p.text.headline_line), ("K", n in kept), ("P", n in points),
            )
        )  # fmt: skip
        view.append(f"  {flags} l{n}: {text.strip()[:SHOWN_CHARS]}")
    return view


if __name__ == "__main__":
    main()
