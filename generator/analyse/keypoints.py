"""Key points: 3–7 source sentences that carry an event, chosen across all its sources.

Extractive by design: a key point is a source sentence (shown with its translation),
never generated prose. Candidates are scored by centrality (TF-IDF similarity to the rest
of the event's sentences, as in degree-centrality TextRank) with a mild bonus for the
lead, where news puts what happened; the first point is always one of the reports' lead
sentences; Maximal Marginal Relevance then picks central but non-redundant sentences.
A point that other sources also report cites each of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.analyse import similarity
from generator.model import Citation, KeyPoint, Sentence, TranslatedArticle

MIN_POINTS, MAX_POINTS = 3, 7
MIN_WORDS = 6  # shorter sentences are crossheads or fragments
LAMBDA = 0.7  # MMR: weight of centrality against redundancy
SAME_POINT = 0.35  # similarity at which another source's sentence reports the same thing
# News puts what happened first: paragraph n gets LEAD_BONUS / (1 + LEAD_DECAY * (n - 1)).
LEAD_BONUS = 0.3
LEAD_DECAY = 0.5


@dataclass(frozen=True)
class _Candidate:
    article: TranslatedArticle
    sentence: Sentence
    vector: similarity.Vector


def _candidates(articles: Sequence[TranslatedArticle], skip: frozenset[str]) -> list[_Candidate]:
    pool = [
        (item, s)
        for item in articles
        for p in item.article.paragraphs[1:]  # the headline is the page title already
        if not p.is_heading
        for s in p.sentences
        if len(s.ar.split()) >= MIN_WORDS and s.id not in skip
    ]
    docs = [similarity.terms(s.ar) for _, s in pool]
    frequencies, total = similarity.document_frequencies(docs)
    return [
        _Candidate(item, s, similarity.vector(doc, frequencies, total))
        for (item, s), doc in zip(pool, docs, strict=True)
    ]


def select(
    articles: Sequence[TranslatedArticle], *, background: frozenset[str] = frozenset()
) -> list[KeyPoint]:
    """Key points for one event; ``background`` lists sentence ids to leave out."""
    candidates = _candidates(articles, background)
    if not candidates:
        return []
    count = len(candidates)
    relevance = _relevance(candidates)
    wanted = max(MIN_POINTS, min(MAX_POINTS, 2 + 2 * len(articles)))

    chosen: list[int] = []
    remaining = set(range(count))
    redundancy = [0.0] * count  # highest similarity to any chosen point
    # The briefing opens with what happened: the most relevant of the reports' leads.
    leads = {
        i for i, c in enumerate(candidates) if (c.sentence.paragraph, c.sentence.index) == (1, 1)
    }
    while remaining and len(chosen) < wanted:
        # Candidates are in reading order, so ties go to the earlier sentence.
        pool = sorted(remaining & leads) if not chosen and leads else sorted(remaining)
        best = max(pool, key=lambda i: LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy[i])
        chosen.append(best)
        remaining.discard(best)
        # Sentences saying the same thing become citations of this point, not new points.
        remaining -= {j for j in remaining if _same_point(candidates[best], candidates[j])}
        for j in remaining:
            similar = similarity.cosine(candidates[best].vector, candidates[j].vector)
            redundancy[j] = max(redundancy[j], similar)

    by_article: dict[str, list[_Candidate]] = {}
    for c in candidates:
        by_article.setdefault(c.article.id, []).append(c)
    return [_point(candidates[i], by_article) for i in chosen]


def _relevance(candidates: Sequence[_Candidate]) -> list[float]:
    """Centrality (mean similarity to the other candidates, scaled to at most 1) plus the
    lead bonus."""
    # Mean similarity in linear time: vectors are unit length, so the sum of cosines with
    # every other vector is the cosine with their sum, less the self-term.
    total: dict[str, float] = {}
    for c in candidates:
        for term, weight in c.vector.items():
            total[term] = total.get(term, 0.0) + weight
    centrality = [
        (similarity.cosine(c.vector, total) - similarity.cosine(c.vector, c.vector))
        / len(candidates)
        for c in candidates
    ]
    top = max(centrality) or 1.0
    return [
        centrality[i] / top + LEAD_BONUS / (1 + LEAD_DECAY * (c.sentence.paragraph - 1))
        for i, c in enumerate(candidates)
    ]


def _same_point(a: _Candidate, b: _Candidate) -> bool:
    return similarity.cosine(a.vector, b.vector) >= SAME_POINT


def _point(main: _Candidate, by_article: dict[str, list[_Candidate]]) -> KeyPoint:
    citations = [Citation(main.article.id, main.sentence.id)]
    for item in sorted(set(by_article) - {main.article.id}):
        same = [c for c in by_article[item] if _same_point(main, c)]
        if same:
            best = max(same, key=lambda c: similarity.cosine(main.vector, c.vector))
            citations.append(Citation(item, best.sentence.id))
    return KeyPoint(article=main.article.id, sentence=main.sentence.id, citations=tuple(citations))
