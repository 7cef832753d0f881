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
from typing import Any

from generator import yamlfile
from generator.evaluation import ceiling, corpus

EVAL = Path(__file__).resolve().parent
# The mark eval/README.md puts on evidence that rests on inferred publication dates alone.
INFERRED = "[rests on an inferred publication date]"


def inferred_line(
    events: dict[str, Any], categories: dict[str, str], events_of: dict[str, str]
) -> str:
    """How much of the ceiling rests on publication dates the labellers inferred, and the
    'stated' ceiling if those events were not counted as stated."""
    marked = {e for e in set(events_of.values()) if INFERRED in str(events[e]["day_evidence"])}
    articles = [i for i, e in events_of.items() if e in marked]
    firm = [i for i, c in categories.items() if c == "stated" and events_of[i] not in marked]
    share = len(firm) / len(categories) if categories else 1.0
    return (
        f"resting on inferred publication dates alone: {len(marked)} events / {len(articles)} "
        f"articles; 'stated' ceiling without them {share:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=corpus.SPLITS, default="tune")
    parser.add_argument("--labels-dir", type=Path, default=EVAL, help="folder of labels.yaml")
    args = parser.parse_args()
    split, folder = args.split, args.labels_dir
    categories = corpus.day_categories(folder, split)
    labels = yamlfile.read(folder / "labels.yaml", what="evaluation labels")[0]
    articles = labels["articles"]
    events_of = {a["id"]: a["event"] for a in articles if a["id"] in categories}
    counts = ceiling.by_category(categories, events_of, dated_right=())
    print(f"split: {split} (labels only)")
    print(ceiling.count_line(counts))
    print(ceiling.ceiling_line(counts))
    print(inferred_line(labels["events"], categories, events_of))


if __name__ == "__main__":
    main()
