"""Run the pipeline's own stages over the labelled corpus and score each component.

Nothing here re-implements a stage: cleaning, segmentation, grouping, dating, quotes,
figures and entities are the ones a build runs; only the comparison with labels is new.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import analyse, arabic, clean, segment
from generator.analyse import entities, events, figures, quotes, speakers
from generator.evaluation import ceiling, corpus, intervals, metrics
from generator.evaluation.corpus import Labelled
from generator.glossary import Entry
from generator.model import Article, Event, TranslatedArticle

# Label kinds that name a kind of ours; the rest are "other counts".
FIGURE_KINDS = {
    "killed": "killed", "injured": "injured", "displaced": "displaced",
    "vehicles": "vehicles", "patrols": "patrols", "arrested": "arrested", "detained": "arrested",
}  # fmt: skip


@dataclass(frozen=True)
class Prepared:
    item: Labelled
    text: clean.CleanText
    article: Article
    line_of: dict[str, int]  # sentence id -> line of the text it comes from

    def sentences_at(self, line: int) -> list[str]:
        return [sid for sid, number in self.line_of.items() if number == line]


def prepare(items: Sequence[Labelled], corpus_dir: Path) -> list[Prepared]:
    result = []
    for item in items:
        seed = item.seed(corpus_dir / f"{item.id}.txt")
        text = clean.clean(seed)
        article = segment.segment(seed.meta, text)
        numbers = [text.headline_line or 0, *(line.number for line in text.paragraphs)]
        line_of = {s.id: numbers[s.paragraph] for s in article.sentences}
        result.append(Prepared(item, text, article, line_of))
    return result


def tuning_arguments(*flags: str) -> argparse.Namespace:
    """The options of eval/'s development scripts: ``--half a|b`` (one half of the tuning
    half's events, ``corpus.tuning_half``) and the given on/off ``flags``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("a", "b"))
    for flag in flags:
        parser.add_argument(f"--{flag}", action="store_true")
    return parser.parse_args()


def prepare_tuning(eval_dir: Path, half: str | None) -> list[Prepared]:
    """The tuning half's reports (or one ``half`` of its events) prepared as ``briefing
    eval`` prepares them: what the development scripts list errors on, never the test half."""
    items = corpus.tuning_half(corpus.load(eval_dir, split="tune"), half)
    return prepare(items, eval_dir / "corpus")


@dataclass
class Results:
    """Every figure ``briefing eval`` prints, by component."""

    lines: list[str]
    summary: dict[str, float]


def _kept_lines(p: Prepared) -> set[int]:
    return {line.number for line in p.text.paragraphs} | {p.text.headline_line or 0}


def chrome_counts(p: Prepared) -> tuple[int, int, int]:
    """A report's non-blank lines: chrome lines removed, lines removed, chrome lines."""
    lines = {n for n, text in enumerate(p.item.text.split("\n"), 1) if text.strip()}
    predicted = lines - _kept_lines(p)
    return len(predicted & p.item.boilerplate), len(predicted), len(p.item.boilerplate & lines)


def boilerplate(prepared: Sequence[Prepared]) -> metrics.PRF:
    """Per non-blank line: did cleaning remove exactly the lines labelled as chrome?"""
    counts = [chrome_counts(p) for p in prepared]
    return metrics.prf(*(sum(c[i] for c in counts) for i in range(3)))


def titles(prepared: Sequence[Prepared]) -> tuple[float, float, int]:
    """Share of labelled headlines found exactly (site names stripped); share of titles
    taken from a labelled chrome line; how many were labelled."""
    labelled = [p for p in prepared if p.item.title]
    exact = sum(
        arabic.fold(p.article.headline.ar) == arabic.fold(p.item.title or "") for p in labelled
    )
    from_chrome = sum((p.text.headline_line or 0) in p.item.boilerplate for p in prepared)
    return (
        metrics.share(exact, len(labelled)),
        metrics.share(from_chrome, len(prepared)),
        len(labelled),
    )


@dataclass(frozen=True)
class Grouped:
    """Grouping and dating's lines and figures, and what they did with each report."""

    lines: list[str]
    summary: dict[str, float]
    predicted: dict[str, str]  # report id -> the event grouping put it in
    dated_right: set[str]  # reports whose event is dated on the labelled day


