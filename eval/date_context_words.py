"""Day mentions that a founding, anniversary or commemoration word precedes in their clause,
on the TUNING half and the READ development pages for dating (session 19, helper D6).

    python eval/date_context_words.py

A report names the happening it reports with "اليوم", "أمس", a weekday or a date; it dates
an earlier happening it recalls too, and some words say so: the founding of a body ("تأسس
في", "أعلن عن تأسيس ... في"), an anniversary ("الذكرى السنوية"). This lists every
day-precise mention whose clause (the text back to the last comma or full stop) holds one of
``WORDS`` before it, with the page's labelled day, so that a rule can be checked against
every case where it would fire: those it would fix and those it would break. It reads the
tuning half (never ``test``), every part of the spent date sets and ``dates6``'s read half
(never its hidden half).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from date_pages import SPENT, load

from generator import analyse
from generator.analyse import dates
from generator.arabic import fold
from generator.evaluation import report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
UNREAD_SET = "dates6"  # only its visible half was read while the rule was written
WORDS = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:تاسيس\w*|تاسس\w*|ذكري|ذكراه|ذكراها|الذكري|ميلاد|انطلاقه)(?!\w)"
)
_CLAUSE_END = re.compile(r"[.،,؛;:!?؟]")


def _flagged(text: str, mention: dates.DateMention) -> str | None:
    clause = _CLAUSE_END.split(fold(text[: mention.start]))[-1]
    found = WORDS.findall(clause)
    return found[-1] if found else None


def _report(label: str, prepared: Sequence[report.Prepared], want: dict[str, object]) -> int:
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    mentions = analyse.find_all_dates(articles)
    count = 0
    for p in prepared:
        for sentence in p.article.sentences:
            for m in mentions.get(sentence.id, ()):
                word = _flagged(sentence.ar, m) if m.granularity == "day" else None
                if word is None:
                    continue
                count += 1
                flags = ("R" if m.relative else "-") + ("B" if m.background else "-")
                print(
                    f"{label:8} {p.item.id} want={want[p.item.id]} p{sentence.paragraph} "
                    f"{m.date} {flags} {m.text!r} after {word!r}"
                )
    return count


def _pages(names: Iterable[tuple[str, str]]) -> int:
    total = 0
    for name, part in names:
        pages = load(part, name)
        prepared = report.prepare([p.item for p in pages], ROOT / "eval" / "dev" / name)
        total += _report(name, prepared, {p.item.id: p.day for p in pages})
    return total


def main() -> None:
    tune = report.prepare_tuning(ROOT / "eval", None)
    total = _report("tune", tune, {p.item.id: p.item.event_date for p in tune})
    spent = [(name, "all") for name in SPENT if name != UNREAD_SET]
    total += _pages([*spent, (UNREAD_SET, "visible")])
    print(f"day mentions after a founding or anniversary word in their clause: {total}")


if __name__ == "__main__":
    main()
