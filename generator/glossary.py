"""The bilingual glossary (``seeds/glossary.yaml``): people, organisations, places,
operations and outlets, with their Arabic forms and canonical English names.

Used for outlet display names now, and for names in machine translation and entity
recognition. Validation reports every problem with the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import yamlfile
from generator.errors import InputError, Problem
from generator.inputs import outside_link
from generator.seeds import ID_PATTERN, RESERVED_IDS

GLOSSARY_FILE = "glossary.yaml"
# A channel is a medium statements are posted on (Twitter, Facebook), never an actor.
# A term is a loaded way of naming something (ميليشيا، الاحتلال): the framing lexicon.
TYPES = ("person", "organisation", "place", "operation", "outlet", "channel", "term")
_BILINGUAL = ("name", "short", "description", "display")
_FIELDS = (
    "id", "type", "gender", "ar_forms", *_BILINGUAL, "same_as", "domains", "profile",
    "neutral", "refers_to", "kind",
)  # fmt: skip
# A person's gender, so that a verb's agreement can rule a speaker out ("وقالت" is no man's).
GENDERS = ("male", "female")
# What an outlet is, in one word (the sources pages and an event page's Sources list say it).
OUTLET_KINDS = (
    "state",
    "regional",
    "opposition",
    "wire",
    "international",
    "monitor",
    "independent",
)
# pejorative, label and euphemism are loaded; a name (an acronym such as قسد) only varies.
TERM_KINDS = ("pejorative", "label", "euphemism", "name")
LOADED_KINDS = frozenset({"pejorative", "label", "euphemism"})
_PROFILE_TEXT = ("country", "owner", "line")


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    supports: tuple[str, ...]  # which profile fields it backs


@dataclass(frozen=True)
class Profile:
    """Who an outlet is, each claim backed by a source."""

    kind: str
    country: dict[str, str]
    owner: dict[str, str]
    line: dict[str, str]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name: dict[str, str]  # {"en": ..., "ar": ...}
    ar_forms: tuple[str, ...]
    description: dict[str, str]
    short: dict[str, str] | None = None
    display: dict[str, str] | None = None  # outlets: how the site names them
    # Another entry naming the same body ("البنتاغون" for the Department of Defense): its
    # own English stays in translations; events and entity pages count it as that entry.
    same_as: str | None = None
    # Outlets: web domains (without "www."), so `briefing new PAGE.html` recognises them.
    domains: tuple[str, ...] = ()
    profile: Profile | None = None  # outlets
    # Terms: the neutral wording ("" in both languages: drop the word), the entry the term
    # names when it names one (ميليشيا قسد → sdf), and its kind (TERM_KINDS).
    neutral: dict[str, str] | None = None
    refers_to: str | None = None
    kind: str | None = None
    gender: str | None = None  # persons: one of GENDERS, when given

    @property
    def body(self) -> str:
        return self.same_as or self.id

    @property
    def loaded(self) -> bool:
        return self.type == "term" and self.kind in LOADED_KINDS


def _check(item: Any, seen: set[str]) -> str | None:
    if not isinstance(item, dict):
        return "each entry must be a mapping with id, type, name, ar_forms, description"
    unknown = sorted(set(map(str, item)) - set(_FIELDS))
    if unknown:
        return f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(_FIELDS)}"
    if not isinstance(item.get("id"), str) or not ID_PATTERN.fullmatch(item["id"]):
        return "'id' must be lowercase letters, digits and hyphens"
    if item["id"] in RESERVED_IDS:
        return f"'id' {item['id']} is reserved for the site's own pages"
    if item["id"] in seen:
        return f"duplicate id '{item['id']}'"
    if item.get("type") not in TYPES:
        return f"'type' must be one of {', '.join(TYPES)}"
    for key in _BILINGUAL:
        value = item.get(key)
        required = key in ("name", "description") or (key == "display" and item["type"] == "outlet")
        if value is None and not required:
            continue
        if not isinstance(value, dict) or not all(
            isinstance(value.get(lang), str) and value[lang].strip() for lang in ("en", "ar")
        ):
            return f"'{key}' needs non-empty 'en' and 'ar' text"
    if "gender" in item and (item["type"] != "person" or item["gender"] not in GENDERS):
        return f"'gender' is for persons only, one of {', '.join(GENDERS)}"
    if not isinstance(item.get("same_as", ""), str):
        return "'same_as' must be the id of the entry naming the same body"
    domains = item.get("domains", [])
    if not isinstance(domains, list) or not all(
        isinstance(d, str) and re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", d) for d in domains
    ):
        return "'domains' must be a list of web domains such as example.com (no www., no path)"
    if domains and item["type"] != "outlet":
        return "'domains' is for outlets only"
    forms = item.get("ar_forms")
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
        return "'ar_forms' must be a non-empty list of Arabic spellings"
    if "profile" in item:
        return (
            _check_profile(item["profile"])
            if item["type"] == "outlet"
            else ("'profile' is for outlets only")
        )
    return _check_term(item)


def _bilingual(value: Any, *, empty: bool = False) -> bool:
    return isinstance(value, dict) and all(
        isinstance(value.get(lang), str) and (empty or value[lang].strip()) for lang in ("en", "ar")
    )


def _check_profile(profile: Any) -> str | None:
    if not isinstance(profile, dict) or profile.get("kind") not in OUTLET_KINDS:
        return f"'profile' needs 'kind', one of {', '.join(OUTLET_KINDS)}"
    if missing := [key for key in _PROFILE_TEXT if not _bilingual(profile.get(key))]:
        return f"'profile' needs {', '.join(missing)} with non-empty 'en' and 'ar' text"
    sources = profile.get("sources")
    if not isinstance(sources, list) or not sources:
        return "'profile' needs 'sources': where each claim comes from (url, title, supports)"
    for source in sources:
        if not (
            isinstance(source, dict)
            and isinstance(source.get("url"), str)
            and source["url"].startswith(("https://", "http://"))
            and isinstance(source.get("title"), str)
            and source["title"].strip()
            and isinstance(source.get("supports"), list)
            and set(source["supports"]) <= {*_PROFILE_TEXT, "kind"}
        ):
            return "each profile source needs an http(s) 'url', a 'title' and 'supports' (fields)"
    if unknown := set(profile) - {*_PROFILE_TEXT, "kind", "sources", "note"}:
        return f"unknown profile field(s) {', '.join(sorted(map(str, unknown)))}"
    return None


def _check_term(item: dict[str, Any]) -> str | None:
    term_fields = [key for key in ("neutral", "refers_to", "kind") if key in item]
    if item["type"] != "term":
        return f"'{term_fields[0]}' is for terms only" if term_fields else None
    if item.get("kind") not in TERM_KINDS:
        return f"'kind' must be one of {', '.join(TERM_KINDS)}"
    if not _bilingual(item.get("neutral"), empty=True):
        return "'neutral' needs 'en' and 'ar' text (both empty: the word is best dropped)"
    if not isinstance(item.get("refers_to", ""), str | None):
        return "'refers_to' must be the id of the entry the term names, or be left out"
    return None


def _profile(data: dict[str, Any] | None) -> Profile | None:
    if data is None:
        return None
    sources = tuple(
        Source(url=s["url"], title=s["title"], supports=tuple(s["supports"]))
        for s in data["sources"]
    )
    return Profile(data["kind"], data["country"], data["owner"], data["line"], sources)


def _check_aliases(
    path: Path, entries: dict[str, Entry], data: list[Any], node: Any
) -> list[Problem]:
    lines = {
        item.get("id"): item_node.start_mark.line + 1
        for item, item_node in zip(data, node.value, strict=True)
        if isinstance(item, dict)
    }
    problems = []
    for entry in entries.values():
        if entry.refers_to and entry.refers_to not in entries:
            message = f"'refers_to' names no glossary entry: '{entry.refers_to}'"
            problems.append(Problem(path, lines.get(entry.id), message, entry.id))
        target = entries.get(entry.same_as) if entry.same_as else None
        if entry.same_as is None:
            continue
        if target is None or target.same_as or target.id == entry.id or target.type != entry.type:
            message = (
                f"'same_as' must name another {entry.type} entry that has no 'same_as' "
                f"itself; '{entry.same_as}' does not"
            )
            problems.append(Problem(path, lines.get(entry.id), message, entry.id))
    return problems


def load(seeds_dir: Path) -> dict[str, Entry]:
    """Glossary entries by id (empty if there is no glossary); raises InputError."""
    path = seeds_dir / GLOSSARY_FILE
    if not path.exists() and not path.is_symlink():
        return {}
    if link := outside_link(path, seeds_dir.parent):
        raise InputError([link])
    data, node = yamlfile.read(path)
    if not isinstance(data, list):
        raise InputError([Problem(path, 1, "must be a list of entries ('- id: ...')")])
    entries: dict[str, Entry] = {}
    problems = []
    for item, item_node in zip(data, node.value, strict=True):
        message = _check(item, set(entries))
        if message:
            key = item.get("id") if isinstance(item, dict) else None
            problems.append(Problem(path, item_node.start_mark.line + 1, message, key))
            continue
        entries[item["id"]] = Entry(
            id=item["id"],
            type=item["type"],
            name=item["name"],
            ar_forms=tuple(item["ar_forms"]),
            description=item["description"],
            short=item.get("short"),
            display=item.get("display"),
            same_as=item.get("same_as"),
            domains=tuple(item.get("domains", [])),
            profile=_profile(item.get("profile")),
            neutral=item.get("neutral"),
            refers_to=item.get("refers_to"),
            kind=item.get("kind"),
            gender=item.get("gender"),
        )
    problems += _check_aliases(path, entries, data, node)
    if problems:
        raise InputError(problems)
    return entries
