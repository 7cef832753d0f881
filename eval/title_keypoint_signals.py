"""What marks a title or key point taken from a chrome line, measured on the spent data.

    python eval/title_keypoint_signals.py [--sets tune pages heldout ...] [--list]

For every key point the pipeline chooses (``analyse.analyse`` over a set's reports, grouped
as ``briefing eval`` groups) and every report's headline, it computes a few signals a reader
sees on the page, lexicon-free, and counts per signal how many of the chosen lines that are
labelled chrome it would stop and how many report lines it would wrongly stop. ``tune`` is
the tuning half only (the test half is never loaded); only spent sets may be named (an
unread held-out set must not be looked at line by line: ``UNREAD`` sets are left out unless
named, and then give totals only).

Signals of a key point (sentence ``s`` of report ``r`` in event ``e``):
  alone_report   s shares no content term with any other sentence of r (headline included)
  alone_event    s shares no content term with any other sentence of e
  low_share      under LOW_SHARE of s's distinct terms occur elsewhere in r
  no_stop        s's paragraph does not end with a sentence's punctuation, and is not the
                 last line the store kept (which is often cut mid-word)
  off_lead       s shares no content term with r's headline nor its first body sentence
  edge_single    s is a paragraph of one sentence before r's first paragraph ending with a
                 stop, or after its last one (outside the run of prose)
  stray_line     edge_single, on a page that has such a paragraph, and at most HEADLINE_WORDS
                 words: the rule of ``keypoints.stray_paragraphs`` (this branch)
  stray_off_lead stray_line and off_lead
  stray_store_cut  stray_line and the last line the store kept (often cut mid-word)
  stray_any_length  stray_line without the length limit
  headline_shape one sentence, no stop, at most HEADLINE_WORDS words, anywhere
Signals of a headline (report ``r``):
  title_off_lead the headline shares no content term with r's first two body sentences
The totals also count event titles (``framing.choose_title``) taken from a chrome line.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from clean_dev import ROOT, SHOWN_CHARS
from clean_pages import DEV, SETS, load
from clean_pages import UNREAD as UNREAD_CLEANING

from generator import analyse, glossary, segment
from generator.analyse import framing, keypoints, similarity
from generator.evaluation import report
from generator.model import Article, Event, Sentence, TranslatedArticle

LOW_SHARE = 0.2
HEADLINE_WORDS = 15
CLOSERS = "\"“”»)'’"  # a stop may sit inside a closing quotation mark or bracket
SPENT = ("tune", *SETS)
# Never read by this script, totals only when named: heldout17 (spent for cleaning, scored
# once here in session 19) and any cleaning set not yet scored at all (clean_pages.UNREAD).
UNREAD = ("heldout17", *UNREAD_CLEANING)


@dataclass(frozen=True)
class Point:
    set_name: str
    report: str
    line: int
    chrome: bool
    text: str
    signals: frozenset[str]
    rank: int = 0  # a key point's place in its event (0: the lead fact)


def main() -> None:
    parser = argparse.ArgumentParser()
    default = [name for name in SPENT if name not in UNREAD]
    parser.add_argument("--sets", nargs="+", choices=(*SPENT, *UNREAD_CLEANING), default=default)
    parser.add_argument("--list", action="store_true", help="every point with its signals")
    parser.add_argument("--points", action="store_true", help="every chosen key point, one a line")
    parser.add_argument(
        "--title-share", type=float, help="show the event titles the off-event tie-break moves"
    )
    args = parser.parse_args()
    if set(args.sets) & set(UNREAD) and (args.list or args.points or args.title_share):
        parser.error(f"{', '.join(UNREAD)}: totals only (no --list, --points, --title-share)")
    points: list[Point] = []
    titles: list[Point] = []
    event_titles = Counter[bool]()
    short = 0
    for name in args.sets:
        prepared = _prepared(name)
        found = analyse.analyse(
            [TranslatedArticle(article=p.article) for p in prepared], glossary.load(ROOT / "seeds")
        )
        set_points, set_event_titles = _key_points(name, prepared, found)
        event_titles.update(set_event_titles)
        short += sum(len(e.key_points) < keypoints.MIN_POINTS for e in found)
        set_titles = [_title(name, p) for p in prepared]
        points, titles = points + set_points, titles + set_titles
        for line in _set_lines(name, set_points, set_titles, args):
            print(line)
        if args.title_share is not None:
            for line in _title_changes(name, prepared, found, args.title_share):
                print(line)
    print("\n".join(_table("key points", points)))
    print(
        f"  lead facts (first points): {sum(p.rank == 0 for p in points)}, of which"
        f" {sum(p.rank == 0 and p.chrome for p in points)} from chrome;"
        f" events under {keypoints.MIN_POINTS} points: {short}"
    )
    print("\n".join(_table("headlines", titles)))
    print(f"event titles: {event_titles.total()}, {event_titles[True]} from chrome lines")


def _set_lines(
    name: str, points: list[Point], titles: list[Point], args: argparse.Namespace
) -> Iterator[str]:
    yield (
        f"{name}: {len(points)} key points, {sum(p.chrome for p in points)} chrome;"
        f" {len(titles)} headlines, {sum(t.chrome for t in titles)} chrome"
    )
    if args.points:
        for p in points:
            flag = "CHROME" if p.chrome else "report"
            yield f"POINT {name} {p.report} l{p.line} #{p.rank} {flag} {p.text[:SHOWN_CHARS]}"
    if args.list:
        for p in points + titles:
            if p.chrome or p.signals:
                flag = "CHROME" if p.chrome else "report"
                yield f"  {flag} {p.report} l{p.line} {sorted(p.signals)}: {p.text[:SHOWN_CHARS]}"


def _prepared(name: str) -> list[report.Prepared]:
    if name == "tune":
        return report.prepare_tuning(ROOT / "eval", None)
    return report.prepare(load(name), DEV / name)


def _table(what: str, points: Sequence[Point]) -> Iterator[str]:
    chrome = sum(p.chrome for p in points)
    yield f"{what}: {len(points)} chosen, {chrome} from chrome lines"
    counts = Counter((s, p.chrome) for p in points for s in p.signals)
    for signal in sorted({s for s, _ in counts}):
        yield (
            f"  {signal:15} stops {counts[signal, True]} of {chrome} chrome,"
            f" {counts[signal, False]} of {len(points) - chrome} report lines"
        )


def _key_points(
    name: str, prepared: list[report.Prepared], found: Sequence[Event]
) -> tuple[list[Point], list[bool]]:
    """Every chosen key point, and for each event whether its title is a chrome line."""
    by_id = {p.item.id: p for p in prepared}
    points, event_titles = [], []
    for event in found:
        members = [by_id[a.id] for a in event.articles]
        titled = by_id[event.title.article] if event.title.article else None
        event_titles.append(bool(titled and _title(name, titled).chrome))
        for rank, k in enumerate(event.key_points):
            p = by_id[k.article]
            sentence = next(s for s in p.article.sentences if s.id == k.sentence)
            line = p.line_of[k.sentence]
            signals = frozenset(_point_signals(sentence, p, members))
            chrome = line in p.item.boilerplate
            points.append(Point(name, p.item.id, line, chrome, sentence.ar, signals, rank))
    return points, event_titles


def _point_signals(
    s: Sentence, p: report.Prepared, members: list[report.Prepared]
) -> Iterator[str]:
    own = set(similarity.terms(s.ar))
    others = _terms(x for x in p.article.sentences if x.id != s.id)
    if not own & others:
        yield "alone_report"
    event = others | _terms(x for m in members if m is not p for x in m.article.sentences)
    if not own & event:
        yield "alone_event"
    if own and len(own & others) < LOW_SHARE * len(own):
        yield "low_share"
    paragraph = p.article.paragraphs[s.paragraph]
    last_line = max(n for n, text in enumerate(p.item.text.split("\n"), 1) if text.strip())
    if not _stops(paragraph.sentences[-1].ar) and p.line_of[s.id] != last_line:
        yield "no_stop"
    lead = [p.article.headline, *_first_body(p.article, 1)]
    if not own & _terms(x for x in lead if x.id != s.id):
        yield "off_lead"
    if len(paragraph.sentences) == 1 and _outside_prose(p.article, s.paragraph):
        yield "edge_single"
    if _stray(p.article, s.paragraph, HEADLINE_WORDS):
        yield "stray_line"
        if p.line_of[s.id] == last_line:
            yield "stray_store_cut"  # the store's last line, often cut mid-word
        if not own & _terms(x for x in lead if x.id != s.id):
            yield "stray_off_lead"
    if _stray(p.article, s.paragraph, None):
        yield "stray_any_length"
    shaped = len(paragraph.sentences) == 1 and len(s.ar.split()) <= HEADLINE_WORDS
    if shaped and not _stops(s.ar):
        yield "headline_shape"


def _title(name: str, p: report.Prepared) -> Point:
    line = p.text.headline_line or 0
    own = set(similarity.terms(p.article.headline.ar))
    signals = set()
    if own and not own & _terms(_first_body(p.article, 2)):
        signals.add("title_off_lead")
    return Point(
        name, p.item.id, line, line in p.item.boilerplate, p.article.headline.ar, frozenset(signals)
    )


def _first_body(article: Article, count: int) -> list[Sentence]:
    return [s for s in article.sentences if s.paragraph > 0][:count]


def _terms(sentences: Iterator[Sentence] | Sequence[Sentence]) -> set[str]:
    return {t for s in sentences for t in similarity.terms(s.ar)}


def _stops(text: str) -> bool:
    """Ends with a sentence's stop, as ``keypoints`` reads it."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in segment.TERMINATORS


