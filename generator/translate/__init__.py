"""Translate stage: give every sentence its English text and provenance.

Precedence: human entry in the translation memory > cached machine entry > translate
now with an engine (when one is installed) > pending. Only sentences missing from the
memory ever reach the engine, so rebuilds are incremental.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol, runtime_checkable

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

Item = tuple[Article, Sentence]


@runtime_checkable
class BatchEngine(Protocol):
    """An engine that translates many chunks at once (``cluster.RayEngine``)."""

    name: str
    version: str

    def translate_chunks(
        self, chunks: Sequence[Sequence[str]]
    ) -> AbstractContextManager[Iterator[tuple[int, list[str]]]]:
        """Yield ``(index, English)`` for each chunk as it finishes, in any order."""
        ...


def chunked(todo: Sequence[Item], size: int | None = None) -> list[list[Item]]:
    """``todo`` sorted by length (so each chunk batches sentences of similar length) and
    cut into chunks of ``size`` (default ``CHUNK``): the units written to the TM."""
    ordered = sorted(todo, key=lambda item: (len(item[1].ar), item[1].id))
    size = size or CHUNK
    return [ordered[offset : offset + size] for offset in range(0, len(ordered), size)]


def translate_missing(
    engine: Engine | BatchEngine,
    todo: Sequence[Item],
    save: Callable[[str, list[tm.MemoryEntry]], None],
    *,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Translate ``todo`` and ``save(seed_id, entries)`` after every chunk; return how many
    sentences got a translation.

    Every chunk is saved as soon as it is translated (crash-safe and incremental); a
    ``BatchEngine`` translates chunks in parallel and they are saved as they arrive. An
    empty output is not saved: the sentence stays pending rather than blank.

    Raises what ``engine`` and ``save`` raise (``BriefingError`` for a model that fails to
    load or decode, ``OSError`` for a TM that cannot be written); chunks saved before
    the failure stay saved.
    """
    chunks = chunked(todo)
    texts = [[sentence.ar for _, sentence in chunk] for chunk in chunks]
    total = len(todo)
    saved = done = 0
    with _results(engine, texts, progress, total) as results:
        for index, english in results:
            saved += _save_chunk(engine, chunks[index], english, save, today)
            done += len(english)
            if progress is not None and isinstance(engine, BatchEngine):
                progress(done, total)
    return saved


def _results(
    engine: Engine | BatchEngine,
    texts: list[list[str]],
    progress: Callable[[int, int], None] | None,
    total: int,
) -> AbstractContextManager[Iterator[tuple[int, list[str]]]]:
    if isinstance(engine, BatchEngine):
        return engine.translate_chunks(texts)
    return nullcontext(_in_order(engine, texts, progress, total))


def _in_order(
    engine: Engine,
    texts: list[list[str]],
    progress: Callable[[int, int], None] | None,
    total: int,
) -> Iterator[tuple[int, list[str]]]:
    """One chunk at a time, in this process; the caller saves each before the next."""
    base = 0
    for index, chunk in enumerate(texts):
        report = (lambda n, base=base: progress(base + n, total)) if progress else None
        yield index, engine.translate(chunk, progress=report)
        base += len(chunk)


def _save_chunk(
    engine: Engine | BatchEngine,
    chunk: list[Item],
    english: list[str],
    save: Callable[[str, list[tm.MemoryEntry]], None],
    today: dt.date,
) -> int:
    by_seed: dict[str, list[tm.MemoryEntry]] = {}
    for (article, sentence), en in zip(chunk, english, strict=True):
        if not en.strip():
            continue
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
    return sum(len(entries) for entries in by_seed.values())


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
