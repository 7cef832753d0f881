"""Every quotation ``find_quotes`` finds, labelled or not, with its speaker: on the TUNING
half (never test) and every spent set of development pages (``gazetteer_counts.SPENT``,
named one by one: ``groups8`` and ``groups9`` are never read).

    python eval/quote_pages.py [--published]

One quotation a line (set and report, sentence id, speaker, outlet it came through, its
first words, the sentence), so that two versions of the speaker rules can be compared line
by line (``diff``) beyond the labelled quotations, and every attribution that moved read
by hand (session 21; ``benchmarks/quote_compare.sh``). ``--published`` gives each
development page the publication day its set records, where it records one (the date
and grouping sets), as a contributor's front matter would: rules that read the report's
day (a post stands for whoever held it that day) then act on them; without it they are
undated, as before."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from clean_pages import DEV
from gazetteer_counts import SPENT

from generator import glossary, yamlfile
from generator.analyse import entities, quotes
from generator.evaluation import corpus, report
from generator.model import Article

ROOT = Path(__file__).resolve().parent.parent
QUOTE_CHARS = 40
SENTENCE_CHARS = 200


def _lines(name: str, articles: Iterable[tuple[str, Article]]) -> Iterable[str]:
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    for report_id, article in articles:
        text = {s.id: s.ar for s in article.sentences}
        for q in quotes.find_quotes(article, recogniser, names):
            yield (
                f"{name}/{report_id}\t{q.sentence}\t{q.speaker}\t{q.via}\t"
                f"{q.text[:QUOTE_CHARS]}\t{text[q.sentence][:SENTENCE_CHARS]}"
            )


def _pages(name: str, dated: bool) -> list[corpus.Labelled]:
    """A spent set's pages as development items: text only, and with ``dated`` the
    publication day the set records (no other label is used here)."""
    data, _ = yamlfile.read(DEV / f"{name}.yaml", what="development pages")
    return [
        corpus.Labelled.development(
            page,
            (DEV / name / f"{page['id']}.txt").read_text("utf-8"),
            published=_day(page.get("published")) if dated else None,
        )
        for page in data["pages"]
    ]


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--published", action="store_true", help="dated pages keep their day")
    dated = parser.parse_args().published
    tune = report.prepare_tuning(ROOT / "eval", None)
    for line in _lines("tune", ((p.item.id, p.article) for p in tune)):
        print(line)
    for name in sorted(SPENT):
        prepared = report.prepare(_pages(name, dated), DEV / name)
        for line in _lines(name, ((p.item.id, p.article) for p in prepared)):
            print(line)


if __name__ == "__main__":
    main()
