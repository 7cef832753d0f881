"""Spelling variants of glossary names, for the entity recogniser only.

Outlets spell the same name differently: a foreign g as ج (Egypt, the Gulf) or غ (the
Levant), a long vowel of a transliteration written or left out ("جاويش"/"جاووش"), a
compound name written as one word or two ("عبدالرحمن"/"عبد الرحمن"). ``arabic.fold`` does
not merge these: it keys the translation memory and the lexicons, where such letters are
different words. The recogniser adds, for each folded glossary form, the variants of the
classes in ``SHIPPED_CLASSES``; ``entities.build_recogniser`` drops any that is another
entry's form. ``eval/entity_variants.py`` measures every class of ``CLASSES`` on the spent
texts (``benchmarks/logs/entity_variants_s19.log``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

Words = tuple[str, ...]

# The two letters Arabic writes a foreign hard g with.
G_LETTERS = {"ج": "غ", "غ": "ج"}
LONG_VOWELS = "اوي"
# Long vowels outlets write twice in transliterations ("داوود", "رووداو", "الأساييش").
DOUBLED_VOWELS = "وي"
VOWEL_DOUBLE_MIN_LETTERS = 5
# Folded first words of compound names that outlets write joined or apart.
COMPOUND_HEADS = ("عبد", "ابو", "ابي", "ابا")
# Longest first word that outlets join to a following word with the article.
JOINED_HEAD_MAX_LETTERS = 3
# Shortest word (letters, article left out) whose medial long vowel may be dropped or added:
# shorter words are common words once a letter moves ("تويتر"/"توتر", "سوريا"/"سريا").
VOWEL_MIN_LETTERS = 6
# Letters of Persian and Kurdish spelling that ``fold`` keeps, mapped to the Arabic letter
# outlets also write (ڤ for v, گ for g, پ for p, چ for ch).
EXTRA_LETTERS = {"ف": "ڤ", "ك": "گ", "ب": "پ", "ج": "چ"}


def _replace(words: Words, index: int, word: str) -> Words:
    return (*words[:index], word, *words[index + 1 :])


def _stem_start(word: str) -> int:
    """Where a word's letters after a definite article begin."""
    return 2 if word.startswith("ال") and len(word) > 4 else 0


def _swapped(words: Words, letters: dict[str, str]) -> Iterator[Words]:
    """Each letter of ``letters`` read as its other spelling, one word at a time, all such
    letters of the word."""
    for index, word in enumerate(words):
        for letter, other in letters.items():
            if letter in word:
                yield _replace(words, index, word.replace(letter, other))


def g_letter(words: Words) -> Iterator[Words]:
    """Each ج read as غ and the reverse."""
    return _swapped(words, G_LETTERS)


def vowel_double(words: Words) -> Iterator[Words]:
    """A medial و or ي written twice, or once where the form doubles it ("داود"/"داوود",
    "روداو"/"رووداو"), in a word of ``VOWEL_DOUBLE_MIN_LETTERS`` or more."""
    for index, word in enumerate(words):
        start = _stem_start(word)
        if len(word) - start < VOWEL_DOUBLE_MIN_LETTERS:
            continue
        for at in range(start + 1, len(word) - 1):
            if word[at] in DOUBLED_VOWELS:
                yield _replace(words, index, word[: at + 1] + word[at:])
                if word[at + 1] == word[at]:
                    yield _replace(words, index, word[:at] + word[at + 1 :])


def long_vowel(words: Words) -> Iterator[Words]:
    """A medial long vowel dropped, or one added, in a long word of a form of two words or
    more (never its first or last letter, never inside its article). A one-word form is
    left alone: the other words are what keep "المالكية" from reading "الملكية"."""
    if len(words) > 1:
        yield from _vowel_moved(words, VOWEL_MIN_LETTERS)


def long_vowel_single(words: Words) -> Iterator[Words]:
    """``long_vowel`` in one-word forms, and in words one letter shorter (measured only)."""
    yield from _vowel_moved(words, VOWEL_MIN_LETTERS - 1)


def _vowel_moved(words: Words, shortest: int) -> Iterator[Words]:
    for index, word in enumerate(words):
        start = _stem_start(word)
        if len(word) - start < shortest:
            continue
        for at in range(start + 1, len(word) - 1):
            if word[at] in LONG_VOWELS:
                yield _replace(words, index, word[:at] + word[at + 1 :])
            for vowel in LONG_VOWELS:
                yield _replace(words, index, word[:at] + vowel + word[at:])


def compound_space(words: Words) -> Iterator[Words]:
    """A compound name's head written joined to the next word, or apart from it: a head of
    ``COMPOUND_HEADS`` or a short word before an article ("ديرالزور", "نورالدين"). Longer
    words run together ("الولاياتالمتحدة") are a missing space, not a spelling."""
    for index, word in enumerate(words[:-1]):
        short_head = len(word) <= JOINED_HEAD_MAX_LETTERS and words[index + 1].startswith("ال")
        if word in COMPOUND_HEADS or short_head:
            yield (*words[:index], word + words[index + 1], *words[index + 2 :])
    for index, word in enumerate(words):
        for head in COMPOUND_HEADS:
            if word.startswith(head) and len(word) - len(head) >= 3:
                yield (*words[:index], head, word[len(head) :], *words[index + 1 :])


def extra_letter(words: Words) -> Iterator[Words]:
    """One letter written as its Persian or Kurdish form (ڤ گ پ چ)."""
    return _swapped(words, EXTRA_LETTERS)


def final_alef(words: Words) -> Iterator[Words]:
    """A form's last word's final alef as a ta marbuta (folded ه) and the reverse, after
    another word ("شمال شرق سوريا"/"شمال شرق سورية"). Alone such a word is most often the
    feminine adjective ("تركية", Turkish), not the country."""
    if len(words) > 1:
        yield from final_alef_single(words)


def final_alef_single(words: Words) -> Iterator[Words]:
    """The same change in any form, one word long too (measured only)."""
    last = words[-1]
    swapped = {"ا": "ه", "ه": "ا"}.get(last[-1:])
    if swapped and len(last) >= 4:
        yield _replace(words, len(words) - 1, last[:-1] + swapped)


def article(words: Words) -> Iterator[Words]:
    """The first word without its definite article, or with one."""
    first = words[0]
    if first.startswith("ال") and len(first) > 4:
        yield _replace(words, 0, first[2:])
    elif not first.startswith("ال"):
        yield _replace(words, 0, "ال" + first)


# Measured classes; a variant two classes make counts for the first listed.
CLASSES: dict[str, Callable[[Words], Iterator[Words]]] = {
    "g-letter": g_letter,
    "compound-space": compound_space,
    "vowel-double": vowel_double,
    "long-vowel": long_vowel,
    "final-alef": final_alef,
    "long-vowel-single": long_vowel_single,
    "final-alef-single": final_alef_single,
    "extra-letter": extra_letter,
    "article": article,
}
# The classes the recogniser adds (chosen on benchmarks/logs/entity_variants_s19.log).
# final-alef is left out: it named regions ("شمال سورية") that tune's labels do not list
# (entity precision 0.932 -> 0.918 with it, entity_effect_s19.log).
SHIPPED_CLASSES: tuple[str, ...] = ("g-letter", "compound-space", "vowel-double", "long-vowel")


def variants(words: Words, classes: tuple[str, ...] = SHIPPED_CLASSES) -> dict[Words, str]:
    """Each variant of a folded form (one change) and the class that makes it."""
    found: dict[Words, str] = {}
    for name in classes:
        for variant in CLASSES[name](words):
            if variant != words:
                found.setdefault(variant, name)
    return found
