"""Profile: where each full (generation 2) garbage collection of an add-one build falls
(not a test).

    python benchmarks/add_one_gc.py PROJECT

``PROJECT`` is a synthetic archive (``benchmarks/site_archive.py``) built before with
``briefing build --no-translate`` and kept (``add_one_profile.py --keep``). One article
is added (numbered after the seeds there) and the build runs in this process; printed
per full collection: when it began (seconds into the build), how long it took (wall),
what it collected, how many objects were frozen (``gc.freeze``) and the innermost frames
of the generator and MkDocs that set it off.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import add_one_profile, site_archive  # noqa: E402

FRAMES = 6  # innermost frames of ours and MkDocs' shown per collection


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    args = parser.parse_args()
    number = len(list((args.project / "seeds").glob("*.md")))
    site_archive.add_article(args.project, number, seed=number)
    began, start = time.perf_counter(), [0.0]
    found: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            start[0] = time.perf_counter()
            return
        frames = [
            f"{Path(frame.filename).name}:{frame.name}"
            for frame in traceback.extract_stack()[:-1]
            if "generator" in frame.filename or "mkdocs" in frame.filename
        ]
        found.append(
            f"  at {start[0] - began:6.2f} s: {time.perf_counter() - start[0]:.3f} s, "
            f"{info['collected']} collected, {gc.get_freeze_count()} frozen; "
            + " < ".join(reversed(frames[-FRAMES:]))
        )

    gc.callbacks.append(note)
    add_one_profile._build_here(args.project)
    print(f"add-one {time.perf_counter() - began:.1f} s wall, load {os.getloadavg()[0]:.2f}")
    print(f"full collections: {len(found)}")
    print("\n".join(found))


if __name__ == "__main__":
    main()
