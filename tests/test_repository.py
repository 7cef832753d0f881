"""What must hold for every tracked file of the repository, whatever a change adds."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import REPO

CONFLICT_MARKER = re.compile(r"^(<{7} |>{7} )", re.MULTILINE)


def test_no_tracked_file_holds_a_merge_conflict_marker() -> None:
    # A conflicted merge committed as is reads as text in docs and breaks code only later.
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    conflicted = []
    for name in filter(None, listed):
        path = REPO / name.decode()
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        if CONFLICT_MARKER.search(text):
            conflicted.append(name.decode())
    assert conflicted == []
