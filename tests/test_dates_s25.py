"""Event dates of session 25 (issue 9, helper D9): an undated event whose reports name no
day at all placed on a related dated event's own day."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator import analyse
from generator.analyse import dates, events
from tests.test_events import _report

FRIDAY = dt.date(2023, 3, 24)

_DRONE = (
    "أعلنت وزارة الدفاع الأميركية {day} مقتل متعاقد أميركي وإصابة خمسة جنود في هجوم بطائرة "
    "مسيرة على قاعدة للتحالف الدولي قرب مدينة الحسكة في شمال شرق سوريا."
)
_NEVER_JOINED = events.JoinScores(dated=0.5, undated=1.01)  # every undated report apart


def _groups(undated_text: str) -> dict[str, events.Group]:
    """A dated report of Friday and an undated one kept apart (no join): where is the
    undated one's event placed?"""
    dated = _report("s25-d", FRIDAY, _DRONE.format(day="اليوم الجمعة"))
    undated = _report("s25-u", None, undated_text)
    profiles = analyse.profiles([dated, undated], {})
    return {m.id: g for g in events.group(profiles, {}, _NEVER_JOINED) for m in g.members}


def test_an_undated_report_naming_no_day_is_placed_on_the_related_events_day() -> None:
    """dev/groups12 x07, tune f31: a report with no day of its own, told in the words of a
    dated event it does not join, is placed on that event's day (and marked placed)."""
    groups = _groups(_DRONE.format(day=""))
    assert groups["s25-u"] is not groups["s25-d"]
    assert (groups["s25-u"].start, groups["s25-u"].placed) == (FRIDAY, True)


def test_an_unrelated_undated_report_naming_no_day_stays_undated() -> None:
    groups = _groups("افتتح المجلس البلدي معرضا للكتاب في مدينة بنغازي الليبية.")
    assert (groups["s25-u"].start, groups["s25-u"].placed) == (None, False)


def test_under_the_floor_nothing_is_placed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "PLACE_MIN_SCORE", 1.01)
    groups = _groups(_DRONE.format(day=""))
    assert (groups["s25-u"].start, groups["s25-u"].placed) == (None, False)


def _member(
    weekdays: frozenset[int] = frozenset(), yearless: tuple[dates.YearlessDay, ...] = ()
) -> events.Profile:
    bare = events.Profile(
        article=None,  # type: ignore[arg-type]  # _member_day reads days only
        start=None,
        end=None,
        terms=(),
        entities=frozenset(),
        shingles=frozenset(),
    )
    return dataclasses.replace(bare, weekdays=weekdays, yearless=yearless)


@pytest.mark.parametrize(
    ("member", "named", "day"),
    [
        (_member(), frozenset(), FRIDAY),  # no day of its own: the related day
        (_member(), frozenset({4}), FRIDAY),  # another member names that Friday
        (_member(), frozenset({3}), None),  # another member names Thursday: not Friday
        (_member(yearless=(dates.YearlessDay(17, 5, None),)), frozenset(), None),
        (_member(frozenset({3})), frozenset({3}), dt.date(2023, 3, 23)),  # its weekday
    ],
)
def test_the_day_a_member_is_placed_on(
    member: events.Profile, named: frozenset[int], day: dt.date | None
) -> None:
    assert events._member_day(member, named, FRIDAY) == day
