"""Translate stage: give every sentence its English text and provenance.

Precedence: human entry in the translation memory > cached machine entry > translate
now with an engine (when one is installed) > pending. Only sentences missing from the
memory ever reach the engine, so rebuilds are incremental.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from . import tm
from .model import Article, Sentence, TranslatedArticle, Translation


class Engine(Protocol):
    """A machine translator (see ``argos.py``)."""

    name: str  # package name, recorded in the TM
    version: str

    def translate(
        self, sentences: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> list[str]: ...


def missing(articles: Sequence[Article], memory: tm.Memory) -> list[tuple[Article, Sentence]]:
    """Sentences with no TM entry, each once per article, in reading order."""
    todo = []
    for article in articles:
        seen: set[str] = set()
        for sentence in article.sentences:
            key = tm.sentence_key(sentence.ar)
            if key not in seen and tm.lookup(memory, article.id, sentence.ar) is None:
                seen.add(key)
                todo.append((article, sentence))
    return todo


def machine_entries(
    engine: Engine,
    todo: Sequence[tuple[Article, Sentence]],
    *,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, list[tm.MemoryEntry]]:
    """Translate ``todo`` in one batched call; new TM entries grouped by seed id.

    ``progress(done, total)`` is called as batches finish.
    """
    total = len(todo)
    report = (lambda done: progress(done, total)) if progress else None
    english = engine.translate([s.ar for _, s in todo], progress=report)
    by_seed: dict[str, list[tm.MemoryEntry]] = {}
    for (article, sentence), en in zip(todo, english, strict=True):
        entry = tm.MemoryEntry(
            ar=sentence.ar,
            en=en,
            origin="argos",
            date=today.isoformat(),
            model=engine.name,
            model_version=engine.version,
        )
        by_seed.setdefault(article.id, []).append(entry)
    return by_seed


def attach(articles: Sequence[Article], memory: tm.Memory) -> list[TranslatedArticle]:
    """Pair each sentence with its best TM entry; sentences without one are pending."""
    result = []
    for article in articles:
        translations = {}
        for sentence in article.sentences:
            entry = tm.lookup(memory, article.id, sentence.ar)
            if entry is not None:
                translations[sentence.id] = Translation(en=entry.en, provenance=entry.provenance)
        result.append(TranslatedArticle(article=article, translations=translations))
    return result
