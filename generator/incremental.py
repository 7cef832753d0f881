"""What the last build of a project saw, so a build with nothing new does nothing.

Two steps can be skipped, each only when everything it reads is as it was:

- generating site_src/: when every file under seeds/ and templates/, mkdocs.yml and the
  code are byte for byte as at the last generation (a file under seeds/ or templates/
  whose status is as when it was hashed counts by that hash, unless it changed just
  before: ``cache.FileDigests``), site_src/ is as that build left it
  (same names, sizes and modification times), and no translation is due (no engine, or
  nothing was pending); a generation that translated changed its own inputs, so the
  next one always runs;
- the MkDocs build: when site_src/, mkdocs.yml, the environment variables it reads, the
  code and ``--strict`` are as at the last publish and site/ is still the folder that
  publish swapped in.

The record lives beside the build cache (``.briefing-cache/<code version>/``), is written
atomically after each step succeeds, and is ignored when it cannot be read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache import (
    CACHE_DIRNAME,
    LAST_BUILD,
    FileDigests,
    code_version,
    read_pickle,
    tracked_by_git,
    version_dir,
    write_pickle,
)

if TYPE_CHECKING:
    from generator.build import Project, Summary

_ENV_NAMES = re.compile(rb"!ENV\s*\[?\s*([A-Za-z_][A-Za-z0-9_]*)")
_SKIPPED_NAMES = frozenset({".lock"})  # the TM lock file is touched by every writer


def config_env_digest(hasher: Any, config_text: bytes) -> None:
    """Add the environment variables mkdocs.yml reads (``!ENV``): they change its values."""
    for name in sorted(set(_ENV_NAMES.findall(config_text))):
        hasher.update(name + b"=" + os.environ.get(name.decode(), "<unset>").encode())


def tree_digest(hasher: Any, root: Path, files: FileDigests | None = None) -> None:
    """Names and bytes of every regular file under ``root``, hidden ones too; the target
    of every link and the type of anything else (a pipe is never opened: it would block).
    With ``files``, a regular file counts by its SHA-256 from there (not read again
    while its status is unchanged: ``cache.FileDigests``). Each folder's files come
    before its subfolders, all by name. Plain strings and one listing per folder (with
    the entries' types): seeds/ holds two files per article, hashed on every build.
    """
    if not root.exists():
        hasher.update(b"<missing>")
        return
    _folder_digest(hasher, str(root), "", files)


def _folder_digest(hasher: Any, folder: str, prefix: str, files: FileDigests | None) -> None:
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    below = []
    for entry in entries:
        status = entry.stat(follow_symlinks=False)
        if stat.S_ISDIR(status.st_mode):
            below.append(entry)
            continue
        if entry.name in _SKIPPED_NAMES:
            continue
        hasher.update(f"{prefix}{entry.name}\0".encode())
        if stat.S_ISLNK(status.st_mode):
            hasher.update(b"link:" + os.readlink(entry.path).encode())
        elif stat.S_ISREG(status.st_mode):
            found = files.of(entry.path) if files is not None else None
            if found is None:
                with open(entry.path, "rb") as handle:
                    hasher.update(handle.read())
            else:
                hasher.update(found.encode())
        else:
            hasher.update(f"mode:{status.st_mode}".encode())
        hasher.update(b"\0")
    for entry in below:
        _folder_digest(hasher, entry.path, f"{prefix}{entry.name}/", files)


def snapshot(root: Path) -> tuple[tuple[str, int, int, int], ...]:
    """(name, size, modification time, inode) of every file under ``root`` (links to
    folders neither listed nor followed, unreadable folders skipped, as ``os.walk``)."""
    found: list[tuple[str, int, int, int]] = []
    _snapshot(str(root), "", found)
    return tuple(sorted(found))


def _snapshot(folder: str, prefix: str, found: list[tuple[str, int, int, int]]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.is_symlink():
                _snapshot(entry.path, f"{prefix}{entry.name}{os.sep}", found)
            continue
        status = entry.stat(follow_symlinks=False)
        found.append((prefix + entry.name, status.st_size, status.st_mtime_ns, status.st_ino))


def folder_identity(path: Path) -> tuple[int, int] | None:
    """Which folder ``path`` is (device, inode): a site/ swapped in or replaced differs."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class State:
    """The record of one project's last generation and publish, for one build (its
    ``generate`` and ``publish``: it keeps what it found, the inputs' digest and
    site_src/ as generation left it); the next build reads the record again."""

    def __init__(self, project: Project) -> None:
        self.project = project
        folder = project.root / CACHE_DIRNAME
        self.enabled = not tracked_by_git(project.root, folder)
        self.path = version_dir(project.root) / LAST_BUILD
        found = read_pickle(self.path) if self.enabled else None
        self.saved: dict[str, Any] = found if isinstance(found, dict) else {}
        # digests of the input files, by status: the last generation's, then this one's
        self.files = FileDigests(self.saved.get("files"))
        self._inputs: str | None = None
        # site_key by --strict: publish asks before and after the MkDocs build, which
        # never writes site_src/ (the build lock keeps other builds out meanwhile)
        self._site_keys: dict[bool, str] = {}
        # site_src/ as this generation left it, for a publish given this State (the
        # same build, under its lock): not walked twice
        self._site_src: tuple[tuple[str, int, int, int], ...] | None = None

    def inputs_digest(self) -> str:
        """Every input of generation, as the build starts reading them."""
        if self._inputs is None:
            hasher = hashlib.sha256(code_version().encode())
            for root in (self.project.seeds_dir, self.project.templates_dir):
                tree_digest(hasher, root, self.files)
            config = self.project.config_file
            hasher.update(config.read_bytes() if config.is_file() else b"<missing>")
            self._inputs = hasher.hexdigest()
        return self._inputs

    def unchanged_summary(self, translating: bool) -> Summary | None:
        """The last summary (nothing written) if generating again would change nothing."""
        current = self.inputs_digest()  # before anything is read: what this build starts from
        saved = self.saved.get("generated")
        if not isinstance(saved, dict) or saved.get("inputs") != current:
            return None
        summary = saved.get("summary")
        if summary is None or (translating and summary.pending):
            return None
        found = snapshot(self.project.site_src)
        if saved.get("site_src") != found:
            return None
        self._site_src = found  # nothing is written: site_src/ stays as it is
        return summary  # type: ignore[no-any-return]

    def generated(self, summary: Summary) -> None:
        """Record a finished generation; call ``unchanged_summary`` before it started."""
        self._site_src = None
        self._site_keys.clear()  # site_src/ was written
        if summary.translated_now:  # it changed its own inputs (the TM): hashed before that
            self.saved.pop("generated", None)
            self._write()
            return
        self.saved["generated"] = {
            "inputs": self.inputs_digest(),
            # what a build that changes nothing reports: nothing written or translated
            "summary": dataclasses.replace(summary, written=(), removed=(), translated_now=0),
            "site_src": self._site_src_now(),
        }
        self.saved["files"] = self.files.now
        self._write()

    def _site_key(self, strict: bool) -> str:
        if strict not in self._site_keys:
            self._site_keys[strict] = self._new_site_key(strict)
        return self._site_keys[strict]

    def _new_site_key(self, strict: bool) -> str:
        config = self.project.config_file
        text = config.read_bytes() if config.is_file() else b""
        hasher = hashlib.sha256(code_version().encode() + text + repr(strict).encode())
        config_env_digest(hasher, text)
        hasher.update(repr(self._site_src_now()).encode())
        return hasher.hexdigest()

    def _site_src_now(self) -> tuple[tuple[str, int, int, int], ...]:
        """``snapshot`` of site_src/, taken once after this State's generation (site_src/
        is then left alone until the next one)."""
        if self._site_src is None:
            self._site_src = snapshot(self.project.site_src)
        return self._site_src

    def site_unchanged(self, strict: bool) -> bool:
        saved = self.saved.get("published")
        return (
            isinstance(saved, dict)
            and saved.get("key") == self._site_key(strict)
            and saved.get("site") == folder_identity(self.project.site_dir)
            and folder_identity(self.project.site_dir) is not None
        )

    def site_rewritten(self) -> None:
        """site/ was rebuilt in place by something else (plain ``mkdocs build``): the
        next ``briefing build`` must not take it for the site it published."""
        if self.saved.pop("published", None) is not None:
            self._write()

    def published(self, strict: bool) -> None:
        self.saved["published"] = {
            "key": self._site_key(strict),
            "site": folder_identity(self.project.site_dir),
        }
        if self.saved.get("files") is self.files.now:  # this build's generation saved them
            self.files.settle()  # the MkDocs build took long enough for most
            self.saved["files"] = self.files.now
        self._write()

    def _write(self) -> None:
        if self.enabled:
            write_pickle(self.path, self.saved)
