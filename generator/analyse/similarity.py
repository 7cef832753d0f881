"""Content words and TF-IDF vectors over normalised Arabic, for grouping and key points.

A light, rule-based reduction (fold, strip the clitics و ف ب ل ك and the article ال,
drop function words) is enough to compare news sentences; a full morphological analyser
would pull in torch (camel-tools) or a GPL licence (pyarabic).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.arabic import ascii_digits, fold, words

Vector = dict[str, float]

# Folded function words and reporting verbs that say nothing about what happened.
_STOPWORD_TEXT = """
    في من الي علي عن مع ان او ام ثم حتي اذا اذ لا لم لن ما ماذا هل قد كان كانت يكون تكون
    هذا هذه ذلك تلك هو هي هم هن نحن انا انت انتم التي الذي الذين اللذين اللتين كل بعض
    غير بين عند منذ خلال بعد قبل حيث كما لكن لكنه بل اي اية ايضا فقط او وهو وهي اليوم امس
    قال قالت اضاف اضافت وقال وقالت واضاف اكد اكدت اشار اشارت اوضح اوضحت ذكر ذكرت
    مشيرا مضيفا مؤكدا موضحا وفق بحسب نحو اكثر اقل عدد جميع كافة تم يتم لها له لهم به بها
    فيه فيها منه منها عليه عليها اليه اليها الان وكان وكانت فيما بينما ولا انه انها الي
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def stem(word: str) -> str:
    """Strip leading conjunction, preposition and article: "وبالمنطقة" -> "منطقه"."""
    if len(word) > 4 and word[0] in "وف":
        word = word[1:]
    if len(word) > 4 and word[0] in "بلك" and word[1:3] == "ال":
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        word = word[2:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def terms(text: str) -> list[str]:
    """Content terms of a text, in order."""
    result = []
    for word in words(text):
        if word in STOPWORDS or len(word) < 3:
            continue
        term = stem(word)
        if term not in STOPWORDS and len(term) >= 3:
            result.append(term)
    return result


@dataclass(frozen=True)
class Reference:
    """Document frequencies of a fixed reference corpus shipped with the code
    (``data/reference_frequencies.json``, written by eval/fit_grouping.py)."""

    documents: int
    terms: Mapping[str, int]
    entities: Mapping[str, int]


REFERENCE_FILE = Path(__file__).parent / "data" / "reference_frequencies.json"


@functools.cache
def reference() -> Reference:
    data = json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))
    return Reference(data["documents"], data["terms"], data["entities"])


def document_frequencies(documents: Iterable[Iterable[str]]) -> tuple[Counter[str], int]:
    frequencies: Counter[str] = Counter()
    total = 0
    for document in documents:
        frequencies.update(set(document))
        total += 1
    return frequencies, total


def idf(term: str, frequencies: Mapping[str, int], total: int) -> float:
    """Smoothed inverse document frequency; unseen terms count as rare."""
    return math.log((1 + total) / (1 + frequencies.get(term, 0))) + 1.0


