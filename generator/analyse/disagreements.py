"""Reports that disagree about an action: halted against resumed or "never stopped",
confirmed against denied.

Each sentence is cut into clauses at the conjunctions that join two reports in one
sentence (فيما، بينما، لكن، إلا أن); a clause's polarity is its first polar word, turned
into "continued" by a negation just before it ("لم يتوقف"). Two clauses from different
reports disagree when their polarities are opposite and they share enough content terms
to be about the same thing. Clauses of one report are never set against each other: a
later sentence in the same report is an update ("halted, then resumed on Friday").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator import arabic
from generator.analyse import entities, similarity
from generator.model import Citation, TranslatedArticle

_HALT = "اوقف اوقفت اوقفوا يوقف توقف توقفت يتوقف تتوقف وقف ايقاف علق علقت تعليق جمد جمدت تجميد"
_RESUME = "استانف استانفت يستانف تستانف استئناف استؤنفت"
_CONTINUE = "استمر استمرت يستمر تستمر استمرار"
_CONFIRM = "اكد اكدت يؤكد تؤكد"
_DENY = "نفى نفت ينفي تنفي نفي"
POLAR_WORDS = {
    arabic.fold(word): polarity
    for polarity, words in (
        ("halted", _HALT),
        ("resumed", _RESUME),
        ("continued", _CONTINUE),
        ("confirmed", _CONFIRM),
        ("denied", _DENY),
    )
    for word in words.split()
}
NEGATIONS = frozenset(arabic.fold(w) for w in ("لم", "لا", "لن", "ما", "غير"))
NEGATED = {"halted": "continued", "resumed": "halted", "continued": "halted"}
OPPOSITES = {
    frozenset({"halted", "resumed"}),
    frozenset({"halted", "continued"}),
    frozenset({"confirmed", "denied"}),
}
# Shared content terms (besides the polar words) that make two clauses about one thing;
# "confirmed" is also how reporters say "stressed", so it needs more.
MIN_SHARED = {"halted": 3, "resumed": 3, "continued": 3, "confirmed": 5, "denied": 5}
MAX_SHOWN = 3
_CLAUSE = re.compile(r"\s(?:فيما|بينما|لكن|ولكن|إلا أن|غير أن)\s|؛")


@dataclass(frozen=True)
class Side:
    polarity: str
    citation: Citation


@dataclass(frozen=True)
class Disagreement:
    first: Side
    second: Side
    shared: int  # content terms the two clauses share


@dataclass(frozen=True)
class _Clause:
    polarity: str
    terms: frozenset[str]
    citation: Citation


def polarity(clause: str) -> str | None:
    """The clause's first polar word, negation applied."""
    tokens = arabic.words(clause)
    for position, token in enumerate(tokens):
        found = next(
            (POLAR_WORDS[r] for r in sorted(entities.clitic_readings(token)) if r in POLAR_WORDS),
            None,
        )
        if found is None:
            continue
        negated = position > 0 and tokens[position - 1] in NEGATIONS
        return NEGATED.get(found, found) if negated else found
    return None


def _clauses(item: TranslatedArticle, skip: frozenset[str]) -> Iterable[_Clause]:
    for sentence in item.article.sentences:
        if sentence.id in skip or sentence.paragraph == 0:  # headlines restate the lead
            continue
        for text in _CLAUSE.split(sentence.ar):
            found = polarity(text)
            if found is not None:
                polar = {arabic.fold(w) for w in POLAR_WORDS}
                terms = frozenset(t for t in similarity.terms(text) if t not in polar)
                yield _Clause(found, terms, Citation(item.id, sentence.id))


def find(
    members: Sequence[TranslatedArticle], skip: frozenset[str] = frozenset()
) -> tuple[Disagreement, ...]:
    """Opposite statements across reports, best supported first; one per pair of reports
    and pair of polarities."""
    clauses = {item.id: list(_clauses(item, skip)) for item in members}
    found: dict[tuple[str, str, frozenset[str]], Disagreement] = {}
    ids = list(clauses)
    for i, first_id in enumerate(ids):
        for second_id in ids[i + 1 :]:
            for a in clauses[first_id]:
                for b in clauses[second_id]:
                    if frozenset({a.polarity, b.polarity}) not in OPPOSITES:
                        continue
                    shared = len(a.terms & b.terms)
                    if shared < max(MIN_SHARED[a.polarity], MIN_SHARED[b.polarity]):
                        continue
                    key = (first_id, second_id, frozenset({a.polarity, b.polarity}))
                    best = found.get(key)
                    if best is None or shared > best.shared:
                        found[key] = Disagreement(
                            Side(a.polarity, a.citation), Side(b.polarity, b.citation), shared
                        )
    ranked = sorted(found.values(), key=lambda d: -d.shared)
    return tuple(ranked[:MAX_SHOWN])
