"""Plain data passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses; none of them does I/O.
Ids are language-neutral: an article id is its seed's file stem, a sentence id is
``<article>-p<paragraph>-s<sentence>`` (paragraph 0 is the headline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Origin = Literal["human", "argos", "pending"]


@dataclass(frozen=True)
class SeedMeta:
    """Validated front matter of one seed."""

    id: str
    outlet: str
    language: str = "ar"
    url: str | None = None
    published: dt.date | None = None
    event: str | None = None
    title: str | None = None
    added: dt.date | None = None  # the day the seed was made (never a build time)
    # A republication: the outlet (glossary id or name) and address that published it first.
    original_outlet: str | None = None
    original_url: str | None = None
    # Evidence grades (established / inferred / unknown), None when not graded yet.
    outlet_evidence: str | None = None
    published_evidence: str | None = None


@dataclass(frozen=True)
class Seed:
    """One seed file: metadata plus the article body exactly as received."""

    path: Path
    meta: SeedMeta
    body: str
    body_line: int  # 1-based line of the file where the body starts, for messages


@dataclass(frozen=True)
class RemovedBlock:
    """Lines the cleaner took out of a body, kept so readers can check the cleaning."""

    kind: str  # a key of CLEANING_KINDS in clean.py
    line: int  # 1-based line in the seed file of the first removed line
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Sentence:
    id: str
    paragraph: int
    index: int
    ar: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    sentences: tuple[Sentence, ...]
    is_heading: bool = False  # a short line without final punctuation (a crosshead)


@dataclass(frozen=True)
class Article:
    """A cleaned, segmented article. ``paragraphs[0]`` is the headline."""

    meta: SeedMeta
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedBlock, ...] = ()
    attribution: str | None = None  # outlet sign-off found at the end, e.g. "المدن"

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def headline(self) -> Sentence:
        return self.paragraphs[0].sentences[0]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


@dataclass(frozen=True)
class Provenance:
    """Who produced an English sentence.

    ``model`` is the Argos package name and version for machine output; ``translator``
    names the human source (e.g. ``reference``) for human output.
    """

    origin: Origin
    model: str | None = None
    translator: str | None = None


PENDING = Provenance(origin="pending")


@dataclass(frozen=True)
class Translation:
    en: str | None
    provenance: Provenance = PENDING


@dataclass(frozen=True)
class TranslatedArticle:
    article: Article
    translations: dict[str, Translation] = field(default_factory=dict)  # by sentence id

    @property
    def id(self) -> str:
        return self.article.id

    def translation(self, sentence_id: str) -> Translation:
        return self.translations.get(sentence_id, Translation(en=None))

    @property
    def pending(self) -> int:
        return sum(
            1
            for s in self.article.sentences
            if self.translation(s.id).provenance.origin == "pending"
        )


@dataclass(frozen=True)
class Citation:
    """A pointer to one source sentence (its page anchor is the sentence id)."""

    article: str
    sentence: str


@dataclass(frozen=True)
class KeyPoint:
    """A source sentence chosen for the briefing, and every source reporting it."""

    article: str
    sentence: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Event:
    """A group of articles reporting one happening, with what the briefing shows.

    ``quotes``, ``figures`` and ``conflicts`` hold ``quotes.Quote``, ``figures.Figure`` and
    ``figures.Conflict`` values; ``entities`` are glossary ids, most mentioned first.
    """

    id: str
    articles: tuple[TranslatedArticle, ...]
    date: dt.date | None = None
    date_end: dt.date | None = None
    # No report gives the day: a weekday one of them names, placed beside a related event.
    date_placed: bool = False
    key_points: tuple[KeyPoint, ...] = ()
    quotes: tuple[Any, ...] = ()
    figures: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()
    entities: tuple[str, ...] = ()
    # The analyst layer: ``framing.Title``, the editor's summary ({en, ar}) and name,
    # ``disagreements.Disagreement``, ``framing.FramingRow`` and ``threads.Link`` values.
    title: Any = None
    summary: dict[str, str] | None = None
    editor: str | None = None
    disagreements: tuple[Any, ...] = ()
    framing: tuple[Any, ...] = ()
    links: tuple[Any, ...] = ()

    def article(self, article_id: str) -> TranslatedArticle:
        return next(a for a in self.articles if a.id == article_id)

    @property
    def lead(self) -> TranslatedArticle:
        return self.articles[0]

    def single_source(self, point: KeyPoint) -> bool:
        """A point only one of several outlets reports."""
        return len(self.articles) > 1 and len({c.article for c in point.citations}) == 1
