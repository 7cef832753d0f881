"""Boilerplate cleaning on the DEVELOPMENT pages (eval/dev/), line by line.

    python eval/clean_pages.py [--set pages|heldout|heldout2|...|heldout22|heldout23]
                               [--hide a|b] [--quiet]

The pages are stored copies of Arabic news pages from many outlets that are not in the
labelled corpus (eval/dev/pages.yaml says how they were found and labelled). They are for
checking that a cleaning rule holds on outlets the corpus never shows; `briefing eval`
never reads them. ``--set heldout`` scores the pages gathered after the rules were final
(eval/dev/heldout.yaml) instead. Output as ``clean_dev.py``: chrome lines kept (``MISS``),
report lines removed (``BODY``), titles taken from a chrome line or other than the
labelled headline (``TITLE``), then the totals and the number of outlets. ``--hide a|b``
counts the pages in two parts by outlet (sorted by id, alternately a and b; in heldout2,
heldout3, heldout5 and heldout6 each page is from an outlet of its own) and scores the
other part only (the hidden part's totals are not printed either), so that rules written
against one part are checked on the other unread: score it once, at the end, with
``--quiet`` (totals only). A set in ``UNREAD`` (labelled blind and never read with our
code: heldout18 until its one scoring in session 22, heldout19 until its one in session 23,
heldout20 until its one in session 24, heldout21 until its one in session 25, heldout22 until
its one in session 26, heldout23 from session 26 on) is left out of ``SETS``, so no script that
loops over the cleaning sets reads it, and a run that names it prints its totals only, as with
``--quiet``: no line, no title and no page text until its one scoring is over."""

from __future__ import annotations

import argparse
from pathlib import Path

from clean_dev import errors

from generator import yamlfile
from generator.evaluation import corpus, report

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"


def _lines(ranges: list[list[int]]) -> frozenset[int]:
    return frozenset(n for first, last in ranges for n in range(first, last + 1))


def load(name: str = "pages") -> list[corpus.Labelled]:
    """Each page of a set as a labelled item with no event, date or split of its own."""
    data, _ = yamlfile.read(DEV / f"{name}.yaml", what="development pages")
    return [
        corpus.Labelled.development(
            page,
            (DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8"),
            title_line=page["title_line"],
            title=page["title"],
            boilerplate=_lines(page["boilerplate"]),
        )
        for page in data["pages"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=(*SETS, *UNREAD), default="pages")
    parser.add_argument("--hide", choices=PARTS, help="print no error of this part")
    parser.add_argument("--quiet", action="store_true", help="only the last lines")
    args = parser.parse_args()
    quiet = totals_only(args.set, args.quiet)
    items = load(args.set)
    prepared = report.prepare(items, DEV / args.set)
    if args.hide:
        # The hidden part is not scored at all, not even its totals: a count seen while
        # rules are written is already a reading of it. Score it once with --quiet.
        for name in PARTS:
            part = [p for p in prepared if _part(p.item.id, items) == name]
            if name == args.hide:
                print(f"part {name} (hidden): {len(part)} pages, not scored")
                continue
            print(f"part {name}:")
            for line in errors(part, quiet=quiet):
                print(line)
    else:
        for line in errors(prepared, quiet=quiet):
            print(line)
    print(f"pages: {len(items)} from {len({i.outlet for i in items})} outlets")


PARTS = ("a", "b")
SETS = ("pages", *(f"heldout{n}" if n > 1 else "heldout" for n in range(1, 23)))
# Labelled blind and not yet scored: never in SETS, so only a run that names one reads it
# (heldout18 until its one scoring in session 22: clean_heldout18_s22.log; heldout19 until its
# one in session 23: clean_heldout19_s23.log; heldout20 until its one in session 24:
# clean_heldout20_s24.log; heldout21 until its one in session 25: clean_heldout21_s25.log;
# heldout22 until its one in session 26: clean_heldout22_s26.log; heldout23, labelled in
# session 26, until a later session's one scoring of its cleaning rules).
UNREAD: tuple[str, ...] = ("heldout23",)


def totals_only(name: str, quiet: bool) -> bool:
    """Whether a run on this set may print totals only: always for an unread set."""
    return quiet or name in UNREAD


def _part(page: str, items: list[corpus.Labelled]) -> str:
    """Part a or b of a page: the pages sorted by id, alternately (one outlet each)."""
    order = sorted(i.id for i in items)
    return PARTS[order.index(page) % len(PARTS)]


if __name__ == "__main__":
    main()
