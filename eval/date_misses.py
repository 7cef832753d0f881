"""Every event-date miss on the TUNING half and every SPENT development set, with the
sentences that name days, for classing misses by cause.

    python eval/date_misses.py [--sets tune,dates,...,groups10] [--half a|b]

Sets: ``tune`` (the tuning half only: ``report.prepare_tuning`` never loads ``test``),
the date sets ``dates``..``dates6`` (one page one event, both parts: all spent) and the
grouping sets ``groups``..``groups10`` (every part: all spent), whose labelled events carry
the day of their happening. Each labelled event is dated by the build's event-day rule on
its labelled members (``events.event_day``, dating alone); for ``tune`` and the grouping
sets the day of the event the build groups a report into is printed beside it
(``grouped=``), so that a grouping miss is told apart from a dating one; each set's last
line also counts the reports dated right alone that the build's grouping loses (put in an
event with no day, or with another day's reports).

A miss is a report whose labelled event, dated from its labelled members, falls on another
day than labelled (a date-set page the text cannot date counts when it is given a day other
than its publication date). For each miss: the labelled day, the day found, the day the
report names (``named``), its publication date, and every sentence holding a day-precise
mention (in an undated report, also every sentence naming a weekday or a day of a month
without a year, as ``weekdays=`` (0 = Monday) and ``yearless=`` (day, month, weekday);
``*`` marks the labelled day, ``>`` the day found) with the mention's flags
(R relative, B background, S statement day, F future, D dateline). ``--half`` keeps alternate
tune events (``corpus.tuning_half``) and leaves the other sets out. ``--named`` prints
instead one line per report (set, id, labelled day, the days found dating alone and with the
build's grouping, the day it names, publication date), to
compare two versions of the rules with ``diff`` report by report.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import date_pages
import group_pages

from generator import analyse, glossary
from generator.analyse import dates, events
from generator.evaluation import report
from generator.glossary import Entry
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
GROUP_SETS = group_pages.SPENT_SETS
SETS = ("tune", *date_pages.SPENT, *GROUP_SETS)
TEXT_CHARS = 150  # of each sentence shown


@dataclass(frozen=True)
class Outcome:
    """One report: what its labels want and what the rules give."""

    prepared: report.Prepared
    want: dt.date | None  # None: a date-set page the text cannot date
    got: dt.date | None  # the labelled event dated from its labelled members
    grouped: dt.date | None  # the day of the event the build put it in (None if not grouped)
    profile: events.Profile

    @property
    def missed(self) -> bool:
        if self.want is None:  # a page the text cannot date: only an invented day is wrong
            return self.got is not None and self.got != self.prepared.item.published
        return self.got != self.want


def _flags(m: dates.DateMention) -> str:
    pairs = (
        (m.relative, "R"),
        (m.background, "B"),
        (m.statement, "S"),
        (m.future, "F"),
        (m.dateline, "D"),
    )
    return "".join(mark if on else "-" for on, mark in pairs)


def _outcomes(
    prepared: Sequence[report.Prepared],
    wanted: Mapping[str, dt.date | None],
    names: Mapping[str, Entry],
    grouped: bool,
) -> tuple[list[Outcome], dict[str, list[dates.DateMention]]]:
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    profiles = {p.id: p for p in analyse.profiles(articles, names)}
    members: dict[str, list[events.Profile]] = defaultdict(list)
    for p in prepared:
        members[p.item.event].append(profiles[p.item.id])
    archive = events.archive_span(profiles.values())
    day = {event: events.event_day(group, archive) for event, group in members.items()}
    build_day: dict[str, dt.date | None] = {}
    if grouped:
        types = {e.id: e.type for e in names.values()}
        for g in events.group(list(profiles.values()), types):
            build_day |= {m.id: g.start for m in g.members}
    outcomes = [
        Outcome(
            p, wanted[p.item.id], day[p.item.event], build_day.get(p.item.id), profiles[p.item.id]
        )
        for p in prepared
    ]
    return outcomes, analyse.find_all_dates(articles)


Wanted = dict[str, dt.date | None]


def _load(name: str, half: str | None) -> tuple[list[report.Prepared], Wanted, bool]:
    """A set's prepared reports, the day each wants, and whether it is grouped."""
    if name == "tune":
        prepared = report.prepare_tuning(ROOT / "eval", half)
        return prepared, {p.item.id: p.item.event_date for p in prepared}, True
    if name in GROUP_SETS:
        items = [i for part in ("dev", "hidden") for i in group_pages.load(part, name)]
        prepared = report.prepare(items, DEV / name)
        return prepared, {p.item.id: p.item.event_date for p in prepared}, True
    pages = date_pages.load("all", name)
    prepared = report.prepare([p.item for p in pages], DEV / name)
    return prepared, {p.item.id: p.day for p in pages}, False


