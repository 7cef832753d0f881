"""Titles and key points taken from labelled chrome lines, with the page around them.

    python eval/chrome_title_points.py [--set tune|pages|heldout|...|heldout13]
    python eval/chrome_title_points.py --probe   (tune and every spent set)

For each report whose title or a key point comes from a labelled chrome line it prints the
page's first lines (to the line taken, and a few after), each marked: ``T`` the labelled
headline, ``C`` a labelled chrome line, ``>`` the line taken as the title, ``K`` a line kept
as text, ``P`` a line a key point comes from. ``tune`` is the tuning half only (the test half
is never loaded); a held-out set that is still unread must not be named here. ``--probe``
lists, over tune and every spent set, two page shapes with their labels: lines that begin
with the labelled headline and go on (``HEAD+``: words added, and whether they add any
punctuation), the same text on two lines in a row (``TWICE``: adjacent, or with blank
lines between), and lines with a date in software form, "2019-07-23", the store's crawl
prefix aside (``STAMP``: its length in words)."""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterator

from clean_dev import ROOT, SHOWN_CHARS, key_points
from clean_pages import DEV, SETS, load

from generator import clean
from generator.evaluation import corpus, report

CONTEXT_AFTER = 3  # lines shown after the last marked line
SPENT = ("tune", *SETS)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=SPENT, default="tune")
    parser.add_argument("--probe", action="store_true", help="page shapes, every spent set")
    args = parser.parse_args()
    if args.probe:
        for line in probe():
            print(line)
        return
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


_OWN_PUNCTUATION = re.compile(r"[.!?؟…،,؛;]")
_SOFTWARE_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)")


def probe() -> Iterator[str]:
    """HEAD+ and TWICE lines over tune and the spent sets, each with its chrome label."""
    items = {"tune": corpus.load(ROOT / "eval", split="tune")}
    items |= {name: load(name) for name in SPENT if name != "tune"}
    for name, pages in items.items():
        for item in pages:
            assert item.split != "test"  # corpus.load(split="tune") never gives one
            for line in _page_shapes(item):
                yield f"{name} {item.id} {line}"


def _page_shapes(item: corpus.Labelled) -> Iterator[str]:
    texts = [(n, t.strip()) for n, t in enumerate(item.text.split("\n"), 1) if t.strip()]
    label = {n: "chrome" if n in item.boilerplate else "report" for n, _ in texts}
    head = clean._bare(item.title or "")
    for n, text in texts:
        bare = clean._bare(text)
        if head and n != item.title_line and bare.startswith(f"{head} "):
            added = len(bare.split()) - len(head.split())
            own = _OWN_PUNCTUATION.search(text[len(item.title or "") :]) is not None
            yield f"HEAD+ l{n} {label[n]}: {added} words added, punctuation added: {own}"
    for (n, text), (m, other) in itertools.pairwise(texts):
        if text == other:
            where = "adjacent" if m == n + 1 else "blank between"
            title = " (one is the labelled headline)" if item.title_line in (n, m) else ""
            yield f"TWICE l{n} {label[n]}, l{m} {label[m]}: {where}{title}: {text[:60]}"
    for n, text in texts:
        if not text.startswith("date ") and _SOFTWARE_DATE.search(text):
            yield f"STAMP l{n} {label[n]}: {len(text.split())} words: {text[:60]}"


if __name__ == "__main__":
    main()
