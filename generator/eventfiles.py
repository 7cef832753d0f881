"""Event files (``seeds/events/<event id>.yaml``): what an editor says about an event.

An event file gives a title and a one-to-three-sentence summary in both languages, the
editor's name, optionally the event's articles (which then fix its membership, instead of
``event:`` in each seed), and links to related events. Everything here is written by a
person and shown as such; the build never invents a summary.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import yamlfile
from generator.errors import InputError, Problem
from generator.inputs import outside_link
from generator.model import Article

EVENTS_DIRNAME = "events"
RELATION_KINDS = ("follow-up", "reaction", "background")
FIELDS = ("title", "summary", "editor", "articles", "related")
MAX_SUMMARY_SENTENCES = 3


@dataclass(frozen=True)
class Relation:
    """An editor's link to a related event (threads.Link is what the pages show)."""

    event: str
    kind: str  # RELATION_KINDS


@dataclass(frozen=True)
class EventFile:
    id: str
    path: Path
    title: dict[str, str] | None
    summary: dict[str, str] | None
    editor: str | None
    articles: tuple[str, ...]
    related: tuple[Relation, ...]
    lines: dict[str, int]  # line of each top-level key, for problems found later


def events_dir(seeds_dir: Path) -> Path:
    return seeds_dir / EVENTS_DIRNAME


def load(seeds_dir: Path) -> dict[str, EventFile]:
    """Every event file by event id; raises InputError listing every problem."""
    from generator.seeds import ID_PATTERN  # seeds imports this module's users, not this module

    folder = events_dir(seeds_dir)
    if not folder.exists():
        return {}
    if not folder.is_dir():
        raise InputError([Problem(folder, None, "must be a folder of <event id>.yaml files")])
    files: dict[str, EventFile] = {}
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.suffix != ".yaml" or not ID_PATTERN.fullmatch(path.stem):
            problems.append(Problem(path, None, "is not an event file: name it <event id>.yaml"))
        elif link := outside_link(path, seeds_dir.parent):
            problems.append(link)
        else:
            try:
                files[path.stem] = _read(path)
            except InputError as err:
                problems += err.problems
    if problems:
        raise InputError(problems)
    return files


def _read(path: Path) -> EventFile:
    data, node = yamlfile.read(path, what="event file YAML")
    if not isinstance(data, dict):
        raise InputError([Problem(path, 1, "must be 'key: value' lines (title, summary, …)")])
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    problems = [
        Problem(path, lines.get(str(key)), f"unknown key; allowed: {', '.join(FIELDS)}", str(key))
        for key in data
        if key not in FIELDS
    ]
    for key in ("title", "summary"):
        if key in data and (message := _check_bilingual(data[key], key)):
            problems.append(Problem(path, lines.get(key), message, key))
    if "TODO" in yaml.safe_dump(data, allow_unicode=True):
        problems.append(Problem(path, 1, "still has TODO text from the skeleton: complete it"))
    if "summary" in data and not isinstance(data.get("editor"), str):
        problems.append(Problem(path, 1, "a summary needs 'editor': who wrote it", "editor"))
    articles = data.get("articles", [])
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        problems.append(Problem(path, lines.get("articles"), "must be a list of seed ids"))
    related, message = _relations(data.get("related", []))
    if message:
        problems.append(Problem(path, lines.get("related"), message, "related"))
    if problems:
        raise InputError(problems)
    return EventFile(
        id=path.stem,
        path=path,
        title=data.get("title"),
        summary=data.get("summary"),
        editor=data.get("editor"),
        articles=tuple(articles),
        related=related,
        lines=lines,
    )


def _check_bilingual(value: Any, key: str) -> str | None:
    if not isinstance(value, dict) or set(value) != {"en", "ar"}:
        return f"'{key}' needs 'en' and 'ar' (and nothing else)"
    if not all(isinstance(v, str) and v.strip() for v in value.values()):
        return f"'{key}' needs non-empty text in both languages"
    if key == "summary" and any(
        sum(v.count(mark) for mark in ".؟?!") > MAX_SUMMARY_SENTENCES for v in value.values()
    ):
        return f"a summary is one to {MAX_SUMMARY_SENTENCES} sentences"
    return None


def _relations(items: Any) -> tuple[tuple[Relation, ...], str | None]:
    if not isinstance(items, list) or not all(
        isinstance(i, dict) and set(i) == {"event", "kind"} and isinstance(i["event"], str)
        for i in items
    ):
        return (), "must be a list of '- {event: <id>, kind: <kind>}'"
    if bad := [i["kind"] for i in items if i["kind"] not in RELATION_KINDS]:
        return (), f"kind '{bad[0]}' is not one of {', '.join(RELATION_KINDS)}"
    return tuple(Relation(i["event"], i["kind"]) for i in items), None


def apply_membership(articles: Sequence[Article], files: Mapping[str, EventFile]) -> list[Article]:
    """Articles listed in an event file belong to that event (their ``event:`` set to it)."""
    owner: dict[str, EventFile] = {}
    problems = []
    known = {a.id for a in articles}
    for file in files.values():
        for seed_id in file.articles:
            line = file.lines.get("articles")
            if seed_id not in known:
                problems.append(Problem(file.path, line, f"no seed has the id '{seed_id}'"))
            elif seed_id in owner:
                message = f"'{seed_id}' is also listed in {owner[seed_id].path.name}"
                problems.append(Problem(file.path, line, message))
            owner[seed_id] = file
    result = []
    for article in articles:
        listed = owner.get(article.id)
        if listed and article.meta.event not in (None, listed.id):
            message = (
                f"lists '{article.id}', whose seed says event: {article.meta.event}: "
                "remove the seed's event: line"
            )
            problems.append(Problem(listed.path, listed.lines.get("articles"), message))
        elif listed:
            article = dataclasses.replace(
                article, meta=dataclasses.replace(article.meta, event=listed.id)
            )
        result.append(article)
    if problems:
        raise InputError(problems)
    return result


def check_ids(files: Mapping[str, EventFile], event_ids: set[str]) -> list[Problem]:
    """Event files that name no event, and related links to events that do not exist."""
    problems = []
    for file in files.values():
        if file.id not in event_ids:
            message = "no event has this id: list its seeds under 'articles'"
            problems.append(Problem(file.path, 1, message))
        for relation in file.related:
            if relation.event not in event_ids:
                line = file.lines.get("related")
                problems.append(Problem(file.path, line, f"no event has the id '{relation.event}'"))
    return problems


def skeleton(event_id: str, articles: Sequence[str]) -> str:
    """A new event file for an editor to complete (`briefing event new ID`)."""
    data = {
        "title": {"en": "TODO: a neutral title", "ar": "TODO: عنوان محايد"},
        "summary": {
            "en": "TODO: one to three sentences, each backed by the cited reports.",
            "ar": "TODO: جملة إلى ثلاث جمل تستند إلى التقارير المذكورة.",
        },
        "editor": "TODO: your name",
        "articles": list(articles),
        "related": [],
    }
    header = (
        f"# Event {event_id}: written by a person, shown as the editor's summary.\n"
        f"# related: - {{event: <id>, kind: {' | '.join(RELATION_KINDS)}}}\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
