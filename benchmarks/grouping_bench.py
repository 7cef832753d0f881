"""Benchmark: grouping N synthetic articles into events (not a test).

Synthetic articles are made from the founding seeds' sentences: each "story" takes one
seed, moves its publication date to a random day in a 20-year span, and is reported by
several synthetic outlets, each keeping a random 70% of the seed's paragraphs. Stories
that share a seed are years apart, so the right answer is one event per story.

    python benchmarks/grouping_bench.py --articles 1000 10000 [--undated 0.1]

``--undated F`` drops the publication date of that share of the articles (chosen at random):
an undated report is compared with every event it shares evidence with, across all time,
so this is where grouping's cost grows with the archive.

Prints, per size, the time to profile articles (dates, entities, terms) and to group
them, and how many events came out against how many stories went in.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import analyse, build, glossary  # noqa: E402
from generator.analyse import entities, events  # noqa: E402
from generator.model import Article, Paragraph, TranslatedArticle  # noqa: E402

# Which founding seeds report the same event (the expected grouping of the five seeds).
SAME_EVENT = {"000": "a", "004": "a", "001": "b", "002": "c", "003": "c"}


def synthetic(
    count: int, seed: int = 7, undated: float = 0.0
) -> tuple[list[TranslatedArticle], dict[str, str]]:
    """Synthetic articles, and the story each belongs to (story id = its seed's id + day)."""
    project = build.Project(ROOT)
    originals = [a for a in build.read_articles(project) if a.meta.published]
    rng = random.Random(seed)
    start = dt.date(2005, 1, 1)
    articles: list[TranslatedArticle] = []
    story_of: dict[str, str] = {}
    while len(articles) < count:
        base = rng.choice(originals)
        day = start + dt.timedelta(days=rng.randrange(20 * 365))
        for outlet in range(min(rng.randint(2, 8), count - len(articles))):
            body = [p for p in base.paragraphs[1:] if rng.random() < 0.7] or list(
                base.paragraphs[1:2]
            )
            number = len(articles)
            meta = dataclasses.replace(
                base.meta,
                id=f"{number:06d}-synthetic",
                outlet=f"outlet-{outlet}",
                published=None
                if rng.random() < undated
                else day + dt.timedelta(days=rng.randint(0, 2)),
                event=None,
            )
            paragraphs = (base.paragraphs[0], *body)
            article = Article(meta=meta, paragraphs=tuple(_renumber(meta.id, paragraphs)))
            articles.append(TranslatedArticle(article=article))
            story_of[meta.id] = f"{base.id[:3]}@{day.isoformat()}"
    return articles, story_of


def _renumber(article_id: str, paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    result = []
    for p in paragraphs:
        sentences = tuple(
            dataclasses.replace(s, id=f"{article_id}-p{s.paragraph}-s{s.index}")
            for s in p.sentences
        )
        result.append(dataclasses.replace(p, sentences=sentences))
    return result


def run(count: int, undated: float) -> None:
    articles, story_of = synthetic(count, undated=undated)
    names = glossary.load(ROOT / "seeds")
    began = time.perf_counter()
    recogniser = entities.build_recogniser(names.values())
    mentions = analyse.find_all_dates(articles)
    sentence_entities = {
        s.id: [m.entity for m in entities.find(recogniser, s.ar)]
        for a in articles
        for s in a.article.sentences
    }
    profiles = [events.profile(a, mentions, sentence_entities) for a in articles]
    profiled = time.perf_counter()
    groups = events.group(profiles, {e.id: e.type for e in names.values()})
    grouped = time.perf_counter()
    # Stories whose seeds report different events must stay apart. Stories from the same
    # seed, or from seeds that report one event (000/004, 002/003), a few days apart
    # cannot be told apart, so merging them is not counted as an error.
    undated_count = sum(not a.article.meta.published for a in articles)
    mixed = sum(len({SAME_EVENT[story_of[m.id][:3]] for m in g.members}) > 1 for g in groups)
    split = len(groups) - len({story_of[m.id] for g in groups for m in g.members[:1]})
    print(
        f"articles={count} undated={undated_count} stories={len(set(story_of.values()))} "
        f"events={len(groups)} "
        f"wrongly_merged_events={mixed} split_stories={split} "
        f"profile_s={profiled - began:.2f} group_s={grouped - profiled:.2f} "
        f"total_s={grouped - began:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--undated", type=float, default=0.0, help="share of undated articles")
    args = parser.parse_args()
    for count in args.articles:
        run(count, args.undated)


if __name__ == "__main__":
    main()
