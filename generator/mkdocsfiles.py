"""MkDocs' per-file setup under ``briefing build``, done once and remembered.

Before a build reaches the pages, MkDocs (and static-i18n, for each language) walks every
file: it lists the theme's static files (``Files.add_files_from_theme``: a walk of every
theme folder, Material's 14,000 icons included, each name matched against MkDocs' ignore
patterns) and gives each page outside the nav a ``Page`` in ``get_navigation`` (a URL
join per page). At 2,000 articles that was about a tenth of the MkDocs part of an
add-one build, for pages that did not change.

- ``ThemeListing`` answers ``env.list_templates(filter_func=...)``, the call in
  ``add_files_from_theme`` that lists the theme's static files, from a record keyed by
  the unfiltered names the theme folders hold and the patterns' inputs; MkDocs' own
  function runs, its filter only on a miss. The listing is walked once per build (the
  second language takes the first one's).
- ``pages_ahead`` gives each documentation page that the nav does not name its ``Page``
  before ``get_navigation`` does, built as ``Page.__init__`` builds it but with the
  build date and the site's base URL worked out once (``light_page``, checked attribute
  for attribute against MkDocs' in ``tests/test_mkdocsfiles.py``). It runs only when
  MkDocs would not log the pages missing from the nav at all (``omitted_files``).

- ``DocsListing`` makes MkDocs' list of the docs folder's files once per build, for
  every language's build (static-i18n's, and the one in ``langfork``'s child).

Plain ``mkdocs build`` and ``mkdocs serve`` run MkDocs as it is.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from generator.cache import read_pickle, write_pickle

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

THEME_FILES = "theme-files.pickle"  # under .briefing-cache/<code version>/

# (theme folders, the theme's static templates, MkDocs' Markdown extensions, digest of
# every name the folders hold): what MkDocs' filter of theme files depends on.
ListingKey = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


class ThemeListing:
    """The theme's static files as ``add_files_from_theme`` lists them, remembered."""

    def __init__(self, store: Path | None = None) -> None:
        self.store = store
        self.names: dict[tuple[str, ...], list[str]] = {}  # folders -> names, this build
        self.kept: dict[ListingKey, list[str]] = {}
        self.changed = False
        self.answered = 0  # listings taken from the record
        self.used: set[ListingKey] = set()
        found = read_pickle(store) if store is not None else None
        if isinstance(found, dict):
            self.kept = found
        self._original: Callable[..., None] | None = None

    def _all_names(self, env: Environment) -> tuple[tuple[str, ...], list[str]]:
        folders = tuple(getattr(env.loader, "searchpath", ()) or ())
        names = self.names.get(folders)
        if names is None:  # a theme folder's files do not change during one build
            names = self.names[folders] = env.list_templates()
        return folders, names

    def add_files_from_theme(
        self, original: Callable[..., None], files: Files, env: Environment, config: MkDocsConfig
    ) -> None:
        """MkDocs' ``add_files_from_theme``, its listing answered from the record."""
        from mkdocs import utils

        folders, names = self._all_names(env)
        digest = hashlib.sha256("\n".join(names).encode()).hexdigest()
        static = tuple(sorted(config.theme.static_templates))  # a set: no fixed order
        key: ListingKey = (folders, static, tuple(utils.markdown_extensions), digest)
        listing = _Listing(names, self.kept.get(key))
        self.answered += listing.kept is not None
        original(files, listing, config)
        if key not in self.kept and listing.kept is not None:
            self.kept[key] = listing.kept
            self.changed = True
        self.used.add(key)

    def save(self) -> None:
        """Keep the listings this build used (static-i18n adds a theme folder per
        language build, so each language has its own), when any was new."""
        if self.store is not None and (self.changed or self.used != set(self.kept)):
            write_pickle(self.store, {key: self.kept[key] for key in self.used})
            self.changed = False

    def install(self) -> None:
        from mkdocs.structure.files import Files

        if self._original is not None:
            return
        original = self._original = Files.add_files_from_theme

        def add_files_from_theme(files: Files, env: Environment, config: MkDocsConfig) -> None:
            self.add_files_from_theme(original, files, env, config)

        Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign, assignment]

    def uninstall(self) -> None:
        from mkdocs.structure.files import Files

        if self._original is not None:
            Files.add_files_from_theme = self._original  # type: ignore[method-assign]
            self._original = None

    @contextmanager
    def installed(self) -> Iterator[None]:
        self.install()
        try:
            yield
        finally:
            self.uninstall()


