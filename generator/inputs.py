"""Rules every input file follows, checked in one place before it is read.

An input is a regular file inside the project, not larger than its limit. A link that
leads outside the project is refused: a pull request can commit a link to any file on
the machine that builds it, and that file would be published.
"""

from __future__ import annotations

import stat
from pathlib import Path

from generator.errors import InputError, Problem


def outside_link(path: Path, root: Path) -> Problem | None:
    """A problem if ``path`` is a link that is broken or leads outside ``root``."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    if not target.exists():
        return Problem(path, None, "is a broken link: remove it or point it at a file")
    if not target.is_relative_to(root.resolve()):
        return Problem(
            path, None, f"is a link to {target}, outside the project: copy the file in instead"
        )
    return None


def read_input(path: Path, *, limit: int) -> bytes:
    """The bytes of an input file, or an InputError saying what is wrong and the fix."""
    if path.is_dir():
        raise InputError([Problem(path, None, "is a folder where a file was expected")])
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # opening a FIFO would block forever
            raise InputError([Problem(path, None, "is not a regular file")])
        if status.st_size > limit:
            message = f"is {status.st_size:,} bytes, more than the {limit:,} allowed"
            raise InputError([Problem(path, None, message)])
        return path.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise InputError([Problem(path, None, f"cannot be read: {reason}")]) from None
