"""Date forms of outlets outside the Levant and Egypt, and dates that date a document or a
report rather than the happening (session 17, dev/dates3.yaml and the spent date sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analyse.dates import find_dates

SUN_2019_10_20 = dt.date(2019, 10, 20)

Seen = tuple[str, str, bool]  # span, day, background


def seen(sentence: str, published: dt.date | None = SUN_2019_10_20) -> list[Seen]:
    return [(m.text, m.date.isoformat(), m.background) for m in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "span", "day"),
    [
        # Algeria and Tunisia: the French month names
        ("وقع الهجوم يوم 15 جويلية 2019 في الحسكة", "15 جويلية 2019", "2019-07-15"),
        ("في 2 جانفي 2020 أعلنت الوزارة", "2 جانفي 2020", "2020-01-02"),
        ("الأحد 17 فيفري 2019", "الأحد 17 فيفري 2019", "2019-02-17"),
        ("منذ 3 أفريل 2018", "3 أفريل 2018", "2018-04-03"),
        ("يوم 28 جوان 2019", "28 جوان 2019", "2019-06-28"),
        ("في 12 أوت 2019", "12 أوت 2019", "2019-08-12"),
        ("في 5 ماي 2019", "5 ماي 2019", "2019-05-05"),
        # Morocco's own forms
        ("اليوم الإثنين الموافق لتاريخ 9 دجنبر 2024", "9 دجنبر 2024", "2024-12-09"),
        ("في 5 نونبر 2019", "5 نونبر 2019", "2019-11-05"),
        ("منذ 23 شتنبر 2014", "23 شتنبر 2014", "2014-09-23"),
        ("في 14 غشت 2019", "14 غشت 2019", "2019-08-14"),
        ("في 20 يوليوز 2018", "20 يوليوز 2018", "2018-07-20"),
    ],
)
def test_the_maghreb_writes_its_own_month_names(sentence: str, span: str, day: str) -> None:
    assert [(m.text, m.date.isoformat()) for m in find_dates(sentence, None)] == [(span, day)]


def test_a_maghreb_month_without_a_year_counts_back_from_publication() -> None:
    assert seen("في 12 أوت الماضي") == [("12 أوت الماضي", "2019-08-12", False)]
    assert seen("وفي 2 جانفي") == [("2 جانفي", "2019-01-02", False)]
    # Beside a name that is only a month, an ambiguous one needs no day or year.
    assert seen("في جوان/يونيو الماضي") == [("جوان/يونيو الماضي", "2019-06-01", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "قال جوان إن القصف طال القرية",  # a Kurdish given name
        "التقى جوان الماضي بالوفد",  # "Juan, the former ..." is no month without a day
        "أغنية ماي واي",
        "أوت الماضي",
    ],
)
def test_a_maghreb_name_that_is_also_another_word_needs_a_day_or_a_year(sentence: str) -> None:
    assert seen(sentence) == []


def test_a_month_first_date_line_is_read() -> None:
    # "الأحد, يونيو 19, 2022": English-made page templates print the month first
    assert seen("الأحد, يونيو 19, 2022 الأخبار") == [("الأحد, يونيو 19, 2022", "2022-06-19", False)]
    assert seen("مارس 23, 2019") == [("مارس 23, 2019", "2019-03-23", False)]


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        # a document's date
        ("وكشفت وثيقة سرية بتاريخ 13 أكتوبر 2019م أن", True),
        ("وجاء في رسالة وجهها الوزير بتاريخ 13 أكتوبر 2019", True),
        # "بتاريخ" with no document named: the happening's own date
        ("أعلنت قسد بتاريخ 13 أكتوبر 2019 أنها", False),
        # a cited report's publication
        ('وقالت وكالة "الأناضول" في تقرير لها، نشر يوم 13 أكتوبر 2019، إن', True),
        ("وذكرت دراسة نشرت في 13 أكتوبر 2019 أن", True),
        # a statement published that day may announce the happening itself
        ("وقالت قسد في بيان نشرته في 13 أكتوبر 2019 إنها", False),
        # the outlet's own publishing, with the report named after the verb
        ("ونشرت الوكالة في 13 أكتوبر 2019 تقريرا", False),
    ],
)
def test_a_date_of_a_document_or_a_cited_report_is_background(
    sentence: str, background: bool
) -> None:
    assert [m.background for m in find_dates(sentence, SUN_2019_10_20)] == [background]


def test_a_relative_day_glossed_by_a_cited_report_date_is_background_too() -> None:
    sentence = 'وقالت وكالة "الأناضول" في تقرير لها، نشر أمس الأحد (25 شباط 2018)، إن الجيش دعا'
    assert [m.background for m in find_dates(sentence, dt.date(2018, 2, 26))] == [True, True]


@pytest.mark.parametrize(
    ("sentence", "span", "day"),
    [
        ("في 15 من شهر آذار 2019 أعلن", "15 من شهر آذار 2019", "2019-03-15"),
        (
            "في الخامس عشر من شهر تشرين الأول الجاري",
            "الخامس عشر من شهر تشرين الأول الجاري",
            "2019-10-15",
        ),
        ("في 1 من شهر رمضان 1440", "1 من شهر رمضان 1440", "2019-05-06"),
    ],
)
def test_a_day_of_the_month_of_a_name_keeps_its_day(sentence: str, span: str, day: str) -> None:
    # "من شهر" between the day and the month's name (Syria, Iraq): a day, not the month
    assert [
        (m.text, m.date.isoformat(), m.granularity) for m in find_dates(sentence, SUN_2019_10_20)
    ] == [(span, day, "day")]


def test_a_count_of_months_is_not_a_day() -> None:
    assert seen("منذ 15 شهر آذار") == []


@pytest.mark.parametrize(
    ("sentence", "span", "day"),
    [
        # what happens in the night between two days is dated by the day it ran into, as the
        # corpus labels it (tune n01 "ليل الأحد – الاثنين": the Monday)
        ("وقع الهجوم ليلة السبت-الأحد في القامشلي", "ليلة السبت-الأحد", "2019-10-20"),
        ("قصف ليل الجمعة/السبت القرى", "ليل الجمعة/السبت", "2019-10-19"),
        ("ليل الأحد – الاثنين", "ليل الأحد – الاثنين", "2019-10-14"),
    ],
)
def test_a_night_between_two_days_is_the_second_day(sentence: str, span: str, day: str) -> None:
    assert [(m.text, m.date.isoformat()) for m in find_dates(sentence, SUN_2019_10_20)] == [
        (span, day)
    ]


def test_two_days_apart_are_no_night() -> None:
    assert seen("في ليلة السبت - الاثنين") == []
