"""The only module that writes the generated tree (``site_src/``).

It refuses paths outside the output folder, writes a file only when its bytes differ
(so ``mkdocs serve`` does not rebuild forever on its own output), and removes generated
files that are no longer produced. Everything is rendered before anything is written,
so a failed render leaves the previous tree as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BriefingError

# Files in the output folder that are not ours to remove.
KEEP = frozenset({".gitignore", "README.md"})


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def _safe_parts(path: str) -> tuple[str, ...]:
    """``path``'s names as ``PurePosixPath`` has them (split as a string when it is in
    that form already: site_src/ holds thousands); refused when it leads outside."""
    parts = tuple(path.split("/"))
    if "" in parts or "." in parts:  # "a//b", "a/./b", "/a": pathlib's reading
        parts = PurePosixPath(path).parts
    if not parts or parts[0].startswith("/") or ".." in parts:
        raise BriefingError(f"refusing to write outside the output folder: {path!r}")
    return parts


# folder -> the first symbolic link under it (None: none) as a walk made earlier in
# this build found it (``pageahead``'s child, beside the generator), taken once
_walked: dict[str, Path | None] = {}


def refuse_links(root: Path) -> None:
    """An output folder that is or holds a link would let a build write or delete files
    elsewhere (a pull request can commit such a link), so it is refused."""
    if root.is_symlink():
        found: Path | None = root
    elif str(root) in _walked:
        found = _walked.pop(str(root))
    else:
        found = first_link(root) if root.is_dir() else None
    if found is not None:
        raise BriefingError(
            f"{found} is a symbolic link in an output folder; refusing to write through "
            "it. Remove the link (the folder is generated) and build again."
        )


def walked_for_links(root: Path, found: Path | None) -> None:
    """What a walk of ``root`` made earlier in this build found (``first_link``), for
    the next ``refuse_links(root)`` to take instead of walking again (0.2 s for site/
    at 5,000 articles)."""
    _walked[str(root)] = found


def forget_walk(root: Path) -> None:
    """A walk ``refuse_links`` did not take is not taken later (the build ended)."""
    _walked.pop(str(root), None)


def first_link(root: Path) -> Path | None:
    """A symbolic link anywhere under ``root``, or None. Each folder is listed once and
    its entries' types come with the listing (no call per file: site/ has tens of
    thousands)."""
    folders = [str(root)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_symlink():
                    return Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
    return None


def write_tree(
    root: Path, files: Mapping[str, bytes], known: Collection[str] = frozenset()
) -> WriteReport:
    """Make ``root`` hold exactly ``files`` (plus KEEP); return what changed. ``known``
    paths hold their bytes in ``root`` already (the page memo checked them): they are
    left as they are, and their content in ``files`` is not used.

    Raises ``BriefingError`` for a path outside ``root`` or an output folder that is or
    holds a link; ``OSError`` when the disk refuses (files already written stay whole).
    """
    targets = {_safe_parts(path): content for path, content in files.items()}
    refuse_links(root)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    unchanged = 0
    # in Path order, compared as tuples of names (comparing Path objects cost more than
    # writing: site_src/ holds thousands of files); the memo's kept paths are skipped
    for parts, content in sorted(targets.items()):
        if "/".join(parts) in known:
            unchanged += 1
            continue
        target = root.joinpath(*parts)
        if target.is_file() and target.read_bytes() == content:
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # Not synced: the tree is regenerated from the inputs, and a file a power cut
        # leaves short has another size, so the next build writes it again.
        atomic_write(target, content, durable=False)
        written.append("/".join(parts))

    removed = _sweep(root, set(targets))
    return WriteReport(written=tuple(written), unchanged=unchanged, removed=tuple(removed))


def _sweep(root: Path, wanted: set[tuple[str, ...]]) -> list[str]:
    """Remove files not ``wanted`` (but KEEP) and empty folders, children before parents
    (paths compared part by part, as ``Path`` orders them); return the removed files.
    Plain strings and ``os`` calls: this visits every file of the tree on each build."""
    entries: list[tuple[tuple[str, ...], bool]] = []
    for folder, dirs, names in os.walk(root):
        inside = os.path.relpath(folder, root)
        base = () if inside == os.curdir else tuple(inside.split(os.sep))
        entries += [((*base, name), True) for name in dirs]
        entries += [((*base, name), False) for name in names]
    removed = []
    for parts, is_dir in sorted(entries, reverse=True):
        path = os.path.join(root, *parts)
        if not is_dir and parts not in wanted and parts[-1] not in KEEP and os.path.isfile(path):
            os.unlink(path)
            removed.append("/".join(parts))
        elif is_dir and os.path.isdir(path) and not os.listdir(path):
            os.rmdir(path)
    return removed


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _current_umask()  # temp files are created 0600; finished files get normal modes


def atomic_write(
    target: Path, content: bytes, *, replace: bool = True, durable: bool = True
) -> None:
    """Write ``target`` through a temp file beside it: readers see the old or the new file,
    never half of one, and an interrupted write leaves nothing behind. With
    ``replace=False`` an existing file is never replaced (FileExistsError). ``durable``
    syncs the bytes to disk before the rename (what a power cut must not lose)."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~UMASK)
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
