"""What a cleaning constant's values change, page by page (session 23, helper C3).

    python eval/clean_thresholds.py NAME=V1,V2,... [NAME=...] [--off NAME=V] [--sets ...]

Cleans every page of the tuning half (never the test half) and of the spent cleaning sets
(``clean_pages.SETS``, or ``--sets``) with ``generator/clean.py``'s constants set to each
combination of the values given, and prints, against the run with ``--off`` (the rule
disabled, or main's value), each page whose title line or kept lines move, with what the
labels say of each moved line (``C`` chrome, ``T`` the labelled headline, ``R`` a report
line), then per combination the chrome lines newly removed, report lines newly removed, and
titles moved onto or off a chrome line, over all sources and per source. Cleaning only (no
segmentation or analysis), so a grid runs in seconds."""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator
from pathlib import Path

from clean_pages import DEV, SETS, load

from generator import clean
from generator.evaluation import corpus

ROOT = Path(__file__).resolve().parent.parent
Outcome = tuple[int | None, frozenset[int]]  # title line, kept lines


def _pages(sets: list[str]) -> Iterator[tuple[str, corpus.Labelled, Path]]:
    for item in corpus.load(ROOT / "eval", split="tune"):
        yield "tune", item, ROOT / "eval" / "corpus" / f"{item.id}.txt"
    for name in sets:
        for item in load(name):
            yield name, item, DEV / name / f"{item.id}.txt"


def _outcomes(pages: list[tuple[str, corpus.Labelled, Path]]) -> list[Outcome]:
    result = []
    for _, item, path in pages:
        text = clean.clean(item.seed(path))
        kept = frozenset(line.number for line in text.paragraphs)
        result.append((text.headline_line, kept | {text.headline_line or 0}))
    return result


def _set(values: dict[str, float]) -> None:
    for name, value in values.items():
        setattr(clean, name, type(getattr(clean, name))(value))


def _mark(item: corpus.Labelled, line: int) -> str:
    if line in item.boilerplate:
        return "C"
    return "T" if line == item.title_line else "R"


def _line_counts(item: corpus.Labelled, gone: list[int], back: list[int]) -> tuple[int, int]:
    """Chrome lines and report lines newly removed (less those newly kept)."""
    chrome = sum(n in item.boilerplate for n in gone) - sum(n in item.boilerplate for n in back)
    return chrome, len(gone) - len(back) - chrome


def _compare(pages: list[tuple[str, corpus.Labelled, Path]], off: list[Outcome],
             on: list[Outcome]) -> dict[str, list[int]]:  # fmt: skip
    """Per source: chrome removed, report lines removed, titles onto chrome, off chrome."""
    counts: dict[str, list[int]] = {}
    for (name, item, _), before, after in zip(pages, off, on, strict=True):
        if before == after:
            continue
        row = counts.setdefault(name, [0, 0, 0, 0])
        gone = sorted(before[1] - after[1] - {0})
        back = sorted(after[1] - before[1] - {0})
        chrome, body = _line_counts(item, gone, back)
        was, now = (before[0] or 0) in item.boilerplate, (after[0] or 0) in item.boilerplate
        for i, change in enumerate((chrome, body, now and not was, was and not now)):
            row[i] += change
        moved = [f"-{_mark(item, n)}{n}" for n in gone] + [f"+{_mark(item, n)}{n}" for n in back]
        print(f"  {name} {item.id}: title l{before[0]} -> l{after[0]}; lines {' '.join(moved)}")
    return counts


def _assignments(specs: list[str]) -> list[dict[str, float]]:
    names, choices = [], []
    for spec in specs:
        name, values = spec.split("=")
        names.append(name)
        choices.append([float(v) for v in values.split(",")])
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*choices)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("grid", nargs="+", help="NAME=V1,V2,...")
    parser.add_argument("--off", nargs="*", default=[], help="NAME=V: the baseline run")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    pages = list(_pages(args.sets))
    saved = {spec.split("=")[0]: getattr(clean, spec.split("=")[0]) for spec in args.grid}
    saved |= {spec.split("=")[0]: getattr(clean, spec.split("=")[0]) for spec in args.off}
    _set({spec.split("=")[0]: float(spec.split("=")[1]) for spec in args.off})
    off = _outcomes(pages)
    for values in _assignments(args.grid):
        _set(saved)
        _set({spec.split("=")[0]: float(spec.split("=")[1]) for spec in args.off})
        _set(values)
        print("## " + " ".join(f"{k}={v:g}" for k, v in values.items()))
        counts = _compare(pages, off, _outcomes(pages))
        total = [sum(row[i] for row in counts.values()) for i in range(4)]
        print(f"  total: chrome removed {total[0]:+d}, report lines removed {total[1]:+d}, "
              f"titles onto chrome {total[2]}, off chrome {total[3]}")  # fmt: skip
        for name, row in counts.items():
            print(f"  {name}: chrome {row[0]:+d}, report {row[1]:+d}, onto {row[2]}, off {row[3]}")
    print(f"pages: {len(pages)} ({', '.join(dict.fromkeys(n for n, _, _ in pages))})")


if __name__ == "__main__":
    main()
