"""Translation on a Ray cluster (``briefing translate --ray``): the optional ``ray`` extra.

Only ``cli.py`` imports this module, and only for ``--ray``: without it Ray is never
imported. The driver (this process) cuts the missing sentences into chunks
(``translate.chunked``); a ``ray.util.ActorPool`` of workers, each loading the model once,
translates them; results come back as they finish and the driver alone writes them to the
translation memory (``translate.translate_missing``), so an interrupted run keeps every
finished chunk and a rerun translates only the rest.

How the model reaches the workers (``ClusterOptions.transport``):

- ``ship`` (default): the driver reads the installed package folder once and puts its
  files in Ray's object store; each worker writes them to a private temporary folder on
  its node and loads them from there. Nothing has to be installed on the other machines
  but this package, and every worker provably runs the driver's model.
- ``shared``: each worker loads the package from the driver's folder path, which must hold
  the same package on every node (a shared disk, or the same ``briefing model install``
  everywhere); a worker refuses a folder whose package version differs.

A worker that dies (a node lost, the out-of-memory killer) is restarted by Ray and its
chunk retried, up to ``ACTOR_RESTARTS`` times; after that the run stops with a message,
keeping what was saved.
"""

from __future__ import annotations

import logging
import shutil
import socket
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import ray
from ray.util import ActorPool

from generator.errors import BriefingError
from generator.translate import argos
from generator.translate.engine import ArgosEngine, Decoding

TRANSPORTS = ("ship", "shared")
# A worker lost mid-chunk is restarted and the chunk retried this many times: enough for
# a node that goes away once, few enough that a chunk that kills its worker stops the run.
ACTOR_RESTARTS = 2
# Seconds to wait for every worker to load its model; a cluster without the CPUs or GPUs
# asked for would otherwise wait for ever.
READY_TIMEOUT = 600
CONNECT_TIMEOUT = 10  # seconds for the cluster's address to answer at all
STOP_TIMEOUT = 30  # seconds for the workers to remove their model copies
# Seconds with no chunk finished anywhere before the run stops: a worker whose restart
# cannot be placed (its node gone, the CPUs taken) would otherwise leave it waiting for ever.
# A chunk of ``translate.CHUNK`` sentences takes well under a minute on one CPU.
PROGRESS_TIMEOUT = 1800
_RERUN = "every chunk finished before was saved; run the same command again to translate the rest"


class ClusterError(BriefingError):
    """Ray could not be reached or a worker failed; the message says what to do."""


@dataclass(frozen=True)
class ClusterOptions:
    address: str | None = None  # None: RAY_ADDRESS, a cluster on this machine, or a new one
    actors: int | None = None  # None: as many as the cluster's CPUs (or GPUs) allow
    transport: str = "ship"  # ship | shared (see the module docstring)


class Worker:
    """One Ray actor: loads the model once, then translates chunk after chunk."""

    def __init__(
        self,
        model: Mapping[str, bytes] | str,
        package: argos.InstalledModel,
        name_forms: Mapping[str, str],
        decoding: Decoding,
    ) -> None:
        self._folder: str | None = None
        self._error: str | None = None
        try:
            local = self._materialise(model, package)
            self._engine = ArgosEngine(local, name_forms, decoding)
            self._engine.translator  # noqa: B018  load now, not in the first chunk
        except BriefingError as exc:
            self._error = f"worker on {ray.util.get_node_ip_address()}: {exc}"

    def _materialise(
        self, model: Mapping[str, bytes] | str, package: argos.InstalledModel
    ) -> argos.InstalledModel:
        if isinstance(model, str):  # shared: the same folder on every node
            return _shared_model(Path(model), package)
        self._folder = tempfile.mkdtemp(prefix="briefing-model-")
        folder = Path(self._folder) / package.path.name
        for relative, data in model.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return replace(package, path=folder)

    def ready(self) -> str | None:
        """None once the model is loaded, else why it could not be."""
        return self._error

    def translate(self, index: int, sentences: list[str]) -> tuple[int, list[str]]:
        return index, self._engine.translate(sentences)

    def close(self) -> None:
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)


def _shared_model(folder: Path, package: argos.InstalledModel) -> argos.InstalledModel:
    if not (folder / "metadata.json").is_file():
        raise ClusterError(
            f"no Argos package at {folder} on this node: install the same package on every "
            "node (or share the folder), or use --ray-model ship"
        )
    found = argos.model_from_folder(folder)
    if (found.name, found.version) != (package.name, package.version):
        raise ClusterError(
            f"{folder} holds {found.label} on this node, not {package.label}: install the "
            "same package on every node, or use --ray-model ship"
        )
    return found


