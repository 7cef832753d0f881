"""The machine translator a build uses: the installed Argos package plus glossary names.

The model is loaded on first use, so builds with nothing left to translate never pay for
loading CTranslate2 weights.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from generator import glossary
from generator.translate import argos, names


class ArgosEngine:
    """Implements ``translate.Engine`` with an installed Argos package."""

    def __init__(
        self,
        model: argos.InstalledModel,
        name_forms: Mapping[str, str],
        *,
        beam_size: int = 4,
        threads: int = 0,
    ) -> None:
        self.model = model
        self.name, self.version = model.name, model.version
        self._names = dict(name_forms)
        self._beam_size = beam_size
        self._threads = threads

    @functools.cached_property
    def _translator(self) -> argos.ArgosTranslator:
        return argos.ArgosTranslator(self.model, threads=self._threads)

    def translate(
        self, sentences: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> list[str]:
        return self._translator.translate(
            sentences, beam_size=self._beam_size, names=self._names, progress=progress
        )


def load_engine(seeds_dir: Path, *, beam_size: int = 4, threads: int = 0) -> ArgosEngine | None:
    """The engine for the installed ar→en package, or None when no package is installed."""
    model = argos.find_installed()
    if model is None:
        return None
    name_forms = names.name_map(glossary.load(seeds_dir).values())
    return ArgosEngine(model, name_forms, beam_size=beam_size, threads=threads)
