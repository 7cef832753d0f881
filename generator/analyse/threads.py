"""Story threads: which events belong together (a halt, then the resumption a week later).

Two dated events are in one thread when they fall within ``THREAD_DAYS`` of each other and
share a main place and a main actor; when the only place they share is a whole country
(``kind: country`` in the glossary: "Syria" is a main place of most reports here), they
must share ``COUNTRY_ACTORS`` main actors. An editor's ``related`` links come on top and
are shown both ways. Every link says which event came first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.eventfiles import EventFile
from generator.glossary import Entry
from generator.model import Event

THREAD_DAYS = 42
MAIN_ENTITIES = 3  # the most mentioned places and actors that make an event's thread
COUNTRY_ACTORS = 2  # main actors two events sharing only a country must have in common


@dataclass(frozen=True)
class Link:
    event: str
    kind: str  # follow-up | reaction | background | thread
    later: bool | None  # True: the linked event came after this one; None: undated
    by_editor: bool


def _main(event: Event, glossary: Mapping[str, Entry]) -> tuple[set[str], set[str]]:
    places = [e for e in event.entities if glossary[e].type == "place"][:MAIN_ENTITIES]
    actors = [e for e in event.entities if glossary[e].type != "place"][:MAIN_ENTITIES]
    return set(places), set(actors)


def _threaded(places: set[str], actors: set[str], glossary: Mapping[str, Entry]) -> bool:
    """Whether two events sharing these main places and actors are one thread."""
    if not places or not actors:
        return False
    narrower = any(glossary[p].kind != "country" for p in places)
    return narrower or len(actors) >= COUNTRY_ACTORS


def _order(first: Event, second: Event) -> bool | None:
    if first.date is None or second.date is None:
        return None
    return (second.date, second.id) > (first.date, first.id)


def links(
    events: Sequence[Event], glossary: Mapping[str, Entry], files: Mapping[str, EventFile]
) -> dict[str, tuple[Link, ...]]:
    """Links of every event, editor's first, then threads, each in time order."""
    by_id = {event.id: event for event in events}
    found: dict[str, dict[str, Link]] = {event.id: {} for event in events}
    for file in files.values():
        for relation in file.related:
            if file.id in by_id and relation.event in by_id:
                one, other = by_id[file.id], by_id[relation.event]
                found[one.id][other.id] = Link(other.id, relation.kind, _order(one, other), True)
                found[other.id].setdefault(
                    one.id, Link(one.id, relation.kind, _order(other, one), True)
                )
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date, e.id))
    for i, one in enumerate(dated):
        places, actors = _main(one, glossary)
        for other in dated[i + 1 :]:
            assert one.date is not None and other.date is not None
            if (other.date - one.date).days > THREAD_DAYS:
                break
            other_places, other_actors = _main(other, glossary)
            if _threaded(places & other_places, actors & other_actors, glossary):
                found[one.id].setdefault(other.id, Link(other.id, "thread", True, False))
                found[other.id].setdefault(one.id, Link(one.id, "thread", False, False))

    def key(link: Link) -> tuple[bool, bool, dt.date, str]:
        day = by_id[link.event].date
        return (not link.by_editor, day is None, day or dt.date.min, link.event)

    return {event_id: tuple(sorted(items.values(), key=key)) for event_id, items in found.items()}
