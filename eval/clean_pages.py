"""Boilerplate cleaning on the DEVELOPMENT pages (eval/dev/), line by line.

    python eval/clean_pages.py [--set pages|heldout|heldout2|heldout3|heldout4] [--quiet]

The pages are stored copies of Arabic news pages from many outlets that are not in the
labelled corpus (eval/dev/pages.yaml says how they were found and labelled). They are for
checking that a cleaning rule holds on outlets the corpus never shows; `briefing eval`
never reads them. ``--set heldout`` scores the pages gathered after the rules were final
(eval/dev/heldout.yaml) instead. Output as ``clean_dev.py``: chrome lines kept (``MISS``),
report lines removed (``BODY``), titles taken from a chrome line or other than the
labelled headline (``TITLE``), then the totals and the number of outlets."""

from __future__ import annotations

import argparse
import datetime as dt
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
        corpus.Labelled(
            id=page["id"],
            outlet=page["outlet"],
            outlet_line="",
            url=page["url"],
            published=None,
            event=page["id"],
            event_date=dt.date.min,
            split="dev",
            title_line=page["title_line"],
            title=page["title"],
            boilerplate=_lines(page["boilerplate"]),
            entities=(),
            quotes=(),
            not_quotes=(),
            figures=(),
            text=(DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8"),
        )
        for page in data["pages"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    sets = ("pages", "heldout", "heldout2", "heldout3", "heldout4")
    parser.add_argument("--set", choices=sets, default="pages")
    parser.add_argument("--quiet", action="store_true", help="only the last lines")
    args = parser.parse_args()
    items = load(args.set)
    for line in errors(report.prepare(items, DEV / args.set), quiet=args.quiet):
        print(line)
    print(f"pages: {len(items)} from {len({i.outlet for i in items})} outlets")


if __name__ == "__main__":
    main()
