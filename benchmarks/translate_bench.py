"""Translation throughput: argostranslate's stock path vs our batching vs bare CTranslate2.

    python benchmarks/translate_bench.py [--beam 4] [--threads 2] [--repeat 1]

Builds an Argos-sized package (transformer-base: 6+6 layers, d_model 512, FFN 2048, 8 heads,
int8, random weights; a SentencePiece BPE model trained on the seed articles, which splits
words about as finely as a real package's, padded to 8000 pieces so the output layer costs
what a real one does), installs it into a temporary
ARGOS_PACKAGES_DIR and translates every sentence of the seed articles three ways:

  (a) stock  argostranslate: translation.translate(paragraph), one call per paragraph
  (b) ours   ArgosTranslator.translate(all sentences)
  (c) bare   one ctranslate2 translate_batch over the same pre-tokenised sentences

Same beam, threads and decoding cap everywhere. Random weights rarely emit </s>, so every
hypothesis runs to max_decoding_length; a single fixed cap (2 x median source tokens + 10)
is therefore applied to all three paths, or the comparison would measure the caps.
The last line is ``speedup_vs_stock=<b/a> efficiency_vs_bare=<b/c>``.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

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
    parser.add_argument("--repeat", type=int, default=1, help="rounds; each path keeps its best")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N paragraphs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="translate-bench-") as tmp:
        bench(args, Path(tmp))


def bench(args: argparse.Namespace, work: Path) -> None:
    # Before argostranslate is imported: its settings read the environment once.
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
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
    print(
        f"{len(paras)} paragraphs, {len(sentences)} sentences, median "
        f"{statistics.median(map(len, tokens)):.0f} tokens, max_decoding_length={cap}, "
        f"beam={args.beam}, threads={args.threads}, cores={os.cpu_count()}"
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

    # Warm-up outside the clock: first calls load weights and allocate buffers.
    run_stock(paras[:1])
    run_ours(sentences[:2])
    run_bare(tokens[:2])

    # Rounds alternate the three paths, so load from other processes on this small machine
    # hits them alike; each path keeps its best round.
    paths = {"a stock": (run_stock, paras), "b ours": (run_ours, sentences)}
    paths["c bare"] = (run_bare, tokens)
    best = dict.fromkeys(paths, float("inf"))
    for round_ in range(1, args.repeat + 1):
        for label, (run, data) in paths.items():
            start = time.perf_counter()
            run(data)
            seconds = time.perf_counter() - start
            best[label] = min(best[label], seconds)
            rate = len(sentences) / seconds
            print(
                f"round {round_} ({label:7}) {seconds:6.1f} s {rate:6.2f} sentences/s", flush=True
            )
    rates = {label: len(sentences) / seconds for label, seconds in best.items()}
    print("best: " + ", ".join(f"{label} {rate:.2f} sentences/s" for label, rate in rates.items()))
    speedup = rates["b ours"] / rates["a stock"]
    efficiency = rates["b ours"] / rates["c bare"]
    print(f"speedup_vs_stock={speedup:.2f} efficiency_vs_bare={efficiency:.2f}")


if __name__ == "__main__":
    main()
