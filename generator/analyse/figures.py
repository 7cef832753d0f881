"""Numbers the sources report (casualties, patrols, durations...), with who reported them.

A ``Figure`` points at a source sentence and carries the number span exactly as printed;
the site shows that span and its sentence, never a restatement. A number is a figure only
when something is counted: a noun after it ("6 قتلى", "أربع مدرعات"), a dual noun
("دوريتين"), or a casualty word before it ("إصابة 26 آخرين", "تهجير نحو 300 ألف شخص").
Dates ("9 أكتوبر", "منذ العام 2014") and vague amounts ("المئات", "عشرات") are not figures.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator import arabic
from generator.analyse import entities
from generator.analyse.entities import Mention, Recogniser
from generator.analyse.quotes import is_speech_participle, is_speech_word
from generator.glossary import Entry
from generator.model import Article, Sentence

KINDS = (
    "killed",
    "injured",
    "arrested",
    "patrols",
    "displaced",
    "duration",
    "vehicles",
    "distance",
)
OTHER = "other-count"  # something else counted ("اتفاقين"); also a kind
# Only these can conflict: two different counts of the dead in one event are two claims
# about the same thing, whereas two durations or patrol counts usually measure different
# things ("120 ساعة" of ceasefire, "خمسة أشهر" of cooperation).
CONFLICT_KINDS = ("killed", "injured", "arrested", "displaced")
REPORTER_TYPES = ("person", "organisation", "outlet")
_REPORTER_WINDOW = 5  # words between "قالت"/"تشير حصيلة" and the body named
_RANGE_WINDOW = 8  # tokens between "20 دورية" and the "خمس أو ست" that continue it


@dataclass(frozen=True)
class Figure:
    article: str
    sentence: str  # citation target
    kind: str  # one of KINDS or OTHER
    value: int
    text: str  # the Arabic span exactly as it appears
    unit: str | None  # durations: hour/day/week/month/year; distance: km
    reported_by: str | None  # glossary id of the body the figure is attributed to
    upper: int | None = None  # a range ("خمسة أو ستة") is one figure, value to upper
    revision: bool = False  # a count updated within the report ("ارتفعت الحصيلة إلى 6")
    # Who gave it, as the sentence names them, when no glossary body is named: "مصدر طبي",
    # "مصادر مطلعة", "التلفزيون السوري" (an Arabic span of the cited sentence).
    source: str | None = None
    # A count the report says was given before the one it now gives ("وكان المرصد أشار في
    # حصيلة أولية إلى مقتل خمسة"): nobody's claim any more, so it disagrees with nobody.
    earlier: bool = False
    # Some of those a total before it counts ("مقتل 15 شخصاً بينهم تسعة مدنيين"): a part,
    # not another source's total, so it disagrees with nobody.
    part: bool = False
    # Whom a count of people counts (``_counted_group``): "civilians", "fighters",
    # ``NAMED_GROUP``, or None for people at large.
    counted: str | None = None

    @property
    def shown(self) -> str:
        return f"{self.value}–{self.upper}" if self.upper else str(self.value)


@dataclass(frozen=True)
class Conflict:
    kind: str
    figures: tuple[Figure, ...]  # same kind, different values, from different sources


T = TypeVar("T")
Kind = tuple[str, str | None]  # (kind, unit)


def _table(spec: str, value: Callable[[str], T]) -> dict[str, T]:
    """Folded spelling → value, from "label: spelling spelling | label: ..." groups."""
    return {
        arabic.fold(word): value(label.strip())
        for group in spec.split("|")
        for label, words in [group.split(":")]
        for word in words.split()
    }


def _set(words: str) -> frozenset[str]:
    return frozenset(arabic.fold(word) for word in words.split())


def _kind(label: str) -> Kind:
    kind, _, unit = label.partition("/")
    return kind, unit or None


_NUMBERS = _table(
    "1: واحد واحدة | 2: اثنان اثنين اثنتان اثنتين | 3: ثلاث ثلاثة | 4: أربع أربعة"
    "| 5: خمس خمسة | 6: ست ستة | 7: سبع سبعة | 8: ثمان ثماني ثمانية | 9: تسع تسعة"
    "| 10: عشر عشرة | 20: عشرون عشرين | 100: مئة مائة | 1000: ألف | 2000: ألفين ألفي ألفان"
    "| 1000000: مليون",
    int,
)
_TEEN_HEADS = _table("1: أحد إحدى | 2: اثنا اثني اثنتا اثنتي", int)  # "أحد عشر"
_TENS = _set("عشر عشرة")
_ADJECTIVAL = _set("واحد واحدة اثنان اثنين اثنتان اثنتين")  # after the noun: "قتيل واحد"
_MULTIPLIERS = _table(
    "100: مئة مائة | 1000: ألف آلاف ألفا | 1000000: مليون ملايين | 1000000000: مليار مليارات بليون",
    int,
)
_NOUNS = _table(
    "killed: قتيل قتلى شهيد شهداء شهيدة شهيدات | injured: جريح جرحى مصاب مصابين مصابون"
    "| patrols: دورية دوريات"
    "| displaced: نازح نازحين نازحون مهجر مهجرين"
    "| vehicles: مدرعة مدرعات سيارة سيارات آلية آليات عربة عربات مركبة مركبات دبابة دبابات"
    " شاحنة شاحنات دراجة دراجات حافلة حافلات"
    "| duration/hour: ساعة ساعات | duration/day: يوم أيام | duration/week: أسبوع أسابيع"
    "| duration/month: شهر أشهر شهور | duration/year: سنة سنوات سنين عام أعوام"
    "| distance/km: كلم كم كيلومتر كيلومترات",
    _kind,
)
# People counted without saying what happened to them; a word around them says it.
_PEOPLE = _set(
    "شخص أشخاص آخر آخرين آخرون مدني مدنيين مدنيون جندي جنود عنصر عناصر مقاتل مقاتلين "
    "مقاتلون طفل أطفال امرأة نساء فرد أفراد مواطن مواطنين فتاة فتيات"
)
# Whom a count of people counts, coarsely: a count of civilians and a count of fighters are
# two numbers, not two claims about one (``_disagree``).
_GROUPS = _table(
    "civilians: مدني مدنيين مدنيون مدنية مواطن مواطنين مواطنون طفل أطفال امرأة نساء سيدة"
    " سيدات فتاة فتيات | fighters: جندي جنود عنصر عناصر مقاتل مقاتلين مقاتلون عسكري عسكريين"
    " عسكريون مسلح مسلحين مسلحون جهادي جهاديين جهاديون",
    str,
)
# After "من" ("7 من قوات المهام", "ستة من مقاتليها", "16 من التنظيم"), the start of the word.
_FIGHTER_BODIES = tuple(
    _set("قوات عناصر مقاتل جنود الجيش ميليشي الميليشي تنظيم التنظيم فصائل الفصائل")
)
_OTHERS = _set("آخر آخرين آخرون")  # "وأصيب 8 آخرين": more of the group just counted
# "أربعة أميركيين", "صحفيين": people named by what they are, neither civilians nor fighters (one
# group: spellings and nationalities vary too much to tell such groups apart)
_NISBA_PLURALS = ("يين", "يون")
NAMED_GROUP = "group"
_AFTER_PEOPLE = _table(
    "killed: حياتهم حياتهن حتفهم قتلوا قتلن استشهدوا استشهدن | injured: أصيبوا أصبن جرحوا"
    "| arrested: اعتقلوا احتجزوا",
    _kind,
)
_BEFORE = _table(
    # the plural nouns too: "ليرتفع عدد القتلى لاحقا إلى 7 عناصر", "حصيلة الجرحى إلى 20"
    "killed: مقتل قتل قتلت حياة استشهاد استشهد استشهدت قضى قضت مصرع القتلى الضحايا"
    "| injured: إصابة إصابات جرح أصيب أصيبت الجرحى المصابين"
    "| arrested: اعتقال اعتقل اعتقلت احتجاز احتجز احتجزت توقيف القبض"  # not أسر: also "families"
    "| displaced: تهجير نزوح تشريد",
    _kind,
)
# Only right before the number: "أصاب 6 أشخاص" wounded them, "أصاب المرض 20 شخصاً" did not.
_RIGHT_BEFORE = {**_BEFORE, **_table("injured: أصاب", _kind)}
_VICTIM = _set("ضحية ضحايا")
_FELL = _set("راح سقط ذهب")  # "راح ضحية العملية 16 شخصاً": killed, not any "victim"
_AT_LEAST = (arabic.fold("على"), arabic.fold("الأقل"))
_LIST_CUES = _set("و بينهم بينهن منهم منهن")  # what goes on a list of people counted
_AMONG = _set("بينهم بينهن منهم منهن")  # "بينهم تسعة مدنيين": some of the total before
BEFORE_WINDOW = 3  # "قُتل خلال الاشتباكات تسعة عناصر": the verb a few words back
AFFILIATION_WINDOW = 5  # "عنصراً من قوات النظام السوري قُتلوا": words between من and the verb
_FROM = _set("من")
# Dual nouns carry their own 2; the singular decides the kind.
_DUALS = _table(
    "دورية: دوريتين دوريتان | يوم: يومين يومان | ساعة: ساعتين | شهر: شهرين"
    "| سنة: سنتين عامين | أسبوع: أسبوعين | مدرعة: مدرعتين | سيارة: سيارتين | آلية: آليتين"
    "| قتيل: قتيلين قتيلان | جريح: جريحين جريحان | شخص: شخصين | اتفاق: اتفاقين اتفاقان"
    "| هجوم: هجومين",
    arabic.fold,
)
_MONTHS = _set(
    "يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر "
    "نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
)
_DATE_WORDS = _set("عام العام لعام للعام بعام الساعة")  # "العام 2014", "الساعة 10"
_DAY_OF = _set("الشهر شهر")  # "في 20 من الشهر الماضي"
_APPROX = _set("نحو حوالي قرابة زهاء")
_NO_FEWER_THAN = tuple(tuple(arabic.fold(w) for w in p.split()) for p in ("لا يقل عن", "لايقل عن"))
_APPROX_PAIRS = {("اكثر", "من"), ("اقل", "من"), ("ما", "يقارب")}
_RANGE = _set("أو إلى الى و حتى ثم")  # "من 20 دورية إلى نحو خمس أو ست"
_OR = _set("أو او")
# How many sources a report heard ("ثلاثة مصادر مطلعة") says how it was sourced, not what happened.
_SOURCE_NOUNS = _set("مصادر مصدرا مصدر")
# What joins the first day of a span to the last: "من 5 ولغاية 7 آب", "بين 5 و7 أغسطس".
_DAY_SPAN_LINKS = _set("إلى الى حتى و لغاية ولغاية وحتى -")
_RISE = _set("ارتفع ارتفعت ارتفاع لترتفع يرتفع ترتفع ليرتفع")
REVISION_WINDOW = 5  # tokens between "ارتفعت" and the new count
_PERCENT = _set("بالمئة بالمائة المئة المائة")
# Words that follow a number without being what it counts.
_NOT_NOUNS = _set(
    "من في على إلى الى عن مع أو و ثم حتى قبل بعد منذ خلال ضد بين عند أن إن لا ما قد "
    "تقريبا فقط أسبوعيا يوميا شهريا سنويا أخرى"
)
_REPORT_WORDS = _set("بحسب حسب حسبما بحسبما وفق وفقا نقلا حصيلة")
# "على ما أفاد المرصد", "وفق ما ذكرت الوكالة": a speech verb after "ما" says whose account
# the sentence gives, like "بحسب", wherever the figures stand.
# "حسبما أفاد مرصد حرب", "، كما ذكر المرصد" (as it reported) likewise; a sentence that opens
# with "كما أشارت" ("also") has no clause before to give the source to.
_AS_WORDS = _set("ما حسبما بحسبما كما")
# What a reporter says follows these; a body named after them is what was said about.
_THAT = _set("أن إن بأن وأن فإن لأن أنه إنه بأنه أنها إنها بأنها أنهم إنهم بأنهم")
# Words that end the name of a source not in the glossary ("وقال مصدر طبي في مدينة
# القامشلي، إن"): prepositions and times of day; a separator or number ends it too.
# "المقربة من", "التابعة لـ", "الموالية لـ": a source's affiliation, folded without "ال".
_AFFILIATED = _set("مقرب مقربة تابع تابعة موالي موالية مدعوم مدعومة")
_SOURCE_STOPS = _set(
    "في على عن من إلى الى مع خلال عبر لدى اليوم أمس مساء صباح ظهر فجر ليل يوم قد "
    "مقرب مقربة تابع تابعة موالي موالية مدعوم مدعومة "
    "المقرب المقربة التابع التابعة الموالي الموالية المدعوم المدعومة "
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
)
_TOLL = arabic.fold("حصيلة")  # "حصيلة القتلى", "حصيلة أولية": what is counted, not who
# A sentence opening in the pluperfect ("had") that names a first or earlier toll gives a
# count the report has since replaced: "وكانت حصيلة أولية للمرصد أفادت عن مقتل سبعة".
_HAD = _set("وكان وكانت")
_EARLIER_TOLLS = _set("أولية سابقة")
# A source named by what it issued, already named: "بحسب البيان" is the statement before;
# "المصادر نفسها" ("the same sources") are the ones named before.
_BACK_REFERENCES = frozenset(
    arabic.fold(w)
    for w in (
        "البيان", "التقرير", "البيان نفسه", "بيانها", "بيانه", "المصادر نفسها",
        "المصادر ذاتها", "المصدر نفسه", "المصدر ذاته",
    )
)  # fmt: skip
_RELAY = _set("نقل نقلت نقلا نقلاً ينقل تنقل")  # "نقل X عن Y": Y spoke, X relays
_OPENS_SPEECH = re.compile(r"[\"'«»“”‘’:(]")
_OPENS_CLAUSE = re.compile(r"[:(]")
_CLOSERS = "\"'»”’"
# "وصفته بـ«الإرهابي»", "ب"الإرهابي"": the preposition of what a verb of describing calls it
_DESCRIBED_AS = re.compile(r"بـ|ب[\"'«“”]")
_NOT_SUBJECTS = _set("كما ثم وكما بينما فيما وفيما كذلك")  # "كما أشارت": "as well"
SOURCE_MAX_WORDS = 6  # "نائب محافظ حلب ملهم عكيدي": a title and a name
Reporter = tuple[str | None, str | None]  # glossary id, or the source's words as written
_CLAUSE_WORDS = _set("فيما وفيما بينما وبينما")
_TANWEEN = "\u064b\u064c\u064d\u0640"  # "إضافةً": tanween (and tatweel) after the ة
_NUNATION = "\u064b\u064c\u064d"  # tanween alone: nouns and adjectives carry it, verbs never
_AFFILIATION_VERB_FORMS = _set("تابع تابعا")  # also the speech verb "went on" (singular, dual)
# The count itself, not who gave it: "وأوردت حصيلة أدنى", "ووفق آخر إحصائية".
_COUNTS = _set("حصيلة إحصائية إحصائيات إحصاءات أرقام")
_LATEST = arabic.fold("آخر")  # "وفق آخر إحصائية": the latest count, no one named
_TOKEN = re.compile(
    r"(?P<num>\d+(?:[,٬]\d{3})*(?:[.٫]\d+)?)"
    r"|(?P<sep>[،؛;:.!?؟%/]|,(?!\d))"
    r"|(?P<word>(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])+)"
)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    kind: str  # num, sep or word
    fold: str  # folded word, digits without group separators, or the separator
    clause: int
    word: int  # index in arabic.words(text) for words, else -1


def _tokens(text: str) -> list[_Token]:
    plain = arabic.ascii_digits(text)  # same length, so offsets hold for ``text``
    tokens: list[_Token] = []
    clause = 0
    for match in _TOKEN.finditer(plain):
        kind, raw = match.lastgroup or "word", match.group()
        fold = arabic.fold(raw) if kind == "word" else re.sub("[,٬]", "", raw).replace("٫", ".")
        # Clauses split where a new attribution may start; see _reporters.
        after_fi = fold == "حين" and bool(tokens) and tokens[-1].fold == "في"  # "في حين"
        clause += (kind == "sep" and raw in "،;؛") or fold in _CLAUSE_WORDS or after_fi
        word = len(arabic.words(text[: match.start()])) if kind == "word" else -1
        tokens.append(_Token(match.start(), match.end(), kind, fold, clause, word))
    return tokens


def _readings(token: _Token | None) -> list[str]:
    """Folded readings of a word: as is, without the clitics و ف ب ل, and without the
    accusative alef ("جريحاً")."""
    if token is None or token.kind != "word":
        return []
    word = token.fold
    bare = [word]
    if len(word) > 2 and word[0] in "وفبل":
        bare.append(word[1:])
    if len(word) > 3 and word[0] in "وف" and word[1] in "بل":
        bare.append(word[2:])
    return [*bare, *(w[:-1] for w in bare if len(w) > 3 and w.endswith("ا"))]


def _get(table: Mapping[str, T], token: _Token | None) -> T | None:
    return next((table[r] for r in _readings(token) if r in table), None)


def _has(words: frozenset[str], token: _Token | None) -> bool:
    return any(r in words for r in _readings(token))


@dataclass(frozen=True)
class _Found:
    kind: str
    unit: str | None
    value: int
    first: int  # token indexes of the span shown
    last: int
    clause: int
    upper: int | None = None
    revision: bool = False
    part: bool = False
    counted: str | None = None


def _number(tokens: Sequence[_Token], i: int) -> tuple[float, int, str | None] | None:
    """(value, index of its last token, dual's singular) for a number at token ``i``."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.kind == "num":
        value = float(token.fold)
    elif (singular := _get(_DUALS, token)) is not None:
        return 2.0, i, singular
    elif (number := _get(_NUMBERS, token)) is not None:
        value = float(number)
    elif (head := _get(_TEEN_HEADS, token)) is not None and _has(_TENS, after):
        value = float(head)  # "أحد عشر"
    else:
        return None
    end = i
    if token.kind == "word" and value < 10 and _has(_TENS, after):
        value, end = value + 10, i + 1  # "خمسة عشر"
    factor = _get(_MULTIPLIERS, tokens[end + 1]) if end + 1 < len(tokens) else None
    if factor:  # "300 ألف"
        value, end = value * factor, end + 1
    return value, end, None


def values(text: str) -> frozenset[float]:
    """Every number a text gives, in digits or in words ("خمسة" and "5" alike, a dual
    as 2), whatever it counts: two tellings of one fact give the same figures."""
    tokens = _tokens(text)
    return frozenset(found[0] for i in range(len(tokens)) if (found := _number(tokens, i)))


def _at(tokens: Sequence[_Token], k: int) -> _Token | None:
    return tokens[k] if 0 <= k < len(tokens) else None


def _not_a_count(tokens: Sequence[_Token], i: int, end: int, value: float) -> bool:
    """Dates, years, clock times, percentages and the parts of "2/12" or "10:30"."""
    before, after, then = _at(tokens, i - 1), _at(tokens, end + 1), _at(tokens, end + 2)
    if _has(_MONTHS, after) or _has(_MONTHS, before) or _has(_DATE_WORDS, before):
        return True
    if after and (after.fold in ("/", ":", "%") or _has(_PERCENT, after)):
        return True
    if after and after.fold in ("من", "في") and (_has(_DAY_OF, then) or _has(_PERCENT, then)):
        return True  # "20 من الشهر", "5 في المئة"
    if before and before.fold in ("/", ":"):
        return True
    if _first_day_of_span(tokens, end) or _has(_SOURCE_NOUNS, after):
        return True
    counted = _get(_NOUNS, after) is not None or _has(_PEOPLE, after)
    return tokens[i].kind == "num" and end == i and 1900 <= value <= 2100 and not counted


def _first_day_of_span(tokens: Sequence[_Token], end: int) -> bool:
    """ "5" in "من 5 ولغاية 7 آب": the first day of a span whose last day names the month."""
    link, last, month = _at(tokens, end + 1), _at(tokens, end + 2), _at(tokens, end + 3)
    return (
        _has(_DAY_SPAN_LINKS, link)
        and last is not None
        and last.kind == "num"
        and _has(_MONTHS, month)
    )


def _at_least_before(tokens: Sequence[_Token], i: int) -> int | None:
    """Where "(ما) لا يقل عن" ("no fewer than") before the number starts, if it does."""
    words = [t.fold for t in tokens[max(0, i - 4) : i]]
    for phrase in _NO_FEWER_THAN:
        if words[-len(phrase) :] == list(phrase):
            start = i - len(phrase)
            return start - 1 if start and tokens[start - 1].fold == "ما" else start
    return None


def _span_start(tokens: Sequence[_Token], i: int) -> int:
    """Where the span shown starts: words that make the number rough or a floor stay in it
    ("نحو 300 ألف", "وأكثر من 17", "ما لا يقل عن 70")."""
    if _has(_APPROX, _at(tokens, i - 1)):
        return i - 1
    if i >= 2 and any((r, tokens[i - 1].fold) in _APPROX_PAIRS for r in _readings(tokens[i - 2])):
        return i - 2
    at_least = _at_least_before(tokens, i)
    return i if at_least is None else at_least


def _number_after_noun(tokens: Sequence[_Token], i: int) -> Kind | None:
    """The kind of a number word that follows what it counts: "قتيل واحد", and "إصابة
    مدنيين اثنين" (people, with what happened to them before)."""
    if not _has(_ADJECTIVAL, tokens[i]):
        return None
    if kind := _get(_NOUNS, _at(tokens, i - 1)):
        return kind
    return _get(_BEFORE, _at(tokens, i - 2)) if _has(_PEOPLE, _at(tokens, i - 1)) else None


def _verb_after_affiliation(tokens: Sequence[_Token], at: int) -> int:
    """Where the verb saying what happened to people counted stands after whom they belong
    to: "11 عنصراً من قوات النظام السوري قُتلوا"; ``at`` (the "من") when none does."""
    for k in range(at + 1, min(at + AFFILIATION_WINDOW + 1, len(tokens))):
        if tokens[k].kind != "word" or tokens[k].clause != tokens[at].clause:
            break
        if _get(_AFTER_PEOPLE, tokens[k]):
            return k
    return at


def _classify(
    tokens: Sequence[_Token], i: int, end: int, dual: str | None, found: Sequence[_Found]
) -> tuple[Kind, int, int] | None:
    """(kind, first and last token of the span shown) for the number at ``i..end``."""
    first = _span_start(tokens, i)
    noun_at = end if dual else end + 1
    noun = _at(tokens, noun_at)
    if dual:
        kind, people = _NOUNS.get(dual), dual in _PEOPLE
    else:
        kind, people = _get(_NOUNS, noun), _has(_PEOPLE, noun)
    # "ستة من مقاتليها قتلوا": people named by whom they belong to
    belonging = not dual and _has(_FROM, noun) and _group_after_from(tokens, noun_at) is not None
    bare = not dual and (noun is None or noun.kind != "word" or _has(_NOT_NOUNS, noun))
    last = end if bare else noun_at
    if kind is None and not people and (counted_before := _number_after_noun(tokens, i)):
        return counted_before, i - 1, end  # "قتيل واحد"
    marker_at = noun_at + 1 if people else noun_at  # "خمسة أشخاص حياتهم", "9 قتلوا"
    people = people or belonging
    if _words_at(tokens, marker_at, 2) == _AT_LEAST:  # "9 أشخاص على الأقل قتلوا"
        marker_at += 2
    if people and _has(_FROM, _at(tokens, marker_at)):
        marker_at = _verb_after_affiliation(tokens, marker_at)
    if kind is None and (marked := _get(_AFTER_PEOPLE, _at(tokens, marker_at))):
        kind, last = marked, marker_at
    if kind is None:  # "إصابة 26 آخرين", "تهجير نحو 300 ألف شخص"
        kind = _get(_RIGHT_BEFORE, _at(tokens, first - 1))
    if kind is None and people:  # "قُتل خلال الاشتباكات تسعة عناصر"
        kind = _kind_before(tokens, first)
    if kind is None and people:  # "قتل 15 شخصاً بينهم تسعة مدنيين و4 جنود": the list's kind
        kind = _listed_kind(tokens, first, found)
    if kind is None and bare:
        # Only as the next number of a range or list: "من 20 دورية إلى نحو خمس أو ست".
        previous = found[-1] if found else None
        if (
            previous is None
            or previous.clause != tokens[i].clause
            or i - previous.last > _RANGE_WINDOW
            or not _has(_RANGE, _at(tokens, first - 1))
        ):
            return None
        return (previous.kind, previous.unit), first, end
    if kind is None:
        # Something else counted; a definite noun ("9 الأشخاص") is not what is counted.
        if noun and not dual and (noun.fold.startswith("ال") or len(noun.fold) < 3):
            return None
        kind = (OTHER, None)
    return kind, first, last


def _group_after_from(tokens: Sequence[_Token], at: int) -> str | None:
    """The group the word after the "من" at ``at`` names: "7 من قوات المهام", "ستة من
    مقاتليها", "16 من التنظيم" (fighters), "3 من المدنيين"."""
    body = _at(tokens, at + 1)
    if body is None or body.kind != "word":
        return None
    bare = dataclasses.replace(body, fold=body.fold.removeprefix("ال"))  # "من القوات"
    if body.fold.startswith(_FIGHTER_BODIES) or bare.fold.startswith(_FIGHTER_BODIES):
        return "fighters"
    return _get(_GROUPS, body) or _get(_GROUPS, bare)


def _counted_group(
    tokens: Sequence[_Token], end: int, dual: str | None, kind: str, found: Sequence[_Found]
) -> str | None:
    """Whom the count of ``kind`` ending at ``end`` counts: "civilians", "fighters",
    ``NAMED_GROUP`` ("أربعة أميركيين"), or None for people at large ("15 شخصاً", "سبعة
    قتلى", a bare number)."""
    if dual:
        return _GROUPS.get(dual)
    at = end + 3 if _words_at(tokens, end + 1, 2) == _AT_LEAST else end + 1  # "16 على الأقل"
    noun = _at(tokens, at)
    if _has(_OTHERS, noun):
        if _has(_FROM, _at(tokens, at + 1)):  # "3 آخرون من عناصر الجيش"
            return _group_after_from(tokens, at + 1)
        # "قتل 6 عناصر وأصيب 4 آخرون": the rest of those the total counted; "آخرون" of the
        # total's own kind are more people, whoever they are
        total = next((f for f in reversed(found) if not f.part), None)
        return total.counted if total and total.kind != kind else None
    if _has(_FROM, noun):
        return _group_after_from(tokens, at)
    if group := _get(_GROUPS, noun):
        return group
    nisba = any(r.endswith(_NISBA_PLURALS) and len(r) > 5 for r in _readings(noun))
    return NAMED_GROUP if nisba else None


def _words_at(tokens: Sequence[_Token], at: int, n: int) -> tuple[str, ...]:
    return tuple(t.fold if t else "" for t in (_at(tokens, k) for k in range(at, at + n)))


def _dead_and_wounded(tokens: Sequence[_Token], first: int, last: int) -> bool:
    """ "مقتل وإصابة 70 شخصاً", "قتل أو أصاب 16 مقاتلاً", "70 قتيلاً وجريحاً": the dead and
    the wounded in one count, which is neither a count of the dead nor of the wounded."""
    both = {"killed", "injured"}
    # Not a dual verb ("قتلا"): it has its own subject, so "عنصرين قتلا وأصيب ثمانية" is two.
    before = [t for t in (_at(tokens, first - 1), *_linked(tokens, first - 1, -1)) if t]
    before = [t for t in before if not t.fold.endswith("ا")]
    after = [_at(tokens, last), *_linked(tokens, last, +1)]
    return {k[0] for t in before if (k := _get(_RIGHT_BEFORE, t))} >= both or (
        {k[0] for t in after if (k := _get(_NOUNS, t))} >= both
    )


def _linked(tokens: Sequence[_Token], at: int, step: int) -> list[_Token | None]:
    """The word "و" or "أو" joins to the one at ``at``, reading ``step`` away from the
    number: "مقتل وإصابة", "قتل أو أصاب", "قتيلاً وجريحاً"."""
    near = _at(tokens, at + step)
    if _has(_OR, near):
        return [_at(tokens, at + 2 * step)]
    joined = _at(tokens, at) if step < 0 else near
    return [near] if joined and joined.kind == "word" and joined.fold.startswith("و") else []


def _listed_kind(tokens: Sequence[_Token], first: int, found: Sequence[_Found]) -> Kind | None:
    """The kind of the casualty count a list of people goes on from, in its clause: "قتل
    61 عنصراً و16 من التنظيم و5 مدنيين", "مقتل 15 شخصاً بينهم تسعة مدنيين"."""
    previous = found[-1] if found else None
    if (
        previous is None
        or previous.kind not in CONFLICT_KINDS
        or not _in_list_of(tokens, first, previous)
        or first - previous.last > _RANGE_WINDOW
    ):
        return None
    cue = _at(tokens, first - 1)
    joined = tokens[first].kind == "word" and tokens[first].fold.startswith("و")  # "وتسعة"
    return (previous.kind, previous.unit) if joined or _has(_LIST_CUES, cue) else None


def _in_list_of(tokens: Sequence[_Token], first: int, count: _Found) -> bool:
    """Whether the number at ``first`` is in the clause of ``count`` or in the one after,
    when that one opens with "بينهم"/"منهم": "مقتل 15 شخصاً، بينهم تسعة مدنيين"."""
    clause = tokens[first].clause
    if count.clause == clause:
        return True
    opening = next(t for t in tokens if t.clause == clause and t.kind != "sep")
    return count.clause == clause - 1 and _has(_AMONG, opening)


def _kind_before(tokens: Sequence[_Token], first: int) -> Kind | None:
    for back in range(2, BEFORE_WINDOW + 2):
        token = _at(tokens, first - back)
        if token is None or token.kind == "num" or token.clause != tokens[first].clause:
            return None
        if kind := _get(_BEFORE, token):
            return kind
        if _has(_VICTIM, token) and _has(_FELL, _at(tokens, first - back - 1)):
            return "killed", None
    return None


def _head_mentions(text: str, heads: Mapping[str, str], taken: set[int]) -> list[Mention]:
    """ "وقال المرصد": a body the article named before, referred to by its head noun."""
    found = []
    for k, word in enumerate(arabic.words(text)):
        bare = word[1:] if word[:1] in "وف" and word[1:] in heads else word
        if word.startswith("لل") and "ا" + word[1:] in heads:
            bare = "ا" + word[1:]  # "حصيلة للمرصد": ل before the article drops its alef
        if k not in taken and bare in heads:
            found.append(Mention(heads[bare], k, k + 1))
    return found


def _reporters(
    text: str,
    tokens: Sequence[_Token],
    recogniser: Recogniser,
    types: Mapping[str, str],
    heads: Mapping[str, str],
) -> dict[int, Reporter]:
    """The source each clause attributes its content to, by clause number: a glossary
    body, or else the words that name it ("مصدر طبي").

    A clause names its source with a speech verb or "بحسب"/"حصيلة" next to a glossary
    body ("وقالت قوى الأمن الداخلية", "فيما تشير حصيلة دائرة صحة القامشلي"), or next to
    words that name one outside the glossary ("وقالت مصادر مطلعة"); a clause without one
    keeps the attribution of the clause before ("، إن التفجيرات أسفرت ...").
    """
    clause_of = {t.word: t.clause for t in tokens if t.kind == "word"}
    bodies = _reporter_bodies(text, recogniser, types, heads)
    result: dict[int, Reporter] = {}
    named: set[int] = set()
    previous: _Token | None = None
    for i, t in enumerate(tokens):
        result.setdefault(t.clause, result.get(t.clause - 1, (None, None)))
        speech = t.kind == "word" and _is_speech(t.fold, text[t.start : t.end])
        speech = speech and not _affiliated_to(tokens, i)
        according = t.kind == "word" and (
            t.fold in _REPORT_WORDS or (speech and _has(_AS_WORDS, previous))
        )
        previous = t
        if not (speech or according) or t.clause in named:
            continue
        if speech and is_speech_participle(t.fold):
            continue  # "، مؤكدة حقها في الرد": the clause keeps the speaker before
        inside = [m for m in bodies if clause_of.get(m.start) == t.clause]
        said = _said_from(tokens, t)
        after = [m for m in inside if 0 < m.start - t.word <= _REPORTER_WINDOW and m.start < said]
        # "قالت قوى الأمن" or "قوى الأمن قالت"; but "حصيلة"/"بحسب" name their source after.
        before = [] if according else [m for m in inside if m.end <= t.word]
        found: Reporter | None = None
        if _has(_RELAY, t) and (relayed := _relayed(text, tokens, i, inside)):
            found = relayed
        elif after or before:
            found = ((after[0] if after else before[-1]).entity, None)
        elif words := _unlisted_source(text, tokens, i, subject=speech and not according):
            found = (None, words)
        if found is None:
            continue
        result[t.clause] = found
        named.add(t.clause)
        if according and not any(any(result.get(c, ())) for c in range(t.clause)):
            # "قتل ستة مدنيين، وفق المرصد": the source named after what it reported.
            result.update({c: found for c in range(t.clause)})
    return result


def _relayed(
    text: str, tokens: Sequence[_Token], verb: int, inside: Sequence[Mention]
) -> Reporter | None:
    """Whom "ونقلت فرانس برس عن مصدر عسكري" relays: the body or the words after "عن",
    not the outlet that carries their words."""
    cue = tokens[verb]
    for t in tokens[verb + 1 :]:
        if t.clause != cue.clause or t.word - cue.word > _REPORTER_WINDOW:
            return None
        if t.kind == "word" and t.fold == "عن":
            # "عن المرصد" is the body's word; "عن مصادر في قوى الأمن" are sources inside it
            named = [m for m in inside if m.start == t.word + 1]
            if named:
                return (named[0].entity, None)
            words = _source_words(text, tokens, tokens.index(t))
            return (None, words) if words else None
    return None


def _reporter_bodies(
    text: str, recogniser: Recogniser, types: Mapping[str, str], heads: Mapping[str, str]
) -> list[Mention]:
    """The bodies in ``text`` that can give a figure, in order: glossary bodies of
    ``REPORTER_TYPES`` and heads named by their post, less channels and bodies named only
    to describe the source ("المقربة من X")."""
    bodies = [m for m in entities.find(recogniser, text) if types.get(m.entity) in REPORTER_TYPES]
    bodies += _head_mentions(text, heads, {k for m in bodies for k in range(m.start, m.end)})
    folded = arabic.words(text)
    return [
        m
        for m in sorted(bodies, key=lambda m: m.start)
        if not _channel(text, m, types) and not _affiliation(folded, m.start)
    ]


def _is_speech(word: str, written: str = "") -> bool:
    """A speech verb, also with an object pronoun: "بيان أصدره المجلس" (issued it). Folding
    writes ة as ه, so a noun ending in ة ("إضافةً"، "تابعة") is no verb with a pronoun; and
    a verb never takes tanween ("قسماً تابعاً لـ" is affiliated, not "went on")."""
    if any(mark in written for mark in _NUNATION):
        return False
    if written.rstrip(_TANWEEN).endswith("ة"):
        return is_speech_word(word)
    bare = word.removesuffix("ها") if word.endswith("ها") else word.removesuffix("ه")
    return is_speech_word(word) or (bare != word and len(bare) > 2 and is_speech_word(bare))


def _affiliated_to(tokens: Sequence[_Token], i: int) -> bool:
    """ "قسما تابعا لقوات ...": "تابع" before a "لـ" word is "affiliated to", not the speech
    verb "went on" (which a subject, "أن" or a colon follows)."""
    following = _at(tokens, i + 1)
    return (
        tokens[i].fold in _AFFILIATION_VERB_FORMS
        and following is not None
        and following.kind == "word"
        and following.fold.startswith("ل")
    )


def _unlisted_source(text: str, tokens: Sequence[_Token], cue: int, subject: bool) -> str | None:
    """The words naming a source outside the glossary after the cue, or (``subject``)
    before a speech verb; "حصيلة" is followed by what was counted, not by a source."""
    if tokens[cue].fold != _TOLL and (words := _source_words(text, tokens, cue)):
        return words
    return _subject_words(text, tokens, cue) if subject else None


def _subject_words(text: str, tokens: Sequence[_Token], cue: int) -> str | None:
    """The words before a speech verb that opens the sentence's first clause when they
    name who spoke: "المصادر نفسها أوضحت أن ..." gives "المصادر نفسها"."""
    span = tokens[:cue]
    if not span or len(span) > SOURCE_MAX_WORDS or tokens[cue].clause != 0:
        return None
    if any(t.kind != "word" or _has(_SOURCE_STOPS, t) for t in span):
        return None
    if _has(_NOT_NOUNS, span[0]) or span[0].fold in _NOT_SUBJECTS:
        return None
    return text[span[0].start : span[-1].end]


def _source_words(text: str, tokens: Sequence[_Token], cue: int) -> str | None:
    """The words after a speech verb that name who spoke when no glossary body does:
    "وقال مصدر طبي في ..." gives "مصدر طبي"; "وأضاف أن ..." gives None (the speaker is
    the one before)."""
    span: list[_Token] = []
    last = tokens[cue]
    relays = _has(_RELAY, last)
    for k in range(cue + 1, len(tokens)):
        t = tokens[k]
        if t.kind != "word" or t.clause != last.clause or len(span) == SOURCE_MAX_WORDS:
            break
        # 'وأضاف "تم وضع برنامج ..."': the words said, not who said them; but a name in
        # quotation marks may follow a noun ('وكالة "الأناضول"').
        opens = _OPENS_SPEECH if not span else _OPENS_CLAUSE
        if opens.search(text, last.end, t.start):
            break
        last = t
        # "نقلا عن مصادر", "وفق ما ذكرت", "وفق ماذكرت" (written without the space); but
        # "أفادت عن مقتل ...": after another verb, "عن" opens what was said.
        glued = t.fold.startswith("ما") and is_speech_word(t.fold[2:])
        if not span and ((t.fold == "عن" and relays) or t.fold == "ما" or glued):
            continue
        if not span and _DESCRIBED_AS.match(text, t.start):
            return None  # 'بهجوم وصفته بـ"الإرهابي"': what the verb calls it, not a source
        if not span and t.fold == _LATEST and _has(_COUNTS, _at(tokens, k + 1)):
            return None
        if not span and _has(_COUNTS, t):
            return _count_owner(text, tokens, k)
        if span and relays and t.fold == "عن":
            span = []  # "نقل موقع باسنيور عن مصدر مطلع": the source it relays, not the site
            continue
        told = span and t.fold.startswith("ل") and not t.fold.startswith("ال")  # "لوكالة"
        if told or _has(_SOURCE_STOPS, t) or t.fold in _THAT or is_speech_word(t.fold):
            break
        span.append(t)
    if not span or _has(_NOT_NOUNS, span[0]):
        return None
    end = span[-1].end
    words = text[span[0].start : end]
    if end < len(text) and text[end] in _CLOSERS and _OPENS_SPEECH.search(words):
        end += 1  # 'وكالة "الأناضول"': the name's closing mark
    return text[span[0].start : end]


def _count_owner(text: str, tokens: Sequence[_Token], count: int) -> str | None:
    """Whose count "حصيلة"/"إحصائية" is: "حصيلة (أولية) للمرصد", "إحصائيات الأمم المتحدة";
    None when the words name only the count ("وأوردت حصيلة أدنى مع إعلانها")."""
    owner = count + 1
    if (t := _at(tokens, owner)) and t.kind == "word" and not t.fold.startswith(("ال", "ل")):
        owner += 1  # one adjective: "حصيلة أولية"
    t = _at(tokens, owner)
    if t is None or t.kind != "word" or t.clause != tokens[count].clause:
        return None
    if not t.fold.startswith("ل"):  # "إحصائيات الأمم المتحدة", but not after an adjective
        definite = t.fold.startswith("ال") and owner == count + 1
        return _source_words(text, tokens, count) if definite else None
    # "لإدارة المخيم" is "إدارة المخيم"; "للمرصد" is "المرصد" (ل drops the article's alef)
    name = text[t.start + 1 : t.end]
    first = "ا" + name if t.fold.startswith("لل") else name
    rest = _source_words(text, tokens, owner)
    return f"{first} {rest}" if rest else first


def _affiliation(words: Sequence[str], start: int) -> bool:
    """ "وكالة هاوار المقربة من قسد", "مصادر تابعة للأسايش": the body describes the
    source, it is not the source."""
    before = words[max(0, start - 2) : start]
    return any(w.removeprefix("ال") in _AFFILIATED for w in before)


def _channel(text: str, mention: Mention, types: Mapping[str, str]) -> bool:
    """An outlet told something ("قالت مصادر لـ"العربي الجديد"", "لوكالة فرانس برس"): the
    channel a source spoke through, not the source."""
    words = arabic.words(text)
    owns_count = any(w in _COUNTS for w in words[max(0, mention.start - 2) : mention.start])
    return (
        types.get(mention.entity) == "outlet"
        and words[mention.start].startswith("ل")
        and not owns_count  # "حصيلة (سابقة) للمرصد": the count is the outlet's own
    )


def _said_from(tokens: Sequence[_Token], cue: _Token) -> int:
    """The word index where what the cue's reporter said begins ("أفاد التلفزيون بأن ...")."""
    for t in tokens:
        if t.kind == "word" and t.word > cue.word and t.clause == cue.clause and t.fold in _THAT:
            return t.word
    return len(tokens) + cue.word + _REPORTER_WINDOW + 1


def words_at(
    text: str, position: int, recogniser: Recogniser, types: Mapping[str, str]
) -> str | None:
    """Who the clause around ``text[position]`` gives its content to, as the sentence names
    them, when that is no glossary body: the words a figure there would be credited to
    ("وقال مصدر عسكري كردي لـ..." gives "مصدر عسكري كردي"); None when a glossary body is
    named or nobody is."""
    tokens = _tokens(text)
    at = [t for t in tokens if t.start <= position]
    if not at:
        return None
    body, words = _reporters(text, tokens, recogniser, types, {}).get(at[-1].clause, (None, None))
    return words if body is None else None


def _sentence_figures(
    text: str, recogniser: Recogniser, types: Mapping[str, str], heads: Mapping[str, str]
) -> list[tuple[_Found, str, Reporter]]:
    tokens = _tokens(text)
    found = _counted(tokens)
    reporters = _reporters(text, tokens, recogniser, types, heads) if found else {}
    return [
        (f, text[tokens[f.first].start : tokens[f.last].end], reporters.get(f.clause, (None, None)))
        for f in found
    ]


def counts(text: str) -> list[tuple[str, int, int | None]]:
    """(kind, value, upper) of each count ``text`` gives, in reading order, without who
    gave it: what grouping compares across reports (``events``)."""
    return [(f.kind, f.value, f.upper) for f in _counted(_tokens(text))]


def _counted(tokens: Sequence[_Token]) -> list[_Found]:
    """The counts among ``tokens``: numbers that are not dates, years, times or shares."""
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        parsed = _number(tokens, i)
        if parsed is None:
            i += 1
            continue
        value, end, dual = parsed
        result = None
        if value == int(value) and (dual or not _not_a_count(tokens, i, end, value)):
            result = _classify(tokens, i, end, dual, found)
        if result is None:
            i = end + 1
            continue
        (kind, unit), first, last = result
        if _dead_and_wounded(tokens, first, last):
            kind, unit = OTHER, None
        found.append(
            _Found(kind, unit, int(value), first, last, tokens[i].clause,
                   revision=_is_revision(tokens, first),
                   part=_is_part(tokens, first, kind, int(value), found),
                   counted=_counted_group(tokens, end, dual, kind, found)
                   if kind in CONFLICT_KINDS else None)
        )  # fmt: skip
        i = last + 1
    return _join_ranges(tokens, found)


def _join_ranges(tokens: Sequence[_Token], found: list[_Found]) -> list[_Found]:
    """ "خمسة أو ستة", "5 أو 6 قتلى": one figure with a range, not two counts."""
    result: list[_Found] = []
    for f in found:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.upper is None
            and ((previous.kind, previous.unit) == (f.kind, f.unit) or f.kind == OTHER)
            and f.first - previous.last == 2
            and _has(_OR, tokens[previous.last + 1])
            and f.value > previous.value
        ):
            result[-1] = dataclasses.replace(previous, last=f.last, upper=f.value)
        else:
            result.append(f)
    return result


