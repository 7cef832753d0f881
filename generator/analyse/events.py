"""Group articles into events by content AND time.

Front matter ``event:`` wins. Other articles are taken in date order and join the most
similar event whose dates lie within ``WINDOW_DAYS`` of theirs, if the similarity is high
enough; otherwise they start a new event. Similarity combines what the articles say
(TF-IDF cosine of content words), who and where they name (IDF-weighted shared glossary
entities) and shared quotations. An undated article joins an event only on strong
evidence. Each article is compared only with the events active around its date, never
with the whole corpus, so grouping stays linear in the number of articles.

Event ids are stable: a manual ``event:`` id, otherwise the smallest article id in the
event, which later (higher-numbered) articles never displace.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from generator import arabic
from generator.analyse import similarity
from generator.analyse.dates import DateMention
from generator.model import Article, Sentence, TranslatedArticle

WINDOW_DAYS = 7  # gap allowed between an article's dates and an event's
# Reports of one happening may name days one apart (the eve of an operation, "today" in
# one time zone and "yesterday" in another), never more.
DAY_TOLERANCE = 1
MAX_EVENT_DAYS = 31  # an event never spans more than this: later reports are a new event
# Similarity needed to join: reports a day apart need less than reports a week apart.


@dataclass(frozen=True)
class JoinScores:
    """Similarity an article needs to join an event. Fitted on the tuning half of the
    labelled corpus by eval/fit_grouping.py (see BENCHMARKS.md), never on the test half."""

    same_days: float  # dates overlap or touch (within a day)
    week: float  # up to WINDOW_DAYS apart
    undated: float = 0.30  # an undated article, with any event naming the same entity


JOIN_SCORES = JoinScores(same_days=0.12, week=0.50, undated=0.18)
# People and operations say more about which event an article reports than the recurring
# organisations (SDF, coalition, ISIS) every article in this field names.
ENTITY_TYPE_WEIGHT = {"person": 2.0, "operation": 2.0, "place": 1.0, "organisation": 0.5}


@dataclass(frozen=True)
class Weights:
    """How a pair's evidence adds up. ``text`` x content cosine + ``names`` x shared-entity
    share, plus a bonus for each further sign of one happening (same quoted words, same
    village or camp, same count of people) and a penalty when the two leads name different
    kinds of act (a capture, a ceasefire). Fitted with the join scores on the tuning half
    by eval/fit_grouping.py."""

    text: float = 0.6
    names: float = 0.4
    quote: float = 0.25
    place: float = 0.0
    count: float = 0.0
    kind: float = 0.0

    @property
    def values(self) -> tuple[float, ...]:
        return dataclasses.astuple(self)


WEIGHTS = Weights()
MIN_SHARED_ENTITIES = 2  # fewer count only when one is a person or an operation
SPECIFIC_ENTITY_TYPES = frozenset({"person", "operation"})
Evidence = Literal["explicit", "relative", "published"]  # what dates a report
_QUOTE = re.compile(r"[\"“”«»]([^\"“”«»]{20,}?)[\"“”«»]")
_SHINGLE = 5


@dataclass(frozen=True)
class Profile:
    """What grouping needs to know about one article."""

    article: TranslatedArticle
    start: dt.date | None
    end: dt.date | None
    terms: tuple[str, ...]
    entities: frozenset[str]
    shingles: frozenset[tuple[str, ...]]  # word 5-grams of its quotations
    evidence: Evidence = "published"  # what dates it (a key of EVIDENCE_WEIGHT)
    lead: str = ""  # its headline and first sentence
    current: tuple[str, ...] = ()  # its sentences that are not background

    # Read only when their weight is not zero (fitting reads them all), once each.
    @functools.cached_property
    def kinds(self) -> frozenset[str]:
        """Kinds of act its lead names."""
        return similarity.event_kinds(self.lead)

    @functools.cached_property
    def places(self) -> frozenset[str]:
        """Villages, camps and installations it names."""
        return frozenset().union(*map(similarity.place_names, self.current))

    @functools.cached_property
    def counts(self) -> frozenset[int]:
        """Numbers of people it counts."""
        return frozenset().union(*map(similarity.people_counts, self.current))

    @property
    def id(self) -> str:
        return self.article.id


@dataclass
class _Cluster:
    members: list[Profile]
    manual_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    entities: Counter[str] = field(default_factory=Counter)
    shingles: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, profile: Profile) -> None:
        self.members.append(profile)
        self.entities.update(profile.entities)
        self.shingles |= profile.shingles
        if profile.start is not None and profile.end is not None:
            self.start = min(self.start or profile.start, profile.start)
            self.end = max(self.end or profile.end, profile.end)


def reported_span(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, dt.date] | None:
    """When what the article reports happened (see ``dated_span``), without the evidence."""
    dated = dated_span(article, mentions)
    return (dated[0], dated[1]) if dated else None


# How much a report's day counts towards its event's day: a day-of-month written in the
# text ("في 28 آذار") names the happening; "أمس", "اليوم الأحد" are read against the
# publication date, which may itself be a guess; a bare publication date says only when
# the report appeared, often a day after the happening.
EVIDENCE_WEIGHT: dict[Evidence, float] = {"explicit": 4.0, "relative": 3.0, "published": 1.0}


def _evidence(mention: DateMention) -> Evidence:
    return "explicit" if any(c.isdigit() for c in mention.text) else "relative"


def dated_span(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, dt.date, Evidence] | None:
    """When what the article reports happened, and what says so.

    The anchor is the first day-precise date, in reading order, that is not background
    and falls within a week before publication ("اليوم الأربعاء", "أمس", "مساء أمس");
    dates within a day of it extend the span. Older dates are background (the 2019
    offensive in a 2022 report). Without such a date, the publication date stands in.
    An undated article is dated only by a full date (day, month, year) in its lead.
    """
    published = article.meta.published
    if published is None:
        return _span_from_lead(article, mentions)
    recent = [
        m
        for sentence in article.sentences
        for m in mentions.get(sentence.id, ())
        if m.granularity == "day"
        and not m.background
        and published - dt.timedelta(days=WINDOW_DAYS) <= m.date <= published
    ]
    if not recent:
        return published, published, "published"
    anchor = recent[0].date
    near = [m.date for m in recent if 0 <= (m.date - anchor).days <= 1]
    return anchor, max(near), _evidence(recent[0])


LEAD_PARAGRAPHS = 3


def _span_from_lead(
    article: Article, mentions: Mapping[str, Sequence[DateMention]]
) -> tuple[dt.date, dt.date, Evidence] | None:
    full = [
        m.date
        for sentence in article.sentences
        if sentence.paragraph <= LEAD_PARAGRAPHS
        for m in mentions.get(sentence.id, ())
        if m.granularity == "day" and not m.relative and not m.background
    ]
    if not full:
        return None
    near = [d for d in full if abs((d - full[0]).days) <= 1]
    return min(near), max(near), "explicit"


def event_day(members: Iterable[Profile]) -> dt.date | None:
    """The day the happening took place: the day its reports support most, each report
    voting for its own day with the weight of its evidence (EVIDENCE_WEIGHT). Ties go to
    the day more reports were published on, then to the earlier day."""
    votes: dict[dt.date, float] = {}
    published: Counter[dt.date] = Counter()
    for m in members:
        if m.start is not None:
            votes[m.start] = votes.get(m.start, 0.0) + EVIDENCE_WEIGHT[m.evidence]
        if m.article.article.meta.published is not None:
            published[m.article.article.meta.published] += 1
    if not votes:
        return None
    return max(votes, key=lambda day: (votes[day], published[day], -day.toordinal()))


def _shingles(article: Article) -> frozenset[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for sentence in article.sentences:
        for quoted in _QUOTE.findall(sentence.ar):
            words = arabic.fold(quoted).split()
            grams.update(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))
    return frozenset(grams)


def background_sentences(
    article: Article, mentions: Mapping[str, Sequence[DateMention]], start: dt.date | None
) -> frozenset[str]:
    """Sentences about earlier happenings: every date they give is background or ends a
    week or more before ``start`` ("وكان أوستن قد أبلغ الأربعاء", "في 9 أكتوبر")."""
    if start is None:
        return frozenset()
    horizon = start - dt.timedelta(days=WINDOW_DAYS)
    return frozenset(
        s.id
        for s in article.sentences
        if mentions.get(s.id) and all(m.background or m.last < horizon for m in mentions[s.id])
    )


def profile(
    article: TranslatedArticle,
    mentions: Mapping[str, Sequence[DateMention]],
    sentence_entities: Mapping[str, Iterable[str]],
) -> Profile:
    """What grouping compares.

    Word pairs ("استئناف التعاون", "مكافحة الإرهاب") tell events apart far better than
    single words, which every report in this field shares. Background sentences give
    single words only, and no entities: two reports that recall the same earlier
    happening (a phone call two days before) are not thereby about the same event.
    """
    span = dated_span(article.article, mentions)
    background = background_sentences(article.article, mentions, span[0] if span else None)
    current = [s for s in article.article.sentences if s.id not in background]
    terms: list[str] = []
    for sentence in article.article.sentences:
        words = similarity.terms(sentence.ar)
        terms += words
        if sentence.id not in background:
            terms += [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return Profile(
        article=article,
        start=span[0] if span else None,
        end=span[1] if span else None,
        terms=tuple(terms),
        entities=frozenset(e for s in current for e in sentence_entities.get(s.id, ())),
        shingles=_shingles(article.article),
        evidence=span[2] if span else "published",
        lead=" ".join(s.ar for s in _lead(article.article)),
        current=tuple(s.ar for s in current),
    )


def _lead(article: Article) -> list[Sentence]:
    """The headline and the body's first sentence: what the report is about."""
    body = [s for s in article.sentences if s.paragraph > 0]
    return [s for s in article.sentences if s.paragraph == 0] + body[:1]


