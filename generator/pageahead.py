"""site/'s pages made ready for the next MkDocs build while the generator runs (issue 14).

An addition's generation runs on one core for seconds while the second is idle; then
each language's MkDocs build (one in this process, the other in ``langfork.py``'s child)
checks every reused page and links it into the staging folder (``pagecache.Reuse``),
both on the build's critical path. Two parts of that need only the last site/ and its
manifest, so a forked child does them beside the generator (``Ahead``, started by
``briefing build`` before it generates, finished before it publishes):

- **The earlier generation.** The folder the next build builds into (site/ before the
  last swap, or the one a full build linked its pages into, ``pagecache.Following``)
  is made ready as ``pagecache.Base`` would make it at the start of the MkDocs build
  (site/'s own pages kept, all else removed), and the build takes the pages kept
  instead of walking the folder again.
- **Links.** With no earlier generation of site/ to build into (only when that folder
  was removed or could not be made: ``build._staging`` gets an empty folder, and
  ``Reuse`` linked every page into it, a folder each), the child links every page of
  site/ into a new folder and renames it ``build.PREVIOUS_NAME`` when it is whole;
  ``pagecache.Base`` then keeps those pages, as it keeps a previous generation's. A
  child stopped midway leaves what it linked as that folder too: ``Base`` keeps the
  pages that are site/'s files and removes the rest, so a part is as good as a whole,
  only slower.
- **The build's own check of site/** for symbolic links (``writer.refuse_links``, a
  walk of every folder) is made here, and the build takes its finding.
- **Checks.** A page whose recorded status cannot be trusted (a link moved its change
  time, or it was written within ``cache.RACY_NS`` of its status being taken) was read
  and hashed in ``Reuse.nav``. The child reads those pages, each once ``RACY_NS`` has
  passed since its last change, its link or a write late in the last build (else it
  would be racy again), as ``cache.FileDigests`` does,
  and ``pagecache.Session`` starts from what it found (``pagecache.checked_ahead``): a
  page whose status is still that is not read again, one changed since is. The reads
  come in parts (``READ_PART``): the build takes those done when generation is, and
  those done since when the MkDocs build first needs them, at the end of the first
  language's file list, never waiting for more (waiting out the racy window made an
  addition at 2,000 articles slower); the MkDocs builds read the rest.

The child only reads site/ and writes a folder of its own; it dies with this process
(``langfork.die_with_parent``), and a folder it leaves half-made is a leftover that
the next build removes (its name matches ``build.LEFTOVER_PATTERN``). With one worker
(``--jobs 1``), no fork or no manifest for the current site/, nothing is started.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from generator import forked, langfork, pagecache, writer
from generator.cache import RACY_NS, FileDigests, read_pickle
from generator.incremental import folder_identity

if TYPE_CHECKING:
    from generator.build import Project

LINKING_PREFIX = ".site-ahead-"  # a leftover of a killed build (``build.LEFTOVER_PATTERN``)
# A page is read once its last change (its link, or its write) is this much older than
# RACY_NS: its change time (the file system's clock, coarser than ours) must be over
# RACY_NS old when it is read.
_MARGIN_NS = 50_000_000
# How long the build waits for the child's links when generation is done: the MkDocs
# builds' own linking took about this at 2,000 articles (``Reuse._reuse``, two
# processes); longer, the wait would cost more than it saves.
WAIT_S = 1.0
# The child sends its reads in parts of this many pages, so that the build takes all
# it has done whenever it asks, without waiting (waiting for the whole made an addition
# at 5,000 articles no faster: it lost as often as it won).
READ_PART = 500
# The pipe's size, asked of Linux (its default ceiling for a process): the build takes
# the parts only when it needs them, and a part of 500 pages (about 100 KB) filled the
# default 64 KB pipe, so the child waited there with its other reads undone.
PIPE_BYTES = 1 << 20

Checked = pagecache.Checked
Linked = tuple[tuple[int, int] | None, frozenset[str]]  # (folder identity, its pages)


class Ahead:
    """The child that links and checks site/'s pages while this process generates."""

    def __init__(self, project: Project, previous: Path, workers: int) -> None:
        self.project = project
        self.previous = previous  # where the next build finds the earlier generation
        self.pid, self.pipe = 0, -1
        self.reader: BinaryIO | None = None  # the pipe, once ``finish`` opens it
        self.reading = False  # the child has reads still to send
        manifest = pagecache.manifest_path(project)
        if workers < 2 or not hasattr(os, "fork") or not manifest.is_file():
            return
        parent = os.getpid()
        pid, pipe = forked.fork_with_pipe()
        if pid == 0:
            _run(project, previous, parent, pipe)
        self.pid, self.pipe = pid, pipe

    def finish(self, *, wait: bool) -> None:
        """Take what the child found (``wait``), or stop it where it is (the build will
        not run MkDocs: nothing changed). Its links are waited for (``WAIT_S`` at most);
        its reads are taken as far as they are done, and those done later when the
        MkDocs build first needs them (``pagecache.checked_later``); pages it has not
        read by then are read there, as before. A folder it was linking into becomes
        the earlier generation for this build; stopped without waiting, the folder is
        removed instead, so that the next build's child links every page (kept, a few
        pages linked in a nothing-changed build stopped the next addition's child from
        linking the rest: `.site-previous` existed)."""
        if not self.pid or self.reader is not None:
            return
        ready: object = None
        self.reader = os.fdopen(self.pipe, "rb")
        if wait and select.select([self.reader], [], [], WAIT_S)[0]:
            ready = _received(self.reader)  # sent once its links are made
        reading = isinstance(ready, _Ready)
        checked = self._reads_done() if reading else {}
        if not self.reading:
            self._end()
        if wait:
            _keep_partial(self.project.site_dir.parent, self.previous)
        else:
            _drop_partial(self.project.site_dir.parent)
        if isinstance(ready, _Ready):
            link = ready.link_in_site
            writer.walked_for_links(self.project.site_dir, None if link is None else Path(link))
            pagecache.checked_ahead(self.project, checked, ready.pages)
            pagecache.checked_later(self.project, self._late_reads if self.pid else None)

    def stop(self) -> None:
        """End a child still running (the build failed, ended early, or never took its
        reads)."""
        if self.reader is None:
            self.finish(wait=False)
        pagecache.checked_later(self.project, None)
        writer.forget_walk(self.project.site_dir)
        self._end()

    def _reads_done(self) -> Checked:
        """The reads the child has sent so far, without waiting; ``reading`` says
        whether more are to come."""
        found: Checked = {}
        reader = self.reader
        self.reading = False
        while reader and not reader.closed and select.select([reader], [], [], 0)[0]:
            message = _received(reader)
            if not isinstance(message, dict):
                return found  # its end (``_DONE``), or it died
            found.update(message)
        self.reading = True
        return found

    def _late_reads(self) -> Checked | None:
        """The reads the child has sent since ``finish``, without waiting; it is ended."""
        found = self._reads_done() if self.pid else {}
        self._end()
        return found or None

    def _end(self) -> None:
        """Close the pipe, kill the child if it still runs, and reap it."""
        if self.reader is not None and not self.reader.closed:
            self.reader.close()
        if self.pid:
            _kill(self.pid)
            self.pid = 0