def _is_part(
    tokens: Sequence[_Token], first: int, kind: str, value: int, found: Sequence[_Found]
) -> bool:
    """Some of a casualty total just given, in its clause or in the next one when that opens
    with "بينهم"/"منهم" (``_in_list_of``): "مقتل 15 شخصاً بينهم تسعة مدنيين
    و4 جنود" (9 and 4 of the 15). "و16 من التنظيم" after "61 عنصراً" adds to it instead."""
    total = next((f for f in reversed(found) if not f.part), None)
    if (
        total is None
        or total.kind != kind
        or kind not in CONFLICT_KINDS
        or not _in_list_of(tokens, first, total)
        or value >= total.value
        or first - total.last > _RANGE_WINDOW * 2  # a list of parts runs on: "و4 جنود"
    ):
        return False
    if _has(_AMONG, _at(tokens, first - 1)):
        return True
    joined = tokens[first].kind == "word" and tokens[first].fold.startswith("و")
    previous = found[-1]
    return previous.part and (joined or _has(_RANGE, _at(tokens, first - 1)))


def _is_revision(tokens: Sequence[_Token], first: int) -> bool:
    """A count raised within the report: "ارتفعت حصيلة القتلى إلى 6"."""
    window = tokens[max(0, first - REVISION_WINDOW) : first]
    return any(_has(_RISE, t) for t in window if t.clause == tokens[first].clause)


