"""Key points: 3–7 source sentences that carry an event, chosen across all its sources.

Extractive by design: a key point is a source sentence (shown with its translation),
never generated prose. Candidates are scored by centrality (TF-IDF similarity to the rest
of the event's sentences, as in degree-centrality TextRank) with a mild bonus for the
lead, where news puts what happened; the first point is always one of the reports' lead
sentences; Maximal Marginal Relevance then picks central but non-redundant sentences.
A point that other sources also report cites each of them.

Several outlets tell one fact in their own words, and inside an event its words are common,
so TF-IDF rates two tellings of the core fact as unlike. A sentence is also redundant when
most of its content stems are already in the points chosen: it adds no fact and is left out,
so an event whose reports say the same thing gets fewer points. Background (a sentence
opening "وكان ... قد", "يذكر أن", "في وقت سابق", or dating only days before the event) is
the reader's context, not the news: it ranks lower.

Shared stems miss a restatement in other words ("قتل 5 عناصر من قسد بهجوم" / "لقي خمسة
مقاتلين من قوات سوريا الديمقراطية حتفهم"): what two tellings of one fact share is its rare
words, the names of who and where, and the kind of act. A sentence that shares most of a
chosen point's rare words (``restates``) is left out too, unless it adds a fact: a figure no
chosen point gives (in digits or words) or a particular glossary name none names (a village,
a person; not Syria or the SDF).

A key point is a sentence of a report's prose. A line shaped like a headline (one
sentence, no final stop, a headline's length) that stands outside the run of prose, above
the first paragraph that ends with a stop or below the last, is another story's headline,
a caption or a tag list that cleaning kept: never a key point, and never the report's lead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator import arabic, segment
from generator.analyse import events, figures, similarity
from generator.analyse.dates import DateMention
from generator.model import Article, Citation, KeyPoint, Sentence, TranslatedArticle

MIN_POINTS, MAX_POINTS = 3, 7
MIN_WORDS = 6  # shorter sentences are crossheads or fragments
LAMBDA = 0.7  # MMR: weight of centrality against redundancy
SAME_POINT = 0.35  # similarity at which another source's sentence reports the same thing
# News puts what happened first: paragraph n gets LEAD_BONUS / (1 + LEAD_DECAY * (n - 1)).
LEAD_BONUS = 0.3
LEAD_DECAY = 0.5
# At most this many words, one sentence and no final stop: a headline's shape, not prose's.
HEADLINE_SHAPED_WORDS = 15
_CLOSERS = "\"“”»)'’"  # a stop may sit inside a closing quotation mark or bracket
# A sentence with under this share of its content stems new to the chosen points restates
# them (eval/keypoint_quality.py: on tune half a, 7 of the 10 points under 0.45 repeat an
# earlier one, a quotation two outlets carry, "two patrols left Rmelan" after "patrols
# resumed"; benchmarks/logs/keypoint_quality_before_s20.log).
MIN_NOVELTY = 0.45
_NUMBER = re.compile(r"\d+")  # a figure no chosen point gives is a new fact, however worded
# Taken off a background sentence's relevance: as much as a lead paragraph's bonus, so it
# is chosen only when nothing newer is as central.
BACKGROUND_PENALTY = 0.3
# Restatements in other words (eval/keypoint_restatements.py; read pairs and precision in
# benchmarks/logs/keypoint_restatements_s21.log). A stem in under RARE_SHARE of the fixed
# reference documents is rare, as grouping's lead_rare has it: names, places, the act's own
# words ("مطشر", "الباغوز", "الدستوري"), not "قوات" or "سوريا". A later point restates an
# earlier one when the rare stems they share hold RESTATED_SHARE of the lighter one's rare
# weight (IDF) and number RESTATED_RARE, or RESTATED_RARE_SAME_ACT when both name the same
# kind of act ("توقفت" / "أوقفت": a halt, with "آرام حنا" shared).
RARE_SHARE = 0.05
RESTATED_SHARE = 0.35
RESTATED_RARE = 3
RESTATED_RARE_SAME_ACT = 2
# Openings that set a sentence in the past or beside the news (folded, after و or ف): the
# pluperfect frame ("وكان ... قد أعلن", "وكانت مصادر أفادت", "كان من المقرر"), "يذكر أن",
# "يشار إلى", "تجدر الإشارة", "سبق أن", "في وقت سابق".
_BACKGROUND_OPENING = re.compile(
    r"[وف]?(?:كان|كانت|كانوا|يذكر ان|يشار|تجدر الاشاره|سبق ان|وسبق|في وقت سابق)(?!\w)"
)


@dataclass(frozen=True)
class Telling:
    """What two tellings of one fact share however worded: rare stems and kinds of act."""

    rare: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, stems: Iterable[str]) -> Telling:
        return cls(rare_stems(stems), acts(text))


def rare_stems(stems: Iterable[str]) -> frozenset[str]:
    reference = similarity.reference()
    return frozenset(
        t for t in stems if reference.terms.get(t, 0) < RARE_SHARE * reference.documents
    )


def rare_name(entity: str) -> bool:
    """A glossary entity in under RARE_SHARE of the reference documents (or none: added to
    the glossary since) names something particular, a village or a person; "Syria", the
    SDF or Deir ez-Zor name the whole story and tell no new fact."""
    reference = similarity.reference()
    return reference.entities.get(entity, 0) < RARE_SHARE * reference.documents


def _weight(terms: Iterable[str]) -> float:
    reference = similarity.reference()
    return sum(similarity.idf(t, reference.terms, reference.documents) for t in terms)


def acts(text: str) -> frozenset[str]:
    """The kinds of act a sentence names, as grouping reads a lead ("halt", "strike")."""
    folded = arabic.fold(text)
    return frozenset(kind for kind, pattern in events._KIND.items() if pattern.search(folded))


def restates(first: Telling, second: Telling) -> bool:
    """Whether two sentences tell one fact in other words: they share RESTATED_RARE rare
    stems (RESTATED_RARE_SAME_ACT when they name the same kind of act), holding at least
    RESTATED_SHARE of the lighter one's rare weight."""
    shared = first.rare & second.rare
    needed = RESTATED_RARE_SAME_ACT if first.acts & second.acts else RESTATED_RARE
    if len(shared) < needed:
        return False
    lighter = min(_weight(first.rare), _weight(second.rare))
    return _weight(shared) >= RESTATED_SHARE * lighter


