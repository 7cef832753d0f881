"""Reusing the HTML of pages that cannot have changed since the last publish.

``build.publish`` renders into a staging folder (``Base``). With a ``Session`` open for that
folder, the briefing MkDocs plugin keys every page by everything its HTML depends on in
its ``on_nav`` hook and, when the key is the one recorded for the page in the current
site/, takes the page's HTML from site/ (a hard link from site/ into the staging
folder, unless the folder holds site/'s file there already: the file is neither written
again nor freed; static files whose bytes site/ holds are linked the same way) and
leaves the page out
of the pages MkDocs reads, converts, templates and checks (``Reuse``):

- per build (one per language under static-i18n): the code version (generator,
  packaged templates, library versions), mkdocs.yml with the environment variables it
  reads, the project's templates/ (interface strings the plugin's patches use), the
  theme's custom_dir, the language, site_url, and the whole nav (titles, URLs, order,
  homepage), which gives every page's tabs, prev/next and parents;
- per page: its source path, URL and destination, its source's bytes (its Markdown and
  front matter, which the other plugins, known ones only, turn into the same page under
  the same build key), and its static-i18n alternates;
- and, checked rather than hashed, every link target its Markdown resolved last time:
  each must still resolve to the same file at the same URL, so a deleted or moved
  target renders the page again (and MkDocs warns as usual).

A page that logged a warning while it was rendered is never reused, so ``--strict``
sees every warning a clean build gives. Anchor checks run for reused pages too: a reused
page brings back the anchors it has (MkDocs checks links to them) and the anchors it
links to (checked by ``check_reused_anchors`` after MkDocs' own check).

What is trusted without reading: a page's HTML in site/ and its source in site_src/
whose status (size, modification and change times, inode; ``cache.FileDigests``) is as
recorded with their digest, and changed more than ``cache.RACY_NS`` before that. An edit
sets the change time, which no program can put back (utime sets it too), so an edit in
place that keeps size and modification time is still read. Linking a file changes its
change time as well, which is why the staging folder is the previous generation of
site/ (``Base``): a page reused build after build stays where it is, never relinked. A
page a build wrote is recorded with the digest of its output and its status after the
swap (the plugin's ``on_post_page`` runs last; MkDocs writes what it returns), so an
edit of a file in the staging folder while the build runs is not seen.

The record of which key each page of site/ was rendered for (the manifest,
``.briefing-cache/<code version>/site-html.pickle``) names site/ by device and inode. It is
deleted before a publish swaps a new site/ in and written only after the swap, so a
build killed at any point leaves no manifest that claims pages site/ does not have; a
plain ``mkdocs build`` into site/ deletes it too. ``mkdocs serve`` and plain
``mkdocs build`` never reuse pages.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemBytecodeCache

from generator import i18nfiles, pagesplit, writer
from generator.cache import (
    CACHE_DIRNAME,
    SITE_HTML_MANIFEST,
    THEME_BYTECODE,
    FileDigests,
    code_version,
    read_pickle,
    tracked_by_git,
    version_dir,
)
from generator.incremental import config_env_digest, folder_identity, tree_digest

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from generator.build import Project

log = logging.getLogger("mkdocs.plugins.briefing")


@dataclasses.dataclass(frozen=True)
class Entry:
    """What one rendered page leaves for a later build that reuses it."""

    key: str
    title: str | None
    anchors: frozenset[str]
    # (path MkDocs looked up, source path of the file found, its URL)
    links: tuple[tuple[str, str, str], ...]
    # target source path -> ((anchor, link as written), ...); None when MkDocs kept none
    anchor_links: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None
    html_sha256: str  # the page as written: a site/ file edited or cut since is not reused


Identity = tuple[int, int]
EntryKey = tuple[str, str]  # (build key, page source path)


@dataclasses.dataclass
class Manifest:
    site: Identity
    entries: dict[EntryKey, Entry]
    pages: frozenset[str]  # every page's destination in site/, reused, rendered or warned
    html: Any  # ``FileDigests.now`` of the pages of site/ whose bytes this build verified
    sources: Any  # ``FileDigests.now`` of the pages' sources


def manifest_path(project: Project) -> Path:
    return version_dir(project.root) / SITE_HTML_MANIFEST


def cache_allowed(project: Project) -> bool:
    return not tracked_by_git(project.root, project.root / CACHE_DIRNAME)


Checked = dict[str, tuple[tuple[int, ...], str, int]]  # ``FileDigests.now`` entries

# project root -> statuses and digests of site/'s pages that ``pageahead.Ahead`` read
_checked: dict[Path, Checked] = {}
# project root -> what gives the reads done since (None: none), when more were to come
# when generation ended
_checked_later: dict[Path, Callable[[], Checked | None]] = {}


# project root -> (the folder ``pageahead.Ahead`` made for the next build to build into,
# the pages it linked there from site/), when those are all the folder holds
_linked: dict[Path, tuple[Identity | None, frozenset[str]]] = {}


def checked_ahead(
    project: Project,
    found: Checked,
    linked: tuple[Identity | None, frozenset[str]] | None = None,
) -> None:
    """What ``pageahead`` read of site/'s pages (``FileDigests.now`` entries), for this
    project's next ``Session``: checked again by status there, as the manifest's are;
    and ``linked``, the folder it made (by identity: a rename keeps it) and the pages
    it linked there (all that folder holds, each site/'s own file), or None."""
    _checked[project.root] = found
    _linked.pop(project.root, None)
    if linked is not None:
        _linked[project.root] = linked


def checked_later(project: Project, take: Callable[[], Checked | None] | None) -> None:
    """``take`` gives what ``pageahead`` has read since ``checked_ahead`` (entries as
    its ``found``), or None; the next ``Session`` asks it once, before its pages are
    checked (``Session.take_checked_later``). None: nothing is to come."""
    if take is None:
        _checked_later.pop(project.root, None)
    else:
        _checked_later[project.root] = take


def forget(project: Project) -> None:
    """site/ is about to change under the manifests: no page of it may be reused, by this
    code version or any other."""
    for manifest in (project.root / CACHE_DIRNAME).glob(f"*/{SITE_HTML_MANIFEST}"):
        manifest.unlink(missing_ok=True)


def _configuration_digest(project: Project) -> str:
    """mkdocs.yml, the environment variables it reads, the project's templates/, code."""
    hasher = hashlib.sha256(code_version().encode())
    config = project.config_file
    text = config.read_bytes() if config.is_file() else b"<missing>"
    hasher.update(text)
    config_env_digest(hasher, text)
    tree_digest(hasher, project.templates_dir)
    return hasher.hexdigest()


class Session:
    """One publish: the previous site/'s manifest in, this build's pages out."""

    def __init__(self, project: Project, staging: Path) -> None:
        self.project = project
        self.enabled = cache_allowed(project)
        self.configuration = _configuration_digest(project)
        with pagesplit.uncollected():
            found = read_pickle(manifest_path(project)) if self.enabled else None
        self.previous: dict[EntryKey, Entry] = {}
        self.site_pages: frozenset[str] = frozenset()
        html = sources = None
        checked = _checked.pop(project.root, None)  # read while the generator ran
        self._checked_later = _checked_later.pop(project.root, None)
        if isinstance(found, Manifest) and found.site == folder_identity(project.site_dir):
            self.previous, self.site_pages = found.entries, found.pages
            html, sources = found.html, found.sources
            if checked and isinstance(html, dict):
                html = {**html, **checked}
        # Verified by status where it cannot lie, by bytes otherwise (``FileDigests``)
        self.html, self.sources = FileDigests(html), FileDigests(sources)
        self.recorded: dict[EntryKey, Entry] = {}
        self.reused = 0
        self.rendered: list[str] = []  # source paths of the pages converted and templated
        self.base = Base(staging)
        self.pages: dict[EntryKey, str] = {}  # this build's pages -> destination
        self.following: Following | None = None  # made when no page can be reused
        self.manifest: tuple[Identity, bytes] | None = None  # (its folder, the pickle)

    def take_checked_later(self) -> None:
        """What ``pageahead`` has read since generation ended: taken as the reads done
        before are (before any page is checked, and before the other languages' child
        is forked, which inherits them)."""
        take, self._checked_later = self._checked_later, None
        found = take() if take is not None else None
        if found and self.previous:  # a manifest of the current site/
            self.html.before = {**self.html.before, **found}

    def prepare(self) -> None:
        """The staging folder holds an earlier generation of site/: keep the pages that
        are site/'s own files (one inode), remove everything else (``Base``); when
        ``pageahead`` made it ready while the generator ran (or made it: every file a
        page it linked), nothing is walked or removed."""
        made = _linked.pop(self.project.root, None)
        if made is not None and self.previous and folder_identity(self.base.root) == made[0]:
            self.base.kept = set(made[1]) & self.site_pages
            return
        self.base.prepare(self.project.site_dir, self.site_pages if self.previous else set())
        if self.enabled and not self.previous:
            self.following = Following(self.base.root)

    def configured(self, config: MkDocsConfig) -> None:
        """Only the briefing plugin claims and unlinks the kept pages before MkDocs
        writes into them: without it, none is kept."""
        if "briefing" not in config.plugins:
            self.base.prepare(self.project.site_dir, ())

    def remove_stale(self) -> None:
        """Pages of the earlier generation that no language's build claimed are stale:
        removed once every language is built, before Pagefind indexes the folder."""
        self.base.finish(set(self.pages.values()))

    def prepare_manifest(self, folder: Path | None = None) -> None:
        """The manifest ``after_swap`` writes, pickled now, while the search index is made
        (after the swap it took 0.17 s at the end of an addition at 5,000 articles): the
        staging folder (or ``folder``, which holds this build's pages) keeps its identity
        and its files their statuses when it is renamed site/."""
        folder = folder or self.base.root
        if self.enabled and (site := folder_identity(folder)) is not None:
            self._note_written(folder)
            pages = frozenset(self.pages.values())
            found = Manifest(site, self.recorded, pages, self.html.now, self.sources.now)
            self.manifest = (site, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))

    def after_swap(self) -> None:
        """site/ is now the staging folder this session's pages went to."""
        site = folder_identity(self.project.site_dir)
        if not self.enabled or site is None:
            return
        if self.manifest is None or self.manifest[0] != site:  # not made by the plugin
            self.prepare_manifest(self.project.site_dir)
        if self.manifest is not None:  # a cache: lost in a power cut, rebuilt by the next
            path = manifest_path(self.project)
            path.parent.mkdir(parents=True, exist_ok=True)
            writer.atomic_write(path, self.manifest[1], durable=False)

    def linked(self, stored: Path) -> None:
        """A link changes the file's change time: its status is taken again, so the
        next build reads it (the change is within the racy window) rather than finding
        it changed; the build after that trusts it."""
        name = str(stored)
        known = self.html.now.get(name)
        if known is not None:
            try:
                found = os.lstat(name)
            except OSError:
                return
            key = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
            self.html.now[name] = (key, known[1], time.time_ns())

    def _note_written(self, folder: Path) -> None:
        """The status of each page this build wrote, with the digest of the output it was
        written from: the briefing plugin's ``on_post_page`` runs last and MkDocs writes
        its output as it is, so the file holds those bytes unless changed since, which
        its status then shows (or, within the racy window, the next build reads it)."""
        taken = time.time_ns()
        rendered = set(self.rendered)  # a reused page's status is in ``html.now`` already
        for name, entry in self.recorded.items():
            if name[1] not in rendered:
                continue
            relative = self.pages.get(name, "")
            path = str(self.project.site_dir / relative)  # its name once swapped in
            if name in self.pages and path not in self.html.now:
                try:
                    found = os.lstat(folder / relative)
                except OSError:
                    continue
                key = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
                self.html.now[path] = (key, entry.html_sha256, taken)


