"""The writer: exact tree, no needless writes, nothing outside the output folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.writer import write_tree


def test_writes_only_what_changed_and_removes_stale_files(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*\n")
    first = write_tree(tmp_path, {"a.md": b"A", "d/b.md": b"B", "old/c.md": b"C"})
    assert first.written == ("a.md", "d/b.md", "old/c.md")
    mtime = (tmp_path / "a.md").stat().st_mtime_ns
    second = write_tree(tmp_path, {"a.md": b"A", "d/b.md": b"B2"})
    assert second.written == ("d/b.md",)
    assert second.unchanged == 1
    assert second.removed == ("old/c.md",)
    assert (tmp_path / "a.md").stat().st_mtime_ns == mtime
    assert not (tmp_path / "old").exists()
    assert (tmp_path / ".gitignore").exists()


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x", "a/../../x", ""])
def test_refuses_paths_outside_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(BriefingError, match="refusing to write outside"):
        write_tree(tmp_path / "out", {bad: b"x"})
    assert not (tmp_path / "x.md").exists()
