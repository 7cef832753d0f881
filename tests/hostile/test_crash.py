"""Issue 10, crash and concurrency: `kill -9` at random points of `briefing build` and
`briefing translate`, and four builds of one project at once.

The CLI runs as a real subprocess in a copy of the project (``python -m generator`` with
the copy as working directory imports the copy's own generator/), in its own process
group so SIGKILL takes it down with anything it started. Kill delays come from a seeded
``random.Random``, spread over [0, 1.1 x the measured duration of an uninterrupted run],
so a failure reproduces with the same sequence of delays. Timing only decides where the
kills land; no assertion depends on it: every state a kill can leave must pass.

Builds of unchanged input are byte-identical (checked: two builds in different folders
give the same site/), so after every kill site/ must equal the reference build exactly,
whichever of the old or the new site/ the kill left.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import translate
from generator.build import LOCK_NAME, STAGING_PREFIX, Project
from generator.translate import tm
from tests.conftest import FOUNDING_SEEDS, copy_project, write_seed

KILLS = 20
BUILD = ("build", "--no-translate")


@dataclass(frozen=True)
class Reference:
    """A project built once without interruption: its site/ and how long that took."""

    project: Project
    site: dict[str, bytes]
    duration: float


def cli_env(packages: Path) -> dict[str, str]:
    """A clean environment; unbuffered so the output up to a kill tells its phase."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(packages.parent),
        "ARGOS_PACKAGES_DIR": str(packages),
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONUNBUFFERED": "1",
    }


def start(project: Project, packages: Path, log: Path, *args: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "generator", *args],
            cwd=project.root, env=cli_env(packages), stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: killpg reaches every child
        )  # fmt: skip


def run(project: Project, packages: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project.root, env=cli_env(packages), capture_output=True, text=True, check=False,
    )  # fmt: skip


def kill_after(proc: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL the process group after ``delay`` seconds; False if it finished first."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def tm_files(project: Project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in tm.tm_dir(project.seeds_dir).glob("*.yaml")}


def staging_folders(project: Project) -> list[Path]:
    return sorted(project.site_dir.parent.glob(f"{STAGING_PREFIX}*"))


class _Html(HTMLParser):
    """Collects start tags; HTMLParser raises nothing, so wholeness is the closing tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def assert_index_parses(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    parser = _Html()
    parser.feed(text)
    parser.close()
    assert parser.tags[:1] == ["html"] and text.rstrip().endswith("</html>")
    assert "body" in parser.tags


@pytest.fixture(scope="module")
def packages_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty Argos packages folder: builds here never see an installed model."""
    folder = tmp_path_factory.mktemp("crash-home") / "argos-packages"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, packages_root: Path) -> Reference:
    """One uninterrupted build: the expected site/ and the duration kills are spread over."""
    project = copy_project(tmp_path_factory.mktemp("reference") / "project")
    first = run(project, packages_root, *BUILD)
    assert first.returncode == 0, first.stderr
    # The second build is the one timed: like every build under test, it starts with a
    # complete site/ and site_src/ and compiled bytecode, so it is the shorter one.
    began = time.monotonic()
    again = run(project, packages_root, *BUILD)
    duration = time.monotonic() - began
    assert again.returncode == 0, again.stderr
    return Reference(project, site_files(project.site_dir), duration)


def copy_of(reference: Reference, root: Path) -> Project:
    """The reference project with its complete site/, as a fresh folder."""
    shutil.copytree(reference.project.root, root, symlinks=True)
    (root / LOCK_NAME).unlink(missing_ok=True)
    return Project(root)


def build_phase(log: Path) -> str:
    """Where a killed build was, from its own messages (printed unbuffered)."""
    output = log.read_text(encoding="utf-8", errors="replace")
    if "Building the site with MkDocs" in output:
        return "mkdocs"
    return "generate" if "Reading seeds" in output else "startup"