def _stray(article: Article, index: int, most_words: int | None) -> bool:
    """A one-sentence paragraph (of at most ``most_words`` words) outside a page's run of
    prose, on a page that has one (a paragraph outside it never ends with a stop)."""
    paragraph = article.paragraphs[index]
    prose = [p.index for p in article.paragraphs[1:] if _stops(p.sentences[-1].ar)]
    words = len(paragraph.sentences[0].ar.split())
    return (
        len(paragraph.sentences) == 1
        and (most_words is None or words <= most_words)
        and bool(prose)
        and (index < prose[0] or index > prose[-1])
    )


def _outside_prose(article: Article, index: int) -> bool:
    prose = [p.index for p in article.paragraphs[1:] if _stops(p.sentences[-1].ar)]
    return not prose or index < prose[0] or index > prose[-1]


def _title_changes(
    name: str, prepared: list[report.Prepared], found: Sequence[Event], share: float
) -> Iterator[str]:
    """Events of two or more reports whose title a tie-break after the loaded terms would
    move: a headline with under ``share`` of its content terms in the other members' first
    two body sentences goes after those that have more (tried in session 19, not kept)."""
    by_id = {p.item.id: p for p in prepared}
    names = framing.recogniser(glossary.load(ROOT / "seeds"))
    entries = glossary.load(ROOT / "seeds")
    for event in found:
        if len(event.articles) < 2:
            continue
        leads = [_terms(_first_body(a.article, 2)) for a in event.articles]
        keyed = []
        for order, item in enumerate(event.articles):
            sites = framing.site_names(entries, item.article.meta.outlet)
            text = framing.strip_site_name(item.article.headline.ar, sites).text
            own = set(similarity.terms(text))
            others = set().union(*(t for i, t in enumerate(leads) if i != order))
            off = bool(own) and len(own & others) < share * len(own)
            loaded = len(framing.loaded_terms(text, names, entries))
            keyed.append(((loaded, off, framing._sentence_for_headline(text), order), item.id))
        moved = min(keyed)[1]
        if moved != event.title.article:
            before, after = by_id[event.title.article or ""], by_id[moved]
            yield (
                f"TITLE {name} {event.id}: {before.item.id} {_flag(before)} -> {after.item.id}"
                f" {_flag(after)}: {before.article.headline.ar[:60]} -> "
                f"{after.article.headline.ar[:60]}"
            )


def _flag(p: report.Prepared) -> str:
    return "CHROME" if (p.text.headline_line or 0) in p.item.boilerplate else "report"


if __name__ == "__main__":
    main()
