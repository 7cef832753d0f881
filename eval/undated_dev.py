"""What could place each UNDATED report of the TUNING half, for developing rules for them.

    python eval/undated_dev.py [--half a|b]

It never loads the test half. For every tuning report labelled ``published: null`` it
prints what its text (and its labelled URL) holds that could give it a day, strongest
first, and whether that evidence agrees with the labelled day of its happening:

- ``url``: a date in the URL path (``intake.pagedates.from_url``, as ``briefing new`` reads
  it for a seed's ``published``);
- ``full``: a day, month and year written out (what ``events.reported_span`` already uses
  for an undated report, in its lead);
- ``weekday+day+month``: a day and month without a year beside a weekday (the year follows
  from the weekday within a range of years);
- ``day+month``: a day and month without a year (the year only from the event it joins);
- ``weekday`` / ``relative``: a weekday, or "اليوم"/"أمس" alone (a day only from a dated
  member of its event);
- ``nothing``.

Its last lines count the categories and, for the undated reports, how many share their
labelled event with a dated report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from generator.analyse import dates
from generator.evaluation import report
from generator.intake import pagedates

ROOT = report.Path(__file__).resolve().parent.parent
FIRST_YEAR, LAST_YEAR = 2011, 2026  # the years a report here can be from (the war's)


def years_on_weekday(day: dates.YearlessDay) -> list[int]:
    """The years in which the day and month fell on the weekday named beside them."""
    found = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        try:
            found += [year] if dt.date(year, day.month, day.day).weekday() == day.weekday else []
        except ValueError:
            continue
    return found


def evidence(p: report.Prepared) -> list[tuple[str, str, bool | None]]:
    """(category, what was found, whether it agrees with the labelled day) strongest first."""
    want = p.item.event_date
    found: list[tuple[str, str, bool | None]] = []
    for url_date in pagedates.from_url(p.item.url):
        found.append(("url", str(url_date.date), abs((url_date.date - want).days) <= 1))
    sentences = [s.ar for s in p.article.sentences]
    for text in sentences:
        for m in dates.find_dates(text, None):
            if m.granularity == "day" and not m.background:
                found.append(("full", m.text, m.date == want))
    for text in sentences:
        for day in dates.yearless_days(text):
            right = (day.day, day.month) == (want.day, want.month)
            if day.weekday is not None:
                years = years_on_weekday(day)
                right = right and want.year in years
                found.append(("weekday+day+month", f"{day} years={years}", right))
            else:
                found.append(("day+month", str(day), right))
    any_day = dt.date(2000, 1, 3)
    for text in sentences:
        for m in dates.find_dates(text, any_day):
            if m.granularity == "day" and m.relative and not m.background:
                kind = "weekday" if m.weekday is not None else "relative"
                right = m.weekday == want.weekday() if m.weekday is not None else None
                found.append((kind, m.text, right))
    return found


ORDER = ("url", "full", "weekday+day+month", "day+month", "weekday", "relative")


def main() -> None:
    args = report.tuning_arguments()
    prepared = report.prepare_tuning(ROOT / "eval", args.half)
    dated_events = {p.item.event for p in prepared if p.item.published is not None}
    undated = [p for p in prepared if p.item.published is None]
    strongest: Counter[str] = Counter()
    agrees: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for p in sorted(undated, key=lambda p: (p.item.event, p.item.id)):
        found = evidence(p)
        kinds = {kind for kind, _, _ in found}
        anywhere.update(kinds)
        best = next((kind for kind in ORDER if kind in kinds), "nothing")
        strongest[best] += 1
        agrees[best] += any(kind == best and right for kind, _, right in found)
        with_dated = "with-dated" if p.item.event in dated_events else "all-undated"
        print(f"{p.item.id} want={p.item.event_date} best={best} {with_dated} event={p.item.event}")
        for kind, text, right in found:
            print(f"    {kind:18} {'?' if right is None else 'ok' if right else 'no'} {text}")
    print(f"undated tune reports: {len(undated)} of {len(prepared)}")
    for kind in (*ORDER, "nothing"):
        print(
            f"  strongest {kind:18} {strongest[kind]:3} (agreeing with the labelled day: "
            f"{agrees[kind]}); present at all in {anywhere[kind]}"
        )
    together = sum(p.item.event in dated_events for p in undated)
    print(
        f"  in an event with a dated report: {together}; in an all-undated event: "
        f"{len(undated) - together}"
    )


if __name__ == "__main__":
    main()