def grouping(prepared: Sequence[Prepared], glossary: Mapping[str, Entry]) -> Grouped:
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    found = analyse.analyse(articles, glossary)
    predicted = {a.id: e.id for e in found for a in e.articles}
    dates = {a.id: e.date for e in found for a in e.articles}
    gold = {p.item.id: p.item.event for p in prepared}
    pairs = metrics.pairwise(gold, predicted)
    cubed = metrics.bcubed(gold, predicted)
    right = {p.item.id for p in prepared if dates[p.item.id] == p.item.event_date}
    correct_dates = len(right)
    by_id = {p.item.id: p for p in prepared}
    points = [(by_id[k.article], k.sentence) for e in found for k in e.key_points]
    from_chrome = sum(p.line_of[sentence] in p.item.boilerplate for p, sentence in points)
    shown, chrome_only = _chrome_entities(found, by_id, glossary)
    low, high = _margin(prepared, articles, glossary)
    right_alone = dates_with_labelled_events(prepared, articles, glossary)
    dated_alone = len(right_alone)
    day_lines, day_summary = _day_ceiling(prepared, right, right_alone)
    summary = {
        "grouping_precision": pairs.precision, "grouping_recall": pairs.recall,
        "grouping_f1": pairs.f1, "bcubed_f1": cubed.f1,
        "date_acc": metrics.share(correct_dates, len(prepared)), "margin": low - high,
        "date_acc_labelled_events": metrics.share(dated_alone, len(prepared)), **day_summary,
    }  # fmt: skip
    lines = [
        f"grouping: pairwise P={pairs.precision:.3f} R={pairs.recall:.3f} F1={pairs.f1:.3f}; "
        f"B-cubed P={cubed.precision:.3f} R={cubed.recall:.3f} F1={cubed.f1:.3f}; "
        f"{len(found)} events predicted for {len(set(gold.values()))} labelled",
        f"grouping margin: lowest true pair {low:.3f}, highest false pair within "
        f"{events.WINDOW_DAYS} days {high:.3f} (margin {low - high:+.3f})",
        f"event dates: {correct_dates}/{len(prepared)} articles in an event dated on the "
        f"labelled day of the happening; {dated_alone}/{len(prepared)} with the labelled "
        "events (dating alone, grouping taken from the labels)",
        *day_lines,
        f"key points: {len(points)}, of which {from_chrome} from a labelled chrome line",
        f"event entities: {shown}, of which {chrome_only} named only on labelled chrome lines",
    ]
    return Grouped(lines, summary, predicted, right)


def _chrome_entities(
    found: Sequence[Event], by_id: Mapping[str, Prepared], glossary: Mapping[str, Entry]
) -> tuple[int, int]:
    """How many entities the events show, and how many of them no member names outside
    the lines the labels mark as chrome (a related headline's leader, a menu's city)."""
    recogniser = entities.build_recogniser(glossary.values())
    shown = chrome_only = 0
    for event in found:
        in_text: set[str] = set()
        for item in event.articles:
            p = by_id[item.id]
            for s in p.article.sentences:
                if p.line_of[s.id] not in p.item.boilerplate:
                    in_text.update(m.entity for m in entities.find(recogniser, s.ar))
        shown += len(event.entities)
        chrome_only += len(set(event.entities) - in_text)
    return shown, chrome_only


def _day_ceiling(
    prepared: Sequence[Prepared], right: set[str], right_alone: set[str]
) -> tuple[list[str], dict[str, float]]:
    """Event dates beside what the stored texts allow: articles per ``day_from_texts``
    category, the share dated right in each (as built, and with the labelled events) and
    the highest accuracy a dater could reach."""
    categories = {p.item.id: p.item.day_from_texts or "none" for p in prepared}
    events_of = {p.item.id: p.item.event for p in prepared}
    built = ceiling.by_category(categories, events_of, right)
    alone = ceiling.by_category(categories, events_of, right_alone)
    lines = [
        ceiling.count_line(built),
        ceiling.accuracy_line(built, "as built"),
        ceiling.accuracy_line(alone, "with the labelled events"),
        ceiling.ceiling_line(built),
    ]
    return lines, ceiling.summary(built)