def find_figures(
    article: Article, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> list[Figure]:
    """Reported numbers in reading order (``glossary`` gives the entity types). A
    sentence that names no source for its numbers keeps the source of the one before
    when it goes on with what that one reported (``_continues``), and so do the rest of
    its paragraph after a colon (a list)."""
    types = {key: entry.type for key, entry in glossary.items()}
    found = []
    heads: dict[str, str] = {}
    previous = ""
    listed: tuple[int, Reporter] | None = None  # the paragraph a list runs in, its source
    for s in article.sentences:
        if s.paragraph == 0:  # the headline restates the body, without its attribution
            continue
        figures = _sentence_figures(s.ar, recogniser, types, heads)
        listed = listed if listed and listed[0] == s.paragraph else None
        unnamed = any(who == (None, None) for *_, who in figures)
        if unnamed and listed is None and previous and _continues(previous, s.ar):
            said = _reporters(previous, _tokens(previous), recogniser, types, heads)
            listed = (s.paragraph, said[max(said)] if said else (None, None))
        if unnamed and listed is not None:
            figures = [
                (f, span, listed[1] if who == (None, None) else who) for f, span, who in figures
            ]
        if any(_refers_back(who) for *_, who in figures):
            issuer = _earlier_reporter(
                article.sentences[: article.sentences.index(s)], recogniser, types, heads
            )
            figures = [
                (f, span, issuer if _refers_back(who) and issuer else who)
                for f, span, who in figures
            ]
        found += [
            Figure(
                article.id,
                s.id,
                f.kind,
                f.value,
                span,
                f.unit,
                body,
                f.upper,
                f.revision,
                words,
                part=f.part,
                counted=f.counted,
            )
            for f, span, (body, words) in figures
        ]
        heads.update(entities.head_nouns(s.ar, recogniser, glossary))
        previous = s.ar
    return _mark_earlier(found, {s.id for s in article.sentences if _gives_earlier_toll(s.ar)})


def _gives_earlier_toll(text: str) -> bool:
    words = arabic.words(text)
    if not words or words[0] not in _HAD:
        return False
    return any(w == _TOLL and nxt in _EARLIER_TOLLS for w, nxt in itertools.pairwise(words))


def _mark_earlier(found: list[Figure], earlier: set[str]) -> list[Figure]:
    """Counts in ``earlier`` sentences are ``earlier`` when the report gives another count
    of their kind: the one that replaced them (with none, the early toll is all it has)."""
    current = {f.kind for f in found if f.sentence not in earlier}
    return [
        dataclasses.replace(f, earlier=True) if f.sentence in earlier and f.kind in current else f
        for f in found
    ]


def _refers_back(who: Reporter) -> bool:
    """ "بحسب البيان": the statement named before, not a source of its own."""
    return who[1] is not None and arabic.fold(who[1]) in _BACK_REFERENCES


def _earlier_reporter(
    sentences: Sequence[Sentence],
    recogniser: Recogniser,
    types: Mapping[str, str],
    heads: Mapping[str, str],
) -> Reporter | None:
    """The source the nearest sentence before names ("وذكرت الإدارة الذاتية في بيان")."""
    for sentence in reversed(sentences):
        said = _reporters(sentence.ar, _tokens(sentence.ar), recogniser, types, heads)
        named = [
            who for _, who in sorted(said.items()) if who != (None, None) and not _refers_back(who)
        ]
        if named:
            return named[0]
    return None


def _continues(previous: str, text: str) -> bool:
    """Whether a sentence goes on with what the one before reported: that one ends with a
    colon ("وخرج بموجبها:" and a list), or this one opens with a speech verb whose subject
    it never names ("وأضاف أن ...", "ولفتت إلى أن ...", "وأوردت حصيلة أدنى"): Arabic
    leaves the subject of a verb that opens a sentence in the verb when it is the one
    before. (Only called when the sentence names no source of its own.)"""
    if previous.rstrip().endswith((":", "：")):
        return True
    words = arabic.words(text)
    return bool(words) and is_speech_word(words[0])


def _disagree(a: Figure, b: Figure) -> bool:
    if a.earlier or b.earlier or a.part or b.part:
        return False  # a replaced count is no claim; a part of a total is no total
    if a.counted != b.counted and not _group_above_total(a, b):
        return False  # "4 جنود أميركيين" and "15 شخصاً" count different people
    later = b if b.revision else a
    other = a if later is b else b
    if a.article == b.article and later.revision and later.reported_by in (None, other.reported_by):
        return False  # one report updating its own count, not another source disagreeing
    return a.value != b.value and (a.article, a.reported_by) != (b.article, b.reported_by)


def _group_above_total(a: Figure, b: Figure) -> bool:
    """One counts a group and the other people at large, and the group's count is the
    larger: "7 عناصر" killed cannot be some of "6 أشخاص" killed, so the two do clash."""
    if a.counted and b.counted:
        return False
    group, total = (a, b) if a.counted else (b, a)
    return group.value > total.value


def conflicts(figures: Sequence[Figure]) -> list[Conflict]:
    """Counts of one kind that disagree across sources, over one event's figures.

    A source is an (article, reporter) pair: different values from one reporter in one
    article are parts ("3 in A, 2 in B"), not a disagreement, while the same reporter in
    two articles may have revised its count, which readers should see.
    """
    result = []
    for kind in CONFLICT_KINDS:
        group = [f for f in figures if f.kind == kind]
        involved = tuple(f for f in group if any(_disagree(f, g) for g in group))
        if involved:
            result.append(Conflict(kind, involved))
    return result
