"""Glossary names in machine translation.

Names (glossary), e.g. ``{"قسد": "SDF"}``, are enforced in two steps:

1. Before translation each Arabic form in a sentence is replaced by its English name, in
   Latin script inside the Arabic sentence. Matching runs on ``arabic.fold`` text (no
   diacritics or tatweel, merged alef/hamza/ya/ta marbuta spellings), longest form first,
   with the clitics و ف + ب ل ك + ال allowed in front ("وقسد", "لقسد", "للتحالف"); the
   clitic is kept so the model still sees "and"/"for". The name is its own placeholder:
   models trained on web text copy Latin names through, whereas an invented token is
   something they never saw, and no Arabic form is left to transliterate ("Qasd").
2. After decoding, each expected name is checked deterministically: a variant in case,
   spacing or punctuation ("S.D.F.", "Mazlum Abdi") is rewritten to the canonical spelling,
   and a name that is missing is inserted as ``[Name]`` before the final punctuation (the
   brackets of an editor's insertion). The output names the entity whatever the model does.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from generator.arabic import fold, fold_char, fold_with_offsets, words
from generator.glossary import Entry

_TAIL = re.compile(r"[\s.!?\u2026:;,]*\Z")  # final punctuation of a sentence

# How closely (difflib ratio) a span of the output must match a protected English name to
# be taken for it: close enough for inflection and spacing, not for another name.
NAME_MATCH_RATIO = 0.85


def _find(name: str, text: str) -> list[re.Match[str]]:
    """Occurrences of ``name`` as whole words ("Syria" is not found in "Syrian")."""
    return list(re.finditer(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", text))


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class NameGuard:
    """Keeps glossary names intact through machine translation (see module docstring)."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        forms = {fold(arabic): english.strip() for arabic, english in names.items()}
        for form, english in sorted(forms.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            if not form or not english:
                continue
            body = r"\s+".join(map(re.escape, form.split()))
            if form.startswith("ال") and len(form) > 2:
                # ل + ال is written لل: "للتحالف" is "ل" + "التحالف".
                rest = r"\s+".join(map(re.escape, form[2:].split()))
                alts = f"([وف]?[بك]?){body}|([وف]?ل)ل{rest}"
            else:
                alts = f"([وف]?[بلك]?)(?:ال)?{body}"
            self._patterns.append((re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), english))

    def protect(self, sentence: str) -> tuple[str, list[str]]:
        """Replace Arabic forms by their English names; return the text and names used."""
        if not self._patterns:
            return sentence, []
        norm, index = fold_with_offsets(sentence)
        taken = [False] * len(norm)
        spans = []
        for pattern, english in self._patterns:  # longest form first
            for m in pattern.finditer(norm):
                if not any(taken[m.start() : m.end()]):
                    taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                    clitic_length = len(next((g for g in m.groups() if g), ""))
                    spans.append((m.start(), m.end(), m.start() + clitic_length, english))
        out: list[str] = []
        found: list[str] = []
        cursor = 0
        for start, end, name_start, english in sorted(spans):
            begin, stop = index[start], index[end - 1] + 1
            while stop < len(sentence) and not fold_char(sentence[stop]):
                stop += 1  # diacritics on the last letter belong to the word
            clitic = sentence[begin : index[name_start]] if name_start > start else ""
            out += [sentence[cursor:begin], f"{clitic} " if clitic else "", english]
            cursor = stop
            found += [] if english in found else [english]
        return "".join([*out, sentence[cursor:]]), found

    @staticmethod
    def restore(text: str, names: list[str]) -> str:
        """Make sure every name appears in ``text`` with its canonical spelling."""
        missing = []
        for name in names:
            if _find(name, text):
                continue
            spaced = r"[\s\-.]*".join(re.escape(c) for c in name if not c.isspace())
            variant = re.compile(rf"(?<![^\W_]){spaced}(?![^\W_])", re.IGNORECASE)
            taken = [m.span() for other in names if other != name for m in _find(other, text)]
            if variant.search(text):
                text = variant.sub(name.replace("\\", "\\\\"), text)
            elif span := _closest_span(text, name, taken):
                text = text[: span[0]] + name + text[span[1] :]
            else:
                missing.append(name)
        if missing:  # after the words, before the final full stop, outside closing quotes
            cut = _TAIL.search(text).start()  # type: ignore[union-attr]
            notes = " ".join(f"[{name}]" for name in missing)
            text = f"{text[:cut]} {notes}{text[cut:]}".strip()
        return text


def _closest_span(text: str, name: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run of words most like ``name`` ("Mazlum Abdi"), if close enough and not taken."""
    target = _squash(name)
    if len(target) < 6:  # too short to tell a misspelling from another word
        return None
    words = [m.span() for m in re.finditer(r"[^\W_][\w'\u2019.-]*", text)]
    size = len(name.split())
    best, best_span = 0.0, None
    for n in sorted({max(1, size - 1), size, size + 1}):
        for k in range(len(words) - n + 1):
            span = (words[k][0], words[k + n - 1][1])
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            score = difflib.SequenceMatcher(None, target, _squash(text[span[0] : span[1]])).ratio()
            if score > best:
                best, best_span = score, span
    return best_span if best >= NAME_MATCH_RATIO else None


def name_map(entries: Iterable[Entry]) -> dict[str, str]:
    """Arabic form -> canonical English name, for the forms that are names.

    An organisation's single common noun ("التحالف", "التنظيم") is left to the model, and a
    form that contains another form of the same entity ("ميليشيا قسد") is skipped so the
    surrounding wording ("militia") is still translated rather than swallowed.
    """
    mapping: dict[str, str] = {}
    for entry in sorted(entries, key=lambda e: e.id):
        forms = [f for f in entry.ar_forms if words(f)]
        for form in forms:
            tokens = words(form)
            generic = (
                entry.type in ("organisation", "outlet")
                and len(tokens) == 1
                and tokens[0].startswith("ال")
            )
            contains_other = any(
                other != form and _contains(tokens, words(other)) for other in forms
            )
            if generic or contains_other:
                continue
            short = entry.short and fold(entry.short["ar"]) == fold(form)
            mapping[form] = entry.short["en"] if short and entry.short else entry.name["en"]
    return mapping


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n < len(tokens) and any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))
