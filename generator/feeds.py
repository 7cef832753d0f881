"""Atom feeds of events, one per language, rendered by us.

MkDocs' blog and RSS plugins break under static-i18n, and a feed is a small, fixed
format. Links are relative to the feed's own URL (feed.xml at / and /ar/), so the feed
works wherever the site is served. ``updated`` comes from the events' dates and the days
articles were added (``added:``), never from the clock, so rebuilding unchanged input gives
identical files. Besides the events feed: latest additions, and one feed per entity. Each
feed holds the newest ``MAX_ENTRIES`` entries only, each summed up by the event's first
``SUMMARY_POINTS`` key points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import Environment

from generator.model import Event, TranslatedArticle

FEED_ID = "tag:briefing.invalid,2026:feed"  # a stable id: the site may move hosts


EMPTY_FEED_DAY = dt.date(2000, 1, 1)  # Atom needs <updated> even for a feed with no entry
# Entries per feed: the newest, enough to catch up after a month away, while a feed of a
# large archive stays small (readers fetch it often); the site has the rest.
MAX_ENTRIES = 50
# Key points in an entry's summary: enough to say what happened; the event page, one link
# away, has the rest. With every key point, feeds were 15 of 186 KB per article (300
# synthetic articles, issue 14).
SUMMARY_POINTS = 3


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def event_updated(event: Event) -> str | None:
    """The newest day an event is known by (reports, what happened, additions); None for an
    event with no day at all, which a feed then leaves out rather than dating it 1970."""
    days = [a.article.meta.published for a in event.articles]
    days += [a.article.meta.added for a in event.articles]
    days += [event.date, event.date_end]
    known = [d for d in days if d]
    return _timestamp(max(known)) if known else None


def atom(
    env: Environment,
    events: Sequence[Event],
    lang: str,
    strings: Any,
    *,
    name: str = "feed.xml",
    root: str = "",
    title: str | None = None,
) -> str:
    """The Atom feed of ``events`` in ``lang``; ``env`` escapes values for XML. ``name`` is
    the feed's file and ``root`` the way from its folder to the site root (links are
    relative, so the feed works wherever the site is served). Only the ``MAX_ENTRIES``
    most recently updated events are kept, in the order given."""
    dated = _newest([e for e in events if event_updated(e)])
    newest = max((event_updated(e) or "" for e in dated), default=_timestamp(EMPTY_FEED_DAY))
    return env.get_template("feed.xml.j2").render(
        events=dated,
        lang=lang,
        t=strings,
        feed_id=f"{FEED_ID}:{lang}:{name}",
        feed_title=title or strings.site_name,
        self_href=name.rsplit("/", 1)[-1],
        root=root,
        updated=newest,
        event_updated=event_updated,
        summary_points=SUMMARY_POINTS,
    )


def _newest(events: list[Event]) -> list[Event]:
    """The ``MAX_ENTRIES`` events updated last (ties: the larger id), in their order."""
    ranked = sorted(events, key=lambda e: (event_updated(e) or "", e.id), reverse=True)
    kept = {e.id for e in ranked[:MAX_ENTRIES]}
    return [e for e in events if e.id in kept]


def additions(
    env: Environment,
    articles: Sequence[TranslatedArticle],
    event_of: Mapping[str, Event],
    lang: str,
    strings: Any,
) -> str:
    """Articles by the day they were added (``added:``), newest first: a new report of an
    old event shows up here, where the events feed would file it under its old date."""
    added = sorted(
        (a for a in articles if a.article.meta.added),
        key=lambda a: (a.article.meta.added, a.id),
        reverse=True,
    )[:MAX_ENTRIES]
    newest = (added[0].article.meta.added if added else None) or EMPTY_FEED_DAY
    return env.get_template("additions.xml.j2").render(
        articles=added,
        event_of=event_of,
        lang=lang,
        t=strings,
        feed_id=f"{FEED_ID}:{lang}:additions",
        updated=_timestamp(newest),
        timestamp=_timestamp,
    )
