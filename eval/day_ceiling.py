"""What the stored texts allow for event dates, counted from the LABELS FILE ALONE.

    python eval/day_ceiling.py [--split tune|test]

Reads only ``eval/labels.yaml`` (no report text, no analysis), so it may be run on the
test half: per ``day_from_texts`` category (eval/README.md), the events and articles in
it, and the highest event-date accuracy a dater could reach if it dated right every
article of the events whose texts fix the day and none other (then with ``published``
and ``yearless`` added). ``briefing eval`` prints the same lines beside the accuracy.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from generator import yamlfile
from generator.evaluation import ceiling, corpus

EVAL = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=corpus.SPLITS, default="tune")
    split = parser.parse_args().split
    categories = corpus.day_categories(EVAL, split)
    articles = yamlfile.read(EVAL / "labels.yaml", what="evaluation labels")[0]["articles"]
    events_of = {a["id"]: a["event"] for a in articles if a["id"] in categories}
    counts = ceiling.by_category(categories, events_of, dated_right=())
    print(f"split: {split} (labels only)")
    print(ceiling.count_line(counts))
    print(ceiling.ceiling_line(counts))


if __name__ == "__main__":
    main()
