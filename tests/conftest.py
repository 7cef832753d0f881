"""Shared fixtures: a throwaway copy of the project, and seed-writing helpers."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator import build
from generator.build import Project
from generator.errors import BriefingError

REPO = Path(__file__).resolve().parent.parent
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
# The founding corpus frozen as it was (seeds, translation memory, glossary, SOURCES.md):
# snapshot tests read this, never the live seeds/ that contributors add to.
FOUNDING = REPO / "tests" / "fixtures" / "founding"
FOUNDING_SEEDS = FOUNDING / "seeds"
FOUNDING_PROJECT = Project(FOUNDING)


def write_seed(seeds_dir: Path, seed_id: str, body: str, **meta: str) -> Path:
    """A seed file with the given front matter (``id``/``language`` filled in)."""
    fields = {"id": seed_id, "outlet": "test-outlet", "language": "ar", **meta}
    header = "".join(f"{key}: {value}\n" for key, value in fields.items())
    path = seeds_dir / f"{seed_id}.md"
    path.write_text(f"---\n{header}---\n{body}", encoding="utf-8")
    return path


def yaml_urls(node: Any) -> set[str]:
    """Every ``url`` value anywhere in a YAML tree, percent-decoded (the evaluation sets'
    tests check that no page is in two sets)."""
    if isinstance(node, dict):
        found = {unquote(str(node["url"]))} if node.get("url") else set()
        return found.union(*(yaml_urls(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(yaml_urls(value) for value in node))
    return set()


def file_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its relative path, with its bytes (to compare sites)."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


def two_process_build_fails(project: Project, before: dict[str, bytes], says: str) -> None:
    """A build on two processes whose child fails or dies: one line naming the cause, and
    site/ (first published as ``before`` on one process) left as it was, staging removed."""
    if file_tree(project.site_dir) != before:
        build.publish(project, incremental=False, workers=1)
    with pytest.raises(BriefingError) as raised:
        build.publish(project, incremental=False, workers=2)
    message = str(raised.value)
    assert says in message and "\n" not in message
    assert message.startswith("the MkDocs build failed, site/ was left as it was")
    assert file_tree(project.site_dir) == before
    assert not list(project.root.glob(f"{build.STAGING_PREFIX}*"))


def copy_project(root: Path, seeds_from: Path = FOUNDING_SEEDS) -> Project:
    """A copy of this project's mkdocs.yml at ``root``, with the frozen founding seeds, or
    the live ones when ``seeds_from`` is ``REPO / "seeds"``. The pipeline, its MkDocs
    plugin and the templates (the project has no templates/ of its own) are the installed
    package's."""
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    skip = shutil.ignore_patterns("__pycache__", ".lock")
    shutil.copytree(seeds_from, root / "seeds", ignore=skip)
    (root / "site_src").mkdir()
    return Project(root)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A copy of this project in a temporary folder."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def corpus() -> str:
    """Arabic text of the founding seeds, to train the tiny test model on."""
    from generator import seeds

    return "\n".join(seed.body for seed in seeds.load_seeds(FOUNDING_SEEDS))


@pytest.fixture(scope="session")
def package_file(tmp_path_factory: pytest.TempPathFactory, corpus: str) -> Path:
    """A tiny but genuine Argos ar→en package (.argosmodel), built once per test run."""
    from tests.tiny_argos import build_tiny_package

    return build_tiny_package(tmp_path_factory.mktemp("pkg"), corpus)


@pytest.fixture(autouse=True)
def no_installed_model(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Tests never see an Argos model installed on the machine: builds stay reproducible.

    Tests that need a model install the tiny test package into their own folder.
    """
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("no-argos-model")))
