"""A small learned second opinion on cleaning: is this line of the page furniture?

The rules in ``clean.py`` decide first. A model here then scores every non-blank line of
the page from its shape and its place on the page (length, punctuation, digits, Latin
script, position, short lines around it, words shared with the rest of the article and with
the headline, and optionally whether the rules removed it and its neighbours) with a
logistic regression that ``eval/fit_clean.py`` fits on the tuning half and the development
pages. Rules written against the pages one has seen do not carry to outlets one has not;
a weighted view of several general signals might.

``clean.clean`` applies the model in ``data/line_model.json`` when that file exists. None
is shipped: the penalty and thresholds chosen by cross-validation across the tuning halves
change no line there (benchmarks/logs/fit_clean.log), so the rules alone decide. Within
``clean._revise``'s limits a model may overturn the rules both ways: it never takes more
than ``MAX_BODY_SHARE`` of the words the rules kept, nor a line standing between two
paragraphs (a crosshead), and a flagged headline gives way to the next headline-shaped line.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator import arabic

MODEL_FILE = Path(__file__).parent / "data" / "line_model.json"

FEATURES = (
    "rule_removed", "prev_removed", "next_removed", "is_headline", "log_words", "short",
    "ends_sentence", "has_punctuation", "ends_ellipsis", "ends_colon", "digit_share",
    "latin_share", "first_line", "last_line", "before_article", "after_article",
    "short_neighbours", "article_overlap", "headline_overlap", "paragraph", "headline_like",
    "apart_headline",
)  # fmt: skip

SHORT_WORDS = 4  # a line shorter than this is a label, a name or a date, not a sentence
PARAGRAPH_WORDS = 12  # a line this long is a paragraph of prose
HEADLINE_MAX_WORDS = 25  # a longer line without a full stop is a paragraph cut short
NEIGHBOURS = 2  # lines looked at on each side for a run of short lines
CONTENT_WORD_MIN = 3  # letters: shorter words ("في", "من") say nothing of a topic
MAX_BODY_SHARE = 0.5  # of the words the rules kept: more needs the rules' own evidence

_WORD = re.compile(r"\w+")
_SENTENCE_STOP = re.compile(r"[.!?؟…]$")
_PUNCTUATION = re.compile(r"[.,،؛;!?؟:]")


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]  # features are standardised with the fitting data's mean ...
    scale: tuple[float, ...]  # ... and spread, so one penalty suits them all
    threshold: float  # a line the rules kept that scores at least this is furniture
    restore_below: float  # a line the rules removed that scores below this is the article


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The shipped model, or None when none is shipped (the rules alone then decide)."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE}: features differ from linemodel.FEATURES; refit it")
    return Model(
        weights=tuple(data["weights"]),
        bias=data["bias"],
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        threshold=data["threshold"],
        restore_below=data["restore_below"],
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(arabic.canonical(text))


def _content(text: str) -> set[str]:
    """Folded content words with a glued article or conjunction dropped ("والقوات")."""
    words = set()
    for word in _words(arabic.fold(text)):
        for prefix in ("وال", "بال", "لل", "ال", "و"):
            if word.startswith(prefix) and len(word) - len(prefix) >= CONTENT_WORD_MIN:
                word = word[len(prefix) :]
                break
        if len(word) >= CONTENT_WORD_MIN and not word.isdigit():
            words.add(word)
    return words


def _share(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def features(
    texts: Sequence[str], removed: Sequence[bool], headline: int | None
) -> list[list[float]]:
    """One row of ``FEATURES`` per non-blank line of a page (``texts`` in page order),
    given which lines the rules removed and the index of the headline line."""
    counts = [len(_words(t)) for t in texts]
    kept = [i for i, gone in enumerate(removed) if not gone and i != headline]
    body = [i for i in kept if counts[i] >= PARAGRAPH_WORDS]
    first, last = (body[0], body[-1]) if body else (-1, len(texts))
    contents = [_content(t) for t in texts]
    head = contents[headline] if headline is not None else set()
    return [
        _row(i, texts, counts, removed, contents, kept, head, first, last, headline)
        for i in range(len(texts))
    ]


def _row(
    i: int, texts: Sequence[str], counts: list[int], removed: Sequence[bool],
    contents: list[set[str]], kept: list[int], head: set[str], first: int, last: int,
    headline: int | None,
) -> list[float]:  # fmt: skip
    text, count, n = texts[i].strip(), counts[i], len(texts)
    words = _words(text)
    around = [j for j in range(i - NEIGHBOURS, i + NEIGHBOURS + 1) if j != i and 0 <= j < n]
    rest: set[str] = set().union(*(contents[j] for j in kept if j != i))
    overlap = _share(contents[i], rest)
    # A headline's shape: a few words and no full stop. One that shares no word with the
    # article is another story's (a ticker, a list of links), wherever it stands.
    headline_like = SHORT_WORDS <= count <= HEADLINE_MAX_WORDS and not _SENTENCE_STOP.search(text)
    return [
        float(removed[i]),
        float(i > 0 and removed[i - 1]),
        float(i + 1 < n and removed[i + 1]),
        float(i == headline),
        math.log1p(count),
        float(count < SHORT_WORDS),
        float(bool(_SENTENCE_STOP.search(text))),
        float(bool(_PUNCTUATION.search(text[:-1]))),
        float(text.endswith(("...", "…"))),
        float(text.endswith((":", "："))),
        sum(w.isdigit() for w in words) / count if count else 0.0,
        sum(not arabic.has_arabic(w) and not w.isdigit() for w in words) / count if count else 0.0,
        float(i == 0),
        float(i == n - 1),
        float(i < first),
        float(i > last),
        sum(counts[j] < SHORT_WORDS for j in around) / (2 * NEIGHBOURS),
        overlap,
        _share(contents[i], head) if i != headline else 0.0,
        float(count >= PARAGRAPH_WORDS),
        float(headline_like),
        float(headline_like) * (1.0 - overlap),
    ]


def probability(model: Model, row: Sequence[float]) -> float:
    z = model.bias + sum(
        w * (x - m) / s
        for w, x, m, s in zip(model.weights, row, model.mean, model.scale, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
