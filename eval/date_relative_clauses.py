"""Does a relative clause date the report's happening? Weighing a candidate rule on the
TUNING half and every SPENT development set (the sets of eval/date_misses.py).

    python eval/date_relative_clauses.py

A day named inside a relative clause ("بالمجزرة التي ارتكبها جيش الاحتلال ... أمس", "تفجير
إسطنبول الذي حدث أمس الأحد") may date the antecedent, an earlier happening, rather than what
the report reports. For every dated report with a labelled day, each relative day-precise
mention (not already background) that a relative pronoun precedes within ``REACH`` words of
its clause is printed with whether it falls on the labelled day (``OK``) or not (``DIFF``);
the last line counts both. A rule making such days background is worth writing only if
``DIFF`` clearly outnumbers ``OK``.
"""

from __future__ import annotations

import re

import date_misses

from generator import analyse
from generator.arabic import fold
from generator.model import TranslatedArticle

REACH = 7  # words before the day, in its clause, where a relative pronoun is looked for
_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين|اللواتي|اللاتي)(?!\w)")
_CLAUSE_END = re.compile(r"[.،,؛:!?؟\"«»“”()]")


def _in_relative_clause(text_before: str) -> tuple[bool, str]:
    words = _CLAUSE_END.split(fold(text_before))[-1].split()[-REACH:]
    return any(_RELATIVE.fullmatch(w) for w in words), " ".join(words)


def main() -> None:
    counts = {True: 0, False: 0}
    for name in date_misses.SETS:
        prepared, wanted, _ = date_misses._load(name, None)
        articles = [TranslatedArticle(article=p.article) for p in prepared]
        mentions = analyse.find_all_dates(articles)
        for p in prepared:
            want = wanted[p.item.id]
            if p.item.published is None or want is None:
                continue
            for s in p.article.sentences:
                for m in mentions.get(s.id, ()):
                    if m.granularity != "day" or m.background or not m.relative:
                        continue
                    inside, words = _in_relative_clause(s.ar[: m.start])
                    if inside:
                        counts[m.date == want] += 1
                        mark = "OK  " if m.date == want else "DIFF"
                        print(f"{name} {p.item.id} {mark} {m.date} want={want} | {words} |", m.text)
    print(f"on the labelled day: {counts[True]}; on another: {counts[False]}")


if __name__ == "__main__":
    main()
