"""The other languages built in a forked child while the first builds (``langfork.py``)
give the bytes one process gives; a child that fails or dies fails the build in one
line and leaves site/ as it was; none outlives its build. (That an addition built this
way leaves the caches of a one-process build: ``tests/test_incremental.py``.)

The founding corpus is built once per module. ``MIN_PAGES_PER_WORKER`` is raised so no
language's pages are shared among processes (``pagesplit``), as in an addition.
"""

from __future__ import annotations

import copy
import gc
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator import build, langfork, pagesplit
from tests.conftest import copy_project, file_tree, two_process_build_fails

DEADLINE = 120  # seconds a test waits for a process at most


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> build.Project:
    project = copy_project(tmp_path_factory.mktemp("langfork") / "project")
    build.generate(project, incremental=False)
    return project


@pytest.fixture(scope="module")
def serial_site(generated: build.Project) -> dict[str, bytes]:
    build.publish(generated, incremental=False, workers=1)
    return file_tree(generated.site_dir)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[langfork.LanguageChild]:
    """No build shares its pages; the language children started are listed."""
    monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 10**6)
    made: list[langfork.LanguageChild] = []
    start = langfork.start

    def noting(*args: object) -> langfork.LanguageChild | None:
        child = start(*args)  # type: ignore[arg-type]
        if child is not None:
            made.append(child)
        return child

    monkeypatch.setattr(langfork, "start", noting)
    return made


def test_tracked_state_comes_back_as_the_child_left_it() -> None:
    parent = SimpleNamespace(
        entries={"a": 1, "b": 2, "c": 3}, kept={"x", "y"}, rendered=["p"], hits=2, name="en"
    )
    child = copy.deepcopy(parent)  # as a fork leaves it
    names = ["entries", "kept", "rendered", "hits", "name"]
    tracked = langfork.Tracked([(child, names)])
    marks = tracked.mark()
    child.entries["a"] = 10  # replaced
    child.entries["d"] = 4  # added
    del child.entries["b"]  # removed
    child.kept.add("z")
    child.kept.discard("x")
    child.rendered += ["q", "r"]
    child.hits += 3
    child.name = "ar"
    langfork.Tracked([(parent, names)]).take(tracked.changes(marks))
    assert vars(parent) == vars(child)


def test_values_the_parent_holds_come_back_as_marks() -> None:
    """A record the child took from the last build's (the same object under the same
    key) is not pickled back: the parent takes it from its own copy."""
    last = {("build", "a.md"): ["record of a"], ("build", "b.md"): ["record of b"]}
    parent = SimpleNamespace(recorded={})
    child = copy.deepcopy(SimpleNamespace(recorded={}, last=last))  # as a fork leaves it
    tracked = langfork.Tracked([(child, ["recorded"])], child.last)
    marks = tracked.mark()
    child.recorded[("build", "a.md")] = child.last[("build", "a.md")]  # reused
    child.recorded[("build", "b.md")] = ["record of b"]  # rendered again: equal, not same
    sent = pickle.dumps(tracked.changes(marks))
    assert b"record of a" not in sent and b"record of b" in sent
    langfork.Tracked([(parent, ["recorded"])], last).take(pickle.loads(sent))
    assert parent.recorded == child.recorded
    assert parent.recorded[("build", "a.md")] is last[("build", "a.md")]


def test_other_languages_built_in_a_child_give_the_same_site(
    generated: build.Project, serial_site: dict[str, bytes], forks: list[langfork.LanguageChild]
) -> None:
    shutil.rmtree(generated.site_dir)
    session = build.publish(generated, workers=2)
    assert len(forks) == 1  # the Arabic build, from the English one's nav
    ours = file_tree(generated.site_dir)
    assert ours.keys() == serial_site.keys()
    assert [path for path in ours if ours[path] != serial_site[path]] == []
    # the child's pages are recorded for reuse like the parent's
    assert session is not None
    assert sorted(session.rendered) == sorted(
        p.relative_to(generated.site_src).as_posix() for p in generated.site_src.rglob("*.md")
    )
    assert any(source.endswith(".ar.md") for source in session.rendered)
    assert forks[0].pid == 0  # collected and reaped
    # what the page cache keeps is what a one-process build of the same keeps
    shutil.rmtree(generated.site_dir)
    serial = build.publish(generated, workers=1)
    assert serial is not None and len(forks) == 1
    assert session.rendered == serial.rendered  # in the same order
    assert session.pages == serial.pages and session.reused == serial.reused
    assert session.recorded.keys() == serial.recorded.keys()
    assert session.html.now.keys() == serial.html.now.keys()


