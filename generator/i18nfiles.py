"""static-i18n's per-file setup, computed once per file and kept.

mkdocs-static-i18n's ``on_files`` turns every file of the docs folder into a new
``File`` for the language being built (``suffix.create_i18n_file``: its locale, its
destination without the locale suffix, its URL), once per file as a page of that
language and again for each page's alternates, in each language's build. That setup is
pure: what it gives depends only on the file's source and destination paths and
inclusion, the languages, the docs folder and ``use_directory_urls``, and the site
folder (only through ``abs_dest_path``). At 2,000 articles it was about a tenth of an
add-one build (two calls of ``on_files`` over 11,000 files each, pathlib-heavy).

``FileMemo`` keeps what the function set on each ``File`` it made (its ``__dict__``,
less the alternates and the site-dependent destination), keyed by those inputs, and
while static-i18n's ``on_files`` runs (``FileMemo.installed``) stands in for the
function: a file seen before gets a fresh ``File`` with the same attributes, its
``abs_dest_path`` joined as static-i18n joins it, and alternates listing itself, as the
function leaves them; a new one goes to the function. Under ``briefing build`` the memo
is kept between builds (``.briefing-cache/<code version>/i18n-files.pickle``, whose
code version includes static-i18n's and MkDocs' versions), pruned to the files the last
build used. Everything static-i18n decides from the files (which file a language uses,
alternates, the sitemap's lists, the language menu) it still decides itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from generator import pagesplit
from generator.cache import read_pickle, write_pickle

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File

I18N_FILES = "i18n-files.pickle"  # under .briefing-cache/<code version>/
# Attributes create_i18n_file sets that the memo does not keep: the alternates (a new
# dict per file, naming the file itself) and the destination under this build's site
# folder (a staging folder of its own each build).
_PER_CALL = frozenset({"alternates", "abs_dest_path"})

# (source URI, destination URI, inclusion, language built, default language, languages)
CallKey = tuple[str, str, Any, str, str, tuple[str, ...]]
Context = tuple[str, bool]  # (docs_dir, use_directory_urls)
Creator = Callable[..., "File"]


class FileMemo:
    """What ``create_i18n_file`` gave per file, for one docs folder and URL style."""

    def __init__(self, store: Path | None = None) -> None:
        self.store = store
        self.context: Context | None = None
        self.fields: tuple[str, ...] = ()
        self.entries: dict[CallKey, tuple[Any, ...]] = {}
        self.used: set[CallKey] = set()
        self.misses = 0
        self.hits = 0
        self._original: Creator | None = None
        self._relative_to: Callable[[Any, Any], bool] = _pure_is_relative_to
        self._languages: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._pinned: list[tuple[type, str]] = []
        if store is not None:
            self._load(store)

    def _load(self, store: Path) -> None:
        with pagesplit.uncollected():
            found = read_pickle(store)
        if isinstance(found, tuple) and len(found) == 3 and isinstance(found[2], dict):
            self.context, self.fields, self.entries = found

    def save(self) -> None:
        """Keep the entries this build used (a deleted file's go), when any changed."""
        if self.store is None or self.context is None:
            return
        if not self.misses and len(self.used) == len(self.entries):
            return
        kept = {key: self.entries[key] for key in self.used if key in self.entries}
        write_pickle(self.store, (self.context, self.fields, kept))

    def _enter(self, config: MkDocsConfig) -> None:
        context = (str(config.docs_dir), bool(config.use_directory_urls))
        if context != self.context:  # another docs folder or URL style: nothing applies
            self.context, self.fields, self.entries = context, (), {}
            self.used.clear()

    def wrap(self, create: Creator) -> Creator:
        """``create`` (static-i18n's function), answered from the memo where it can be."""
        from mkdocs.structure.files import File

        def create_i18n_file(
            file: File,
            current_language: str,
            default_language: str,
            all_languages: list[str],
            config: MkDocsConfig,
        ) -> File:
            languages = tuple(all_languages)
            # one tuple object for every key, so the store pickles it once
            languages = self._languages.setdefault(languages, languages)
            key: CallKey = (
                file.src_uri,
                file.dest_uri,
                file.inclusion,
                current_language,
                default_language,
                languages,
            )
            values = self.entries.get(key)
            if values is None:
                made = create(file, current_language, default_language, all_languages, config)
                self._remember(key, made)
                return made
            self.hits += 1
            self.used.add(key)
            clone = File.__new__(File)
            clone.__dict__.update(zip(self.fields, values, strict=True))
            # as static-i18n joins it, under this build's site folder
            clone.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, clone.dest_path))
            clone.alternates = {current_language: clone}  # type: ignore[attr-defined]
            return clone

        return create_i18n_file

    def _remember(self, key: CallKey, made: File) -> None:
        from mkdocs.structure.files import File

        self.misses += 1
        if type(made) is not File:  # another class's state may live outside __dict__
            return
        kept = {name: value for name, value in vars(made).items() if name not in _PER_CALL}
        fields = tuple(sorted(kept))
        if not self.entries:
            self.fields = fields
        if fields != self.fields:  # a file the function set up otherwise: not kept
            return
        self.entries[key] = tuple(kept[name] for name in fields)
        self.used.add(key)

    def install(self, config: MkDocsConfig) -> None:
        """Answer static-i18n's suffix-layout ``create_i18n_file`` from the memo, and
        its test of which files are the docs folder's by comparing strings where that
        gives its answer (``is_relative_to``), until ``uninstall``."""
        from mkdocs_static_i18n import reconfigure, suffix

        self._enter(config)
        if self._original is None:
            self._original = suffix.create_i18n_file
            suffix.create_i18n_file = self.wrap(self._original)
            self._relative_to = reconfigure.is_relative_to
            reconfigure.is_relative_to = is_relative_to(self._relative_to)
            self._pinned = _pin_languages(config.plugins.get("i18n"))

    def uninstall(self) -> None:
        from mkdocs_static_i18n import reconfigure, suffix

        if self._original is not None:
            suffix.create_i18n_file, self._original = self._original, None
            reconfigure.is_relative_to = self._relative_to
            for owner, name in self._pinned:
                delattr(owner, name)
            self._pinned = []

    @contextmanager
    def installed(self, config: MkDocsConfig) -> Iterator[None]:
        self.install(config)
        try:
            yield
        finally:
            self.uninstall()


