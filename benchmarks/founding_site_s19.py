"""Generate the founding fixture project's site_src/ (tests/fixtures/founding) into OUT, with
the generator this script is run with (PYTHONPATH), so that two versions' pages can be
compared with ``diff -r`` (session 19, helper V: spelling variants in the recogniser).

    PYTHONPATH=CHECKOUT python benchmarks/founding_site_s19.py OUT
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

from generator import build
from generator.build import Project

REPO = Path(__file__).resolve().parent.parent
FOUNDING = REPO / "tests" / "fixtures" / "founding"
TODAY = dt.date(2026, 12, 1)  # fixed: pages that say how recent something is stay equal


def main(out: Path) -> None:
    root = out / "project"
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(FOUNDING / "seeds", root / "seeds")
    (root / "site_src").mkdir()
    build.generate(Project(root), incremental=False, workers=1, today=TODAY)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
