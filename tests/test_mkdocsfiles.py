"""MkDocs' and static-i18n's per-file work done the cheaper way under ``briefing build``
(``mkdocsfiles.py``, ``i18nfiles.is_relative_to``, ``i18nfiles.fast_lookup``): each gives
what MkDocs' or static-i18n's own code gives, compared on the same input."""

from __future__ import annotations

import logging
from pathlib import Path, PurePath
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.commands.build import get_files
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs_static_i18n import suffix

from generator import i18nfiles, mkdocsfiles
from tests import smallsite

DOCS = ("index.md", "index.ar.md", "facts.md", "facts.ar.md", "events/e-1.md", "img/a.png")


def _config(root: Path, *, site_url: str = "http://127.0.0.1:8000/") -> MkDocsConfig:
    for name in DOCS:
        path = root / "site_src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n", encoding="utf-8")
    text = smallsite.mkdocs_yml("Walks", plugins=smallsite.TWO_LANGUAGES)
    text = text.replace("site_url: http://127.0.0.1:8000/\n", f"site_url: '{site_url}'\n")
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    config = load_config(str(root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    return config


def _attributes(page: Page) -> dict[str, Any]:
    return {name: value for name, value in vars(page).items() if name != "file"}


URLS = ("index.md", "facts.md", "a/b/index.md", "b c.md", "x%20y.md", "é/ü.md", "a;b.md")


@pytest.mark.parametrize(
    "site_url", ["http://127.0.0.1:8000/", "https://example.org/sub", "https://e.org/a/b/", ""]
)
@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_light_page_is_mkdocs_page(tmp_path: Path, site_url: str, directory_urls: bool) -> None:
    config = _config(tmp_path, site_url=site_url)
    config.use_directory_urls = directory_urls
    maker = mkdocsfiles.PageMaker(config)
    for src in URLS:
        ours, theirs = (File(src, config.docs_dir, config.site_dir, directory_urls) for _ in "12")
        made, expected = maker.page(ours), Page(None, theirs, config)
        assert ours.page is made and made.file is ours
        assert _attributes(made) == _attributes(expected), src
        assert made.title == expected.title and made.url == expected.url


@given(st.text(alphabet="ab./:?#%;é", max_size=8))
def test_plain_urls_are_what_urljoin_gives(url: str) -> None:
    from urllib.parse import urljoin

    base = "https://example.org/site/"
    if mkdocsfiles._plain(url):
        assert urljoin(base, url) == base + url


def test_pages_ahead_leave_the_navs_pages_to_mkdocs(tmp_path: Path) -> None:
    config = _config(tmp_path)
    config.nav = [{"Home": "index.md"}]
    config.validation.nav.omitted_files = logging.DEBUG  # not shown
    files = get_files(config)
    made = mkdocsfiles.pages_ahead(files, config)
    pages = {file.src_uri: file.page for file in files.documentation_pages()}
    assert made == len(pages) - 1 and pages["index.md"] is None
    assert all(page is not None for src, page in pages.items() if src != "index.md")


def test_pages_ahead_stand_aside_when_mkdocs_would_list_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    config = _config(tmp_path)
    config.nav = [{"Home": "index.md"}]
    config.validation.nav.omitted_files = logging.INFO  # MkDocs lists them
    files = get_files(config)
    assert mkdocsfiles.pages_ahead(files, config) == 0
    config.nav = None  # every page is in the nav MkDocs makes
    assert mkdocsfiles.pages_ahead(files, config) == 0


def _theme_files(config: MkDocsConfig) -> list[tuple[str, str | None]]:
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    return sorted((file.src_uri, file.src_dir) for file in files)


def test_the_theme_listing_gives_mkdocs_files_and_sees_a_new_one(tmp_path: Path) -> None:
    config = _config(tmp_path)
    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    (theme / "assets" / "ours.css").write_text("a{}", encoding="utf-8")
    config.theme.dirs.insert(0, str(theme))
    plain = _theme_files(config)
    assert ("assets/ours.css", str(theme)) in plain
    store = tmp_path / "cache" / mkdocsfiles.THEME_FILES
    for _ in range(2):  # filled, then answered from the record kept between builds
        listing = mkdocsfiles.ThemeListing(store)
        with listing.installed():
            assert _theme_files(config) == plain
        listing.save()
    assert store.is_file() and not listing.changed

    (theme / "assets" / "more.js").write_text("", encoding="utf-8")
    listing = mkdocsfiles.ThemeListing(store)
    with listing.installed():
        assert ("assets/more.js", str(theme)) in _theme_files(config)
    assert listing.changed
    assert _theme_files(config) == sorted([*plain, ("assets/more.js", str(theme))])


def test_a_sitemap_template_the_plugin_took_over_is_not_copied_as_a_file(tmp_path: Path) -> None:
    """Out of MkDocs' rendered templates, the theme's sitemap.xml would be one of its
    static files, copied into site/ as it is (over the one the plugin writes)."""
    from generator import mkdocs_plugin, sitemaps

    config = _config(tmp_path)
    files = Files([])
    sitemaps.take_over(config)
    files.add_files_from_theme(config.theme.get_env(), config)
    assert "sitemap.xml" in files.src_uris  # MkDocs lists the template as a file now
    mkdocs_plugin.drop_unused_theme_files(files, config)
    assert "sitemap.xml" not in files.src_uris
    assert "404.html" not in files.src_uris and files.src_uris  # still a template


def test_the_docs_listing_gives_mkdocs_files_and_walks_once(tmp_path: Path) -> None:
    config = _config(tmp_path)
    (tmp_path / "site_src" / ".hidden.md").write_text("x", encoding="utf-8")  # excluded
    listing = mkdocsfiles.DocsListing()
    first = listing.get_files(get_files, config)
    walks: list[MkDocsConfig] = []

    def walking(config: MkDocsConfig) -> Files:
        walks.append(config)
        return get_files(config)

    again = listing.get_files(walking, config)
    assert not walks and listing.answered == 1
    fresh = get_files(config)
    assert [vars(file) for file in again] == [vars(file) for file in fresh]
    assert [file.inclusion for file in again] == [file.inclusion for file in fresh]
    assert not {id(file) for file in again} & {id(file) for file in first}  # copies
    config.use_directory_urls = False  # other settings: MkDocs' own list
    assert [file.url for file in listing.get_files(walking, config)] == [
        file.url for file in get_files(config)
    ]
    assert walks == [config]


@given(
    st.text(alphabet="ab/.", min_size=1, max_size=10),
    st.sampled_from(["/d", "/d/s", "/d/", "/d/.", "/", "d", "/d//s", "/d/s/.."]),
)
def test_is_relative_to_by_strings_is_pathlibs(tail: str, folder: str) -> None:
    fast = i18nfiles.is_relative_to(i18nfiles._pure_is_relative_to)
    for path in (f"/d/{tail}", f"/{tail}", tail, f"/d/s{tail}"):
        assert fast(path, folder) == PurePath(path).is_relative_to(folder), (path, folder)


@pytest.fixture(scope="module")
def i18n_files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    root = tmp_path_factory.mktemp("lookup")
    config = _config(root)
    for name in ("a.b.md", "x", "x.ar", ".h.md", "e.", "events/e-1.ar.md", "d/index.en.md"):
        path = root / "site_src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# x\n", encoding="utf-8")
    i18n: Any = config.plugins["i18n"]
    i18n.current_language = "ar"
    files = get_files(config)
    given: Files = i18n.on_files(files, config)
    assert type(given) is suffix.I18nFiles
    return given


PARTS = ["a", "b", "x", "e", "index", "events", "e-1", "d", ".", ".."]
ENDINGS = ["", ".md", ".ar.md", ".en.md", ".b.md", ".", ".png", "/", "//"]


@given(st.lists(st.sampled_from(PARTS), max_size=3), st.sampled_from(ENDINGS))
def test_the_fast_lookup_is_static_i18ns(i18n_files: Files, parts: list[str], ending: str) -> None:
    original = i18n_files.get_file_from_path
    fast = i18nfiles.fast_lookup(i18n_files, original)
    assert fast is not original
    path = "/".join(parts) + ending
    assert _outcome(fast, path) == _outcome(original, path), path


def _outcome(lookup: Any, path: str) -> Any:
    """The file found (by identity), or the exception's type (static-i18n's own, for
    paths such as "/" that the fast lookup passes to it)."""
    try:
        return id(lookup(path))
    except ValueError as err:
        return type(err)


def test_the_fast_lookup_stands_aside_for_other_files(tmp_path: Path) -> None:
    config = _config(tmp_path)
    files = get_files(config)
    assert i18nfiles.fast_lookup(files, files.get_file_from_path) == files.get_file_from_path
