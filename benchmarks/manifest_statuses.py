"""Check: after a full build, does site/ still match the statuses its manifest took? (not a test)

    python benchmarks/manifest_statuses.py --articles 5000

Builds a synthetic archive (``site_archive.py``) with ``briefing build --no-translate`` in
a child process, then compares each page's status recorded in the site/ manifest
(``pagecache.Manifest.html``: size, mtime, ctime, inode) with the file's status now. A page
whose status differs, or was taken within ``cache.RACY_NS`` of its last change, is read
and hashed again by the next build (in ``pageahead``'s child or ``Reuse.nav``); a full
build should leave none of the first kind.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402
from generator import cache, pagecache  # noqa: E402
from generator.build import Project  # noqa: E402

_BUILD = """
import os, sys
os.chdir(sys.argv[1])
from generator.cli import cli
cli.main(["build", "--no-translate"], standalone_mode=False)
"""


def counts(project: Path) -> tuple[int, int, int]:
    """(pages in the manifest, statuses that differ now, statuses taken in the racy window)"""
    found = cache.read_pickle(pagecache.manifest_path(Project(project)))
    assert isinstance(found, pagecache.Manifest), "no site/ manifest"
    differ = racy = 0
    for name, (key, _, taken) in found.html.items():
        if taken - max(key[1], key[2]) <= cache.RACY_NS:
            racy += 1
        status = os.lstat(name)
        if (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino) != key:
            differ += 1
    return len(found.html), differ, racy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="manifest-statuses-"))
    try:
        project = work / "p"
        site_archive.write_archive(project, args.articles)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", _BUILD, str(project)], check=True)
        seconds = time.perf_counter() - began
        pages, differ, racy = counts(project)
        print(
            f"# manifest_statuses {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
            f"commit={commit} articles={args.articles} full build {seconds:.1f} s\n"
            f"pages={pages} status_differs={differ} taken_in_racy_window={racy}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
