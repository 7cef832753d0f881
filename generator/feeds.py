"""Atom feeds of events, one per language, rendered by us.

MkDocs' blog and RSS plugins break under static-i18n, and a feed is a small, fixed
format. Links are relative to the feed's own URL (feed.xml at / and /ar/), so the feed
works wherever the site is served. ``updated`` comes from the events' dates, never from
the clock, so rebuilding unchanged input gives identical files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from jinja2 import Environment

from .model import Event

FEED_ID = "tag:briefing.invalid,2026:feed"  # a stable id: the site may move hosts


def _timestamp(day: dt.date | None) -> str:
    return f"{(day or dt.date(1970, 1, 1)).isoformat()}T00:00:00Z"


def event_updated(event: Event) -> str:
    days = [a.article.meta.published for a in event.articles]
    days += [event.date, event.date_end]
    return _timestamp(max((d for d in days if d), default=None))


def atom(env: Environment, events: Sequence[Event], lang: str, strings: Any) -> str:
    """The Atom feed of ``events`` in ``lang``; ``env`` escapes values for XML."""
    newest = max((event_updated(e) for e in events), default=_timestamp(None))
    return env.get_template("feed.xml.j2").render(
        events=events,
        lang=lang,
        t=strings,
        feed_id=f"{FEED_ID}:{lang}",
        updated=newest,
        event_updated=event_updated,
    )
