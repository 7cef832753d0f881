"""Analyse stage: dates, entities, events, key points, quotes and figures.

Takes translated articles and the glossary; returns events ready to render. Each step
lives in its own module; this one only runs them in order and joins their results.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence

from generator import eventfiles, forked
from generator.analyse import (
    dates,
    disagreements,
    entities,
    events,
    figures,
    framing,
    keypoints,
    quotes,
    speakers,
    threads,
)
from generator.errors import InputError
from generator.eventfiles import EventFile
from generator.glossary import Entry
from generator.model import Article, Event, TranslatedArticle

# Entity types shown as an event's places and actors (outlets are listed as sources).
EVENT_ENTITY_TYPES = ("person", "organisation", "place", "operation")
# Events from which their analysis is shared with forked children (``workers`` > 1):
# below it a fork and sending the events back cost more than the analysis.
FORK_EVENTS = 100


def find_all_dates(articles: Sequence[TranslatedArticle]) -> dict[str, list[dates.DateMention]]:
    """Date mentions of every sentence, by sentence id. An article's dateline (see
    ``dates.dateline``) is marked as such, and its "أمس" and "اليوم" count from it."""
    found: dict[str, list[dates.DateMention]] = {}
    for item in articles:
        found |= _article_dates(item.article)
    return found


def _article_dates(article: Article) -> dict[str, list[dates.DateMention]]:
    published = article.meta.published
    body = [s for s in article.sentences if s.paragraph >= 1]
    line = dates.dateline(body[0].ar, published) if published and body else None
    base = line.date if line else published
    found = {s.id: dates.find_dates(s.ar, base) for s in article.sentences}
    if line is not None:
        found[body[0].id] = [line if m.start == line.start else m for m in found[body[0].id]]
    return found


def find_all_entities(
    articles: Sequence[TranslatedArticle], recogniser: entities.Recogniser
) -> dict[str, list[str]]:
    """Glossary ids named in every sentence, by sentence id."""
    return {
        s.id: [m.entity for m in entities.find(recogniser, s.ar)]
        for item in articles
        for s in item.article.sentences
    }


def profiles(
    articles: Sequence[TranslatedArticle], glossary: Mapping[str, Entry]
) -> list[events.Profile]:
    """What grouping compares, per article (also what ``briefing eval`` scores)."""
    recogniser = entities.build_recogniser(glossary.values())
    mentions = find_all_dates(articles)
    sentence_entities = find_all_entities(articles, recogniser)
    return [events.profile(item, mentions, sentence_entities) for item in articles]


def analyse(
    articles: Sequence[TranslatedArticle],
    glossary: Mapping[str, Entry],
    files: Mapping[str, EventFile] | None = None,
    workers: int = 1,
) -> list[Event]:
    """Events with everything their pages show; ``files`` are the editors' event files.
    With ``workers`` > 1 and ``FORK_EVENTS`` events or more, the events' analysis is
    shared with forked children (``forked.in_parts``): the same events.

    Raises ``InputError`` when an event file, or one of its related links, names an event
    that does not exist.
    """
    files = files or {}
    found = _events(articles, glossary, workers)
    problems = eventfiles.check_ids(files, {event.id for event in found})
    if problems:
        raise InputError(problems)
    linked = threads.links(found, glossary, files)
    return [_with_editor(event, files.get(event.id), linked[event.id]) for event in found]


def _with_editor(event: Event, file: EventFile | None, links: tuple[threads.Link, ...]) -> Event:
    title = event.title
    if file and file.title:
        title = framing.Title(file.title["ar"], file.title["en"], None, file.editor)
    return dataclasses.replace(
        event,
        title=title,
        summary=file.summary if file else None,
        editor=file.editor if file else None,
        links=links,
    )


def _events(
    articles: Sequence[TranslatedArticle], glossary: Mapping[str, Entry], workers: int = 1
) -> list[Event]:
    recogniser = entities.build_recogniser(glossary.values())
    mentions = find_all_dates(articles)
    sentence_entities = find_all_entities(articles, recogniser)
    profiles = [events.profile(item, mentions, sentence_entities) for item in articles]
    types = {entry.id: entry.type for entry in glossary.values()}
    groups = events.group(profiles, types)

    def analysed(part: Sequence[events.Group]) -> list[Event]:
        # without their articles, which the parent has: only the analysis is sent back
        return [
            dataclasses.replace(
                event_of(group, glossary, recogniser, mentions, sentence_entities), articles=()
            )
            for group in part
        ]

    parts = workers if len(groups) >= FORK_EVENTS else 1
    found = forked.in_parts(analysed, groups, parts, "the events' analysis")
    return [
        dataclasses.replace(event, articles=tuple(p.article for p in group.members))
        for event, group in zip(found, groups, strict=True)
    ]


def _named_by_sentence(
    members: Sequence[TranslatedArticle],
    glossary: Mapping[str, Entry],
    sentence_entities: Mapping[str, Sequence[str]],
) -> dict[str, frozenset[str]]:
    """The actors and places each sentence names (a key point naming a new one adds a fact)."""
    return {
        s.id: frozenset(
            e for e in sentence_entities[s.id] if glossary[e].type in EVENT_ENTITY_TYPES
        )
        for item in members
        for s in item.article.sentences
    }


def event_of(
    group: events.Group,
    glossary: Mapping[str, Entry],
    recogniser: entities.Recogniser,
    mentions: Mapping[str, Sequence[dates.DateMention]],
    sentence_entities: Mapping[str, Sequence[str]],
) -> Event:
    """One group's event before editors' files and threads. It depends only on the
    group's dates and members (and the glossary): ``cache.memoised_analysis`` keys it so.
    """
    members = tuple(p.article for p in group.members)
    found_quotes: list[quotes.Quote] = []
    for item in members:
        found = quotes.find_quotes(item.article, recogniser, glossary)
        found_quotes += speakers.name_unlisted(item.article, found, recogniser, glossary)
    found_figures = [
        f for item in members for f in figures.find_figures(item.article, recogniser, glossary)
    ]
    named: Counter[str] = Counter()
    for item in members:
        named.update(e for s in item.article.sentences for e in sentence_entities[s.id])
    background = frozenset().union(
        *(events.background_sentences(item.article, mentions, group.start) for item in members)
    )
    earlier = frozenset().union(
        *(keypoints.earlier_sentences(item.article, mentions, group.start) for item in members)
    )
    shown = tuple(
        sorted(
            (e for e in named if glossary[e].type in EVENT_ENTITY_TYPES),
            key=lambda e: (-named[e], e),
        )
    )
    return Event(
        id=group.id,
        articles=members,
        date=group.start,
        date_end=group.end if group.end != group.start else None,
        date_placed=group.placed,
        key_points=tuple(
            keypoints.select(
                members,
                background=background,
                earlier=earlier,
                names=_named_by_sentence(members, glossary, sentence_entities),
            )
        ),
        quotes=tuple(found_quotes),
        figures=tuple(found_figures),
        conflicts=tuple(figures.conflicts(found_figures)),
        entities=shown,
        title=framing.choose_title(members, glossary),
        disagreements=disagreements.find(members, background),
        framing=framing.framing_table(members, glossary, shown),
    )
