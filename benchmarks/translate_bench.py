"""Translation throughput: argostranslate's stock path vs our batching vs bare CTranslate2,
and (``--ray``) our engine in-process vs the same engine behind Ray workers.

    python benchmarks/translate_bench.py [--beam 4] [--threads 2] [--rounds 5] [--ray]

Builds an Argos-sized package (transformer-base: 6+6 layers, d_model 512, FFN 2048, 8 heads,
int8, random weights; a SentencePiece BPE model trained on the seed articles, which splits
words about as finely as a real package's, padded to 8000 pieces so the output layer costs
what a real one does), installs it into a temporary
ARGOS_PACKAGES_DIR and translates every sentence of the seed articles three ways:

  (a) stock  argostranslate: translation.translate(paragraph), one call per paragraph
  (b) ours   ArgosTranslator.translate(all sentences)
  (c) bare   one ctranslate2 translate_batch over the same pre-tokenised sentences

With ``--ray``, the sentences are also cut into ``--chunks`` chunks as the pipeline cuts
them (``translate.chunked``) and translated chunk by chunk three more ways, all with one
CTranslate2 thread per model:

  (d) local  ArgosEngine.translate, chunk after chunk, in this process
  (e) ray×1  the same engine in one Ray worker (cluster.RayEngine's pool and results)
  (f) ray×2  two Ray workers

Same beam, threads and decoding cap everywhere. Random weights rarely emit </s>, so every
hypothesis runs to max_decoding_length; a single fixed cap (2 x median source tokens + 10)
is therefore applied to all paths, or the comparison would measure the caps.

Rounds alternate the paths, so load from other processes on a shared machine hits them
alike; ``/proc/loadavg`` is printed before and after each round. Each ratio is taken per
round and reported as median and min–max. The last line holds the medians:
``speedup_vs_stock=<b/a> efficiency_vs_bare=<b/c> ray_overhead=<e/d>`` (ray_overhead is
the ray×1 / in-process throughput ratio: 1 means Ray costs nothing; ``n/a`` without --ray).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import os
import platform
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


from generator.segment import split_sentences  # noqa: E402


def _no_network(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("the benchmark must not touch the network")


def paragraphs() -> list[str]:
    """Cleaned body paragraphs of the seed articles, as the pipeline sees them."""
    from generator import build

    articles = build.read_articles(build.Project(ROOT))
    return [
        " ".join(s.ar for s in paragraph.sentences)
        for article in articles
        for paragraph in article.paragraphs[1:]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (at least 5)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N paragraphs")
    parser.add_argument("--ray", action="store_true", help="also in-process vs Ray workers")
    parser.add_argument("--chunks", type=int, default=4, help="chunks for the --ray paths")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="translate-bench-") as tmp:
        bench(args, Path(tmp))


def bench(args: argparse.Namespace, work: Path) -> None:
    # Before argostranslate is imported: its settings read the environment once.
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    print(machine())
    if args.ray:
        import ray

        # Before sockets are closed to the driver: Ray talks to its local processes. Three
        # logical CPUs hold the one- and two-worker pools at once; only one pool works at a
        # time, so the two real cores are never asked for more than two threads.
        ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, logging_level=30)
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.create_connection = _no_network  # type: ignore[assignment]

    import ctranslate2
    from argostranslate import settings
    from argostranslate import translate as argos_translate
    from tiny_argos import build_tiny_package

    from generator.translate.argos import ArgosTranslator, install_from_file

    paras = paragraphs()[: args.limit or None]
    split = split_sentences
    sentences = [s for p in paras for s in split(p)]

    started = time.perf_counter()
    package = build_tiny_package(
        work,
        "\n".join(paras),
        version="0.0.1-bench",
        vocab_size=8000,
        min_vocab_size=8000,
        layers=(6, 6),
        d_model=512,
        ffn_dim=2048,
        heads=8,
        quantization="int8",
        sentencepiece_type="bpe",  # real-model token counts (about 1.3 per word)
    )
    model = install_from_file(package)
    print(
        f"package: {package.stat().st_size / 1e6:.0f} MB, built and installed in "
        f"{time.perf_counter() - started:.1f} s"
    )

    ours = ArgosTranslator(model, threads=args.threads)
    tokenizer = ours._tokenizer
    tokens = [tokenizer.encode(s) for s in sentences]
    cap = 2 * int(statistics.median(map(len, tokens))) + 10
    lengths = [len(t) for t in tokens]
    print(
        f"{len(paras)} paragraphs, {len(sentences)} sentences, source tokens: "
        f"{sum(lengths)} in all, median {statistics.median(lengths):.0f}, max {max(lengths)}; "
        f"length cap max_decoding_length={cap} (so at most {cap * len(sentences)} target "
        f"tokens a path), beam={args.beam}, threads={args.threads}, "
        f"batch_size={args.batch_size}, rounds={args.rounds}"
    )

    # (a) Stock path. Its sentence splitter (MiniSBD) downloads a model, so it is replaced by
    # ours; its CTranslate2 translator gets the same fixed cap through a thin wrapper, since
    # Argos does not pass max_decoding_length itself. Everything else is Argos's own code:
    # per-paragraph calls, max_batch_size=32 *tokens*, its decoding options.
    class Sentencizer:
        def __init__(self, _pkg: object) -> None:
            pass

        def split_sentences(self, text: str) -> list[str]:
            return split(text)

    class CappedTranslator:
        def __init__(self, **params: object) -> None:
            self.real = ctranslate2.Translator(**params)

        def translate_batch(self, source: list[list[str]], **options: object) -> object:
            return self.real.translate_batch(source, **options, max_decoding_length=cap)

    argos_translate.MiniSBDSentencizer = Sentencizer
    argos_translate.ctranslate2 = SimpleNamespace(Translator=CappedTranslator)
    settings.intra_threads, settings.inter_threads = args.threads, 1
    settings.beam_size = args.beam
    stock = argos_translate.get_translation_from_codes("ar", "en")

    def run_stock(paras: list[str]) -> None:
        for paragraph in paras:
            stock.cache = {}  # Argos reuses the previous call's paragraphs; measure the work
            stock.translate(paragraph)

    def run_ours(sentences: list[str]) -> None:
        ours.translate(
            sentences, beam_size=args.beam, batch_size=args.batch_size, max_decoding_length=cap
        )

    bare = ctranslate2.Translator(
        str(model.path / "model"), device="cpu", inter_threads=1, intra_threads=args.threads
    )

    def run_bare(tokens: list[list[str]]) -> None:
        bare.translate_batch(
            tokens,
            max_batch_size=args.batch_size,
            beam_size=args.beam,
            length_penalty=0.2,
            replace_unknowns=True,
            max_decoding_length=cap,
        )

    paths: dict[str, tuple[Callable[[Any], None], Any]] = {
        "a stock": (run_stock, paras),
        "b ours": (run_ours, sentences),
        "c bare": (run_bare, tokens),
    }
    # Warm-up outside the clock: first calls load weights and allocate buffers.
    run_stock(paras[:1])
    run_ours(sentences[:2])
    run_bare(tokens[:2])
    with ray_paths(args, model, cap, sentences) as extra:
        paths |= extra
        times = rounds(paths, args.rounds, len(sentences))
    report(times, len(sentences))


def ray_paths(
    args: argparse.Namespace, model: Any, cap: int, sentences: list[str]
) -> contextlib.AbstractContextManager[dict[str, tuple[Callable[[Any], None], Any]]]:
    """Paths (d)-(f), with their workers started and warmed up; none without --ray."""
    if not args.ray:
        return contextlib.nullcontext({})
    return _ray_paths(args, model, cap, sentences)


@contextlib.contextmanager
def _ray_paths(
    args: argparse.Namespace, model: Any, cap: int, sentences: list[str]
) -> Iterator[dict[str, tuple[Callable[[Any], None], Any]]]:
    import ray

    from generator.translate import cluster
    from generator.translate.engine import ArgosEngine, Decoding

    decoding = Decoding(
        beam_size=args.beam, threads=1, batch_size=args.batch_size, max_decoding_length=cap
    )
    local = ArgosEngine(model, {}, decoding)
    size = -(-len(sentences) // args.chunks)
    by_length = sorted(sentences, key=len)  # as translate.chunked orders them
    chunks = [by_length[i : i + size] for i in range(0, len(by_length), size)]

    def run_local(chunks: list[list[str]]) -> None:
        for chunk in chunks:
            local.translate(chunk)

    with contextlib.ExitStack() as stack:
        pools = {}
        for actors in (1, 2):
            started = time.perf_counter()
            engine = cluster.RayEngine(local, cluster.ClusterOptions(actors=actors))
            pools[actors] = stack.enter_context(engine.pool())
            print(f"ray: {actors} worker(s) started in {time.perf_counter() - started:.1f} s")

        def on_ray(actors: int) -> Callable[[list[list[str]]], None]:
            return lambda chunks: collections.deque(cluster.results(pools[actors], chunks), 0)

        for run in (run_local, on_ray(1), on_ray(2)):  # warm-up outside the clock
            run([chunk[:2] for chunk in chunks])
        print(f"ray: {ray.__version__}, {len(chunks)} chunks of up to {size} sentences")
        yield {
            "d local": (run_local, chunks),
            "e ray×1": (on_ray(1), chunks),
            "f ray×2": (on_ray(2), chunks),
        }


def rounds(
    paths: dict[str, tuple[Callable[[Any], None], Any]], count: int, sentences: int
) -> dict[str, list[float]]:
    """Seconds per path per round; the paths alternate within each round."""
    times: dict[str, list[float]] = {label: [] for label in paths}
    for round_ in range(1, count + 1):
        print(f"round {round_}: loadavg before {_loadavg()}", flush=True)
        for label, (run, data) in paths.items():
            start = time.perf_counter()
            run(data)
            seconds = time.perf_counter() - start
            times[label].append(seconds)
            print(
                f"round {round_} ({label:7}) {seconds:6.1f} s {sentences / seconds:6.2f} "
                "sentences/s",
                flush=True,
            )
        print(f"round {round_}: loadavg after  {_loadavg()}", flush=True)
    return times


def report(times: dict[str, list[float]], sentences: int) -> None:
    """Median and min–max of each path's rate and of each ratio taken per round."""
    for label, seconds in times.items():
        rates = [sentences / s for s in seconds]
        print(f"{label:7}: {_spread(rates)} sentences/s")
    ratios = {
        "speedup_vs_stock": ("b ours", "a stock"),
        "efficiency_vs_bare": ("b ours", "c bare"),
        "ray_overhead": ("e ray×1", "d local"),
        "ray_two_workers": ("f ray×2", "d local"),
    }
    medians = {}
    for name, (top, bottom) in ratios.items():
        if top not in times:
            medians[name] = "n/a"
            continue
        per_round = [b / t for t, b in zip(times[top], times[bottom], strict=True)]
        print(f"{name}: {_spread(per_round)} (per round: {_listing(per_round)})")
        medians[name] = f"{statistics.median(per_round):.2f}"
    print(
        f"speedup_vs_stock={medians['speedup_vs_stock']} "
        f"efficiency_vs_bare={medians['efficiency_vs_bare']} "
        f"ray_overhead={medians['ray_overhead']}"
    )


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def _listing(values: list[float]) -> str:
    return " ".join(f"{value:.2f}" for value in values)


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "unknown"


def machine() -> str:
    """CPU model, cores and versions, for the log."""
    from importlib.metadata import version

    import ctranslate2

    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"date {dt.date.today()}, {cpu}, {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}, ctranslate2 {ctranslate2.__version__}, "
        f"argos-translate-lt {version('argos-translate-lt')}"
    )


if __name__ == "__main__":
    main()
