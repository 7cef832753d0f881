"""The pipeline: seeds → articles → translations → events → site_src/ (→ site/).

This module only orders the stages; each stage lives in its own module. ``generate`` is
what the MkDocs hook and the CLI both call; ``publish`` adds the MkDocs build into a
fresh folder that replaces ``site/`` only when the build succeeded.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import gc
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from generator import (
    analyse,
    arabic,
    clean,
    eventfiles,
    glossary,
    langfork,
    pagecache,
    pagesplit,
    render,
    rendercache,
    search,
    seeds,
    segment,
    translate,
    writer,
)
from generator import incremental as incremental_state
from generator.cache import BuildCache, memoised_analysis
from generator.errors import BriefingError, InputError, Problem
from generator.model import Article, TranslatedArticle
from generator.translate import tm

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("briefing")


@dataclass(frozen=True)
class Project:
    """Where a project's inputs and outputs live (all relative to mkdocs.yml)."""

    root: Path
    docs_dirname: str = "site_src"
    site_dirname: str = "site"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def site_src(self) -> Path:
        return self.root / self.docs_dirname

    @property
    def site_dir(self) -> Path:
        return self.root / self.site_dirname

    @classmethod
    def find(cls, start: Path) -> Project:
        """The project containing ``start`` (the nearest folder with mkdocs.yml and seeds/)."""
        configs = [
            f for f in (start.resolve(), *start.resolve().parents) if cls(f).config_file.is_file()
        ]
        for folder in configs:
            if cls(folder).seeds_dir.is_dir():
                return cls(folder)
        if configs:
            raise BriefingError(
                f"{configs[0]} has mkdocs.yml but no seeds/ folder: add seeds/ (with "
                "glossary.yaml and SOURCES.md), or start a project with `briefing init DIR`"
            )
        raise BriefingError(
            f"no mkdocs.yml in {start.resolve()} or any folder above: run this inside a "
            "briefing project, or start one with `briefing init DIR`"
        )

    def check(self) -> None:
        """A one-line BriefingError for a missing piece the build needs."""
        if not self.seeds_dir.is_dir():
            raise BriefingError(
                f"no seeds/ folder in {self.root}: add it (with glossary.yaml and SOURCES.md), "
                "or start a project with `briefing init DIR`"
            )
        names = self.seeds_dir / glossary.GLOSSARY_FILE
        if not names.exists() and not names.is_symlink():
            raise BriefingError(
                f"{names} is missing: create it (a file holding `[]` is an empty glossary)"
            )


@dataclass(frozen=True)
class Summary:
    articles: int
    events: int
    sentences: int
    pending: int
    translated_now: int = 0
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # worth knowing, allowed by CONTRIBUTING (never fail --strict)
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def prepare(seed: seeds.Seed) -> Article:
    return segment.segment(seed.meta, clean.clean(seed))


def read_articles(
    project: Project, cache: BuildCache | None = None, paths: Sequence[Path] | None = None
) -> list[Article]:
    """Every seed, cleaned and segmented; raises InputError for seeds with no article.

    With a ``cache``, seeds whose file did not change are neither parsed nor cleaned;
    ``paths``: the seed files, if the caller has just listed them (``seeds.seed_paths``)."""
    articles = []
    problems = []
    read = cache.read_seed if cache else None
    for seed in seeds.load_seeds(project.seeds_dir, read, paths):
        article = cache.prepare(seed, prepare) if cache else prepare(seed)
        if not any(arabic.has_arabic(s.ar) for s in article.sentences):
            problems.append(Problem(seed.path, seed.body_line, no_article(seed)))
        articles.append(article)
    if problems:
        raise InputError(problems)
    return articles


def has_article(seed: seeds.Seed) -> bool:
    """Whether cleaning leaves any Arabic text of the seed's article."""
    return any(arabic.has_arabic(s.ar) for s in prepare(seed).sentences)


def no_article(seed: seeds.Seed) -> str:
    """Why a seed gave no article: a page with no report at all, or chrome only."""
    if clean.lacks_report(seed):
        return (
            "holds no report: every line is a headline, teaser, date stamp or menu item (the "
            "stored copy is a list of other stories or a sidebar); replace the body with the "
            "article's own text"
        )
    return (
        "has no Arabic article text once page chrome is removed: check that the body is the "
        "Arabic article as published"
    )