FOLLOWING_PREFIX = ".site-following-"  # a leftover of a killed build (``build.LEFTOVER_PATTERN``)


class Following:
    """The folder the next build builds into, made while a build that can reuse no page
    (a full build) writes them: each page is hard-linked there as soon as MkDocs has
    written it into the staging folder, and ``build.publish`` makes the folder the
    previous generation (``build.PREVIOUS_NAME``) once the staging folder is site/.

    The next build then finds every page of site/ there already (``Base`` keeps them),
    as every later build does, and each page's status, taken after the swap, is that of
    its last link: trusted by the next build, which need not read the page again, once
    ``cache.RACY_NS`` has passed since. Linking every page after the build instead (or,
    as before, in the first addition) moves each status within that window of its use.
    A page that cannot be linked is left out: the next build writes or links it."""

    def __init__(self, staging: Path) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=FOLLOWING_PREFIX, dir=staging.parent))
        self.expected: dict[str, str] = {}  # page file MkDocs is to write -> its place
        self.folders: set[str] = set()

    def expect(self, page: Page) -> None:
        """MkDocs writes ``page`` next (``on_post_page`` has given its output)."""
        self.expected[page.file.abs_dest_path] = page.file.dest_uri

    def written(self, path: str) -> None:
        """MkDocs wrote the file at ``path``: a page's is linked into this folder."""
        place = self.expected.pop(path, None)
        if place is None:
            return
        target = self.root / place
        parent = str(target.parent)
        try:
            if parent not in self.folders:
                os.makedirs(parent, exist_ok=True)
                self.folders.add(parent)
            target.unlink(missing_ok=True)  # a page written twice: its last file
            os.link(path, target)
        except OSError:  # no hard links here: the next build writes or links it itself
            return

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class Base:
    """The staging folder as an earlier generation of site/ (double buffering): the
    pages that are site/'s own files stay, so a reused page costs neither a link nor a
    folder and the old site/ is not deleted file by file after the swap.

    A kept page is the same inode as site/'s file at its place (a hard link), and
    nothing may write into it: ``Reuse.nav`` claims every page of its build, leaves a
    reused page as it is and unlinks the others before MkDocs writes them; what no build
    claimed is removed before the swap (``finish``). Everything else (static files,
    theme templates, search bundles, pages of another inode) is removed first
    (``prepare``): MkDocs and Pagefind write those in place."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.kept: set[str] = set()
        self.emptied: set[str] = set()  # folders a removal may have left empty

    def prepare(self, site: Path, pages: Collection[str]) -> None:
        """Keep the files at the places of ``pages`` that are site/'s files there."""
        self.kept.clear()
        for relative, inode in _walk_files(self.root):
            if relative in pages and regular_inode(site / relative) == inode:
                self.kept.add(relative)
            else:
                self._remove(relative)

    def holds(self, relative: str) -> bool:
        return relative in self.kept

    def release(self, relative: str) -> None:
        """The page is written again: its kept file goes, so the write makes a new one."""
        if relative in self.kept:
            self.kept.discard(relative)
            self._remove(relative)

    def finish(self, claimed: Collection[str]) -> None:
        """Remove the kept pages no build claimed, then the folders left empty."""
        for relative in sorted(self.kept.difference(claimed)):
            self.release(relative)
        for folder in sorted(self.emptied, key=lambda name: name.count("/"), reverse=True):
            try:
                (self.root / folder).rmdir()
            except OSError:  # not empty: something of this build is in it
                continue
        self.emptied.clear()

    def _remove(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)
        parent = relative.rpartition("/")[0]
        while parent and parent not in self.emptied:
            self.emptied.add(parent)
            parent = parent.rpartition("/")[0]


