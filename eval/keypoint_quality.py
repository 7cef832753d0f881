"""What a reader meets in the key points: near-duplicates, the lead fact, background, length.

    python eval/keypoint_quality.py [--sources tune groups ... heldout17 founding]
                                    [--hide a|b] [--examples] [--pairs]

Each source is analysed as a build would: the tuning half's reports together (the test half
is never loaded; each event counts in half ``a`` or ``b`` by its first report's labelled
event, ``corpus.tuning_half``), each part of a spent grouping set (``eval/dev/groups*.yaml``)
on its own, and each page of a spent cleaning set (``eval/dev/pages.yaml``, ``heldout*``) as
an event of one report (``founding``, named only: the five founding seeds, every point
printed). Per source it counts, over the events' key points:

- ``dup``: near-duplicate pairs of points, by the test of ``near_duplicate`` (content stems,
  ``similarity.terms``: Jaccard at least ``DUP_JACCARD``, or the smaller point's stems
  within the other's at least ``DUP_WITHIN``), and the events that have one;
- ``lead``: events whose first point is a lead sentence of one of their reports (the
  headline or a sentence of the first paragraph of prose: no crosshead, no stray line);
- ``bg``: points that read as background, by an opening marker (``BACKGROUND_MARKER``:
  "وكان ... قد", "يذكر أن", "وكانت", "في وقت سابق", "سبق أن") or a date (``bgdate``: every
  date the point gives ends before the event's first day, or context marks it background);
- ``short``: points under ``SHORT_WORDS`` words;
- ``restated``: pairs of points that tell one fact in other words (``restated``): the rare
  stems they share (under ``RARE_SHARE`` of the fixed reference documents hold the stem)
  number ``RESTATED_RARE`` (``RESTATED_RARE_SAME_ACT`` when both name the same kind of act,
  as grouping reads a lead: halt, strike, release...) and hold ``RESTATED_SHARE`` of the
  lighter point's rare IDF weight; ``restating`` counts the later points of such pairs that
  give no number the earlier points do not. Shared stems miss these: "قتل 5 عناصر من قسد"
  and "لقي خمسة مقاتلين من قوات سوريا الديمقراطية حتفهم" share few;
- ``points`` against ``distinct``: points, and the distinct facts among them: the first
  point and each later one that is no near-duplicate of an earlier point and has at least
  ``DUP_NOVELTY`` of its stems in no earlier point or a number none gives (``repeats``
  counts those that have neither),
  with the events' reports and the events that show a repeated fact (``excess_events``);
- ``chrome``: points from a labelled chrome line, where the set labels chrome.

Examples are printed for the tuning half only, never for the half ``--hide`` names (counts
only there): each near-duplicate pair with its scores, the pairs just under the thresholds
(so the test can be judged), first points that are not a lead, background and short points.
``--points`` prints the spent sets' chosen points too (``POINT`` lines, as tune's are with
``--examples``). ``--pairs`` prints every restated pair (``RESTATED``) and the pairs one
shared stem or ``NEAR_MISS`` of share short of it (``RESTATED~``) for every source but the
hidden half, so the test's precision can be read by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import clean_pages
import group_pages

from generator import analyse, arabic, build, glossary, translate
from generator.analyse import events, keypoints, similarity
from generator.evaluation import corpus, report
from generator.model import Article, Event, Sentence, TranslatedArticle
from generator.translate import tm

ROOT = Path(__file__).resolve().parent.parent
# Near-duplicates. Jaccard 0.5: half the two points' stems shared, two sentences telling one
# fact in other words ("أعلنت قسد استئناف عملياتها مع التحالف" / "قسد تستأنف العمليات
# المشتركة مع التحالف"); within 0.7: a short point whose stems are mostly inside a longer
# one, which restates it with a detail added. The log's examples just under each threshold
# show where two points start to tell two facts.
DUP_JACCARD = 0.5
DUP_WITHIN = 0.7
DUP_MIN_STEMS = 3  # fewer stems than this: too little to call anything a duplicate
# A point adds a fact when at least this share of its stems is in no earlier point: under it
# it restates them (on tune half a, 7 of the 10 points under 0.45 repeat an earlier one: a
# quotation two outlets carry, "two patrols left Rmelan" after "patrols resumed"; the log
# prints every point under NOVELTY_SHOWN so the line can be judged).
DUP_NOVELTY = 0.45
NOVELTY_SHOWN = 0.55
NEAR_MISS = 0.15  # pairs this far under a threshold are printed as borderline examples
SHORT_WORDS = 8
BACKGROUND_MARKER = re.compile(
    r"^[وف]?(?:كان\w? (?:\w+ ){0,3}قد|يذكر ان|وكانت|كانت|في وقت سابق|سبق ان|يشار الي ان)(?!\w)"
)
SHOWN_CHARS = 140
# Restatements in other words: a stem in under 5% of the reference documents is rare (as
# grouping's lead_rare); the thresholds were chosen by reading the pairs of tune half a and
# the spent grouping sets (benchmarks/logs/keypoint_restatements_s21.log).
RARE_SHARE = 0.05
RESTATED_SHARE = 0.35
RESTATED_RARE = 3
RESTATED_RARE_SAME_ACT = 2
SPENT_GROUPS = group_pages.SPENT_SETS
SPENT_CLEANING = clean_pages.SETS  # pages, heldout .. heldout19, all scored once already


NUMBER = re.compile(r"\d+")


@dataclasses.dataclass
class Point:
    sentence: Sentence
    article: Article
    stems: frozenset[str]

    @property
    def numbers(self) -> frozenset[str]:
        return frozenset(NUMBER.findall(arabic.ascii_digits(self.sentence.ar)))

    @property
    def rare(self) -> frozenset[str]:
        reference = similarity.reference()
        limit = RARE_SHARE * reference.documents
        return frozenset(t for t in self.stems if reference.terms.get(t, 0) < limit)

    @property
    def acts(self) -> frozenset[str]:
        folded = arabic.fold(self.sentence.ar)
        return frozenset(k for k, pattern in events._KIND.items() if pattern.search(folded))


@dataclasses.dataclass
class Tally:
    events: int = 0
    reports: int = 0
    points: int = 0
    distinct: int = 0
    repeats: int = 0
    excess_events: int = 0
    dup_pairs: int = 0
    dup_events: int = 0
    lead_first: int = 0
    with_points: int = 0
    marker: int = 0
    bgdate: int = 0
    short: int = 0
    restated: int = 0
    restating: int = 0
    chrome: int = 0
    chrome_known: bool = False

    def line(self, name: str) -> str:
        chrome = f" chrome={self.chrome}" if self.chrome_known else ""
        return (
            f"{name}: events={self.events} reports={self.reports} points={self.points} "
            f"distinct={self.distinct} repeats={self.repeats} "
            f"excess_events={self.excess_events} dup_pairs={self.dup_pairs} "
            f"dup_events={self.dup_events} lead_first={self.lead_first}/{self.with_points} "
            f"bg_marker={self.marker} bg_date={self.bgdate} short={self.short} "
            f"restated={self.restated} restating={self.restating}{chrome}"
        )


def scores(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """Jaccard of two stem sets, and the share of the smaller one's stems in the other."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    if min(len(a), len(b)) < DUP_MIN_STEMS:
        return False
    jaccard, within = scores(a, b)
    return jaccard >= DUP_JACCARD or within >= DUP_WITHIN


