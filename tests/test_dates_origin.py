"""Date grammar of session 19 (issue 9, helper D6): a date that a founding or an anniversary
governs in its clause dates an earlier happening, not what the report reports."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analyse.dates import DateMention, find_dates

SATURDAY = dt.date(2019, 7, 27)


def _only(text: str, published: dt.date | None = SATURDAY) -> DateMention:
    (mention,) = find_dates(text, published)
    return mention


@pytest.mark.parametrize(
    "text",
    [
        # dev/dates5 s03: the council's founding, in a report of its fourth congress.
        "وأعلن عن تأسيس مجلس سوريا الديمقراطية في 9 كانون الأول/ ديسمبر 2015 في مدينة ديرك.",
        "وهي القوات التي تأسست في 10 تشرين الأول 2015 بدعم من التحالف.",
        "تحيي المدينة الذكرى الثالثة لتفجير 27 تموز 2016 الذي استهدف الحي الغربي.",
        "في ذكرى 12 آذار 2004 خرج الآلاف إلى الشوارع.",
    ],
)
def test_a_date_a_founding_or_an_anniversary_governs_is_background(text: str) -> None:
    assert _only(text, None).background


@pytest.mark.parametrize(
    "text",
    [
        "أحيا الأهالي اليوم الذكرى الثالثة للتفجير.",  # the commemoration is today's
        "أعلن القادة أمس تأسيس مجلس عسكري جديد.",  # the founding is what is reported
        "وقالت الإدارة، بعد تأسيس المجلس، إن الدورية انطلقت الخميس.",  # another clause
    ],
)
def test_a_relative_day_or_a_day_of_another_clause_stays_the_reports(text: str) -> None:
    assert not _only(text).background


def test_a_full_date_without_a_founding_word_stays_the_reports() -> None:
    assert not _only("اعتقلت القوات في 9 كانون الأول 2015 ثلاثة أشخاص.", None).background
