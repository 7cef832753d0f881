"""Reading our YAML inputs (front matter, translation memory, glossary) the same way.

Dates stay text (we validate them ourselves and can then name the line; PyYAML would
raise on "2022-02-30"), and every kind of broken input, from bad UTF-8 to a control
character to a syntax error, becomes a ``Problem`` with the file and line.

The inputs are written by contributors, so the loader is stricter than YAML: a key
written twice is an error (YAML tools silently keep the last one, which let a machine
entry replace a human one), anchors and aliases are refused (an alias bomb exhausts
memory), and nesting and size are bounded before anything is built. libyaml (C) parses
each file once; the checks run on its events as the node tree is composed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from generator.errors import InputError, Problem
from generator.inputs import read_input

try:
    from yaml._yaml import CParser as _Parser  # libyaml, in PyYAML's binary wheels
except ImportError:  # pragma: no cover  # a PyYAML built without libyaml: same checks, slower
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, text: str) -> None:
            Reader.__init__(self, text)
            Scanner.__init__(self)
            Parser.__init__(self)


MAX_DEPTH = 12  # our deepest input (glossary entry → name → en) needs 4
MAX_BYTES = 32 * 1024 * 1024  # a TM file of 50,000 sentences is about 15 MB


class _Loader(Composer, _Parser, SafeConstructor, Resolver):  # type: ignore[misc]
    """libyaml scans and parses (C, one pass); composing in Python refuses what we refuse.

    The node tree is built from libyaml's events by PyYAML's own composer, with every
    check made on the event before the node is built: an anchor, an alias, a lone
    surrogate or the thirteenth level of nesting stops the parse there, so nothing
    hostile is ever built and the text is parsed only once. Timestamps stay text.
    """

    def __init__(self, text: str) -> None:
        _Parser.__init__(self, text)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        line = event.start_mark.line if event and event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(line, "uses a YAML anchor or alias (& or *): write the value out")
        if isinstance(event, yaml.ScalarEvent) and _SURROGATE.search(event.value):
            raise _Refused(line, _SURROGATE_MESSAGE)
        if not isinstance(event, yaml.CollectionStartEvent):
            return super().compose_node(parent, index)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(line, f"is nested more than {MAX_DEPTH} levels deep")
        node = super().compose_node(parent, index)
        self.depth -= 1
        return node


_Loader.add_constructor(  # type: ignore[type-var]  # the stubs reject SafeConstructor
    "tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str
)


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_MESSAGE = (
    "holds a lone surrogate (an escape such as \\ud800): write the character itself"
)
# libyaml refuses a surrogate escape itself, as an "invalid Unicode character escape".
_SURROGATE_ESCAPE = re.compile(r"\\(?:u[dD][89a-fA-F]|U0000[dD][89a-fA-F])[0-9a-fA-F]{2}")


class _Refused(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line, self.message = line, message


# YAML counts these as line breaks and editors do not: line numbers would disagree.
_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")


def _check_text(text: str) -> None:
    if found := _YAML_ONLY_BREAKS.search(text):
        line = text[: found.start()].count("\n")
        raise _Refused(line, f"holds U+{ord(found.group()):04X}, a line break only YAML sees")


def _check_duplicates(node: yaml.Node | None, first_line: int) -> None:
    """A key written twice in any mapping is refused, naming the second one."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                name = str(key.value)
                if name in seen:
                    first = seen[name] + first_line
                    message = f"repeats the key '{name[:80]}' of line {first}: keep only one"
                    raise _Refused(key.start_mark.line, message)
                seen[name] = key.start_mark.line
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def parse(text: str, path: Path, *, first_line: int = 1, what: str = "YAML") -> tuple[Any, Any]:
    """The data and the node tree of ``text`` (found at ``first_line`` of ``path``)."""
    try:
        _check_text(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            _check_duplicates(node, first_line)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except _Refused as err:
        raise InputError([Problem(path, first_line + err.line, err.message)]) from None
    except yaml.YAMLError as err:
        raise InputError([_problem(err, text, path, first_line, what)]) from None
    return data, node


def _problem(err: yaml.YAMLError, text: str, path: Path, first_line: int, what: str) -> Problem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    if mark is not None:
        line: int | None = first_line + mark.line
    elif isinstance(err, yaml.reader.ReaderError):  # libyaml counts UTF-8 bytes
        line = first_line + text.encode("utf-8", "surrogatepass")[: err.position].count(b"\n")
    else:
        line = None
    reason = getattr(err, "problem", None) or getattr(err, "reason", None) or str(err)
    if mark is not None and "escape" in str(reason):
        lines = text.splitlines()
        if mark.line < len(lines) and _SURROGATE_ESCAPE.search(lines[mark.line]):
            return Problem(path, line, _SURROGATE_MESSAGE)
    return Problem(path, line, f"is not valid {what}: {reason}")


def read(path: Path, *, what: str = "YAML") -> tuple[Any, Any]:
    """``parse`` a whole UTF-8 file."""
    raw = read_input(path, limit=MAX_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError([Problem(path, line, "is not valid UTF-8; save it as UTF-8")]) from None
    return parse(text, path, what=what)
