"""Build small but genuine Argos Translate packages, and local servers, for tests.

The real ``translate-ar_en`` package cannot be downloaded on these machines, so tests make
their own: a SentencePiece model trained on the given text, a CTranslate2 transformer with
random weights over that vocabulary, and ``metadata.json``, zipped as one top-level folder
exactly like an ``.argosmodel``. It installs with ``argostranslate.package.install_from_path``
and runs through the same code path as the real model; its output is noise, so tests may
assert plumbing only, never English.

The benchmark reuses :func:`build_tiny_package` with transformer-base sizes.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import shutil
import socket
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import TransformerSpec


def build_tiny_package(
    out_dir: Path,
    training_text: str,
    *,
    name: str = "translate-ar_en",
    version: str = "0.0.1-test",
    from_code: str = "ar",
    to_code: str = "en",
    target_prefix: str = "",
    vocab_size: int = 500,
    min_vocab_size: int = 0,
    layers: tuple[int, int] = (1, 1),
    d_model: int = 32,
    ffn_dim: int = 64,
    heads: int = 2,
    quantization: str | None = None,
    seed: int = 0,
    sentencepiece_type: str = "unigram",
) -> Path:
    """Write ``<name>-<version>.argosmodel`` into ``out_dir`` and return its path.

    ``min_vocab_size`` pads the vocabulary with filler symbols when the text is too small to
    learn that many pieces: the benchmark needs an output layer as wide as a real model's.
    ``sentencepiece_type="bpe"`` learns more, longer pieces from a small text, so sentences
    get about as many tokens as with a real package's large vocabulary.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = f"{name}-{version}".replace(".", "_")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / folder
        (root / "model").mkdir(parents=True)
        extra = [target_prefix] if target_prefix else []
        sp_bytes = _train_sentencepiece(training_text, vocab_size, extra, sentencepiece_type)
        pieces = _pieces(sp_bytes)
        if len(pieces) < min_vocab_size:
            fillers = [f"⟦{i}⟧" for i in range(min_vocab_size - len(pieces))]
            sp_bytes = _train_sentencepiece(
                training_text, vocab_size, extra + fillers, sentencepiece_type
            )
            pieces = _pieces(sp_bytes)
        (root / "sentencepiece.model").write_bytes(sp_bytes)
        _save_random_transformer(
            root / "model", pieces, layers, d_model, ffn_dim, heads, quantization, seed
        )
        metadata = {
            "package_name": name,
            "package_version": version,
            "argos_version": "1.9.0",
            "from_code": from_code,
            "from_name": "Arabic" if from_code == "ar" else from_code,
            "to_code": to_code,
            "to_name": "English" if to_code == "en" else to_code,
            "type": "translate",
            "code": f"translate-{from_code}_{to_code}",
        }
        if target_prefix:
            metadata["target_prefix"] = target_prefix
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        archive = out_dir / f"{folder}.argosmodel"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(root.rglob("*")):
                zf.write(path, path.relative_to(Path(tmp)).as_posix())
    return archive


def _train_sentencepiece(text: str, vocab_size: int, symbols: list[str], kind: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ValueError("training_text has no non-blank lines")
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size + len(symbols),
        # Small texts cannot fill a large vocabulary; let the trainer stop early.
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type=kind,
        user_defined_symbols=symbols,
        minloglevel=2,
        num_threads=1,
    )
    return model.getvalue()


def _pieces(sp_bytes: bytes) -> list[str]:
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    # Ids 0-2 are <unk>, <s>, </s>: the special tokens CTranslate2's default config expects.
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _save_random_transformer(
    out: Path,
    vocab: list[str],
    layers: tuple[int, int],
    d: int,
    ffn: int,
    heads: int,
    quantization: str | None,
    seed: int,
) -> None:
    rng = np.random.default_rng(seed)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)

    def norm(spec: object) -> None:
        spec.gamma = np.ones(d, np.float32)
        spec.beta = np.zeros(d, np.float32)

    def linear(spec: object, rows: int, cols: int) -> None:
        spec.weight = w(rows, cols)
        spec.bias = np.zeros(rows, np.float32)

    def feed_forward(spec: object) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, ffn, d)
        linear(spec.linear_1, d, ffn)

    spec = TransformerSpec.from_config(layers, heads)
    v = len(vocab)
    spec.encoder.embeddings[0].weight = w(v, d)
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)  # fused query/key/value
        linear(layer.self_attention.linear[1], d, d)
        feed_forward(layer.ffn)
    spec.decoder.embeddings.weight = w(v, d)
    norm(spec.decoder.layer_norm)
    linear(spec.decoder.projection, v, d)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d, d)
        linear(layer.attention.linear[1], 2 * d, d)  # fused key/value over the encoder
        linear(layer.attention.linear[2], d, d)
        feed_forward(layer.ffn)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    # Same order as CTranslate2's own converters: check, then quantise, then write.
    spec.validate()
    spec.optimize(quantization=quantization)
    spec.save(str(out))
    assert ctranslate2.contains_model(str(out))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_index(tmpdir: Path, package_path: Path) -> Iterator[str]:
    """Serve an Argos-style ``index.json`` listing ``package_path``; yield the index URL."""
    root = Path(tmpdir) / "argos-index"
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(package_path, root / package_path.name)
    with zipfile.ZipFile(package_path) as zf:
        meta_name = next(n for n in zf.namelist() if n.endswith("/metadata.json"))
        metadata = json.loads(zf.read(meta_name))

    def handler(*args: object, **kwargs: object) -> _QuietHandler:
        return _QuietHandler(*args, directory=str(root), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    entry = {
        key: metadata[key]
        for key in ("package_version", "argos_version", "code", "from_code", "to_code")
        if key in metadata
    }
    entry["links"] = [f"{base}/{package_path.name}"]
    # A second, unrelated pair proves the right entry is chosen.
    other = {**entry, "from_code": "en", "to_code": "ar", "links": [f"{base}/missing.zip"]}
    entry |= {"from_name": "Arabic", "to_name": "English"}
    other |= {"from_name": "English", "to_name": "Arabic", "code": "translate-en_ar"}
    (root / "index.json").write_text(json.dumps([other, entry]), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"{base}/index.json"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Yield a URL whose port accepts TCP connections but never sends a byte."""
    # The kernel completes handshakes for a listening socket even if we never accept(),
    # which is exactly a server that hangs.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/index.json"


def closed_port_url() -> str:
    """Return a URL on a local port that nothing listens on (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.json"
