"""site/'s pages linked and checked while the generator runs (``pageahead.py``): the
MkDocs build that follows reuses them without linking or reading them, and its site is
a clean build's.

The small hand-written site of ``test_pagecache.py`` (``build.publish`` only); the racy
window is cut to 0.1 s so the child's wait for it stays short.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import time
from pathlib import Path

import pytest

from generator import build, cache, pageahead, pagecache, writer
from generator.errors import BriefingError
from tests.test_pagecache import _clean_site, _files, _publish, _reads
from tests.test_pagecache import project as project  # the fixture, by its name

RACY_NS = 100_000_000


@pytest.fixture(autouse=True)
def short_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "RACY_NS", RACY_NS)
    monkeypatch.setattr(pageahead, "RACY_NS", RACY_NS)
    monkeypatch.setattr(pageahead, "WAIT_S", 60.0)  # a loaded machine: the child finishes


def _published_alone(project: build.Project) -> None:
    """A site/ with no earlier generation beside it to build into (one removed by hand,
    or a full build's that could link no page as it wrote it: ``pagecache.Following``),
    so the child links every page."""
    _publish(project)
    shutil.rmtree(project.root / build.PREVIOUS_NAME)


def _ahead(project: build.Project, workers: int = 2) -> pageahead.Ahead:
    return pageahead.Ahead(project, project.root / build.PREVIOUS_NAME, workers)


@pytest.mark.parametrize("reads_done", [True, False])
def test_the_first_addition_builds_into_pages_linked_and_read_ahead(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, reads_done: bool
) -> None:
    """Generation outlasting the child's reads (which wait out the racy window after
    its links), or not (its links are waited for, its reads left to the build)."""
    _published_alone(project)
    previous = project.root / build.PREVIOUS_NAME
    assert not previous.exists()
    if not reads_done:
        monkeypatch.setattr(pageahead, "RACY_NS", 600_000_000_000)
    ahead = _ahead(project)
    assert ahead.pid
    while reads_done and os.waitpid(ahead.pid, os.WNOHANG) == (0, 0):
        time.sleep(0.05)  # generation goes on until the child has ended
    ahead.finish(wait=True)
    pages = ["index.html", "details/index.html", "more/index.html"]
    for page in pages:  # the earlier generation: site/'s own files
        assert (previous / page).samefile(project.site_dir / page)
    assert not list(project.root.glob(f"{pageahead.LINKING_PREFIX}*"))
    linked: list[Path] = []
    walked: list[Path] = []
    monkeypatch.setattr(pagecache, "_walk_files", lambda root: iter(walked.append(root) or ()))
    link = pagecache.link_page

    def counted(stored: Path, *rest: object) -> None:
        linked.append(stored)
        link(stored, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(pagecache, "link_page", counted)
    read = _reads(monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    session = _publish(project)
    assert session.rendered == ["more.md"]
    assert session.reused == 2
    # the reused pages were not linked again, nor read if the child read them (static
    # files whose bytes site/ holds are linked as before)
    assert not [stored for stored in linked if stored.suffix == ".html"]
    assert len(linked) > 1
    assert not walked  # nor was the folder it made walked: it holds those pages only
    reused = {str(project.site_dir / page) for page in pages[:2]}
    assert not reused & set(read) if reads_done else reused <= set(read)
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


def test_an_earlier_generation_is_made_ready_while_generation_runs(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`.site-previous` (the full build's, plus a stale page and a stale asset in a folder
    of their own) is made ready by the child as ``pagecache.Base`` would make it: the
    build neither walks it nor finds what the child removed, nor reads pages the child
    read, and its site is a clean build's."""
    _publish(project)
    previous = project.root / build.PREVIOUS_NAME
    (previous / "gone").mkdir()
    (previous / "gone" / "index.html").write_text("stale", encoding="utf-8")
    (previous / "stale.css").write_text("stale", encoding="utf-8")
    for page in ("index.html", "details/index.html"):  # written just now: racy
        os.utime(project.site_dir / page)
    ahead = _ahead(project)
    assert ahead.pid
    while os.waitpid(ahead.pid, os.WNOHANG) == (0, 0):
        time.sleep(0.05)  # generation goes on until the child has ended
    ahead.finish(wait=True)
    assert sorted(p.relative_to(previous).as_posix() for p in previous.rglob("*")) == [
        "details",
        "details/index.html",
        "index.html",
        "more",
        "more/index.html",
    ]
    walked: list[Path] = []
    monkeypatch.setattr(pagecache, "_walk_files", lambda root: iter(walked.append(root) or ()))
    read = _reads(monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    session = _publish(project)
    assert session.rendered == ["more.md"] and session.reused == 2
    assert not walked
    # the child read the pages changed just before it started once that was no longer
    # racy, so the build trusts what it read
    assert not {str(project.site_dir / p) for p in ("index.html", "details/index.html")} & set(read)
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


@pytest.mark.parametrize("planted", [False, True])
def test_the_build_takes_the_childs_walk_of_site_for_links(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, planted: bool
) -> None:
    """site/ is walked for symbolic links by the child, not again by the build, which
    still refuses one the child found."""
    _publish(project)
    if planted:  # as a pull request could commit one
        (project.site_dir / "details" / "elsewhere").symlink_to(tmp_path)
    ahead = _ahead(project)
    while os.waitpid(ahead.pid, os.WNOHANG) == (0, 0):
        time.sleep(0.05)  # generation goes on until the child has ended
    ahead.finish(wait=True)
    walked: list[Path] = []
    first_link = writer.first_link
    monkeypatch.setattr(writer, "first_link", lambda root: walked.append(root) or first_link(root))
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    if planted:
        with pytest.raises(BriefingError, match="elsewhere is a symbolic link"):
            _publish(project)
    else:
        _publish(project)
    ahead.stop()
    assert project.site_dir not in walked


@pytest.mark.parametrize("wait", [False, True])
def test_a_child_stopped_early_leaves_no_folder_of_its_own_and_the_same_site(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, wait: bool
) -> None:
    """Stopped at once (nothing changed), or not done when generation is (a child that
    would wait out a 5 s racy window, and no time to wait for it)."""
    _published_alone(project)
    monkeypatch.setattr(pageahead, "RACY_NS", 5_000_000_000)
    monkeypatch.setattr(pageahead, "WAIT_S", 0.0)
    ahead = _ahead(project)
    child = ahead.pid
    ahead.finish(wait=wait)
    with pytest.raises(ProcessLookupError):  # ended and reaped, not waited out
        os.kill(child, 0)
    assert project.root not in pagecache._checked  # nothing it read was taken
    assert not list(project.root.glob(f"{pageahead.LINKING_PREFIX}*"))
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    assert _publish(project).rendered == ["more.md"]
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


def test_nothing_is_started_with_one_worker_or_without_a_manifest(
    project: build.Project,
) -> None:
    assert not _ahead(project).pid  # no build yet: no manifest
    _published_alone(project)
    assert not _ahead(project, workers=1).pid


def test_a_folder_left_by_a_killed_child_is_a_leftover_the_next_build_removes() -> None:
    assert fnmatch.fnmatch(f"{pageahead.LINKING_PREFIX}x1", build.LEFTOVER_PATTERN)


def test_a_child_stopped_in_a_nothing_changed_build_leaves_no_earlier_generation(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few pages linked before nothing changed would be a `.site-previous` that stops the
    next addition's child from linking the rest: the half-made folder is removed."""
    _published_alone(project)
    link = pagecache.link_page

    def slow_link(*args: object) -> None:
        link(*args)  # type: ignore[arg-type]
        time.sleep(60)  # the child is stopped after its first link

    monkeypatch.setattr(pagecache, "link_page", slow_link)
    ahead = _ahead(project)
    while not any(p.is_file() for p in project.root.glob(f"{pageahead.LINKING_PREFIX}*/**/*")):
        time.sleep(0.02)
    ahead.finish(wait=False)
    assert not (project.root / build.PREVIOUS_NAME).exists()
    assert not list(project.root.glob(f"{pageahead.LINKING_PREFIX}*"))


def _finished_after_its_links(project: build.Project) -> tuple[pageahead.Ahead, int]:
    """A child whose links are made, finished (generation ended) before its reads are."""
    ahead = _ahead(project)
    child = ahead.pid
    while not (project.root / build.PREVIOUS_NAME).exists():
        time.sleep(0.01)
    ahead.finish(wait=True)
    return ahead, child


def test_reads_done_after_generation_are_taken_when_the_mkdocs_build_first_needs_them(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Generation ends after the child's links and before its reads: the build takes
    the reads at the end of its file list, and does not read those pages itself."""
    _published_alone(project)
    monkeypatch.setattr(pageahead, "_MARGIN_NS", 2_000_000_000)  # reads start late
    ahead, child = _finished_after_its_links(project)
    assert project.root in pagecache._checked_later  # left for the build to take
    assert not pagecache._checked[project.root]  # none done yet
    while os.waitpid(child, os.WNOHANG) == (0, 0):
        time.sleep(0.05)  # MkDocs starts after the child's reads are done
    read = _reads(monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    session = _publish(project)
    assert session.rendered == ["more.md"]
    reused = {str(project.site_dir / page) for page in ("index.html", "details/index.html")}
    assert not reused & set(read)
    assert project.root not in pagecache._checked_later
    ahead.stop()  # nothing left to do
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


def test_a_child_whose_reads_were_never_taken_is_ended_by_stop(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build failed before MkDocs asked for the reads."""
    _published_alone(project)
    monkeypatch.setattr(pageahead, "RACY_NS", 600_000_000_000)  # reads never done
    ahead, child = _finished_after_its_links(project)
    os.kill(child, 0)
    ahead.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)
    assert project.root not in pagecache._checked_later


def test_the_childs_pipe_holds_a_thousand_pages_reads() -> None:
    """The build takes the reads only when it needs them: a pipe of Linux's default 64 KB
    held the child up after one part."""
    import fcntl

    read, write = os.pipe()
    try:
        pageahead._widen(write)
        assert fcntl.fcntl(read, fcntl.F_GETPIPE_SZ) >= pageahead.PIPE_BYTES
    finally:
        os.close(read)
        os.close(write)
