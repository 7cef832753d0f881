"""One MkDocs build's pages shared between processes, so a full build uses every core.

MkDocs reads, converts, templates and writes pages one after another on one core, and
static-i18n runs one such build per language; that is most of a full ``briefing build``
(issue 14). Under ``build.publish`` (``allowed``) the briefing plugin calls ``start`` in
its ``on_nav`` hook, once the files and the nav of a language's build are final, and
the build forks ``workers - 1`` children there. From then on every process walks every
page in MkDocs' own order, but owns only its share: a page it does not own is *foreign*
there, and is neither read nor converted (an empty Markdown, an empty template) nor
written (its output is empty, which MkDocs skips). Pages are dealt out in turn, so each
share holds every kind of page. What the pages of one language depend on besides their
own Markdown (the files, the nav, the configuration, the page cache's keys) is final
before the fork, so a page comes out byte for byte as a one-process build writes it.

The parent owns the pages in the nav (their titles, read from their sources, show on
every page) and the last page, and writes everything else: static files, the theme's
templates (404 page, sitemap), the search index, and the other languages' builds, each
forking its own children. A child writes its own pages into the same folder; at the
first foreign page after its last own one (the parent owns the last page, so there is
one) it sends the parent each own page's anchors and links to anchors, which MkDocs
checks across all pages once they are built, the page cache's records of its pages,
and its log records, and exits. The parent collects them before MkDocs checks the first
page's anchors, re-logs the records (so ``--strict`` counts a child's warnings and
output looks like a one-process build's), and records the pages as its own.

A child that fails sends its error; one that dies (killed, out of memory) sends nothing:
either way the parent raises a one-line ``BriefingError`` and ``publish`` removes the
staging folder, so site/ stays as it was. A child exits as soon as it sees its parent
gone, and ignores Ctrl-C, which the parent turns into killing it.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import forked
from generator.errors import BriefingError

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from generator.pagecache import Session

# Processes per build at most: past a few, every process still walks every page, so
# each one more saves less than the last.
MAX_WORKERS = 4
# Pages of a language's build per process below which it stays in one process: a fork,
# and every process's walk over the pages it does not own, cost more than they save on
# a small site (a page takes a few milliseconds to convert and template).
MIN_PAGES_PER_WORKER = 150
# A foreign page is templated with this empty template; its empty output is not written.
FOREIGN_TEMPLATE = "briefing-foreign-page.html"
# Plugins known to keep no state across pages that a process seeing only its share would
# get wrong (a tags or blog plugin collects every page): with any other, one process.
SHARING_PLUGINS = frozenset({"briefing", "i18n"})

# publish's staging folders -> the processes a build into them may use
_allowed: dict[Path, int] = {}
# Splits whose children may still run (in the parent), and this process's split if it is
# a child.
_live: list[Split] = []
_child: Split | None = None


def default_workers() -> int:
    """The CPUs this process may run on, at most ``MAX_WORKERS``."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        available = os.cpu_count() or 1
    return max(1, min(available, MAX_WORKERS))


@contextmanager
def allowed(site_dir: Path, workers: int) -> Iterator[None]:
    """Let MkDocs builds into ``site_dir`` share their pages among ``workers`` processes.

    However the build ends, no child outlives it, and a child never leaves it."""
    key = site_dir.resolve()
    _allowed[key] = workers
    try:
        yield
    finally:
        if _child is not None:
            os._exit(1)  # a child that got here has failed; only its parent goes on
        _allowed.pop(key, None)
        for split in list(_live):
            split.abandon()


def refrozen(frozen: bool) -> None:
    """After a fork in the parent, objects frozen before it (``build._reading``'s records,
    frozen through the MkDocs build) stay frozen, with what was made since: unfrozen,
    each full collection walked them all again (most of the garbage collector's 0.9 s
    of an add-one build at 2,000 articles). The next generation unfreezes them."""
    if frozen:
        gc.freeze()


@contextmanager
def uncollected() -> Iterator[None]:
    """No garbage collection while a record that lives through the build is unpickled,
    then everything frozen, as ``build._reading`` freezes the inputs' records: at 5,000
    articles, unpickling the page manifest and static-i18n's file memo set off three
    full collections (0.35 s), and each later one walked those objects again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def workers_for(site_dir: str) -> int:
    return _allowed.get(Path(site_dir).resolve(), 1)


@dataclasses.dataclass(frozen=True)
class _PageResult:
    """What the parent needs of a page a child built: for MkDocs' anchor check."""

    anchors: frozenset[str] | None
    # target source path -> ((anchor, link as written), ...); None when MkDocs kept none
    anchor_links: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None


@dataclasses.dataclass
class _Report:
    """A child's message to its parent, pickled through a pipe."""

    pages: dict[str, _PageResult]
    records: list[logging.LogRecord]
    session: tuple[dict[Any, Any], list[str], int] | None  # page cache: recorded, rendered, reused
    error: str | None = None


