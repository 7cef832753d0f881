"""How high event-date accuracy can go on the stored texts.

Each labelled event says whether its reports' texts fix its day (``day_from_texts``,
eval/README.md). Date accuracy counts articles (an article is right when the event it is
put in is dated on its happening's day), so the ceiling counts articles too: the share a
dater would reach if it dated right every article of the events whose texts fix the day,
and none other.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from generator.evaluation import metrics
from generator.evaluation.corpus import DAY_CATEGORIES

# The ceilings printed, each adding a weaker category: "published" is the day a dater
# falls back on when no day is named; "yearless" needs the year from outside the texts.
CEILINGS = {
    "stated": ("stated",),
    "published": ("stated", "published"),
    "yearless": ("stated", "published", "yearless"),
}


@dataclass(frozen=True)
class Category:
    name: str
    events: int
    articles: int
    dated_right: int  # of those articles


def by_category(
    categories: Mapping[str, str], events: Mapping[str, str], dated_right: Collection[str]
) -> list[Category]:
    """Per category (strongest first): its events, its articles and how many of them were
    dated right. ``categories`` and ``events`` map each article id to its event's
    category and to its event; ``dated_right`` holds the ids dated right."""
    result = []
    for name in DAY_CATEGORIES:
        ids = [i for i, category in categories.items() if category == name]
        result.append(
            Category(
                name=name,
                events=len({events[i] for i in ids}),
                articles=len(ids),
                dated_right=sum(i in dated_right for i in ids),
            )
        )
    return result


def ceiling(counts: list[Category], reachable: tuple[str, ...]) -> float:
    """Date accuracy if every article of the ``reachable`` categories were dated right and
    no other article."""
    total = sum(c.articles for c in counts)
    return metrics.share(sum(c.articles for c in counts if c.name in reachable), total)


def count_line(counts: list[Category]) -> str:
    parts = [f"{c.name} {c.events} events / {c.articles} articles" for c in counts]
    return "event days the stored texts give (day_from_texts): " + "; ".join(parts)


def accuracy_line(counts: list[Category], how: str) -> str:
    parts = [
        f"{c.name} {metrics.share(c.dated_right, c.articles):.3f} ({c.dated_right}/{c.articles})"
        for c in counts
        if c.articles
    ]
    return f"event dates right by day_from_texts ({how}): " + "; ".join(parts)


def ceiling_line(counts: list[Category]) -> str:
    stated, published, yearless = (ceiling(counts, CEILINGS[k]) for k in CEILINGS)
    return (
        f"event date ceiling: {stated:.3f} if every article of a 'stated' event is dated "
        f"right and none other; {published:.3f} with 'published' too; {yearless:.3f} with "
        "'yearless' too"
    )


def summary(counts: list[Category]) -> dict[str, float]:
    stated = next(c for c in counts if c.name == "stated")
    return {
        **{f"date_ceiling_{key}": ceiling(counts, reach) for key, reach in CEILINGS.items()},
        "date_acc_stated": metrics.share(stated.dated_right, stated.articles),
    }