def test_kill_9_during_build_leaves_site_whole(
    tmp_path: Path, reference: Reference, packages_root: Path
) -> None:
    project = copy_of(reference, tmp_path / "project")
    tm_before = tm_files(project)
    rng = random.Random(10_01)
    phases: Counter[str] = Counter()
    for attempt in range(KILLS):
        log = tmp_path / f"build-{attempt}.log"
        leftovers = staging_folders(project)  # from earlier kills, swept by the next publish
        proc = start(project, packages_root, log, *BUILD)
        if kill_after(proc, rng.uniform(0, 1.1 * reference.duration)):
            staged = set(staging_folders(project)) - set(leftovers)
            phases["mkdocs, staging folder made" if staged else build_phase(log)] += 1
        else:
            assert proc.returncode == 0, log.read_text(encoding="utf-8")
            phases["finished"] += 1
        # Old or new, site/ is a whole build: both equal the reference byte for byte.
        assert site_files(project.site_dir) == reference.site, f"kill {attempt}"
        assert_index_parses(project.site_dir)
        assert tm_files(project) == tm_before  # --no-translate never writes the TM
    print(f"build kills by phase: {dict(phases)}")

    final = run(project, packages_root, *BUILD)
    assert final.returncode == 0, final.stderr
    assert "Traceback" not in final.stdout + final.stderr
    assert staging_folders(project) == []  # the killed builds' leftovers were swept
    assert site_files(project.site_dir) == reference.site


def test_four_builds_at_once_end_with_the_reference_site(
    tmp_path: Path, reference: Reference, packages_root: Path
) -> None:
    project = copy_project(tmp_path / "project")  # no site/ yet: the first swap creates it
    logs = [tmp_path / f"build-{n}.log" for n in range(4)]
    procs = [start(project, packages_root, log, *BUILD) for log in logs]
    for proc, log in zip(procs, logs, strict=True):
        proc.wait()
        output = log.read_text(encoding="utf-8")
        assert proc.returncode == 0, output
        assert "Traceback" not in output
    assert staging_folders(project) == []
    assert site_files(project.site_dir) == reference.site


# --- translate ---------------------------------------------------------------------------

EXTRA_SEEDS = 4
SENTENCES_PER_SEED = 48
TRANSLATE = ("translate", "--beam", "1")  # greedy: the same plumbing, twice as fast


def add_reshuffled_seeds(project: Project, rng: random.Random) -> None:
    """Seeds of founding words in new orders: sentences no TM entry covers, so a
    translate run has a few chunks of real work (the founding TM is all human)."""
    words = " ".join(path.read_text(encoding="utf-8") for path in FOUNDING_SEEDS.glob("0*.md"))
    arabic = [w for w in words.split() if any("\u0600" <= ch <= "\u06ff" for ch in w)]
    for n in range(EXTRA_SEEDS):
        lines = ["عنوان " + " ".join(rng.sample(arabic, 6))]
        lines += [
            " ".join(rng.sample(arabic, rng.randint(8, 24))) + "."
            for _ in range(SENTENCES_PER_SEED)
        ]
        write_seed(project.seeds_dir, f"90{n}-reshuffled", "\n".join(lines) + "\n")


def entries(project: Project) -> dict[tuple[str, str], tm.MemoryEntry]:
    """Every TM entry by (seed id, key); tm.load raises if any file does not parse."""
    memory = tm.load(project.seeds_dir)
    return {(seed, key): e for seed, found in memory.items() for key, e in found.items()}


def humans(found: dict[tuple[str, str], tm.MemoryEntry]) -> dict[tuple[str, str], tm.MemoryEntry]:
    return {where: e for where, e in found.items() if e.origin == "human"}


