"""Work shared with forked processes gives the bytes one process gives: MkDocs' pages
(``pagesplit.py``), the generator's reading of seeds, events' analysis and pages of the
second language (``forked.py``), and the caches they leave. A worker that fails or dies
fails the build in one line and leaves site/ and site_src/ as they were.

The founding corpus is built once per module; ``MIN_PAGES_PER_WORKER``, ``FORK_EVENTS``,
``FORK_ARTICLES`` and ``READ_AHEAD_SEEDS`` are lowered so its few pages, events and seeds
are shared at all.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
from pathlib import Path

import pytest

from generator import analyse, build, cache, mkdocs_plugin, pagesplit, render
from generator.errors import BriefingError
from tests import smallsite
from tests.conftest import copy_project, file_tree, two_process_build_fails


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> build.Project:
    project = copy_project(tmp_path_factory.mktemp("split") / "project")
    build.generate(project, incremental=False)
    return project


@pytest.fixture(scope="module")
def serial_site(generated: build.Project) -> dict[str, bytes]:
    build.publish(generated, incremental=False, workers=1)
    return file_tree(generated.site_dir)


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> list[pagesplit.Split]:
    """Every build is shared, however few its pages; the splits made are listed."""
    monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 0)
    made: list[pagesplit.Split] = []
    start = pagesplit.start

    def noting(*args: object) -> pagesplit.Split | None:
        split = start(*args)  # type: ignore[arg-type]
        if split is not None:
            made.append(split)
        return split

    monkeypatch.setattr(pagesplit, "start", noting)
    return made


@pytest.mark.parametrize("workers", [2, 3])
def test_shared_pages_give_the_same_site(
    generated: build.Project,
    serial_site: dict[str, bytes],
    shared: list[pagesplit.Split],
    workers: int,
) -> None:
    shutil.rmtree(generated.site_dir)  # a full build, keeping what it renders for reuse
    session = build.publish(generated, workers=workers)
    assert [len(split.owner) > 0 for split in shared] == [True, True]  # en, then ar
    for split in shared:  # the parent built only its share
        owned = sum(1 for number in split.owner.values() if number == 0)
        assert 0 < owned < len(split.owner)
    ours = file_tree(generated.site_dir)
    assert ours.keys() == serial_site.keys()
    assert [path for path in ours if ours[path] != serial_site[path]] == []
    # the children's pages are recorded for reuse like the parent's
    assert session is not None and len(session.rendered) == len(session.recorded)
    assert sorted(session.rendered) == sorted(
        p.relative_to(generated.site_src).as_posix() for p in generated.site_src.rglob("*.md")
    )


def _in_a_child(action: object) -> None:
    """Patch every page's HTML so that ``action`` runs in a worker process only."""
    patch = mkdocs_plugin.patch_page

    def patched(output: str, page: object, config: object) -> str:
        if pagesplit._child is not None:
            action(page)  # type: ignore[operator]
        return patch(output, page, config)  # type: ignore[arg-type]

    return patched  # type: ignore[return-value]


def _fail(page: object) -> None:
    raise RuntimeError("the template went wrong")