class _Collector(logging.Handler):
    """A child's log records, kept for the parent to log (the child prints nothing)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # picklable, as formatted
        record.exc_info = record.exc_text = record.stack_info = None
        self.records.append(record)


def _silenced(record: logging.LogRecord) -> bool:
    return False


def collect_logs() -> _Collector:
    """In a child: MkDocs' log records kept for the parent, nothing printed (the
    parent logs the records, once, in its own output)."""
    collector = _Collector()
    for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.addFilter(_silenced)
    logging.getLogger("mkdocs").addHandler(collector)
    return collector


def relog(records: Sequence[logging.LogRecord]) -> None:
    """A child's records, logged here as if this process had logged them."""
    for record in records:
        logging.getLogger(record.name).handle(record)


@dataclasses.dataclass
class _Child:
    pid: int
    pipe: int  # read end


class Split:
    """One language's build shared among processes (see the module's docstring)."""

    def __init__(
        self,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        workers: int,
        session: Session | None,
    ) -> None:
        pages = files.documentation_pages()  # MkDocs' own order
        pinned = {page.file.src_uri for page in nav.pages}
        self.last = pages[-1].src_uri if pages else None
        if self.last is not None:
            pinned.add(self.last)
        shared = [f.src_uri for f in pages if f.src_uri not in pinned]
        self.owner = {source: number % workers for number, source in enumerate(shared)}
        self.config = config
        self.files = files
        self.session = session
        self.index = 0  # 0 in the parent, the child's number in a child
        self.children: list[_Child] = []
        self.owned: set[str] = set()
        self.built = 0
        self.results: dict[str, _PageResult] = {}
        self.parent_pid = os.getpid()
        self.collector: _Collector | None = None
        self.session_before: tuple[set[Any], int, int] | None = None
        if session is not None:
            self.session_before = (set(session.recorded), len(session.rendered), session.reused)
        self._fork(workers)
        self.owned = {s for s, n in self.owner.items() if n == self.index}
        if not self.is_child:
            _live.append(self)

    # -- starting and ending ----------------------------------------------------------

    def _fork(self, workers: int) -> None:
        frozen = gc.get_freeze_count() > 0  # then kept frozen here (``refrozen``)
        gc.freeze()  # the children share the objects built so far instead of copying them
        try:
            for number in range(1, workers):
                read, write = os.pipe()
                pid = os.fork()
                if pid == 0:
                    os.close(read)
                    for earlier in self.children:
                        os.close(earlier.pipe)
                    self.children = []
                    self._become_child(number, write)
                    return
                os.close(write)
                self.children.append(_Child(pid, read))
        except BaseException:
            self.abandon()
            raise
        finally:
            if self.index == 0 and not frozen:
                gc.unfreeze()

    def _become_child(self, number: int, pipe: int) -> None:
        global _child
        _child = self
        _live.clear()
        self.index = number
        self.pipe = pipe
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops its children
        self.collector = collect_logs()

    @property
    def is_child(self) -> bool:
        return self.index != 0

    def _check_parent(self) -> None:
        if self.is_child and os.getppid() != self.parent_pid:
            os._exit(1)  # the parent is gone; its staging folder with it

    def finish_child(self, error: str | None = None) -> None:
        """Send the parent this child's pages and records, and end the process."""
        assert self.collector is not None
        delta = None
        if self.session is not None and self.session_before is not None:
            recorded, rendered, reused = self.session_before
            delta = (
                {k: v for k, v in self.session.recorded.items() if k not in recorded},
                self.session.rendered[rendered:],
                self.session.reused - reused,
            )
        if error is not None:  # MkDocs' own line names the page
            logged = [r.getMessage() for r in self.collector.records if r.levelno >= logging.ERROR]
            error = logged[-1] if logged else error
        report = _Report(self.results, self.collector.records, delta, error)
        code = 0
        try:
            data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(self.pipe, "wb") as out:
                out.write(data)
        except BaseException:
            code = 1
        os._exit(code if error is None else 1)

    def abandon(self) -> None:
        """Stop every child still running (the build failed or was interrupted)."""
        if self in _live:
            _live.remove(self)
        for child in self.children:
            forked.stop(child.pid, child.pipe)
        self.children = []

    # -- pages ------------------------------------------------------------------------

    def foreign(self, page: Page) -> bool:
        return self.owner.get(page.file.src_uri, 0) != self.index

    def pre_page(self, page: Page) -> None:
        """A foreign page's source is not read."""
        self._check_parent()
        if self.foreign(page):

            def skip_source(config: MkDocsConfig) -> None:
                page.markdown, page.meta = "", {}

            page.read_source = skip_source  # type: ignore[method-assign]

    def skip_markdown(self, page: Page) -> str:
        """A foreign page is converted by nothing and templated with an empty template."""
        page.meta["template"] = FOREIGN_TEMPLATE

        def no_content(config: MkDocsConfig, files: Files) -> None:
            page.content = ""

        page.render = no_content  # type: ignore[method-assign]
        return ""

    def env(self, env: Environment) -> None:
        from jinja2 import BaseLoader, ChoiceLoader, DictLoader

        loader: BaseLoader = DictLoader({FOREIGN_TEMPLATE: ""})
        env.loader = ChoiceLoader([loader, env.loader]) if env.loader else loader
        if self.is_child:  # static files and the theme's templates are the parent's
            self.files.copy_static_files = _nothing  # type: ignore[method-assign]
            self.config.theme.static_templates = set()
            self.config["extra_templates"] = []
        else:  # every page exists by now (MkDocs makes some after the nav)
            self._watch_anchor_checks(self.files.documentation_pages())

    def skipped(self, page: Page) -> str:
        """A foreign page's output: empty, so MkDocs does not write it. A child whose
        pages are all written reports to its parent here and exits; at the last page (the
        parent's) at the latest, so a child never goes on to the rest of the build."""
        self._check_parent()
        if self.is_child and self.built == len(self.owned):
            self.finish_child()
        if self.is_child and page.file.src_uri == self.last:
            missing = len(self.owned) - self.built
            self.finish_child(f"{missing} of a worker's pages went unbuilt")
        return ""

    def own_page_done(self, page: Page) -> None:
        """An own page's output is final (MkDocs writes it next)."""
        if not self.is_child:
            return
        self._check_parent()
        self.built += 1
        links = None
        if page.links_to_anchors is not None:
            links = tuple(
                sorted(
                    (target.src_uri, tuple(sorted(anchors.items())))
                    for target, anchors in page.links_to_anchors.items()
                )
            )
        anchors = (
            frozenset(page.present_anchor_ids) if page.present_anchor_ids is not None else None
        )
        self.results[page.file.src_uri] = _PageResult(anchors, links)

    # -- collecting -------------------------------------------------------------------

    def _watch_anchor_checks(self, pages: Sequence[File]) -> None:
        """MkDocs checks anchors across pages after the last page is written: the
        children's pages must be known by then."""
        for file in pages:
            page = file.page
            if page is None:
                continue
            check: Callable[..., None] = page.validate_anchor_links

            def checked(
                *, files: Files, log_level: int, check: Callable[..., None] = check
            ) -> None:
                self.collect()
                check(files=files, log_level=log_level)

            page.validate_anchor_links = checked  # type: ignore[method-assign]

    def collect(self) -> None:
        """Wait for every child; take its pages and log its records. Raises a one-line
        BriefingError for a child that failed or died."""
        children, self.children = self.children, []
        if self in _live:
            _live.remove(self)
        failures = []
        for child in children:
            report = _read_report(child)
            if isinstance(report, str):
                failures.append(report)
                continue
            relog(report.records)
            if report.error is not None:
                failures.append(report.error)
                continue
            self._take(report)
        if failures:
            raise BriefingError(f"the MkDocs build failed, site/ was left as it was: {failures[0]}")

    def _take(self, report: _Report) -> None:
        for source, result in report.pages.items():
            file = self.files.src_uris.get(source)
            if file is None or file.page is None:
                continue
            page = file.page
            page.present_anchor_ids = set(result.anchors) if result.anchors is not None else None
            if result.anchor_links is None:
                page.links_to_anchors = None
            else:
                page.links_to_anchors = {
                    target: dict(anchors)
                    for source_uri, anchors in result.anchor_links
                    if (target := self.files.src_uris.get(source_uri)) is not None
                }
        if self.session is not None and report.session is not None:
            recorded, rendered, reused = report.session
            self.session.recorded.update(recorded)
            self.session.rendered.extend(rendered)
            self.session.reused += reused


