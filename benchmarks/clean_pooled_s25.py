"""Cleaning of two checkouts side by side on every spent cleaning set pooled, and on tune
(session 25, helper C5): each set's totals line as ``eval/clean_compare.py`` gets it (this
checkout's eval scripts and data on both sides, each side with its own ``generator/``), then
the counts summed over the spent sets pooled (pages .. heldout20) and over tune.

    python benchmarks/clean_pooled_s25.py BEFORE_CHECKOUT AFTER_CHECKOUT

Never the test half (``clean_dev.py`` never loads it) and never an unread set: the sets are
``clean_compare.SPENT_SETS``, which holds no set of ``clean_pages.UNREAD``."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "eval"))

from clean_compare import SPENT_SETS, _score  # noqa: E402
from clean_pages import UNREAD  # noqa: E402

# The counts of a totals line, in the order ``clean_dev.errors`` prints them.
_COUNTS = re.compile(
    r"\((?P<hits>\d+) of (?P<labelled>\d+) labelled removed, (?P<body>\d+) body lines removed\); "
    r"titles from a chrome line: (?P<titles>\d+); titles exactly as labelled: "
    r"(?P<exact>\d+)/(?P<named>\d+); key points from a chrome line: (?P<points>\d+)/(?P<all>\d+)"
)
Counts = dict[str, int]


def _counts(line: str) -> Counts:
    match = _COUNTS.search(line)
    if match is None:
        raise ValueError(f"no counts in {line!r}")
    return {key: int(value) for key, value in match.groupdict().items()}


def _summary(total: Counts) -> str:
    hits, removed = total["hits"], total["hits"] + total["body"]
    precision = hits / removed if removed else 1.0
    recall = hits / total["labelled"] if total["labelled"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} ({hits} of {total['labelled']} "
        f"labelled removed, {total['body']} body lines removed); titles from a chrome line: "
        f"{total['titles']}; titles exactly as labelled: {total['exact']}/{total['named']}; "
        f"key points from a chrome line: {total['points']}/{total['all']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = args.before.resolve(), args.after.resolve()
    assert not set(SPENT_SETS) & set(UNREAD), "an unread set among the spent ones"
    runs = [(name, "clean_pages.py", "--set", name) for name in SPENT_SETS]
    runs.append(("tune", "clean_dev.py"))
    pooled: dict[str, dict[str, Counts]] = {"spent": {}, "tune": {}}
    for name, script, *rest in runs:
        print(name)
        group = "tune" if name == "tune" else "spent"
        for side, checkout in (("before", before), ("after", after)):
            line = _score(checkout, script, *rest, scripts=after)
            print(f"  {side}: {line}".rstrip())
            total = pooled[group].setdefault(side, {})
            for key, value in _counts(line).items():
                total[key] = total.get(key, 0) + value
    for group, label in (("spent", f"spent sets pooled ({len(SPENT_SETS)})"), ("tune", "tune")):
        print(f"# {label}")
        for side in ("before", "after"):
            print(f"  {side}: {_summary(pooled[group][side])}")


if __name__ == "__main__":
    main()
