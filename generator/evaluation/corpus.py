"""The labelled evaluation corpus: ``eval/labels.yaml`` plus ``eval/corpus/<id>.txt``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import yamlfile
from generator.errors import InputError, Problem
from generator.model import Seed, SeedMeta

SPLITS = ("tune", "test")
# Whether the stored texts fix an event's day (eval/README.md), strongest first.
DAY_CATEGORIES = ("stated", "published", "yearless", "weekday", "none")


@dataclass(frozen=True)
class Quote:
    line: int
    starts: str
    speaker_id: str | None
    speaker: str | None = None  # as labelled, in the report's words ("مصادر ميدانية")


@dataclass(frozen=True)
class Figure:
    line: int
    value: str  # "5", or "5-6" for a range
    kind: str
    given_by: str  # who gave the number, or "outlet"
    revision: bool


@dataclass(frozen=True)
class Labelled:
    """One article of the corpus and what a person said about it."""

    id: str
    outlet: str
    outlet_line: str
    url: str | None
    published: dt.date | None
    event: str
    event_date: dt.date
    split: str
    title_line: int | None
    title: str | None
    boilerplate: frozenset[int]  # 1-based line numbers
    entities: tuple[str, ...]
    quotes: tuple[Quote, ...]
    not_quotes: tuple[str, ...]
    figures: tuple[Figure, ...]
    text: str
    day_from_texts: str | None = None  # the event's DAY_CATEGORIES label; None off the corpus

    @classmethod
    def development(
        cls,
        page: Mapping[str, Any],
        text: str,
        *,
        published: dt.date | None = None,
        event: str | None = None,
        event_date: dt.date = dt.date.min,
        title_line: int | None = None,
        title: str | None = None,
        boilerplate: frozenset[int] = frozenset(),
    ) -> Labelled:
        """A development page (``eval/dev/``, outside the corpus): its id, outlet and URL,
        and only the labels its set gives; its event is itself unless named."""
        return cls(
            id=page["id"], outlet=page["outlet"], outlet_line="", url=page["url"],
            published=published, event=event or page["id"], event_date=event_date,
            split="dev", title_line=title_line, title=title, boilerplate=boilerplate,
            entities=(), quotes=(), not_quotes=(), figures=(), text=text,
        )  # fmt: skip

    def seed(self, path: Path) -> Seed:
        """The article as a contributor would add it: outlet, date and URL as labelled."""
        meta = SeedMeta(
            id=self.id, outlet=_slug(self.outlet), url=self.url, published=self.published
        )
        return Seed(path=path, meta=meta, body=self.text, body_line=1)


def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _lines(ranges: list[list[int]] | None) -> frozenset[int]:
    return frozenset(n for first, last in ranges or [] for n in range(first, last + 1))


def _figure(label: dict[str, Any]) -> Figure:
    return Figure(
        line=label["line"], value=str(label["value"]), kind=label["kind"],
        given_by=str(label["given_by"]), revision=bool(label.get("revision")),
    )  # fmt: skip


def _day_problems(path: Path, events: dict[str, Any]) -> list[Problem]:
    """Every event must say whether its texts fix its day, and on what evidence."""
    problems = []
    expected = ", ".join(DAY_CATEGORIES)
    for name, event in events.items():
        category = event.get("day_from_texts")
        if category not in DAY_CATEGORIES:
            message = f"day_from_texts is {category!r}; expected one of {expected}"
            problems.append(Problem(path, None, message, key=f"events.{name}"))
        if not str(event.get("day_evidence") or "").strip():
            message = "day_evidence is missing: give the article, line and words"
            problems.append(Problem(path, None, message, key=f"events.{name}"))
    return problems


def load(eval_dir: Path, split: str | None = None) -> list[Labelled]:
    """Every labelled article (of one split, if given), in id order."""
    path = eval_dir / "labels.yaml"
    data, _ = yamlfile.read(path, what="evaluation labels")
    events = data["events"]
    if problems := _day_problems(path, events):
        raise InputError(problems)
    items = []
    for item in data["articles"]:
        event = events[item["event"]]
        if split and event["split"] != split:
            continue
        items.append(
            Labelled(
                id=item["id"],
                outlet=item["outlet"],
                outlet_line=item["outlet_line"],
                url=item.get("url"),
                published=_date(item.get("published")),
                event=item["event"],
                event_date=_date(event["date"]) or dt.date.min,
                split=event["split"],
                title_line=item.get("title_line"),
                title=item.get("title"),
                boilerplate=_lines(item.get("boilerplate")),
                entities=tuple(item.get("entities") or ()),
                quotes=tuple(
                    Quote(q["line"], q["starts"], q.get("speaker_id"), q.get("speaker"))
                    for q in item.get("quotes") or ()
                ),
                not_quotes=tuple(item.get("not_quotes") or ()),
                figures=tuple(
                    Figure(
                        f["line"],
                        str(f["value"]),
                        f["kind"],
                        str(f["given_by"]),
                        bool(f.get("revision")),
                    )
                    for f in item.get("figures") or ()
                ),
                text=(eval_dir / "corpus" / f"{item['id']}.txt").read_text(encoding="utf-8"),
                day_from_texts=event["day_from_texts"],
            )
        )
    return sorted(items, key=lambda x: x.id)


def day_categories(eval_dir: Path, split: str) -> dict[str, str]:
    """Each article's event's ``day_from_texts``, from the labels file alone (no text is
    read): what can be counted on the test half without running anything on it."""
    path = eval_dir / "labels.yaml"
    data, _ = yamlfile.read(path, what="evaluation labels")
    events = data["events"]
    if problems := _day_problems(path, events):
        raise InputError(problems)
    return {
        item["id"]: events[item["event"]]["day_from_texts"]
        for item in data["articles"]
        if events[item["event"]]["split"] == split
    }


def tuning_half(items: list[Labelled], half: str | None) -> list[Labelled]:
    """The items of alternate events in sorted order (``a`` the first, ``b`` the second),
    so a rule written against one half's errors can be checked on the other; all of
    them when ``half`` is None."""
    if half is None:
        return items
    events = sorted({i.event for i in items})
    keep = set(events[0 if half == "a" else 1 :: 2])
    return [i for i in items if i.event in keep]
