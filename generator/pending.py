"""The pending-translations report: which sentences still have no English.

``pending_report`` turns translated articles into GitHub-flavoured Markdown for a pull
request's job summary (``briefing pending >> "$GITHUB_STEP_SUMMARY"``): a count, then one
collapsed ``<details>`` block per article with a table of its untranslated sentences.

Seed text is untrusted and GitHub renders the summary as Markdown with inline HTML, so
every piece of it goes through ``_inert``: HTML-escaped (no tag can open, no attribute can
close) and with every character Markdown gives meaning to written as a character
reference (no table cell can end early, no link, emphasis, mention or emoji can form).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from .arabic import INVISIBLE_CONTROLS
from .model import TranslatedArticle

TITLE = "Pending translations"

# Characters GitHub-flavoured Markdown (tables, links, emphasis, code, autolinks, mentions,
# issue references, emoji shortcodes, strikethrough, maths) gives meaning to.
_MARKDOWN_SIGNIFICANT = "\\`*_{}[]()#+!|~^=:$%@<>&\"'"


def _char(ch: str) -> str:
    if ch in INVISIBLE_CONTROLS:  # bidi and zero-width marks would reorder the row
        return f"⟨U+{ord(ch):04X}⟩"
    if ch.isspace():  # a line break would end the table row
        return " "
    if ch in _MARKDOWN_SIGNIFICANT:
        return f"&#{ord(ch)};"
    return html.escape(ch)


def _inert(text: str) -> str:
    """Untrusted text as inert Markdown and HTML, on one line."""
    return "".join(_char(ch) for ch in text).strip()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def pending_report(articles: Sequence[TranslatedArticle]) -> str:
    """GitHub-flavoured Markdown listing every sentence that has no translation yet."""
    waiting = [item for item in articles if item.pending]
    lines = [f"## {TITLE}", ""]
    if not waiting:
        lines.append("No pending translations.")
        return "\n".join(lines) + "\n"

    total = sum(item.pending for item in waiting)
    verb = "awaits" if total == 1 else "await"
    lines += [
        f"{_plural(total, 'sentence')} in {_plural(len(waiting), 'article')} {verb} "
        "translation. Run `briefing translate` with the Argos model installed, or add "
        "human translations to `seeds/tm/<seed>.yaml` (see CONTRIBUTING.md).",
        "",
    ]
    for item in waiting:
        article = item.article
        lines += [
            "<details>",
            f"<summary>{_inert(article.id)}: {_inert(article.headline.ar)} "
            f"({_plural(item.pending, 'sentence')})</summary>",
            "",
            "| sentence | Arabic |",
            "| --- | --- |",
        ]
        for sentence in article.sentences:
            if item.translation(sentence.id).provenance.origin == "pending":
                lines.append(f"| {_inert(sentence.id)} | {_inert(sentence.ar)} |")
        lines += ["", "</details>", ""]
    return "\n".join(lines)
