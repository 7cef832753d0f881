"""Where cleaning's "no report on this page" test fires (``clean._lacks_report``), on the
tuning half and every spent development set, with each page's labelled report lines.

    python eval/no_report.py [--sets S ...]

The test must never fire on a page with a labelled report body: for each page it fires on,
the lines the labels keep (not boilerplate) are printed; the corpus's test half is never
loaded, and a held-out set is named only with ``--sets``. The last line counts the pages
read and the pages the test fired on."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from clean_compare import SPENT_SETS
from clean_pages import load

from generator import clean
from generator.evaluation import corpus

ROOT = Path(__file__).resolve().parent.parent


def labelled_pages(sets: list[str]) -> Iterator[tuple[str, corpus.Labelled]]:
    """The tuning half's reports, then each named development set's pages."""
    for item in corpus.load(ROOT / "eval", split="tune"):
        yield "tune", item
    for name in sets:
        for item in load(name):
            yield name, item


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*", default=list(SPENT_SETS))
    args = parser.parse_args()
    read = fired = 0
    for name, item in labelled_pages(args.sets):
        read += 1
        lines = [clean.Line(n, t.strip()) for n, t in enumerate(item.text.split("\n"), 1)]
        content = [line for line in lines if line.text]
        if not clean._lacks_report(content):
            continue
        fired += 1
        kept = [line for line in content if line.number not in item.boilerplate]
        print(f"FIRES {name} {item.id}: {len(content)} lines, {len(kept)} not labelled chrome")
        for line in kept:
            print(f"  kept by the labels l{line.number}: {line.text[:100]}")
    print(f"pages read: {read}; the no-report test fired on {fired}")


if __name__ == "__main__":
    main()
