"""Dates in Arabic sentences: our rules find and read the spans, calendar arithmetic
places them.

Why not ``dateparser.search_dates`` over whole sentences: it takes '2014،', '120 ساعة',
'الآن' and comment counters for dates, and it fails on Levantine months, double forms
('تشرين الثاني/نوفمبر') and combined phrases ('اليوم الأربعاء'; NOTES.md, "Arabic text
tools"). So our regular expressions decide what is a date and read its day, month, year,
weekday and qualifier; what is left is arithmetic on the publication date, done with
``datetime`` (until session 11 each span was rewritten for ``dateparser.parse``, which
gave the same days — checked case by case, ``benchmarks/logs/dates_calendar_check.log`` —
and cost about 0.3 s of every build's start-up).

Spans cover whole words: clitics written onto the first word stay in the span ("والجمعة"),
prepositions written as words ("في", "منذ", "بدءاً من") stay outside and only serve as
context. ``relative`` marks every value that needed the publication date; with no
publication date such mentions are skipped rather than guessed.

Ranges: a week is Monday..Sunday; month parts are thirds: مطلع/بداية/أوائل 1-10,
منتصف/أواسط 11-20, نهاية/أواخر 21-end, keeping ``granularity="month"``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from hijridate import Gregorian, Hijri

from generator.arabic import fold, fold_with_offsets

Granularity = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class DateMention:
    text: str  # the Arabic span exactly as in the sentence
    start: int  # character offsets of the span in the sentence
    end: int
    date: dt.date  # first day covered
    last: dt.date  # last day covered
    granularity: Granularity
    relative: bool  # needed the publication date (weekday, أمس, a day+month without year…)
    background: bool  # context says it is not the reported event ("منذ العام 2014", …)
    weekday: int | None = None  # the weekday the span names (0 = Monday), if it names one
    dateline: bool = False  # the date of the report's dateline: when it was written
    statement: bool = False  # the day someone said so ("أعلنت ... الجمعة أنها"), see below
    future: bool = False  # a weekday a future verb governs ("سيعقد ... الخميس"), see below


# Month and weekday names as they look after ``arabic.fold`` (hamza seats and ة folded).
# Two-word Levantine names are keyed without the second article: "تشرين ثاني" also occurs.
_LEVANTINE: tuple[str, ...] = ("كانون ثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران")
_LEVANTINE += ("تموز", "اب", "ايلول", "تشرين اول", "تشرين ثاني", "كانون اول")
# The standard (Egyptian/Gulf) month names.
_STANDARD: tuple[str, ...] = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو")
_STANDARD += ("أغسطس",)
_STANDARD += ("سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
# The Maghreb's months: Algeria and Tunisia write the French names, Morocco its own forms
# of six of them ("9 دجنبر 2024"); the others are the standard names.
_MAGHREB = {"جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8}
_MAGHREB |= {"يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12}
# Maghreb names that are also other words ("جوان" is a Kurdish given name, "ماي" an English
# word in Arabic script): a month only with a day number or a year beside it.
_BARE_NOT_A_MONTH = frozenset(fold(name) for name in ("ماي", "جوان", "أوت"))
_MONTHS = {
    **{name: number for number, name in enumerate(_LEVANTINE, 1)},
    **{fold(name): number for number, name in enumerate(_STANDARD, 1)},
    **{"يونيه": 6, "يوليه": 7},  # Egyptian spellings
    **{fold(name): number for name, number in _MAGHREB.items()},
}
# A month's Levantine and standard names side by side with a space only ("5 يناير كانون
# الثاني 2024", "19 اكتوبر تشرين الأول 2023"): one name, keyed as the two keys joined.
_TWINS = {
    f"{first} {second}": number
    for number, (levantine, standard) in enumerate(zip(_LEVANTINE, _STANDARD, strict=True), 1)
    for first, second in ((levantine, fold(standard)), (fold(standard), levantine))
}
_WEEKDAY_NUMBER = {fold(name)[2:]: number for number, name in enumerate(_WEEKDAYS)}
_WEEKDAY_NUMBER |= {"ثلاثا": 1, "اربعا": 2}  # written without the final hamza


def _alternation(names: Iterable[str]) -> str:
    # Longest first, so that "اب" never wins over a longer name; "تشرين اول" → "تشرين (ال)?اول".
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(name.replace(" ", r"\s+(?:ال)?") for name in ordered)


_MONTH_NAME = _alternation(_MONTHS)
_MONTH_OR_TWIN = _alternation(_MONTHS | _TWINS)  # longest first: a twin before its first name
_DASHES = r"\-–—"  # escaped: a bare "-" in a character class makes a range
# A month, optionally doubled: "تشرين الثاني/نوفمبر", "تشرين الأول/ أكتوبر", "أكتوبر (تشرين الأول)".
# Some outlets join the two names with a dash instead ("15 كانون الثاني-يناير 2018"); two
# names that disagree ("كانون الأول – كانون الثاني", a span of months) give no date.
_MONTH = (
    rf"(?P<month>{_MONTH_OR_TWIN})(?!\w)"
    rf"(?:\s*[/{_DASHES}]\s*(?P<month2>{_MONTH_NAME})(?!\w)"
    rf"|\s*\(\s*(?P<month3>{_MONTH_NAME})\s*\))?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)م?(?!\w)"  # "2019م" (Gregorian marker) is common
# Days written as ordinals ("السادس عشر من يناير", "الحادي والعشرين من آذار"), as folded.
_UNITS: tuple[str, ...] = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس")
_UNITS += ("السابع", "الثامن", "التاسع")
_ORDINALS = {name: number for number, name in enumerate(_UNITS, 1)}
_ORDINALS |= {"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31}
for _tens, _word in ((10, " عشر"), (20, " والعشرين")):
    _ORDINALS |= {
        ("الحادي" if n == 1 else name) + _word: _tens + n for n, name in enumerate(_UNITS, 1)
    }
_ORDINAL = "|".join(name.replace(" ", r"\s+") for name in sorted(_ORDINALS, key=len, reverse=True))
# "و17 أكتوبر", "في الـ20 من الشهر" (folded "ال20"), or an ordinal
_DAY = rf"[وب]?(?:(?:ال\s?)?(?<![\d.])(?P<day>\d{{1,2}})|(?P<ordinal>{_ORDINAL}))(?!\w)"
_WEEKDAY_STEMS = r"(?:اثنين|ثلاثاء?|اربعاء?|خميس|جمعه|سبت|احد)(?!\w)"
_WEEKDAY = r"ال(?P<wd>اثنين|ثلاثاء?|اربعاء?|خميس|جمعه|سبت|احد)(?!\w)"
_PAST = "الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته"
_CURRENT = "الجاري|الجاريه|الحالي|الحاليه"
_NEXT = "المقبل|المقبله|القادم|القادمه"
_KIND = {
    word: kind
    for kind, words in (("past", _PAST), ("current", f"{_CURRENT}|هذا|هذه"), ("next", _NEXT))
    for word in words.split("|")
}
_WHEN = rf"(?P<when>{_PAST}|{_CURRENT}|{_NEXT})(?!\w)"
_QUAL = r"(?P<qual>[وفبل]?(?:مطلع|بدايه|اوايل|منتصف|اواسط|نهايه|اواخر))\s+"
_TOD = r"(?:[وف]?ب?(?:صباح|مساء|ظهر|ظهيره|عصر|فجر)\s+)"  # time of day: same date


def _definite(stem: str) -> str:
    """``stem`` with its article and the clitics that can precede it (و ف ب, ل+ال → لل)."""
    return rf"[وف]?(?:ب?ال|لل){stem}"


# "(من) العام الماضي", "من هذا العام": the year of a day or month written without one.
_YEAR_OF = (
    rf"(?:من\s+)?(?P<yrel>{_definite('(?:عام|سنه)')}\s+(?:{_PAST}|{_CURRENT}|{_NEXT})"
    r"|هذا\s+العام)(?!\w)"
)
_AFTER_MONTH = rf"(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+)?{_YEAR}|\s+{_YEAR_OF}|\s+{_WHEN})"
_PERIOD = (
    rf"{_definite('(?:شهر|اسبوع|عام|سنه)')}\s+{_WHEN}"
    r"|[وف]?(?:هذا\s+(?:الشهر|العام|الاسبوع)|هذه\s+السنه)(?!\w)"
)

# The 20th "of the current/last month" written without "month": "في 20 الجاري". Masculine
# forms only: "الشهر" is masculine, "الـ20 الماضية" (hours, years) is not a day.
_MONTH_WHEN = "الجاري|الحالي|الماضي|المنصرم|الفايت"
_COUNT_WORDS = "ثلاثه|اربعه|خمسه|سته|سبعه"
_AGO_DAYS = {"يوم واحد": 1, "يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7}
_SEP = r"\s*[-/.]\s*"  # between the parts of a numeric date
_DAY_FIRST_SEP = rf"(?:{_SEP}| )"  # "توجهنا اليوم 3 3 2013": spaces alone, before a full year

# Hijri months as folded ("جمادى الآخرة" → "جمادي الاخره"), numbered; Gulf outlets date
# by them, often beside the Gregorian date ("الأحد 5 رجب 1442هـ الموافق 17 فبراير").
_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6,
    "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}  # fmt: skip
_HIJRI_NAME = "|".join(name.replace(" ", r"\s+") for name in sorted(_HIJRI, key=len, reverse=True))

# Between a day and its month: "15 آذار", "15 من آذار", "الخامس عشر من شهر آذار".
_OF_MONTH = r"(?:من\s+(?:شهر\s+)?)?"

_TODAY_OR_YESTERDAY = r"(?:[وف]?ب?ال|[وف]?)(?:يوم|امس)\s*،?\s*"

_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?<!\w){pattern}")
    for name, pattern in {
        # "9 أكتوبر", "السبت 19 أكتوبر 2019"; then "تشرين الأول/ أكتوبر 2019", "أيار الماضي"
        # "فجر السبت 18 تشرين الأول", "اليوم، الأربعاء 26 من كانون الثاني": a time of day,
        # "اليوم" or "أمس" before the weekday; the day and month then say which day it is
        "day_month": rf"(?:{_TOD}?(?:{_TODAY_OR_YESTERDAY}|[وفب]?يوم\s+|[وفب])?{_WEEKDAY}\s*،?\s*)?"
        rf"{_DAY}\s+{_OF_MONTH}"
        rf"{_MONTH}{_AFTER_MONTH}?",
        "month": rf"(?:{_QUAL})?[وفبل]?{_MONTH}{_AFTER_MONTH}",
        # "الأحد, يونيو 19, 2022": the month first, as date lines of English-made page
        # templates print it; the comma before the year is part of that form
        "month_first": rf"(?:{_WEEKDAY}\s*[,،]\s*)?{_MONTH}\s+{_DAY}\s*[,،]\s*{_YEAR}",
        "day_of_month": rf"{_DAY}\s+(?:من\s+(?P<period>الشهر\s+{_WHEN}|هذا\s+الشهر(?!\w))"
        rf"|(?P<bare>{_MONTH_WHEN})(?!\w))",
        # "الأحد 5 رجب 1442هـ": the weekday is the Hijri date's, not one of its own
        "hijri": rf"(?:{_TOD}?(?:[وفب]?يوم\s+|[وفب])?{_WEEKDAY}\s*،?\s*)?{_DAY}\s+{_OF_MONTH}"
        rf"(?P<hmonth>{_HIJRI_NAME})(?:\s+(?P<hyear>1[34]\d\d))?(?:\s*ه(?!\w))?(?!\w)",
        # "20-1-2022", "2022/01/20": day first unless the year leads
        "numeric": rf"(?<!\d)(?<!\d[/.-])(?:(?P<nday>\d{{1,2}}){_DAY_FIRST_SEP}"
        rf"(?P<nmonth>\d{{1,2}}){_DAY_FIRST_SEP}"
        rf"(?P<nyear>(?:19|20)\d\d)|(?P<yfirst>(?:19|20)\d\d){_SEP}(?P<ymonth>\d{{1,2}})"
        rf"{_SEP}(?P<yday>\d{{1,2}}))(?!\d|[/.-]\d)",
        "year": rf"[وف]?[بل]?(?:ال|ل)?(?:عام|سنه)\s+{_YEAR}",
        "bare_year": rf"[وف]?(?P<prep>منذ|في|حتى|خلال)\s+(?P<span>{_YEAR})",
        "period": rf"(?:{_QUAL})?(?P<period>{_PERIOD})",
        # "أول أمس", "أول من أمس", "أمس الأول", "قبل أمس": the day before yesterday
        "rel_day": rf"{_TOD}?(?P<rel>{_definite('يوم')}|[وف]?اول\s+(?:من\s+)?امس|[وف]?امس\s+الاول"
        rf"|[وف]?قبل\s+(?:ال)?امس|[وف]?(?:ب?ال)?امس|{_definite('ليله')}\s+(?:{_PAST}))(?!\w)(?:\s*،?\s*{_WEEKDAY})?",
        # "قبل يومين", "قبل ثلاثة أيام": days before publication
        "ago": rf"[وف]?قبل\s+(?P<ago>يوم\s+واحد|يومين|(?P<n>[2-7]|{_COUNT_WORDS})\s+ايام)(?!\w)",
        # "ليل الأحد – الاثنين", "ليلة السبت/الأحد": the night between two days; what
        # happens in it is dated by the second, the day it ran into
        "night": rf"[وف]?(?:ب?ال)?ليل(?:ه)?\s+(?:يوم\s+)?ال(?P<wd1>{_WEEKDAY_STEMS})"
        rf"\s*[-–—/]\s*(?:يوم\s+)?{_WEEKDAY}",
        "weekday": rf"{_TOD}?(?:[وفب]?يوم\s+|[وفب])?{_WEEKDAY}(?:\s+{_WHEN})?",
    }.items()
}

# Words after a bare year that make it a count ("منذ 2000 عام"), not a year.
_COUNTED = re.compile(r"\s*(?:عام|اعوام|سنه|سنوات|شهر|اشهر|يوم|ايام|ساعه|ساعات)(?!\w)")
# "اليوم" is "the day" before an adjective or in "ذلك اليوم"; "الاثنين" is "the two".
_NOT_TODAY_AFTER = re.compile(
    r"\s+(?:التالي|السابق|الاخير|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن"
    r"|التاسع|العاشر|الوطني|العالمي|الدولي|الذي|المقرر|المحدد|الموعود|نفسه|ذاته)(?!\w)"
)
_NOT_TODAY_BEFORE = ("ذلك", "هذا", "نفس", "ذات")
_NOT_MONDAY_BEFORE = ("بين", "كلا", "هذين", "هذان")
# "العام" is also the adjective "general": "الأمين العام الحالي" is the current Secretary-General.
_GENERAL_AFTER = ("امين", "مدير", "نايب", "مدعي", "مفتش", "منسق", "مراقب", "مرشد", "قايد", "راي")
# Every pattern needs a digit, a weekday, a month or one of these words; a sentence with
# none of them cannot hold a date.
_TRIGGER = re.compile(
    rf"\d|اثنين|ثلاثا|اربعا|خميس|جمعه|سبت|احد|امس|يوم|ايام|اسبوع|شهر|عام|سنه|ليله"
    rf"|(?<!\w)[وبلف]?(?:{_MONTH_NAME})(?!\w)"
)
_CLAUSE_END = re.compile(r"[.،,؛;:!?؟\"«»“”()\[\]]")
_PLUPERFECT = re.compile(r"(?<!\w)و?كان(?:ت|وا)?(?!\w)")
_OPENS_PLUPERFECT = re.compile(r"\W*وكان(?:ت|وا)?(?!\w)")
_STEP = {"past": -1, "current": 0, "next": 1}
# 29 February comes back within eight years (1896 → 1904), any other day within one.
_YEARS_TO_RECURRENCE = 9


# ---------------------------------------------------------------- calendar


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the month has no such day ("31 أبريل", "29 فبراير 2019")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_day(month: int, day: int, base: dt.date, future: bool) -> dt.date | None:
    """``day`` of ``month`` on or before ``base`` (after it, with ``future``), in the nearest
    year that has it; None when no year does."""
    step = 1 if future else -1
    for year in range(base.year, base.year + step * _YEARS_TO_RECURRENCE, step):
        found = _calendar_day(year, month, day)
        if found is not None and (found > base if future else found <= base):
            return found
    return None


def _weekday_before(weekday: int, base: dt.date) -> dt.date:
    """The most recent ``weekday`` (0 = Monday) strictly before ``base``."""
    return base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)


def _weekday_after(weekday: int, base: dt.date) -> dt.date:
    """The first ``weekday`` strictly after ``base``."""
    return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)


def _period_day(unit: str, kind: str, published: dt.date) -> dt.date:
    """A day in the month, week or year that ``kind`` (past/current/next) points to from
    ``published``: the first of that month, the day a week away, the first of
    ``published``'s month in that year."""
    step = _STEP[kind]
    if unit == "اسبوع":
        return published + dt.timedelta(days=7 * step)
    if unit == "شهر":
        months = published.year * 12 + published.month - 1 + step
        return dt.date(months // 12, months % 12 + 1, 1)
    return dt.date(published.year + step, published.month, 1)


def _kind(text: str | None) -> str:
    """past / current / next from the qualifier word in ``text``; plain when none."""
    return next((_KIND[w] for w in (text or "").split() if w in _KIND), "plain")


def _period_start(text: str, published: dt.date) -> tuple[str, dt.date]:
    """The unit of "الشهر الماضي", "هذا العام"… and a day in that period."""
    unit = next((u for u in ("شهر", "اسبوع") if u in text), "سنه")
    kind = _kind(text)
    return unit, _period_day(unit, "current" if kind == "plain" else kind, published)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _month_range(first: dt.date, qual: str | None) -> tuple[dt.date, dt.date]:
    if qual and any(word in qual for word in ("مطلع", "بدايه", "اوايل")):
        return first.replace(day=1), first.replace(day=10)
    if qual and any(word in qual for word in ("منتصف", "اواسط")):
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21 if qual else 1), _month_end(first)


