"""The one place where seed text is made safe for output.

Seed text lands in Markdown that MkDocs turns into HTML, so it must be inert in both:
HTML-special characters become entities, every character Markdown or its extensions
give meaning to (links, emphasis, attribute lists, tables, Jinja-like braces) becomes a
numeric character reference, and control and format characters (bidi overrides,
zero-width characters, C0/C1 controls) become visible plain-text ``⟨U+XXXX⟩`` marks, so
nothing in an article can restyle, link, script or reorder the page, and every value is
safe in element text, attributes, titles and XML alike. The Jinja environment
(render.py) routes every ``{{ value }}`` through ``value``; page titles in front matter
go through ``front_matter``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from urllib.parse import unquote, urlparse

from markupsafe import Markup, escape

_MARKDOWN_SIGNIFICANT = "\\`*_{}[]()#+!|~^=:$%@"  # @: GitHub mentions
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in _MARKDOWN_SIGNIFICANT}
_TABLE.update(
    {
        ord("&"): "&amp;",
        ord("<"): "&lt;",
        ord(">"): "&gt;",
        ord('"'): "&quot;",
        ord("'"): "&#39;",
        ord("\n"): " ",
        ord("\r"): " ",
        ord("\t"): " ",
    }
)
_WHITESPACE = frozenset("\n\r\t")


def visible_controls(value: str) -> str:
    """Control and format characters, surrogates and noncharacters as visible ``⟨U+XXXX⟩``."""
    if value.isprintable():  # no Cc, Cf, Cs or unassigned code point: nothing to show
        return value
    return "".join(
        f"⟨U+{ord(ch):04X}⟩" if _invisible(ch) and ch not in _WHITESPACE else ch for ch in value
    )


def _invisible(ch: str) -> bool:
    """Controls, format marks, surrogates and noncharacters (XML forbids U+FFFE/U+FFFF)."""
    code = ord(ch)
    noncharacter = 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE
    return noncharacter or unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def terminal(value: str) -> str:
    """Text for a terminal: escape sequences and carriage returns from inputs made visible."""
    return "".join(
        f"⟨U+{ord(ch):04X}⟩" if _invisible(ch) and ch not in "\n\t" else ch for ch in value
    )


_WWW = re.compile(r"(?i)\b(www)\.")  # GitHub links "www.x.org" without a scheme


# Distinct texts whose escaped form is kept: a sentence is escaped for each page and
# citation that shows it (a few times per language), labels and names thousands of times.
TEXT_CACHE_SIZE = 1 << 16


def text(value: str) -> Markup:
    """Seed (or any untrusted) text as inert Markdown/HTML."""
    return _inert(str(value))


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def _inert(value: str) -> Markup:
    return Markup(_WWW.sub(r"\1&#46;", visible_controls(value).translate(_TABLE)))


def front_matter(value: str) -> Markup:
    """Text for a page's YAML front matter (its ``title``).

    Themes put ``page.title`` into ``<title>`` and navigation unescaped, so the value is
    HTML-escaped like ``text`` and then quoted as an ASCII-only JSON string: YAML reads
    that back exactly (non-ASCII characters travel as ``\\uXXXX`` escapes).
    """
    return Markup(json.dumps(str(text(value)), ensure_ascii=True))


def xml_value(obj: object) -> object:
    """Jinja ``finalize`` for XML (the Atom feeds): XML escaping, controls made visible."""
    if obj is None:
        return ""
    if isinstance(obj, Markup):
        return obj
    return escape(visible_controls(str(obj)))


def url(value: str | None) -> Markup:
    """An outside link target: only http(s) addresses pass, escaped; anything else is '#'."""
    if not value or urlparse(value).scheme not in ("http", "https"):
        return Markup("#")
    return text(value)


# Characters that could make a decoded address read as another one: controls, bidi and
# other format marks, and spaces.
_MISLEADING_IN_URLS = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def readable_url(value: str) -> str:
    """An address as a reader reads it, percent-escapes decoded ("/news/مقاتلو-العشائر"
    rather than "/news/%D9%85..."), or as given when the decoded text holds a character
    that could make it read as another address. The result is escaped like any text."""
    decoded = unquote(value)
    if any(unicodedata.category(c) in _MISLEADING_IN_URLS for c in decoded):
        return value
    return decoded


def value(obj: object) -> object:
    """Jinja ``finalize``: escape everything not already marked safe by a template."""
    if obj is None:
        return ""
    if isinstance(obj, Markup):
        return obj
    if isinstance(obj, dt.date | int | float):
        return Markup(str(obj))
    return text(str(obj))