def vector(document: Sequence[str], frequencies: Mapping[str, int], total: int) -> Vector:
    """L2-normalised TF-IDF vector (sublinear term frequency)."""
    counts = Counter(document)
    weights = {
        term: (1 + math.log(n)) * idf(term, frequencies, total) for term, n in counts.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


# ---------------------------------------------------------------- evidence beyond the words

# What kind of happening a report leads with, from its headline and first sentence. Two
# reports of one crisis name the same actors and places; what tells a capture from the
# ceasefire signed the next day is the kind of act. Stems after ``stem``; a word counts
# when it starts with one of them ("اشتباكات", "سيطرتها").
_KIND_STEMS = {
    # Fighting in any form: one battle is told as an attack, clashes, deaths or a capture.
    "fighting": "هجوم هجمات هجمه استهداف استهدف قصف غاره غارات تفجير انفجار كمين عبوه "
    "اشتباك معارك معركه مواجهات اقتتال مقتل اغتيال اغتال مصرع سيطر سيطره اقتحام اقتحم",
    "agreement": "اتفاق هدنه تفاهم",
    "meeting": "اجتماع اجتمع لقاء التقي زياره استقبل مباحثات محادثات",
    # A security campaign is told by its arrests.
    "arrests": "اعتقال اعتقل قبض توقيف احتجاز حمله",
    # Joint operations and patrols halted, resumed or carried on.
    "operations": "تعليق علق ايقاف اوقف تجميد استيناف استانف دوريه دوريات",
    "withdrawal": "انسحاب انسحب",
    "condemnation": "ادان ادانه استنكر تنديد ندد",
}
_KIND_OF = [(s, kind) for kind, stems in _KIND_STEMS.items() for s in stems.split()]


def event_kinds(text: str) -> frozenset[str]:
    """Kinds of happening named in ``text`` (keys of ``_KIND_STEMS``)."""
    found: set[str] = set()
    for word in words(text):
        term = stem(word)
        # Present tense: "يسيطر", "تستهدف" are "سيطر", "استهدف" after their prefix.
        forms = (term, term[1:]) if term[:1] in "يتن" and len(term) > 4 else (term,)
        found.update(kind for s, kind in _KIND_OF for f in forms if f.startswith(s))
    return frozenset(found)


# Nouns Arabic reports put before a village, town quarter, camp or installation: "قرية
# الصور", "مخيم الهول", "سجن غويران". The next word names a place far more specific than
# the provinces and cities (glossary places) every report of the region names.
_PLACE_NOUN_TEXT = "قريه قري بلده بلدات حي مخيم سجن مطار حقل معبر سد جسر دوار ناحيه"
_PLACE_NOUNS = frozenset(_PLACE_NOUN_TEXT.split())
# Words after a place noun that are not its name ("مخيم اللاجئين", "حقل النفط").
_NOT_PLACE_TEXT = """
    شرقي غربي شمالي جنوبي شرقيه غربيه شماليه جنوبيه نفط غاز عسكري عسكريه مدني دولي
    واقع واقعه قريب قريبه متاخم متاخمه مجاور مجاوره لاجيين نازحين مركزي مركزيه تابع تابعه
    رييسي
"""
_NOT_PLACE_NAMES = frozenset(_NOT_PLACE_TEXT.split())


# First words of two-word place names ("حي الشيخ مقصود", "رأس العين", "تل أبيض").
_NAME_HEAD_TEXT = "شيخ راس عين تل دير جبل بير ابو ام"
_NAME_HEADS = frozenset(_NAME_HEAD_TEXT.split())


def place_names(text: str) -> frozenset[str]:
    """Specific places named after a place noun ("قرية الصور" → "صور")."""
    folded = words(text)
    names = set()
    for i, noun in enumerate(folded[:-1]):
        if noun in _PLACE_NOUNS or (noun[:1] in "وف" and noun[1:] in _PLACE_NOUNS):
            term = stem(folded[i + 1])
            if term in _NAME_HEADS and i + 2 < len(folded):
                term = f"{term} {stem(folded[i + 2])}"
            if len(term) >= 3 and term not in STOPWORDS and term not in _NOT_PLACE_NAMES:
                names.add(term)
    return frozenset(names)


# A count of people: a number before the people it counts ("مقتل 5 عناصر", "12 قتيلا",
# "أربعة من مقاتليها"). Reports write small numbers as words.
_NUMBER_WORDS = {
    fold(w): n
    for n, forms in enumerate(
        ("", "", "اثنان اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
         "عشرة"),
    )
    for w in forms.split()
}  # fmt: skip
_PEOPLE_TEXT = (
    "قتيل قتلي قتلا جريح جرحي مصاب اشخاص شخص عنصر عناصر مدني اطفال طفل مقاتل جنود جندي معتقل مسلح"
)
_PEOPLE_STEMS = tuple(_PEOPLE_TEXT.split())
_NUMBER = re.compile(rf"(?<![\d.])(\d{{1,4}}|{'|'.join(_NUMBER_WORDS)})(?![\d.\w])")
MIN_FIGURE = 2  # "one killed" is too common to tell two happenings apart


def people_counts(text: str) -> frozenset[int]:
    """Numbers of people a text counts (killed, injured, arrested…)."""
    folded = fold(ascii_digits(text))
    counts = set()
    for match in _NUMBER.finditer(folded):
        after = folded[match.end() :].split()[:2]
        noun = after[1] if after[:1] == ["من"] and len(after) > 1 else (after or [""])[0]
        if stem(noun).startswith(_PEOPLE_STEMS) or noun.startswith(_PEOPLE_STEMS):
            value = match.group(1)
            counts.add(int(value) if value.isdigit() else _NUMBER_WORDS[value])
    return frozenset(n for n in counts if n >= MIN_FIGURE)
