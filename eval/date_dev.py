"""Event dates on the TUNING half only, report by report, for developing date rules.

    python eval/date_dev.py [--half a|b] [--verbose]

It refuses the test half by construction (it never loads it). ``--half`` keeps alternate
tune events (``evaluation.corpus.tuning_half``), so a rule written against one half's
errors can be checked on the other. For each report it prints the labelled day of the
happening, the day of the event the build put it in, the day the report itself names
(``events.named_day``) and its publication date; ``--verbose`` adds every day-precise
date mention (paragraph, resolved day, relative/background flags, span). Its last line
gives the accuracy as ``briefing eval`` scores it (grouping included) and the accuracy of
the event-day rule on the labelled events (grouping taken from the labels), so that a
date error is told apart from a grouping error.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from generator import analyse, glossary
from generator.analyse import dates, events
from generator.evaluation import report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent


def archive_span(profiles: Iterable[events.Profile]) -> tuple[dt.date, dt.date] | None:
    """The archive's span, or None with a generator that has none (main before session 11,
    run by benchmarks/date_compare.sh with these scripts, so that only generator/ differs)."""
    span = getattr(events, "archive_span", None)
    return span(profiles) if span else None


def event_day(
    members: Sequence[events.Profile], archive: tuple[dt.date, dt.date] | None
) -> dt.date | None:
    """``events.event_day`` with the archive when there is one (as above)."""
    return events.event_day(members) if archive is None else events.event_day(members, archive)


def show_mentions(
    prepared: report.Prepared, mentions: Mapping[str, Sequence[dates.DateMention]]
) -> None:
    for sentence in prepared.article.sentences:
        for m in mentions.get(sentence.id, ()):
            if m.granularity != "day":
                continue
            flags = "R" if m.relative else "-"
            flags += "B" if m.background else "-"
            print(f"        p{sentence.paragraph} {m.date} {flags} {m.text!r}")


def main() -> None:
    args = report.tuning_arguments("verbose")
    names = glossary.load(ROOT / "seeds")
    prepared = report.prepare_tuning(ROOT / "eval", args.half)
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    found = analyse.analyse(articles, names)
    predicted = {a.id: (e.id, e.date) for e in found for a in e.articles}
    mentions = analyse.find_all_dates(articles)
    profiles = {p.id: p for p in analyse.profiles(articles, names)}
    # The event-day rule on the labelled membership.
    gold_members: dict[str, list[events.Profile]] = defaultdict(list)
    for p in prepared:
        gold_members[p.item.event].append(profiles[p.item.id])
    archive = archive_span(profiles.values())
    gold_day = {event: event_day(members, archive) for event, members in gold_members.items()}
    right = right_gold = 0
    for p in sorted(prepared, key=lambda p: (p.item.event, p.item.id)):
        event_id, day = predicted[p.item.id]
        want: dt.date = p.item.event_date
        ok = day == want
        right += ok
        right_gold += gold_day[p.item.event] == want
        mark = "ok  " if ok else "MISS"
        named = profiles[p.item.id].named
        print(
            f"{mark} {p.item.id} want={want} got={day} gold-grouping={gold_day[p.item.event]} "
            f"named={named} published={p.item.published} event={p.item.event} "
            f"in={event_id}"
        )
        if not ok or args.verbose:
            show_mentions(p, mentions)
    total = len(prepared)
    print(
        f"date exact-day: {right}/{total} = {right / total:.3f} (as eval scores it); "
        f"with labelled grouping {right_gold}/{total} = {right_gold / total:.3f}"
    )


if __name__ == "__main__":
    main()