def _walk_files(root: Path) -> Iterator[tuple[str, int]]:
    """(path relative to ``root``, inode) of every file below it, symbolic links
    included; folders are walked, not followed through links."""
    stack = [""]
    while stack:
        folder = stack.pop()
        with os.scandir(root / folder if folder else root) as entries:
            for entry in entries:
                relative = f"{folder}/{entry.name}" if folder else entry.name
                if entry.is_dir(follow_symlinks=False):
                    stack.append(relative)
                else:
                    yield relative, entry.inode()


def regular_inode(path: Path) -> int | None:
    """The inode of a regular file at ``path`` (not followed through a link), or None."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return status.st_ino if stat.S_ISREG(status.st_mode) else None


_sessions: dict[Path, Session] = {}


@contextmanager
def session(project: Project, staging: Path) -> Iterator[Session]:
    """Let the plugin reuse pages while MkDocs builds into ``staging``."""
    opened = Session(project, staging)
    _sessions[staging.resolve()] = opened
    try:
        with _not_cleaning(staging), _linking_written(opened):
            yield opened
    except BaseException:
        if opened.following is not None:
            opened.following.remove()
        raise
    finally:
        _sessions.pop(staging.resolve(), None)


@contextmanager
def _linking_written(opened: Session) -> Iterator[None]:
    """MkDocs writes each page with ``utils.write_file``; a page written while the
    session makes a ``Following`` folder is linked there at once (in whichever process
    wrote it: the forked ones that share a build inherit this)."""
    from mkdocs import utils

    write = utils.write_file

    def write_file(content: bytes, output_path: str) -> None:
        write(content, output_path)
        if opened.following is not None:
            opened.following.written(output_path)

    utils.write_file = write_file
    try:
        yield
    finally:
        utils.write_file = write


@contextmanager
def _not_cleaning(staging: Path) -> Iterator[None]:
    """MkDocs empties its site folder before a build (``utils.clean_directory``); the
    staging folder is prepared instead (``Base``), its kept pages are what the build
    saves. Other folders are cleaned as MkDocs does."""
    from mkdocs import utils

    clean = utils.clean_directory
    kept = staging.resolve()

    def clean_directory(directory: str) -> None:
        if Path(directory).resolve() != kept:
            clean(directory)

    utils.clean_directory = clean_directory
    try:
        yield
    finally:
        utils.clean_directory = clean


def session_for(site_dir: str) -> Session | None:
    return _sessions.get(Path(site_dir).resolve())


def _nav_digest(nav: Navigation) -> str:
    """Titles (as set by the nav or, where not, the page's own bytes), URLs, order."""
    from mkdocs.structure.nav import Link, Section
    from mkdocs.structure.pages import Page

    parts: list[Any] = [nav.homepage.url if nav.homepage else None]

    def walk(items: list[Any]) -> list[Any]:
        found: list[Any] = []
        for item in items:
            if isinstance(item, Section):
                found.append(("section", item.title, walk(item.children)))
            elif isinstance(item, Page):
                title = item.__dict__.get("title")  # set by the nav, else from the page
                own = None if title is not None else item.file.content_bytes
                found.append(("page", item.file.src_uri, item.url, title, own))
            elif isinstance(item, Link):
                found.append(("link", item.title, item.url))
        return found

    parts.append(walk(nav.items))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


class _WarningSpy(logging.Handler):
    """Remembers the pages MkDocs was reading or building when a warning was logged."""

    def __init__(self, config: MkDocsConfig) -> None:
        super().__init__(logging.WARNING)
        self.config = config
        self.pages: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        page = getattr(self.config, "_current_page", None)
        if page is not None:
            self.pages.add(page.file.src_uri)


class Reuse:
    """One MkDocs build's (one language's) decisions: which pages come from site/.

    Decided in ``on_nav``, when the files, their URLs and alternates and the nav are
    final: a reused page is linked from site/ there and left out of the pages MkDocs
    reads and builds (``Files.documentation_pages`` of this build's files lists only the
    others), so it costs no ``Page`` walk, no plugin hooks and no template. It keeps a
    ``Page`` (static-i18n's sitemap lists every page's) with the anchors it has, so
    links to it are checked as in a clean build, and ``check_reused_anchors`` checks the
    anchors it links to."""

    def __init__(self, found: Session, config: MkDocsConfig, files: Files) -> None:
        self.session = found
        self.files = files
        self.build_key = ""
        self.language = _language(config)
        self.site_url = config.site_url or ""
        self.directory_urls = config.use_directory_urls
        self.custom_dir = config.theme.custom_dir
        self.site = found.project.site_dir
        self.reused: dict[str, Entry] = {}  # source -> its entry, linked from site/
        self.keys: dict[str, str] = {}  # pages rendered in this build
        self.links: dict[str, list[tuple[str, str, str]]] = {}
        self.targets: dict[str, tuple[str, str]] = {}  # link path -> (source, URL)
        self.rendering: str | None = None
        self.folders: set[str] = set()  # of the staging folder, made by this build's links
        self.templating = False  # a theme or extra template is being rendered
        self.spy = _WarningSpy(config)
        logging.getLogger("mkdocs").addHandler(self.spy)
        self._watch_links(files)
        self._link_static_files(files)

    def _link_static_files(self, files: Files) -> None:
        """Static files (the theme's assets, site_src/'s data files) whose bytes site/
        holds already are linked from it rather than copied: written and, once the old
        site/ is deleted, freed again on every build otherwise."""
        site = self.session.project.site_dir
        if not site.is_dir():
            return
        for file in files:
            if not file.is_documentation_page() and file.abs_src_path and not file.generated_by:
                file.copy_file = _linking_copy(file, site)  # type: ignore[method-assign, assignment]

    def _watch_links(self, files: Files) -> None:
        """Note each file the page being rendered links to, as MkDocs looks it up."""
        # static-i18n's lookup, faster for plain paths (``i18nfiles.fast_lookup``)
        lookup = i18nfiles.fast_lookup(files, files.get_file_from_path)

        def recording(path: str) -> File | None:
            found = lookup(path)
            if self.rendering is not None:
                target = (path, found.src_uri, found.url) if found else (path, "", "")
                self.links[self.rendering].append(target)
            return found

        self.lookup = lookup
        files.get_file_from_path = recording  # type: ignore[method-assign]

    def close(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.spy)

    def nav(self, nav: Navigation, config: MkDocsConfig) -> None:
        """The build's key (what every page depends on), then each page's: the pages
        whose key and link targets are as recorded are linked from site/ and taken out
        of the pages MkDocs reads and builds."""
        hasher = hashlib.sha256(self.session.configuration.encode())
        custom = Path(self.custom_dir) if self.custom_dir else None
        if custom is not None:
            tree_digest(hasher, custom)
        setting = (self.language, self.site_url, self.directory_urls, _nav_digest(nav))
        hasher.update(repr(setting).encode())
        self.build_key = hasher.hexdigest()
        pages = self.files.documentation_pages()
        # Other plugins may collect what every page gives them: with one, every page
        # is built. The last page is always built: static-i18n's language menu keeps
        # the alternates of the last page built, which the next language's 404 page shows.
        known = not set(config.plugins) - pagesplit.SHARING_PLUGINS
        last = pages[-1].src_uri if pages else None
        base = self.session.base
        for file in pages:
            self.session.pages[(self.build_key, file.src_uri)] = file.dest_uri
            key = self.page_key(file)
            entry = self.session.previous.get((self.build_key, file.src_uri))
            stored = self._stored_page(entry, key, file) if known else None
            if stored is None or entry is None or file.src_uri == last:
                base.release(file.dest_uri)
                self.keys[file.src_uri] = key
            else:
                self._reuse(file, entry, stored, config)
        if self.reused:
            self._build_only_the_others()

    def likely_rendered(self) -> int:
        """How many pages this build renders unless its nav or configuration changed
        (``nav`` finds that, and renders every page): those without a record in the
        last site/'s manifest or whose source changed, judged by status as
        ``_source_digest`` judges it (``FileDigests.unchanged``: nothing is read).
        Known before the nav, so another language's build can start sooner
        (``langfork.py``)."""
        recorded = {source for _, source in self.session.previous}
        sources = self.session.sources
        return sum(
            1
            for file in self.files.documentation_pages()
            if file.src_uri not in recorded
            or file._content is not None
            or not file.abs_src_path
            or sources.unchanged(file.abs_src_path) is None
        )

    def _reuse(self, file: File, entry: Entry, stored: Path, config: MkDocsConfig) -> None:
        from mkdocs.structure.pages import Page

        if not self.session.base.holds(file.dest_uri):  # else site/'s file is there already
            link_page(stored, Path(file.abs_dest_path), self.folders)
            self.session.linked(stored)
        self.reused[file.src_uri] = entry
        self.session.reused += 1
        self.session.recorded[(self.build_key, file.src_uri)] = entry
        page = file.page if file.page is not None else Page(None, file, config)
        if "title" not in page.__dict__:  # not set by the nav: the page's own, recorded
            page.title = entry.title
        self._restore(page, entry)

    def _build_only_the_others(self) -> None:
        """MkDocs reads, builds and checks the pages this build's files list: not the
        reused ones, but for its templates (static-i18n took its list of every page in
        its ``on_files``)."""
        every = self.files.documentation_pages
        reused = self.reused

        def documentation_pages(**kwargs: Any) -> Sequence[File]:
            pages = every(**kwargs)
            if self.templating:  # the theme's templates (MkDocs' sitemap) list every page
                return pages
            return [file for file in pages if file.src_uri not in reused]

        self.files.documentation_pages = documentation_pages  # type: ignore[method-assign]

    def check_reused_anchors(self, log_level: int) -> None:
        """MkDocs' anchor check for the reused pages (after its own for the others):
        an anchor they link to that a rebuilt page no longer has warns as in a clean
        build."""
        from mkdocs.structure.pages import Page

        for source in self.reused:
            file = self.files.src_uris.get(source)
            if file is not None and file.page is not None:
                Page.validate_anchor_links(file.page, files=self.files, log_level=log_level)

    def env(self, env: Environment) -> None:
        """The theme's templates compiled once and kept (Jinja's bytecode cache, which
        checks each template's source): each language's build compiled all of
        Material's templates again."""
        if self.session.enabled and env.bytecode_cache is None:
            folder = version_dir(self.session.project.root) / THEME_BYTECODE
            folder.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(folder))

    def page_key(self, file: File) -> str:
        """The build's key, the file's place (source, destination, URL, language and
        static-i18n alternates) and its bytes: the Markdown other plugins are given and
        its front matter, which they turn into the same page under the same build key."""
        alternates = getattr(file, "alternates", {}) or {}
        described = (
            file.src_uri,
            file.dest_uri,
            file.url,
            getattr(file, "locale", None),
            sorted((lang, f.url) for lang, f in alternates.items()),
        )
        text = repr(described)  # strings and None: repr is exact, and cheaper than JSON
        hasher = hashlib.sha256(self.build_key.encode())
        hasher.update(text.encode())
        hasher.update(self._source_digest(file).encode())
        return hasher.hexdigest()

    def _source_digest(self, file: File) -> str:
        """SHA-256 of the page's source bytes: by status from ``Session.sources`` when
        the file is MkDocs' to read, of the bytes a plugin gave it otherwise."""
        if file._content is None and file.abs_src_path:
            found = self.session.sources.of(file.abs_src_path)  # normalised by MkDocs
            if found is not None:
                return found
        return hashlib.sha256(file.content_bytes).hexdigest()

    def _stored_page(self, entry: Entry | None, key: str, file: File) -> Path | None:
        """The page's file in site/, when it can stand for a new rendering."""
        if entry is None or entry.key != key:
            return None
        for path, source, url in entry.links:
            if self._target(path) != (source, url):
                return None
        stored = self.site / file.dest_uri
        # By status where it cannot lie (size, inode, modification and change times as
        # when last read, outside the racy window), read otherwise: a page edited in
        # site/ must not come back, and an edit sets the change time (no utime can).
        digest = self.session.html.of(stored)
        return stored if digest is not None and digest == entry.html_sha256 else None

    def _target(self, path: str) -> tuple[str, str]:
        """(source path, URL) of the file a link to ``path`` resolves to, ("", "") for
        none; looked up once per build (the files are fixed once ``on_files`` ran, and
        most pages link to the same few targets)."""
        found = self.targets.get(path)
        if found is None:
            target = self.lookup(path)
            found = self.targets[path] = (target.src_uri, target.url) if target else ("", "")
        return found

    def markdown(self, markdown: str, page: Page) -> str:
        """A page MkDocs converts: note the link targets its Markdown resolves."""
        source = page.file.src_uri
        if source in self.keys:
            self.session.rendered.append(source)
            self.rendering = source
            self.links[source] = []
        return markdown

    def content(self) -> None:
        """The page's Markdown is converted: stop noting link targets."""
        self.rendering = None

    def _restore(self, page: Page, entry: Entry) -> None:
        """A reused page gets back the anchors it has and links to, for the anchor checks."""
        page.content = ""
        page.present_anchor_ids = set(entry.anchors)
        if entry.anchor_links is None:
            page.links_to_anchors = None
            return
        targets = {}
        for source, anchors in entry.anchor_links:
            target = self.files.src_uris.get(source)
            if target is not None:
                targets[target] = dict(anchors)
        page.links_to_anchors = targets

    def post_page(self, output: str, page: Page, patch: Callable[[str], str]) -> str:
        """``patch(output)``, recorded for a later build to reuse."""
        source = page.file.src_uri
        output = patch(output)
        key, links = self.keys.pop(source, None), self.links.pop(source, [])
        if key is not None and source not in self.spy.pages:  # a page that warned renders
            entry = self._entry(key, page, links, output)
            self.session.recorded[(self.build_key, source)] = entry
        if self.session.following is not None:
            self.session.following.expect(page)
        return output

    @staticmethod
    def _entry(key: str, page: Page, links: list[tuple[str, str, str]], html: str) -> Entry:
        anchor_links = None
        if page.links_to_anchors is not None:
            anchor_links = tuple(
                sorted(
                    (target.src_uri, tuple(sorted(anchors.items())))
                    for target, anchors in page.links_to_anchors.items()
                )
            )
        return Entry(
            key=key,
            title=page.title,
            anchors=frozenset(page.present_anchor_ids or ()),
            links=tuple(dict.fromkeys(links)),
            anchor_links=anchor_links,
            # as MkDocs encodes it when writing the page
            html_sha256=hashlib.sha256(html.encode("utf-8", "xmlcharrefreplace")).hexdigest(),
        )