def rare_weight(terms: frozenset[str]) -> float:
    reference = similarity.reference()
    return sum(similarity.idf(t, reference.terms, reference.documents) for t in terms)


def restated_scores(a: Point, b: Point) -> tuple[int, int, float]:
    """Shared rare stems, how many are needed, and their share of the lighter's weight."""
    shared = a.rare & b.rare
    needed = RESTATED_RARE_SAME_ACT if a.acts & b.acts else RESTATED_RARE
    lighter = min(rare_weight(a.rare), rare_weight(b.rare))
    return len(shared), needed, rare_weight(shared) / lighter if lighter else 0.0


def restated(a: Point, b: Point) -> bool:
    shared, needed, share = restated_scores(a, b)
    return shared >= needed and share >= RESTATED_SHARE


def is_lead(point: Point) -> bool:
    """The headline, or a sentence of the report's first paragraph of prose: the first body
    paragraph that is no crosshead, no stray line (``keypoints.stray_paragraphs``) and holds a
    sentence of a key point's length."""
    stray = keypoints.stray_paragraphs(point.article)
    first = next(
        (
            p.index
            for p in point.article.paragraphs[1:]
            if not p.is_heading
            and p.index not in stray
            and any(len(s.ar.split()) >= keypoints.MIN_WORDS for s in p.sentences)
        ),
        None,
    )
    return point.sentence.paragraph in (0, first)