def _die(page: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize(
    ("action", "says"),
    [(_fail, "the template went wrong"), (_die, "killed by signal 9")],
)
def test_a_worker_that_fails_or_dies_leaves_site_as_it_was(
    generated: build.Project,
    serial_site: dict[str, bytes],
    shared: list[pagesplit.Split],
    monkeypatch: pytest.MonkeyPatch,
    action: object,
    says: str,
) -> None:
    monkeypatch.setattr(mkdocs_plugin, "patch_page", _in_a_child(action))
    two_process_build_fails(generated, serial_site, says)
    for split in shared:  # no worker left behind
        for child in split.children:
            with pytest.raises(ChildProcessError):
                os.waitpid(child.pid, os.WNOHANG)


CONFIG = smallsite.mkdocs_yml("Split", attr_list=False)


def test_a_workers_warnings_are_logged_once_and_count_under_strict(
    tmp_path: Path, shared: list[pagesplit.Split], caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "site_src").mkdir()
    (tmp_path / "site_src" / "index.md").write_text("# Home\n", encoding="utf-8")
    for number in range(6):  # each links to an anchor no page has
        text = f"# Page {number}\n\nSee [home](index.md#nowhere-{number}).\n"
        (tmp_path / "site_src" / f"page{number}.md").write_text(text, encoding="utf-8")
    project = build.Project(tmp_path)
    with caplog.at_level(logging.WARNING):
        build.publish(project, workers=2)
    warned = [r.getMessage() for r in caplog.records if "nowhere-" in r.getMessage()]
    assert sorted(warned) == sorted(
        f"Doc file 'page{n}.md' contains a link 'index.md#nowhere-{n}', but the doc "
        "'index.md' does not contain an anchor '#nowhere-" + f"{n}'."
        for n in range(6)
    )
    assert shared and any(n == 1 for n in shared[0].owner.values())
    shutil.rmtree(project.site_dir)
    with pytest.raises(BriefingError, match="strict"):
        build.publish(project, strict=True, workers=2)
    assert not project.site_dir.exists()


def test_the_second_language_rendered_in_a_child_gives_the_same_site_src(
    generated: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "FORK_ARTICLES", 0)
    serial = file_tree(generated.site_src)
    shutil.rmtree(generated.site_src)
    generated.site_src.mkdir()
    forks = []
    real = render.forked.Forked

    def noting(*args: object) -> object:
        forks.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(render.forked, "Forked", noting)
    summary = build.generate(generated, incremental=False, workers=2)
    assert len(forks) == 1
    assert file_tree(generated.site_src) == serial
    assert sorted(summary.written) == sorted(serial)


def _arabic_pages_fail(site: object, lang: str) -> list[tuple[str, str]]:
    if lang == "ar":
        raise BriefingError("templates/event.md.j2:3: the template went wrong")
    return []


def _arabic_pages_die(site: object, lang: str) -> list[tuple[str, str]]:
    if lang == "ar":
        os.kill(os.getpid(), signal.SIGKILL)
    return []


@pytest.mark.parametrize(
    ("pages", "says"),
    [
        (_arabic_pages_fail, "templates/event.md.j2:3: the template went wrong"),
        (_arabic_pages_die, "was killed by signal 9"),
    ],
)
def test_a_rendering_child_that_fails_or_dies_writes_nothing(
    generated: build.Project, monkeypatch: pytest.MonkeyPatch, pages: object, says: str
) -> None:
    monkeypatch.setattr(render, "FORK_ARTICLES", 0)
    before = file_tree(generated.site_src)
    monkeypatch.setattr(render, "_pages", pages)
    with pytest.raises(BriefingError) as raised:
        build.generate(generated, incremental=False, workers=2)
    assert says in str(raised.value) and "\n" not in str(raised.value)
    assert file_tree(generated.site_src) == before


def _cache_records(project: build.Project) -> dict[str, object]:
    folder = cache.version_dir(project.root)
    found = {
        p.relative_to(folder).as_posix(): cache.read_pickle(p)
        for p in sorted(folder.rglob("*.pickle"))
        if p.name != cache.LAST_BUILD  # file stamps of site_src/
    }
    # the page memo's digests of site_src/'s files, without the files' own stamps
    memo = found[cache.SITE_SRC_RECORD]
    assert isinstance(memo, dict)
    memo["files"] = {name: digest for name, (_, digest, _) in memo["files"].items()}
    return found


def test_forked_analysis_and_rendering_leave_the_same_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "FORK_ARTICLES", 0)
    monkeypatch.setattr(analyse, "FORK_EVENTS", 0)
    monkeypatch.setattr(cache, "READ_AHEAD_SEEDS", 0)
    forks: list[str] = []
    real = render.forked.Forked

    def noting(work: object, what: str) -> object:
        forks.append(what)
        return real(work, what)  # type: ignore[arg-type]

    monkeypatch.setattr(render.forked, "Forked", noting)
    found = {}
    project = copy_project(tmp_path / "project")  # one path: seed records hash it
    for workers in (1, 2):
        shutil.rmtree(project.root / cache.CACHE_DIRNAME, ignore_errors=True)
        shutil.rmtree(project.site_src)
        project.site_src.mkdir()
        build.generate(project, workers=workers)
        found[workers] = (file_tree(project.site_src), _cache_records(project))
    assert sorted(set(forks)) == [
        "the events' analysis",
        "the other languages' pages",
        "the seeds",
    ]
    assert found[1][0] == found[2][0]
    records = found[1][1]
    assert cache.EVENT_RECORDS in records and any(k.startswith("seeds/") for k in records)
    assert found[2][1] == records


_KILLED_BUILD = """
import sys, time
from pathlib import Path
from generator import build, mkdocs_plugin, pagesplit
pagesplit.MIN_PAGES_PER_WORKER = 0
patch = mkdocs_plugin.patch_page
def slowly(output, page, config):
    time.sleep(0.05)  # time to be killed with pages written and more to come
    return patch(output, page, config)
mkdocs_plugin.patch_page = slowly
build.publish(build.Project(Path(sys.argv[1])), incremental=False, workers=2)
"""


def test_a_build_killed_while_workers_run_keeps_site_and_leaves_no_worker(
    generated: build.Project, serial_site: dict[str, bytes]
) -> None:
    import subprocess
    import sys
    import time

    if file_tree(generated.site_dir) != serial_site:
        build.publish(generated, incremental=False, workers=1)
    running = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BUILD, str(generated.root)], start_new_session=True
    )
    deadline = time.monotonic() + 120
    written: list[Path] = []
    while not written and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        staging = list(generated.root.glob(f"{build.STAGING_PREFIX}*"))
        written = [p for s in staging for p in s.rglob("events/*/index.html")]
    assert written, "the build ended before any page was written"
    running.kill()  # the parent only; its workers must notice and stop
    running.wait()
    while time.monotonic() < deadline:
        try:
            os.killpg(running.pid, 0)  # anyone left of the build's process group?
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("a worker outlived the build it belonged to")
    assert file_tree(generated.site_dir) == serial_site
    build.publish(generated, incremental=False, workers=2)  # cleans up after the killed one
    assert not list(generated.root.glob(f"{build.STAGING_PREFIX}*"))
    assert file_tree(generated.site_dir) == serial_site


def test_a_build_with_another_plugin_stays_in_one_process(
    tmp_path: Path, shared: list[pagesplit.Split]
) -> None:
    """A plugin that collects every page (tags, say) would see only its process's share."""
    config = CONFIG.replace("  - briefing\n", "  - briefing\n  - search\n")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "site_src").mkdir()
    for number in range(4):
        (tmp_path / "site_src" / f"page{number}.md").write_text("# Page\n", encoding="utf-8")
    (tmp_path / "site_src" / "index.md").write_text("# Home\n", encoding="utf-8")
    build.publish(build.Project(tmp_path), workers=2)
    assert shared == []
    assert (tmp_path / "site" / "page3" / "index.html").is_file()