class DocsListing:
    """The docs folder's files as MkDocs lists them (``get_files``), made once per build:
    a later language's build of the same folders and settings (in this process, or in a
    child forked after the first list was made, ``langfork``) takes copies of the files
    as first listed, set up as MkDocs sets them up, instead of walking the folder and
    making each ``File`` again (0.2 s at 5,000 articles). Nothing writes the docs folder
    while ``briefing build`` runs MkDocs."""

    def __init__(self) -> None:
        self.key: tuple[Any, ...] | None = None
        self.listed: list[dict[str, Any]] = []  # each file's attributes, as first listed
        self.answered = 0
        self._original: Callable[..., Files] | None = None

    def get_files(self, original: Callable[..., Files], config: MkDocsConfig) -> Files:
        from mkdocs.structure.files import File, Files

        key = (
            config.docs_dir,
            config.site_dir,
            config.use_directory_urls,
            *(config.get(name) for name in ("exclude_docs", "draft_docs", "not_in_nav")),
        )
        if key != self.key:
            files = original(config)
            self.key, self.listed = key, [dict(file.__dict__) for file in files]
            return files
        self.answered += 1
        made = []
        for attributes in self.listed:
            file = File.__new__(File)
            file.__dict__.update(attributes)
            made.append(file)
        return Files(made)

    def install(self) -> None:
        from mkdocs.commands import build

        if self._original is not None:
            return
        original = self._original = build.get_files

        def get_files(config: MkDocsConfig) -> Files:
            return self.get_files(original, config)

        build.get_files = get_files  # type: ignore[assignment]

    def uninstall(self) -> None:
        from mkdocs.commands import build

        if self._original is not None:
            build.get_files = self._original  # type: ignore[assignment]
            self._original = None


class _Listing:
    """Stands for the theme's Jinja environment in ``add_files_from_theme``, which only
    lists its templates: with the remembered result, or filtering the names itself."""

    def __init__(self, names: Sequence[str], kept: list[str] | None) -> None:
        self.names = names
        self.kept = kept

    def list_templates(
        self,
        extensions: Iterable[str] | None = None,
        filter_func: Callable[[str], bool] | None = None,
    ) -> list[str]:
        if self.kept is not None and extensions is None:
            return list(self.kept)
        names = list(self.names)
        if extensions is not None:
            names = [name for name in names if name.rpartition(".")[2] in set(extensions)]
        if filter_func is not None:
            names = [name for name in names if filter_func(name)]
        if extensions is None:
            self.kept = names
        return list(names)


class PageMaker:
    """``Page(None, file, config)`` for many files of one build, cheaper: what
    ``Page.__init__`` computes from the configuration (the build date, the base URL) is
    worked out once."""

    def __init__(self, config: MkDocsConfig) -> None:
        from mkdocs.utils import get_build_date

        self.config = config
        self.update_date = get_build_date()
        base = config.get("site_url", None)
        self.base = None if not base else base if base.endswith("/") else f"{base}/"
        self.base_path = urlsplit(self.base).path if self.base else None
        self.edits = bool(config.get("edit_uri") or config.get("edit_uri_template"))

    def page(self, file: File) -> Page:
        """A new ``Page`` for ``file`` with no title, as ``Page(None, file, config)``."""
        from mkdocs.structure.pages import Page

        if self.edits:  # the edit URL has its own rules: MkDocs' constructor
            return Page(None, file, self.config)
        page = Page.__new__(Page)
        file.page = page
        page.file = file
        page.children = None
        page.previous_page = None
        page.next_page = None
        page.active = False
        page.update_date = self.update_date
        url = page.url
        if self.base is None:
            page.canonical_url = page.abs_url = None
        elif _plain(url):  # urljoin would only append it
            page.canonical_url = self.base + url
            page.abs_url = f"{self.base_path}{url}"
        else:
            page.canonical_url = urljoin(self.base, url)
            page.abs_url = urlsplit(page.canonical_url).path
        page.edit_url = None
        page.markdown = None
        page._title_from_render = None
        page.content = None
        page.toc = []  # type: ignore[assignment]
        page.meta = {}
        return page


def _plain(url: str) -> bool:
    """Whether ``urljoin(base, url)`` is ``base + url`` for a base ending in "/": a
    relative path with no scheme, query, fragment, dot segment or empty segment (but a
    last one: "a/b/")."""
    if not url or url[0] == "/" or any(mark in url for mark in ":?#;\\%"):
        return False
    parts = url.split("/")
    return "" not in parts[:-1] and all(part not in (".", "..") for part in parts)


def pages_ahead(files: Files, config: MkDocsConfig) -> int:
    """Give the documentation pages the nav does not name their ``Page`` before
    ``get_navigation`` does (``PageMaker``); only when MkDocs would not log them as
    missing from the nav, since pages it finds with one are not listed. Returns how
    many."""
    from mkdocs.structure import nav

    level = config.validation.nav.omitted_files
    if config.nav is None or logging.getLogger(nav.__name__).isEnabledFor(level):
        return 0
    named = {id(found) for found in _nav_files(config.nav, files)}
    maker = PageMaker(config)
    made = 0
    for file in files.documentation_pages():
        if file.page is None and id(file) not in named:
            maker.page(file)
            made += 1
    return made


def _nav_files(data: Any, files: Files) -> Iterator[File]:
    """The files the nav configuration names (looked up as ``get_navigation`` does)."""
    if data is None:
        return
    if isinstance(data, dict):
        for value in data.values():
            yield from _nav_files(value, files)
    elif isinstance(data, list):
        for item in data:
            yield from _nav_files(item, files)
    elif isinstance(data, str):
        for path in (data, data.lstrip("/")):
            found = files.get_file_from_path(path)
            if found is not None:
                yield found
