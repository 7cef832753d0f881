"""How the labels treat a quotation of one word (a characterisation such as «الكاذبة»):
speech (a labelled quote) or a term (``not_quotes``), in the tuning half and in the
development set, by the words before it.

    python eval/quote_one_word_labels.py [--hide BATCH ...]

Tuning half only (it never loads the test half); ``--hide 19b`` leaves out a part of the
development set kept unread (its labels only are read here, no code's output on it). The
"before" column is the two words before the opening mark, so that labels of the same form
("بـ" after a verb of describing) can be compared."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml
from quote_devset import UNREAD_BATCHES as UNREAD_QUOTE_BATCHES  # scored once, by the lead

from generator import arabic
from generator.analyse import quotes
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
BEFORE_WORDS = 2


def one_word_spans(text: str) -> list[tuple[str, str]]:
    """(quoted word, the words before it) for each quotation of one word in a sentence."""
    found = []
    for start, end in quotes.quote_marks(text):
        inner = text[start + 1 : end]
        if len(arabic.words(inner)) == 1:
            before = arabic.words(text[:start])[-BEFORE_WORDS:]
            found.append((arabic.fold(inner.strip()), " ".join(before)))
    return found


def tune_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for p in report.prepare_tuning(ROOT / "eval", None):
        lines = p.item.text.split("\n")
        spoken = {(q.line, arabic.fold(q.starts).strip()) for q in p.item.quotes}
        terms = {arabic.fold(t) for t in p.item.not_quotes}
        for number, line in enumerate(lines, 1):
            for word, before in one_word_spans(line):
                if (number, word) in spoken:
                    rows.append(("tune", p.item.id, "speech", f"{word} | {before}"))
                elif word in terms:
                    rows.append(("tune", p.item.id, "term", f"{word} | {before}"))
    return rows


def dev_rows(hidden: list[str]) -> list[tuple[str, str, str, str]]:
    data = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8"))
    entries = data["quotes"]
    rows = []
    outlets_19 = sorted({e["outlet"] for e in entries if e.get("batch") == 19})
    part = {o: "ab"[i % 2] for i, o in enumerate(outlets_19)}  # as quote_devset --split 19
    for number, entry in enumerate(entries):
        batch = f"{entry.get('batch', 1)}{part.get(entry['outlet'], '')}"
        if batch in hidden or batch.rstrip("ab") in hidden:
            continue
        if entry.get("batch", 1) in UNREAD_QUOTE_BATCHES:
            continue
        start = arabic.fold(entry["starts"]).strip()
        for word, before in one_word_spans(entry["sentence"]):
            if word == start:
                rows.append(("dev", f"#{number}", "speech", f"{word} | {before}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hide", nargs="*", default=[], metavar="BATCH")
    args = parser.parse_args()
    rows = tune_rows() + dev_rows(args.hide)
    for row in rows:
        print(" ".join(row))
    print(Counter((where, kind) for where, _, kind, _ in rows))


if __name__ == "__main__":
    main()
