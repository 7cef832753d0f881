"""Candidate grouping signals about how reports of one happening are written, measured on
the TUNING half and every part of the SPENT grouping sets (never the test half).

    python eval/group_signals.py > benchmarks/logs/group_signals_s20.log

Computed from the profiles grouping already makes, whether or not ``events.FEATURES``
carries them, on every pair grouping compares (``group_counts.compared``: any pair with an
undated report, dated reports within a week):

- ``text``: the shipped whole-text TF-IDF cosine (the baseline);
- ``lead_text``: the same cosine over the leads only (headline and first paragraph,
  context sentences left out), single words and word pairs;
- ``lead_rare``: the IDF-weighted share of the rarer lead's rare words (reference document
  frequency under ``RARE_SHARE`` of the reference documents) that the other lead also uses:
  names the glossary lacks ("تقسيم", "الاستقلال") count as any rare word does;
- ``lead_place``: 1 when both leads name one place after a place noun, city nouns included
  (``Profile.places``; the shipped ``place_shared`` leaves cities out);
- ``weekday_same``: 1 when both reports are undated and their leads name a weekday in common;
- ``weekday_apart``: 1 when both reports are undated and every weekday one lead names is two
  or more days from every weekday the other names (evidence against, as named days are);
- ``speaker_differ``: 1 when both leads quote someone and no speaker is shared (evidence
  against: statements of two bodies).

Per source and pooled over all sources: ROC AUC of each signal (pairs of one happening
against pairs of two), and how many of the shipped grouping's missed pairs and false pairs
it would move: a missed pair whose signal reaches the ``MOVE_QUANTILE`` quantile of the
source pool's pairs of two happenings, a false pair whose signal is at or under the
``1 - MOVE_QUANTILE`` quantile of the pairs of one happening (reversed for evidence against).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence

import group_causes as gc
import group_counts as gcount

from generator import arabic, glossary
from generator.analyse import entities, events, quotes, similarity, speakers
from generator.glossary import Entry

RARE_SHARE = 0.05  # a word in under 5% of the reference documents is rare
MOVE_QUANTILE = 0.9
HARD_TEXT = 0.08  # under it no missed pair lies but few (group_causes_s20.log)
Signal = Callable[[events.Profile, events.Profile], float]


def lead_sentences(p: events.Profile) -> list[str]:
    """Headline and first paragraph, context sentences ("وكان ... قد") left out."""
    return [
        s.ar
        for s in p.article.article.sentences
        if s.paragraph <= events.LEAD_LAST_PARAGRAPH
        and not events._CONTEXT.match(arabic.fold(s.ar))
    ]


def lead_terms(p: events.Profile) -> list[str]:
    found: list[str] = []
    for text in lead_sentences(p):
        words = similarity.terms(text)
        found += words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return found


def weekdays_apart(a: events.Profile, b: events.Profile) -> bool:
    """Both undated and every weekday one lead names is DAYS_APART_NEVER_JOIN or more days
    from every weekday the other names (either way round the week)."""
    if a.start is not None or b.start is not None or not (a.weekdays and b.weekdays):
        return False
    return all(
        min((x - y) % 7, (y - x) % 7) >= events.DAYS_APART_NEVER_JOIN
        for x in a.weekdays
        for y in b.weekdays
    )


class Signals:
    """Every candidate signal for the profiles of one source."""

    def __init__(self, profiles: Sequence[events.Profile], names: Mapping[str, Entry]) -> None:
        reference = similarity.reference()
        self.df, self.total = reference.terms, reference.documents
        self.scorer = events.Scorer(profiles, {e.id: e.type for e in names.values()})
        leads = {p.id: lead_terms(p) for p in profiles}
        self.lead_vectors = {k: similarity.vector(v, self.df, self.total) for k, v in leads.items()}
        self.rare = {
            k: {t for t in v if " " not in t and self.is_rare(t)} for k, v in leads.items()
        }
        recogniser = entities.build_recogniser(names.values())
        self.speakers = {p.id: self.lead_speakers(p, recogniser, names) for p in profiles}

    def is_rare(self, term: str) -> bool:
        return self.df.get(term, 0) < RARE_SHARE * self.total

    def weight(self, terms: set[str]) -> float:
        return sum(similarity.idf(t, self.df, self.total) for t in terms)

    @staticmethod
    def lead_speakers(
        p: events.Profile, recogniser: entities.Recogniser, names: Mapping[str, Entry]
    ) -> frozenset[str]:
        article = p.article.article
        found = quotes.find_quotes(article, recogniser, names)
        found = speakers.name_unlisted(article, found, recogniser, names)
        lead = {s.id for s in article.sentences if s.paragraph <= events.LEAD_LAST_PARAGRAPH}
        return frozenset(
            who for q in found if q.sentence in lead and (who := q.speaker or q.source)
        )

    def all(self) -> dict[str, Signal]:
        return {
            "text": lambda a, b: self.scorer.features(a, b)["text"],
            "lead_text": lambda a, b: similarity.cosine(
                self.lead_vectors[a.id], self.lead_vectors[b.id]
            ),
            "lead_rare": self.lead_rare,
            "lead_place": lambda a, b: float(bool(a.places & b.places)),
            "weekday_same": lambda a, b: float(
                a.start is None and b.start is None and bool(a.weekdays & b.weekdays)
            ),
            "weekday_apart": lambda a, b: float(weekdays_apart(a, b)),
            "speaker_differ": lambda a, b: float(
                bool(self.speakers[a.id] and self.speakers[b.id])
                and self.speakers[a.id].isdisjoint(self.speakers[b.id])
            ),
        }

    def lead_rare(self, a: events.Profile, b: events.Profile) -> float:
        ra, rb = self.rare[a.id], self.rare[b.id]
        smaller = min(self.weight(ra), self.weight(rb))
        return self.weight(ra & rb) / smaller if smaller else 0.0


AGAINST = frozenset({"speaker_differ", "weekday_apart"})  # evidence that a pair is two happenings


def auc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """Probability that a pair of one happening scores above a pair of two (ties: half)."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)] if ordered else 0.0


