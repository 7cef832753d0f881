"""Atom feeds of events, one per language, rendered by us.

MkDocs' blog and RSS plugins break under static-i18n, and a feed is a small, fixed
format. Links are relative to the feed's own URL (feed.xml at / and /ar/), so the feed
works wherever the site is served. ``updated`` comes from the events' dates, never from
the clock, so rebuilding unchanged input gives identical files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import escape
from .model import Event

FEED_ID = "tag:briefing.invalid,2026:feed"  # a stable id: the site may move hosts


def _timestamp(day: dt.date | None) -> str:
    return f"{(day or dt.date(1970, 1, 1)).isoformat()}T00:00:00Z"


def event_updated(event: Event) -> str:
    days = [a.article.meta.published for a in event.articles]
    days += [event.date, event.date_end]
    return _timestamp(max((d for d in days if d), default=None))


def atom(
    events: Sequence[Event],
    lang: str,
    strings: Any,
    templates_dir: Path,
    helpers: Mapping[str, Any],
) -> str:
    """The Atom feed of ``events`` in ``lang``; ``helpers`` are the page templates' globals."""
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=True,
        finalize=escape.xml_value,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(helpers)
    newest = max((event_updated(e) for e in events), default=_timestamp(None))
    return env.get_template("feed.xml.j2").render(
        events=events,
        lang=lang,
        t=strings,
        feed_id=f"{FEED_ID}:{lang}",
        base="",
        updated=newest,
        event_updated=event_updated,
    )
