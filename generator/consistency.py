"""What must hold for any set of seeds, however many contributors add.

``briefing check`` runs this: every seed, TM file and the glossary parse; no translation
memory or saved page (``seeds/raw/``) is left over from a deleted seed; every seed has its
evidence section in ``seeds/SOURCES.md``. Problems come back as ``Problem``s; nothing here
raises for bad input.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import analyse, build, eventfiles, glossary, translate
from generator.errors import InputError, Problem
from generator.seeds import RAW_DIR, SOURCES_FILE
from generator.translate import tm

_SECTION = re.compile(r"^##\s+(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\b", re.MULTILINE)


def sources_sections(seeds_dir: Path) -> set[str]:
    """Seed ids with a ``## <id>…`` section in SOURCES.md."""
    path = seeds_dir / SOURCES_FILE
    if not path.is_file():
        return set()
    return {m.group("id") for m in _SECTION.finditer(path.read_text(encoding="utf-8"))}


def check_project(project: build.Project) -> tuple[int, list[Problem]]:
    """How many seeds were read, and every problem found in the project's inputs (a missing
    seeds/ folder or glossary raises BriefingError: nothing else can be checked well)."""
    project.check()
    problems: list[Problem] = []
    seed_ids: list[str] = []
    try:
        seed_ids = [a.id for a in build.read_articles(project)]
    except InputError as err:
        problems += err.problems
    for load in (tm.load, glossary.load):
        try:
            load(project.seeds_dir)
        except InputError as err:
            problems += err.problems
    if not problems:
        problems += _event_files(project)
    if seed_ids:
        problems += _orphaned_memory(project.seeds_dir, set(seed_ids))
        problems += _missing_sources(project.seeds_dir, seed_ids)
        problems += _orphaned_pages(project.seeds_dir, set(seed_ids))
    return len(seed_ids), problems


def _event_files(project: build.Project) -> list[Problem]:
    """Event files: valid, listing existing seeds once, naming events that exist."""
    try:
        files = eventfiles.load(project.seeds_dir)
        if not files:
            return []
        articles = eventfiles.apply_membership(build.read_articles(project), files)
        names = glossary.load(project.seeds_dir)
        analyse.analyse(translate.attach(articles, tm.Memory()), names, files)
    except InputError as err:
        return err.problems
    return []


def _orphaned_memory(seeds_dir: Path, seed_ids: set[str]) -> list[Problem]:
    directory = tm.tm_dir(seeds_dir)
    files = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    return [
        Problem(path, None, "belongs to no seed: delete it, or rename it to its seed's id")
        for path in files
        if path.stem not in seed_ids
    ]


def _orphaned_pages(seeds_dir: Path, seed_ids: set[str]) -> list[Problem]:
    """Saved pages (seeds/raw/) are evidence for one seed each; none is left over."""
    directory = seeds_dir / RAW_DIR
    files = sorted(p for p in directory.iterdir() if p.is_file()) if directory.is_dir() else []
    return [
        Problem(path, None, "is the saved page of no seed: delete it, or name it <seed id>.html")
        for path in files
        if path.suffix != ".html" or path.stem not in seed_ids
    ]


def _missing_sources(seeds_dir: Path, seed_ids: list[str]) -> list[Problem]:
    documented = sources_sections(seeds_dir)
    return [
        Problem(
            seeds_dir / SOURCES_FILE,
            None,
            f"no section for seed {seed_id}: add '## {seed_id}: …' with how the outlet and "
            "date were established (see CONTRIBUTING.md)",
        )
        for seed_id in seed_ids
        if seed_id not in documented
    ]
