"""Generate the founding project's site_src/ into OUT with the generator this script is run
with (PYTHONPATH), so that two versions' pages can be compared with ``diff -r`` (session 20,
helper L: the starter gazetteer). Without ``--live``: the frozen fixture project
(tests/fixtures/founding, its own glossary). With ``--live``: the current directory's
``seeds/`` (the five founding seeds with that checkout's glossary).

    PYTHONPATH=CHECKOUT python benchmarks/founding_site_s20.py OUT [--live]
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


def main(out: Path, live: bool) -> None:
    root = out / "project"
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    seeds = Path.cwd() / "seeds" if live else FOUNDING / "seeds"
    shutil.copytree(seeds, root / "seeds")
    (root / "site_src").mkdir()
    build.generate(Project(root), incremental=False, workers=1, today=TODAY)


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--live" in sys.argv[2:])