def test_an_addition_starts_the_other_languages_before_the_first_ones_nav(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the last site/'s manifest and few pages changed, the child starts at the end
    of the first language's ``on_files`` (no nav yet: it makes the nav's pages itself,
    which its sitemap lists) and the site is the one a clean build gives."""
    project = copy_project(tmp_path / "project")
    build.generate(project, incremental=False)
    build.publish(project, workers=1)  # site/ and its manifest
    monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 10**6)
    navs: list[object] = []
    start = langfork.start

    def noting(*args: object) -> langfork.LanguageChild | None:
        navs.append(args[2])
        return start(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(langfork, "start", noting)
    events = sorted((project.site_src / "events").glob("*.md"))
    page = next(path for path in events if not path.name.endswith(".ar.md"))  # English
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    session = build.publish(project, workers=2)
    assert navs == [None]  # from on_files, once
    assert session is not None and 0 < len(session.rendered) < session.reused
    ours = file_tree(project.site_dir)
    build.publish(project, incremental=False, workers=1)
    clean = file_tree(project.site_dir)
    assert ours.keys() == clean.keys()
    assert [path for path in ours if ours[path] != clean[path]] == []


def test_the_parent_keeps_frozen_what_was_frozen_before_the_fork() -> None:
    """``build._reading`` freezes the inputs' records through the MkDocs build: a fork
    must not hand them back to the collector (``pagesplit.refrozen``)."""
    i18n = SimpleNamespace(on_post_build=lambda config: None, building=False)
    gc.freeze()
    try:
        child = langfork.LanguageChild(
            SimpleNamespace(), i18n, langfork.Tracked([]), prepare=lambda: None
        )
        assert gc.get_freeze_count() > 0
        child.collect()
        assert child.pid == 0
    finally:
        gc.unfreeze()


def _fail(*args: object) -> None:
    raise RuntimeError("the language menu went wrong")


def _die(*args: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize(
    ("action", "says"),
    [(_fail, "RuntimeError: the language menu went wrong"), (_die, "killed by signal 9")],
)
def test_a_language_child_that_fails_or_dies_leaves_site_as_it_was(
    generated: build.Project,
    serial_site: dict[str, bytes],
    forks: list[langfork.LanguageChild],
    monkeypatch: pytest.MonkeyPatch,
    action: object,
    says: str,
) -> None:
    monkeypatch.setattr(langfork, "_menu_of", action)  # runs in the child only
    two_process_build_fails(generated, serial_site, says)
    assert len(forks) == 1 and forks[0].pid == 0  # reaped


# The child stops before it builds and says so; the parent is killed meanwhile.
_KILLED_BUILD = """
import sys, time
from pathlib import Path
from generator import build, langfork, pagesplit
pagesplit.MIN_PAGES_PER_WORKER = 10**6
def stopped(*args):
    Path(sys.argv[2]).write_text("child")
    time.sleep(600)
langfork._menu_of = stopped
build.publish(build.Project(Path(sys.argv[1])), incremental=False, workers=2)
"""


def test_a_build_killed_while_the_language_child_runs_leaves_no_child(
    generated: build.Project, serial_site: dict[str, bytes], tmp_path: Path
) -> None:
    if file_tree(generated.site_dir) != serial_site:
        build.publish(generated, incremental=False, workers=1)
    marker = tmp_path / "child-started"
    running = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BUILD, str(generated.root), str(marker)],
        start_new_session=True,
    )
    deadline = time.monotonic() + DEADLINE
    while not marker.exists() and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the build never started its language child"
    running.kill()  # the parent only: the child must end with it
    running.wait(timeout=DEADLINE)
    while time.monotonic() < deadline:
        try:
            os.killpg(running.pid, 0)  # anyone left of the build's process group?
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the language child outlived the build it belonged to")
    assert file_tree(generated.site_dir) == serial_site
    build.publish(generated, incremental=False, workers=1)  # cleans up after the killed one
    assert not list(generated.root.glob(f"{build.STAGING_PREFIX}*"))
    assert file_tree(generated.site_dir) == serial_site