def _undated_cues(text: str) -> str:
    """What an undated sentence says of its day without a year: weekdays (0 = Monday)
    and days of a month, as the undated-report rules read them."""
    weekdays = sorted(dates.named_weekdays(text))
    yearless = [(y.day, y.month, y.weekday) for y in dates.yearless_days(text)]
    shown = f"weekdays={weekdays} " if weekdays else ""
    return shown + (f"yearless={yearless}" if yearless else "")


def _show(outcome: Outcome, mentions: Mapping[str, Sequence[dates.DateMention]]) -> None:
    undated = outcome.prepared.item.published is None
    for sentence in outcome.prepared.article.sentences:
        days = [m for m in mentions.get(sentence.id, ()) if m.granularity == "day"]
        cues = _undated_cues(sentence.ar) if undated else ""
        if not days and not cues:
            continue
        marks = "".join(
            ("*" if m.date == outcome.want else "") + (">" if m.date == outcome.got else "")
            for m in days
        )
        shown = " ".join(f"[{m.date} {_flags(m)} {m.text!r}]" for m in days)
        print(f"    {marks:2} p{sentence.paragraph} {shown} {cues}".rstrip())
        print(f"          {sentence.ar[:TEXT_CHARS]}")


def _print_named(name: str, outcomes: Sequence[Outcome]) -> None:
    for o in sorted(outcomes, key=lambda o: o.prepared.item.id):
        item = o.prepared.item
        print(
            f"{name} {item.id} want={o.want} got={o.got} grouped={o.grouped} "
            f"named={o.profile.named} published={item.published}"
        )


def _grouping_misses(outcomes: Sequence[Outcome]) -> str:
    """How the reports dated right alone but wrong with the build's grouping are lost: left
    in an event with no day (an undated report alone), or put with another day's reports."""
    lost = [o for o in outcomes if not o.missed and o.grouped != o.want]
    dayless = sum(o.grouped is None for o in lost)
    return (
        f" ({len(lost)} right alone lost to grouping: {dayless} in an event with no day, "
        f"{len(lost) - dayless} in an event of another day)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--half", choices=("a", "b"))
    parser.add_argument("--named", action="store_true", help="one line per report, for diff")
    args = parser.parse_args()
    chosen = ["tune"] if args.half else args.sets.split(",")
    names = glossary.load(ROOT / "seeds")
    for name in chosen:
        if name not in SETS:
            parser.error(f"unknown or unspent set {name!r}")
        prepared, wanted, grouped = _load(name, args.half)
        outcomes, mentions = _outcomes(prepared, wanted, names, grouped)
        if args.named:
            _print_named(name, outcomes)
            continue
        right = right_grouped = 0
        for o in sorted(outcomes, key=lambda o: o.prepared.item.id):
            right += not o.missed
            right_grouped += grouped and o.grouped == o.want
            if not o.missed:
                continue
            item = o.prepared.item
            extra = f" grouped={o.grouped}" if grouped else ""
            print(
                f"MISS {name} {item.id} want={o.want} got={o.got}{extra} named={o.profile.named} "
                f"published={item.published} event={item.event}"
            )
            _show(o, mentions)
        tail = f"; with the build's grouping {right_grouped}/{len(outcomes)}" if grouped else ""
        tail += _grouping_misses(outcomes) if grouped else ""
        print(f"== {name}: dating alone {right}/{len(outcomes)} reports right{tail}\n")


if __name__ == "__main__":
    main()
