"""Speakers the glossary does not know, named as the report names them.

Over half of the quotations in real reports come from someone outside any glossary: "مصدر
رسمي في وزارة الخارجية", a local commander, a field source. ``quotes`` finds such a
quotation with no speaker; here it gets the words its sentence credits it to, read the way
a figure's source is (``figures.words_at``), so that a reader sees "مصادر ميدانية" rather
than "speaker not named", and an anonymous source stays visibly anonymous.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from generator import arabic
from generator.analyse import figures
from generator.analyse.entities import Recogniser
from generator.analyse.quotes import Quote, is_speech_word
from generator.glossary import Entry
from generator.model import Article

# A turn goes on through a sentence or two of narration, not further.
CARRY_SENTENCES = 2


def name_unlisted(
    article: Article, found: Sequence[Quote], recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> list[Quote]:
    """``found`` with each quotation that has no glossary speaker given the words its
    sentence names the speaker with, where it names one; a sentence that goes on with a
    bare verb ("وأضاف «...»") keeps the words of the speaker quoted just before."""
    types = {key: entry.type for key, entry in glossary.items()}
    position = {s.id: i for i, s in enumerate(article.sentences)}
    text_of = {s.id: s.ar for s in article.sentences}
    named = []
    last: Quote | None = None  # the quotation before, if its speaker is named in words
    for quote in found:
        text = text_of.get(quote.sentence, "")
        start = text.find(quote.text)
        if quote.speaker is None and quote.source is None and start >= 0:
            # The quotation's own verbs ("تعتبر", "قال") say nothing about who spoke it.
            outside = text[:start] + " " * len(quote.text) + text[start + len(quote.text) :]
            words = figures.words_at(outside, start, recogniser, types)
            words = _speaker_words(outside, start, words)
            if words:
                earlier = [t.ar for t in article.sentences[: position[quote.sentence]]]
                words = _named_before(words, earlier) or words
            if (
                words is None
                and last
                and _goes_on(text, position[quote.sentence] - position[last.sentence])
            ):
                words = last.source
            quote = dataclasses.replace(quote, source=words) if words else quote
        last = quote if quote.source else None
        named.append(quote)
    return named


def _goes_on(text: str, sentences_after: int) -> bool:
    """Whether a sentence opening with a bare speech verb ("وأضاف", "وتابعت") goes on with
    the speaker quoted ``sentences_after`` sentences before."""
    words = arabic.words(text)
    first = words[0] if words else ""
    verb = first[1:] if first[:1] in "وف" else first
    return 0 <= sentences_after <= CARRY_SENTENCES and is_speech_word(verb)


# A preposition with its pronoun is never a speaker: "كتب عليها «...»" (written on it).
_PRONOUN_PREPOSITIONS = frozenset(
    arabic.fold(p + s) for p in ("علي", "في", "ل", "من", "عن") for s in ("ه", "ها", "هم")
)
# "وحول المعتقلين قالت:": a topic before the verb, not its subject.
_PREPOSITIONS = frozenset(
    map(arabic.fold, ("حول", "في", "من", "عن", "على", "إلى", "الى", "مع", "بعد", "قبل", "خلال"))
)
_FATHATAN = "\u064b"
_MEDIUM_NOUNS = frozenset(
    map(arabic.fold, ("موقع", "وكالة", "صحيفة", "قناة", "صفحة", "حساب", "منصة", "إذاعة"))
)
# Verbs that take what they judge as their object: "اعتبر الهجوم بأنه «...»" (he deemed the
# attack ...), "وصفت الخطوة بأنها".
_JUDGING_VERBS = frozenset(
    arabic.fold(v + e) for v in ("اعتبر", "وصف", "عد", "اتهم") for e in ("", "ت", "وا", "ا")
)
_THAT_IT = re.compile("^[وفب]?[أإا]ن(ه|ها|هم|هما)$")
# "فإنه", "بأنها": what follows is what was said, not who said it.
_THAT = re.compile("^[وفبل]?[أإا]ن(ه|ها|هم)?$")
_EDGES = " \t،,:;؛.()"
_MARKS = "\"'«»“”‘’"
_OPENING = "\"'«“‘"


def _speaker_words(text: str, quoted_at: int, words: str | None) -> str | None:
    """The speaker's words without any of the quotation or what introduces it, or None
    when what is left names no one: the words a verb leads to can run on into an opening
    quotation mark ('وبحسب البيان فإنه تم “...'), or be its addressee ('قالت للجزيرة نت')."""
    if not words:
        return None
    at = text.find(words)
    if 0 <= at < quoted_at < at + len(words):
        words = text[at:quoted_at]
    if _described(text, at, words):
        return None
    kept: list[str] = []
    for word in words.split():
        folded = arabic.fold(word.strip(_EDGES))
        if _FATHATAN in word:  # accusative, as a subject never is
            if kept:
                break  # "صفحات محلية تسجيلاً": the object after the subject
            continue  # "مسبقاً": an adverb before it
        if not folded or _THAT.match(folded) or (kept and folded in _PRONOUN_PREPOSITIONS):
            break  # "مصدر فيها" (a source in it): who, not where
        if word[0] in _OPENING and sum(word.count(m) for m in _MARKS) < 2:
            break  # what the speaker said; a name in marks ('وكالة “سانا”') is one word
        kept.append(word)
    first = arabic.fold(kept[0]) if kept else ""
    bare = first[1:] if first[:1] in "وف" and len(first) > 3 else first
    if not first or bare in _PREPOSITIONS or first in _PRONOUN_PREPOSITIONS:
        return None
    if first[0] == "ل" and first[:2] != "ال":
        return None
    if len(kept) == 1 and first in _MEDIUM_NOUNS:
        return None  # "موقع" alone: the site's name was in the glossary, or nowhere
    return " ".join(kept).strip(_EDGES) or None


def _described(text: str, at: int, words: str) -> bool:
    """Whether ``words`` after a verb of judging are what it judges, not who judges: a
    that-form pointing back at them follows ("اعتبر الهجوم بأنه «...»")."""
    before = arabic.words(text[:at])[-1:] if at > 0 else []
    after = arabic.words(text[at + len(words) :])[:1]
    verb = before[0][1:] if before and before[0][:1] in "وف" else (before or [""])[0]
    return verb in _JUDGING_VERBS and bool(after) and bool(_THAT_IT.match(after[0]))


# Words that end a body's name read after its head noun: particles, prepositions, "لم"
# ("مصدر لم تسمه"), "الذي".
_NAME_STOPS = _PREPOSITIONS | frozenset(
    map(
        arabic.fold,
        ["لم", "لا", "الذي", "التي", "عبر", "لدى", "يوم", "اليوم", "أمس", "مساء", "صباح", "ليلة"],
    )
)
# A statement is named by what it says, not by a body: "البيان" stays "البيان" ("في بيان
# مكتوب يوم الجمعة" is no name).
_MESSAGE_NOUNS = frozenset(
    map(arabic.fold, ["بيان", "بلاغ", "تصريح", "تقرير", "رسالة", "منشور", "تغريدة"])
)
NAME_MAX_WORDS = 5  # "مديرية مطار السليمانية الدولي": a head and the words it governs


def _named_before(words: str, texts: Sequence[str]) -> str | None:
    """The fuller name a lone definite head noun points back to: "المديرية" after "أعلنت
    مديرية مطار السليمانية الدولي ..." is that directorate. Only a name with a definite word
    after its head counts ("وزارة الخارجية", not "بيان صادر")."""
    folded = arabic.fold(words.strip(_EDGES))
    folded = folded[1:] if folded[:1] in "وف" and folded[1:3] == "ال" else folded
    if " " in folded or not folded.startswith("ال") or len(folded) < 5:
        return None
    head = folded[2:]
    if head in _MESSAGE_NOUNS:
        return None
    for text in reversed(texts):
        found = text.split()
        for i, word in enumerate(found):
            bare = arabic.fold(word.strip(_EDGES))
            clitic = bare[:1] in "وفب" and bare[1:] == head
            if bare != head and not clitic:
                continue
            name = _name_from([word[1:] if clitic else word, *found[i + 1 :]])
            if name:
                return name
    return None


def _name_from(run: Sequence[str]) -> str | None:
    kept = [run[0].strip(_EDGES)]
    for word in run[1:NAME_MAX_WORDS]:
        folded = arabic.fold(word.strip(_EDGES))
        if not folded or folded in _NAME_STOPS or _THAT.match(folded) or is_speech_word(folded):
            break
        if folded[:1] in "بل" and not folded.startswith("ال"):
            break  # "بإقليم", "لتلفزيون الخبر": where, or to whom, not whose
        kept.append(word.rstrip(_EDGES))
        if word[-1:] in _EDGES or word.endswith(("،", ",")):
            break
    definite = any(arabic.fold(w).startswith("ال") for w in kept[1:])
    return " ".join(kept).strip(_EDGES) if len(kept) > 1 and definite else None