def _month_number(match: re.Match[str]) -> int | None:
    """The month of a (possibly doubled) name; None when the two names disagree."""
    names = [match.group(g) for g in ("month", "month2", "month3") if match.group(g)]
    keys = (re.sub(r"\s+(?:ال)?", " ", name) for name in names)
    numbers = {_MONTHS.get(key) or _TWINS[key] for key in keys}
    return numbers.pop() if len(numbers) == 1 else None


def _only_other_words(match: re.Match[str]) -> bool:
    """Every month name given is one that is also another word ("جوان"), none beside it
    that is only a month ("جوان/يونيو")."""
    names = [match.group(g) for g in ("month", "month2", "month3") if match.group(g)]
    return all(name in _BARE_NOT_A_MONTH for name in names)


def _day_number(match: re.Match[str]) -> int | None:
    """The day of the month a match writes in digits or as an ordinal, if any."""
    found = match.groupdict()
    if found.get("day"):
        return int(found["day"])
    if found.get("ordinal"):
        return _ORDINALS[" ".join(found["ordinal"].split())]
    return None


def weekday_on_or_before(weekday: int, anchor: dt.date) -> dt.date:
    """The most recent ``weekday`` (0 = Monday) on or before ``anchor``."""
    return _weekday_before(weekday, anchor + dt.timedelta(days=1))


