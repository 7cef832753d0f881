"""Event dates of session 24 (issue 9, helper D8): of two days an event's reports name
equally often, the one named nearer the top of its report; a month's two names written
side by side with a space only; a coming weekday on the publication day; an undated event
placed beside a related dated one."""

from __future__ import annotations

import datetime as dt

import pytest

from generator import analyse
from generator.analyse import events
from generator.analyse.dates import find_dates
from tests.test_events import _report

SATURDAY, SUNDAY = dt.date(2021, 3, 27), dt.date(2021, 3, 28)


def _named(day: dt.date | None, at: int | None) -> events.Profile:
    return events.Profile(
        article=None,  # type: ignore[arg-type]  # event_day reads dates only
        start=day,
        end=day,
        terms=(),
        entities=frozenset(),
        shingles=frozenset(),
        named=day,
        named_at=at,
    )


def test_of_two_days_named_once_each_the_one_named_nearer_the_top_wins() -> None:
    """tune b10/b11: "بدأت ... اليوم (الأحد) حملة" in one lead; "انتشرت ... مساء أمس السبت"
    in the other's third paragraph (the eve's deployment). Earliest-first took Saturday."""
    lead, later = _named(SUNDAY, 0), _named(SATURDAY, 2)
    assert events.event_day([lead, later]) == SUNDAY
    assert events.event_day([_named(SUNDAY, 3), _named(SATURDAY, 1)]) == SATURDAY


def test_a_tie_at_the_same_depth_still_takes_the_earliest_day() -> None:
    assert events.event_day([_named(SUNDAY, 1), _named(SATURDAY, 1)]) == SATURDAY


def test_more_reports_still_outweigh_depth() -> None:
    assert events.event_day([_named(SUNDAY, 0), _named(SATURDAY, 4), _named(SATURDAY, 5)]) == (
        SATURDAY
    )


def test_a_day_no_member_names_itself_loses_a_tie_to_a_named_one() -> None:
    """An undated member's weekday vote has no place in a text: a day a report names wins."""
    undated = events.Profile(
        article=None,  # type: ignore[arg-type]
        start=None,
        end=None,
        terms=(),
        entities=frozenset(),
        shingles=frozenset(),
        weekdays=frozenset({SATURDAY.weekday()}),
    )
    # Saturday by the undated member's weekday (within the span), Sunday named at s3.
    span = events.Profile(
        article=None,  # type: ignore[arg-type]
        start=SATURDAY,
        end=SUNDAY,
        terms=(),
        entities=frozenset(),
        shingles=frozenset(),
    )
    assert events.event_day([_named(SUNDAY, 3), undated, span]) == SUNDAY


def test_the_profile_records_where_its_day_is_named() -> None:
    item = _report(
        "s24-a",
        SUNDAY,
        "قالت مصادر محلية إن الحملة مستمرة.\n\nوانتشرت القوات مساء أمس السبت حول المخيم.",
    )
    mentions = analyse.find_all_dates([item])
    day, at = events.named_where(item.article, mentions) or (None, None)
    assert day == SATURDAY
    assert item.article.sentences[at or 0].ar.startswith("وانتشرت")


@pytest.mark.parametrize(
    "text",
    [
        # dev/groups10 y18: the standard and the Levantine name with a space only
        "تعرضت القواعد لـ 76 هجوماً منذ الـ 19 اكتوبر تشرين الأول 2023 "
        "ولغاية الـ 5 يناير كانون الثاني 2024.",
        "قصفت الطائرات القرية في 5 كانون الثاني يناير 2024.",
    ],
)
def test_a_months_two_names_side_by_side_are_one_full_date(text: str) -> None:
    days = [m for m in find_dates(text, None) if m.granularity == "day"]
    assert (days[-1].date, days[-1].relative) == (dt.date(2024, 1, 5), False)