def dates_with_labelled_events(
    prepared: Sequence[Prepared], articles: list[TranslatedArticle], glossary: Mapping[str, Entry]
) -> set[str]:
    """Articles whose labelled event, dated by the build's event-day rule, falls on the
    labelled day: how well dating does when grouping is right."""
    profiles = {p.id: p for p in analyse.profiles(articles, glossary)}
    members: dict[str, list[events.Profile]] = {}
    for p in prepared:
        members.setdefault(p.item.event, []).append(profiles[p.item.id])
    archive = events.archive_span(profiles.values())
    days = {event: events.event_day(group, archive) for event, group in members.items()}
    return {p.item.id for p in prepared if days[p.item.event] == p.item.event_date}


def _margin(
    prepared: Sequence[Prepared], articles: list[TranslatedArticle], glossary: Mapping[str, Entry]
) -> tuple[float, float]:
    """Lowest score of two reports of one event; highest of two different events that
    lie within the grouping window of each other (the pairs grouping must tell apart)."""
    profiles = {p.id: p for p in analyse.profiles(articles, glossary)}
    scorer = events.Scorer(list(profiles.values()), {e.id: e.type for e in glossary.values()})
    event_of = {p.item.id: p.item for p in prepared}
    true_scores, false_scores = [1.0], [0.0]
    for a, b in itertools.combinations(sorted(profiles), 2):
        x, y = event_of[a], event_of[b]
        score = min(scorer.pair(profiles[a], profiles[b]), scorer.pair(profiles[b], profiles[a]))
        if x.event == y.event:
            true_scores.append(score)
        elif abs((x.event_date - y.event_date).days) <= events.WINDOW_DAYS:
            false_scores.append(score)
    return min(true_scores), max(false_scores)


def same_speaker(found: str | None, label: str | None, glossary: Mapping[str, Entry]) -> bool:
    """Whether a quote's speaker is the labelled one: the same glossary id, or two ids the
    glossary says name one body (``same_as``: "pentagon" and "us-dod"). The recogniser
    reports such an entry as its body, so a label naming the other could never match."""
    if found is None or label is None:
        return found == label
    body = {key: glossary[key].body if key in glossary else key for key in (found, label)}
    return body[found] == body[label]


def quote_totals(counts: Mapping[str, tuple[int, int, int]]) -> tuple[float, int, int]:
    """Share of labelled quotations (by a glossary speaker) found with that speaker; how
    many were scored; how many quoted names or terms were taken for speech."""
    correct, scored, false_quotes = (sum(c[i] for c in counts.values()) for i in range(3))
    return metrics.share(correct, scored), scored, false_quotes


def quote_counts(
    prepared: Sequence[Prepared], glossary: Mapping[str, Entry]
) -> dict[str, tuple[int, int, int]]:
    """Per report: labelled quotations found with their speaker, labelled quotations
    scored, quoted names or terms taken for speech."""
    recogniser = entities.build_recogniser(glossary.values())
    counts = {}
    for p in prepared:
        found = quotes.find_quotes(p.article, recogniser, glossary)
        correct = scored = 0
        for label in p.item.quotes:
            if label.speaker_id is None:
                continue
            scored += 1
            at_line = set(p.sentences_at(label.line))
            start = arabic.fold(label.starts)
            correct += any(
                q.sentence in at_line and arabic.fold(q.text).startswith(start[:12])
                and same_speaker(q.speaker, label.speaker_id, glossary)
                for q in found
            )  # fmt: skip
        not_speech = {arabic.fold(t) for t in p.item.not_quotes}
        counts[p.item.id] = correct, scored, sum(arabic.fold(q.text) in not_speech for q in found)
    return counts


_FUNCTION_WORDS = frozenset(
    map(arabic.fold, ("في", "من", "عن", "على", "الى", "إلى", "مع", "لدى", "عبر"))
)


def content_words(text: str) -> set[str]:
    """Folded words without punctuation, the article, a leading و or ل, or function words."""
    words = set()
    for word in arabic.words(re.sub(r"[^\w\s]", " ", text)):
        word = word[1:] if len(word) > 3 and word[0] in "ول" else word
        word = word[2:] if word.startswith("ال") and len(word) > 3 else word
        if word not in _FUNCTION_WORDS:
            words.add(word)
    return words