def link_page(stored: Path, target: Path, folders: set[str] | None = None) -> None:
    """The file of site/ at ``target`` in the staging folder: a hard link, so it is neither
    written again nor, when the old site/ is deleted after the swap, freed. Nothing writes
    into a file in place once it is linked (a file already at ``target`` is unlinked
    first, and MkDocs writes no page it was given no output for), so site/ and the
    staging folder sharing it cannot change each other. ``folders``: those made (or
    found) already, not made again (an addition after a full build links every page)."""
    parent = os.path.dirname(target)
    if folders is None or parent not in folders:
        os.makedirs(parent, exist_ok=True)
        if folders is not None:
            folders.add(parent)
    try:
        os.link(stored, target)
    except FileExistsError:  # written by an earlier language's build: replaced, not into
        target.unlink()
        os.link(stored, target)
    except OSError:  # a file system without hard links, or site/ on another one
        shutil.copyfile(stored, target)


def _same_bytes(first: Path, second: Path) -> bool:
    """Whether two files hold the same bytes (compared, not judged by size and time)."""
    try:
        if first.stat().st_size != second.stat().st_size:
            return False
        return first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def _linking_copy(file: File, site: Path) -> Callable[[bool], None]:
    """``file.copy_file`` that links site/'s copy when it holds the source's bytes (and,
    when it does not, removes what is at the destination before MkDocs copies)."""
    copy = file.copy_file

    def copy_file(dirty: bool = False) -> None:
        assert file.abs_src_path is not None
        stored, target = site / file.dest_uri, Path(file.abs_dest_path)
        if _same_bytes(Path(file.abs_src_path), stored):
            link_page(stored, target)
        else:
            target.unlink(missing_ok=True)  # never copied into a file linked from site/
            copy(dirty)

    return copy_file


def _language(config: MkDocsConfig) -> tuple[str | None, str | None, str]:
    """static-i18n's language under way, the theme's language and the site name."""
    i18n = config.plugins.get("i18n")
    theme_language = config.theme.get("language")
    return getattr(i18n, "current_language", None), theme_language, config.site_name
