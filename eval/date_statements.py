"""Statement days on the DEVELOPMENT sets (eval/dev/), outside the labelled corpus.

    python eval/date_statements.py

An event's day gives way from a statement's day ("أعلنت قسد، الجمعة، أنها ...") to the day
before when the statement's sentence or the next names it, or to two days before when the
next sentence names it (``events._happening_day``). The unread half of ``dates4`` is never
read here (``UNREAD``).
This lists, over the development pages (``dev/pages``, ``dev/heldout``) and the quotation
development set (``dev/quotes.yaml``, each entry's sentences before it and its sentence),
every day-precise mention ``find_dates`` takes for a statement's day and the day-before
mentions the rule would move to, so that a reader can judge both on outlets the corpus
never shows. The pages carry no publication date: mentions are resolved against one fixed
day, which keeps "today"/"yesterday" a day apart. Its last line counts them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from clean_pages import UNREAD as UNREAD_CLEANING  # an unread cleaning set, likewise
from group_pages import UNREAD_SETS  # an unread grouping set is never read before its scoring
from quote_devset import UNREAD_BATCHES as UNREAD_QUOTE_BATCHES  # scored once, by the lead

from generator import yamlfile
from generator.analyse import dates, events

DEV = Path(__file__).resolve().parent / "dev"
ANCHOR = dt.date(2024, 6, 15)  # any day: only the gap between two mentions matters here
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")


# A batch whose hidden half is still unread, and the unread grouping sets: never shown here.
UNREAD = ("dates4", *UNREAD_SETS, *UNREAD_CLEANING)


def _page_texts() -> Iterator[tuple[str, list[str]]]:
    for path in sorted(DEV.glob("*/*.txt")):
        if path.parent.name in UNREAD:
            continue
        lines = path.read_text("utf-8").splitlines()
        sentences = [s for line in lines for s in _SENTENCE_END.split(line) if s.strip()]
        yield f"{path.parent.name}/{path.stem}", sentences


def _quote_texts() -> Iterator[tuple[str, list[str]]]:
    data, _ = yamlfile.read(DEV / "quotes.yaml", what="quote development set")
    for n, entry in enumerate(data["quotes"]):
        if entry.get("batch", 1) in UNREAD_QUOTE_BATCHES:
            continue
        yield f"quotes/{n} {entry['outlet']}", [*(entry.get("context") or []), entry["sentence"]]


def _days(sentence: str) -> list[dates.DateMention]:
    return [
        m for m in dates.find_dates(sentence, ANCHOR) if m.granularity == "day" and not m.background
    ]


def _scan(name: str, sentences: Sequence[str], seen: set[str]) -> tuple[int, int]:
    found = moved = 0
    for i, sentence in enumerate(sentences):
        if sentence in seen:
            continue  # the quotation set repeats context sentences
        seen.add(sentence)
        reach = sentences[i : i + events.STATEMENT_REACH_SENTENCES + 1]
        nearby = [(on, x) for on, s in enumerate(reach) for x in _days(s)]
        for m in _days(sentence):
            if not m.statement:
                continue
            before = [x.text for on, x in nearby if events._reported_by_statement(m, on, x)]
            found += 1
            moved += bool(before)
            print(f"{name}: {m.text!r} -> {before or 'stays'} | {sentence[:160]}")
    return found, moved


def main() -> None:
    seen: set[str] = set()
    found = moved = 0
    for name, sentences in [*_page_texts(), *_quote_texts()]:
        f, m = _scan(name, sentences, seen)
        found, moved = found + f, moved + m
    print(f"statement days: {found} over {len(seen)} sentences; with a day before: {moved}")


if __name__ == "__main__":
    main()
