"""Where a dated report's named day comes from, for two candidate rules (session 19, D6).

    python eval/date_day_sources.py

Two listings over the TUNING half (never ``test``), every part of the spent date sets and
``dates6``'s read half (never its hidden half), each line with the labelled day:

- ``beyond-lead``: reports whose named day (``events.named_day``) is first given after the
  lead (paragraph > ``events.LEAD_PARAGRAPHS``), and how many days the lead itself gives: a
  rule taking only the lead's days would turn these to the publication date.
- ``head-vs-lead``: reports whose headline (paragraph 0) names a day of the week before
  publication other than the first such day of the lead: a rule preferring one of the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from date_pages import SPENT, load

from generator import analyse
from generator.analyse import events
from generator.evaluation import report
from generator.model import Article, TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
UNREAD_SET = "dates6"  # only its visible half was read while the rules were weighed

Recent = Sequence[tuple[int, analyse.dates.DateMention]]


def _beyond_lead(article: Article, recent: Recent) -> str | None:
    day = events._happening_day(recent)
    paragraph = {i: article.sentences[i].paragraph for i, _ in recent}
    first = min(paragraph[i] for i, m in recent if m.date == day)
    if first <= events.LEAD_PARAGRAPHS:
        return None
    in_lead = sum(paragraph[i] <= events.LEAD_PARAGRAPHS for i, _ in recent)
    return f"beyond-lead got={day} from p{first}, lead days {in_lead}"


def _head_vs_lead(article: Article, recent: Recent) -> str | None:
    paragraph = [article.sentences[i].paragraph for i, _ in recent]
    head = [m.date for (_, m), p in zip(recent, paragraph, strict=True) if p == 0]
    lead = [
        m.date
        for (_, m), p in zip(recent, paragraph, strict=True)
        if 1 <= p <= events.LEAD_PARAGRAPHS
    ]
    if not head or not lead or head[0] == lead[0]:
        return None
    return f"head-vs-lead head={head[0]} lead={lead[0]} got={events._happening_day(recent)}"


def _list(label: str, prepared: Sequence[report.Prepared], want: Mapping[str, object]) -> None:
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    mentions = analyse.find_all_dates(articles)
    for p in prepared:
        published: dt.date | None = p.article.meta.published
        recent = events._recent_mentions(p.article, mentions, published) if published else []
        if not recent:
            continue
        for note in (_beyond_lead(p.article, recent), _head_vs_lead(p.article, recent)):
            if note:
                print(f"{label:8} {p.item.id} want={want[p.item.id]} published={published} {note}")


def main() -> None:
    tune = report.prepare_tuning(ROOT / "eval", None)
    _list("tune", tune, {p.item.id: p.item.event_date for p in tune})
    spent = [(name, "all") for name in SPENT if name != UNREAD_SET]
    for name, part in [*spent, (UNREAD_SET, "visible")]:
        pages = load(part, name)
        prepared = report.prepare([p.item for p in pages], ROOT / "eval" / "dev" / name)
        _list(name, prepared, {p.item.id: p.day for p in pages})


if __name__ == "__main__":
    main()
