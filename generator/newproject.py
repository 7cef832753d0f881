"""`briefing init DIR`: a new briefing project that builds right away.

The files come from the package's ``skeleton/`` folder, laid out as in the project, except
two names a package does not ship well (``RENAMED``). ``requirements.txt`` is written here:
it names where the installed generator came from (pip's record of a VCS or archive
install, PEP 610) or, when that is unknown (an index, a local folder), a line to fill in.
The skeleton's ``mkdocs.yml`` and workflow are this repository's, give or take the names
(tests/test_package.py compares them).
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from generator.errors import BriefingError
from generator.writer import atomic_write

SKELETON = "skeleton"
RENAMED = {"gitignore": ".gitignore", "workflow.yml": ".github/workflows/site.yml"}
REQUIREMENTS = "requirements.txt"
# site_src/ must exist for MkDocs to start; everything in it is generated.
GENERATED_DIR_IGNORE = ("site_src/.gitignore", b"*\n!.gitignore\n")
DISTRIBUTION = "briefing"


@dataclass(frozen=True)
class Created:
    files: tuple[str, ...]  # relative paths, sorted
    source_known: bool  # requirements.txt names where the generator came from


def skeleton_files() -> dict[str, bytes]:
    """The skeleton's files by their path in a new project."""
    found: dict[str, bytes] = {}
    stack: list[tuple[str, Traversable]] = [("", importlib.resources.files("generator") / SKELETON)]
    while stack:
        prefix, folder = stack.pop()
        for item in folder.iterdir():
            relative = f"{prefix}{item.name}"
            if item.is_dir():
                stack.append((f"{relative}/", item))
            elif not item.name.startswith("."):
                found[RENAMED.get(relative, relative)] = item.read_bytes()
    return found


def source_requirement() -> str | None:
    """A requirement naming where the installed generator came from, if pip recorded a
    VCS or a downloaded archive (not an index, not a local folder)."""
    try:
        recorded = importlib.metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
        origin = json.loads(recorded or "null")
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return None
    if not isinstance(origin, dict) or not str(origin.get("url", "")).startswith("https://"):
        return None
    url, vcs = origin["url"], origin.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") and vcs.get("commit_id"):
        return f"{DISTRIBUTION} @ {vcs['vcs']}+{url}@{vcs['commit_id']}"
    return f"{DISTRIBUTION} @ {url}" if "archive_info" in origin else None


def requirements(found: str | None) -> str:
    intro = (
        "# Where the briefing generator is installed from (the workflow and README run\n"
        "# `pip install -r requirements.txt`).\n"
    )
    if found:
        return f"{intro}{found}\n"
    version = importlib.metadata.version(DISTRIBUTION)
    return (
        f"{intro}# TODO: replace OWNER/REPOSITORY with the generator's repository, and the tag\n"
        "# with the commit or tag you build with.\n"
        f"{DISTRIBUTION} @ git+https://github.com/OWNER/REPOSITORY@v{version}\n"
    )


def create(target: Path) -> Created:
    """Write a new project into ``target`` (a new or empty folder)."""
    if target.exists() and not target.is_dir():
        raise BriefingError(f"{target} exists and is not a folder: give a new folder's name")
    if target.is_dir() and any(target.iterdir()):
        raise BriefingError(
            f"{target} is not empty: briefing init writes only into a new or empty folder"
        )
    found = source_requirement()
    files = skeleton_files()
    files[REQUIREMENTS] = requirements(found).encode("utf-8")
    files[GENERATED_DIR_IGNORE[0]] = GENERATED_DIR_IGNORE[1]
    target.mkdir(parents=True, exist_ok=True)
    for relative, content in sorted(files.items()):
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, content, replace=False)
    return Created(tuple(sorted(files)), found is not None)
