"""Reused pages (``pagecache.py``) warn as a clean build would, and a publish that does
not finish leaves no manifest claiming pages site/ does not have.

A hand-written site_src/ of three pages and a plain Material config keep each MkDocs
build around a second (the nav names its titles: a page that gives the nav its title
re-renders every page when it changes): ``build.publish`` only, the pipeline's
generation is not run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import build, cache, pagecache
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

    def killed(staging: Path, site: Path) -> None:
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

    def killed(*args: object) -> int:
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