def _nothing(*args: object, **kwargs: object) -> None:
    return None


def _read_report(child: _Child) -> _Report | str:
    """The child's report, or why there is none."""
    chunks = []
    with os.fdopen(child.pipe, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    _, status = os.waitpid(child.pid, 0)
    data = b"".join(chunks)
    try:
        report = pickle.loads(data) if data else None
    except (pickle.UnpicklingError, EOFError, ValueError):
        report = None
    if isinstance(report, _Report):
        return report
    return f"a worker process building pages {forked.ended(status)} before it sent its pages"


def start(
    config: MkDocsConfig, files: Files, nav: Navigation, session: Session | None
) -> Split | None:
    """Share this build's pages among the processes ``allowed`` for its site folder,
    when there are enough of them and every plugin is one of ``SHARING_PLUGINS``; None
    for a build in this process only."""
    workers = _sharing(config, len(files.documentation_pages()))
    if workers < 2 or not hasattr(os, "fork"):
        return None
    return Split(config, files, nav, workers, session)


def shares(config: MkDocsConfig, pages: int) -> bool:
    """Whether ``start`` would share a build of that many pages among processes."""
    return _sharing(config, pages) >= 2


def _sharing(config: MkDocsConfig, pages: int) -> int:
    """The processes a build of ``pages`` pages is shared among (1: this one alone)."""
    if set(config.plugins) - SHARING_PLUGINS:
        return 1
    workers = workers_for(config.site_dir)
    if MIN_PAGES_PER_WORKER > 0:
        workers = min(workers, pages // MIN_PAGES_PER_WORKER)
    return workers
