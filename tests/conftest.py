"""Shared fixtures: a throwaway copy of the project, and seed-writing helpers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import Project

REPO = Path(__file__).resolve().parent.parent
SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def write_seed(seeds_dir: Path, seed_id: str, body: str, **meta: str) -> Path:
    """A seed file with the given front matter (``id``/``language`` filled in)."""
    fields = {"id": seed_id, "outlet": "test-outlet", "language": "ar", **meta}
    header = "".join(f"{key}: {value}\n" for key, value in fields.items())
    path = seeds_dir / f"{seed_id}.md"
    path.write_text(f"---\n{header}---\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A copy of this project (config, templates, seeds) in a temporary folder."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "seeds", root / "seeds", ignore=shutil.ignore_patterns(".lock"))
    (root / "site_src").mkdir()
    shutil.copytree(
        REPO / "generator", root / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    return Project(root)


@pytest.fixture
def empty_project(project: Project) -> Project:
    """The project copy without any seeds or translations."""
    shutil.rmtree(project.seeds_dir)
    project.seeds_dir.mkdir()
    return project


@pytest.fixture(scope="session")
def corpus() -> str:
    """Arabic text of the founding seeds, to train the tiny test model on."""
    from generator import seeds

    return "\n".join(seed.body for seed in seeds.load_seeds(REPO / "seeds"))


@pytest.fixture(scope="session")
def package_file(tmp_path_factory: pytest.TempPathFactory, corpus: str) -> Path:
    """A tiny but genuine Argos ar→en package (.argosmodel), built once per test run."""
    from tests.tiny_argos import build_tiny_package

    return build_tiny_package(tmp_path_factory.mktemp("pkg"), corpus)


SeedWriter = Callable[..., Path]


@pytest.fixture
def seed_writer(project: Project) -> SeedWriter:
    def write(seed_id: str, body: str, **meta: str) -> Path:
        return write_seed(project.seeds_dir, seed_id, body, **meta)

    return write