def background_marker(text: str) -> bool:
    return BACKGROUND_MARKER.match(arabic.fold(text)) is not None


def points_of(event: Event, articles: dict[str, Article]) -> list[Point]:
    result = []
    for k in event.key_points:
        article = articles[k.article]
        sentence = next(s for s in article.sentences if s.id == k.sentence)
        result.append(Point(sentence, article, frozenset(similarity.terms(sentence.ar))))
    return result


def earlier_date(sid: str, event: Event, mentions: dict[str, list]) -> bool:
    found = mentions.get(sid) or []
    if event.date is None:
        return False
    return bool(found) and all(m.background or m.last < event.date for m in found)


def measure(
    events: Sequence[Event],
    articles: dict[str, Article],
    mentions: dict[str, list],
    tally: Tally,
    chrome: dict[str, frozenset[int]] | None,
    line_of: dict[str, int],
    shown: list[str] | None,
    pairs: list[str] | None = None,
) -> None:
    """Add the events' counts to ``tally``; examples to ``shown`` and restated pairs to
    ``pairs`` unless they are None."""
    tally.chrome_known = chrome is not None
    for event in events:
        points = points_of(event, articles)
        tally.events += 1
        tally.reports += len(event.articles)
        tally.points += len(points)
        if shown is not None:
            shown += [f"POINT {event.id} #{i + 1} {_text(p)}" for i, p in enumerate(points)]
        if points:
            tally.with_points += 1
            tally.lead_first += is_lead(points[0])
            if shown is not None and not is_lead(points[0]):
                shown.append(f"NOTLEAD {event.id}: {_text(points[0])}")
        duplicates = _duplicates(points, event.id, shown)
        tally.dup_pairs += len(duplicates)
        tally.dup_events += bool(duplicates)
        repeated = {j for _, j in duplicates} | _repeats(points, event.id, shown)
        tally.repeats += len(repeated)
        tally.distinct += len(points) - len(repeated)
        tally.excess_events += bool(repeated)
        _restatements(points, event.id, tally, pairs)
        if shown is not None:
            shown.append(
                f"EVENT {event.id} reports={len(event.articles)} points={len(points)} "
                f"distinct={len(points) - len(repeated)}"
            )
        for p in points:
            _flags(p, event, mentions, tally, shown)
            if chrome is not None and line_of.get(p.sentence.id, 0) in chrome[p.article.id]:
                tally.chrome += 1


def _duplicates(points: list[Point], event: str, shown: list[str] | None) -> list[tuple[int, int]]:
    found = []
    for i, a in enumerate(points):
        for j in range(i + 1, len(points)):
            b = points[j]
            jaccard, within = scores(a.stems, b.stems)
            dup = near_duplicate(a.stems, b.stems)
            if dup:
                found.append((i, j))
            close = jaccard >= DUP_JACCARD - NEAR_MISS or within >= DUP_WITHIN - NEAR_MISS
            if shown is not None and (dup or close):
                tag = "DUP" if dup else "NEAR"
                shown.append(
                    f"{tag} {event} #{i + 1}/#{j + 1} jaccard={jaccard:.2f} "
                    f"within={within:.2f}\n    {_text(a)}\n    {_text(b)}"
                )
    return found


