"""Reading our YAML inputs (front matter, translation memory, glossary) the same way.

Dates stay text (we validate them ourselves and can then name the line; PyYAML would
raise on "2022-02-30"), and every kind of broken input, from bad UTF-8 to a control
character to a syntax error, becomes a ``Problem`` with the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves timestamps as text."""


_Loader.add_constructor(  # type: ignore[type-var]  # the stubs reject SafeConstructor
    "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
)


def parse(text: str, path: Path, *, first_line: int = 1, what: str = "YAML") -> tuple[Any, Any]:
    """The data and the node tree of ``text`` (found at ``first_line`` of ``path``)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        if mark is not None:
            line: int | None = first_line + mark.line
        elif isinstance(err, yaml.reader.ReaderError):
            line = first_line + text[: err.position].count("\n")
        else:
            line = None
        reason = getattr(err, "problem", None) or getattr(err, "reason", None) or str(err)
        raise InputError([Problem(path, line, f"is not valid {what}: {reason}")]) from None
    return data, node


def read(path: Path, *, what: str = "YAML") -> tuple[Any, Any]:
    """``parse`` a whole UTF-8 file."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError([Problem(path, line, "is not valid UTF-8; save it as UTF-8")]) from None
    return parse(text, path, what=what)
