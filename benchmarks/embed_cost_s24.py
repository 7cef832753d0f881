"""Rule (3) of benchmarks/logs/group_decision_s24.log, side by side: what embedding a report's
lead costs beside translating that report with an Argos-sized model (translate_bench.py's
package: transformer-base, int8, random weights, an 8000-piece SentencePiece BPE).

    python benchmarks/embed_cost_s24.py [--rounds 3] > benchmarks/logs/embed_cost_s24.log

The reports are the five founding seeds (whole articles, as contributors add them). Per round
and report, one after the other in this process: its sentences translated in one call (beam
4, the CPUs' threads, as a build), then its lead (headline and first paragraph) embedded.
Random weights never stop a hypothesis early, so each report's decoding is capped at the
median source length of its sentences in tokens: about as many target tokens as source
tokens, fewer than an English translation of Arabic takes (which makes translation look
cheaper, the ratio larger: the test leans against the embedding). The embedding runs with
the environment as a build has it (OMP_NUM_THREADS unset unless the caller sets it).
Prints per report the median (min-max) over rounds of both times and of their ratio, and the
ratio of the sums.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="embed-cost-") as tmp:
        run(args.rounds, Path(tmp))


def run(rounds: int, work: Path) -> None:
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    from tiny_argos import build_tiny_package

    from generator import build
    from generator.analyse import embedding
    from generator.translate.argos import ArgosTranslator, install_from_file

    articles = build.read_articles(build.Project(ROOT / "tests/fixtures/founding"))
    text = "\n".join(s.ar for a in articles for s in a.sentences)
    package = build_tiny_package(
        work, text, version="0.0.1-bench", vocab_size=8000, min_vocab_size=8000,
        layers=(6, 6), d_model=512, ffn_dim=2048, heads=8, quantization="int8",
        sentencepiece_type="bpe",
    )  # fmt: skip
    translator = ArgosTranslator(install_from_file(package), threads=os.cpu_count() or 1)
    print(
        f"# {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
        f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}, load "
        f"{Path('/proc/loadavg').read_text().split()[:3]}"
    )
    embedding.vector("تحمية")  # the model loads once a build (0.01 s)
    times: dict[str, list[tuple[float, float]]] = {a.id: [] for a in articles}
    for _ in range(rounds):
        for article in articles:
            sentences = [s.ar for s in article.sentences]
            cap = int(statistics.median(len(translator._tokenizer.encode(s)) for s in sentences))
            start = time.perf_counter()
            translator.translate(sentences, beam_size=4, max_decoding_length=cap)
            translated = time.perf_counter() - start
            lead = [s.ar for p in article.paragraphs[:2] for s in p.sentences]
            start = time.perf_counter()
            embedding.vector(" ".join(lead))
            times[article.id].append((translated, time.perf_counter() - start))
    _report(times, {a.id: len(a.sentences) for a in articles})


def _report(times: dict[str, list[tuple[float, float]]], sizes: dict[str, int]) -> None:
    def spread(values: list[float], unit: str = "s") -> str:
        return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f}) {unit}"

    for ident, pairs in times.items():
        ratios = [e / t for t, e in pairs]
        print(
            f"{ident} ({sizes[ident]} sentences): translate {spread([t for t, _ in pairs])}, "
            f"embed {spread([e for _, e in pairs])}, ratio {spread(ratios, '')}"
        )
    rounds = len(next(iter(times.values())))
    sums = [
        sum(times[i][r][1] for i in times) / sum(times[i][r][0] for i in times)
        for r in range(rounds)
    ]
    print(f"all five: embedding / translation {spread(sums, '')} over {rounds} rounds")
    print(f"# load at the end {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