def _weekday_on_or_before(weekday: str, anchor: dt.date) -> dt.date:
    # On the anchor itself too: seed 002 says "الجمعة" on a Friday.
    return _weekday_before(_WEEKDAY_NUMBER[weekday], anchor + dt.timedelta(days=1))


# ---------------------------------------------------------------- one resolver per pattern

_Resolved = tuple[dt.date, dt.date, Granularity, bool] | None
_Resolver = Callable[[re.Match[str], dt.date | None], _Resolved]


def _named_month(match: re.Match[str], published: dt.date | None) -> _Resolved:
    """A month name with a day, a year, "من العام الماضي" or "الماضي/الجاري/المقبل"."""
    number = _month_number(match)
    if number is None:
        return None
    day = _day_number(match)
    if not (day or match.group("year")) and _only_other_words(match):
        return None  # "جوان الماضي" may be a man; "3 جوان", "جوان/يونيو الماضي" are June
    if match.group("year"):
        first, relative = _calendar_day(int(match.group("year")), number, day or 1), False
    elif published is None:
        return None
    elif match.group("yrel"):
        year = _period_start(match.group("yrel"), published)[1].year
        first, relative = _calendar_day(year, number, day or 1), True
    else:
        # Base dates that turn "the most recent such date not after the base" into what the
        # qualifier says: الماضي = before the publication month, الجاري = in its year,
        # المقبل = after its month; no qualifier = not after publication.
        kind, relative = _kind(match.group("when")), True
        base = {
            "past": published.replace(day=1) - dt.timedelta(days=1),
            "current": published.replace(month=12, day=31),
            "next": _month_end(published),
        }.get(kind, published)
        first = _nearest_day(number, day or 1, base, future=kind == "next")
    if first is None:
        return None
    if day:
        return first, first, "day", relative
    return (*_month_range(first, match.group("qual")), "month", relative)


