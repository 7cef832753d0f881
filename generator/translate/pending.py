"""The pending-translations report: which sentences still have no English.

``pending_report`` turns translated articles into GitHub-flavoured Markdown for a pull
request's job summary (``briefing pending >> "$GITHUB_STEP_SUMMARY"``): a count, then one
collapsed ``<details>`` block per article with a table of its untranslated sentences.

Seed text is untrusted and GitHub renders the summary as Markdown with inline HTML, so
every piece of it goes through ``escape.text`` on one line: no tag can open, no table cell
can end early, no link, image, emphasis or code span can form.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator import escape
from generator.model import TranslatedArticle

TITLE = "Pending translations"


def _inert(text: str) -> str:
    """Untrusted text as inert Markdown and HTML on one line (escape.py is the one place)."""
    return str(escape.text(" ".join(text.split())))


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
        "human translations to the seed's file in `seeds/tm/` (see CONTRIBUTING.md).",
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
