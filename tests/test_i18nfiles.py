"""static-i18n's per-file setup answered from the memo (``i18nfiles.FileMemo``): the files
static-i18n's ``on_files`` gives are the same, attribute for attribute, as without it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import get_files
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs_static_i18n import suffix

from generator import i18nfiles
from tests import smallsite

# Pages in both languages and in one, folders with an index or a README, assets with
# and without a localized copy, and a name with a dot that is not a locale.
DOCS = (
    "index.md",
    "index.ar.md",
    "facts.md",
    "facts.ar.md",
    "only-english.md",
    "events/index.md",
    "events/index.ar.md",
    "events/e-1.md",
    "events/e-1.ar.md",
    "guide/README.md",
    "guide/README.ar.md",
    "v1.2.md",
    "img/map.png",
    "img/map.ar.png",
    "data/2024/events.json",
)


def _config(root: Path, *, directory_urls: bool = True) -> MkDocsConfig:
    for name in DOCS:
        path = root / "site_src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n", encoding="utf-8")
    text = smallsite.mkdocs_yml("Memo", plugins=smallsite.TWO_LANGUAGES)
    text += f"use_directory_urls: {str(directory_urls).lower()}\n"
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    config = load_config(str(root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    return config


def _i18n_files(config: MkDocsConfig, language: str) -> Files:
    """static-i18n's ``on_files`` for ``language`` (the docs' files and the theme's)."""
    i18n: Any = config.plugins["i18n"]
    i18n.current_language = language
    files = get_files(config)
    files.add_files_from_theme(config.theme.get_env(), config)
    given: Files = i18n.on_files(files, config)
    return given


def _described(files: Files) -> list[Any]:
    """Every file's attributes, and its alternates' (each naming itself among them)."""

    def attributes(file: Any) -> dict[str, Any]:
        return {k: v for k, v in vars(file).items() if k != "alternates"}

    found = []
    for file in files:
        alternates = getattr(file, "alternates", None)
        described = None
        if alternates is not None:
            described = {
                lang: (attributes(other), other.alternates.get(lang) is other)
                for lang, other in alternates.items()
            }
        found.append((type(file), attributes(file), described))
    return found


@pytest.mark.parametrize("directory_urls", [True, False])
def test_the_memo_gives_the_files_static_i18n_gives(tmp_path: Path, directory_urls: bool) -> None:
    config = _config(tmp_path, directory_urls=directory_urls)
    memo = i18nfiles.FileMemo()
    original = suffix.create_i18n_file
    for language in ("en", "ar"):
        plain = _described(_i18n_files(config, language))
        for _ in range(2):  # filling the memo, then answered from it
            with memo.installed(config):
                assert suffix.create_i18n_file is not original
                given = _i18n_files(config, language)
            assert suffix.create_i18n_file is original
            assert _described(given) == plain, language
    # every page and asset of the docs, as a page of each language and as an alternate
    assert memo.hits >= memo.misses > len(DOCS)


def test_the_languages_are_fixed_while_static_i18n_sets_up_files(tmp_path: Path) -> None:
    """static-i18n's language properties are values while the memo is installed (read per
    file, each a walk of the configuration), and its properties again after."""
    config = _config(tmp_path)
    i18n: Any = config.plugins["i18n"]
    owner = type(i18n)
    memo = i18nfiles.FileMemo()
    with memo.installed(config):
        assert "default_language" in vars(owner) and "all_languages" in vars(owner)
        assert (i18n.default_language, i18n.all_languages) == ("en", ["en", "ar"])
    assert "default_language" not in vars(owner) and "all_languages" not in vars(owner)
    assert isinstance(owner.default_language, property)
    assert (i18n.default_language, i18n.all_languages) == ("en", ["en", "ar"])


def test_a_file_answered_from_the_memo_lands_in_this_builds_site_folder(
    tmp_path: Path,
) -> None:
    config = _config(tmp_path)
    memo = i18nfiles.FileMemo()
    with memo.installed(config):
        _i18n_files(config, "ar")
    config.site_dir = str(tmp_path / "staging")  # the next build's staging folder
    with memo.installed(config):
        given = _i18n_files(config, "ar")
    page = given.src_uris["facts.ar.md"]
    assert page.abs_dest_path == os.path.join(config.site_dir, "ar", "facts", "index.html")
    assert memo.hits > 0


def test_the_memo_is_kept_between_builds_and_pruned_to_the_files_used(tmp_path: Path) -> None:
    config = _config(tmp_path)
    store = tmp_path / "cache" / i18nfiles.I18N_FILES
    first = i18nfiles.FileMemo(store)
    for language in ("en", "ar"):
        with first.installed(config):
            _i18n_files(config, language)
    first.save()
    assert first.misses and store.is_file()

    (tmp_path / "site_src" / "facts.md").unlink()  # a deleted page's entries go
    (tmp_path / "site_src" / "facts.ar.md").unlink()
    second = i18nfiles.FileMemo(store)
    for language in ("en", "ar"):
        with second.installed(config):
            _i18n_files(config, language)
    assert second.misses == 0 and second.hits > 0
    second.save()
    kept = i18nfiles.FileMemo(store).entries
    assert kept and len(kept) < len(first.entries)
    assert not any(key[0].startswith("facts.") for key in kept)


def test_another_url_style_or_a_torn_store_starts_empty(tmp_path: Path) -> None:
    store = tmp_path / i18nfiles.I18N_FILES
    config = _config(tmp_path / "dirs")
    memo = i18nfiles.FileMemo(store)
    with memo.installed(config):
        _i18n_files(config, "en")
    memo.save()
    flat = _config(tmp_path / "flat", directory_urls=False)
    other = i18nfiles.FileMemo(store)
    with other.installed(flat):
        assert other.entries == {}  # another docs folder and URL style
        _i18n_files(flat, "en")
    assert other.hits == 0
    store.write_bytes(store.read_bytes()[:40])
    assert i18nfiles.FileMemo(store).entries == {}
