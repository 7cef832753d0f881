"""The machine translator a build uses: the installed Argos package plus glossary names.

The model is loaded on first use, so builds with nothing left to translate never pay for
loading CTranslate2 weights. ``Decoding`` holds every setting that shapes the output or the
speed; the Ray workers (``cluster.py``) build the same ``ArgosEngine`` from it, so a
sentence gets the same English wherever it is translated.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import glossary
from generator.translate import argos, names


@dataclass(frozen=True)
class Decoding:
    """How CTranslate2 decodes: the same settings in the local and the Ray paths."""

    beam_size: int = 4
    threads: int = 0  # CTranslate2's intra_threads; 0 lets it choose
    device: str = "cpu"  # cpu | cuda | auto (see argos.resolve_device)
    compute_type: str = "default"  # one of argos.COMPUTE_TYPES
    batch_size: int = 32  # sentences per CTranslate2 call
    # One decoding cap for every sentence instead of each sentence's own (benchmarks only:
    # random weights never stop early, so a fixed cap keeps paths comparable).
    max_decoding_length: int | None = None


class ArgosEngine:
    """Implements ``translate.Engine`` with an installed Argos package."""

    def __init__(
        self,
        model: argos.InstalledModel,
        name_forms: Mapping[str, str],
        decoding: Decoding | None = None,
    ) -> None:
        self.model = model
        self.name, self.version = model.name, model.version
        self.name_forms = dict(name_forms)
        self.decoding = decoding or Decoding()

    @functools.cached_property
    def translator(self) -> argos.ArgosTranslator:
        """The loaded model (on first use); raises ArgosError for a device it cannot use."""
        return argos.ArgosTranslator(
            self.model,
            threads=self.decoding.threads,
            device=argos.resolve_device(self.decoding.device),
            compute_type=self.decoding.compute_type,
        )

    def translate(
        self, sentences: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> list[str]:
        return self.translator.translate(
            sentences,
            beam_size=self.decoding.beam_size,
            batch_size=self.decoding.batch_size,
            names=self.name_forms,
            progress=progress,
            max_decoding_length=self.decoding.max_decoding_length,
        )


def load_engine(
    seeds_dir: Path,
    *,
    beam_size: int = 4,
    threads: int = 0,
    device: str = "cpu",
    compute_type: str = "default",
) -> ArgosEngine | None:
    """The engine for the installed ar→en package, or None when no package is installed."""
    model = argos.find_installed()
    if model is None:
        return None
    name_forms = names.name_map(glossary.load(seeds_dir).values())
    decoding = Decoding(
        beam_size=beam_size, threads=threads, device=device, compute_type=compute_type
    )
    return ArgosEngine(model, name_forms, decoding)
