"""Content words and TF-IDF vectors over normalised Arabic, for grouping and key points.

A light, rule-based reduction (fold, strip the clitics و ف ب ل ك and the article ال,
drop function words) is enough to compare news sentences; a full morphological analyser
would pull in torch (camel-tools) or a GPL licence (pyarabic).
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.arabic import words

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
