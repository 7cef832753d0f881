"""Issue 15: translation on a Ray cluster (`--ray`), with the tiny genuine Argos package.

One local Ray cluster (two CPUs) serves the whole module: starting Ray takes seconds. The
tiny model's output is noise, so the tests compare the translation memory Ray writes with
the one the single-process path writes, byte for byte, never English wording.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ray = pytest.importorskip("ray", reason="the ray extra is not installed: pip install -e '.[ray]'")

from generator import build, glossary, seeds, translate  # noqa: E402
from generator.build import Project  # noqa: E402
from generator.translate import argos, cluster, names, tm  # noqa: E402
from generator.translate.engine import ArgosEngine, Decoding  # noqa: E402
from tests.conftest import copy_project  # noqa: E402

TODAY = dt.date(2026, 11, 30)
CHUNK = 4  # small chunks, so the founding sentences make many of them


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[str]:
    """A new local Ray cluster for this module; yields the address other drivers connect to.

    ``address="local"``: never a cluster someone else started on this machine (Ray would
    join the newest one). Its own short temporary folder (socket paths have a length
    limit), removed after; a small object store, since the tiny package is all it holds.
    """
    temp = tempfile.mkdtemp(prefix="ray-", dir="/tmp")
    context = ray.init(
        address="local", num_cpus=2, object_store_memory=100 * 2**20, _temp_dir=temp,
        include_dashboard=False, log_to_driver=False,
    )  # fmt: skip
    try:
        yield context.address_info["gcs_address"]
    finally:
        ray.shutdown()
        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(autouse=True)
def bounded_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cluster that cannot place a worker fails a test in two minutes, not ten."""
    monkeypatch.setattr(cluster, "READY_TIMEOUT", 120)
    monkeypatch.setattr(cluster, "PROGRESS_TIMEOUT", 120)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory, package_file: Path) -> argos.InstalledModel:
    folder = tmp_path_factory.mktemp("cluster-packages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder))
        return argos.install_from_file(package_file)


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translate, "CHUNK", CHUNK)


def _engine(project: Project, model: argos.InstalledModel) -> ArgosEngine:
    name_forms = names.name_map(glossary.load(project.seeds_dir).values())
    return ArgosEngine(model, name_forms, Decoding(threads=1))


def _empty_project(root: Path) -> Project:
    """The founding project with no translation memory: every sentence is missing."""
    project = copy_project(root)
    for path in tm.tm_dir(project.seeds_dir).glob("*.yaml"):
        path.unlink()
    return project


def _fill(
    project: Project, engine: translate.Engine | translate.BatchEngine, today: dt.date = TODAY
) -> int:
    articles = build.read_articles(project)
    return build.fill_memory(project, articles, tm.load(project.seeds_dir), engine, today=today)