_DONE = "done"  # sent after the last part of the reads


@dataclass(frozen=True)
class _Ready:
    """The child's first message: the earlier generation's identity and the pages it
    holds (None if unknown: a page could only be copied, or the folder is not plain);
    and the first symbolic link in site/ (None: none), which the build refuses."""

    pages: Linked | None
    link_in_site: str | None


def _received(pipe: Any) -> object:
    """The next message from the child, or None (it died, or sent something else)."""
    try:
        return pickle.load(pipe)
    except (pickle.UnpicklingError, EOFError, ValueError, AttributeError, OSError):
        return None


def _kill(pid: int) -> None:
    """Kill the child if it still runs, and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _run(project: Project, previous: Path, parent: int, pipe: int) -> None:
    """In the child: link and send what was linked, then read and send what was read;
    end the process. Nothing sent: the build links and checks every page as before."""
    code = 1
    try:
        langfork.die_with_parent(parent)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it
        _widen(pipe)
        with os.fdopen(pipe, "wb") as out:
            for message in _link_and_check(project, previous):
                pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()
        code = 0
    finally:
        os._exit(code)


def _widen(pipe: int) -> None:
    """Room in the pipe for every part, so the child is not held up until the build
    takes them (Linux only; elsewhere the pipe stays as it is)."""
    import fcntl  # POSIX only, as the fork this child came from

    with contextlib.suppress(OSError, AttributeError):
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _link_and_check(project: Project, previous: Path) -> Iterator[object]:
    """Make ``previous`` ready (``_prepare_previous``), or link site/'s pages into it when
    there is none, walk site/ for symbolic links, and yield both (``_Ready``); then read the
    pages whose status is not trusted, and yield what was read (``FileDigests.now``
    entries). Nothing for a site/ the manifest is not of."""
    if not pagecache.cache_allowed(project):
        return
    found = read_pickle(pagecache.manifest_path(project))
    site = project.site_dir
    if not isinstance(found, pagecache.Manifest) or found.site != folder_identity(site):
        return
    linked: dict[str, int] = {}  # page path -> when it was linked (ns)
    if previous.exists():
        pages: Linked | None = _prepare_previous(site, found.pages, previous)
    else:
        linked, pages = _link_pages(site, sorted(found.pages), previous)
    link = writer.first_link(site)  # the build's check of its output folder, done here
    yield _Ready(pages, None if link is None else str(link))
    digests = FileDigests(found.html)
    part: Checked = {}
    for name in found.html:
        _out_of_the_racy_window(name, linked.get(name))
        digests.of(name)
        if (value := digests.now.get(name)) is not None and value is not found.html[name]:
            part[name] = value
        if len(part) >= READ_PART:
            yield part
            part = {}
    yield part
    yield _DONE


def _out_of_the_racy_window(name: str, linked_at: int | None) -> None:
    """Wait, if need be, until the file's last change (its link, or the write of a page
    written late in the last build) is ``RACY_NS`` old: read sooner, its digest would not
    be trusted, and the build would read it again."""
    changed = linked_at
    if changed is None:
        try:
            status = os.lstat(name)
        except OSError:
            return
        changed = max(status.st_mtime_ns, status.st_ctime_ns)
    wait = changed + RACY_NS + _MARGIN_NS - time.time_ns()
    if wait > 0:
        time.sleep(min(wait, RACY_NS + _MARGIN_NS) / 1e9)  # a clock ahead waits no longer


def _link_pages(
    site: Path, pages: list[str], previous: Path
) -> tuple[dict[str, int], Linked | None]:
    """Each page of site/ linked into a new folder, renamed ``previous`` when done:
    (page path -> when it was linked, in ns; the pages linked, None if one could only
    be copied: ``pagecache.Base`` then sorts the folder out itself)."""
    linking = Path(tempfile.mkdtemp(prefix=LINKING_PREFIX, dir=site.parent))
    folders: set[str] = set()
    linked = {}
    every_one = True
    for relative in pages:
        stored = site / relative
        inode = pagecache.regular_inode(stored)
        if inode is None:
            continue
        pagecache.link_page(stored, linking / relative, folders)
        linked[str(stored)] = time.time_ns()
        every_one = every_one and pagecache.regular_inode(linking / relative) == inode
    made = folder_identity(linking)
    linking.rename(previous)  # the build lock is held: nothing else makes it meanwhile
    kept = frozenset(name[len(str(site)) + 1 :] for name in linked)
    return linked, (made, kept) if every_one else None


def _prepare_previous(site: Path, pages: frozenset[str], previous: Path) -> Linked | None:
    """The earlier generation made ready as ``pagecache.Base`` makes it (site/'s own
    pages kept, every other file and the folders left empty removed): (its identity,
    the pages kept), or None when it is not a plain folder."""
    if previous.is_symlink() or not previous.is_dir():
        return None
    base = pagecache.Base(previous)
    base.prepare(site, pages)
    base.finish(base.kept)  # removes no page: only the folders the removals emptied
    return folder_identity(previous), frozenset(base.kept)


def _drop_partial(parent: Path) -> None:
    """A folder the child was linking into when it was stopped: removed (links only)."""
    for partial in parent.glob(f"{LINKING_PREFIX}*"):
        if partial.is_dir() and not partial.is_symlink():
            shutil.rmtree(partial, ignore_errors=True)


def _keep_partial(parent: Path, previous: Path) -> None:
    """A folder the child was linking into when it stopped: the earlier generation,
    if there is none (its pages are site/'s files, as a previous generation's are)."""
    for partial in parent.glob(f"{LINKING_PREFIX}*"):
        if previous.exists() or not partial.is_dir() or partial.is_symlink():
            return  # left for the next build's removal of leftovers
        partial.rename(previous)
