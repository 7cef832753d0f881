"""The templates, interface strings and assets a build uses: the package's, overridden by
the project's own ``templates/`` folder.

The package ships its defaults as ``generator.templates``, which is this repository's
top-level ``templates/`` folder (mapped in pyproject.toml), read with ``importlib.resources``
so a normal install works from any folder. A project's ``templates/`` may replace any of
them: a template of the same name wins (Jinja's ``ChoiceLoader``, project first), its
``strings.yaml`` replaces labels key by key (an unknown key is an error, naming the file and
line) and its ``assets/`` files replace the package's of the same name. In this repository
the project's folder is the package's (editable install): it is then read once.
"""

from __future__ import annotations

import importlib.resources
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    Template,
    TemplateNotFound,
    TemplateSyntaxError,
)

from generator import yamlfile
from generator.errors import BriefingError, InputError, Problem
from generator.inputs import outside_link, read_input

PACKAGE = "generator.templates"
STRINGS_FILE = "strings.yaml"
ASSETS_DIR = "assets"
THEME_DIR = "theme"  # overrides of Material's own templates (main.html, partials/)
MAX_ASSET_BYTES = 16 * 1024 * 1024  # our largest asset, a font, is about 50 kB
PLURAL_FALLBACK = "other"  # the CLDR category every plural label must have


class MissingTemplate(BriefingError, TemplateNotFound):
    """A template name found in neither the project's templates/ nor the package."""

    def __init__(self, name: str, folders: list[Path]) -> None:
        where = " nor ".join(str(f) for f in folders)
        message = (
            f"template '{name}' is in neither {where}: check the name (a file name such as "
            "'home.md.j2')"
        )
        BriefingError.__init__(self, message)
        TemplateNotFound.__init__(self, name, message)


class TemplateEnvironment(Environment):
    """Jinja that reports a template's syntax error as one line naming file and line."""

    def handle_exception(self, source: str | None = None) -> Any:
        error = sys.exc_info()[1]
        if isinstance(error, TemplateSyntaxError):
            where = f"{error.filename or error.name}:{error.lineno}"
            raise BriefingError(f"{where}: template syntax error: {error.message}") from None
        return super().handle_exception(source)


def packaged_dir() -> Path:
    """The package's own templates folder (``generator.templates``) on disk."""
    try:
        folder = Path(str(importlib.resources.files(PACKAGE)))
    except ModuleNotFoundError:
        folder = None
    if folder is None or not (folder / STRINGS_FILE).is_file():
        raise BriefingError(
            f"the installed briefing package has no templates ({PACKAGE}): reinstall it "
            "(pip install --force-reinstall <the briefing repository>)"
        )
    return folder


def folders(project_dir: Path | None) -> list[Path]:
    """Where templates are looked up, first match wins: the project's templates/ (if it
    exists and is not the package's own folder), then the package's."""
    packaged = packaged_dir()
    if project_dir is None or not project_dir.is_dir():
        return [packaged]
    if project_dir.resolve() == packaged.resolve():
        return [packaged]
    return [project_dir, packaged]


def theme_dirs(project_dir: Path | None) -> list[Path]:
    """Folders of overrides for the MkDocs theme's templates, first match wins: the
    project's ``templates/theme/``, then the package's."""
    return [folder / THEME_DIR for folder in folders(project_dir) if (folder / THEME_DIR).is_dir()]


def template_loader(project_dir: Path | None) -> BaseLoader:
    """Jinja's loader: the project's templates first, the package's second."""
    return _Loader(folders(project_dir))


class _Loader(ChoiceLoader):
    def __init__(self, search: list[Path]) -> None:
        super().__init__([FileSystemLoader(folder) for folder in search])
        self.search = search

    def get_source(self, environment: Environment, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except TemplateNotFound:
            raise MissingTemplate(template, self.search) from None

    def load(
        self,
        environment: Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> Template:
        try:
            return super().load(environment, name, globals)
        except TemplateNotFound:
            raise MissingTemplate(name, self.search) from None


Labels = dict[str, dict[str, Any]]  # key → language → text, or CLDR plural forms


def load_labels(project_dir: Path | None) -> Labels:
    """Interface labels by key and language: the package's, with the project's
    ``strings.yaml`` replacing them key by key (and language by language)."""
    search = folders(project_dir)
    packaged = search[-1] / STRINGS_FILE
    data, _ = yamlfile.read(packaged)
    labels: Labels = {key: dict(value) for key, value in data.items()}
    if len(search) > 1 and (search[0] / STRINGS_FILE).exists():
        _override(labels, search[0] / STRINGS_FILE, packaged)
    return labels


def _override(labels: Labels, path: Path, packaged: Path) -> None:
    """Merge the project's labels into ``labels``; every problem names its line."""
    if link := outside_link(path, path.parent.parent):
        raise InputError([link])
    data, node = yamlfile.read(path)
    if data is None:
        return  # an empty file (or comments only) changes nothing
    if not isinstance(data, dict):
        raise InputError([Problem(path, 1, "must map label keys to {en: …, ar: …}")])
    problems = []
    for (key, value), (key_node, _) in zip(data.items(), node.value, strict=True):
        message = _label_problem(key, value, labels, packaged)
        if message:
            problems.append(Problem(path, key_node.start_mark.line + 1, message, str(key)))
        else:
            labels[key].update(value)
    if problems:
        raise InputError(problems)


def _label_problem(key: object, value: Any, labels: Labels, packaged: Path) -> str | None:
    """What is wrong with one overriding label, or None."""
    if key not in labels:
        return f"is not a label of the briefing package: check the spelling (see {packaged})"
    if not isinstance(value, dict) or not value:
        return f"must give the label per language, e.g. {{en: …, ar: …}} ({', '.join(labels[key])})"
    for lang, text in value.items():
        default = labels[key].get(lang)
        if default is None:
            return f"'{lang}' is not a language of this label ({', '.join(labels[key])})"
        if isinstance(default, dict):
            if not isinstance(text, dict) or not all(isinstance(t, str) for t in text.values()):
                return f"{lang}: must be plural forms (one: …, other: …)"
            if PLURAL_FALLBACK not in text:
                return f"{lang}: plural forms need '{PLURAL_FALLBACK}'"
        elif not isinstance(text, str):
            return f"{lang}: must be text, as in the package's {STRINGS_FILE}"
    return None


def assets(project_dir: Path | None) -> Mapping[str, bytes]:
    """The files of ``assets/`` by name: the package's, each replaced by the project's file
    of the same name, plus the project's own."""
    found: dict[str, bytes] = {}
    for folder in reversed(folders(project_dir)):  # the package first, the project over it
        directory = folder / ASSETS_DIR
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            if link := outside_link(path, folder.parent):
                raise InputError([link])
            if path.is_dir():
                raise InputError(
                    [Problem(path, None, "is a folder: assets/ holds files only, move it out")]
                )
            found[path.name] = read_input(path, limit=MAX_ASSET_BYTES)
    return found
