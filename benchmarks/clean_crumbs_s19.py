"""Lines of tune and every spent development set whose breadcrumb reading changed in session
19 (issue 9, C5): main's test (single spaced separators "› » > \\ / |", the title last) beside
``clean._is_breadcrumb`` today, with each line's label. Run from the repository's root:

    python benchmarks/clean_crumbs_s19.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from clean_compare import SPENT_SETS
from no_report import labelled_pages

from generator import clean

MAIN_SEPARATOR = re.compile(r"\s[›»>\\/|]\s")  # main bbeca74's _BREADCRUMB_SEPARATOR


def main_reading(text: str) -> bool:
    """main bbeca74's _is_breadcrumb."""
    segments = MAIN_SEPARATOR.split(text.strip())
    return len(segments) > clean.BREADCRUMB_MIN_SEPARATORS and all(
        len(clean._words(s)) <= clean.BREADCRUMB_SEGMENT_MAX_WORDS for s in segments[:-1]
    )


def main() -> None:
    changed = 0
    for name, item in labelled_pages([s for s in SPENT_SETS if s != "heldout17"]):
        for number, text in enumerate(item.text.split("\n"), 1):
            if text.strip() and main_reading(text) != clean._is_breadcrumb(text):
                changed += 1
                label = "chrome" if number in item.boilerplate else "REPORT"
                print(f"{name} {item.id} l{number} [{label}]: {text.strip()[:100]}")
    print(f"lines read differently: {changed}")


if __name__ == "__main__":
    main()
