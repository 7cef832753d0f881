"""Translate stage: give every sentence its English text and provenance.

Precedence: human entry in the translation memory > cached machine entry > translate
now with an engine (when one is installed) > pending. Only sentences missing from the
memory ever reach the engine, so rebuilds are incremental.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from generator.model import Article, Sentence, TranslatedArticle, Translation
from generator.translate import tm


class Engine(Protocol):
    """A machine translator (see ``argos.py``)."""

    name: str  # package name, recorded in the TM
    version: str

    def translate(
        self, sentences: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> list[str]: ...


def missing(
    articles: Sequence[Article], memory: tm.Memory, *, retranslate: bool = False
) -> list[tuple[Article, Sentence]]:
    """Sentences with no TM entry, each once (a republished sentence is translated once and
    found through the first seed's file), in reading order.

    With ``retranslate``, machine entries count as missing too (human ones never do).
    """
    todo = []
    seen: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            key = tm.sentence_key(sentence.ar)
            entry = tm.lookup(memory, article.id, sentence.ar)
            wanted = entry is None or (retranslate and entry.origin != "human")
            if key not in seen and wanted:
                seen.add(key)
                todo.append((article, sentence))
    return todo


# Sentences per model call between TM writes: large enough to batch well, small enough
# that an interrupted run keeps nearly all of its work.
CHUNK = 96


def translate_missing(
    engine: Engine,
    todo: Sequence[tuple[Article, Sentence]],
    save: Callable[[str, list[tm.MemoryEntry]], None],
    *,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Translate ``todo`` and ``save(seed_id, entries)`` after every chunk; return how many
    sentences got a translation.

    Sentences are sorted by length first, so each chunk batches sentences of similar
    length; every chunk is saved before the next starts (crash-safe and incremental). An
    empty output is not saved: the sentence stays pending rather than blank.

    Raises what ``engine`` and ``save`` raise (``BriefingError`` for a model that fails to
    load or decode, ``OSError`` for a TM that cannot be written); chunks saved before
    the failure stay saved.
    """
    ordered = sorted(todo, key=lambda item: (len(item[1].ar), item[1].id))
    total = len(ordered)
    saved = 0
    for offset in range(0, total, CHUNK):
        chunk = ordered[offset : offset + CHUNK]
        report = (lambda n, base=offset: progress(base + n, total)) if progress else None
        english = engine.translate([s.ar for _, s in chunk], progress=report)
        by_seed: dict[str, list[tm.MemoryEntry]] = {}
        for (article, sentence), en in zip(chunk, english, strict=True):
            if not en.strip():
                continue
            saved += 1
            by_seed.setdefault(article.id, []).append(
                tm.MemoryEntry(
                    ar=sentence.ar,
                    en=en,
                    origin="argos",
                    date=today.isoformat(),
                    model=engine.name,
                    model_version=engine.version,
                )
            )
        for seed_id, entries in sorted(by_seed.items()):
            save(seed_id, entries)
    return saved


def attach(articles: Sequence[Article], memory: tm.Memory) -> list[TranslatedArticle]:
    """Pair each sentence with its best TM entry; sentences without one are pending.
    Raises nothing (the TM was validated when it was read)."""
    result = []
    for article in articles:
        translations = {}
        for sentence in article.sentences:
            entry = tm.lookup(memory, article.id, sentence.ar)
            if entry is not None:
                translations[sentence.id] = Translation(en=entry.en, provenance=entry.provenance)
        result.append(TranslatedArticle(article=article, translations=translations))
    return result