def _day_of_month(match: re.Match[str], published: dt.date | None) -> _Resolved:
    if published is None:
        return None
    # "20 من الشهر الماضي": the period gives the month, the match the day.
    period = match.group("period") or f"الشهر {match.group('bare')}"
    month = _period_start(period, published)[1]
    found = _calendar_day(month.year, month.month, _day_number(match) or 0)
    return (found, found, "day", True) if found else None


def _numeric(match: re.Match[str], published: dt.date | None) -> _Resolved:
    parts = ("nyear", "nmonth", "nday") if match.group("nyear") else ("yfirst", "ymonth", "yday")
    try:
        found = dt.date(*(int(match.group(part)) for part in parts))
    except ValueError:
        return None  # "13-13-2020" is no date (a score, a reference number)
    return found, found, "day", False


def _hijri(match: re.Match[str], published: dt.date | None) -> _Resolved:
    month = _HIJRI[re.sub(r"\s+", " ", match.group("hmonth"))]
    day = _day_number(match) or 0
    try:
        if match.group("hyear"):
            found = Hijri(int(match.group("hyear")), month, day).to_gregorian()
            return found, found, "day", False
        if published is None:
            return None
        # Without a year: the most recent such day not after publication.
        year = Gregorian.fromdate(published).to_hijri().year
        found = Hijri(year, month, day).to_gregorian()
        if found > published:
            found = Hijri(year - 1, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # "30 صفر" in a 29-day month; a year outside the Umm al-Qura table
    return found, found, "day", True


def _ago(match: re.Match[str], published: dt.date | None) -> _Resolved:
    # "قبل يومين من الانتخابات" counts from another day, not from publication.
    if published is None or re.match(r"\s+من(?!\w)", match.string[match.end() :]):
        return None
    count = match.group("n")
    if count:
        days = _AGO_DAYS.get(count) or int(count)
    else:
        days = _AGO_DAYS[" ".join(match.group("ago").split())]
    found = published - dt.timedelta(days=days)
    return found, found, "day", True


def _year(match: re.Match[str], published: dt.date | None) -> _Resolved:
    year = int(match.group("year"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False


def _bare_year(match: re.Match[str], published: dt.date | None) -> _Resolved:
    # Without "العام" a four-digit number is a year only at a clause end, or after "منذ"
    # when no time unit follows ("منذ 2014" yes, "في 2000 موقع" / "منذ 2000 عام" no).
    rest = match.string[match.end() :]
    at_clause_end = not re.match(r"\s*\w", rest)
    if not at_clause_end and (match.group("prep") != "منذ" or _COUNTED.match(rest)):
        return None
    return _year(match, published)


def _period(match: re.Match[str], published: dt.date | None) -> _Resolved:
    if published is None:
        return None
    unit, day = _period_start(match.group("period"), published)
    if unit == "شهر":
        return (*_month_range(day, match.group("qual")), "month", True)
    if unit == "اسبوع":
        # One day a week away; we report its Monday..Sunday week.
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week", True
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", True


def _rel_day(match: re.Match[str], published: dt.date | None) -> _Resolved:
    if published is None:
        return None
    rel = match.group("rel")
    if "اول" in rel or "قبل" in rel:  # "أول أمس" / "أمس الأول" / "قبل أمس"
        anchor = published - dt.timedelta(days=2)
    else:
        anchor = published - dt.timedelta(days=0 if "يوم" in rel else 1)
    if match.group("wd"):
        anchor = _named_weekday_near(match.group("wd"), anchor, published)
    return anchor, anchor, "day", True


def _named_weekday_near(weekday: str, anchor: dt.date, published: dt.date) -> dt.date:
    """The named weekday of "اليوم الأربعاء" / "أمس الجمعة" wins, the one nearest the day the
    adverb points to and never after publication (000's "اليوم الأحد" is copied background
    and disagrees with the publication weekday: the Sunday before). "أمس الأحد" on a page
    dated Sunday is a daily's next edition posted the evening before (its "أمس" counts
    from the print day): that Sunday, not the one eight days back."""
    before = _weekday_on_or_before(weekday, anchor)
    latest = _weekday_on_or_before(weekday, published)
    return latest if (latest - anchor).days < (anchor - before).days else before


def _weekday(match: re.Match[str], published: dt.date | None) -> _Resolved:
    kind = _kind(match.group("when"))
    if published is None or kind == "current":  # "الجمعة الجاري" is no usage: no guess
        return None
    if kind == "plain":
        found = _weekday_on_or_before(match.group("wd"), published)
    else:  # strictly before (الماضي) / after (المقبل) the publication day
        weekday = _WEEKDAY_NUMBER[match.group("wd")]
        found = (_weekday_after if kind == "next" else _weekday_before)(weekday, published)
    return found, found, "day", True


def _weekday_on_or_after(weekday: int, base: dt.date) -> dt.date:
    return _weekday_after(weekday, base - dt.timedelta(days=1))


def _coming_weekday(match: re.Match[str], published: dt.date | None) -> _Resolved:
    """A plain weekday a future verb governs: the first such day on or after publication."""
    if published is None:
        return None
    found = _weekday_on_or_after(_WEEKDAY_NUMBER[match.group("wd")], published)
    return found, found, "day", True


def _night(match: re.Match[str], published: dt.date | None) -> _Resolved:
    """The second day of a night between two consecutive days; None for other pairs
    ("ليل السبت - الاثنين" is no night) or without a publication date."""
    first, second = (_WEEKDAY_NUMBER[match.group(g)] for g in ("wd1", "wd"))
    if published is None or (second - first) % 7 != 1:
        return None
    found = _weekday_on_or_before(match.group("wd"), published)
    return found, found, "day", True


_RESOLVERS: dict[str, _Resolver] = {
    "day_month": _named_month,
    "month": _named_month,
    "month_first": _named_month,
    "day_of_month": _day_of_month,
    "year": _year,
    "bare_year": _bare_year,
    "period": _period,
    "rel_day": _rel_day,
    "ago": _ago,
    "hijri": _hijri,
    "numeric": _numeric,
    "night": _night,
    "weekday": _weekday,
}


# ---------------------------------------------------------------- context and the public API

# A plain weekday that a future verb governs is the coming one: "سيعقد مجلس الأمن جلسة
# الخميس", "ستنتشر القوات صباح الغد (الإثنين)", "من المقرر أن يصل الوفد الأحد". What a
# report announces has not happened; its day is not the happening's. The future is
# "سوف", "من المقرر", "غداً" or س + the imperfect of a verb of scheduled news (a closed
# list: a bare س+ي/ت prefix also opens nouns and names, "سيطرة", "سيارة", "سيبان").
_FUTURE_STEMS = (
    "عقد|بدا|زور|صل|لتقي|جري|نطلق|توجه|جتمع|نتشر|دخل|سلم|نسحب|لقي|دلي|تم|كون|حضر|شارك"
    "|ستانف|عود|غادر|صوت|ناقش|بحث|نظم|قوم|علن|فتتح|ستقبل|طلق|ختتم|رسل|نفذ|ستمر|صدر|حتفل"
)
_FUTURE_CUE = re.compile(rf"[وف]?(?:س[يتن](?:{_FUTURE_STEMS})\w*|سوف|المقرر|المرتقب|المرتقبه|غدا)")
# "غد"/"الغد" is tomorrow after "يوم" or a time of day; else a name ("قناة الغد", "تيار الغد").
_TOMORROW = re.compile(r"[وفب]?(?:ال)?غد")
_TOMORROW_AFTER = frozenset(("يوم", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"))
_PAST_SCHEDULE = re.compile(r"(?<!\w)و?كان(?:ت)?(?!\w)")  # "كان من المقرر": it was due
FUTURE_REACH = 6  # words from the cue to the weekday: "سيعقد جلسة مغلقة بشأن سوريا الخميس"


def _future(folded: str, start: int) -> bool:
    """Whether a future cue governs a weekday at ``start``: within ``FUTURE_REACH`` words
    before it, in its clause (brackets do not end it: "صباح الغد (الإثنين)")."""
    words = _bare_words(re.split(r"[.!?؟؛;:،,]", folded[:start])[-1])
    reach = len(words) - FUTURE_REACH
    cues = [i for i in range(max(reach, 0), len(words)) if _future_word(words, i)]
    return bool(cues) and not any(_PAST_SCHEDULE.fullmatch(w) for w in words[: cues[0]])


def _future_word(words: list[str], index: int) -> bool:
    word = words[index]
    if _FUTURE_CUE.fullmatch(word):
        return True
    before = words[index - 1] if index else ""
    opens = before in _TOMORROW_AFTER or (before[:1] in "وفب" and before[1:] in _TOMORROW_AFTER)
    return opens and _TOMORROW.fullmatch(word) is not None


def _elapsed_since(clause: str) -> bool:
    """Whether the clause counts time from what it dates ("بعد انقضاء خمسة أعوام على
    مؤتمره الثالث المنعقد في 16 تموز 2018", "مع مرور عام على الاتفاق الموقع في ..."):
    that date is an earlier happening, not what the report reports."""
    return re.search(r"(?<!\w)(?:مرور|انقضاء)\s+(?:\S+\s+){0,3}?علي(?!\w)", clause) is not None


def _previous_word(folded: str, start: int) -> str:
    words = folded[:start].split()
    return words[-1] if words else ""


def _rejected(kind: str, match: re.Match[str], folded: str) -> bool:
    """Word-level exceptions that a regex alone would get wrong."""
    start, end = match.span()
    wd = match.groupdict().get("wd")
    today = kind == "rel_day" and "يوم" in match.group("rel") and not wd
    if today and (
        _NOT_TODAY_AFTER.match(folded, end)
        or _previous_word(folded, start).endswith(_NOT_TODAY_BEFORE)
    ):
        return True  # "اليوم التالي", "في ذلك اليوم": a day, not today
    if wd == "اثنين" and (
        _previous_word(folded, start) in _NOT_MONDAY_BEFORE
        or re.match(r"\s+معا(?!\w)", folded[end:])
    ):
        return True  # "بين الاثنين", "الاثنين معاً": the two
    if kind == "period" and "عام" in match.group("period"):
        return _previous_word(folded, start).endswith(_GENERAL_AFTER)
    return wd == "احد" and re.match(r"\s+عشر", folded[end:]) is not None  # "الأحد عشر"


# A date right after one of these nouns names a thing ("اتفاق 10 آذار", "ثورة 19 تموز",
# "مجزرة 12 آذار"): an earlier happening referred to, not what the report reports.
_NAMED_BY_DATE = re.compile(r"[وفبل]?(?:اتفاق|اتفاقيه|تفاهم|تفاهمات|ثوره|انتفاضه|مجزره|احداث|حرب)")


# A date in a phrase that a definite participle opens dates that participle's noun: "الاتفاق
# الموقع بين الحكومة و"قسد" في 29 كانون الثاني", "القرار الصادر في 5 آذار" (when it was
# signed or issued), not what the report reports. Quotation marks do not end the phrase.
_DATED_NOUN = re.compile(r"(?<!\w)[وفبل]?ال(?:موقع|مبرم|مورخ|صادر)ه?(?!\w)")
_PHRASE_END = re.compile(r"[.!?؟؛;:،,]")
DATED_NOUN_WORDS = 8  # "الموقع بين الحكومة السورية وتنظيم قسد في": the participle's reach


def _dates_a_noun(before: str, noun: re.Pattern[str] = _DATED_NOUN) -> bool:
    phrase = _PHRASE_END.split(before)[-1].split()[-DATED_NOUN_WORDS:]
    return any(noun.fullmatch(word) for word in phrase)


# A date that dates a document or a report rather than what the report reports: after
# "بتاريخ" in a phrase that names a document ("وثيقة سرية بتاريخ 13 أكتوبر 2019م"), or
# within a few words after a verb of publishing that follows a report's name ("في تقرير
# لها، نشر أمس الأحد (25 شباط 2018)", "دراسة نشرت في 3 أيار"). A statement ("بيان")
# is left out: what it announces is often the happening itself.
# With a possessive ("رسالته التي حملت تاريخ ...": his letter), the feminine ة becomes ت.
_DOCUMENT = re.compile(
    r"[وفبل]?(?:ال)?(?:(?:وثيق|رسال|مذكر|برقي|دراس|مقال)(?:ه|ت(?:ه|ها|هم))"
    r"|(?:كتاب|تقرير|قرار|مرسوم|تعميم|مقال)(?:ه|ها|هم)?|وثايق|تقارير)"
)
_DATED_ON = re.compile(r"[وف]?ب?تاريخ")  # "بتاريخ", or "تاريخ" ("حملت تاريخ 25 شباط")
_PUBLISHED = re.compile(r"[وف]?(?:نشر|نشرت|نشره|نشرته|نشرتها|نشرها|المنشور|المنشوره)")
PUBLISHED_REACH = 4  # words from the verb to the date: "نشر أمس الأحد ("
REPORT_BEFORE_VERB = 3  # words from the report's name to the verb: "تقرير لها، نشر"


def _bare_words(text: str) -> list[str]:
    return [word.strip('()[]«»"“”،,:') for word in text.split()]


def _dates_a_document(before: str) -> bool:
    words = _bare_words(re.split(r"[.!?؟؛]", before)[-1])
    if words and _DATED_ON.fullmatch(words[-1]):
        phrase = _bare_words(_PHRASE_END.split(before)[-1])[-DATED_NOUN_WORDS:]
        return any(_DOCUMENT.fullmatch(word) for word in phrase)
    for index in range(max(len(words) - PUBLISHED_REACH, 0), len(words)):
        if _PUBLISHED.fullmatch(words[index]):
            names = words[max(index - REPORT_BEFORE_VERB, 0) : index]
            return any(_DOCUMENT.fullmatch(word) for word in names)
    return False


# A date that a founding or an anniversary governs in its clause dates the body's founding
# or the happening remembered ("وأعلن عن تأسيس المجلس في 9 كانون الأول 2015", "الذي
# تأسس عام 2015", "الذكرى الثالثة لتفجير 27 تموز 2016"): an earlier happening, not what the
# report reports. A relative day ("اليوم", "أمس", a weekday) stays the report's: "أحيا
# الأهالي اليوم الذكرى ..." and "أعلنوا أمس تأسيس ..." date the commemoration and the founding.
_ORIGIN = re.compile(r"[وفبل]?(?:ال)?(?:تاسيس|تاسس|تاسست|ذكري|ذكراه|ذكراها)(?!\w)")


# "على خلفية" names the cause of what is reported ("تستمر الاشتباكات ... على خلفية اعتقال
# الأخيرة ليل أول أمس للمدعو ..."): a date in its phrase is the cause's, an earlier happening.
_CAUSE = re.compile(r"(?<!\w)[وف]?علي\s+خلفيه(?!\w)")


def _dates_an_origin(clause: str) -> bool:
    return any(_ORIGIN.fullmatch(word) for word in _bare_words(clause))


def _background(folded: str, start: int, relative: bool = False) -> bool:
    before = folded[:start]
    if _NAMED_BY_DATE.fullmatch(_previous_word(folded, start)) or _dates_a_noun(before):
        return True
    if _dates_a_document(before):
        return True
    clause = _CLAUSE_END.split(before)[-1]
    # "منذ العام 2014", "منذ أن ... في العام 2014": a since-clause sets the scene.
    if {"منذ", "ومنذ"} & set(clause.split()[-6:]) or _elapsed_since(clause):
        return True
    if not relative and _dates_an_origin(clause):
        return True
    if _CAUSE.search(clause):
        return True
    if re.search(r"(?:بدءا|ابتداء)\s+من\s*$", clause):
        return True
    # "وكان أوستن قد أبلغ الأربعاء": كان ... قد + perfect is the news pluperfect, i.e. an
    # earlier event recalled as background; so is a sentence that opens with "وكان(ت)"
    # ("وكانت الفصائل أعلنت، الجمعة، ..."), with or without قد.
    if _OPENS_PLUPERFECT.match(folded) and not re.search(r"[.!?؟؛]", before):
        return True
    openers = list(_PLUPERFECT.finditer(before))
    if not openers:
        return False
    tail = before[openers[-1].end() :]
    return bool(re.search(r"(?<!\w)قد(?!\w)", tail)) and not re.search(r"[.!?؟؛]", tail)


# A day said to be when someone spoke: a verb of saying earlier in the sentence, and the
# span followed (past punctuation, brackets or more of the date) by what was said: "أعلنت
# قسد، الجمعة، أنها ...", "كشفت الإدارة، الجمعة، عن ...". It dates the statement; the
# happening it reports may be a day or two earlier ("... مساء الخميس").
_SPEECH_VERB = re.compile(
    r"(?<!\w)[وف]?(?:قال|اعلن|كشف|ذكر|افاد|اكد|اوضح|صرح|افصح|نفت|نفي|اشار|ابلغ|اعترف|زعم)"
    r"(?:ت|وا)?(?!\w)"
)
_SAID_WORDS_BETWEEN = 3  # "الأحد 7 من آب، إن", "الجمعة في بيان له أن"
_SAID_AFTER = re.compile(
    rf"(?:[\s،,()]+[^\s،,()]+(?=[\s،,()])){{0,{_SAID_WORDS_BETWEEN}}}?[\s،,()]+"
    r"(?:ب?ان(?:ه|ها|هم)?|عن)(?!\w)"
)


_THAT_WORD = re.compile(r"(?<!\w)[وفب]?ان(?:ه|ها|هم)?(?!\w)")
_NOT_THAT_BEFORE = ("بعد", "قبل", "منذ")  # "بعد أن استعاد": "after", not "that"


# A verb announcing a noun rather than words ("أعلنت الوحدات، الاثنين، مقتل قياديتين",
# "نعت الوحدات الاثنين مقاتلتين"): the day between it and its object, right after the
# subject, is the announcement's, with no "that" to mark what was said.
_ANNOUNCE_VERB = re.compile(r"(?<!\w)[وف]?(?:اعلن(?:ت|وا)?|نعي|نعت|نعوا)(?!\w)")
ANNOUNCER_WORDS = 4  # subject words between the verb and its day: "وحدات حماية المرأة الكردية"
_PREPOSITIONS = frozenset(fold(w) for w in ("على", "في", "من", "عن", "إلى", "مع"))  # object phrases


def _announced_on(before: str) -> bool:
    """Whether the clause before a day is an announcing verb and its subject alone: at most
    ``ANNOUNCER_WORDS`` words and no preposition ("أعلنت قسد السيطرة على البلدة الاثنين"
    dates the taking of the town, as far as the words go)."""
    verbs = list(_ANNOUNCE_VERB.finditer(before))
    if not verbs:
        return False
    between = before[verbs[-1].end() :]
    if _PREPOSITIONS & set(between.split()):
        return False
    # "أعلن المرصد أن الجيش قصف الاثنين": after "that" (or a colon opening the words),
    # the day is what was announced. Quotation marks may only wrap the subject's name.
    if _THAT_WORD.search(between) or ":" in between:
        return False
    return len(between.split()) <= ANNOUNCER_WORDS


def _statement(folded: str, start: int, end: int) -> bool:
    before = re.split(r"[.!?؟؛]", folded[:start])[-1]
    if _announced_on(before):
        return True
    verbs = list(_SPEECH_VERB.finditer(before))
    # "قال المرصد إن الجيش ضرب اليوم": a day inside what was said is not the saying's.
    if not verbs or _THAT_WORD.search(before, verbs[-1].end()):
        return False
    said = _SAID_AFTER.match(folded, end)
    if said is None:
        return False
    words = folded[start : said.end()].split()
    return len(words) < 2 or words[-2] not in _NOT_THAT_BEFORE


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in one Arabic sentence, resolved against ``published``."""
    if not _TRIGGER.search(fold(text)):
        return []  # most sentences hold no date: skip the character-by-character fold
    folded, source = fold_with_offsets(text)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS.items():
        for match in pattern.finditer(folded):
            start, end = match.span("span") if kind == "bare_year" else match.span()
            candidates.append((start, end, kind, match))
    # Longest span wins at each place: "اليوم الأربعاء" over "الأربعاء", "9 تشرين الأول
    # الماضي" over "تشرين الأول الماضي". A rejected or unresolvable candidate still claims
    # its place, so that no shorter reading of it slips through.
    candidates.sort(key=lambda item: (item[0], item[0] - item[1]))
    found: list[DateMention] = []
    taken = 0
    for start, end, kind, match in candidates:
        if start < taken:
            continue
        taken = end
        if _rejected(kind, match, folded):
            continue
        future = kind == "weekday" and not match.group("when") and _future(folded, start)
        resolved = (_coming_weekday if future else _RESOLVERS[kind])(match, published)
        if resolved is None:
            continue
        first, last, granularity, relative = resolved
        begin, stop = source[start], source[end - 1] + 1
        while stop < len(text) and not text[stop].isspace() and not fold(text[stop]):
            stop += 1  # a final diacritic or tatweel belongs to the word
        found.append(
            DateMention(
                text=text[begin:stop],
                start=begin,
                end=stop,
                date=first,
                last=last,
                granularity=granularity,
                relative=relative,
                # "اندلعت الاشتباكات قبل يومين": a report counts back to how it began,
                # never to what it reports (that is "today", "yesterday", "on Tuesday").
                background=kind == "ago" or _background(folded, start, relative),
                weekday=_WEEKDAY_NUMBER[match["wd"]] if match.groupdict().get("wd") else None,
                statement=_statement(folded, start, end),
                future=future,
            )
        )
    return found


def recalled_weekday(mention: DateMention) -> bool:
    """A weekday said to be last week's ("الخميس الماضي", "يوم الأحد الفائت"): news names
    its own day "اليوم"/"أمس"/"الأحد" and qualifies an earlier one it recalls."""
    return mention.weekday is not None and _kind(fold(mention.text)) == "past"


# Any day serves: a weekday's number does not depend on the date it is resolved against.
_ANY_DAY = dt.date(2000, 1, 1)


def named_weekdays(text: str) -> frozenset[int]:
    """The weekdays (0 = Monday) one sentence names for what it reports ("يوم الاثنين",
    "أمس الجمعة"), background excepted. Needs no publication date: an undated report that
    says "on Monday" still says which day of the week its happening fell on."""
    return frozenset(
        m.weekday
        for m in find_dates(text, _ANY_DAY)
        if m.weekday is not None and not m.background and not m.future and not _coming(m)
    )


def _coming(mention: DateMention) -> bool:
    """A weekday said to be next week's ("الخميس المقبل", "يوم الأحد القادم"): like one a
    future verb governs, it names no happening yet."""
    return _kind(fold(mention.text)) == "next"


# A day and month written without a year ("الخميس 19 كانون الأول", "في 19 كانون الأول/ديسمبر")
# resolve against any base; a leap year's last day keeps 29 February and every month's day.
_YEARLESS_BASE = dt.date(2000, 12, 31)
_MONTH_WORD = re.compile(rf"(?<!\w)[وفبل]?(?:{_MONTH_NAME})(?!\w)")


@dataclass(frozen=True)
class YearlessDay:
    """A day of a month a sentence names without its year, and the weekday beside it."""

    day: int
    month: int
    weekday: int | None  # 0 = Monday, when the sentence names one with it


def yearless_days(text: str) -> list[YearlessDay]:
    """The days of a month one sentence writes out without a year, background excepted.
    An undated report's "19 كانون الأول" says which day its happening fell on, once its
    year is known (from the weekday beside it, or from the event it joins)."""
    return [
        YearlessDay(m.date.day, m.date.month, m.weekday)
        for m in find_dates(text, _YEARLESS_BASE)
        if m.granularity == "day"
        and m.relative
        and not m.background
        and _MONTH_WORD.search(folded := fold(m.text))
        and _kind(folded) != "past"  # "7 آب الماضي": an earlier month than the report's
    ]


# A dateline opens the body: "القامشلي – 20 كانون الثاني 2022 (وكالات) –": at most a
# place (of up to three words) and an agency in brackets, then a dash or colon, before it.
DATELINE_MAX_CHARS = 40
_DATELINE_PREFIX = re.compile(
    r"\s*(?:[^\s\d،,.]+(?:\s+[^\s\d،,.]+){0,2}\s*(?:\([^()]*\)\s*)?[-–—:|ـ]+\s*)?"
)
DATELINE_MAX_DAYS = 7  # a dateline this many days before publication is a copy's origin


def dateline(text: str, published: dt.date) -> DateMention | None:
    """The date of a dateline at the start of a report's first sentence, when it lies
    within a week before publication: the day the report was written, against which
    its "اليوم" and "أمس" count (a copy published a day later by another site keeps the
    original's words), and not the day of what it reports."""
    for mention in find_dates(text[: 2 * DATELINE_MAX_CHARS], published):
        if mention.start > DATELINE_MAX_CHARS or not _DATELINE_PREFIX.fullmatch(
            text[: mention.start]
        ):
            return None  # "ونشرت الغرفة، الأحد 8 من كانون الأول، ...": the lead's own day
        # A day of the month ("20 كانون الثاني", "20-1-2022"), not "أمس" or a weekday,
        # which open leads as often as datelines and count from publication themselves.
        if (
            mention.granularity == "day"
            and not mention.background
            and any(map(str.isdigit, mention.text))
        ):
            before = (published - mention.date).days
            if not 0 <= before <= DATELINE_MAX_DAYS:
                return None
            return dataclasses.replace(mention, dateline=True)
    return None