def undated(found: dict[tuple[str, str], tm.MemoryEntry]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Entries without their date: two runs a second apart may straddle midnight."""
    return {
        where: (e.ar, e.en, e.origin, str(e.translator), str(e.model), str(e.model_version))
        for where, e in found.items()
    }


@dataclass(frozen=True)
class TranslateSetup:
    fresh: Project  # to be killed, starting from the human-only TM
    first: Project  # translated in one go
    uninterrupted: dict[tuple[str, str], tm.MemoryEntry]
    duration: float


@pytest.fixture
def translate_setup(tmp_path: Path, package_file: Path) -> TranslateSetup:
    """Two identical projects with the tiny model installed; one translated in one go."""
    packages = tmp_path / "argos-packages"
    packages.mkdir()
    first = copy_project(tmp_path / "uninterrupted")
    add_reshuffled_seeds(first, random.Random(10_02))
    fresh = Project(tmp_path / "killed")
    shutil.copytree(first.root, fresh.root)
    installed = run(first, packages, "model", "install", "--file", str(package_file))
    assert installed.returncode == 0, installed.stderr

    began = time.monotonic()
    result = run(first, packages, *TRANSLATE)
    duration = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    found = entries(first)
    assert len(found) - len(humans(found)) > translate.CHUNK  # two chunks of work at least
    return TranslateSetup(fresh, first, found, duration)


def test_kill_9_during_translate_keeps_every_entry(
    tmp_path: Path, translate_setup: TranslateSetup
) -> None:
    project, packages = translate_setup.fresh, tmp_path / "argos-packages"
    initial = tm_files(project)
    before = entries(project)
    human = humans(before)
    assert human and human == before  # the founding TM is all human: keep every entry
    rng = random.Random(10_03)
    phases: Counter[str] = Counter()
    for attempt in range(KILLS):
        log = tmp_path / f"translate-{attempt}.log"
        proc = start(project, packages, log, *TRANSLATE)
        killed = kill_after(proc, rng.uniform(0, 1.1 * translate_setup.duration))
        after = entries(project)  # every file still parses
        assert humans(after) == human, f"kill {attempt}"
        assert {w: after.get(w) for w in before} == before, f"kill {attempt}"
        if killed:
            phases[translate_phase(log, saved=len(after) > len(before))] += 1
        else:
            assert proc.returncode == 0, log.read_text(encoding="utf-8")
            phases["finished"] += 1
            restore_tm(project, initial)  # so later kills still land in real work
            after = entries(project)
        before = after
    print(f"translate kills by phase: {dict(phases)}")

    final = run(project, packages, *TRANSLATE)
    assert final.returncode == 0, final.stderr
    assert_output_independent_of_batching(translate_setup, packages)
    # With that, equal entries prove the kills lost and corrupted nothing.
    assert undated(entries(project)) == undated(translate_setup.uninterrupted)


def assert_output_independent_of_batching(setup: TranslateSetup, packages: Path) -> None:
    """A resumed run batches the remaining sentences differently from an uninterrupted
    one, so comparing the two needs the model's output for a sentence not to depend on
    its batch: retranslating one seed alone (other batches) must give the same entries."""
    seed_id = f"90{EXTRA_SEEDS - 1}-reshuffled"
    again = run(setup.first, packages, *TRANSLATE, "--retranslate", "--seed", seed_id)
    assert again.returncode == 0, again.stderr
    redone = {w: e for w, e in undated(entries(setup.first)).items() if w[0] == seed_id}
    # A sentence another seed shares was stored once, in the first seed's file, by the
    # uninterrupted run; retranslating this seed alone stores it here too. Compare by key.
    before = {key: e for (_, key), e in undated(setup.uninterrupted).items()}
    changed = sorted(key for (_, key), e in redone.items() if before.get(key) != e)
    assert not changed, f"{len(changed)} of {len(redone)} sentences translate differently"


def translate_phase(log: Path, *, saved: bool) -> str:
    """Where a killed translate was: before the model finished its first batch of 32 (the
    progress label is printed on the first report), and whether a chunk reached the TM."""
    output = log.read_text(encoding="utf-8", errors="replace")
    running = "a batch done" if "Translating with" in output else "before the first batch"
    return f"{running}, {'a chunk saved' if saved else 'nothing saved'}"


def restore_tm(project: Project, files: dict[str, bytes]) -> None:
    folder = tm.tm_dir(project.seeds_dir)
    for path in folder.glob("*.yaml"):
        if path.name not in files:
            path.unlink()
    for name, content in files.items():
        (folder / name).write_bytes(content)