Row = tuple[str, bool, str, dict[str, float], str]  # source, same, shipped state, values, ids


def rows_of(
    tag: str,
    profiles: Sequence[events.Profile],
    gold: Mapping[str, str],
    names: Mapping[str, Entry],
) -> Iterator[Row]:
    types = {e.id: e.type for e in names.values()}
    found = gc.predicted(profiles, types)
    signals = Signals(profiles, names).all()
    for a, b in gcount.compared(profiles):
        same, together = gold[a.id] == gold[b.id], found[a.id] == found[b.id]
        state = "false" if together and not same else "missed" if same and not together else "-"
        values = {name: s(a, b) for name, s in signals.items()}
        values["undated"] = float(a.start is None or b.start is None)
        yield tag, same, state, values, f"{a.id}-{b.id}"


def report(tag: str, rows: Sequence[Row]) -> None:
    ones = [r for r in rows if r[1]]
    twos = [r for r in rows if not r[1]]
    missed = [r for r in rows if r[2] == "missed"]
    false = [r for r in rows if r[2] == "false"]
    print(
        f"{tag:<15} {len(rows)} pairs ({len(ones)} of one happening); shipped: "
        f"{len(missed)} missed, {len(false)} false"
    )
    for name in [n for n in rows[0][3] if n != "undated"] if rows else ():
        pos, neg = [r[3][name] for r in ones], [r[3][name] for r in twos]
        if name in AGAINST:
            moved_miss = sum(r[3][name] == 0 for r in missed)
            moved_false = sum(r[3][name] > 0 for r in false)
            print(
                f"    {name:<15} AUC={auc(neg, pos):.3f} (against) fires on "
                f"{sum(map(bool, pos))} of one / {sum(map(bool, neg))} of two; "
                f"false pairs it fires on {moved_false}/{len(false)}, "
                f"missed pairs it spares {moved_miss}/{len(missed)}"
            )
            continue
        high, low = quantile(neg, MOVE_QUANTILE), quantile(pos, 1 - MOVE_QUANTILE)
        moved_miss = sum(r[3][name] >= high and r[3][name] > 0 for r in missed)
        moved_false = sum(r[3][name] <= low for r in false)
        print(
            f"    {name:<15} AUC={auc(pos, neg):.3f} fires on {sum(map(bool, pos))} of one / "
            f"{sum(map(bool, neg))} of two; missed pairs >= q{MOVE_QUANTILE:.1f} of two "
            f"({high:.3f}): {moved_miss}/{len(missed)}; false pairs <= "
            f"q{1 - MOVE_QUANTILE:.1f} of one ({low:.3f}): {moved_false}/{len(false)}"
        )


def main() -> None:
    names = glossary.load(gcount.ROOT / "seeds")
    pooled: list[Row] = []
    for tag, (profiles, gold) in gcount.worlds(names):
        rows = list(rows_of(tag, profiles, gold, names))
        report(tag, rows)
        pooled += rows
    report("spent pooled", [r for r in pooled if r[0] != "tune"])
    report("all pooled", pooled)
    print(f"\nhard pairs only (an undated report, text >= {HARD_TEXT}): where misses lie")
    hard = [r for r in pooled if r[3]["undated"] and r[3]["text"] >= HARD_TEXT]
    report("tune hard", [r for r in hard if r[0] == "tune"])
    report("spent hard", [r for r in hard if r[0] != "tune"])
    print("\nmissed and false pairs with every signal:")
    for r in pooled:
        if r[2] != "-":
            print(
                f"  {r[0]:<15} {r[4]:<8} {r[2]:<6} "
                + " ".join(f"{k}={v:.2f}" for k, v in r[3].items())
            )


if __name__ == "__main__":
    main()
