"""Ingest: read seed files, validate their front matter, and write new seeds.

A seed is UTF-8 Markdown: YAML front matter between ``---`` lines, then the article body
exactly as received. This is the only module that reads or writes ``seeds/*.md``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from generator import arabic, yamlfile
from generator.errors import InputError, Problem
from generator.evidence import check_grade, contradictions, draft_grades
from generator.inputs import outside_link, read_input
from generator.model import Seed, SeedMeta
from generator.writer import atomic_write

SEED_SUFFIX = ".md"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FENCE = "---"
MAX_SEED_BYTES = 2 * 1024 * 1024  # the longest real report we hold is about 60 KB
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)  # date arithmetic stays safe
RAW_DIR = "raw"  # seeds/raw/<id>.html: pages kept byte-identical as evidence, never published


RESERVED_IDS = frozenset({"index"})  # page names the site uses itself


def _check_id(value: Any) -> str | None:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        return "expected lowercase letters, digits and single hyphens, e.g. 005-qamishli"
    if value in RESERVED_IDS:
        return f"'{value}' is reserved for the site's own pages: choose another id"
    return None


def _check_text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "expected non-empty text"
    if "\n" in value.strip():
        return "expected a single line"
    return None


def _check_url(value: Any) -> str | None:
    if value is None:
        return None
    parsed = urlparse(value) if isinstance(value, str) else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.netloc:
        return "expected an http:// or https:// address, or leave the key out"
    return None


def _check_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        return "expected a date as YYYY-MM-DD, or leave the key out if unknown"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return "expected a real date as YYYY-MM-DD, or leave the key out if unknown"
    if not EARLIEST <= value <= LATEST:
        return f"expected a date between {EARLIEST} and {LATEST}, or leave the key out"
    return None


def _check_raw(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(rf"{RAW_DIR}/[a-z0-9-]+\.html", value):
        return f"expected {RAW_DIR}/<seed id>.html, the saved page kept as evidence"
    return None


def _check_language(value: Any) -> str | None:
    return None if value == "ar" else "expected 'ar' (only Arabic articles are supported)"


# The declared schema: key -> (required, check). Validation, `briefing new` and the docs
# (README, "Seed format") all follow this table.
SCHEMA: dict[str, tuple[bool, Callable[[Any], str | None]]] = {
    "id": (True, _check_id),
    "outlet": (True, _check_text),
    "language": (True, _check_language),
    "url": (False, _check_url),
    "published": (False, _check_date),
    "event": (False, _check_id),
    "title": (False, _check_text),
    "added": (False, _check_date),  # the day `briefing new` made the seed, for "what's new"
    # Seeds made from a web page (`briefing new PAGE.html`): where the date came from, the
    # extractor that made the body (the build never extracts again), the saved page.
    "published_basis": (False, _check_text),
    # How the outlet and date are known: established, inferred or unknown (evidence.py);
    # the prose evidence is in SOURCES.md.
    "outlet_evidence": (False, check_grade),
    "published_evidence": (False, check_grade),
    "extractor": (False, _check_text),
    "raw": (False, _check_raw),
    # A republication (SOHR's copy of an Al-Modon report): who published it first, where.
    "original_outlet": (False, _check_text),
    "original_url": (False, _check_url),
}


def _is_note(path: Path) -> bool:
    """Upper-case names (README.md, SOURCES.md) are notes about the seeds, not seeds."""
    return path.suffix == SEED_SUFFIX and re.fullmatch("[A-Z][A-Z_]*", path.stem) is not None


def seed_paths(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order (sorted by name); ``unrecognised`` lists the rest."""
    return sorted(
        (
            p
            for p in seeds_dir.glob(f"*{SEED_SUFFIX}")
            if p.is_file() and not _is_note(p) and not outside_link(p, seeds_dir.parent)
        ),
        key=lambda p: p.name,  # one folder: by name, as Path orders them (but faster)
    )


# What else seeds/ may hold besides seeds and notes; hidden files (.gitkeep) are ignored.
OTHER_ENTRIES = frozenset({"glossary.yaml", "tm", "raw", "events"})


def unrecognised(seeds_dir: Path) -> list[Problem]:
    """Entries of seeds/ that would otherwise be skipped without a word."""
    problems = []
    # by name, as Path orders one folder's entries (comparing Paths cost more: thousands)
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.name in OTHER_ENTRIES or _is_note(path):
            continue
        if link := outside_link(path, seeds_dir.parent):
            problems.append(link)
        elif path.suffix != SEED_SUFFIX:
            problems.append(
                Problem(
                    path,
                    None,
                    "is not a seed (seeds are .md files that `briefing new` "
                    "writes): import it with `briefing new`, or move it out of seeds/",
                )
            )
        elif path.is_dir():
            problems.append(Problem(path, None, "is a folder named like a seed: rename it"))
        elif not path.is_file():
            problems.append(Problem(path, None, "is not a regular file: replace it with a file"))
    return problems


