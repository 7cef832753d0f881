"""The bilingual glossary (``seeds/glossary.yaml``): people, organisations, places,
operations and outlets, with their Arabic forms and canonical English names.

Used for outlet display names now, and for names in machine translation and entity
recognition. Validation reports every problem with the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import arabic, yamlfile
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
    "neutral", "refers_to", "kind", "posts",
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
# A place may say it is a whole country: too wide to tie two events together on its own.
PLACE_KINDS = ("country",)
_PROFILE_TEXT = ("country", "owner", "line")


# A person's post: the Arabic words a report names him by ("الرئيس التركي") and the days he
# held it, first and last, both included ("to" left out or null: he still holds it).
_POST_FIELDS = ("ar", "from", "to")
# A post is a head word and its office, as a subject reads right after a speech verb
# ("الرئيس التركي", "وزير الخارجية السوري"); quotes reads at most this many words.
POST_WORDS = (2, 3)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_POST_FORMAT = "each post needs 'ar' (Arabic words), 'from' (YYYY-MM-DD) and, once he left it, 'to'"


@dataclass(frozen=True)
class Post:
    """A post a person held, as reports name it, and when."""

    ar: tuple[str, ...]  # spellings ("الرئيس الأمريكي", "الرئيس الأميركي")
    start: dt.date
    end: dt.date | None  # the last day held; None: still held

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Post) -> bool:
        return (self.end is None or other.start <= self.end) and (
            other.end is None or self.start <= other.end
        )


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
    # names when it names one (ميليشيا قسد → sdf), and its kind (TERM_KINDS); places:
    # their kind (PLACE_KINDS), when given.
    neutral: dict[str, str] | None = None
    refers_to: str | None = None
    kind: str | None = None
    gender: str | None = None  # persons: one of GENDERS, when given
    posts: tuple[Post, ...] = ()  # persons: the posts reports may name them by

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
    if "posts" in item and item["type"] != "person":
        return "'posts' is for persons only"
    if "posts" in item and (problem := _post_problem(item["posts"])):
        return problem
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


def _day(value: Any) -> dt.date | None:
    """A YYYY-MM-DD day (the YAML reader keeps timestamps as text), or None."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _post_problem(posts: Any) -> str | None:
    """What is wrong with a person's 'posts' list, with the fix, or None."""
    if not isinstance(posts, list) or not posts:
        return f"'posts' must be a list; {_POST_FORMAT}"
    for post in posts:
        if not isinstance(post, dict) or set(map(str, post)) - set(_POST_FIELDS):
            return f"{_POST_FORMAT}, and no other field"
        if not _post_words(post.get("ar")):
            return (
                "a post's 'ar' must be its Arabic words, two or three (الرئيس التركي), "
                "or a list of such spellings"
            )
        start, end = _day(post.get("from")), _day(post.get("to"))
        if start is None or (post.get("to") is not None and end is None):
            return f"a post's 'from' and 'to' must be days written YYYY-MM-DD; {_POST_FORMAT}"
        if end is not None and end < start:
            return f"a post's 'to' ({end}) comes before its 'from' ({start}): swap them"
    return None


def _post_words(ar: Any) -> bool:
    """Whether a post's 'ar' is its words (two or three), or a list of such spellings."""
    spellings = [ar] if isinstance(ar, str) else ar
    if not isinstance(spellings, list) or not spellings:
        return False
    low, high = POST_WORDS
    return all(isinstance(a, str) and low <= len(a.split()) <= high for a in spellings)


def _posts(data: list[dict[str, Any]] | None) -> tuple[Post, ...]:
    def spellings(ar: str | list[str]) -> tuple[str, ...]:
        return (ar,) if isinstance(ar, str) else tuple(ar)

    return tuple(
        Post(spellings(p["ar"]), dt.date.fromisoformat(p["from"]), _day(p.get("to")))
        for p in data or []
    )


def _check_post_holders(
    path: Path, entries: Mapping[str, Entry], lines: Mapping[str, int]
) -> list[Problem]:
    """One holder of a post at a time: two spans of the same post words must not overlap
    (a handover day is the new holder's 'from' and the day after the old holder's 'to')."""
    problems = []
    held: list[tuple[str, str, Post]] = []  # (post words, holder, post)
    for entry in entries.values():
        for post in entry.posts:
            keys = {" ".join(arabic.words(ar)): ar for ar in post.ar}
            clash = next(
                ((keys[k], other) for k, other, p in held if k in keys and p.overlaps(post)), None
            )
            if clash:
                message = (
                    f"post '{clash[0]}' overlaps with '{clash[1]}'s: one holder at a time; end "
                    "the earlier holder's 'to' the day before the later one's 'from'"
                )
                problems.append(Problem(path, lines.get(entry.id), message, entry.id))
            held += [(key, entry.id, post) for key in keys]
    return problems


def held_posts(entries: Iterable[Entry], day: dt.date) -> dict[str, str]:
    """The person who held each post on ``day``, by the post's Arabic words."""
    return {ar: e.id for e in entries for post in e.posts if post.held_on(day) for ar in post.ar}


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
    if item["type"] == "place" and "kind" in item:
        if item["kind"] not in PLACE_KINDS:
            return f"a place's 'kind' must be one of {', '.join(PLACE_KINDS)}, or be left out"
        return None
    term_fields = [key for key in ("neutral", "refers_to", "kind") if key in item]
    if item["type"] != "term":
        if not term_fields:
            return None
        places = " and places" if term_fields[0] == "kind" else ""
        return f"'{term_fields[0]}' is for terms{places} only"
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
    lines: dict[str, int] = {
        str(item.get("id")): item_node.start_mark.line + 1
        for item, item_node in zip(data, node.value, strict=True)
        if isinstance(item, dict)
    }
    problems = _check_post_holders(path, entries, lines)
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
            posts=_posts(item.get("posts")),
        )
    problems += _check_aliases(path, entries, data, node)
    if problems:
        raise InputError(problems)
    return entries