def _gap_days(p: Profile, cluster: _Cluster) -> int:
    """Days between the article's dates and the event's (0 when they overlap)."""
    assert p.start and p.end and cluster.start and cluster.end
    return max((p.start - cluster.end).days, (cluster.start - p.end).days, 0)


def _within_reach(p: Profile, cluster: _Cluster) -> bool:
    """Close enough in time to be one event (a manual event may lie on either side)."""
    if cluster.start is None or cluster.end is None:
        return False
    assert p.start and p.end
    span = (max(p.end, cluster.end) - min(p.start, cluster.start)).days
    return _gap_days(p, cluster) <= WINDOW_DAYS and span <= MAX_EVENT_DAYS


def _join_score(p: Profile, cluster: _Cluster, join: JoinScores) -> float:
    """The similarity needed for ``p`` to join ``cluster``: less when ``p``'s days touch
    the day the event's reports support (``event_day``). Not its whole span: a late
    report would stretch it day by day until the next happening of a crisis joined.

    Two reports that each write out their happening's date ("في 29 آب") and name days
    further apart than ``DAY_TOLERANCE`` report two happenings, however alike their
    words: they never join. Days read from "أمس" or a weekday only raise the score
    needed: a copy republished two days later still says "أمس", which then resolves
    to another day."""
    day = event_day(cluster.members)
    assert p.start and p.end and day
    gap = max((p.start - day).days, (day - p.end).days, 0)
    if gap <= DAY_TOLERANCE:
        return join.same_days
    written = any(m.start == day and m.evidence == "explicit" for m in cluster.members)
    return math.inf if written and p.evidence == "explicit" else join.week


