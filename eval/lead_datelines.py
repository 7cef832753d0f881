"""Every dateline cleaning cuts off a report's lead, on the TUNING half and SPENT sets only.

    python eval/lead_datelines.py > benchmarks/logs/lead_datelines_s22.log

Session 22 (issue 9, helper C2): ``clean.lead_dateline`` cuts a place or an outlet run into
the lead's first sentence ("سرايا - قصف ...") off the lead, or off a first sentence standing
in for the headline, and keeps it as a removed block of the same line. This lists each cut,
``CUT <set> <id> l<line>: [cut] | what the line goes on with``, then the count per source:
the tuning half (never the test half: ``report.prepare_tuning``), the spent cleaning sets
(pages .. heldout17) and the spent grouping and date sets (never ``UNREAD``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from clean_pages import DEV, SETS, load
from clean_pages import UNREAD as UNREAD_CLEANING
from group_pages import UNREAD_SETS as UNREAD_GROUPING

from generator import clean, yamlfile
from generator.evaluation import corpus, report

ROOT = Path(__file__).resolve().parent.parent
# Blind sets are never cleaned here: the scripts' own lists, and the names known today.
UNREAD = frozenset({*UNREAD_CLEANING, *UNREAD_GROUPING})
OTHER_SETS = re.compile(r"(?:groups|dates)\d*")
SHOWN_CHARS = 80  # of what follows the cut


def _cuts(texts: Iterator[tuple[str, str, clean.CleanText]]) -> Iterator[str]:
    for ident, body, cleaned in texts:
        lines = body.split("\n")
        for block in cleaned.removed:
            line = lines[block.line - 1].strip() if block.line <= len(lines) else ""
            if block.kind == "dateline" and block.lines[0] != line:
                rest = line[line.find(block.lines[0]) + len(block.lines[0]) :].strip()
                yield f"{ident} l{block.line}: [{block.lines[0]}] | {rest[:SHOWN_CHARS]}"


def _prepared(items: list[report.Prepared]) -> Iterator[tuple[str, str, clean.CleanText]]:
    return ((p.item.id, p.item.text, p.text) for p in items)


def _other_set(name: str) -> Iterator[tuple[str, str, clean.CleanText]]:
    """A grouping or date set's pages, cleaned as a build cleans them."""
    data, _ = yamlfile.read(DEV / f"{name}.yaml", what="development pages")
    for page in data["pages"]:
        path = DEV / name / f"{page['id']}.txt"
        item = corpus.Labelled.development(
            page, path.read_text(encoding="utf-8"), title_line=None, title=None,
            boilerplate=frozenset(),
        )  # fmt: skip
        yield page["id"], item.text, clean.clean(item.seed(path))


def main() -> None:
    sources: list[tuple[str, Iterator[tuple[str, str, clean.CleanText]]]] = [
        ("tune", _prepared(report.prepare_tuning(ROOT / "eval", None)))
    ]
    sources += [(name, _prepared(report.prepare(load(name), DEV / name))) for name in SETS]
    others = sorted(
        path.stem
        for path in DEV.glob("*.yaml")
        if OTHER_SETS.fullmatch(path.stem) and path.stem not in UNREAD
    )
    sources += [(name, _other_set(name)) for name in others]
    counts = []
    for name, texts in sources:
        cuts = list(_cuts(texts))
        print(*(f"CUT {name} {cut}" for cut in cuts), sep="\n") if cuts else None
        counts.append(f"{name} {len(cuts)}")
    print("cuts per source:", ", ".join(counts))


if __name__ == "__main__":
    main()
