"""How much of each chosen headline the report's own kept lines name (session 23, helper C3).

    python eval/title_body_share.py [--max-share S]

Over the tuning half (never the test half) and every spent cleaning set (``clean_pages.SETS``),
for each page whose headline cleaning chose from the page (no front-matter title), the share of
the headline's content stems (``clean._stems``) found in the kept paragraphs. Prints the pages
at or under ``--max-share`` (default 0: nothing shared), each marked ``CHROME`` when the chosen
line is labelled chrome, then the counts: how many chosen headlines are chrome and how many are
report lines at each share up to the threshold."""

from __future__ import annotations

import argparse
from pathlib import Path

from clean_pages import DEV, SETS, load

from generator import clean
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
SHOWN_CHARS = 90


def _prepared(name: str) -> list[report.Prepared]:
    if name == "tune":
        return report.prepare_tuning(ROOT / "eval", None)
    return report.prepare(load(name), DEV / name)


def _share(p: report.Prepared) -> float:
    head = clean._stems(p.text.headline)
    body: set[str] = set()
    for line in p.text.paragraphs:
        body |= clean._stems(line.text)
    return len(head & body) / len(head) if head else 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-share", type=float, default=0.0)
    args = parser.parse_args()
    low = {"chrome": 0, "report": 0}
    total = {"chrome": 0, "report": 0}
    for name in ("tune", *SETS):
        for p in _prepared(name):
            line = p.text.headline_line
            if line is None or not p.text.paragraphs:
                continue
            kind = "chrome" if line in p.item.boilerplate else "report"
            total[kind] += 1
            share = _share(p)
            if share <= args.max_share:
                low[kind] += 1
                mark = "CHROME" if kind == "chrome" else "report"
                shown = p.text.headline[:SHOWN_CHARS]
                print(f"{mark:6} {name} {p.item.id} l{line} share={share:.2f}: {shown}")
    for kind in ("chrome", "report"):
        under = f"share <= {args.max_share}: {low[kind]}"
        print(f"chosen headlines that are {kind} lines: {total[kind]}; {under}")


if __name__ == "__main__":
    main()