@dataclass(frozen=True)
class Group:
    id: str
    members: tuple[Profile, ...]
    start: dt.date | None
    end: dt.date | None
    day: dt.date | None  # the day the happening took place (``event_day``)


class Scorer:
    """How alike an article is to an event (or to another article), from about -0.2 to 1.5.

    What the articles say (TF-IDF cosine), who and where they name (IDF-weighted shared
    glossary entities), a shared quotation, village or count, and whether their leads
    name the same kind of act, added up with ``weights``.
    """

    def __init__(
        self,
        profiles: Sequence[Profile],
        entity_types: Mapping[str, str],
        weights: Weights = WEIGHTS,
    ) -> None:
        # Frequencies of a fixed reference corpus, not of the articles at hand: adding
        # articles must never move the scores of others.
        reference = similarity.reference()
        self.frequencies, self.entity_df = reference.terms, reference.entities
        self.total = reference.documents
        self.entity_types = entity_types
        self.weights = weights
        self.vectors = {
            p.id: similarity.vector(p.terms, self.frequencies, self.total) for p in profiles
        }
        self._pairs: dict[tuple[str, ...], tuple[float, ...]] = {}

    def entity_weight(self, entity: str) -> float:
        kind = ENTITY_TYPE_WEIGHT.get(self.entity_types.get(entity, ""), 1.0)
        return kind * similarity.idf(entity, self.entity_df, self.total)

    def names(self, a: Profile, b: Profile) -> float:
        """Share of the two articles' entity weight that both name."""
        union, shared = a.entities | b.entities, a.entities & b.entities
        # One shared place or body is no evidence: most reports here name Hasakah and the
        # SDF. Two, or one person or operation, are.
        specific = any(self.entity_types.get(e) in SPECIFIC_ENTITY_TYPES for e in shared)
        if len(shared) < MIN_SHARED_ENTITIES and not specific:
            return 0.0
        weight = self.entity_weight
        return sum(map(weight, shared)) / (sum(map(weight, union)) or 1.0)

    def evidence(self, a: Profile, b: Profile) -> tuple[float, ...]:
        """The pair's evidence, in the order of ``Weights``' fields (kind: -1 when the two
        leads name different kinds of act). Computed once per pair; evidence whose weight
        is zero is not read."""
        w = self.weights
        read = (bool(w.place), bool(w.count), bool(w.kind))  # scorers may share the cache
        key = (*sorted((a.id, b.id)), *map(str, read))
        if key not in self._pairs:
            self._pairs[key] = (
                similarity.cosine(self.vectors[a.id], self.vectors[b.id]),
                self.names(a, b),
                float(bool(a.shingles & b.shingles)),
                float(bool(w.place and a.places & b.places)),
                float(bool(w.count and a.counts & b.counts)),
                -float(bool(w.kind and a.kinds and b.kinds and not a.kinds & b.kinds)),
            )
        return self._pairs[key]

    def pair(self, a: Profile, b: Profile) -> float:
        """How alike two articles are (symmetric)."""
        return sum(w * x for w, x in zip(self.weights.values, self.evidence(a, b), strict=True))

    def reweighted(self, weights: Weights) -> Scorer:
        """The same scorer with other weights, sharing what it has computed (fitting)."""
        other = copy.copy(self)
        other.weights = weights
        return other

    def score(self, p: Profile, cluster: _Cluster) -> float:
        """Average link: the mean of ``p``'s scores with the event's members. Unlike a
        centroid, an event that has grown by one report does not drift towards the next
        happening (fitted on the tuning half: pairwise F1 0.786 with a centroid, 0.880)."""
        return sum(self.pair(p, m) for m in cluster.members) / len(cluster.members)


