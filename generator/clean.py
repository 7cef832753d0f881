"""Clean a seed body: take out site chrome, keep what was taken out.

Scraped articles carry the page around them: crawl dates, "logo"/"Top" links, repeated
headlines, newsletter prompts, reader comments and "most read" lists. The rules below
are deliberately about page structure (position, whole lines, missing Arabic letters),
not about particular outlets, so they hold for articles we have not seen. Every removed
line is kept in a ``RemovedBlock`` and shown collapsed on the source page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import arabic
from .model import RemovedBlock, Seed

# Kinds of removed text; labels for readers live in templates/strings.yaml.
CLEANING_KINDS = ("chrome", "repeated-headline", "newsletter", "comments", "related", "signoff")

# Whole lines (after dropping symbols such as emoji) that open the page's tail.
_COMMENTS_HEADER = re.compile(r"^(التعليقات|تعليقات القراء|comments)(\s*\d+)?$", re.IGNORECASE)
_RELATED_HEADER = re.compile(
    r"^(الأكثر قراءة|الأكثر مشاهدة|أهم المواضيع|أهم التصنيفات|اقرأ أيضا|اقرأ أيضاً|"
    r"مواضيع ذات صلة|أخبار ذات صلة|المزيد من الأخبار|most read|related)$",
    re.IGNORECASE,
)
# Lines that are page furniture wherever they stand.
_CHROME_LINE = re.compile(r"^(logo|top|advertisement|إعلان|شارك|مشاركة|طباعة|share|print)$", re.I)
_NEWSLETTER = re.compile(
    r"نشرتنا البريدية|النشرة البريدية|صندوق بريدك|اشترك في نشرتنا|اشترك بنشرتنا|newsletter",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(r"^(?:المصدر|مصدر|source)\s*[:：]\s*(?P<outlet>.+?)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?؟؛…:،,]$")
_SYMBOLS = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the seed file
    text: str


@dataclass(frozen=True)
class CleanText:
    headline: str
    headline_line: int | None  # None when the title came from front matter only
    paragraphs: tuple[Line, ...]
    removed: tuple[RemovedBlock, ...]
    attribution: str | None


def _bare(text: str) -> str:
    """A line without symbols, emoji and extra spaces, for matching whole-line markers."""
    return " ".join(_SYMBOLS.sub(" ", arabic.canonical(text)).split())


def clean(seed: Seed) -> CleanText:
    lines = [
        # Only "\n" ends a line (as in editors); a line of invisible marks alone is blank.
        Line(seed.body_line + i, text.strip() if arabic.canonical(text) else "")
        for i, text in enumerate(seed.body.split("\n"))
    ]
    kind_of: dict[int, str] = {}  # line number -> removal kind
    content = [line for line in lines if line.text]

    # The tail: everything from the first comments/related header on.
    tail_kind = None
    for line in content:
        bare = _bare(line.text)
        if _COMMENTS_HEADER.match(bare):
            tail_kind = "comments"
        elif _RELATED_HEADER.match(bare):
            tail_kind = "related"
        if tail_kind:
            kind_of[line.number] = tail_kind
    content = [line for line in content if line.number not in kind_of]

    # Leading and trailing lines without Arabic letters are chrome (crawl dates, "logo",
    # "Top", comment counters): the article itself starts and ends with Arabic text.
    while content and not arabic.has_arabic(content[0].text):
        kind_of[content.pop(0).number] = "chrome"
    while content and not arabic.has_arabic(content[-1].text):
        kind_of[content.pop().number] = "chrome"
    for line in content:
        if _CHROME_LINE.match(_bare(line.text)):
            kind_of[line.number] = "chrome"
        elif _NEWSLETTER.search(line.text):
            kind_of[line.number] = "newsletter"
    content = [line for line in content if line.number not in kind_of]

    attribution = _take_signoff(content, lines, kind_of)

    headline, headline_line = _headline(seed, content)
    folded = arabic.fold(headline)
    for line in content:
        if line.number != headline_line and arabic.fold(line.text) == folded:
            kind_of[line.number] = "repeated-headline"
    paragraphs = tuple(
        line for line in content if line.number not in kind_of and line.number != headline_line
    )
    return CleanText(
        headline=headline,
        headline_line=headline_line,
        paragraphs=paragraphs,
        removed=_group_removed(lines, kind_of),
        attribution=attribution,
    )


def _headline(seed: Seed, content: list[Line]) -> tuple[str, int | None]:
    """Front-matter title wins; the body's first line is the headline when it matches."""
    first = content[0] if content else None
    if seed.meta.title:
        matches = first is not None and arabic.fold(first.text) == arabic.fold(seed.meta.title)
        return seed.meta.title, first.number if matches and first else None
    if first is None:
        return "", None
    return first.text, first.number


def _take_signoff(content: list[Line], lines: list[Line], kind_of: dict[int, str]) -> str | None:
    """An outlet sign-off on the last line: "المصدر: المدن", or a lone short name."""
    if len(content) < 2:
        return None
    last = content[-1]
    match = _SIGNOFF.match(last.text)
    if match:
        outlet = match.group("outlet")
    else:
        # A lone name of at most three words, set apart by a blank line, with no digits
        # or sentence punctuation: the way outlets such as Rudaw sign their reports.
        words = last.text.split()
        index = last.number - lines[0].number
        before = lines[index - 1].text if index > 0 else "not blank"
        is_name = (
            len(words) <= 3
            and not before
            and not _SENTENCE_END.search(last.text)
            and not any(ch.isdigit() for ch in last.text)
        )
        if not is_name:
            return None
        outlet = last.text
    kind_of[last.number] = "signoff"
    content.pop()
    return outlet


def _group_removed(lines: list[Line], kind_of: dict[int, str]) -> tuple[RemovedBlock, ...]:
    """Consecutive removed lines of one kind (blank lines between them allowed)."""
    blocks: list[RemovedBlock] = []
    current: list[Line] = []
    current_kind = None
    for line in lines:
        kind = kind_of.get(line.number)
        if kind is None:
            if line.text:  # kept text ends a block; blank lines do not
                _flush(blocks, current, current_kind)
                current_kind = None
            continue
        if kind != current_kind:
            _flush(blocks, current, current_kind)
            current_kind = kind
        current.append(line)
    _flush(blocks, current, current_kind)
    return tuple(blocks)


def _flush(blocks: list[RemovedBlock], current: list[Line], kind: str | None) -> None:
    if current and kind:
        blocks.append(
            RemovedBlock(kind=kind, line=current[0].number, lines=tuple(x.text for x in current))
        )
    current.clear()