def read_seed(path: Path) -> tuple[Seed | None, list[Problem]]:
    """Parse one seed; returns the seed, or None and every problem found."""
    try:  # each step raises InputError with the problems that stop it going further
        text = _read_seed_text(path)
        header, body, closing = _split_front_matter(path, text)
        mapping = _checked_front_matter(path, header, body, closing)
    except InputError as err:
        return None, err.problems
    return Seed(path=path, meta=_seed_meta(mapping), body=body, body_line=closing + 2), []


def _read_seed_text(path: Path) -> str:
    """The file as text; one problem if it cannot be read, is not UTF-8 or has lone CRs."""
    raw = read_input(path, limit=MAX_SEED_BYTES)
    try:
        text = raw.decode("utf-8-sig")  # Notepad's BOM is not an error
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        message = "is not valid UTF-8; save the file as UTF-8"
        raise InputError([Problem(path, line, message)]) from None
    if problem := _line_ending_problem(path, text):
        raise InputError([problem])
    return text


def _split_front_matter(path: Path, text: str) -> tuple[str, str, int]:
    """The header between the ``---`` fences, the body after them, and the index of the
    closing fence's line (0-based), from which problems get their line numbers."""
    lines = text.split("\n")  # only LF ends a line, as for editors (not U+2028, NEL, FF)
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if not lines or lines[0].rstrip("\r\n") != FENCE:
        message = "must start with a '---' line opening the YAML front matter"
        raise InputError([Problem(path, 1, message)])
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n") == FENCE), None)
    if closing is None:
        message = "front matter is not closed: add a '---' line after it"
        raise InputError([Problem(path, 1, message)])
    return "".join(lines[1:closing]), "".join(lines[closing + 1 :]), closing


def _checked_front_matter(path: Path, header: str, body: str, closing: int) -> dict[str, Any]:
    """The front matter as a mapping; every schema problem at once, so a contributor can
    fix them all in one go (a header YAML cannot parse stops before the schema checks)."""
    data, problems = _parse_header(path, header)
    if data is None:
        raise InputError(problems)
    mapping, key_lines = data
    problems += _validate(path, mapping, key_lines, closing)
    if not body.strip():
        problems.append(Problem(path, closing + 2, "has no article text after the front matter"))
    if problems:
        raise InputError(problems)
    return mapping


def _seed_meta(mapping: dict[str, Any]) -> SeedMeta:
    """Validated front matter as a SeedMeta: dates parsed, outlet and title
    stripped of edge spaces."""
    return SeedMeta(
        id=mapping["id"],
        outlet=mapping["outlet"].strip(),
        language=mapping["language"],
        url=mapping.get("url"),
        published=_as_date(mapping.get("published")),
        event=mapping.get("event"),
        title=mapping["title"].strip() if mapping.get("title") else None,
        added=_as_date(mapping.get("added")),
        original_outlet=mapping.get("original_outlet"),
        original_url=mapping.get("original_url"),
        outlet_evidence=mapping.get("outlet_evidence"),
        published_evidence=mapping.get("published_evidence"),
    )


def _as_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _parse_header(
    path: Path, header: str
) -> tuple[tuple[dict[str, Any], dict[str, int]] | None, list[Problem]]:
    """YAML front matter as a mapping plus the file line of each key."""
    try:  # the header starts on line 2, after the opening fence
        mapping, node = yamlfile.parse(header, path, first_line=2, what="YAML front matter")
    except InputError as err:
        return None, err.problems
    if not isinstance(node, yaml.MappingNode) or not isinstance(mapping, dict):
        return None, [Problem(path, 2, "front matter must be 'key: value' lines")]
    key_lines = {
        str(key.value): key.start_mark.line + 2 for key, _ in node.value if key.value is not None
    }
    return (mapping, key_lines), []


