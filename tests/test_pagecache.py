"""Reused pages (``pagecache.py``) warn as a clean build would, and a publish that does
not finish leaves no manifest claiming pages site/ does not have.

A hand-written site_src/ of three pages and a plain Material config keep each MkDocs
build around a second (the nav names its titles: a page that gives the nav its title
re-renders every page when it changes): ``build.publish`` only, the pipeline's
generation is not run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import build, cache, incremental, pagecache
from generator.errors import BriefingError
from tests import smallsite

CONFIG = smallsite.mkdocs_yml("Reuse")
PAGES = {
    "index.md": "# Home\n\nSee [the details](details.md#facts) and [more](more.md).\n",
    "details.md": "# Details\n\n## Facts\n\nOne.\n",
    "more.md": "# More\n\nTwo.\n",
}


@pytest.fixture
def project(tmp_path: Path) -> build.Project:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "site_src").mkdir()
    for name, text in PAGES.items():
        (tmp_path / "site_src" / name).write_text(text, encoding="utf-8")
    return build.Project(tmp_path)


def _publish(project: build.Project, *, strict: bool = True) -> pagecache.Session:
    pages = build.publish(project, strict=strict)
    assert pages is not None
    return pages


def _page(project: build.Project, name: str) -> str:
    return (project.site_src / name).read_text(encoding="utf-8")


def test_only_changed_pages_are_rendered_and_the_site_is_the_same(
    project: build.Project,
) -> None:
    assert sorted(_publish(project).rendered) == sorted(PAGES)
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    pages = _publish(project)
    assert pages.rendered == ["more.md"]
    assert pages.reused == 2
    reused = (project.site_dir / "index.html").read_bytes()
    # the theme's templates were compiled once and kept
    assert list((cache.version_dir(project.root) / cache.THEME_BYTECODE).iterdir())
    pages = build.publish(project, incremental=False)  # a clean build of the same input
    assert pages is None
    assert (project.site_dir / "index.html").read_bytes() == reused


@pytest.mark.parametrize("damage", [b"", b"<p>edited by hand</p>"])
def test_a_site_page_changed_since_its_build_is_rendered_again(
    project: build.Project, damage: bytes
) -> None:
    """A page of site/ cut short or edited after its build is never carried forward."""
    _publish(project)
    clean = (project.site_dir / "more" / "index.html").read_bytes()
    (project.site_src / "index.md").write_text(PAGES["index.md"] + "\nMore.\n", "utf-8")
    (project.site_dir / "more" / "index.html").write_bytes(damage)
    pages = _publish(project)
    assert sorted(pages.rendered) == ["index.md", "more.md"]
    assert (project.site_dir / "more" / "index.html").read_bytes() == clean


def test_a_deleted_link_target_renders_the_page_again_and_warns(
    project: build.Project,
) -> None:
    _publish(project)
    (project.site_src / "more.md").unlink()
    with pytest.raises(BriefingError, match="1 warnings in strict mode"):
        _publish(project)
    assert (project.site_dir / "more" / "index.html").is_file()  # the last good site
    pages = _publish(project, strict=False)
    # index.md's link no longer resolves; details.md is now the last page, always built
    assert sorted(pages.rendered) == ["details.md", "index.md"]
    with pytest.raises(BriefingError, match="strict mode"):  # never reused while it warns
        _publish(project)


def test_a_reused_page_still_has_its_anchors_checked(project: build.Project) -> None:
    _publish(project)
    (project.site_src / "details.md").write_text("# Details\n\n## Figures\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="1 warnings in strict mode"):
        _publish(project)  # index.md is reused, yet its link to #facts is checked
    (project.site_src / "details.md").write_text(PAGES["details.md"], encoding="utf-8")
    (project.site_src / "more.md").write_text("# More\n\nFour.\n", encoding="utf-8")
    pages = _publish(project)
    assert sorted(pages.rendered) == ["more.md"]  # nothing was published in between


def test_a_publish_that_does_not_finish_leaves_no_manifest(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    _publish(project)
    manifest = next((project.root / ".briefing-cache").rglob(cache.SITE_HTML_MANIFEST))

    def killed(staging: Path, site: Path, following: Path | None = None) -> None:
        raise KeyboardInterrupt  # between the MkDocs build and the swap

    monkeypatch.setattr(build, "_swap_in", killed)
    (project.site_src / "more.md").write_text("# More\n\nFive.\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        _publish(project)
    assert not manifest.exists()
    monkeypatch.undo()
    assert sorted(_publish(project).rendered) == sorted(PAGES)  # nothing claimed: all
    assert manifest.exists()


def test_a_plain_mkdocs_build_into_site_forgets_the_manifest(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    _publish(project)
    monkeypatch.setattr(build, "is_prepared", lambda site_src: True)  # no seeds/ here
    config = load_config(config_file=str(project.config_file))
    mkdocs_build(config)  # rewrites site/ in place: the manifest no longer describes it
    assert not list((project.root / ".briefing-cache").rglob(cache.SITE_HTML_MANIFEST))
    (project.site_src / "more.md").write_text("# More\n\nSix.\n", encoding="utf-8")
    assert sorted(_publish(project).rendered) == sorted(PAGES)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_reused_pages_and_unchanged_static_files_are_linked_not_written(
    project: build.Project, tmp_path: Path
) -> None:
    """The new site/ shares the files of reused pages and unchanged assets with the old
    one (hard links), and a page rendered again is a new file: the old one is untouched."""
    _publish(project)
    asset = next(p for p in sorted((project.site_dir / "assets").rglob("*")) if p.is_file())
    kept = {}
    for number, path in enumerate((project.site_dir / "index.html", asset)):
        kept[path] = tmp_path / f"kept-{number}"
        kept[path].hardlink_to(path)
    more = project.site_dir / "more" / "index.html"
    old_more = more.read_bytes()
    (tmp_path / "kept-more").hardlink_to(more)
    (project.site_src / "more.md").write_text("# More\n\nSeven.\n", encoding="utf-8")
    pages = _publish(project)
    assert pages.rendered == ["more.md"]
    for path, link in kept.items():
        assert path.samefile(link), path
    assert not more.samefile(tmp_path / "kept-more")
    assert (tmp_path / "kept-more").read_bytes() == old_more
    assert b"Seven." in more.read_bytes()


def test_a_build_killed_after_linking_leaves_the_old_site_as_it_was(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import search

    (project.site_src / "notes.txt").write_text("first\n", encoding="utf-8")
    _publish(project)
    before = _files(project.site_dir)

    def killed(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt  # once every page is linked or written, before the swap

    monkeypatch.setattr(search, "index_site", killed)
    (project.site_src / "more.md").write_text("# More\n\nEight.\n", encoding="utf-8")
    (project.site_src / "notes.txt").write_text("second\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        _publish(project)
    assert _files(project.site_dir) == before
    assert not list(project.root.glob(f"{build.STAGING_PREFIX}*"))
    monkeypatch.undo()
    _publish(project)
    linked = _files(project.site_dir)
    assert linked["notes.txt"] == b"second\n"
    build.publish(project, incremental=False)
    assert _files(project.site_dir) == linked


def _steady(project: build.Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three publishes: site/ and its previous generation share the unchanged pages, and
    every status is outside the racy window (which the test closes: no 2 s waits)."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    for text in ("Two.", "Three.", "Four."):
        (project.site_src / "more.md").write_text(f"# More\n\n{text}\n", encoding="utf-8")
        _publish(project)
    previous = project.root / build.PREVIOUS_NAME
    assert (previous / "index.html").samefile(project.site_dir / "index.html")


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files ``cache.FileDigests`` reads from now on."""
    read: list[str] = []
    digest = cache.hashlib.file_digest

    def counting(handle: Any, name: str) -> Any:
        read.append(handle.name)
        return digest(handle, name)

    monkeypatch.setattr(cache.hashlib, "file_digest", counting)
    return read