def test_two_different_months_side_by_side_stay_apart() -> None:
    """ "مارس" is also a verb ("practised"): only the same month's other name joins."""
    (day,) = [m for m in find_dates("في 5 أيار مارس الجيش ضغوطا", SUNDAY) if m.granularity == "day"]
    assert day.date == dt.date(2020, 5, 5)


def test_a_coming_weekday_on_the_publication_day_names_no_happening() -> None:
    """dev/groups7 i08: a call to protest "on Friday", published that Friday, announces the
    protest; the report's own day is its publication's, not a day it names."""
    friday = dt.date(2022, 8, 12)
    item = _report(
        "s24-f", friday, "دعا ناشطون إلى مظاهرة ستنطلق الجمعة في المدن والبلدات الشمالية."
    )
    mentions = analyse.find_all_dates([item])
    assert [m.date for ms in mentions.values() for m in ms if m.future] == [friday]
    assert events.named_day(item.article, mentions) is None


_DRONE = (
    "أعلنت وزارة الدفاع الأميركية {day} مقتل متعاقد أميركي وإصابة خمسة جنود في هجوم بطائرة "
    "مسيرة على قاعدة للتحالف الدولي قرب مدينة الحسكة في شمال شرق سوريا."
)


def _drone_groups(undated_text: str) -> dict[str, events.Group]:
    friday = dt.date(2023, 3, 24)
    dated = _report("s24-d", friday, _DRONE.format(day="اليوم الجمعة"))
    undated = _report("s24-u", None, undated_text)
    profiles = analyse.profiles([dated, undated], {})
    return {m.id: g for g in events.group(profiles, {}) for m in g.members}


def test_an_undated_event_is_placed_on_its_weekday_beside_a_related_dated_one() -> None:
    """tune h01/h02: the Pentagon's "الخميس" of the drone the dated reports give on Friday:
    not joined (no Thursday in the dated event), but placed on that Thursday, and marked so
    (the event page and the data files say no report gives that day)."""
    groups = _drone_groups(_DRONE.format(day="الخميس"))
    assert (groups["s24-d"].start, groups["s24-d"].placed) == (dt.date(2023, 3, 24), False)
    assert (groups["s24-u"].start, groups["s24-u"].placed) == (dt.date(2023, 3, 23), True)


def test_an_undated_event_scoring_under_the_floor_stays_undated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events, "PLACE_MIN_SCORE", 0.99)
    text = "افتتح المجلس البلدي الخميس معرضا للكتاب في مدينة بنغازي الليبية."
    group = _drone_groups(text)["s24-u"]
    assert (group.start, group.placed) == (None, False)


@pytest.mark.parametrize(
    ("weekdays", "day"),
    [({3}, dt.date(2023, 3, 23)), ({1}, dt.date(2023, 3, 21)), ({0}, dt.date(2023, 3, 27))],
)
def test_a_weekday_is_placed_within_three_days_either_side(
    weekdays: set[int], day: dt.date
) -> None:
    assert events._weekday_near(frozenset(weekdays), dt.date(2023, 3, 24)) == day


def test_two_weekdays_in_reach_place_nothing() -> None:
    assert events._weekday_near(frozenset({3, 5}), dt.date(2023, 3, 24)) is None


def test_placing_with_the_bounds_is_placing_with_every_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tuning half's real reports: the same events on the same days either way."""
    from tests.test_pair_bounds import _tuning_profiles

    profiles, types = _tuning_profiles()

    def days() -> set[tuple[frozenset[str], dt.date | None]]:
        return {
            (frozenset(m.id for m in g.members), g.start) for g in events.group(profiles, types)
        }

    monkeypatch.setattr(events, "BOUNDS_FROM_SHARE", 0.0)  # every undated report
    bounded = days()
    monkeypatch.setattr(events, "BOUNDS_FROM_SHARE", 2.0)  # none
    assert bounded == days()
    undated = {p.id for p in profiles if p.start is None}
    assert any(start and members <= undated for members, start in bounded)  # h01/h02, p30