def package_files(folder: Path) -> dict[str, bytes]:
    """Every file of an installed package, by path relative to its folder."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class RayEngine:
    """Implements ``translate.BatchEngine``: chunks go to a pool of Ray workers."""

    def __init__(
        self, local: ArgosEngine, options: ClusterOptions, worker: type[Worker] = Worker
    ) -> None:
        self.model = local.model
        self.name, self.version = local.name, local.version
        self._local = local
        self.options = options
        self._worker = worker  # tests pass a subclass that fails on purpose

    @contextmanager
    def translate_chunks(
        self, chunks: Sequence[Sequence[str]]
    ) -> Iterator[Iterator[tuple[int, list[str]]]]:
        """Connect, start the workers, yield their results as they arrive; stop them after."""
        with connected(self.options.address), self.pool() as pool:
            yield results(pool, chunks)

    @contextmanager
    def pool(self) -> Iterator[ActorPool]:
        """A pool of workers with the model loaded (Ray must be connected)."""
        count, options = _actor_resources(self._local.decoding, self.options.actors)
        model: Any = str(self.model.path)
        if self.options.transport == "ship":
            # Once, shared by all workers. Ray logs that a restarted worker needs this object
            # still there: the pool holds it until the run ends.
            model = ray.put(package_files(self.model.path))
        remote = ray.remote(**options)(self._worker)
        # One CTranslate2 thread per CPU Ray gives the worker: 0 ("let CTranslate2 choose")
        # would have every worker on a node use all of its cores.
        decoding = replace(self._local.decoding, threads=options["num_cpus"])
        actors = [
            remote.remote(model, self.model, self._local.name_forms, decoding) for _ in range(count)
        ]
        try:
            _wait_ready(actors)
            yield ActorPool(actors)
        finally:
            _stop(actors)


@contextmanager
def connected(address: str | None) -> Iterator[None]:
    """Connect to Ray unless this process already is; disconnect only what we connected."""
    if ray.is_initialized():
        yield
        return
    if address:
        _check_reachable(address)
    try:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"at {address}" if address else "(RAY_ADDRESS, or one on this machine)"
        raise ClusterError(
            f"cannot reach a Ray cluster {where}: {exc}. Start one with `ray start --head` "
            "and pass its address to --ray"
        ) from exc
    try:
        yield
    finally:
        ray.shutdown()


def _check_reachable(address: str) -> None:
    """Fail fast on a HOST:PORT nobody answers: ray.init retries such an address for
    minutes. Other forms (``auto``, ``ray://…``) are left to Ray."""
    host, _, port = address.rpartition(":")
    if "://" in address or not host or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise ClusterError(
            f"cannot reach a Ray cluster at {address} ({exc.strerror or exc}): start one with "
            "`ray start --head` and pass the address it prints to --ray"
        ) from None


def _actor_resources(decoding: Decoding, wanted: int | None) -> tuple[int, dict[str, Any]]:
    """How many workers, and the resources each asks Ray for."""
    available = ray.cluster_resources()
    gpus = int(available.get("GPU", 0))
    if decoding.device == "cuda" and gpus == 0:
        raise ClusterError(
            "--device cuda: the Ray cluster has no GPU; use --device cpu, or auto to take "
            "GPUs where the cluster has them"
        )
    use_gpu = decoding.device == "cuda" or (decoding.device == "auto" and gpus > 0)
    cpus = max(decoding.threads, 1)
    fits = gpus if use_gpu else int(available.get("CPU", 1) // cpus)
    options: dict[str, Any] = {
        "num_cpus": cpus,
        "num_gpus": 1 if use_gpu else 0,
        "max_restarts": ACTOR_RESTARTS,
        "max_task_retries": ACTOR_RESTARTS,
    }
    return max(wanted or fits, 1), options


def _wait_ready(actors: list[Any]) -> None:
    try:
        errors = ray.get([actor.ready.remote() for actor in actors], timeout=READY_TIMEOUT)
    except ray.exceptions.GetTimeoutError:
        raise ClusterError(
            f"the Ray cluster did not start {len(actors)} workers within {READY_TIMEOUT} s "
            f"(it has {_resources_text()}): ask for fewer with --actors"
        ) from None
    except ray.exceptions.RayError as exc:
        raise ClusterError(f"a Ray worker could not start: {_reason(exc)}") from None
    if problems := sorted({error for error in errors if error}):
        raise ClusterError("; ".join(problems))


def results(pool: ActorPool, chunks: Sequence[Sequence[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each chunk's English as soon as a worker finishes it; a failure stops the run."""
    for index, chunk in enumerate(chunks):
        pool.submit(lambda actor, job: actor.translate.remote(*job), (index, list(chunk)))
    try:
        while pool.has_next():
            yield pool.get_next_unordered(timeout=PROGRESS_TIMEOUT)
    except ray.exceptions.RayTaskError as exc:  # the worker raised, e.g. a model error
        cause = exc.cause if isinstance(exc.cause, BriefingError) else _reason(exc)
        raise ClusterError(f"a Ray worker failed: {cause}; {_RERUN}") from None
    except ray.exceptions.RayError as exc:  # died more often than Ray restarts it
        raise ClusterError(
            f"a Ray worker was lost ({_reason(exc)}) after {ACTOR_RESTARTS} restarts; {_RERUN}"
        ) from None
    except TimeoutError:  # from get_next_unordered (after the Ray errors: a task's own
        # TimeoutError arrives as a RayTaskError that is a TimeoutError too)
        raise ClusterError(
            f"no Ray worker finished a chunk in {PROGRESS_TIMEOUT} s (the cluster has "
            f"{_resources_text()}); {_RERUN}"
        ) from None


def _stop(actors: list[Any]) -> None:
    """Remove the workers' model copies, then end them (already-dead ones included)."""
    # A dead worker cannot clean up: its copy stays in the node's temporary folder.
    with suppress(ray.exceptions.RayError):
        ray.get([actor.close.remote() for actor in actors], timeout=STOP_TIMEOUT)
    for actor in actors:
        ray.kill(actor, no_restart=True)


def _resources_text() -> str:
    available = ray.cluster_resources()
    return f"{available.get('CPU', 0):g} CPUs and {available.get('GPU', 0):g} GPUs"


def _reason(exc: BaseException) -> str:
    """The first line of Ray's error, without its traceback."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
