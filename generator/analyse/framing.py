"""How each outlet names things: the framing lexicon, neutral titles, the framing table.

The lexicon is the glossary's ``term`` entries (ميليشيا، الاحتلال، النظام …), matched like
entities (folded Arabic, clitics, longest form first), so "ميليشيا قسد" is one loaded
name of the SDF while "قسد" alone is only a short name. Nothing here rewrites text: a
title is one member's headline with its site name cut off, and the framing table lists
the forms each outlet used, each with a citation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator import arabic
from generator.analyse import entities
from generator.glossary import Entry
from generator.model import Citation, TranslatedArticle

# Separators between a headline and a site name: "headline - Site", "Site | headline".
_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+[-–—|]\s+(?P<site>[^-–—|]{2,60})$")
_PREFIX = re.compile(r"^(?P<site>[^:：|]{2,60}?)\s*[:：|]\s+(?P<rest>.+)$")
_EN_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+[-–—|]\s+[^-–—|]{2,60}$")
_EN_PREFIX = re.compile(r"^[^:|]{2,60}?\s*[:|]\s+(?P<rest>.+)$")
_LATIN = re.compile(r"[A-Za-z]")
FRAMED_TYPES = ("organisation", "person")  # actors whose naming the framing table compares
MAX_FRAMED_ACTORS = 4
TITLE_MAX_WORDS = 25  # as clean.HEADLINE_MAX_WORDS: a longer line is a first paragraph


def recogniser(glossary: Mapping[str, Entry]) -> entities.Recogniser:
    """Entities and terms together: a loaded name ("ميليشيا قسد") wins over its parts."""
    return entities.build_recogniser(
        glossary.values(), types=(*entities.RECOGNISED_TYPES, "term"), prefer="term"
    )


def loaded_terms(text: str, names: entities.Recogniser, glossary: Mapping[str, Entry]) -> list[str]:
    """Ids of the loaded terms in ``text``, in order."""
    return [m.entity for m in entities.find(names, text) if glossary[m.entity].loaded]


def site_names(glossary: Mapping[str, Entry], outlet: str) -> set[str]:
    """Folded names an outlet's pages put beside headlines (every glossary outlet's, and
    the article's own outlet id), to recognise a site name that is not the article's."""
    found = {arabic.fold(outlet.replace("-", " "))}
    for entry in glossary.values():
        if entry.type != "outlet":
            continue
        texts = [*entry.ar_forms, *entry.name.values(), *(entry.display or {}).values()]
        found |= {arabic.fold(text).casefold() for text in texts}
        found |= {domain.split(".")[0] for domain in entry.domains}
    return found


def _is_site(text: str, names: set[str]) -> bool:
    folded = arabic.fold(text.strip()).casefold()
    # A Latin-letter label beside an Arabic headline is the site's name (or its domain).
    return folded in names or bool(_LATIN.search(text) and not arabic.has_arabic(text))


@dataclass(frozen=True)
class Stripped:
    text: str
    suffix: bool  # a site name after a dash or bar was cut
    prefix: bool  # a site name before a colon or bar was cut


def strip_site_name(headline: str, names: set[str]) -> Stripped:
    """The headline without a site name after a dash or bar, or before a colon or bar."""
    text, suffix, prefix = headline.strip(), False, False
    if (match := _SUFFIX.match(text)) and _is_site(match["site"], names):
        text, suffix = match["rest"].strip(), True
    if (match := _PREFIX.match(text)) and _is_site(match["site"], names):
        text, prefix = match["rest"].strip(), True
    return Stripped(text, suffix, prefix)


def strip_english(english: str, stripped: Stripped) -> str:
    """Cut the same site name off the English translation of the headline."""
    text = english.strip()
    if stripped.suffix and (match := _EN_SUFFIX.match(text)):
        text = match["rest"].strip()
    if stripped.prefix and (match := _EN_PREFIX.match(text)):
        text = match["rest"].strip()
    return text


@dataclass(frozen=True)
class Title:
    """An event's title: an editor's, or one member's headline (site name cut off)."""

    ar: str
    en: str | None
    article: str | None = None  # whose headline it is; None when an editor wrote it
    editor: str | None = None
    loaded: tuple[str, ...] = ()  # loaded term ids it still holds


def _sentence_for_headline(text: str) -> bool:
    """A report with no headline line is headed by its first sentence: a full stop or a
    sentence's length says so, and a headline line makes a terser event title."""
    return text.rstrip().endswith((".", "。")) or len(text.split()) > TITLE_MAX_WORDS


def choose_title(members: Sequence[TranslatedArticle], glossary: Mapping[str, Entry]) -> Title:
    """The member headline with the fewest loaded terms; on a tie a headline line goes
    before a first sentence standing in for one, then the lead report goes first."""
    names = recogniser(glossary)
    candidates = []
    for order, item in enumerate(members):
        headline = item.article.headline
        stripped = strip_site_name(headline.ar, site_names(glossary, item.article.meta.outlet))
        english = item.translation(headline.id).en
        if english is not None:
            english = strip_english(english, stripped)
        loaded = tuple(loaded_terms(stripped.text, names, glossary))
        title = Title(stripped.text, english, item.id, None, loaded)
        candidates.append(((len(loaded), _sentence_for_headline(stripped.text), order), title))
    return min(candidates, key=lambda c: c[0])[1]


@dataclass(frozen=True)
class Naming:
    """One way an outlet named an actor, first seen at ``citation``."""

    form: str  # as the glossary writes it
    term: str | None  # the lexicon term, when the form is one
    loaded: bool
    citation: Citation


@dataclass(frozen=True)
class FramingRow:
    actor: str  # glossary id
    by_article: tuple[tuple[str, tuple[Naming, ...]], ...]  # (article id, namings)


def framing_table(
    members: Sequence[TranslatedArticle], glossary: Mapping[str, Entry], actors: Sequence[str]
) -> tuple[FramingRow, ...]:
    """How each member names the event's main actors; rows only where outlets differ."""
    names = recogniser(glossary)
    framed = [a for a in actors if glossary[a].type in FRAMED_TYPES][:MAX_FRAMED_ACTORS]
    seen: dict[str, dict[str, dict[str, Naming]]] = {a: {} for a in framed}
    for item in members:
        for sentence in item.article.sentences:
            for mention in entities.find(names, sentence.ar):
                entry = glossary[mention.entity]
                actor = entry.refers_to if entry.type == "term" else entry.body
                if actor not in seen:
                    continue
                form = _form(entry, arabic.words(sentence.ar)[mention.start : mention.end])
                uses = seen[actor].setdefault(item.id, {})
                uses.setdefault(
                    form, Naming(form, entry.id if entry.type == "term" else None,
                                 entry.loaded, Citation(item.id, sentence.id)),
                )  # fmt: skip
    rows = []
    for actor in framed:
        by_article = tuple((a, tuple(uses.values())) for a, uses in seen[actor].items())
        forms = {frozenset(n.form for n in namings) for _, namings in by_article}
        termed = any(n.term for _, namings in by_article for n in namings)
        if len(by_article) > 1 and len(forms) > 1 and termed:  # spelling alone is no framing
            rows.append(FramingRow(actor, by_article))
    return tuple(rows)


def _form(entry: Entry, matched: Sequence[str]) -> str:
    """The glossary spelling whose folded words were matched (else the entry's name)."""
    for form in entry.ar_forms:
        folded = arabic.words(form)
        if (
            folded[1:] == tuple(matched[1:])
            and folded[:1]
            and (folded[0] in entities.clitic_readings(matched[0]))
        ):
            return form
    return entry.name["ar"]
