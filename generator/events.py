"""Group articles into events.

For now an article is its own event unless its front matter names an ``event``, which
groups every article naming the same id. The event id is that name, or the article id,
so an event's URL never changes when unrelated articles are added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .model import Event, TranslatedArticle


def _sort_key(article: TranslatedArticle) -> tuple[dt.date, str]:
    return (article.article.meta.published or dt.date.max, article.id)


def group(articles: Sequence[TranslatedArticle]) -> list[Event]:
    """Events, newest first; undated events last, then by id for a stable order."""
    groups: dict[str, list[TranslatedArticle]] = {}
    for article in articles:
        groups.setdefault(article.article.meta.event or article.id, []).append(article)
    events = []
    for event_id, members in groups.items():
        members.sort(key=_sort_key)
        dates = [m.article.meta.published for m in members if m.article.meta.published]
        first, last = (min(dates), max(dates)) if dates else (None, None)
        events.append(
            Event(
                id=event_id,
                articles=tuple(members),
                date=first,
                date_end=last if last != first else None,
            )
        )
    events.sort(key=lambda e: e.id)
    events.sort(key=lambda e: e.date_end or e.date or dt.date.min, reverse=True)
    undated = [e for e in events if e.date is None]
    return [e for e in events if e.date is not None] + undated
