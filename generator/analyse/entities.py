"""Glossary-driven entity recognition on normalised Arabic.

Text and glossary forms are compared after ``arabic.fold`` (alef/hamza, alef maqsura,
ta marbuta, tatweel, diacritics). A word may carry the clitics Arabic attaches in front
of names: و ف (and), ب ل ك (prepositions), and "لل" for ل + ال. Multi-word forms match
word by word; at each position the longest form wins, so "مظلوم كوباني" is the person and
not the town Kobani.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator import arabic
from generator.analyse import variants
from generator.glossary import Entry

# Entity types recognised in running text. Outlets are named by the front matter; in
# text, single-word outlet names starting with ال ("الحرة", "المدن") are common words.
RECOGNISED_TYPES = ("person", "organisation", "place", "operation", "outlet", "channel")
# Types whose forms are names, spelt differently by different outlets: a term of the
# framing lexicon is a word of the language, not a transliteration.
VARIANT_TYPES = ("person", "organisation", "place", "operation", "outlet", "channel")


@functools.lru_cache(maxsize=4096)  # a sentence is read by entities, terms and dates alike
def clitic_readings(word: str) -> set[str]:
    """The word itself and the word without attached conjunction/preposition clitics."""
    readings = {word}
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        if len(rest) < 2:
            continue
        readings.add(rest)
        if rest.startswith("لل") and len(rest) > 3:
            readings.add("ال" + rest[2:])
        if rest[0] in "بلك" and len(rest) > 3:
            readings.add(rest[1:])
    return readings


def reading_in(word: str, table: Mapping[str, object]) -> str | None:
    """The longest reading of ``word`` (as written, then without its clitics) that is a
    key of ``table``, or None: how a name set up by the report is matched in text."""
    for reading in sorted(clitic_readings(word), key=lambda r: (-len(r), r)):
        if reading in table:
            return reading
    return None


@dataclass(frozen=True)
class Mention:
    entity: str  # glossary id
    start: int  # word index in ``arabic.words(text)``
    end: int


@dataclass(frozen=True)
class Recogniser:
    # first folded word of a form -> (form words, entity id), longest forms first
    index: dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def build_recogniser(
    entries: Iterable[Entry],
    types: Sequence[str] = RECOGNISED_TYPES,
    prefer: str | None = None,
    classes: tuple[str, ...] = variants.SHIPPED_CLASSES,
) -> Recogniser:
    """Forms by first word, longest first; between equally long forms, entries of type
    ``prefer`` first (the framing lexicon's "ميليشيا قسد" over the SDF's own form). Each
    form's spelling variants of ``classes`` are added unless another entry has them."""
    every = sorted(entries, key=lambda e: e.id)
    chosen = [e for e in every if e.type in types]
    # Listed forms of every entry, terms too: a variant never takes another's form.
    listed = {tuple(arabic.words(form)) for entry in every for form in entry.ar_forms}
    spelt = _variant_forms(chosen, listed, classes)
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    preferred: set[str] = set()
    for entry in chosen:
        if entry.type == prefer:
            preferred.add(entry.id)
        label = entry.id if entry.type == prefer else entry.body
        for folded in _own_forms(entry) + spelt.get(entry.id, []):
            forms.setdefault(folded[0], []).append((folded, label))

    def order(item: tuple[tuple[str, ...], str]) -> tuple[int, bool, str]:
        return (-len(item[0]), item[1] not in preferred, item[1])

    return Recogniser(
        index={first: tuple(sorted(set(items), key=order)) for first, items in forms.items()}
    )


def _own_forms(entry: Entry) -> list[tuple[str, ...]]:
    """An entry's listed forms, folded into words (a one-word outlet name with the article
    left out: in text it is a common word, "الحرة")."""
    found = []
    for form in entry.ar_forms:
        folded = tuple(arabic.words(form))
        if not folded:
            continue
        if entry.type == "outlet" and len(folded) == 1 and folded[0].startswith("ال"):
            continue
        found.append(folded)
    return found


def _variant_forms(
    entries: Sequence[Entry], listed: set[tuple[str, ...]], classes: tuple[str, ...]
) -> dict[str, list[tuple[str, ...]]]:
    """Spelling variants of each name's listed forms, by entry id: none that is a listed
    form, and none that two bodies' forms both give (it would name either)."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for entry in entries:
        if entry.type not in VARIANT_TYPES:
            continue
        for folded in _own_forms(entry):
            for variant in variants.variants(folded, classes):
                owners.setdefault(variant, set()).add(entry.id)
    bodies = {e.id: e.body for e in entries}
    found: dict[str, list[tuple[str, ...]]] = {}
    for variant, ids in sorted(owners.items()):
        if variant in listed or len({bodies[i] for i in ids}) > 1:
            continue
        for entry_id in sorted(ids):
            found.setdefault(entry_id, []).append(variant)
    return found


def find(recogniser: Recogniser, text: str) -> list[Mention]:
    """Entity mentions in ``text``, left to right, never overlapping."""
    tokens = arabic.words(text)
    mentions: list[Mention] = []
    position = 0
    while position < len(tokens):
        match = _longest_at(recogniser, tokens, position)
        if match is None:
            position += 1
            continue
        length, entity = match
        mentions.append(Mention(entity=entity, start=position, end=position + length))
        position += length
    return mentions


def _longest_at(
    recogniser: Recogniser, tokens: Sequence[str], position: int
) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    # Sorted: the word as written first, then shorter readings; never set order.
    for reading in sorted(clitic_readings(tokens[position]), key=lambda r: (-len(r), r)):
        for form, entity in recogniser.index.get(reading, ()):
            end = position + len(form)
            if tuple(tokens[position + 1 : end]) == form[1:] and (
                best is None or len(form) > best[0]
            ):
                best = (len(form), entity)
    return best


def count(recogniser: Recogniser, texts: Iterable[str]) -> Counter[str]:
    """How often each entity is mentioned across ``texts``."""
    return Counter(m.entity for text in texts for m in find(recogniser, text))


def head_nouns(text: str, recogniser: Recogniser, glossary: Mapping[str, Entry]) -> dict[str, str]:
    """Definite first words of the bodies named in a sentence ("المرصد" for "المرصد السوري
    لحقوق الإنسان"), by which later sentences refer back to them."""
    found = {}
    for mention in find(recogniser, text):
        entry = glossary[mention.entity]
        if entry.type not in ("organisation", "outlet"):
            continue
        for form in entry.ar_forms:
            head = arabic.fold(form.split()[0])
            if head.startswith("ال") and len(form.split()) > 1:
                found[head] = mention.entity
    return found