def _restatements(points: list[Point], event: str, tally: Tally, pairs: list[str] | None) -> None:
    restating: set[int] = set()
    for j, b in enumerate(points):
        earlier = set().union(*(p.numbers for p in points[:j]))
        for i, a in enumerate(points[:j]):
            shared, needed, share = restated_scores(a, b)
            hit = shared >= needed and share >= RESTATED_SHARE
            tally.restated += hit
            if hit and not b.numbers - earlier:
                restating.add(j)
            near = shared >= needed - 1 and share >= RESTATED_SHARE - NEAR_MISS
            if pairs is not None and (hit or near):
                common = " ".join(sorted(a.rare & b.rare))
                pairs.append(
                    f"{'RESTATED' if hit else 'RESTATED~'} {event} #{i + 1}/#{j + 1} "
                    f"shared={shared}/{needed} share={share:.2f} acts={sorted(a.acts & b.acts)} "
                    f"[{common}]\n    {_text(a)}\n    {_text(b)}"
                )
    tally.restating += len(restating)


def novelty(stems: frozenset[str], covered: set[str]) -> float:
    """The share of a point's stems that no earlier point has."""
    return len(stems - covered) / len(stems) if stems else 1.0


def _repeats(points: list[Point], event: str, shown: list[str] | None) -> set[int]:
    """Points after the first with under DUP_NOVELTY of their stems new."""
    found: set[int] = set()
    covered: set[str] = set()
    figures: set[str] = set()
    for i, p in enumerate(points):
        share = novelty(p.stems, covered)
        new_figure = bool(p.numbers - figures)
        figures |= p.numbers
        if i and len(p.stems) >= DUP_MIN_STEMS and share < NOVELTY_SHOWN and not new_figure:
            if share < DUP_NOVELTY:
                found.add(i)
            if shown is not None:
                tag = "REPEAT" if share < DUP_NOVELTY else "NOVEL~"
                shown.append(f"{tag} {event} #{i + 1} new={share:.2f}: {_text(p)}")
        covered |= p.stems
    return found


def _flags(p: Point, event: Event, mentions: dict, tally: Tally, shown: list[str] | None) -> None:
    words = len(p.sentence.ar.split())
    checks = (
        ("BGMARK", background_marker(p.sentence.ar), "marker"),
        ("BGDATE", earlier_date(p.sentence.id, event, mentions), "bgdate"),
        ("SHORT", words < SHORT_WORDS, "short"),
    )
    for tag, hit, field in checks:
        if hit:
            setattr(tally, field, getattr(tally, field) + 1)
            if shown is not None:
                shown.append(f"{tag} {event.id} [{event.date}]: {_text(p)}")


def _text(p: Point) -> str:
    return f"{p.sentence.id} {p.sentence.ar[:SHOWN_CHARS]}"


def _analysed(prepared: list[report.Prepared]) -> tuple[list[Event], dict[str, list]]:
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    found = analyse.analyse(articles, glossary.load(ROOT / "seeds"))
    return found, analyse.find_all_dates(articles)


def _context(prepared: list[report.Prepared]) -> tuple[dict[str, Article], dict[str, int]]:
    articles = {p.article.id: p.article for p in prepared}
    line_of = {sid: n for p in prepared for sid, n in p.line_of.items()}
    return articles, line_of


def tune(hide: str | None, examples: bool, pairs: bool) -> Iterator[tuple[str, Tally, list[str]]]:
    prepared = report.prepare_tuning(ROOT / "eval", None)
    items = corpus.load(ROOT / "eval", split="tune")
    half_a = {i.id for i in corpus.tuning_half(items, "a")}
    found, mentions = _analysed(prepared)
    articles, line_of = _context(prepared)
    chrome = {p.article.id: p.item.boilerplate for p in prepared}
    item_of = {p.article.id: p.item.id for p in prepared}
    for half in ("a", "b"):
        tally, shown = Tally(), []
        mine = [
            e for e in found
            if e.key_points and (item_of[e.key_points[0].article] in half_a) == (half == "a")
        ]  # fmt: skip
        show = shown if examples and half != hide else None
        found_pairs: list[str] | None = [] if pairs and half != hide else None
        measure(mine, articles, mentions, tally, chrome, line_of, show, found_pairs)
        yield f"tune-{half}", tally, shown + (found_pairs or [])


