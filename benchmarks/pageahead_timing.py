"""When the page-ahead child's links and reads arrive (not a test).

    python benchmarks/pageahead_timing.py --articles 5000 [--project DIR]

Builds a synthetic archive (``benchmarks/site_archive.py``) with ``briefing build
--no-translate`` unless ``--project`` already holds a built one of this code version,
then starts ``pageahead.Ahead`` as an addition's build would, drains its pipe
continuously and prints, in seconds after the start, when the earlier generation is
ready (made ready, or with ``--no-previous`` linked anew) and each part of the reads
arrive. Run again on the same project, the reads are those of the first addition (no
build records them in between). Compare with when an addition's generation ends and MkDocs first
checks pages (``add_one_profile.py --timer phases``).
"""

from __future__ import annotations

import argparse
import os
import pickle
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import site_archive  # noqa: E402
from generator import build, pageahead, pagecache  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--project", type=Path)
    parser.add_argument(
        "--no-previous",
        action="store_true",
        help="remove the earlier generation first: the child links every page",
    )
    args = parser.parse_args()
    root = args.project or Path(tempfile.mkdtemp(prefix="pageahead-timing-")) / "p"
    project = build.Project(root.resolve())
    if not pagecache.manifest_path(project).is_file():
        shutil.rmtree(root, ignore_errors=True)
        site_archive.write_archive(root, args.articles)
        command = ["briefing", "build", "--no-translate"]
        subprocess.run(command, cwd=root, check=True, capture_output=True)
    previous = project.site_dir.with_name(build.PREVIOUS_NAME)
    if args.no_previous:  # as after a full build before session 13 (pagecache.Following)
        shutil.rmtree(previous, ignore_errors=True)
    started = time.monotonic()
    ahead = pageahead.Ahead(project, previous, workers=2)
    read = 0
    with os.fdopen(ahead.pipe, "rb") as pipe:
        while select.select([pipe], [], [], 60)[0]:
            try:
                message = pickle.load(pipe)
            except EOFError:
                break
            at = time.monotonic() - started
            if isinstance(message, tuple):
                print(f"{at:.2f} s earlier generation: {len(message[1])} pages")
            elif isinstance(message, dict):
                read += len(message)
                print(f"{at:.2f} s reads: {len(message)} pages (total {read})")
            else:
                print(f"{at:.2f} s {message}")
    os.waitpid(ahead.pid, 0)
    if args.no_previous:
        shutil.rmtree(previous, ignore_errors=True)


if __name__ == "__main__":
    main()