def _validate(
    path: Path, mapping: dict[str, Any], key_lines: dict[str, int], closing: int
) -> list[Problem]:
    problems = []
    for key in mapping:
        if key not in SCHEMA:
            hint = difflib.get_close_matches(str(key), SCHEMA, n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"allowed: {', '.join(SCHEMA)}"
            problems.append(Problem(path, key_lines.get(str(key)), f"unknown key; {fix}", key))
    for key, (required, check) in SCHEMA.items():
        if key not in mapping:
            if required:
                problems.append(Problem(path, closing + 1, "is required but missing", key))
            continue
        message = check(mapping[key])
        if message:
            problems.append(Problem(path, key_lines.get(key), message, key))
    raw = mapping.get("raw")
    expected = f"{RAW_DIR}/{path.stem}.html"
    if isinstance(raw, str) and (raw != expected or not (path.parent / raw).is_file()):
        message = f"expected the saved page at {expected} beside the seed"
        problems.append(Problem(path, key_lines.get("raw"), message, "raw"))
    for key, message in contradictions(mapping).items():
        problems.append(Problem(path, key_lines.get(key), message, key))
    seed_id = mapping.get("id")
    if isinstance(seed_id, str) and seed_id != path.stem and not _check_id(seed_id):
        problems.append(
            Problem(path, key_lines.get("id"), f"must equal the file name '{path.stem}'", "id")
        )
    return problems


def _line_ending_problem(path: Path, text: str) -> Problem | None:
    """Old Mac files end lines with a lone CR: Python would read them as one long line."""
    position = next((m.start() for m in re.finditer("\r(?!\n)", text)), None)
    if position is None:
        return None
    line = text[:position].count("\n") + 1
    return Problem(path, line, "ends lines with a lone CR (old Mac style): save it with LF endings")


SeedResult = tuple[Seed | None, list[Problem]]
SeedReader = Callable[[Path], SeedResult]


def load_seeds(
    seeds_dir: Path,
    read: Callable[[Path, SeedReader], SeedResult] | None = None,
    paths: Sequence[Path] | None = None,
) -> list[Seed]:
    """Every seed in ``seeds_dir``; raises InputError listing all problems of all files.

    ``read(path, read_seed)`` may answer from a cache (``cache.BuildCache.read_seed``);
    ``paths``, if given, are ``seed_paths(seeds_dir)`` as the caller just listed them."""
    seeds: list[Seed] = []
    problems: list[Problem] = unrecognised(seeds_dir) if seeds_dir.is_dir() else []
    for path in seed_paths(seeds_dir) if paths is None else paths:
        seed, found = read(path, read_seed) if read else read_seed(path)
        problems += found
        if seed:
            seeds.append(seed)
    problems += _event_id_problems(seeds)
    if problems:
        raise InputError(problems)
    return seeds


def _event_id_problems(seeds: list[Seed]) -> list[Problem]:
    """An ``event:`` named after another seed clashes with the id that seed's own event
    gets automatically (events without a manual id are named after their first seed)."""
    ids = {seed.meta.id for seed in seeds}
    problems = []
    for seed in seeds:
        if seed.meta.event in ids and seed.meta.event != seed.meta.id:
            lines = seed.path.read_text(encoding="utf-8-sig").splitlines()
            line = next((n for n, text in enumerate(lines, 1) if text.startswith("event:")), None)
            problems.append(
                Problem(
                    seed.path,
                    line,
                    f"'{seed.meta.event}' is another seed's id: to group with that seed, give "
                    "both seeds the same new event id (e.g. event: 2019-11-tal-tamr-patrols)",
                    "event",
                )
            )
    return problems


def body_digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def new_seed(
    seeds_dir: Path,
    raw_path: Path,
    *,
    outlet: str,
    published: str | None = None,
    url: str | None = None,
    event: str | None = None,
) -> Path:
    """Write a seed from a raw text file and return its path; never overwrites."""
    try:
        body = read_input(raw_path, limit=MAX_SEED_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        message = "cannot be used as an article: it is not valid UTF-8; save it as UTF-8"
        raise InputError([Problem(raw_path, None, message)]) from None
    if not body.strip():
        raise InputError([Problem(raw_path, None, "is empty: nothing to import")])
    if not arabic.has_arabic(body):
        raise InputError(
            [Problem(raw_path, None, "has no Arabic text: only Arabic articles are supported")]
        )
    if problem := _line_ending_problem(raw_path, body):
        raise InputError([problem])
    if not body.endswith("\n"):
        body += "\n"

    return create_seed(
        seeds_dir,
        body,
        origin=raw_path,
        meta={
            "outlet": outlet,
            "url": url,
            "published": published,
            "event": event,
            **draft_grades(outlet, None, date_given=published is not None),
        },
    )


def create_seed(
    seeds_dir: Path,
    body: str,
    *,
    origin: Path,
    meta: dict[str, str | None],
    raw_page: bytes | None = None,
    evidence: dict[str, str] | None = None,
) -> Path:
    """Write a seed with ``body`` and front matter ``meta`` (None values left out), plus
    the saved page it came from; never overwrites. ``origin`` names the input in errors."""
    seed_id = _new_seed_id(seeds_dir, body, origin)
    fields = _seed_fields(seed_id, meta, origin, keeps_page=raw_page is not None)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    if raw_page is not None:  # the evidence first: a seed never points at a missing page
        (seeds_dir / RAW_DIR).mkdir(exist_ok=True)
        atomic_write(seeds_dir / fields["raw"], raw_page, replace=False)
    target = seeds_dir / f"{seed_id}{SEED_SUFFIX}"
    atomic_write(target, _seed_file_bytes(fields, body), replace=False)
    draft_sources_section(
        seeds_dir,
        seed_id,
        outlet=fields["outlet"],
        url=fields.get("url"),
        published=meta.get("published"),
        evidence=evidence,
    )
    return target


def _new_seed_id(seeds_dir: Path, body: str, origin: Path) -> str:
    """The next free number and the body's digest, e.g. ``005-<digest>``. A body already
    imported has the same digest: refused, so one article never becomes two seeds."""
    digest = body_digest(body)
    existing = seed_paths(seeds_dir) if seeds_dir.is_dir() else []
    for path in existing:
        if path.stem.endswith(f"-{digest}"):
            raise InputError([Problem(origin, None, f"is already imported as {path}")])
    numbers = [int(m.group()) for p in existing if (m := re.match(r"\d+", p.stem))]
    return f"{max(numbers, default=-1) + 1:03d}-{digest}"


def _seed_fields(
    seed_id: str, meta: dict[str, str | None], origin: Path, *, keeps_page: bool
) -> dict[str, Any]:
    """The front matter to write, checked against SCHEMA before anything is written, so a
    bad option leaves no half-made seed behind."""
    fields: dict[str, Any] = {"id": seed_id, "language": "ar"}
    fields.update({key: value for key, value in meta.items() if value is not None})
    if keeps_page:
        fields["raw"] = f"{RAW_DIR}/{seed_id}.html"
    problems = [
        Problem(origin, None, f"--{key}: {error}")
        for key, value in fields.items()
        if (error := SCHEMA[key][1](value))
    ]
    if problems:
        raise InputError(problems)
    if fields.get("published"):
        fields["published"] = dt.date.fromisoformat(fields["published"])  # written unquoted
    fields["added"] = dt.date.today()  # the day the seed was made: "Latest additions"
    return fields


def _seed_file_bytes(fields: dict[str, Any], body: str) -> bytes:
    """The seed file: front matter between fences, keys in SCHEMA order, then the body."""
    order = [key for key in SCHEMA if key in fields]  # id, outlet, language, … as documented
    header = yaml.safe_dump(
        {key: fields[key] for key in order}, allow_unicode=True, sort_keys=False, width=1000
    )
    return f"{FENCE}\n{header}{FENCE}\n{body}".encode()


SOURCES_FILE = "SOURCES.md"


def _cell(value: str) -> str:
    return value.replace("|", "\\|")  # a site name with "|" must not split the table row


def draft_sources_section(
    seeds_dir: Path,
    seed_id: str,
    *,
    outlet: str,
    url: str | None,
    published: str | None,
    evidence: dict[str, str] | None = None,
) -> None:
    """Append a section for a new seed to SOURCES.md, for the contributor to complete.

    It states what the command was told, and for a page the evidence it found there
    (``evidence``: key -> what was found), each to be confirmed by a person.
    """
    path = seeds_dir / SOURCES_FILE
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    todo = (
        "(evidence to be written: established / inferred / unknown, and how; "
        "grade it in the front matter too)"
    )
    found = dict(evidence or {})
    confirm = (
        "(found by `briefing new` in the saved page: confirm, and grade it established / "
        "inferred here and in the front matter)"
    )

    def row(value: str, key: str) -> str:
        return f"{value}, {found.pop(key)} {confirm}" if key in found else f"{value} {todo}"

    rows = [
        ("outlet", row(f"`{outlet}`", "outlet")),
        ("url", url or "none given"),
        ("published", row(published, "published") if published else "undated"),
    ]
    if not published:
        rows[-1] = ("published", f"undated ({found.pop('published', 'no evidence given')})")
    rows += sorted(found.items())  # anything else the page said (byline, extractor)
    section = f"\n## {seed_id}: (what the article reports)\n\n| | |\n|---|---|\n" + "".join(
        f"| {key} | {_cell(value)} |\n" for key, value in rows
    )
    separator = "" if not current or current.endswith("\n") else "\n"
    atomic_write(path, (current + separator + section).encode("utf-8"))