def words_agree(found: str, label: str) -> bool:
    """Whether two namings of a speaker agree: one's content words within the other's
    ("مصادر ميدانية" and "مصادر ميدانية في المنطقة"); a title and a name do not."""
    a, b = content_words(found), content_words(label)
    return bool(a & b) and (a <= b or b <= a)


def unlisted_outcomes(p: Prepared, found: Sequence[quotes.Quote]) -> list[str]:
    """For each labelled quotation whose speaker is outside the glossary: "agrees",
    "disagrees" (other words), "unnamed", "glossary speaker" or "not found"."""
    result = []
    for label in p.item.quotes:
        if label.speaker_id is not None:
            continue
        at_line = set(p.sentences_at(label.line))
        start = arabic.fold(label.starts)[:12]
        match = next(
            (q for q in found if q.sentence in at_line and arabic.fold(q.text).startswith(start)),
            None,
        )
        if match is None or match.speaker is not None:
            result.append("not found" if match is None else "glossary speaker")
        elif match.source is None:
            result.append("unnamed")
        else:
            agrees = words_agree(match.source, label.speaker or "")
            result.append("agrees" if agrees else "disagrees")
    return result


def unlisted_line(prepared: Sequence[Prepared], glossary: Mapping[str, Entry]) -> str:
    """How the quotations of speakers outside the glossary are credited."""
    recogniser = entities.build_recogniser(glossary.values())
    tally: Counter[str] = Counter()
    for p in prepared:
        found = quotes.find_quotes(p.article, recogniser, glossary)
        named = speakers.name_unlisted(p.article, found, recogniser, glossary)
        tally.update(unlisted_outcomes(p, named))
    return (
        f"quotes by speakers outside the glossary ({sum(tally.values())}): named in the "
        f"labelled words {tally['agrees']}, in other words {tally['disagrees']}, unnamed "
        f"{tally['unnamed']}, given a glossary speaker {tally['glossary speaker']}, "
        f"not found {tally['not found']}"
    )


def _value_matches(figure: figures.Figure, value: str) -> bool:
    return str(figure.value) == value.split("-")[0].strip()


def figure_scores(
    prepared: Sequence[Prepared], glossary: Mapping[str, Entry]
) -> tuple[float, float, int]:
    """Of the labelled figures found (same sentence, same number): share with the right
    kind, share with the right reporter (the outlet itself when nobody is named)."""
    recogniser = entities.build_recogniser(glossary.values())
    kinds = reporters = matched = 0
    for p in prepared:
        found = figures.find_figures(p.article, recogniser, glossary)
        for label in p.item.figures:
            at_line = set(p.sentences_at(label.line))
            match = next(
                (f for f in found if f.sentence in at_line and _value_matches(f, label.value)),
                None,
            )
            if match is None:
                continue
            matched += 1
            kinds += match.kind == FIGURE_KINDS.get(label.kind, figures.OTHER)
            reporters += _same_reporter(match, label.given_by, glossary)
    return metrics.share(kinds, matched), metrics.share(reporters, matched), matched


def _same_reporter(figure: figures.Figure, given_by: str, glossary: Mapping[str, Entry]) -> bool:
    """Whether we credit the figure to whom the label does: the outlet (nobody named), a
    glossary body by one of its names, or the source's words as the sentence names it
    ("مصدر طبي" for a label "مصدر طبي (في القامشلي)"; the article "ال" aside)."""
    found = figure.reported_by
    if given_by.strip().lower() == "outlet":
        return figure.source is None and (found is None or glossary[found].type == "outlet")
    if found is None:
        return figure.source is not None and _same_words(figure.source, given_by)
    # Every spelling the glossary knows for the body ("الأميركية" and "الأمريكية"), folded.
    entries = [glossary[found], *([glossary[b]] if (b := glossary[found].body) != found else [])]
    names = {e.id for e in entries}
    for e in entries:
        names |= {arabic.fold(v).lower() for v in (*e.name.values(), *(e.short or {}).values())}
        names |= {arabic.fold(v).lower() for v in e.ar_forms}
    label = arabic.fold(given_by).lower()
    return any(name and (name in label or label in name) for name in names)


