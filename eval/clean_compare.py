"""Boilerplate line scores of two checkouts side by side, counts only (``--quiet``).

    python eval/clean_compare.py BEFORE_DIR AFTER_DIR [--sets S ...] [--tune]

Each directory is a checkout of this repository (a worktree at main's commit, say, and the
branch's); each runs its own ``eval/clean_pages.py --set S --quiet`` for every set named,
and with ``--tune`` its own ``eval/clean_dev.py --quiet`` (the tuning half, whole and by
halves). No error line is printed, so a held-out set can be scored this way once without
being read. The corpus's test half is never touched (``clean_dev.py`` never loads it).
``--same-scripts`` runs AFTER's eval scripts and data on both sides, each checkout with its own
``generator/``: for a set or a count that the BEFORE checkout's scripts do not know yet."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

SPENT_SETS = ("pages", "heldout", *(f"heldout{n}" for n in range(2, 23)))


def _score(checkout: Path, script: str, *args: str, scripts: Path | None = None) -> str:
    """The totals line a checkout's own script (or the one in ``scripts``) prints for one
    set, run with that checkout's ``generator/``."""
    run = subprocess.run(
        [sys.executable, str((scripts or checkout) / "eval" / script), *args, "--quiet"],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(checkout)},  # its own generator/, not ours
    )
    return next(line for line in run.stdout.splitlines() if line.startswith("reports:"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--sets", nargs="*", default=list(SPENT_SETS))
    parser.add_argument("--tune", action="store_true", help="also the tuning half")
    parser.add_argument("--same-scripts", action="store_true", help="AFTER's eval/ on both")
    args = parser.parse_args()
    # Absolute: each side runs in its own directory, where "." would name that side.
    args.before, args.after = args.before.resolve(), args.after.resolve()
    runs: list[tuple[str, ...]] = [("clean_pages.py", "--set", name) for name in args.sets]
    if args.tune:
        runs += [("clean_dev.py",), *(("clean_dev.py", "--half", half) for half in "ab")]
    for script, *rest in runs:
        print(" ".join(rest) if script == "clean_pages.py" else f"tune {' '.join(rest)}")
        scripts = args.after if args.same_scripts else None
        print(f"  before: {_score(args.before, script, *rest, scripts=scripts)}")
        print(f"  after:  {_score(args.after, script, *rest)}")


if __name__ == "__main__":
    main()
