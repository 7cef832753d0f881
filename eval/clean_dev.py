"""Boilerplate cleaning on the TUNING half only, line by line, for developing rules.

    python eval/clean_dev.py [--half a|b] [--quiet]

It refuses the test half by construction (it never loads it). ``--half`` keeps the tune
events whose sorted position is even (a) or odd (b), as in ``quote_dev.py``, so that a rule
written against one half's misses can be checked on the other before it is kept. It lists
the labelled chrome lines that cleaning kept (``MISS``), the lines it removed that the labels
keep (``BODY``, with the removal kind), and titles taken from a chrome line or other than
the labelled headline (``TITLE``); its last line gives line precision, recall and F1, those
title counts and how many of the key points (the pipeline's, its events found by grouping
these reports) come from a labelled chrome line (``POINT`` lines name them)."""

from __future__ import annotations

from pathlib import Path

from generator import analyse, arabic, glossary
from generator.evaluation import metrics, report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
SHOWN_CHARS = 160  # of a line, enough to tell its kind


def main() -> None:
    args = report.tuning_arguments("quiet")
    for line in errors(report.prepare_tuning(ROOT / "eval", args.half), quiet=args.quiet):
        print(line)


def errors(prepared: list[report.Prepared], quiet: bool = False) -> list[str]:
    """MISS, BODY and TITLE lines for each report (none when ``quiet``), then the totals;
    shared with ``clean_pages.py``, which runs it over the development pages."""
    shown: list[str] = []
    hits = removed = labelled = from_chrome = exact = 0
    for p in prepared:
        texts = dict(enumerate(p.item.text.split("\n"), 1))
        lines = {n for n, text in texts.items() if text.strip()}
        kept = {line.number for line in p.text.paragraphs} | {p.text.headline_line or 0}
        kinds = {b.line + i: b.kind for b in p.text.removed for i in range(len(b.lines))}
        predicted = lines - kept
        chrome = p.item.boilerplate & lines
        hits += len(predicted & chrome)
        removed += len(predicted)
        labelled += len(chrome)
        title_chrome = (p.text.headline_line or 0) in chrome
        from_chrome += title_chrome
        same = arabic.fold(p.article.headline.ar) == arabic.fold(p.item.title or "")
        exact += bool(p.item.title) and same
        if quiet:
            continue
        if title_chrome or (p.item.title and not same):
            shown.append(
                f"TITLE {p.item.id} l{p.text.headline_line}: {p.text.headline[:SHOWN_CHARS]}"
            )
        shown += [
            f"MISS  {p.item.id} l{n}: {texts[n].strip()[:SHOWN_CHARS]}"
            for n in sorted(chrome - predicted)
        ]
        shown += [
            f"BODY  {p.item.id} l{n} [{kinds.get(n)}]: {texts[n].strip()[:SHOWN_CHARS]}"
            for n in sorted(predicted - chrome)
        ]
    points, points_chrome = chrome_points(prepared)
    if not quiet:
        shown += points_chrome
    score = metrics.prf(hits, removed, labelled)
    shown.append(
        f"reports: {len(prepared)}; boilerplate lines: P={score.precision:.3f} "
        f"R={score.recall:.3f} F1={score.f1:.3f} ({hits} of {labelled} labelled removed, "
        f"{removed - hits} body lines removed); titles from a chrome line: {from_chrome}; "
        f"titles exactly as labelled: {exact}/{sum(bool(p.item.title) for p in prepared)}; "
        f"key points from a chrome line: {len(points_chrome)}/{points}"
    )
    return shown


def chrome_points(prepared: list[report.Prepared]) -> tuple[int, list[str]]:
    """The pipeline's key points over these reports (grouped as ``briefing eval`` groups
    them): how many there are, and a ``POINT`` line for each from a labelled chrome line."""
    points = key_points(prepared)
    shown = []
    for p, sentence in points:
        line = p.line_of[sentence]
        if line in p.item.boilerplate:
            text = p.item.text.split("\n")[line - 1].strip()
            shown.append(f"POINT {p.item.id} l{line}: {text[:SHOWN_CHARS]}")
    return len(points), shown


def key_points(prepared: list[report.Prepared]) -> list[tuple[report.Prepared, str]]:
    """Each key point of the events the pipeline finds in these reports: report, sentence."""
    by_id = {p.item.id: p for p in prepared}
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    found = analyse.analyse(articles, glossary.load(ROOT / "seeds"))
    return [(by_id[k.article], k.sentence) for e in found for k in e.key_points]


if __name__ == "__main__":
    main()
