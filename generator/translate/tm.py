"""The translation memory: committed English for Arabic sentences, with provenance.

One YAML file per seed in ``seeds/tm/``, keyed by a hash of the sentence's canonical
Arabic (``arabic.canonical``), so re-cleaning or re-numbering an article never orphans a
translation of an unchanged sentence. Keys are sorted, so diffs stay small and readable.
This module is the only one that reads or writes those files.

Writes are crash-safe and concurrent-safe: a file is replaced atomically (temp file +
``os.replace``), and writers hold a lock on the directory while they re-read, merge and
write, so two builds at once both keep their entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from filelock import FileLock

from generator import arabic, yamlfile
from generator.errors import InputError, Problem
from generator.inputs import outside_link
from generator.model import Provenance
from generator.writer import atomic_write

TM_DIRNAME = "tm"
ORIGINS = ("human", "argos")
_HEADER = (
    "# Translation memory for seed {seed}: English for each Arabic sentence.\n"
    "# Key: first 16 hex digits of SHA-256 of the canonical Arabic sentence.\n"
    "# origin: human (translator names who) or argos (model and model_version name the\n"
    "# Argos package). Human entries win over machine ones; edit `en` by hand freely.\n"
)


def sentence_key(ar: str) -> str:
    return hashlib.sha256(arabic.canonical(ar).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class MemoryEntry:
    ar: str
    en: str
    origin: str  # human | argos
    date: str  # YYYY-MM-DD the entry was made
    translator: str | None = None  # for human entries, e.g. "reference"
    model: str | None = None  # for argos entries: the package name ...
    model_version: str | None = None  # ... and its version

    @property
    def provenance(self) -> Provenance:
        if self.origin == "argos":
            label = " ".join(x for x in (self.model, self.model_version) if x)
            return Provenance(origin="argos", model=label or None)
        return Provenance(origin="human", translator=self.translator)


# seed id -> key -> entry
class Memory(dict[str, dict[str, MemoryEntry]]):
    """Entries by seed id, then by sentence key; indexed by key on first lookup."""

    _by_key: dict[str, list[tuple[str, MemoryEntry]]] | None = None

    def by_key(self) -> dict[str, list[tuple[str, MemoryEntry]]]:
        if self._by_key is None:
            index: dict[str, list[tuple[str, MemoryEntry]]] = {}
            for seed_id in sorted(self):
                for key, entry in self[seed_id].items():
                    index.setdefault(key, []).append((seed_id, entry))
            self._by_key = index
        return self._by_key


def tm_dir(seeds_dir: Path) -> Path:
    return seeds_dir / TM_DIRNAME


def lookup(
    memory: Mapping[str, dict[str, MemoryEntry]], seed_id: str, ar: str
) -> MemoryEntry | None:
    """Best entry for a sentence: human before machine, the seed's own file first."""
    index = memory if isinstance(memory, Memory) else Memory(memory)
    # One pass, no sort: a key common to many seeds has many entries (a file holds one
    # per key, so the seed's own is at most one).
    candidates = index.by_key().get(sentence_key(ar), ())
    own = next((entry for seed, entry in candidates if seed == seed_id), None)
    if own is not None and own.origin == "human":
        return own
    human = next((entry for _, entry in candidates if entry.origin == "human"), None)
    return human or own or (candidates[0][1] if candidates else None)


FileResult = tuple[dict[str, "MemoryEntry"], list[Problem]]
FileReader = Callable[[Path], FileResult]


def load(seeds_dir: Path, read: Callable[[Path, FileReader], FileResult] | None = None) -> Memory:
    """Every TM file; raises InputError naming the file and line of each problem.

    ``read(path, reader)`` may answer from a cache (``cache.BuildCache.read_tm``)."""
    directory = tm_dir(seeds_dir)
    memory = Memory()
    problems = _layout_problems(directory)
    # by name, as Path orders one folder's entries (comparing Paths cost more: thousands)
    for path in sorted(directory.glob("*.yaml"), key=_name) if directory.is_dir() else []:
        if link := outside_link(path, seeds_dir.parent):
            problems.append(link)
            continue
        entries, found = read(path, _read_file) if read else _read_file(path)
        memory[path.stem] = entries
        problems += found
    if problems:
        raise InputError(problems)
    return memory