# static-i18n's properties of its configuration's languages, which its ``on_files`` reads
# several times per file (each a walk of the languages' configurations): fixed while it runs.
_LANGUAGE_PROPERTIES = ("all_languages", "default_language")


def _pin_languages(plugin: Any) -> list[tuple[type, str]]:
    """Each of ``_LANGUAGE_PROPERTIES`` of ``plugin`` answered by its value, set on the
    plugin's own class (ahead of the property on its base) until it is deleted again."""
    if plugin is None:
        return []
    owner = type(plugin)
    pinned = []
    for name in _LANGUAGE_PROPERTIES:
        if name not in vars(owner) and isinstance(getattr(owner, name, None), property):
            setattr(owner, name, getattr(plugin, name))
            pinned.append((owner, name))
    return pinned


def _pure_is_relative_to(path: Any, folder: Any) -> bool:
    return PurePath(path).is_relative_to(folder)


def _plain_absolute(path: object) -> bool:
    """Whether ``path`` is an absolute POSIX path string whose components are its
    slash-separated parts as written (what ``PurePath`` would make of it): no empty or
    "." component, no trailing slash."""
    return (
        isinstance(path, str)
        and path.startswith("/")
        and len(path) > 1
        and not path.endswith(("/", "/."))
        and "//" not in path
        and "/./" not in path
    )


def is_relative_to(original: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """static-i18n's ``is_relative_to(path, folder)`` (``PurePath.is_relative_to``), by
    string comparison for plain absolute paths (``_plain_absolute``), where the parts are
    the strings between slashes; ``original`` for anything else. It is asked once per
    file per language build."""

    def relative_to(path: Any, folder: Any) -> bool:
        if _plain_absolute(path) and _plain_absolute(folder):
            return path == folder or path.startswith(f"{folder}/")
        return original(path, folder)

    return relative_to


def _plain_relative(path: str) -> bool:
    """Whether ``path`` is a relative POSIX path whose components are the strings between
    its slashes (none empty, ".", or ".."), as ``PurePath`` would keep them."""
    if not path or path.startswith("/") or path.endswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def fast_lookup(files: Any, lookup: Callable[[str], File | None]) -> Callable[[str], File | None]:
    """``lookup`` (static-i18n's suffix-layout ``get_file_from_path`` of ``files``, which
    tries the path with the current language's suffix, the default language's, then as
    it is) with the candidates made by string operations for plain relative paths
    (``_plain_relative``), where they are what ``PurePath.with_suffix`` gives; any other
    path, or other files, go to ``lookup``."""
    from mkdocs_static_i18n import suffix

    if type(files) is not suffix.I18nFiles or "get_file_from_path" in vars(files):
        return lookup
    plugin = files.plugin

    def get_file_from_path(path: str) -> File | None:
        if not _plain_relative(path):
            return lookup(path)
        name = path.rpartition("/")[2]
        dot = name.rfind(".")
        ending = name[dot:] if 0 < dot < len(name) - 1 else ""
        stem = path[: len(path) - len(ending)]
        for candidate in (
            f"{stem}.{plugin.current_language}{ending}",
            f"{stem}.{plugin.default_language}{ending}",
            path,
        ):
            found = files.src_uris.get(candidate)
            if found:
                return found
        return None

    return get_file_from_path
