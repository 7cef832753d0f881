"""Group articles into events by content AND time.

Front matter ``event:`` wins. Other articles are taken in date order and join the most
likely event whose dates lie within ``WINDOW_DAYS`` of theirs, if the likelihood is high
enough; otherwise they start a new event. An event is one happening on one day: an
article never joins an event whose member names a day ``DAYS_APART_NEVER_JOIN`` or more
from the day it names, nor one whose member is the same accord reached where it reports
the accord taking effect, or the reverse (``effect_conflict``), nor one whose member names
another numbered instalment of a series ("الوجبة 28", "الـ29": ``series_conflict``). The
likelihood of a pair is a logistic regression (weights in ``data/grouping_model.json``,
fitted by eval/fit_grouping.py) over what the articles say
(TF-IDF cosine of content words), who and where they name (IDF-weighted shared glossary
entities), shared quotations, how far apart their days are, whether their leads name
other villages or towns, or other kinds of act, and whether they open on different kinds
of act (a halt and a resumption the same day), and whether either is undated (such a pair
is compared across all time, not within a week). An event is dated by the day most of its
reports name. An undated article is compared only with events naming one of its
entities, on a weekday its lead names if it names one. Each article is compared only
with the events active around its date, never with the whole corpus, so grouping stays
linear in the number of articles.

Event ids are stable: a manual ``event:`` id, otherwise the smallest article id in the
event, which later (higher-numbered) articles never displace.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator import arabic
from generator.analyse import dates, embedding, score_bounds, similarity
from generator.analyse.dates import DateMention
from generator.model import Article, Sentence, TranslatedArticle

WINDOW_DAYS = 7  # gap allowed between an article's dates and an event's
MAX_EVENT_DAYS = 31  # an event never spans more than this: later reports are a new event
# Similarity needed to join: reports a day apart need less than reports a week apart.


@dataclass(frozen=True)
class JoinScores:
    """Probability an article needs to join an event (the mean of its pair probabilities
    with the event's members). Chosen by cross-validation on the tuning half of the
    labelled corpus by eval/fit_grouping.py (see BENCHMARKS.md), never on the test half."""

    dated: float
    undated: float  # an undated article, with any event naming the same entity


# What a pair of reports is scored on (``Scorer.features``); the weights of a logistic
# regression over them are fitted by eval/fit_grouping.py into MODEL_FILE.
FEATURES = (
    "text",  # TF-IDF cosine of what they say
    "names",  # share of the (weighted) glossary entities they name
    "quote",  # 1 when both quote the same words
    "gap",  # days between the days they report, over WINDOW_DAYS
    "day_apart",  # 1 when both name the day of the happening and the days differ
    "place_shared",  # 1 when their leads name the same village, town or camp (not city)
    "place_conflict",  # 1 when both leads name such places and none is shared
    "kind_shared",  # share of the kinds of act their leads report (strike, accord...)
    "kind_conflict",  # 1 when both leads report kinds of act and none is shared
    "act_conflict",  # 1 when their leads name different kinds of act first
    # 1 when either is undated: such a pair is compared across all time (any event sharing
    # an entity), not within a week, so it is less likely to be one happening than a dated
    # pair with the same evidence; and its gap, unknown, reads 0 as a same-day pair's does.
    "undated",
    # the cosine of their leads' sentence embeddings (``embedding``): computed only when the
    # model file weighs it (``weighs``); a model fitted before it has no weight for it.
    "embedding",
    # 1 when both are undated and their leads name weekdays two or more days apart
    # (``weekdays_conflict``): "day_apart" for reports that give no date, only "on Monday".
    "weekday_conflict",
)
MODEL_FILE = Path(__file__).parent / "data" / "grouping_model.json"
# An event is one happening on one day: reports that each name the day of what they
# report, two or more days apart, report different happenings (one day apart may be an
# evening and the next morning, or a report's own day after a night: the model decides).
DAYS_APART_NEVER_JOIN = 2
# How an article's pair probabilities with an event's members make its score with the
# event: "mean" (shipped), "min" or "max" (variants eval/fit_grouping.py --linkage tries).
LINKAGE = "mean"
# An undated report's pair scores are bounded all at once (``score_bounds``) when the events
# it shares evidence with hold this share of the archive's reports or more. Below it, scoring
# those pairs one at a time, or finding them kept from the last build, costs less than one
# product with every report (benchmarks/logs/undated_build_bench_s16.log). A cost setting,
# not a fitted one: the groups are the same at any value; only 0.5 and 0 were measured.
BOUNDS_FROM_SHARE = 0.5


@dataclass(frozen=True)
class PairModel:
    """Logistic regression over ``FEATURES`` and the join thresholds (MODEL_FILE)."""

    intercept: float
    weights: Mapping[str, float]
    join: JoinScores

    def probability(self, features: Mapping[str, float]) -> float:
        weights = self.weights  # a feature the model file does not name weighs nothing
        z = self.intercept + sum(weights.get(name, 0.0) * features[name] for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def pair_model() -> PairModel:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return PairModel(data["intercept"], data["weights"], JoinScores(**data["join"]))


def weighs(feature: str) -> bool:
    """The installed model gives ``feature`` a weight (an optional feature is computed only
    then: the lead embedding costs hundreds of times a profile's other features)."""
    return bool(pair_model().weights.get(feature))


# People and operations say more about which event an article reports than the recurring
# organisations (SDF, coalition, ISIS) every article in this field names.
ENTITY_TYPE_WEIGHT = {"person": 2.0, "operation": 2.0, "place": 1.0, "organisation": 0.5}
MIN_SHARED_ENTITIES = 2  # fewer count only when one is a person or an operation
SPECIFIC_ENTITY_TYPES = frozenset({"person", "operation"})
# The lead: the headline and the first paragraph, where a report says what happened.
LEAD_LAST_PARAGRAPH = 1
# Nouns that name a kind of place, written before its name in Arabic reports ("في قرية
# الحفل", "بلدة تل تمر", "مخيم الهول", "قرى الربيعات"): without the article, they head a
# name. Singular and plural, folded. Not ريف or محافظة: a governorate's countryside is
# where most reports of a crisis happen, not one place.
_PLACE_NOUNS = (
    "قريه قري بلده بلدات مدينه مدن ناحيه مخيم مخيمات حي احياء منطقه مطار سجن معبر حقل سد جسر"
)
_PLACE_NOUN = rf"[وفبل]?(?:{'|'.join(_PLACE_NOUNS.split())})"
# A look at the name's first two words after the noun (the second is kept only after a
# name head); only the noun is consumed, so that a noun in a name is read too.
_PLACE = re.compile(
    rf"(?<!\w)[وفبل]?({'|'.join(_PLACE_NOUNS.split())})"
    rf"(?=\s+(?:ال)?(\w{{2,}})(?:\s+(?:ال)?(\w{{2,}}))?)"
)
_IS_PLACE_NOUN = re.compile(rf"{_PLACE_NOUN}")
# A city or an area hosts several happenings a day (the Qamishli bombings and a priest's
# killing near Qamishli): naming the same one is weaker evidence of one happening than
# naming the same village, camp or airport, and is not counted as a shared site.
_WIDE_PLACE_NOUNS = frozenset(("مدينه", "مدن", "منطقه"))
# Words that begin many place names and need the next word to name one ("تل تمر", "أبو
# راسين", "رأس العين", "دير الزور", "عين عيسى", "أم الشعفة", "خربة عمو").
_NAME_HEADS = frozenset(("تل", "ابو", "ام", "راس", "دير", "عين", "بير", "خربه", "جبل", "كفر"))
# Directions and vague words that follow a place noun without naming a place.
_NOT_PLACE_NAMES = frozenset(
    ("شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "واحد", "واحده", "اخري")
) | frozenset(
    # "منطقة سيطرتها", "منطقة يسيطر عليها": whose area, not which
    ("سيطره", "سيطرتها", "سيطرته", "يسيطر", "تسيطر", "نفوذ", "نفوذها", "نفوذه")
)
# Kinds of act a lead reports, as folded word stems (a clitic و ف ب ل and the article may
# come before, a few letters of inflection after). A lead may report several.
_KIND_STEMS = {
    "strike": "قصف غاره غارات ضربه ضربات استهدا استهدف مسيره مسيرات صاروخ صواريخ قذيف",
    "blast": "انفجار تفجير مفخخ عبوه ناسف",
    "clash": "اشتباك معارك مواجه اقتتال",
    "assassination": "اغتيال اغتال",
    "accord": "اتفاق اتفق تفاهم توقيع هدنه",
    # "زار" but not "وزارة" (a ministry): و is a clitic, so the stem must not end there.
    "meeting": "اجتماع اجتمع لقاء التقي التقت زياره زار(?!ه|ات) مباحثات محادثات مفاوضات",
    "release": "تبادل افراج سراح اسري محتجز",
    "control": "انسحاب انسحب انتشار سيطره سيطر تسليم تسلم دخول دخلت",
    "protest": "مظاهر احتجاج",
    "arrest": "مداهم اعتقال اعتقل حمله امنيه",
    "patrol": "دوريه دوريات",
    # A halt and a resumption of the same thing are two happenings (SDF halts joint
    # operations; the coalition resumes patrols, the same day).
    # تعليق is also a comment ("تعليقاً على", "في تعليق له"): only the verb, and the noun
    # followed by what is suspended.
    "halt": "وقف اوقف توقف يوقف ايقاف تجميد جمد علق تعليق(?=\\s+ال|\\s+\\w+ها)",
    "resumption": "استيناف استانف يستانف استونف",
    "condemnation": "ادان ادانه يدين تدين استنكر استنكار ندد تنديد",
}
# "وقف إطلاق النار" is a ceasefire (an accord), not a halt; "مناطق سيطرة قسد", "الخاضعة
# لسيطرة" and "التي تسيطر عليها" say whose area, not that anyone took it.
_NOT_AFTER = {"halt": r"(?!\s+(?:[لو]?ال)?اطلاق)"}
_NOT_BEFORE = {"control": r"(?<!مناطق )(?<!منطقه )(?<!التي )(?<!الذي )"}
_CLITICS = {"control": "[وفب]"}  # not ل: "لسيطرة"
_KIND = {
    kind: re.compile(
        _NOT_BEFORE.get(kind, "")
        + rf"(?<!\w){_CLITICS.get(kind, '[وفبل]')}?(?:ال|[يتن])?"
        + rf"(?:{'|'.join(stems.split())})\w{{0,3}}(?!\w)"
        + _NOT_AFTER.get(kind, "")
    )
    for kind, stems in _KIND_STEMS.items()
}
# Sentences that open on these tell the context of what a report says, or another
# happening, not the happening itself ("ويأتي ذلك في ظل تطورات متسارعة، وأعلنت هيئة
# العمليات السيطرة على مطار الطبقة", "يذكر أن", "وكان ... قد", "وفي سياق متصل"): their
# places and kinds of act are not the lead's. Folded, after an optional و or ف.
_CONTEXT = re.compile(
    r"[وف]?(?:ياتي (?:ذلك|هذا)|تاتي (?:هذه|هذا)|يذكر ان|يشار|سبق ان|كان\w? \w+(?: \w+)? قد"
    r"|في سياق (?:متصل|منفصل|اخر)|من جهه اخري|في غضون ذلك|في الاثناء)(?!\w)"
)
# An accord reached or announced and the same accord taking effect days later are two
# happenings ("أعلن عبدي التوصل إلى اتفاق لوقف إطلاق النار" on the 11th; "تدخل الهدنة
# اليوم الجمعة حيز التنفيذ" on the 13th). A lead says it takes effect when a verb of
# entering into force, or "بدأ سريان", is not future ("سيدخل", "ستدخل") nor after أن
# ("من المقرر أن يدخل", "على أن تدخل"): those announce what is to come. Folded text.
_TAKES_EFFECT = re.compile(
    r"(?<!\w)(?<!ان )[وف]?(?:دخل|دخلت|يدخل|تدخل)(?!\w)[^.،؛]{0,80}?حيز التنفيذ"
    r"|(?<!\w)[وف]?(?:بدا|بدات|يبدا|تبدا|بدء)(?!\w) (?:\w+ )?سريان(?!\w)"
)
ACCORD = "accord"  # the kind of act (``_KIND_STEMS``) that is reached, then takes effect
# Numbered instalments of one series are two happenings: the 28th convoy of families
# leaving a camp and the 29th a month later, the third round of talks and the fourth, in
# the same words and with the same actors ("ضمن الوجبة 28", "هذه الوجبة تعد الـ29",
# "الدفعة الثالثة", "الجولة الرابعة"). The series noun is definite; a verb of counting or
# "رقم" may stand between it and the number. Folded text (ة is ه, ى is ي, digits ASCII).
_SERIES_NOUNS = "وجبه دفعه جوله قافله"
_UNITS = {
    "الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1, "الثاني": 2, "الثانيه": 2,
    "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
    "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8,
    "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10,
}  # fmt: skip
_TENS = {
    "العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50,
    "الستين": 60, "السبعين": 70, "الثمانين": 80, "التسعين": 90,
}  # fmt: skip
# A bare number after the noun is its place in the series only when a preposition, a
# relative or the sentence's end follows ("الوجبة 28 من إعادة المواطنين"): "الدفعة 233
# أسرة" counts what the instalment holds.
_AFTER_BARE_NUMBER = r"(?=\s*(?:[.،,؛:)\"»”]|$|\s(?:من|في|الي|ضمن|التي|الذي|خلال)(?!\w)))"
# Session 26: a joint sortie or patrol is numbered too ("الطلعة الجوية المشتركة الثالثة",
# "الدورية المشتركة الرابعة"), the ordinal may follow the noun's adjectives (up to
# ``SERIES_ADJECTIVES`` definite words stand between) or stand before the noun ("أول
# دورية", "ثالث جولة", "أولى الدوريات": ``_ORDINAL_FIRST``). groups14's third and fourth
# joint helicopter flights and first joint patrol, days apart, were joined without them.
SERIES_NOUNS_S26 = "طلعه دوريه"
SERIES_ADJECTIVES = 2


def series_pattern(nouns: str, adjectives: int) -> re.Pattern[str]:
    """A series noun (definite), up to ``adjectives`` definite words, then its number."""
    between = f"(?: ال\\w+){{0,{adjectives}}}" if adjectives else ""
    return re.compile(
        rf"(?<!\w)(?:[وفب]?ال|[وف]?لل)(?:{'|'.join(nouns.split())}){between}"
        r"(?: (?:رقم|تعد|تعتبر|هي|وهي))? "
        rf"(?:ال(\d+)(?!\w)|(\d+){_AFTER_BARE_NUMBER}"
        rf"|({'|'.join(_UNITS)})(?: (عشره?)| و({'|'.join(_TENS)}))?(?!\w)"
        rf"|({'|'.join(_TENS)})(?!\w))"
    )


def _ordinal_first(nouns: str) -> re.Pattern[str]:
    """An ordinal before its series noun, singular or plural ("أول دورية", "أولى الدوريات")."""
    stems = "|".join(f"{noun}|{noun.removesuffix('ه')}ات" for noun in nouns.split())
    ordinals = "|".join(word.removeprefix("ال") for word in _UNITS)
    return re.compile(rf"(?<!\w)[وف]?({ordinals}) (?:ال)?(?:{stems})(?!\w)")


_ALL_SERIES_NOUNS = f"{_SERIES_NOUNS} {SERIES_NOUNS_S26}"
_ORDINAL_FIRST = _ordinal_first(_ALL_SERIES_NOUNS)
# Session 25's gate (eval/group_leaveout.py refits the shipped features with it beside).
SERIES_BEFORE_S26 = (series_pattern(_SERIES_NOUNS, 0),)
SERIES = (series_pattern(_ALL_SERIES_NOUNS, SERIES_ADJECTIVES), _ORDINAL_FIRST)
_QUOTE = re.compile(r"[\"“”«»]([^\"“”«»]{20,}?)[\"“”«»]")
_SHINGLE = 5


@dataclass(frozen=True)
class Profile:
    """What grouping needs to know about one article."""

    article: TranslatedArticle
    start: dt.date | None
    end: dt.date | None
    terms: tuple[str, ...]
    entities: frozenset[str]
    shingles: frozenset[tuple[str, ...]]  # word 5-grams of its quotations
    named: dt.date | None = None  # the day it names for what it reports, if it names one
    named_at: int | None = None  # the index of the sentence that names it
    places: frozenset[str] = frozenset()  # names after a place noun in its lead
    sites: frozenset[str] = frozenset()  # those after a village's, camp's... noun, not a city's
    kinds: frozenset[str] = frozenset()  # kinds of act its lead reports
    act: str | None = None  # the kind of act its lead names first
    takes_effect: bool = False  # its lead says an act enters into force now (not future)
    series: frozenset[int] = frozenset()  # numbers of series instalments its lead names
    weekdays: frozenset[int] = frozenset()  # an undated article's lead's weekdays (0 = Mon)
    word_pairs: frozenset[str] = frozenset()  # the word-pair terms of its own sentences
    # an undated article's lead's days of a month written without a year, in reading order
    yearless: tuple[dates.YearlessDay, ...] = ()
    # its lead's sentence embedding, when the model weighs it (``embedding.vector``); not
    # compared (an array), the article it comes from is
    lead_vector: embedding.Vector | None = field(default=None, compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.article.id


@dataclass
class _Cluster:
    members: list[Profile]
    manual_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    entities: Counter[str] = field(default_factory=Counter)
    shingles: set[tuple[str, ...]] = field(default_factory=set)
    word_pairs: set[str] = field(default_factory=set)

    def add(self, profile: Profile) -> None:
        self.members.append(profile)
        self.entities.update(profile.entities)
        self.shingles |= profile.shingles
        self.word_pairs |= profile.word_pairs
        if profile.start is not None and profile.end is not None:
            self.start = min(self.start or profile.start, profile.start)
            self.end = max(self.end or profile.end, profile.end)


def reported_span(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, dt.date] | None:
    """When what the article reports happened.

    The anchor is the first day-precise date, in reading order, that is not background
    and falls within a week before publication ("اليوم الأربعاء", "أمس", "مساء أمس");
    dates within a day of it extend the span. Without one, a day written out in digits
    within a month before publication (a report written up later, ``LATE_REPORT_DAYS``).
    Older dates are background (the 2019 offensive in a 2022 report). Without such a
    date, the publication date stands in.
    An undated article is dated only by a full date (day, month, year) in its lead.
    """
    published = article.meta.published
    if published is None:
        return _span_from_lead(article, mentions)
    recent = _recent_mentions(article, mentions, published)
    if not recent:
        written = _dateline(article, mentions) or published
        return written, written
    anchor = _happening_day(recent)
    near = [m.date for _, m in recent if 0 <= (m.date - anchor).days <= 1]
    return anchor, max(near)


def named_day(article: Article, mentions: Mapping[str, Sequence[DateMention]]) -> dt.date | None:
    """The day the article itself names for what it reports (the anchor of
    ``reported_span``), or None when only its publication date stands in."""
    found = named_where(article, mentions)
    return found[0] if found else None


def named_where(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, int] | None:
    """``named_day`` with the index of the sentence that names it (for an undated
    article, the first sentence giving a full date in its lead)."""
    published = article.meta.published
    if published is None:
        full = _lead_full_dates(article, mentions)
        span = _span_from_lead(article, mentions)
        return (span[0], full[0][0]) if span and full else None
    recent = _recent_mentions(article, mentions, published)
    if not recent:
        return None
    at, mention = _happening(recent)
    return mention.date, at


def _dateline(article: Article, mentions: Mapping[str, Sequence[DateMention]]) -> dt.date | None:
    """The day the article's dateline gives: when it was written."""
    found = (m.date for s in article.sentences for m in mentions.get(s.id, ()) if m.dateline)
    return next(found, None)


# "أعلنت قسد الجمعة أنها ... مساء الخميس": the statement's day and the day before it, in
# its sentence or the next. A day further back in the same sentence is another happening
# ("أنهى عمله بعد حريق يوم الجمعة"); the next sentence, which tells what the statement
# reports ("أعلن الجيش الأحد مقتل قيادي. وشنت القوات الضربة الجمعة"), may go back two days.
STATEMENT_LAG_DAYS = 1
STATEMENT_LAG_NEXT_SENTENCE_DAYS = 2
LEAD_PARAGRAPHS = 3  # last lead paragraph (0 is the headline): where a report names its day
STATEMENT_REACH_SENTENCES = 1


def _happening_day(recent: Sequence[tuple[int, DateMention]]) -> dt.date:
    """The first day the article names, unless that is the day of a statement ("أعلنت
    قسد الجمعة أنها ...") whose sentence or the next also names an earlier day within
    reach, not itself a statement day: the happening the statement reports. A weekday
    said to be last week's ("الفارين من السجن الخميس الماضي") recalls an earlier day:
    it counts only when the article names no other."""
    return _happening(recent)[1].date


def _happening(recent: Sequence[tuple[int, DateMention]]) -> tuple[int, DateMention]:
    """``_happening_day``'s mention, with the index of its sentence."""
    recent = [(i, m) for i, m in recent if not dates.recalled_weekday(m)] or list(recent)
    at, first = recent[0]
    if first.statement:
        for where, m in recent:
            if _reported_by_statement(first, where - at, m):
                return where, m
    return at, first


def _reported_by_statement(statement: DateMention, sentences_on: int, m: DateMention) -> bool:
    """Whether ``m``, ``sentences_on`` sentences after the statement day, dates the
    happening the statement reports: a day before it, not itself a statement day."""
    if m.statement or sentences_on > STATEMENT_REACH_SENTENCES:
        return False
    lag = (statement.date - m.date).days
    reach = STATEMENT_LAG_NEXT_SENTENCE_DAYS if sentences_on > 0 else STATEMENT_LAG_DAYS
    return 1 <= lag <= reach


def _recent_mentions(
    article: Article, mentions: Mapping[str, Sequence[DateMention]], published: dt.date
) -> list[tuple[int, DateMention]]:
    """Day-precise mentions of the week before publication, with their sentence's index;
    without any, the days of the month before it that the lead writes out in digits
    (``LATE_REPORT_DAYS``)."""
    # A dateline says when the report was written, not when its happening took place.
    found = _day_mentions(article, mentions, published, WINDOW_DAYS, digits_only=False)
    return found or _day_mentions(article, mentions, published, LATE_REPORT_DAYS, digits_only=True)


# A report written up days or weeks after its happening (a feature, a weekly) names the day
# in full ("يوم السبت 1 تشرين الثاني"): a day and month in digits, not "أمس" or a weekday,
# which count from publication and would be older than they say.
LATE_REPORT_DAYS = MAX_EVENT_DAYS


def _day_mentions(
    article: Article,
    mentions: Mapping[str, Sequence[DateMention]],
    published: dt.date,
    days: int,
    *,
    digits_only: bool,
) -> list[tuple[int, DateMention]]:
    """Day-precise mentions, neither background nor dateline nor a coming day a future
    verb governs ("مظاهرة ستنطلق الجمعة" on that Friday announces it), of the ``days``
    before publication (written in digits only, with ``digits_only``), with their
    sentence's index."""
    return [
        (index, m)
        for index, sentence in enumerate(article.sentences)
        for m in mentions.get(sentence.id, ())
        if m.granularity == "day"
        and not m.background
        and not m.dateline
        and not m.future
        and (not digits_only or any(map(str.isdigit, m.text)))
        and published - dt.timedelta(days=days) <= m.date <= published
    ]


def _lead_full_dates(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> list[tuple[int, dt.date]]:
    """The full dates (day, month, year) the lead gives, not background, in reading order,
    with their sentence's index."""
    return [
        (index, m.date)
        for index, sentence in enumerate(article.sentences)
        if sentence.paragraph <= LEAD_PARAGRAPHS
        for m in mentions.get(sentence.id, ())
        if m.granularity == "day" and not m.relative and not m.background
    ]


def _span_from_lead(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, dt.date] | None:
    full = [day for _, day in _lead_full_dates(article, mentions)]
    if not full:
        return None
    near = [d for d in full if abs((d - full[0]).days) <= 1]
    return min(near), max(near)


def _shingles(article: Article) -> frozenset[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for sentence in article.sentences:
        for quoted in _QUOTE.findall(sentence.ar):
            words = arabic.fold(quoted).split()
            grams.update(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))
    return frozenset(grams)


def background_sentences(
    article: Article, mentions: Mapping[str, Sequence[DateMention]], start: dt.date | None
) -> frozenset[str]:
    """Sentences about earlier happenings: every date they give is background or ends a
    week or more before ``start`` ("وكان أوستن قد أبلغ الأربعاء", "في 9 أكتوبر")."""
    if start is None:
        return frozenset()
    horizon = start - dt.timedelta(days=WINDOW_DAYS)
    return frozenset(
        s.id
        for s in article.sentences
        if mentions.get(s.id) and all(m.background or m.last < horizon for m in mentions[s.id])
    )


def recalled_sentences(
    article: Article, mentions: Mapping[str, Sequence[DateMention]], start: dt.date | None
) -> frozenset[str]:
    """Sentences that open on context ("يأتي ذلك بعدما", "وكان ... قد") and date what they
    tell DAYS_APART_NEVER_JOIN or more days before ``start``: another happening recalled
    ("يأتي ذلك، بعدما أعلن عبدي، أمس الأول، وقف إطلاق النار" in a report of the truce
    taking effect), as two reports naming days that far apart report two happenings."""
    if start is None:
        return frozenset()
    latest = start - dt.timedelta(days=DAYS_APART_NEVER_JOIN)
    return frozenset(
        s.id
        for s in article.sentences
        if mentions.get(s.id)
        and _CONTEXT.match(arabic.fold(s.ar))
        and all(m.background or m.last <= latest for m in mentions[s.id])
    )


def profile(
    article: TranslatedArticle,
    mentions: Mapping[str, Sequence[DateMention]],
    sentence_entities: Mapping[str, Iterable[str]],
) -> Profile:
    """What grouping compares.

    Word pairs ("استئناف التعاون", "مكافحة الإرهاب") tell events apart far better than
    single words, which every report in this field shares. Background sentences give
    single words only, and no entities: two reports that recall the same earlier
    happening (a phone call two days before) are not thereby about the same event.
    """
    span = reported_span(article.article, mentions)
    start = span[0] if span else None
    named = named_where(article.article, mentions)
    background = background_sentences(article.article, mentions, start) | recalled_sentences(
        article.article, mentions, start
    )
    current = [s for s in article.article.sentences if s.id not in background]
    lead_sentences = [
        s
        for s in current
        if s.paragraph <= LEAD_LAST_PARAGRAPH and not _CONTEXT.match(arabic.fold(s.ar))
    ]
    lead = [arabic.fold(s.ar) for s in lead_sentences]
    places = list(_lead_places(lead))
    terms: list[str] = []
    word_pairs: list[str] = []
    for sentence in article.article.sentences:
        words = similarity.terms(sentence.ar)
        terms += words
        if sentence.id not in background:
            word_pairs += [f"{a} {b}" for a, b in itertools.pairwise(words)]
    terms += word_pairs
    return Profile(
        article=article,
        start=span[0] if span else None,
        end=span[1] if span else None,
        terms=tuple(terms),
        entities=frozenset(e for s in current for e in sentence_entities.get(s.id, ())),
        shingles=_shingles(article.article),
        named=named[0] if named else None,
        named_at=named[1] if named else None,
        places=frozenset(name for name, _ in places),
        sites=frozenset(name for name, narrow in places if narrow),
        kinds=frozenset(kind for kind, pattern in _KIND.items() if any(map(pattern.search, lead))),
        act=_first_act(lead),
        takes_effect=any(map(_TAKES_EFFECT.search, lead)),
        series=series_numbers(
            text
            for s in current
            if s.paragraph <= LEAD_PARAGRAPHS and not _CONTEXT.match(text := arabic.fold(s.ar))
        ),
        weekdays=_lead_weekdays(article.article) if span is None else frozenset(),
        yearless=_lead_yearless(article.article) if span is None else (),
        word_pairs=frozenset(word_pairs),
        lead_vector=_lead_vector(lead_sentences or article.article.sentences[:1]),
    )


def _lead_vector(sentences: Sequence[Sentence]) -> embedding.Vector | None:
    """The lead's embedding (the headline when nothing else is left of the lead), only
    when the model weighs it."""
    if not sentences or not weighs("embedding"):
        return None
    return embedding.vector(" ".join(s.ar for s in sentences))


def series_numbers(
    lead: Iterable[str], patterns: Sequence[re.Pattern[str]] = SERIES
) -> frozenset[int]:
    """The places in a series of the instalments a (folded) lead names ("الوجبة 28",
    "الدفعة الثالثة عشرة", "الجولة الخامسة والعشرين", "أول دورية"): ``SERIES``."""
    found: set[int] = set()
    for text in lead:
        if _ORDINAL_FIRST in patterns:
            found.update(_UNITS["ال" + word] for word in _ORDINAL_FIRST.findall(text))
        for digits, bare, unit, teen, tens, round_tens in patterns[0].findall(text):
            if digits or bare:
                found.add(int(digits or bare))
            elif unit:
                found.add(_UNITS[unit] + (10 if teen else _TENS.get(tens, 0)))
            else:
                found.add(_TENS[round_tens])
    return frozenset(found)


def _lead_weekdays(article: Article) -> frozenset[int]:
    """The weekdays an undated article's lead names for what it reports."""
    return frozenset().union(
        *(dates.named_weekdays(s.ar) for s in article.sentences if s.paragraph <= LEAD_PARAGRAPHS)
    )


def _lead_yearless(article: Article) -> tuple[dates.YearlessDay, ...]:
    """The days of a month an undated article's lead writes without a year."""
    return tuple(
        day
        for s in article.sentences
        if s.paragraph <= LEAD_PARAGRAPHS
        for day in dates.yearless_days(s.ar)
    )


def yearless_day(p: Profile, near: dt.date) -> dt.date | None:
    """The first day ``p``'s lead names without a year ("الخميس 19 كانون الأول"), in the
    year around ``near`` (a dated report's or event's day) that puts it nearest, on the
    weekday named beside it if one is; None when the lead names no such day, or when
    the weekday falls on it in none of those years (it is another year's happening)."""
    if not p.yearless:
        return None
    first = p.yearless[0]
    found = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            day = dt.date(year, first.month, first.day)
        except ValueError:  # 29 February
            continue
        if first.weekday is None or day.weekday() == first.weekday:
            found.append(day)
    return min(found, key=lambda day: (abs((day - near).days), day), default=None)


def placed(undated: Profile, dated: Profile) -> Profile:
    """``undated`` dated by the day its lead names without a year, in ``dated``'s year: the
    pair is then scored as two dated reports are (days apart, gap), not as one undated."""
    if undated.start is not None or dated.start is None:
        return undated
    day = yearless_day(undated, dated.start)
    if day is None:
        return undated
    return dataclasses.replace(undated, start=day, end=day, named=day)


def _first_act(lead: Iterable[str]) -> str | None:
    """The kind of act a (folded) lead names first: a headline or a lead's first sentence
    opens on what happened ("التحالف يستأنف دورياته بعد تعليقها جراء القصف" is a
    resumption, whatever else it recalls); a headline naming none leaves it to the next."""
    for sentence in lead:
        found = [(m.start(), k) for k, pattern in _KIND.items() if (m := pattern.search(sentence))]
        if found:
            return min(found)[1]
    return None


def _lead_places(lead: Iterable[str]) -> Iterable[tuple[str, bool]]:
    """Names after a place noun, each with whether the noun is narrower than a city."""
    for text in lead:
        for noun, first, second in _PLACE.findall(text):
            if first in _NOT_PLACE_NAMES or first in similarity.STOPWORDS:
                continue
            if _IS_PLACE_NOUN.fullmatch(first):  # "بلدات وقرى": the next noun, no name
                continue
            name = f"{first} {second}" if first in _NAME_HEADS and second else first
            yield name, noun not in _WIDE_PLACE_NOUNS


def _gap_days(p: Profile, cluster: _Cluster) -> int:
    """Days between the article's dates and the event's (0 when they overlap)."""
    assert p.start and p.end and cluster.start and cluster.end
    return max((p.start - cluster.end).days, (cluster.start - p.end).days, 0)


def _within_reach(p: Profile, cluster: _Cluster) -> bool:
    """Close enough in time to be one event (a manual event may lie on either side)."""
    if cluster.start is None or cluster.end is None:
        return False
    assert p.start and p.end
    span = (max(p.end, cluster.end) - min(p.start, cluster.start)).days
    return _gap_days(p, cluster) <= WINDOW_DAYS and span <= MAX_EVENT_DAYS


def _days_conflict(p: Profile, cluster: _Cluster) -> bool:
    """A member names a day for its happening DAYS_APART_NEVER_JOIN or more from ``p``'s."""
    if p.named is None:
        return False
    return any(
        m.named is not None and abs((m.named - p.named).days) >= DAYS_APART_NEVER_JOIN
        for m in cluster.members
    )


@dataclass(frozen=True)
class Group:
    id: str
    members: tuple[Profile, ...]
    start: dt.date | None
    end: dt.date | None
    placed: bool = False  # start is a weekday placed beside a related event (_placed_day)


class Scorer:
    """How likely two articles are to report one happening (0 to 1), and an article and
    an event (the mean over the event's members).

    What the articles say (TF-IDF cosine), who and where they name (IDF-weighted shared
    glossary entities), a shared quotation, how far apart their days are and whether
    they name different days, places or kinds of act, weighed by ``pair_model()``.
    """

    def __init__(self, profiles: Sequence[Profile], entity_types: Mapping[str, str]) -> None:
        # Frequencies of a fixed reference corpus, not of the articles at hand: adding
        # articles must never move the scores of others.
        reference = similarity.reference()
        self.frequencies, self.entity_df = reference.terms, reference.entities
        self.total = reference.documents
        self.entity_types = entity_types
        self.model = pair_model()
        self.vectors = {
            p.id: similarity.vector(p.terms, self.frequencies, self.total) for p in profiles
        }
        self._entity_weights: dict[str, float] = {}  # each entity's weight, once

    def entity_weight(self, entity: str) -> float:
        if (weight := self._entity_weights.get(entity)) is None:
            kind = ENTITY_TYPE_WEIGHT.get(self.entity_types.get(entity, ""), 1.0)
            weight = self._entity_weights[entity] = kind * similarity.idf(
                entity, self.entity_df, self.total
            )
        return weight

    def names(self, a: Profile, b: Profile) -> float:
        """Weighted share of the glossary entities both name."""
        union, shared = a.entities | b.entities, a.entities & b.entities
        # One shared place or body is no evidence: most reports here name Hasakah and the
        # SDF. Two, or one person or operation, are.
        specific = any(self.entity_types.get(e) in SPECIFIC_ENTITY_TYPES for e in shared)
        if len(shared) < MIN_SHARED_ENTITIES and not specific:
            return 0.0
        return sum(map(self.entity_weight, shared)) / (sum(map(self.entity_weight, union)) or 1.0)

    def features(self, a: Profile, b: Profile) -> dict[str, float]:
        """The pair's ``FEATURES`` (symmetric)."""
        a, b = placed(a, b), placed(b, a)
        places = bool(a.places and b.places)
        kinds = bool(a.kinds and b.kinds)
        return {
            "text": similarity.cosine(self.vectors[a.id], self.vectors[b.id]),
            "names": self.names(a, b),
            "quote": float(bool(a.shingles & b.shingles)),
            "gap": min(days_between(a, b) or 0, WINDOW_DAYS) / WINDOW_DAYS,
            "day_apart": float(a.named is not None and b.named is not None and a.named != b.named),
            "place_shared": float(bool(a.sites & b.sites)),
            "place_conflict": float(places and not a.places & b.places),
            "kind_shared": len(a.kinds & b.kinds) / len(a.kinds | b.kinds) if kinds else 0.0,
            "kind_conflict": float(kinds and not a.kinds & b.kinds),
            "act_conflict": float(a.act is not None and b.act is not None and a.act != b.act),
            "undated": float(a.start is None or b.start is None),
            "embedding": embedding.cosine(a.lead_vector, b.lead_vector),
            "weekday_conflict": float(weekdays_conflict(a.weekdays, b.weekdays)),
        }

    def pair(self, a: Profile, b: Profile) -> float:
        """How likely the two articles report one happening (symmetric)."""
        return self.model.probability(self.features(a, b))

    def score(self, p: Profile, cluster: _Cluster) -> float:
        """Average link: the mean of ``p``'s scores with the event's members. Unlike a
        centroid, an event that has grown by one report does not drift towards the next
        happening (fitted on the tuning half: pairwise F1 0.786 with a centroid, 0.880).
        The lowest score (complete link) loses recall on the held-out tuning halves; the
        highest (single link) differs there by one undated report only, and lets one
        report that recalls another happening pull it in (benchmarks/logs/
        fit_grouping_variant_{min,max}_linkage.log)."""
        return link([self.pair(p, m) for m in cluster.members])


def link(pairs: Sequence[float]) -> float:
    """An article's score with an event, from its pair scores with the members."""
    if LINKAGE == "min":
        return min(pairs)
    if LINKAGE == "max":
        return max(pairs)
    return sum(pairs) / len(pairs)


def effect_conflict(a: Profile, b: Profile) -> bool:
    """Both leads report an accord and only one says it takes effect: the accord reached
    or announced against its entry into force, two happenings, never joined (a gate, not
    a feature: no tuning report says an accord takes effect, so no weight can be fitted)."""
    accords = ACCORD in a.kinds and ACCORD in b.kinds
    return accords and a.takes_effect != b.takes_effect


def series_conflict(a: Profile, b: Profile) -> bool:
    """Both leads name instalments of a series ("الوجبة 28", "الـ29") and no number is
    shared: two instalments, two happenings, never joined (a gate, as ``effect_conflict``:
    too few tuning pairs name instalments to fit a weight on)."""
    return bool(a.series and b.series) and a.series.isdisjoint(b.series)


def never_joined(a: Profile, b: Profile) -> bool:
    """The gates: an accord and its taking effect, two instalments of a series."""
    return effect_conflict(a, b) or series_conflict(a, b)


def _gated(p: Profile, cluster: _Cluster) -> bool:
    """A member and ``p`` are two happenings by a gate (``never_joined``)."""
    return any(never_joined(p, m) for m in cluster.members)


def weekdays_conflict(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two undated leads' weekdays (0 = Monday) are two happenings' days: every weekday of
    one is ``DAYS_APART_NEVER_JOIN`` days or more from every weekday of the other, either
    way round the week (one day apart may be an evening and the next morning, as with
    ``day_apart``). False when either names none."""
    return bool(a and b) and all(
        min((x - y) % 7, (y - x) % 7) >= DAYS_APART_NEVER_JOIN for x in a for y in b
    )


def days_between(a: Profile, b: Profile) -> int | None:
    """Days between the days two articles report (0 when they overlap; None when one is
    undated)."""
    if not (a.start and a.end and b.start and b.end):
        return None
    return max((a.start - b.end).days, (b.start - a.end).days, 0)


def group(
    profiles: Sequence[Profile],
    entity_types: Mapping[str, str],
    join: JoinScores | None = None,
    scorer: Scorer | None = None,
) -> list[Group]:
    """Events, newest first (undated last), members in date order.

    ``entity_types`` maps glossary ids to their type, which weighs shared entities;
    ``join`` defaults to the fitted thresholds of ``pair_model()``; ``scorer``, one made
    for these profiles (eval/fit_grouping.py groups one half at many thresholds with one).
    Raises nothing: every article ends up in exactly one event.
    """
    join = join or pair_model().join
    scorer = scorer or Scorer(profiles, entity_types)
    clusters = _manual_clusters(profiles)
    automatic = [p for p in profiles if not p.article.article.meta.event]
    _place_dated([p for p in automatic if p.start], clusters, scorer, join)
    _place_undated([p for p in automatic if not p.start], clusters, scorer, join)
    return _ordered_groups(clusters, scorer)


def _manual_clusters(profiles: Sequence[Profile]) -> list[_Cluster]:
    """One event per ``event:`` id named in front matter, with its articles."""
    manual: dict[str, _Cluster] = {}
    for p in profiles:
        if event_id := p.article.article.meta.event:
            manual.setdefault(event_id, _Cluster(members=[], manual_id=event_id)).add(p)
    return list(manual.values())


def _new_cluster(p: Profile, clusters: list[_Cluster]) -> _Cluster:
    cluster = _Cluster(members=[])
    cluster.add(p)
    clusters.append(cluster)
    return cluster


def _place_dated(
    dated: Sequence[Profile], clusters: list[_Cluster], scorer: Scorer, join: JoinScores
) -> None:
    """In date order, each article joins the best event still active around its dates."""
    score = scorer.score
    active = [c for c in clusters if c.start]
    for p in sorted(dated, key=lambda p: (p.start, p.id)):
        assert p.start is not None
        horizon = p.start - dt.timedelta(days=WINDOW_DAYS)
        active = [c for c in active if c.end is None or c.end >= horizon]
        candidates = [
            c
            for c in active
            if _within_reach(p, c) and not _days_conflict(p, c) and not _gated(p, c)
        ]
        best = max(candidates, key=lambda c: (score(p, c), -len(c.members)), default=None)
        if best is not None and score(p, best) >= join.dated:
            best.add(p)
        else:
            active.append(_new_cluster(p, clusters))


def _place_undated(
    undated: Iterable[Profile], clusters: list[_Cluster], scorer: Scorer, join: JoinScores
) -> None:
    """Undated articles are compared only with events sharing an entity, a quotation or
    a word pair (``shares_evidence``), on a weekday their lead names, if it names one,
    and near a day it names without a year (never two or more days from a day a member
    names, as for a dated article). Each joins the best of them that reaches the
    threshold, else starts an event of its own."""
    undated = list(undated)
    bounder = _Bounder([m for c in clusters for m in c.members] + undated, scorer)
    for p in undated:
        related = [
            c
            for c in clusters
            if shares_evidence(p, c.entities, c.shingles, c.word_pairs)
            and on_day(p, c.start, c.end)
            and not _yearless_conflict(p, c)
            and not _gated(p, c)
        ]
        if (bound := bounder.of(p, related)) is not None:
            score, best = _best_within_bounds(p, related, scorer, bound, join.undated)
        else:
            scored = [(scorer.score(p, c), c) for c in related]
            score, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best is not None and score >= join.undated:
            best.add(p)
        else:
            _new_cluster(p, clusters)


def _best_within_bounds(
    p: Profile,
    related: Sequence[_Cluster],
    scorer: Scorer,
    bound: Mapping[str, float],
    threshold: float,
) -> tuple[float, _Cluster | None]:
    """The event of ``related`` that ``p`` scores highest (the first of equals), if any
    reaches ``threshold``, scoring exactly only the events whose bound could still beat
    the best so far: the bounds are the scores themselves, give or take rounding, so
    that is one event or two, not every event of the archive."""
    ranked = sorted(
        ((link([bound[m.id] for m in c.members]), order, c) for order, c in enumerate(related)),
        key=lambda item: (-item[0], item[1]),
    )
    best: tuple[float, int, _Cluster | None] = (0.0, -1, None)
    for ceiling, order, cluster in ranked:
        if ceiling < threshold or (best[2] is not None and ceiling < best[0]):
            break
        score = scorer.score(p, cluster)
        if best[2] is None or score > best[0] or (score == best[0] and order < best[1]):
            best = (score, order, cluster)
    return best[0], best[2]


def shares_evidence(
    p: Profile,
    entities: Iterable[str],
    shingles: Iterable[tuple[str, ...]],
    word_pairs: Iterable[str],
) -> bool:
    """Whether an undated ``p`` has anything in common with an event (or a report) worth
    scoring: a glossary entity, a quotation or a word pair of its own sentences. Word
    pairs count because a report may name nobody the glossary knows ("سد تشرين", "قافلة
    الأهالي") and still tell the same happening in the same words."""
    return not (
        p.entities.isdisjoint(entities)
        and p.shingles.isdisjoint(shingles)
        and p.word_pairs.isdisjoint(word_pairs)
    )


class _Bounder:
    """Bounds on an undated report's pair scores (``score_bounds``) when it shares
    evidence with events that hold ``BOUNDS_FROM_SHARE`` of the archive or more, made for
    the whole archive when first needed; None otherwise, and for a report with a yearless
    day (it may date a pair, which the bounds do not allow for)."""

    def __init__(self, everyone: Sequence[Profile], scorer: Scorer) -> None:
        self.everyone, self.scorer = everyone, scorer
        self.bounds: score_bounds.UpperBounds | None = None

    def of(self, p: Profile, related: Sequence[_Cluster]) -> Mapping[str, float] | None:
        members = sum(len(c.members) for c in related)
        if p.start is not None or p.yearless or members < BOUNDS_FROM_SHARE * len(self.everyone):
            return None
        self.bounds = self.bounds or score_bounds.UpperBounds(self.everyone, self.scorer)
        return self.bounds.of(p)


def _yearless_conflict(p: Profile, cluster: _Cluster) -> bool:
    """The day an undated ``p`` names without a year, in the event's year, lies
    DAYS_APART_NEVER_JOIN or more from a day a member names (``_days_conflict``)."""
    if cluster.start is None or (day := yearless_day(p, cluster.start)) is None:
        return False
    return _days_conflict(dataclasses.replace(p, named=day), cluster)


def on_day(p: Profile, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether an undated ``p`` may report a happening of ``start`` to ``end``: on a weekday
    its lead names, and within a week of a day it names without a year."""
    if not on_weekday(p, start, end):
        return False
    if not p.yearless or start is None or end is None:
        return True
    day = yearless_day(p, start)
    return day is not None and max((day - end).days, (start - day).days) <= WINDOW_DAYS


def on_weekday(p: Profile, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the days from ``start`` to ``end`` include a weekday ``p`` names ("يوم
    الاثنين" in an undated report cannot be about a Tuesday's happening); true when
    either says nothing."""
    if not p.weekdays or start is None or end is None:
        return True
    days = min((end - start).days + 1, 7)
    return any((start + dt.timedelta(days=n)).weekday() in p.weekdays for n in range(days))


def event_day(
    members: Sequence[Profile], archive: tuple[dt.date, dt.date] | None = None
) -> dt.date | None:
    """The day the happening took place: the day most members name for it (an undated
    member by its weekday, ``_weekday_votes``); on a tie the one named nearest the top of
    a report (``_first_named_at``), then the earliest. The earliest day any member names
    would let one misread mention (a recalled weekday) move the whole event, and more so
    the more reports it has. Only when none names a day does the earliest publication
    date stand in (a report is published on or after the day it reports, so a named day
    is the better evidence), unless an undated member's lead names that day's weekday or
    the day before's (``_weekdays_before``). An event of undated reports only is dated by
    a weekday with a day and month ("الاثنين 27 أكتوبر") that falls on one day only of the
    ``archive``'s span (``archive_days``)."""
    named = Counter(m.named for m in members if m.named is not None)
    named.update(_weekday_votes(members))
    if not named:
        earliest = min((m.start for m in members if m.start is not None), default=None)
        if earliest is not None:
            named.update(_weekdays_before(members, earliest))
            if not named:
                return earliest
        elif archive is not None:
            named.update(archive_days(members, archive))
    if not named:
        return None
    most = max(named.values())
    tied = [day for day, count in named.items() if count == most]
    return min(tied, key=lambda day: (_first_named_at(members, day), day))


def _first_named_at(members: Sequence[Profile], day: dt.date) -> float:
    """How far into its report a member first names ``day``: the index of the sentence
    (``Profile.named_at``), infinite when no member names it itself (a weekday vote or
    a publication date). Of two days named equally often, the one a report gives nearer
    its top is the happening's, as within one report ("انتشرت القوات مساء أمس السبت" in
    the third paragraph is the eve's deployment, "بدأت ... اليوم (الأحد) حملة" in the
    lead the operation); on a further tie the earliest day."""
    return min(
        (m.named_at for m in members if m.named == day and m.named_at is not None),
        default=math.inf,
    )


# An undated report's weekday counts back from a dated member's publication date only this
# far: a report published the day after the happening is common, but an undated report may
# be a later day's (Tuesday's posts on Monday's call: not the Tuesday six days before).
WEEKDAY_BEFORE_PUBLICATION_DAYS = 1


def _weekdays_before(members: Sequence[Profile], published: dt.date) -> list[dt.date]:
    """When no member names a day and the earliest publication date would stand in, the
    weekdays undated members' leads name ("اليوم الجمعة") that fall on that date or the
    day before (``WEEKDAY_BEFORE_PUBLICATION_DAYS``): Friday's happening, published on
    Saturday by a report that names no day."""
    found = (
        dates.weekday_on_or_before(weekday, published)
        for m in members
        if m.start is None
        for weekday in m.weekdays
    )
    return [d for d in found if (published - d).days <= WEEKDAY_BEFORE_PUBLICATION_DAYS]


def archive_span(profiles: Iterable[Profile]) -> tuple[dt.date, dt.date] | None:
    """The days the archive's dated reports cover: the first day any reports to the last."""
    dated = [p for p in profiles if p.start is not None and p.end is not None]
    if not dated:
        return None
    return min(p.start for p in dated if p.start), max(p.end for p in dated if p.end)


def archive_days(members: Sequence[Profile], archive: tuple[dt.date, dt.date]) -> list[dt.date]:
    """The days undated members' leads name by weekday, day and month without a year, each
    where it falls on exactly one day of the archive's span: a weekday falls on a day of a
    month once in five to eleven years, so within the span the archive covers it is that
    one day or none (a day and month without a weekday recur every year: no vote)."""
    votes = []
    for m in members:
        named = next((y for y in m.yearless if y.weekday is not None), None)
        if m.start is not None or named is None:
            continue
        days = []
        for year in range(archive[0].year, archive[1].year + 1):
            try:
                day = dt.date(year, named.month, named.day)
            except ValueError:  # 29 February
                continue
            if archive[0] <= day <= archive[1] and day.weekday() == named.weekday:
                days.append(day)
        if len(days) == 1:
            votes.append(days[0])
    return votes


def _weekday_votes(members: Sequence[Profile]) -> list[dt.date]:
    """The days undated members name: a day of a month without a year ("19 كانون الأول")
    that falls within the dated members' span; else by weekday alone ("أعلن الرئيس
    الأحد"), the one day of that span on such a weekday, when there is exactly one."""
    starts = [m.start for m in members if m.start is not None]
    ends = [m.end for m in members if m.end is not None]
    if not starts or not ends:
        return []
    span = [min(starts) + dt.timedelta(days=n) for n in range((max(ends) - min(starts)).days + 1)]
    votes = []
    for m in members:
        if m.start is not None:
            continue
        if (day := yearless_day(m, span[0])) is not None and span[0] <= day <= span[-1]:
            votes.append(day)
            continue
        days = [d for d in span if d.weekday() in m.weekdays]
        if len(days) == 1:
            votes.append(days[0])
    return votes


# An event of undated reports that no dated report joined has no year: none of its reports
# gives one. When one of them names a weekday and shares evidence with a dated event whose
# day lies within PLACE_WITHIN_DAYS of that weekday, at a score PLACE_MIN_SCORE or more
# (under the undated join threshold, or on a weekday outside that event's days: not the
# same happening, but the same story's week: "أعلن البنتاغون الخميس" of the drone that
# the dated reports give on Friday's morning), it is placed on that weekday. A report
# naming no weekday and no day of a month is placed on the related event's own day (the
# same story told the same day), on a weekday another report of its event names if one
# does (session 25). The floor was chosen at 0.3 on `tune` and the spent grouping sets in
# session 24 (benchmarks/logs/date_placed_s24.log); chosen again in session 25 with both
# kinds of placement and groups11/groups12 (benchmarks/logs/date_placed_s25.log) as the
# floor with the most reports placed right less those placed wrong: 0.2, 17 more right and
# 4 more wrong than main's placement (0.3: 4 and 1; 0.15: 20 and 9).
PLACE_WITHIN_DAYS = 3
PLACE_MIN_SCORE = 0.2


def _placed_day(
    cluster: _Cluster,
    dated: Sequence[tuple[_Cluster, dt.date]],
    scorer: Scorer,
    bounder: _Bounder,
) -> dt.date | None:
    """The day an undated event is placed on (above), from the dated event its members
    score highest with (the last of equals); None when none qualifies. As for joining,
    when the events a member shares evidence with hold much of the archive, only those
    whose bound (``_Bounder``) reaches the best score so far are scored exactly."""
    named = frozenset().union(*(m.weekdays for m in cluster.members))
    best: tuple[float, dt.date | None] = (-math.inf, None)
    for p in cluster.members:
        candidates = [
            (other, near)
            for other, day in dated
            if (near := _member_day(p, named, day)) is not None
            and shares_evidence(p, other.entities, other.shingles, other.word_pairs)
        ]
        bound = bounder.of(p, [other for other, _ in candidates])
        for other, near in candidates:
            reach = max(PLACE_MIN_SCORE, best[0])
            if bound is not None and link([bound[m.id] for m in other.members]) < reach:
                continue  # its score is under its bound: it cannot reach the best
            if (score := scorer.score(p, other)) >= reach:
                best = (score, near)
    return best[1]


def _member_day(p: Profile, named: frozenset[int], day: dt.date) -> dt.date | None:
    """The day member ``p`` of an undated event would be placed on beside a dated event
    of ``day``: its weekday's (``_weekday_near``); for a member naming no weekday and no
    day of a month, ``day`` itself, when no member of its event (``named``: their
    weekdays) names another weekday."""
    if p.weekdays:
        return _weekday_near(p.weekdays, day)
    if p.yearless or (named and day.weekday() not in named):
        return None
    return day


def _weekday_near(weekdays: frozenset[int], day: dt.date) -> dt.date | None:
    """The one day within PLACE_WITHIN_DAYS of ``day`` on one of ``weekdays``; None when
    there is none or more than one (a report naming two weekdays)."""
    reach = range(-PLACE_WITHIN_DAYS, PLACE_WITHIN_DAYS + 1)
    near = [d for n in reach if (d := day + dt.timedelta(days=n)).weekday() in weekdays]
    return near[0] if len(near) == 1 else None


def _ordered_groups(clusters: Iterable[_Cluster], scorer: Scorer) -> list[Group]:
    clusters = list(clusters)
    archive = archive_span(m for c in clusters for m in c.members)
    starts = [event_day(c.members, archive) for c in clusters]
    dated = [(c, start) for c, start in zip(clusters, starts, strict=True) if start is not None]
    bounder = _Bounder([m for c in clusters for m in c.members], scorer)
    groups = []
    for c, start in zip(clusters, starts, strict=True):
        placed = start is None
        start = start or _placed_day(c, dated, scorer, bounder)
        groups.append(
            Group(
                id=c.manual_id or min(m.id for m in c.members),
                members=tuple(sorted(c.members, key=lambda m: (m.start or dt.date.max, m.id))),
                start=start,
                end=c.end if c.end is not None else start,
                placed=placed and start is not None,
            )
        )
    groups.sort(key=lambda g: g.id)
    groups.sort(key=lambda g: g.end or dt.date.min, reverse=True)
    return [g for g in groups if g.start] + [g for g in groups if not g.start]
