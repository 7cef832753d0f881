"""The other languages' MkDocs builds in a forked child while this process builds the
first, for a build with few pages to render (issue 14).

static-i18n builds the languages one after another: the first language's build runs the
others inside its ``on_post_build``. A full ``briefing build`` shares each language's
pages among processes (``pagesplit.py``); an addition renders a few dozen pages, which
it does not share, so it ran on one core while the second stayed idle. Then the briefing
plugin calls ``start`` at the end of the first language's ``on_files`` when the last
site/'s manifest says few pages changed (``pagecache.Reuse.likely_rendered``), else in
its ``on_nav`` (its files, nav and page-cache decisions final): a forked child runs
static-i18n's build of the other languages, as static-i18n's ``on_post_build`` would,
while this process builds the first; at the first build's ``on_post_build`` this
process takes what the child did (``collect``) and static-i18n skips the builds the
child made. Started from ``on_nav``, the child's whole build came after the parent's
files, nav and page-cache decisions, and the parent waited for it (at 5,000 articles
the nav's decisions alone were 1.2 s); started from ``on_files``, the child first makes
the first language's nav pages, as MkDocs would (the other languages' sitemaps list
them), without its messages, which the parent logs.

The languages' builds share little, and what they share is carried over: the page
cache's records and static-i18n's file memo (``Tracked``: what the child changed in
them comes back and is applied here, in the order a one-process build leaves them), the
child's log records (logged here, so ``--strict`` counts them), and the one thing a
language's build leaves for the next (static-i18n's language menu, which the last page
of the first language sets and the next language's 404 page shows: the child sets it
from that page, which every build renders, before it builds).

A child that fails sends its error, one that dies sends nothing: either way ``collect``
raises a one-line ``BriefingError`` and ``publish`` removes the staging folder. A child
dies with this process (``PR_SET_PDEATHSIG``) and ignores Ctrl-C; ``abandon`` ends one
still running when the build fails elsewhere.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from generator import forked, pagesplit, writer
from generator.errors import BriefingError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.utils.templates import TemplateContext

_FAILED = "the MkDocs build failed, site/ was left as it was"
_PR_SET_PDEATHSIG = 1  # Linux prctl: a signal for this process when its parent dies

# Children still running (in the parent).
_live: list[LanguageChild] = []


class Tracked:
    """Attributes of objects that a child's work changes and this process must end up
    with: each a dict (entries added, replaced or removed), a set, a list that only
    grows, an int (added to) or a value replaced whole. A dict's new value that is the
    very object ``known`` holds under the same key (a page reused from the last build
    keeps that build's record) is sent as a mark and taken from ``known`` here."""

    def __init__(
        self,
        targets: Sequence[tuple[object, Sequence[str]]],
        known: Mapping[Any, Any] | None = None,
    ) -> None:
        self.targets = [(owner, name) for owner, names in targets for name in names]
        self.known = known if known is not None else {}

    def mark(self) -> list[Any]:
        """Where each attribute stands (copies: the work changes the originals)."""
        found = []
        for owner, name in self.targets:
            value = getattr(owner, name)
            found.append(value.copy() if isinstance(value, (dict, set, list)) else value)
        return found

    def changes(self, marks: list[Any]) -> list[Any]:
        """What changed since ``marks``, per attribute (picklable)."""
        return [
            _delta(before, getattr(owner, name), self.known)
            for (owner, name), before in zip(self.targets, marks, strict=True)
        ]

    def take(self, changes: list[Any]) -> None:
        """Apply a child's ``changes`` here."""
        for (owner, name), change in zip(self.targets, changes, strict=True):
            setattr(owner, name, _applied(getattr(owner, name), change, self.known))


class _Known:
    """Stands in a child's changes for the value ``Tracked.known`` holds under the key
    (at 5,000 articles the reused pages' records were 6 of the 15 MB a child sent)."""

    __slots__ = ()


_KNOWN = _Known()


def _delta(before: Any, now: Any, known: Mapping[Any, Any]) -> Any:
    if isinstance(now, dict):
        changed = {
            k: _KNOWN if known.get(k) is v else v
            for k, v in now.items()
            if k not in before or before[k] is not v
        }
        return changed, [k for k in before if k not in now]
    if isinstance(now, set):
        return now - before, before - now
    if isinstance(now, list):
        return now[len(before) :]
    if isinstance(now, int) and not isinstance(now, bool):
        return now - before
    return now


def _applied(value: Any, change: Any, known: Mapping[Any, Any]) -> Any:
    if isinstance(value, dict):
        changed, removed = change
        for k, v in changed.items():
            value[k] = known[k] if isinstance(v, _Known) else v
        for key in removed:
            value.pop(key, None)
        return value
    if isinstance(value, set):
        added, removed = change
        value |= added
        value -= removed
        return value
    if isinstance(value, list):
        value.extend(change)
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value + change
    return change


@dataclass
class _Report:
    """The child's message: its log records, then its changes or its error."""

    records: list[logging.LogRecord]
    changes: list[Any]
    error: str | None = None
    templates: dict[str, bytes] = field(default_factory=dict)  # path -> bytes


class LanguageChild:
    """static-i18n's builds of the other languages under way in a child process."""

    def __init__(
        self, config: MkDocsConfig, i18n: Any, tracked: Tracked, prepare: Callable[[], None]
    ) -> None:
        self.config = config
        self.prepare = prepare  # in the child, before it builds
        self.i18n = i18n
        self.tracked = tracked
        self.parent_pid = os.getpid()
        frozen = gc.get_freeze_count() > 0
        pid, pipe = forked.fork_with_pipe()  # which unfreezes everything here
        if pid == 0:
            self._run(pipe)
        pagesplit.refrozen(frozen)
        self.pid, self.pipe = pid, pipe
        _live.append(self)

    def _run(self, pipe: int) -> None:
        """In the child: build the other languages, report, and end the process."""
        code = 1
        report = _Report([], [], "the build of the other languages did not finish")
        try:
            die_with_parent(self.parent_pid)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it
            _live.clear()
            collector = pagesplit.collect_logs()
            report.records = collector.records
            marks = self.tracked.mark()
            try:
                _keep_theme_templates(report.templates)
                self.prepare()
                self.i18n.on_post_build(self.config)  # what the first build would run
                report.changes, report.error, code = self.tracked.changes(marks), None, 0
            except BaseException as error:  # sent to the parent, whatever it is
                logged = [r.getMessage() for r in collector.records if r.levelno >= logging.ERROR]
                report.error = logged[-1] if logged else f"{type(error).__name__}: {error}"
            with os.fdopen(pipe, "wb") as out:
                pickle.dump(report, out, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            os._exit(code)

    def collect(self) -> None:
        """Wait for the child (it ends when its builds do); log its records, take its
        changes, and have static-i18n skip the builds it made. Raises a one-line
        ``BriefingError`` if it failed or died."""
        if self in _live:
            _live.remove(self)
        chunks = []
        with os.fdopen(self.pipe, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        try:
            report = pickle.loads(b"".join(chunks)) if chunks else None
        except (pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            report = None
        if not isinstance(report, _Report):
            raise BriefingError(
                f"{_FAILED}: the process building the other languages {forked.ended(status)} "
                "before it sent its pages"
            )
        pagesplit.relog(report.records)
        if report.error is not None:
            raise BriefingError(f"{_FAILED}: {report.error}")
        self.tracked.take(report.changes)
        for path, data in report.templates.items():  # written after this build's own
            Path(path).unlink(missing_ok=True)
            writer.atomic_write(Path(path), data, durable=False)
        # static-i18n's on_post_build returns early while it builds; this process has
        # no more languages to build (``finish`` gives it back its state after)
        self.i18n.building = True

    def finish(self) -> None:
        """After static-i18n's on_post_build: its state as its own builds leave it."""
        self.i18n.building = False
        self.i18n.current_language = self.i18n.build_languages[-1]

    def abandon(self) -> None:
        """End the child if it still runs (the build failed elsewhere); only the
        process that started it may (``pagesplit`` forks copies of this object)."""
        if os.getpid() != self.parent_pid:
            return
        if self in _live:
            _live.remove(self)
        if self.pid:
            forked.stop(self.pid, self.pipe)
            self.pid = 0


def start(
    config: MkDocsConfig, files: Files, nav: Navigation | None, tracked: Tracked
) -> LanguageChild | None:
    """Fork the other languages' builds, from the first language's ``on_nav`` or, for
    an addition (``nav`` None), from the end of its ``on_files``, when
    this build may use two processes and does not share its pages among them
    (``pagesplit``), static-i18n builds more than one language and every plugin is one
    of ``pagesplit.SHARING_PLUGINS``; None otherwise (static-i18n builds them here).
    ``tracked``: what the other languages' builds change."""
    i18n = config.plugins.get("i18n")
    if (
        not hasattr(os, "fork")
        or pagesplit.workers_for(config.site_dir) < 2
        or set(config.plugins) - pagesplit.SHARING_PLUGINS
        or i18n is None
        or getattr(i18n, "building", True)
        or len(getattr(i18n, "build_languages", ())) < 2
    ):
        return None
    pages = files.documentation_pages()
    last = pages[-1] if pages else None
    return LanguageChild(config, i18n, tracked, lambda: _menu_of(last, files, config, nav))


def _menu_of(last: File | None, files: Files, config: MkDocsConfig, nav: Navigation | None) -> None:
    """The language menu as the first build leaves it: set by its last page (which this
    process builds after its theme templates, so only the child may set it now). Forked
    before the first language's nav, the child makes that nav's pages first, as MkDocs
    does: the other languages' sitemaps list every page of the first by its ``Page``."""
    if nav is None:
        nav = _navigation(files, config)
    if last is not None and last.page is not None:
        context = cast("TemplateContext", {})
        config.plugins.on_page_context(context, page=last.page, config=config, nav=nav)


def _navigation(files: Files, config: MkDocsConfig) -> Navigation:
    """MkDocs' nav of the first language, without the messages the parent's logs."""
    from mkdocs.structure.nav import get_navigation

    disabled = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        return get_navigation(files, config)
    finally:
        logging.disable(disabled)


def abandon_all() -> None:
    """End every child still running (a build that ended early)."""
    for child in list(_live):
        child.abandon()


def _keep_theme_templates(kept: dict[str, bytes]) -> None:
    """In the child: the theme's templates (the 404 page) are written to a folder of
    their own and kept for the parent, which writes them once its own language's are
    written. One after the other, the later language's overwrite the first's (the
    404 page is at the site's root for every language); side by side, whichever process
    wrote last would win."""
    from mkdocs.commands import build as mkdocs_build

    original = mkdocs_build._build_theme_template

    def kept_aside(name: str, env: Any, files: Any, config: Any, nav: Any) -> None:
        site = config["site_dir"]
        # inside the site being built: a kill leaves it to the next build's removal
        with tempfile.TemporaryDirectory(prefix=".briefing-templates-", dir=site) as aside:
            config["site_dir"] = aside
            try:
                original(name, env, files, config, nav)
            finally:
                config["site_dir"] = site
            for made in sorted(Path(aside).rglob("*")):
                if made.is_file():
                    target = Path(site, made.relative_to(aside))
                    kept[str(target)] = made.read_bytes()

    mkdocs_build._build_theme_template = kept_aside  # type: ignore[assignment]


def die_with_parent(parent: int) -> None:
    """Have the kernel end this child when its parent dies (Linux); end now if it has."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's abandon() ends it
        pass
    if os.getppid() != parent:
        os._exit(1)
