"""Date grammar of session 18 (issue 9, helper D3): coming days, "أمس" on a daily's eve,
and dates a clause counts elapsed time from."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analyse.dates import DateMention, find_dates, named_weekdays

WEDNESDAY = dt.date(2019, 10, 9)


def _only(text: str, published: dt.date | None = WEDNESDAY) -> DateMention:
    (mention,) = find_dates(text, published)
    return mention


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A future verb governs the weekday: the coming Thursday, not the one before.
        ("قالوا إن مجلس الأمن سيعقد جلسة مغلقة بشأن سوريا الخميس", dt.date(2019, 10, 10)),
        ("وستبدأ الدوريات المشتركة يوم الجمعة", dt.date(2019, 10, 11)),
        ("ومن المقرر أن يصل الوفد إلى دمشق الأحد", dt.date(2019, 10, 13)),
        ("أن القوات ستنتشر صباح الغد (الإثنين) على الحدود", dt.date(2019, 10, 14)),
        ("سوف يلتقي الطرفان في أنقرة الثلاثاء", dt.date(2019, 10, 15)),
        ("وتنطلق القافلة فجر الغد الجمعة نحو الحسكة", dt.date(2019, 10, 11)),
        # The publication's own weekday: that day.
        ("ستنطلق الجولة الأولى من المفاوضات الأربعاء", WEDNESDAY),
    ],
)
def test_a_weekday_a_future_verb_governs_is_the_coming_one(text: str, day: dt.date) -> None:
    mention = _only(text)
    assert (mention.date, mention.future, mention.background) == (day, True, False)


@pytest.mark.parametrize(
    "text",
    [
        # Past verbs that share the prefix, and nouns or names, are no future.
        "سيطرت قوات سوريا الديمقراطية يوم الأحد على المخيم",
        "وأكد سيبان حمو الأحد أن القوات مستعدة",
        "انفجرت سيارة مفخخة في القامشلي الأحد",
        # "كان من المقرر": it was due, on the Sunday before.
        "كان من المقرر أن يزور الوفد دمشق الأحد لكنه أرجأ زيارته",
        # "الغد" names a channel or a party, not tomorrow, unless a day or a time opens it.
        "وقال رئيس تيار الغد السوري أحمد الجربا الأحد إن الحوار مستمر",
        "وأكد المتحدث لقناة الغد الأحد أن القوات انسحبت",
        # The cue is in another clause.
        "قال إن الوفد سيصل قريباً، وكان قد التقى المسؤولين الأحد",
    ],
)
def test_a_weekday_without_a_future_verb_is_the_one_before(text: str) -> None:
    assert _only(text).date == dt.date(2019, 10, 6)


def test_an_undated_lead_names_no_weekday_for_what_it_announces() -> None:
    assert named_weekdays("أعلن الجيش أن الدوريات ستبدأ الجمعة") == frozenset()
    assert named_weekdays("بدأت الدوريات المشتركة الجمعة") == frozenset({4})


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # A daily's next edition posted the evening before: its "أمس الأحد" on a page dated
        # Sunday is that Sunday, not the Sunday eight days back.
        ("وأكدت قسد، امس الأحد، أنها سيطرت على السجن", dt.date(2022, 1, 23), dt.date(2022, 1, 23)),
        # The usual "أمس": the day before publication.
        ("وأكدت قسد، امس السبت، أنها سيطرت على السجن", dt.date(2022, 1, 23), dt.date(2022, 1, 22)),
        # "اليوم الأحد" a day after a Sunday keeps the Sunday before publication.
        ("أعلنت الوزارة اليوم الأحد عن الاتفاق", dt.date(2021, 6, 28), dt.date(2021, 6, 27)),
    ],
)
def test_yesterday_with_a_weekday_takes_the_nearest_such_day(
    text: str, published: dt.date, day: dt.date
) -> None:
    assert _only(text, published).date == day


@pytest.mark.parametrize(
    "text",
    [
        "وينعقد المؤتمر بعد انقضاء خمسة أعوام على مؤتمره الثالث المنعقد بتاريخ 16 تموز 2018.",
        "ويأتي ذلك مع مرور عام على الهجوم الذي شنه التنظيم في 20 كانون الثاني 2022.",
    ],
)
def test_a_date_the_clause_counts_elapsed_time_from_is_background(text: str) -> None:
    assert _only(text, None).background


def test_a_date_after_a_passing_without_since_stays_the_reports() -> None:
    text = "مرّ الرتل بالمدينة في 20 كانون الثاني 2022 متجهاً إلى الحسكة."
    assert not _only(text, None).background
