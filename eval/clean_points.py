"""Every report's title and every key point, as text, on the TUNING half and SPENT cleaning
sets only, for diffing two checkouts' cleaning (session 22, helper C2).

    python eval/clean_points.py [--sets tune pages heldout ...]

One line per report title (``TITLE <set> <id>: <headline as built>``) and per key point
(``POINT <set> <id> l<line>: <sentence>``), key points grouped as ``briefing eval`` groups
them (``clean_dev.key_points``). Run it with each checkout's ``generator/`` and diff the
outputs (``benchmarks/clean_points_s22.sh``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from clean_dev import key_points
from clean_pages import DEV, SETS, load

from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def lines(name: str) -> list[str]:
    if name == "tune":
        prepared = report.prepare_tuning(ROOT / "eval", None)
    else:
        prepared = report.prepare(load(name), DEV / name)
    shown = [f"TITLE {name} {p.item.id}: {p.article.headline.ar}" for p in prepared]
    text_of = {(p.item.id, s.id): s.ar for p in prepared for s in p.article.sentences}
    shown += [
        f"POINT {name} {p.item.id} l{p.line_of[sentence]}: {text_of[p.item.id, sentence]}"
        for p, sentence in key_points(prepared)
    ]
    return shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*", default=["tune", *SETS])
    for name in parser.parse_args().sets:
        print(*lines(name), sep="\n")


if __name__ == "__main__":
    main()