def adds_fact(
    values: frozenset[float], names: frozenset[str], given: set[float], named: set[str]
) -> bool:
    """A figure no chosen point gives, or a glossary name none names, is a new fact."""
    return bool(values - given or names - named)


@dataclass(frozen=True)
class _Candidate:
    article: TranslatedArticle
    sentence: Sentence
    vector: similarity.Vector
    stems: frozenset[str]
    numbers: frozenset[str]
    # A stray line counts in the event's centrality, as before, but is never chosen or cited.
    eligible: bool = True
    background: bool = False
    telling: Telling = Telling()
    values: frozenset[float] = frozenset()  # figures, in digits or words
    names: frozenset[str] = frozenset()  # rare glossary entities it names (``rare_name``)


def _ends_with_stop(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in segment.TERMINATORS


def stray_paragraphs(article: Article) -> frozenset[int]:
    """Body paragraphs shaped like a headline that stand outside the report's run of prose
    (before its first paragraph ending with a stop, or after its last); none when no
    paragraph ends with one (an outlet that writes without stops)."""
    body = article.paragraphs[1:]
    prose = [p.index for p in body if p.sentences and _ends_with_stop(p.sentences[-1].ar)]
    if not prose:
        return frozenset()
    return frozenset(
        p.index
        for p in body
        if (p.index < prose[0] or p.index > prose[-1])
        and len(p.sentences) == 1
        and len(p.sentences[0].ar.split()) <= HEADLINE_SHAPED_WORDS
    )


def _lead(article: Article, stray: frozenset[int]) -> tuple[int, int] | None:
    """The report's lead sentence: the first sentence of a key point's length in its first
    body paragraph that is no stray line and no crosshead ("تخطيط مسبق:" above the lead,
    "سجن غويران.." opening it)."""
    for p in article.paragraphs[1:]:
        if p.index in stray or p.is_heading:
            continue
        for s in p.sentences:
            if len(s.ar.split()) >= MIN_WORDS:
                return p.index, s.index
    return None


def background_opening(text: str) -> bool:
    return _BACKGROUND_OPENING.match(arabic.fold(text)) is not None


def earlier_sentences(
    article: Article, mentions: Mapping[str, Sequence[DateMention]], start: dt.date | None
) -> frozenset[str]:
    """Sentences every date of which ends before the event's first day or is background:
    they tell what came before ("أعلنت قسد يوم الخميس الماضي مقتل خمسة")."""
    if start is None:
        return frozenset()
    return frozenset(
        s.id
        for s in article.sentences
        if mentions.get(s.id) and all(m.background or m.last < start for m in mentions[s.id])
    )


def _candidates(
    articles: Sequence[TranslatedArticle],
    skip: frozenset[str],
    earlier: frozenset[str],
    names: Mapping[str, Iterable[str]],
) -> tuple[list[_Candidate], set[str]]:
    """The candidates in reading order, and the ids of the reports' lead sentences."""
    pool: list[tuple[TranslatedArticle, Sentence, bool]] = []
    leads: set[str] = set()
    for item in articles:
        stray = stray_paragraphs(item.article)
        lead = _lead(item.article, stray)
        for p in item.article.paragraphs[1:]:  # the headline is the page title already
            if p.is_heading:
                continue
            for s in p.sentences:
                if len(s.ar.split()) >= MIN_WORDS and s.id not in skip:
                    pool.append((item, s, p.index not in stray))
                    if (p.index, s.index) == lead:
                        leads.add(s.id)
    docs = [similarity.terms(s.ar) for _, s, _ in pool]
    frequencies, total = similarity.document_frequencies(docs)
    candidates = [
        _Candidate(
            item,
            s,
            similarity.vector(doc, frequencies, total),
            frozenset(doc),
            frozenset(_NUMBER.findall(arabic.ascii_digits(s.ar))),
            eligible,
            # a lead tells the report's news; a date before the event's day there is more
            # likely the dating's error than background
            background_opening(s.ar) or (s.id in earlier and s.id not in leads),
            Telling.of(s.ar, doc),
            figures.values(s.ar),
            frozenset(e for e in names.get(s.id, ()) if rare_name(e)),
        )
        for (item, s, eligible), doc in zip(pool, docs, strict=True)
    ]
    return candidates, leads


def select(
    articles: Sequence[TranslatedArticle],
    *,
    background: frozenset[str] = frozenset(),
    earlier: frozenset[str] = frozenset(),
    names: Mapping[str, Iterable[str]] | None = None,
) -> list[KeyPoint]:
    """Key points for one event; ``background`` lists sentence ids to leave out, ``earlier``
    those that rank lower for dating only before the event (``earlier_sentences``),
    ``names`` the glossary entities each sentence names (a new one is a new fact)."""
    candidates, lead_ids = _candidates(articles, background, earlier, names or {})
    if not candidates:
        return []
    count = len(candidates)
    relevance = _relevance(candidates)
    wanted = max(MIN_POINTS, min(MAX_POINTS, 2 + 2 * len(articles)))

    chosen: list[int] = []
    remaining = {i for i, c in enumerate(candidates) if c.eligible}
    redundancy = [0.0] * count  # highest similarity to any chosen point
    covered: set[str] = set()  # content stems of the chosen points
    figures: set[str] = set()  # and their numbers
    given: set[float] = set()  # their figures in digits or words
    named: set[str] = set()  # and the glossary entities they name
    # The briefing opens with what happened: the most relevant of the reports' leads.
    leads = {i for i, c in enumerate(candidates) if c.sentence.id in lead_ids}
    while remaining and len(chosen) < wanted:
        # Candidates are in reading order, so ties go to the earlier sentence.
        pool = sorted(remaining & leads) if not chosen and leads else sorted(remaining)
        best = max(pool, key=lambda i: LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy[i])
        chosen.append(best)
        remaining.discard(best)
        # Sentences saying the same thing become citations of this point, not new points.
        remaining -= {j for j in remaining if _same_point(candidates[best], candidates[j])}
        covered |= candidates[best].stems
        figures |= candidates[best].numbers
        remaining -= {j for j in remaining if _repeats(candidates[j], covered, figures)}
        given |= candidates[best].values
        named |= candidates[best].names
        told = [candidates[i].telling for i in chosen]
        remaining -= {j for j in remaining if _retold(candidates[j], told, given, named)}
        for j in remaining:
            similar = similarity.cosine(candidates[best].vector, candidates[j].vector)
            redundancy[j] = max(redundancy[j], similar)

    by_article: dict[str, list[_Candidate]] = {}
    for c in candidates:
        if c.eligible:
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
        centrality[i] / top
        + LEAD_BONUS / (1 + LEAD_DECAY * (c.sentence.paragraph - 1))
        - (BACKGROUND_PENALTY if c.background else 0.0)
        for i, c in enumerate(candidates)
    ]


def _repeats(candidate: _Candidate, covered: set[str], figures: set[str]) -> bool:
    """Whether under MIN_NOVELTY of the candidate's content stems are new to the chosen
    points and it gives no number they do not."""
    if not candidate.stems or candidate.numbers - figures:
        return False
    return len(candidate.stems - covered) / len(candidate.stems) < MIN_NOVELTY


def _retold(candidate: _Candidate, told: list[Telling], given: set[float], named: set[str]) -> bool:
    """Whether the candidate restates a chosen point in other words and adds no fact."""
    if adds_fact(candidate.values, candidate.names, given, named):
        return False
    return any(restates(t, candidate.telling) for t in told)


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