def _warnings(articles: list[TranslatedArticle], names: dict[str, glossary.Entry]) -> list[str]:
    found = []
    for item in articles:
        meta = item.article.meta
        entry = names.get(meta.outlet)
        if meta.outlet != render.UNKNOWN_OUTLET and (entry is None or entry.type != "outlet"):
            found.append(
                f"{meta.id}: outlet '{meta.outlet}' is not an outlet in seeds/glossary.yaml; "
                "add it (type: outlet, with display names) so both languages name it"
            )
    return found


def fill_memory(
    project: Project,
    articles: list[Article],
    memory: tm.Memory,
    engine: translate.Engine | translate.BatchEngine,
    *,
    retranslate: bool = False,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Machine-translate what the TM lacks and save it there; return how many sentences."""
    todo = translate.missing(articles, memory, retranslate=retranslate)
    if not todo:
        return 0

    def save(seed_id: str, entries: list[tm.MemoryEntry]) -> None:
        tm.add(project.seeds_dir, seed_id, entries, replace=retranslate)

    return translate.translate_missing(
        engine, todo, save, today=today or dt.date.today(), progress=progress
    )


def _glossary_bytes(project: Project) -> bytes:
    path = project.seeds_dir / glossary.GLOSSARY_FILE
    return path.read_bytes() if path.is_file() else b""


def generate(
    project: Project,
    *,
    engine: translate.Engine | translate.BatchEngine | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    incremental: bool = True,
    workers: int | None = None,
    state: incremental_state.State | None = None,
) -> Summary:
    """Regenerate site_src/ from the seeds; translate missing sentences if an engine is given.

    With ``incremental`` (the default) unchanged inputs are not read again: when nothing
    at all changed since the last build (same inputs, same code, site_src/ as it was left
    and nothing left to translate) the last summary is returned; otherwise per-seed
    results come from the build cache (``cache.py``). The result is the same either way.
    In a full build (most seeds without a cache record, or no cache), ``workers``
    (default: the CPUs available, ``pagesplit.MAX_WORKERS`` at most) > 1 has forked
    processes read the seeds ahead (``BuildCache.read_ahead``), share the events'
    analysis and render the second language while this process renders the first.
    ``state``: the project's record (``last_build``), for a ``publish`` that follows in
    the same build to be given too (read once).
    """
    gc.unfreeze()  # what the last generation's ``_reading`` froze goes back to the collector
    project.check()
    state = (state or incremental_state.State(project)) if incremental else None
    if state is not None and (unchanged := state.unchanged_summary(engine is not None)):
        return unchanged
    cache = BuildCache(project.root, files=state.files if state else None) if incremental else None
    summary = _generate(
        project,
        cache,
        engine=engine,
        progress=progress,
        today=today,
        workers=workers or pagesplit.default_workers(),
    )
    if state is not None:
        state.generated(summary)
    return summary


def _generate(
    project: Project,
    cache: BuildCache | None,
    *,
    engine: translate.Engine | translate.BatchEngine | None,
    progress: Callable[[int, int], None] | None,
    today: dt.date | None,
    workers: int = 1,
) -> Summary:
    with _reading():
        paths = seeds.seed_paths(project.seeds_dir)
        adding = cache is not None and not cache.mostly_new(len(paths))
        # An addition takes most results from the cache: forks to read or analyse would
        # cost more than they save (its pages are still rendered on both cores).
        shared = 1 if adding else workers
        if not adding and cache is not None:  # a full build: seeds and TM read on every core
            readers = (seeds.read_seed, prepare, tm.read_file)
            cache.read_ahead(paths, tm.tm_dir(project.seeds_dir), readers, workers)
        event_files = eventfiles.load(project.seeds_dir)
        articles = eventfiles.apply_membership(read_articles(project, cache, paths), event_files)
        memory = tm.load(project.seeds_dir, cache.read_tm if cache else None)
    names = glossary.load(project.seeds_dir)
    if cache is not None:
        cache.use_glossary(_glossary_bytes(project))

    translated_now = 0
    if engine is not None:
        translated_now = fill_memory(
            project, articles, memory, engine, progress=progress, today=today
        )
        if translated_now:
            memory = tm.load(project.seeds_dir, cache.read_tm if cache else None)

    with _reading() if adding else nullcontext():  # an addition: see ``_reading``
        translated = translate.attach(articles, memory)
        with memoised_analysis(cache):
            grouped = analyse.analyse(translated, names, event_files, workers=shared)
        pages = (
            rendercache.open_memo(cache, project.site_src, project.templates_dir) if cache else None
        )
        files = render.render_site(
            translated, grouped, project.templates_dir, names, pages, workers=workers
        )
        report = writer.write_tree(project.site_src, files, pages.kept if pages else ())
        if cache is not None:
            cache.save([a.meta.id for a in articles])
        if pages is not None:
            pages.save()
    return Summary(
        articles=len(translated),
        events=len(grouped),
        sentences=sum(len(a.article.sentences) for a in translated),
        pending=sum(a.pending for a in translated),
        translated_now=translated_now,
        warnings=tuple(_warnings(translated, names)),
        notes=tuple(
            f"{a.id}: no 'published' date; the article is shown as undated"
            for a in translated
            if a.article.meta.published is None
        ),
        written=report.written,
        removed=report.removed,
    )


@contextmanager
def _reading() -> Iterator[None]:
    """No cyclic garbage collection while the inputs and their cache records are read;
    then what was read is frozen (``gc.freeze``) until the next ``generate`` starts and
    unfreezes it (or the process ends).

    The records unpickle into millions of objects that live for the whole build, and
    each collection walked them all again: paused, an add-one generation at 2,000
    articles takes 0.83 of the CPU time (``benchmarks/add_one_generator.py``, log
    ``benchmarks/logs/gc_add_one_2000.log``). Garbage made later is collected as usual.
    Unfreezing when generation ended cost one full collection of all those objects soon
    after (0.2 s at 2,000 articles), in MkDocs' build that follows, where they still
    live; so they stay frozen through it, and the next generation (``mkdocs serve``
    builds again in the same process) hands them back to the collector first.

    An addition (most results from the cache) is also paused from attaching the
    translations to writing site_src/, then frozen with what it made: its garbage is
    little, and the full collections the new objects set off (``benchmarks/add_one_gc.py``)
    found none while walking them all. A full build's analysis and render (and any
    build's translation) run with the collector."""
    with pagesplit.uncollected():
        yield


# site_src/ folders this process has just generated for the MkDocs build under way: the
# hook then leaves them alone rather than regenerating with default options.
_prepared: set[Path] = set()


def is_prepared(site_src: Path) -> bool:
    return site_src.resolve() in _prepared


@contextmanager
def exclusive(project: Project, *, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the project's build lock: builds of one project run one after another, so one
    build's stale-file sweep never removes another's files."""
    lock = FileLock(project.root / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if waiting:
            waiting()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def last_build(project: Project) -> incremental_state.State:
    """What the project's last build saw (``incremental.State``): one build's ``generate``
    and ``publish`` given the same one read it once, and site_src/ is walked once."""
    return incremental_state.State(project)


def publish(
    project: Project,
    *,
    strict: bool = False,
    incremental: bool = True,
    workers: int | None = None,
    state: incremental_state.State | None = None,
) -> pagecache.Session | None:
    """Run the MkDocs build into a fresh folder; swap it in as site/ only on success.

    Call after ``generate`` (under ``exclusive``): the MkDocs hook then uses site_src/ as
    it is. A build killed at any point leaves site/ whole, old or new. With
    ``incremental``, nothing is done when site_src/ and the configuration are as at the
    last publish and site/ is the folder it made; otherwise the briefing plugin takes
    the HTML of every page that cannot have changed from the current site/, as hard
    links that neither build writes into (``pagecache.py``), whose manifest is dropped
    before the swap and written after it.
    Returns that session (which pages were rendered, how many reused) when MkDocs ran
    with it. Each language's pages are shared among ``workers`` processes (default: the
    CPUs available, ``pagesplit.MAX_WORKERS`` at most) when there are enough of them.
    ``state``: the one this build's ``generate`` was given (``last_build``), if any.
    """
    writer.refuse_links(project.site_dir)
    state = (state or incremental_state.State(project)) if incremental else None
    if state is not None and state.site_unchanged(strict):
        log.info("briefing: site_src/ and the configuration are unchanged; site/ kept")
        return None
    project.site_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(project)
    staging = _staging(project, reuse_previous=incremental)
    pages = pagecache.session(project, staging) if incremental else nullcontext(None)
    with pages as reuse:
        if reuse is not None:
            reuse.prepare()
        configured = reuse.configured if reuse is not None else None
        _build_into(project, staging, strict, workers or pagesplit.default_workers(), configured)
        if reuse is not None:
            reuse.remove_stale()  # done by the plugin; again in case it did not run
    pagecache.forget(project)  # until the new site/ is in place and its manifest written
    following = reuse.following.root if reuse is not None and reuse.following else None
    _swap_in(staging, project.site_dir, following)
    if reuse is not None:
        reuse.after_swap()
        log.info("briefing: %d pages rendered, %d reused", len(reuse.rendered), reuse.reused)
    if state is not None:
        state.published(strict)
    return reuse


def _staging(project: Project, *, reuse_previous: bool) -> Path:
    """A new folder to build into: the previous generation of site/ (``PREVIOUS_NAME``)
    when there is one and ``reuse_previous`` (``pagecache.Base`` keeps what it can),
    else an empty one."""
    parent = project.site_dir.parent
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))
    previous = parent / PREVIOUS_NAME
    if previous.is_symlink():  # not ours: the link goes, not what it points to
        previous.unlink()
    elif previous.is_dir():
        if reuse_previous:
            try:
                previous.rename(staging)  # onto the empty folder mkdtemp made
            except OSError:  # a system that does not replace an empty folder
                shutil.rmtree(previous)
        else:
            shutil.rmtree(previous)
    staging.chmod(0o777 & ~writer.UMASK)  # mkdtemp makes it 0700; site/ must be readable
    return staging


def _build_into(
    project: Project,
    staging: Path,
    strict: bool,
    workers: int,
    configured: Callable[[MkDocsConfig], None] | None = None,
) -> None:
    """MkDocs into ``staging``, on up to ``workers`` processes; removed again on any
    failure. ``configured`` sees the configuration before MkDocs builds."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        config = load_config(
            config_file=str(project.config_file), site_dir=str(staging), strict=strict
        )
        if configured is not None:
            configured(config)
        _prepared.add(project.site_src.resolve())
        try:
            with pagesplit.allowed(staging, workers):
                mkdocs_build(config)
        finally:
            langfork.abandon_all()  # none outlives the build (the plugin collected them)
            search.abandon_all()  # nor Pagefind's runs (the plugin finished them)
            _prepared.discard(project.site_src.resolve())
    except MkDocsException as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise BriefingError(f"the MkDocs build failed, site/ was left as it was: {err}") from err
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


