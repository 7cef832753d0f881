"""Split cleaned text into paragraphs and sentences with stable ids.

Scraped Arabic news puts one paragraph per line. Sentences end at . ! ? ؟ ؛ … (and runs
such as "..", "؟!") followed by a space, but never inside a quotation or brackets, never
after an abbreviation or a lone letter ("د. أحمد"), and never inside numbers ("3.5").
Straight and curly double quotes are used both ways round in scraped text, so they are
counted as toggles; when a paragraph has an odd number of them (an unbalanced quote) they
are ignored rather than swallowing the rest of the paragraph; so are unbalanced brackets.
"""

from __future__ import annotations

import re

from generator.clean import CleanText
from generator.model import Article, Paragraph, SeedMeta, Sentence

TERMINATORS = frozenset(".!?؟؛…")
TOGGLE_QUOTES = frozenset('"“”„')
PAIRS = {"«": "»", "(": ")", "[": "]", "‹": "›", "{": "}"}
LATIN_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "st",
        "no",
        "vs",
        "etc",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "dept",
        "u.s",
        "u.k",
    ]
)
_HEADING_MAX_WORDS = 6
_HAS_WORD = re.compile(r"\w")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order, stripped; joined by spaces they give ``text``."""
    use_toggles = sum(ch in TOGGLE_QUOTES for ch in text) % 2 == 0
    # Unbalanced brackets, like unbalanced quotes, are ignored rather than trusted.
    use_pairs = all(text.count(a) == text.count(b) for a, b in PAIRS.items())
    closers: list[str] = []
    in_quote = False
    sentences: list[str] = []
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if use_pairs and ch in PAIRS:
            closers.append(PAIRS[ch])
        elif use_pairs and closers and ch == closers[-1]:
            closers.pop()
        elif use_toggles and ch in TOGGLE_QUOTES:
            in_quote = not in_quote
        elif ch in TERMINATORS and not closers and not in_quote:
            end = i + 1
            while end < len(text) and text[end] in TERMINATORS:
                end += 1
            at_space = end == len(text) or text[end].isspace()
            if at_space and not _is_abbreviation(text, i):
                sentences.append(text[start:end])
                start = end
            i = end
            continue
        i += 1
    sentences.append(text[start:])

    merged: list[str] = []
    for sentence in (s.strip() for s in sentences):
        if not sentence:
            continue
        if merged and not _HAS_WORD.search(sentence):
            merged[-1] = f"{merged[-1]} {sentence}"  # stray punctuation belongs to the previous
        else:
            merged.append(sentence)
    return merged


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = text[:dot].rsplit(None, 1)[-1] if text[:dot].strip() else ""
    word = word.lstrip('(«"“')
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "د. أحمد", "J. Smith"
    return word.lower() in LATIN_ABBREVIATIONS


def is_heading(text: str, sentences: list[str]) -> bool:
    """A crosshead: a short line, one sentence, without final punctuation."""
    return (
        len(sentences) == 1
        and len(text.split()) <= _HEADING_MAX_WORDS
        and text[-1] not in TERMINATORS
        and text[-1] not in "،,:"
    )


def segment(meta: SeedMeta, text: CleanText) -> Article:
    """Paragraph 0 is the headline, kept whole; body paragraphs are numbered from 1.
    Raises nothing."""
    headline = Sentence(id=f"{meta.id}-p0-s1", paragraph=0, index=1, ar=text.headline)
    paragraphs = [Paragraph(index=0, sentences=(headline,), is_heading=True)]
    for number, line in enumerate(text.paragraphs, start=1):
        parts = split_sentences(line.text)
        sentences = tuple(
            Sentence(id=f"{meta.id}-p{number}-s{index}", paragraph=number, index=index, ar=part)
            for index, part in enumerate(parts, start=1)
        )
        paragraphs.append(
            Paragraph(index=number, sentences=sentences, is_heading=is_heading(line.text, parts))
        )
    return Article(
        meta=meta,
        paragraphs=tuple(paragraphs),
        removed=text.removed,
        attribution=text.attribution,
    )