def _clean_site(project: build.Project, root: Path) -> dict[str, bytes]:
    """site/ of a clean build of ``project``'s site_src/ and mkdocs.yml."""
    shutil.copytree(project.site_src, root / "site_src")
    shutil.copy(project.config_file, root / "mkdocs.yml")
    build.publish(build.Project(root), incremental=False)
    return _files(root / "site")


def test_a_steady_build_trusts_statuses_and_keeps_the_previous_generation(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _steady(project, monkeypatch)
    read = _reads(monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nFive.\n", encoding="utf-8")
    pages = _publish(project)
    assert sorted(pages.rendered) == ["more.md"]
    # neither the reused pages' HTML nor their sources were read: their status was as
    # recorded (only the changed source and the page relinked last time are read)
    assert not {str(project.site_dir / "index.html"), str(project.site_src / "index.md")} & set(
        read
    )
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


def test_the_manifest_is_made_before_the_swap_and_names_site_s_pages(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pickled while the search index is made, from the staging folder, it is the
    manifest of site/ once swapped in: its identity, its pages' names and statuses."""
    _publish(project)
    made: list[Path | None] = []
    prepare = pagecache.Session.prepare_manifest

    def noting(self: pagecache.Session, folder: Path | None = None) -> None:
        made.append(folder)
        prepare(self, folder)

    monkeypatch.setattr(pagecache.Session, "prepare_manifest", noting)
    (project.site_src / "more.md").write_text("# More\n\nFour.\n", encoding="utf-8")
    _publish(project)
    assert made == [None]  # by the plugin, not again after the swap
    found = cache.read_pickle(pagecache.manifest_path(project))
    assert found.site == incremental.folder_identity(project.site_dir)
    written = str(project.site_dir / "more" / "index.html")
    status = os.lstat(written)
    assert found.html[written][0] == (
        status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino
    )  # fmt: skip
    assert all(name.startswith(str(project.site_dir)) for name in found.html)


@pytest.mark.parametrize("where", ["html", "source"])
def test_a_tampered_page_with_its_size_and_mtime_restored_is_rendered_again(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str
) -> None:
    """An edit in place that keeps the size and puts the modification time back (utime)
    still sets the change time, which no program can set: the status differs, the file
    is read, and the page is rendered again (from the source as it now is)."""
    _steady(project, monkeypatch)
    path = project.site_dir / "details" / "index.html"
    if where == "source":
        path = project.site_src / "details.md"
    status = path.stat()
    data = path.read_bytes()
    path.write_bytes(data.replace(b"One.", b"Uno."))
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert path.stat().st_size == status.st_size
    assert path.stat().st_mtime_ns == status.st_mtime_ns
    (project.site_src / "more.md").write_text("# More\n\nFive.\n", encoding="utf-8")
    pages = _publish(project)  # (with site_src/ as it was, nothing would be published)
    assert "details.md" in pages.rendered
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")
    shown = (project.site_dir / "details" / "index.html").read_bytes()
    assert (b"Uno." in shown) == (where == "source")


def _interrupt_after(target: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    original = getattr(target, name)

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(target, name, interrupted)


KILL_POINTS = {
    "base prepared": (pagecache.Base, "prepare"),
    "stale pages removed": (pagecache.Session, "remove_stale"),
    "site/ exchanged, old one not yet set aside": (build, "_exchange"),
}


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_a_build_stopped_at_each_step_of_double_buffering_leaves_a_whole_site(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, point: str
) -> None:
    _steady(project, monkeypatch)
    before = _files(project.site_dir)
    (project.site_src / "more.md").write_text("# More\n\nSix.\n", encoding="utf-8")
    (project.site_src / "details.md").unlink()  # a stale page in the previous generation
    (project.site_src / "index.md").write_text("# Home\n\nAlone.\n", encoding="utf-8")
    with monkeypatch.context() as patched:
        _interrupt_after(*KILL_POINTS[point], patched)
        with pytest.raises(KeyboardInterrupt):
            _publish(project)
    expected = _clean_site(project, tmp_path / "clean")
    if point.startswith("site/ exchanged"):
        assert _files(project.site_dir) == expected  # the new site/, whole
    else:
        assert _files(project.site_dir) == before
    _publish(project)
    assert _files(project.site_dir) == expected
    assert not list(project.root.glob(f"{build.STAGING_PREFIX}*"))


def test_the_fallback_swap_keeps_the_previous_generation_too(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(build, "_exchange", lambda first, second: False)  # two renames
    _steady(project, monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nSeven.\n", encoding="utf-8")
    assert sorted(_publish(project).rendered) == ["more.md"]
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


PAGE_FILES = ["details/index.html", "index.html", "more/index.html"]


def test_a_full_build_links_each_page_it_writes_into_the_next_builds_folder(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The first addition after a full build finds site/'s pages in the folder it builds
    into already, with statuses it trusts: it neither links nor reads them."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))  # no 2 s wait for the statuses
    _publish(project)
    previous = project.root / build.PREVIOUS_NAME
    assert sorted(_files(previous)) == PAGE_FILES  # pages only: the next build links assets
    for page in PAGE_FILES:
        assert (previous / page).samefile(project.site_dir / page)
    assert not list(project.root.glob(f"{pagecache.FOLLOWING_PREFIX}*"))
    linked: list[Path] = []
    link = pagecache.link_page

    def counted(stored: Path, *rest: Any) -> None:
        linked.append(stored)
        link(stored, *rest)

    monkeypatch.setattr(pagecache, "link_page", counted)
    read = _reads(monkeypatch)
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    session = _publish(project)
    assert session.rendered == ["more.md"] and session.reused == 2
    assert not [stored for stored in linked if stored.suffix == ".html"]
    assert not {str(project.site_dir / page) for page in PAGE_FILES[:2]} & set(read)
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")


def test_a_full_build_over_an_old_site_deletes_it_and_keeps_its_own_pages(
    project: build.Project, tmp_path: Path
) -> None:
    _publish(project)
    old = tmp_path / "old-index"
    old.hardlink_to(project.site_dir / "index.html")
    pagecache.forget(project)  # no page of site/ can be reused: a full build
    (project.site_src / "more.md").write_text("# More\n\nThree.\n", encoding="utf-8")
    assert sorted(_publish(project).rendered) == sorted(PAGES)
    previous = project.root / build.PREVIOUS_NAME
    assert sorted(_files(previous)) == PAGE_FILES
    assert (previous / "index.html").samefile(project.site_dir / "index.html")
    assert old.stat().st_nlink == 1  # the old site/ is gone
    assert [p.name for p in project.root.glob(".site-*")] == [build.PREVIOUS_NAME]


def test_a_full_build_that_fails_or_is_killed_leaves_no_folder_for_the_next(
    project: build.Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (project.site_src / "more.md").unlink()  # index.md links to it: a warning
    with pytest.raises(BriefingError, match="strict mode"):
        _publish(project)
    assert not list(project.root.glob(".site-*"))
    (project.site_src / "more.md").write_text(PAGES["more.md"], encoding="utf-8")
    with monkeypatch.context() as patched:
        _interrupt_after(build, "_exchange", patched)  # site/ there: the swap exchanges
        project.site_dir.mkdir()
        with pytest.raises(KeyboardInterrupt):
            _publish(project)
    _publish(project)  # the leftovers removed, no manifest: a full build again
    assert [p.name for p in project.root.glob(".site-*")] == [build.PREVIOUS_NAME]
    assert _files(project.site_dir) == _clean_site(project, tmp_path / "clean")
