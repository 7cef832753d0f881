"""Date grammar of session 21 (issue 9, helper D8): "أول من أمس", doubled month names joined
by a dash, the cause a report gives ("على خلفية"), and an undated report's weekday when the
dated reports of its event name no day."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.analyse import events
from generator.analyse.dates import DateMention, find_dates

THURSDAY = dt.date(2024, 3, 14)


def _days(text: str, published: dt.date | None = THURSDAY) -> list[DateMention]:
    return [m for m in find_dates(text, published) if m.granularity == "day"]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات أول من أمس مواقع في ريف الحسكة.",
        "وأعلنت الفرقة، مساء أول من أمس، أن قواتها وصلت إلى المدينة.",  # dev/dates3 m15's form
    ],
)
def test_the_day_before_yesterday_with_min_is_two_days_back(text: str) -> None:
    (mention,) = _days(text)
    assert mention.date == THURSDAY - dt.timedelta(days=2)


@pytest.mark.parametrize(
    "text",
    [
        # dev/groups4 j14: Erdogan's words of 15 January 2018, in an undated report
        "لدى خروج الرئيس التركي من مقابلة في 15 كانون ثاني-يناير 2018 في أنقرة، قال إن",
        "انفجرت سيارة في 15 كانون الثاني – يناير 2018 في المدينة.",
        "في 15 يناير - كانون الثاني 2018 عقد الاجتماع.",
    ],
)
def test_doubled_month_names_joined_by_a_dash_are_one_full_date(text: str) -> None:
    (mention,) = _days(text, None)
    assert (mention.date, mention.relative) == (dt.date(2018, 1, 15), False)


def test_two_different_months_joined_by_a_dash_give_no_day() -> None:
    assert _days("بين 15 كانون الثاني - شباط 2018") == []


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # dev/groups3 v11: the arrest that set off the clashes, two days before the report
        (
            "لليوم الثالث على التوالي مازالت الاشتباكات مستمرة على خلفية اعتقال الأخيرة ليل "
            "أول أمس للمدعو أحمد الخبيل.",
            True,
        ),
        ("خرج المتظاهرون اليوم على خلفية مقتل شاب في المدينة.", False),  # before the cause
        ("قتل شاب على خلفية الاشتباكات، ووقعت المواجهات أمس.", False),  # another clause
    ],
)
def test_a_day_in_the_cause_a_report_gives_is_background(text: str, background: bool) -> None:
    (mention,) = _days(text)
    assert mention.background is background


def _profile(start: dt.date | None, weekdays: frozenset[int] = frozenset()) -> events.Profile:
    return events.Profile(
        article=None,  # type: ignore[arg-type]  # event_day reads dates and weekdays only
        start=start,
        end=start,
        terms=(),
        entities=frozenset(),
        shingles=frozenset(),
        weekdays=weekdays,
    )


SATURDAY = dt.date(2025, 7, 12)
FRIDAY, MONDAY, TUESDAY = 4, 0, 1


def test_an_undated_reports_weekday_the_day_before_publication_dates_the_event() -> None:
    """dev/groups5 k07-k10: a report published on Saturday names no day; undated ones say
    "اليوم الجمعة": the happening is Friday, not the publication day."""
    dated = _profile(SATURDAY)
    undated = _profile(None, frozenset({FRIDAY}))
    assert events.event_day([dated]) == SATURDAY
    assert events.event_day([dated, undated, undated]) == dt.date(2025, 7, 11)


@pytest.mark.parametrize("weekday", [MONDAY, TUESDAY])
def test_an_undated_weekday_further_back_leaves_the_publication_date(weekday: int) -> None:
    """dev/groups8 u03: Tuesday's posts on a call reported on Monday are a later day's, not
    the Tuesday before; a weekday two or more days back is no evidence either way."""
    dated = _profile(SATURDAY)
    assert events.event_day([dated, _profile(None, frozenset({weekday}))]) == SATURDAY


def test_a_named_day_still_outweighs_an_undated_weekday() -> None:
    named = dataclasses.replace(_profile(SATURDAY), named=SATURDAY)
    assert events.event_day([named, _profile(None, frozenset({FRIDAY}))]) == SATURDAY


@pytest.mark.parametrize(
    "text",
    [
        # dev/groups5 k12: the families come "next Thursday"; the lead reports the preparation
        "العراق يستعد لاستقبال 230 عائلة من مخيم الهول يوم الخميس المقبل.",
        "تعقد اللجنة اجتماعها الأحد القادم في دمشق.",
    ],
)
def test_a_weekday_said_to_be_next_weeks_names_no_happening(text: str) -> None:
    from generator.analyse.dates import named_weekdays

    assert named_weekdays(text) == frozenset()


def test_a_plain_weekday_still_names_the_happening() -> None:
    from generator.analyse.dates import named_weekdays

    assert named_weekdays("وصلت العائلات إلى المخيم يوم الخميس.") == frozenset({3})


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # dev/groups8 u39: the date a letter bears, in a report of the remarks on it
        ("وقال أوجلان في رسالته التي حملت تاريخ 25 فبراير (شباط) الحالي إن الوقت حان.", True),
        ("وأصدرت الوزارة قرارها بتاريخ 25 شباط 2025 بإغلاق المعبر.", True),
        ("وصل الوفد في تاريخ 25 شباط إلى دمشق.", False),  # no document: the arrival's day
    ],
)
def test_the_date_a_document_bears_is_background(text: str, background: bool) -> None:
    (mention,) = _days(text, dt.date(2025, 2, 28))
    assert mention.background is background