def groups(name: str, pairs: bool, points: bool) -> Iterator[tuple[str, Tally, list[str]]]:
    for part in ("dev", "hidden"):
        items = group_pages.load(part, name)
        prepared = report.prepare(items, group_pages.DEV / name)
        found, mentions = _analysed(prepared)
        articles, line_of = _context(prepared)
        tally, found_pairs, shown = Tally(), [], []
        measure(found, articles, mentions, tally, None, line_of, shown, found_pairs)
        yield f"{name}-{part}", tally, _chosen_lines(shown, points) + (found_pairs if pairs else [])


def cleaning(name: str, pairs: bool, points: bool) -> Iterator[tuple[str, Tally, list[str]]]:
    tally, found_pairs, shown = Tally(), [], []
    for item in clean_pages.load(name):
        prepared = report.prepare([item], clean_pages.DEV / name)
        found, mentions = _analysed(prepared)
        articles, line_of = _context(prepared)
        chrome = {prepared[0].article.id: item.boilerplate}
        measure(found, articles, mentions, tally, chrome, line_of, shown, found_pairs)
    yield name, tally, _chosen_lines(shown, points) + (found_pairs if pairs else [])


def _chosen_lines(shown: list[str], points: bool) -> list[str]:
    """A spent set's chosen points (``--points``), with the event each belongs to."""
    return [line for line in shown if line.startswith("POINT ")] if points else []


def founding() -> Iterator[tuple[str, Tally, list[str]]]:
    """The five founding seeds (tests/fixtures/founding), every point printed."""
    project = build.Project(ROOT / "tests" / "fixtures" / "founding")
    articles = translate.attach(build.read_articles(project), tm.load(project.seeds_dir))
    found = analyse.analyse(articles, glossary.load(project.seeds_dir))
    by_id = {a.id: a.article for a in articles}
    tally, shown = Tally(), []
    measure(found, by_id, analyse.find_all_dates(articles), tally, None, {}, shown, shown)
    yield "founding", tally, [line for line in shown if line.startswith(("POINT", "RESTATED"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    everything = ("tune", *SPENT_GROUPS, *SPENT_CLEANING)
    parser.add_argument(
        "--sources", nargs="+", choices=(*everything, "founding"), default=everything
    )
    parser.add_argument("--hide", choices=("a", "b"), help="a tuning half shown as counts only")
    parser.add_argument("--examples", action="store_true", help="print tune's examples")
    parser.add_argument("--pairs", action="store_true", help="print restated pairs (not hidden)")
    parser.add_argument("--points", action="store_true", help="print the spent sets' points")
    args = parser.parse_args()
    spent = Tally()
    print(
        f"near-duplicate: jaccard >= {DUP_JACCARD} or within >= {DUP_WITHIN}; "
        f"repeat: new < {DUP_NOVELTY}; short < {SHORT_WORDS} words; restated: rare stems "
        f"(df < {RARE_SHARE} of the reference) shared >= {RESTATED_RARE} "
        f"({RESTATED_RARE_SAME_ACT} with the same act) and >= {RESTATED_SHARE} of the lighter's"
    )
    for source in args.sources:
        if source == "tune":
            rows = tune(args.hide, args.examples, args.pairs)
        elif source == "founding":
            rows = founding()
        elif source in SPENT_GROUPS:
            rows = groups(source, args.pairs, args.points)
        else:
            rows = cleaning(source, args.pairs, args.points)
        for name, tally, shown in rows:
            for line in shown:
                print(line)
            print(tally.line(name), flush=True)
            if source not in ("tune", "founding"):
                _add(spent, tally)
    if spent.events:
        print(spent.line("spent sets together"))


def _add(total: Tally, tally: Tally) -> None:
    total.chrome_known |= tally.chrome_known  # chrome is counted on the cleaning sets only
    for field in dataclasses.fields(Tally):
        if field.type == "int":
            setattr(total, field.name, getattr(total, field.name) + getattr(tally, field.name))


if __name__ == "__main__":
    main()