def _layout_problems(directory: Path) -> list[Problem]:
    """seeds/tm must be a folder of .yaml files; anything else would be skipped silently."""
    if not directory.exists():
        return []
    if not directory.is_dir():
        return [Problem(directory, None, "must be a folder of translation memory files")]
    return [
        Problem(path, None, "is not a translation memory file (<seed id>.yaml): move it out")
        for path in sorted(directory.iterdir(), key=_name)
        if not path.name.startswith(".") and path.suffix != ".yaml"
    ]


def _name(path: Path) -> str:
    return path.name


def read_file(path: Path) -> tuple[dict[str, MemoryEntry], list[Problem]]:
    """One TM file's entries and problems, as ``load`` reads each file."""
    return _read_file(path)


def _read_file(path: Path) -> tuple[dict[str, MemoryEntry], list[Problem]]:
    try:
        data, node = yamlfile.read(path, what="translation memory YAML")
    except InputError as err:
        return {}, err.problems
    data = data or {}
    if not isinstance(data, dict):
        return {}, [Problem(path, 1, "must be a mapping of sentence keys to entries")]
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value} if node else {}
    entries: dict[str, MemoryEntry] = {}
    problems = []
    for key, value in data.items():
        line = lines.get(str(key))
        message = _check_entry(value)
        if message is None and sentence_key(value["ar"]) != str(key):
            message = (
                f"key does not match its 'ar' (that sentence's key is {sentence_key(value['ar'])}):"
                " fix the key or the Arabic, or another sentence would get this English"
            )
        if message:
            problems.append(Problem(path, line, message, str(key)))
            continue
        fields = {name: value.get(name) for name in MemoryEntry.__dataclass_fields__}
        fields["date"] = str(fields["date"])
        entries[str(key)] = MemoryEntry(**fields)
    return entries, problems


def _check_entry(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "expected an entry with ar, en, origin and date"
    unknown = set(value) - set(MemoryEntry.__dataclass_fields__)
    if unknown:
        return f"unknown field(s) {', '.join(sorted(map(str, unknown)))}"
    for name in ("ar", "en"):
        if not isinstance(value.get(name), str) or not _visible(value[name]):
            return f"'{name}' must be text with visible characters"
    if value.get("origin") not in ORIGINS:
        return "'origin' must be human or argos"
    if value["origin"] == "argos" and not value.get("model"):
        return "machine entries need 'model' (the Argos package name)"
    if value["origin"] == "human" and not (
        isinstance(value.get("translator"), str) and _visible(value["translator"])
    ):
        return "human entries need 'translator' (who translated it)"
    try:
        dt.date.fromisoformat(str(value.get("date")))
    except ValueError:
        return "'date' must be a real date as YYYY-MM-DD"
    return None


def _visible(text: str) -> bool:
    """Whether text has a character a reader can see (not only spaces or format marks)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf") for ch in text)


def add(
    seeds_dir: Path, seed_id: str, entries: Iterable[MemoryEntry], *, replace: bool = False
) -> None:
    """Merge entries into a seed's TM file under the lock.

    Existing human entries are never replaced by machine ones; ``replace`` lets new
    machine output replace older machine output (``--retranslate``).
    """
    directory = tm_dir(seeds_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{seed_id}.yaml"
    with FileLock(directory / ".lock"):
        current, problems = _read_file(path) if path.exists() else ({}, [])
        if problems:
            raise InputError(problems)
        for entry in entries:
            key = sentence_key(entry.ar)
            old = current.get(key)
            if old is None or (replace and old.origin != "human") or entry.origin == "human":
                current[key] = entry
        atomic_write(path, _dump(seed_id, current).encode("utf-8"))


def _dump(seed_id: str, entries: dict[str, MemoryEntry]) -> str:
    data = {
        key: {name: value for name, value in asdict(entry).items() if value is not None}
        for key, entry in sorted(entries.items())
    }
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    return _HEADER.format(seed=seed_id) + body