def group(
    profiles: Sequence[Profile],
    entity_types: Mapping[str, str],
    join: JoinScores = JOIN_SCORES,
    weights: Weights = WEIGHTS,
    scorer: Scorer | None = None,
) -> list[Group]:
    """Events, newest first (undated last), members in date order.

    ``entity_types`` maps glossary ids to their type, which weighs shared entities;
    ``scorer``, when given (fitting), replaces the one built from them and ``weights``.
    Raises nothing: every article ends up in exactly one event.
    """
    if scorer is None:
        scorer = Scorer(profiles, entity_types, weights)
    clusters = _manual_clusters(profiles)
    automatic = [p for p in profiles if not p.article.article.meta.event]
    _place_dated([p for p in automatic if p.start], clusters, scorer, join)
    _place_undated([p for p in automatic if not p.start], clusters, scorer, join)
    return _ordered_groups(clusters)


def _manual_clusters(profiles: Sequence[Profile]) -> list[_Cluster]:
    """One event per ``event:`` id named in front matter, with its articles."""
    manual: dict[str, _Cluster] = {}
    for p in profiles:
        if event_id := p.article.article.meta.event:
            manual.setdefault(event_id, _Cluster(members=[], manual_id=event_id)).add(p)
    return list(manual.values())


def _new_cluster(p: Profile, clusters: list[_Cluster]) -> _Cluster:
    cluster = _Cluster(members=[])
    cluster.add(p)
    clusters.append(cluster)
    return cluster


def _place_dated(
    dated: Sequence[Profile], clusters: list[_Cluster], scorer: Scorer, join: JoinScores
) -> None:
    """In date order, each article joins the best event still active around its dates."""
    score = scorer.score
    active = [c for c in clusters if c.start]
    for p in sorted(dated, key=lambda p: (p.start, p.id)):
        assert p.start is not None
        horizon = p.start - dt.timedelta(days=WINDOW_DAYS)
        active = [c for c in active if c.end is None or c.end >= horizon]
        candidates = [c for c in active if _within_reach(p, c)]
        best = max(candidates, key=lambda c: (score(p, c), -len(c.members)), default=None)
        if best is not None and score(p, best) >= _join_score(p, best, join):
            best.add(p)
        else:
            active.append(_new_cluster(p, clusters))


def _place_undated(
    undated: Iterable[Profile], clusters: list[_Cluster], scorer: Scorer, join: JoinScores
) -> None:
    """Undated articles are compared only with events sharing an entity or a quotation."""
    for p in undated:
        related = [c for c in clusters if p.entities & set(c.entities) or p.shingles & c.shingles]
        best = max(related, key=lambda c: scorer.score(p, c), default=None)
        if best is not None and scorer.score(p, best) >= join.undated:
            best.add(p)
        else:
            _new_cluster(p, clusters)


def _ordered_groups(clusters: Iterable[_Cluster]) -> list[Group]:
    groups = [
        Group(
            id=c.manual_id or min(m.id for m in c.members),
            members=tuple(sorted(c.members, key=lambda m: (m.start or dt.date.max, m.id))),
            start=c.start,
            end=c.end,
            day=event_day(c.members),
        )
        for c in clusters
    ]
    groups.sort(key=lambda g: g.id)
    groups.sort(key=lambda g: g.end or dt.date.min, reverse=True)
    return [g for g in groups if g.start] + [g for g in groups if not g.start]