def _same_words(source: str, given_by: str) -> bool:
    def bare(text: str) -> str:
        # 'وكالة "الأناضول"' is the label's 'وكالة الأناضول': quotation marks aside.
        words = arabic.fold(re.sub(r"[\"'«»“”‘’]", "", text)).split()
        return " ".join(w.removeprefix("ال") for w in words)

    found, label = bare(source), bare(given_by.split("(")[0])
    return bool(label) and (label in found or found in label)


def entity_precision(prepared: Sequence[Prepared], glossary: Mapping[str, Entry]) -> float:
    """Share of the actors and places recognised in kept text that the labels name."""
    recogniser = entities.build_recogniser(glossary.values())
    right = total = 0
    for p in prepared:
        named = {arabic.fold(n) for n in p.item.entities}
        found = {m.entity for s in p.article.sentences for m in entities.find(recogniser, s.ar)}
        for entity_id in found:
            entry = glossary[entity_id]
            if entry.type not in analyse.EVENT_ENTITY_TYPES:
                continue
            total += 1
            forms = {arabic.fold(f) for f in entry.ar_forms}
            right += any(f in n or n in f for f in forms for n in named)
    return metrics.share(right, total)


def evaluate(items: Sequence[Labelled], corpus_dir: Path, glossary: Mapping[str, Entry]) -> Results:
    prepared = prepare(items, corpus_dir)
    chrome = boilerplate(prepared)
    title_exact, title_chrome, title_count = titles(prepared)
    grouped = grouping(prepared, glossary)
    quoted = quote_counts(prepared, glossary)
    quote_acc, quote_count, false_quotes = quote_totals(quoted)
    kind_acc, reporter_acc, figure_count = figure_scores(prepared, glossary)
    entity_p = entity_precision(prepared, glossary)
    lines = [
        f"articles: {len(items)}, events: {len({i.event for i in items})}, "
        f"outlets: {len({i.outlet for i in items})}",
        f"boilerplate lines: P={chrome.precision:.3f} R={chrome.recall:.3f} F1={chrome.f1:.3f}",
        f"titles: {title_exact:.3f} exactly the labelled headline (of {title_count}); "
        f"{title_chrome:.3f} taken from a chrome line",
        *grouped.lines,
        f"quotes: speaker right for {quote_acc:.3f} of {quote_count}; "
        f"{false_quotes} quoted names taken for speech",
        unlisted_line(prepared, glossary),
        f"figures ({figure_count} found of the labelled): kind {kind_acc:.3f}, "
        f"reporter {reporter_acc:.3f}",
        f"entities: precision {entity_p:.3f}",
        interval_line(outcomes(prepared, grouped, quoted)),
    ]
    summary = {
        **grouped.summary, "boilerplate_f1": chrome.f1, "quote_acc": quote_acc,
        "title_acc": title_exact, "figure_kind_acc": kind_acc,
        "figure_reporter_acc": reporter_acc, "entity_precision": entity_p,
    }  # fmt: skip
    return Results(lines=lines, summary=summary)


def outcomes(
    prepared: Sequence[Prepared], grouped: Grouped, quoted: Mapping[str, tuple[int, int, int]]
) -> list[intervals.Outcome]:
    return [
        intervals.Outcome(
            event=p.item.event,
            predicted=grouped.predicted[p.item.id],
            chrome=chrome_counts(p),
            date_right=p.item.id in grouped.dated_right,
            quotes=quoted[p.item.id][:2],
        )
        for p in prepared
    ]


def interval_line(reports: Sequence[intervals.Outcome]) -> str:
    """The summary figures' bootstrap intervals over the split's events."""
    ranges = intervals.intervals(reports)
    shown = " ".join(f"{key} {ranges[key][0]:.3f}-{ranges[key][1]:.3f}" for key in SUMMARY_KEYS)
    return (
        f"{intervals.LEVEL:.0%} intervals over {intervals.ROUNDS} draws of the "
        f"{len({r.event for r in reports})} events: {shown}"
    )


SUMMARY_KEYS = ("grouping_f1", "bcubed_f1", "date_acc", "boilerplate_f1", "quote_acc")


def summary_line(results: Results) -> str:
    return " ".join(f"{key}={results.summary[key]:.3f}" for key in SUMMARY_KEYS)


__all__ = ["Results", "dt", "evaluate", "summary_line"]
