"""The writer: exact tree, no needless writes, nothing outside the output folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import writer
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


@pytest.mark.parametrize("where", ["link", "a/link", "a/b/c/link"])
def test_a_link_at_any_depth_of_an_output_folder_is_refused(tmp_path: Path, where: str) -> None:
    root = tmp_path / "out"
    (root / "a" / "b" / "c").mkdir(parents=True)
    (root / "a" / "b" / "c" / "page.html").write_text("x")
    writer.refuse_links(root)  # no link: nothing said
    (root / where).symlink_to(tmp_path)
    with pytest.raises(BriefingError, match=f"{where} is a symbolic link"):
        writer.refuse_links(root)
