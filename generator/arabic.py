"""Arabic text normalisation: one small module of ours.

Why not a library: pyarabic is GPL (our licence is MIT) and camel-tools pulls in torch
and several GB of CUDA wheels. What we need is a few well-defined character mappings.

Two levels:
- ``canonical`` removes only what never changes meaning (presentation forms, tatweel,
  diacritics, invisible controls, spacing). It keys the translation memory.
- ``fold`` also merges spelling variants (alef/hamza forms, alef maqsura, ta marbuta),
  for matching names and comparing sentences, never for display.
"""

from __future__ import annotations

import functools
import re
import unicodedata

TATWEEL = "\u0640"
# Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
# Bidi embeddings/overrides/isolates and marks, zero-width characters, BOM.
INVISIBLE_CONTROLS = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_CONTROLS_RE = re.compile("[" + "".join(sorted(INVISIBLE_CONTROLS)) + "]")
_SPACE_RE = re.compile(r"\s+")
_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",  # Persian/Kurdish keheh
        "ی": "ي",  # Persian/Kurdish yeh
    }
)
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Arabic-Indic (U+0660..) and extended (Persian, U+06F0..) digits to ASCII.
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER_RE.search(text) is not None


def strip_controls(text: str) -> str:
    return _CONTROLS_RE.sub("", text)


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


# Distinct texts whose canonical and folded forms are kept: every step of the analysis
# folds the same sentences and words again (a 300-article archive: 128,000 calls of
# ``fold`` on 4,300 distinct texts).
FOLD_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def canonical(text: str) -> str:
    """Meaning-preserving normal form: the same sentence always gives the same string."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_controls(text).replace(TATWEEL, "")
    text = DIACRITICS.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """``canonical`` plus merged spelling variants, for matching only."""
    return ascii_digits(canonical(text)).translate(_FOLD_TABLE)


@functools.lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    return " " if char.isspace() else fold(char)  # fold() alone would drop a lone space


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold`` applied character by character, with each output character's source index.

    Patterns can then run on folded text (no hamza or diacritic variants to spell out)
    while matches map back to spans of the original text.
    """
    chars: list[str] = []
    source: list[int] = []
    for index, char in enumerate(text):
        out = fold_char(char)
        chars.append(out)
        source.extend([index] * len(out))
    return "".join(chars), source


def words(text: str) -> tuple[str, ...]:
    """Folded words of ``text`` (letters only; digits and punctuation dropped)."""
    return tuple(_WORD.findall(fold(text)))
