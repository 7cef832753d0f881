"""Rendered pages reused: a page whose inputs are as at the last build is not rendered again.

Rendering the event and source pages is most of the generator's time, and adding one
article changes only a few of them. Each memoised page is keyed by a fingerprint of
everything it is rendered from: the code version (package templates and libraries
included), the project's templates/, the glossary, the template and language, and the
page's own values (its event with every member article, the events it links to). The
record (``.briefing-cache/<code version>/site-src.pickle``) maps each page's path to that
key and the SHA-256 of the bytes it produced; a page whose key is unchanged is kept only
if its file in site_src/ still hashes as recorded (a hand-edited or lost file is
rendered again). So the output is the same bytes a full render gives. Whether it does is
told by the file's status where that cannot hide a write (``cache.FileDigests``, whose
digests the record keeps too): a kept page is then neither read nor hashed, and is
given as ``UNREAD`` (``writer.write_tree`` leaves kept paths as they are), so an
add-one build does not read the whole of site_src/ back. A project whose templates/
changes a page template gets no reuse (``open_memo``).
Fingerprints are ``cache.fingerprint``: equal values, equal fingerprints.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache

from generator import resources
from generator.cache import (
    JINJA_BYTECODE,
    SITE_SRC_RECORD,
    BuildCache,
    FileDigests,
    Fingerprints,
    code_version,
    fingerprint,
    read_pickle,
    write_pickle,
)
from generator.incremental import tree_digest

# What ``PageMemo.page`` gives for a kept page whose file was not read: site_src/ holds
# its bytes already (the path is in ``PageMemo.kept``), so they are never needed.
UNREAD = b""


class PageMemo:
    """Keys and output digests of the last build's memoised pages, and this build's."""

    def __init__(
        self,
        site_src: Path,
        record: Path | None,
        context: str,
        fingerprints: Fingerprints,
        compiled: BytecodeCache | None = None,
    ) -> None:
        self.site_src = site_src
        self._folder = os.path.join(site_src, "")  # a string: joined to thousands of paths
        self.compiled = compiled  # Jinja's compiled templates, kept between builds
        self.record = record
        self.context = context  # fingerprint of what every page is rendered with
        found = read_pickle(record) if record is not None else None
        found = found if isinstance(found, dict) else {}
        self.previous: dict[str, tuple[str, str]] = found.get("pages", {})
        self.files = FileDigests(found.get("files"))  # site_src/'s files, by status
        self.current: dict[str, tuple[str, str]] = {}
        self.kept: set[str] = set()  # paths whose bytes in site_src/ are as rendered
        self.of = fingerprints.of
        self.of_event = fingerprints.of_event

    def page(self, path: str, parts: tuple[Any, ...], render: Callable[[], str]) -> bytes:
        """The page at ``path``: last build's bytes when ``parts`` (the page's inputs
        beyond the shared context) fingerprint as then, else ``render()``."""
        key = fingerprint(self.context, path, parts)
        saved = self.previous.get(path)
        if saved is not None and saved[0] == key:
            if self.files.unchanged(self._folder + path) == saved[1]:
                self.current[path] = saved
                self.kept.add(path)
                return UNREAD
            try:
                content = (self.site_src / path).read_bytes()
            except OSError:
                content = None
            if content is not None and hashlib.sha256(content).hexdigest() == saved[1]:
                self.current[path] = saved
                self.kept.add(path)
                return content
        content = render().encode("utf-8")
        self.current[path] = (key, hashlib.sha256(content).hexdigest())
        return content

    # forked.Carried: a child rendering pages sends back their records
    def mark(self) -> tuple[set[str], set[str]]:
        return set(self.current), set(self.kept)

    def changes(
        self, mark: tuple[set[str], set[str]]
    ) -> tuple[dict[str, tuple[str, str]], set[str]]:
        current, kept = mark
        return {p: k for p, k in self.current.items() if p not in current}, self.kept - kept

    def take(self, changes: tuple[dict[str, tuple[str, str]], set[str]]) -> None:
        current, kept = changes
        self.current.update(current)
        self.kept |= kept

    def save(self) -> None:
        """Keep this build's keys, and the status of each page's file (call once
        site_src/ holds what was rendered: each file's digest is then the recorded one)."""
        if self.record is None:
            return
        for path, (_, digest) in self.current.items():
            file = self._folder + path  # a string: thousands of pages
            if self.files.unchanged(file) != digest:
                self.files.written(file, digest)
        write_pickle(self.record, {"pages": self.current, "files": self.files.now})


def open_memo(cache: BuildCache, site_src: Path, templates_dir: Path) -> PageMemo:
    """The page memo of a build using ``cache`` (after ``cache.use_glossary``): its shared
    context is the code version, the glossary and every file of the project's templates/.

    Our templates read only their context and globals the key covers; a project's own
    page template might read any global (every event, say), so a project that changes
    one gets no reuse: every page is rendered."""
    hasher = hashlib.sha256(f"{code_version()}\0{cache.glossary_digest}".encode())
    tree_digest(hasher, templates_dir)
    reuse = cache.enabled and not own_page_templates(templates_dir)
    folder = cache.folder / code_version()
    record = folder / SITE_SRC_RECORD if reuse else None
    compiled = None
    if cache.enabled:
        (folder / JINJA_BYTECODE).mkdir(parents=True, exist_ok=True)
        compiled = FileSystemBytecodeCache(str(folder / JINJA_BYTECODE))
    return PageMemo(site_src, record, hasher.hexdigest(), cache.fingerprints, compiled)


def own_page_templates(templates_dir: Path) -> bool:
    """Whether the project's templates/ holds a template (.j2) the package lacks or has
    with other bytes (labels and assets do not count: they are in the key)."""
    found = resources.folders(templates_dir)
    if len(found) == 1:
        return False
    packaged = found[-1]
    for path in sorted(templates_dir.rglob("*.j2")):
        theirs = packaged / path.relative_to(templates_dir)
        if not theirs.is_file() or theirs.read_bytes() != path.read_bytes():
            return True
    return False