LOCK_NAME = ".briefing-build.lock"
STAGING_PREFIX = ".site-staging-"
# The site/ before the last swap, or the folder a full build linked its pages into as
# it wrote them (``pagecache.Following``): the next build's staging folder.
PREVIOUS_NAME = ".site-previous"
ASIDE_NAME = ".site-aside"  # site/ between the two renames of the fallback swap
LEFTOVER_PATTERN = ".site-*"  # staging folders of killed builds, this version's or older
_RENAME_EXCHANGE = 2  # Linux renameat2 flag: swap two paths in one step
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically where the system can (Linux); False where it cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    flags = _RENAME_EXCHANGE
    result = renameat2(_AT_FDCWD, bytes(first), _AT_FDCWD, bytes(second), flags)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _swap_in(staging: Path, site: Path, following: Path | None = None) -> None:
    """Make ``staging`` the new site/ without a moment where site/ is missing; the old
    site/ is kept as ``PREVIOUS_NAME`` for the next build to build into, not deleted,
    unless the build made that folder as it wrote (``following``,
    ``pagecache.Following``): then the old site/, none of whose pages the new one
    shares, is deleted. (A kill after the swap leaves the old site/, or ``following``,
    as a staging folder, which the next build removes.)"""
    previous = site.with_name(PREVIOUS_NAME)
    if not site.exists():
        staging.rename(site)
    elif _exchange(staging, site):
        staging.rename(previous)  # now the old site
    else:  # two renames; _clean_leftovers restores site/ if a kill falls between them
        aside = site.with_name(ASIDE_NAME)
        site.rename(aside)
        staging.rename(site)
        aside.rename(previous)
    if following is not None:
        shutil.rmtree(previous, ignore_errors=True)
        following.rename(previous)


def _clean_leftovers(project: Project) -> None:
    """Staging folders of killed builds (the lock says none is running) are removed;
    a site/ lost between the fallback's two renames is put back first."""
    previous = project.site_dir.with_name(PREVIOUS_NAME)
    aside = project.site_dir.with_name(ASIDE_NAME)
    if aside.is_dir() and not aside.is_symlink() and not project.site_dir.exists():
        aside.rename(project.site_dir)
    for leftover in project.site_dir.parent.glob(LEFTOVER_PATTERN):
        if leftover != previous and leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