def _tm_files(project: Project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(tm.tm_dir(project.seeds_dir).glob("*.yaml"))}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, model: argos.InstalledModel) -> dict:
    """The translation memory the single-process path writes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(translate, "CHUNK", CHUNK)
        project = _empty_project(tmp_path_factory.mktemp("local") / "project")
        assert _fill(project, _engine(project, model)) > 2 * CHUNK * 4  # many chunks
    return _tm_files(project)


def _ray_engine(
    project: Project, model: argos.InstalledModel, worker: type = cluster.Worker, **options: object
) -> cluster.RayEngine:
    settings = cluster.ClusterOptions(**{"actors": 2, **options})  # type: ignore[arg-type]
    return cluster.RayEngine(_engine(project, model), settings, worker=worker)


def test_two_workers_write_the_same_memory_as_one_process(
    ray_cluster: str, model: argos.InstalledModel, reference: dict, tmp_path: Path
) -> None:
    project = _empty_project(tmp_path / "project")
    saved = _fill(project, _ray_engine(project, model, transport="ship"))
    assert _tm_files(project) == reference  # provenance and dates included
    assert saved == sum(len(yaml.safe_load(data)) for data in reference.values())


def test_a_worker_lost_once_is_restarted_and_the_run_completes(
    ray_cluster: str, model: argos.InstalledModel, reference: dict, tmp_path: Path
) -> None:
    marker = tmp_path / "died"

    class DiesOnce(cluster.Worker):
        """Exits the process on its second chunk, once in the whole run."""

        calls = 0

        def translate(self, index: int, sentences: list[str]) -> tuple[int, list[str]]:
            self.calls += 1
            if self.calls == 2 and not marker.exists():
                marker.touch()
                os._exit(1)
            return super().translate(index, sentences)

    project = _empty_project(tmp_path / "project")
    # The workers load the package from the driver's folder here ("shared"), not shipped.
    _fill(project, _ray_engine(project, model, worker=DiesOnce, transport="shared"))
    assert marker.exists()  # a worker really died
    assert _tm_files(project) == reference


def test_a_worker_that_keeps_dying_stops_the_run_clearly_and_a_rerun_completes(
    ray_cluster: str, model: argos.InstalledModel, reference: dict, tmp_path: Path
) -> None:
    class AlwaysDies(cluster.Worker):
        """Every incarnation exits on its second chunk: more deaths than Ray restarts."""

        calls = 0

        def translate(self, index: int, sentences: list[str]) -> tuple[int, list[str]]:
            self.calls += 1
            if self.calls == 2:
                os._exit(1)
            return super().translate(index, sentences)

    project = _empty_project(tmp_path / "project")
    with pytest.raises(cluster.ClusterError, match="run the same command again") as failure:
        _fill(project, _ray_engine(project, model, worker=AlwaysDies))
    assert "\n" not in str(failure.value) and "Traceback" not in str(failure.value)

    expected = {name: yaml.safe_load(data) for name, data in reference.items()}
    kept = {name: yaml.safe_load(data) for name, data in _tm_files(project).items()}
    assert kept, "the chunks finished before the failure were saved"
    for name, entries in kept.items():  # every saved entry is whole and right
        assert entries.items() <= expected[name].items()

    _fill(project, _ray_engine(project, model))  # the rerun translates only the rest
    assert _tm_files(project) == reference


def test_a_run_where_no_chunk_finishes_stops_clearly_instead_of_waiting_for_ever(
    ray_cluster: str,
    model: argos.InstalledModel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Stuck(cluster.Worker):
        """Never finishes a chunk (a worker whose restart cannot be placed looks the same)."""

        def translate(self, index: int, sentences: list[str]) -> tuple[int, list[str]]:
            time.sleep(60)
            return super().translate(index, sentences)

    monkeypatch.setattr(cluster, "PROGRESS_TIMEOUT", 2)
    monkeypatch.setattr(cluster, "STOP_TIMEOUT", 1)  # the workers are busy: killed instead
    project = _empty_project(tmp_path / "project")
    started = time.monotonic()
    with pytest.raises(cluster.ClusterError, match="no Ray worker finished a chunk in 2 s"):
        _fill(project, _ray_engine(project, model, worker=Stuck))
    assert time.monotonic() - started < 50  # the workers were not waited for
    assert _tm_files(project) == {}


def test_cuda_on_a_cluster_without_gpus_is_one_clear_error(
    ray_cluster: str, model: argos.InstalledModel, tmp_path: Path
) -> None:
    project = _empty_project(tmp_path / "project")
    local = ArgosEngine(model, {}, Decoding(device="cuda"))
    engine = cluster.RayEngine(local, cluster.ClusterOptions(actors=1))
    with pytest.raises(cluster.ClusterError, match="no GPU"):
        _fill(project, engine)
    assert _tm_files(project) == {}


@pytest.mark.parametrize("command_name", ["translate", "build"])
def test_briefing_translate_ray_on_the_cluster_matches_the_local_path(
    ray_cluster: str, model: argos.InstalledModel, tmp_path: Path, command_name: str
) -> None:
    """The command line end to end: `briefing translate|build --ray ADDRESS --actors 2` on
    a new seed, against the single-process path on a copy of the same project."""
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "عنوان: قسد تعلن استئناف الدوريات\nقال مظلوم عبدي إن قسد استأنفت الدوريات. "
        "وأضاف أن التحالف الدولي يدعم ذلك.\n",
        encoding="utf-8",
    )
    projects = [copy_project(tmp_path / label) for label in ("local", "ray")]
    for project in projects:
        seeds.new_seed(project.seeds_dir, raw, outlet="rudaw", published="2023-01-05")
    local, on_ray = projects
    assert _fill(local, _engine(local, model), today=dt.date.today()) == 3

    env = {
        **os.environ,
        "ARGOS_PACKAGES_DIR": str(model.path.parent),
        "BRIEFING_PROJECT": str(on_ray.root),
    }
    command = [command_name, "--threads", "1", "--ray", ray_cluster, "--actors", "2"]
    result = subprocess.run(
        [sys.executable, "-m", "generator", *command],
        cwd=on_ray.root, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    if command_name == "translate":
        assert "Translated 3 of" in result.stdout and "on Ray" in result.stdout
    else:
        assert "(3 translated now)" in result.stdout
        assert (on_ray.site_dir / "index.html").is_file()
    assert _tm_files(on_ray) == _tm_files(local)


def test_an_address_nobody_answers_is_one_line_at_once(
    model: argos.InstalledModel, tmp_path: Path
) -> None:
    from urllib.parse import urlsplit

    from tests.tiny_argos import closed_port_url

    project = _empty_project(tmp_path / "project")  # Ray is reached only with work to do
    address = urlsplit(closed_port_url()).netloc
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(model.path.parent)}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "translate", "--ray", address],
        cwd=project.root, env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"cannot reach a Ray cluster at {address}" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
