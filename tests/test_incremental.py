"""Incremental builds give what a clean build gives, byte for byte.

One project is rebuilt after each edit (add, change and delete a seed; edit the
translation memory, the glossary and an event file; change mkdocs.yml and override
templates), keeping its build cache and site/, so MkDocs reuses the HTML of every page
that cannot have changed (``pagecache.py``); a second project gets the same inputs and a
clean build. site_src/ and site/ must be identical. The founding corpus keeps it small.
The incremental publishes alternate between two processes sharing each language's pages
(``pagesplit.py``, however few they are) and one; clean builds use one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from generator import (
    build,
    cache,
    forked,
    i18nfiles,
    langfork,
    mkdocsfiles,
    pagesplit,
    render,
    rendercache,
)
from generator.errors import BriefingError
from generator.translate import tm
from tests import smallsite
from tests.conftest import copy_project, file_tree

SEED = "000-c686a2356659b105"
OTHER = "003-0ded79b54724b48b"
GONE = "001-ff836673c3ad9cab"


def _build(project: build.Project, *, incremental: bool = True) -> build.Summary:
    summary = build.generate(project, incremental=incremental)
    build.publish(project, incremental=incremental)
    return summary


def _clean_copy(source: build.Project, root: Path) -> build.Project:
    """A fresh project with ``source``'s inputs, built without any cache."""
    if root.exists():
        shutil.rmtree(root)
    clean = copy_project(root, seeds_from=source.seeds_dir)
    shutil.copy(source.config_file, clean.config_file)
    if source.templates_dir.is_dir():
        shutil.copytree(source.templates_dir, clean.templates_dir)
    build.generate(clean, incremental=False)
    build.publish(clean, incremental=False, workers=1)
    assert not (root / cache.CACHE_DIRNAME).exists()
    return clean


def _assert_same(incremental: build.Project, clean: build.Project) -> None:
    for name in ("site_src", "site"):
        ours, theirs = file_tree(incremental.root / name), file_tree(clean.root / name)
        assert ours.keys() == theirs.keys(), name
        differing = [path for path in ours if ours[path] != theirs[path]]
        assert not differing, f"{name}: {differing[:5]}"


def _add_seed(project: build.Project) -> None:
    text = (project.seeds_dir / f"{SEED}.md").read_text(encoding="utf-8")
    text = text.replace(f"id: {SEED}", "id: 010-copy")
    text = text.replace("published:", "published: 2023-03-01 #")  # its own event
    (project.seeds_dir / "010-copy.md").write_text(text, encoding="utf-8")


def _change_seed(project: build.Project) -> None:
    path = project.seeds_dir / f"{OTHER}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nوقال مصدر محلي إن الدوريات توقفت في القامشلي يوم الأحد.\n", "utf-8")


def _delete_seed(project: build.Project) -> None:
    (project.seeds_dir / f"{GONE}.md").unlink()
    (project.seeds_dir / "tm" / f"{GONE}.yaml").unlink()


def _edit_tm(project: build.Project) -> None:
    memory = tm.load(project.seeds_dir)
    entry = sorted(memory[SEED].items())[0][1]
    path = project.seeds_dir / "tm" / f"{SEED}.yaml"
    text = path.read_text(encoding="utf-8")
    assert entry.en in text
    path.write_text(text.replace(entry.en, "An edited human translation.", 1), encoding="utf-8")


def _edit_glossary(project: build.Project) -> None:
    path = project.seeds_dir / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("    en: Qamishli\n", "    en: Qamishlo\n", 1)  # entity page, titles
    edited = edited.replace("    - القامشلي\n", "    - القامشلي\n    - قامشلي\n", 1)
    assert edited.count("Qamishlo") == 1
    path.write_text(edited, "utf-8")


JOINING = "011-joins"
DECEMBER = "002-40bb1f72279c452c"  # in the event of 2-3 December 2022


def _add_joining(project: build.Project) -> None:
    """A second report of the December 2022 event: it joins that event's window."""
    text = (project.seeds_dir / f"{DECEMBER}.md").read_text(encoding="utf-8")
    text = text.replace(f"id: {DECEMBER}", f"id: {JOINING}")
    (project.seeds_dir / f"{JOINING}.md").write_text(text, encoding="utf-8")


def _move_joining(project: build.Project) -> None:
    """The date edit takes it out of December's window, to a day of its own."""
    path = project.seeds_dir / f"{JOINING}.md"
    text = path.read_text(encoding="utf-8").replace("published:", "published: 2024-06-20 #", 1)
    path.write_text(text, encoding="utf-8")


def _edit_event_file(project: build.Project) -> None:
    path = next((project.seeds_dir / "events").glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("editor: Briefing maintainers", "editor: Another editor"), "utf-8")


def _edit_config(project: build.Project) -> None:
    """Every page's head has the description: no page may be reused."""
    text = project.config_file.read_text(encoding="utf-8")
    edited = text.replace("site_description: Events", "site_description: Edited events", 1)
    assert edited != text
    project.config_file.write_text(edited, encoding="utf-8")


def _override_templates(project: build.Project) -> None:
    """A page template (changes Markdown) and a label the plugin puts in every page."""
    project.templates_dir.mkdir(exist_ok=True)
    (project.templates_dir / "latest.md.j2").write_text("# {{ t.latest_title }}: ours\n", "utf-8")
    (project.templates_dir / "strings.yaml").write_text(
        "search_label:\n  en: Find a briefing\n", encoding="utf-8"
    )
    # a static file of the project's theme overrides: the theme's listing changes
    (project.templates_dir / "theme" / "assets").mkdir(parents=True)
    (project.templates_dir / "theme" / "assets" / "ours.css").write_text("a{}", "utf-8")


# Each edit is followed by an incremental generation; each group by an incremental
# publish and the comparison with a clean build. The first group adds one article alone.
STEPS: list[list[Callable[[build.Project], None]]] = [
    [_add_seed],
    [_change_seed, _delete_seed, _edit_tm, _edit_glossary, _edit_event_file],
    [_add_joining],
    [_move_joining],
    [_edit_config, _override_templates],
]
GENERATES_NOTHING = {_edit_config}  # read by MkDocs only
# New events after each group (None: not checked): the December report joins the existing
# event, the date edit moves it out to an event of its own. (The 2023 report of the first
# group is an event of its own that splits nothing.)
EVENTS_AFTER = [None, None, 0, 1, None]


def test_incremental_builds_equal_clean_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memos = _watch_i18n_memo(monkeypatch)
    listings = _watch_saves(monkeypatch, mkdocsfiles.ThemeListing)
    project = copy_project(tmp_path / "incremental")
    monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 0)
    monkeypatch.setattr(render, "FORK_ARTICLES", 0)  # each language rendered on a core
    _build(project)
    languages = _watch_language_children(monkeypatch)
    before = file_tree(project.site_src)
    assert _build(project).written == ()  # nothing changed: nothing written
    assert file_tree(project.site_src) == before
    record = next((project.root / cache.CACHE_DIRNAME).rglob(f"seeds/{SEED}.pickle"))
    written_at = record.stat().st_mtime_ns
    for number, edits in enumerate(STEPS):
        events_before = build.generate(project).events
        for edit in edits:
            edit(project)
            summary = build.generate(project)
            assert summary.written or summary.removed or edit in GENERATES_NOTHING, edit
        if EVENTS_AFTER[number] is not None:
            assert summary.events - events_before == EVENTS_AFTER[number], edits
        # The addition alone: too few pages to share, so the other language is built
        # by a child meanwhile (``langfork``); other even steps share every page.
        monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 10**6 if number == 0 else 0)
        pages = build.publish(project, workers=2 if number % 2 == 0 else 1)
        assert pages is not None
        assert len(languages) == 1  # the addition's only
        if number == 0:  # only the pages whose Markdown changed were converted again
            changed = {path for path in summary.written if path.endswith(".md")}
            assert sorted(pages.rendered) == sorted(changed)
            assert pages.reused > len(changed)
            # static-i18n set up only the new files; the others came from the last build
            memo = memos[-1]
            assert 0 < memo.misses < memo.hits
            # both languages' theme files listed from the record the last build kept
            assert listings[-1].answered == 2 and not listings[-1].changed
        if number == 1:  # built into the previous generation, whose pages it kept
            assert pages.base.kept or pages.reused == 0
        _assert_same(project, _clean_copy(project, tmp_path / f"clean{number}"))
        if number == len(STEPS) - 1:
            assert (project.site_dir / "assets" / "ours.css").is_file()
        if number == 0:  # the untouched seed's results came from the cache
            assert record.stat().st_mtime_ns == written_at


def _watch_language_children(monkeypatch: pytest.MonkeyPatch) -> list[langfork.LanguageChild]:
    """The children that built the other languages (``langfork.start``), in order."""
    made: list[langfork.LanguageChild] = []
    start = langfork.start

    def noting(*args: Any) -> langfork.LanguageChild | None:
        child = start(*args)
        if child is not None:
            made.append(child)
        return child

    monkeypatch.setattr(langfork, "start", noting)
    return made


def _watch_i18n_memo(monkeypatch: pytest.MonkeyPatch) -> list[i18nfiles.FileMemo]:
    """The memos of static-i18n's file setup that builds saved, in order."""
    saved: list[i18nfiles.FileMemo] = []
    save = i18nfiles.FileMemo.save

    def saving(memo: i18nfiles.FileMemo) -> None:
        saved.append(memo)
        save(memo)

    monkeypatch.setattr(i18nfiles.FileMemo, "save", saving)
    return saved


def _watch_saves(monkeypatch: pytest.MonkeyPatch, kind: Any) -> list[Any]:
    """The objects of ``kind`` whose ``save`` builds called, in order."""
    saved: list[Any] = []
    save = kind.save

    def saving(self: Any) -> None:
        saved.append(self)
        save(self)

    monkeypatch.setattr(kind, "save", saving)
    return saved


def test_cache_records_survive_only_whole(project: build.Project) -> None:
    """A torn record (a build killed mid-write leaves none, but a disk can) is a miss."""
    build.generate(project)
    records = sorted((project.root / cache.CACHE_DIRNAME).rglob("seeds/*.pickle"))
    assert len(records) == 5
    records[0].write_bytes(records[0].read_bytes()[:40])
    assert cache.read_pickle(records[0]) is None
    first = file_tree(project.site_src)
    shutil.rmtree(project.site_src)
    project.site_src.mkdir()
    build.generate(project)
    assert file_tree(project.site_src) == first
    assert isinstance(pickle.loads(records[0].read_bytes()), cache.Record)  # rewritten


def test_a_generation_killed_before_its_page_records_are_saved_leaves_them_true(
    project: build.Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page memo trusts a kept page's file by its status (``rendercache.py``): a
    generation killed after writing site_src/ but before saving its records leaves the
    last build's, and the next generation still gives a clean build's bytes."""
    build.generate(project)
    memo = cache.version_dir(project.root) / cache.SITE_SRC_RECORD
    record = cache.read_pickle(memo)
    record["files"] = {name: (key, digest, taken + 10 * cache.RACY_NS)  # trusted
                       for name, (key, digest, taken) in record["files"].items()}  # fmt: skip
    cache.write_pickle(memo, record)
    _change_seed(project)

    def killed(pages: rendercache.PageMemo) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(rendercache.PageMemo, "save", killed)
        with pytest.raises(KeyboardInterrupt):
            build.generate(project)
    assert cache.read_pickle(memo) == record  # the last build's records, as they were
    _add_seed(project)
    build.generate(project)
    clean = _clean_copy(project, tmp_path / "clean")
    assert file_tree(project.site_src) == file_tree(clean.site_src)


def test_a_cache_tracked_by_git_is_never_read(project: build.Project) -> None:
    """A pull request could commit a crafted cache; pickles run code when loaded."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    build.generate(project)
    import subprocess

    run = lambda *args: subprocess.run(["git", "-C", str(project.root), *args], check=True)  # noqa: E731
    run("init", "-q")
    run("add", "-f", cache.CACHE_DIRNAME)
    assert not cache.BuildCache(project.root).enabled
    assert build.generate(project).articles == 5  # the build works without it


def test_an_addition_makes_vectors_only_for_pairs_scored_again(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Grouping keeps pair scores by fingerprint: an added report is compared with the
    events of its window, so only those articles' TF-IDF vectors are made again."""
    from generator.analyse import events

    build.generate(project)
    made: list[str] = []

    class Counting(events.Scorer):
        def __init__(self, profiles: Sequence[events.Profile], types: Mapping[str, str]) -> None:
            super().__init__(profiles, types)
            made.extend(self.vectors)

    monkeypatch.setattr(events, "Scorer", Counting)
    _add_joining(project)
    summary = build.generate(project)
    assert JOINING in made and len(made) < summary.articles


def test_an_addition_unpickles_the_analysis_of_only_the_events_it_changes(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record keeps its article's date mentions, entities, quotes and figures pickled
    apart (``cache.Packed``), read when an event of that article is analysed again: an
    addition with its own event reads none, one joining an event reads that event's."""
    build.generate(project)
    opened: list[object] = []
    original = cache.Packed.value
    monkeypatch.setattr(cache.Packed, "value", lambda self: opened.append(self) or original(self))
    _add_seed(project)
    build.generate(project)
    assert opened == []
    _add_joining(project)
    build.generate(project)
    assert opened


def test_an_addition_renders_the_other_language_in_a_child(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading and analysis of an addition stay in one process (the cache answers), but
    its pages, which it fingerprints one by one, are rendered on both cores."""
    build.generate(project, workers=2)
    children: list[str] = []
    started = forked.Forked

    class Noting(started):  # type: ignore[valid-type, misc]
        def __init__(self, work: Callable[[], Any], what: str) -> None:
            children.append(what)
            super().__init__(work, what)

    monkeypatch.setattr(render, "FORK_ARTICLES", 0)  # the founding corpus is small
    monkeypatch.setattr(forked, "Forked", Noting)
    _add_seed(project)
    assert build.generate(project, workers=2).written
    assert children == ["the other languages' pages"]


def test_packed_results_equal_as_their_values() -> None:
    """Records compare equal (forked and one-process builds leave equal caches) when
    their packed steps hold equal values, however pickle laid those out."""
    shared = "شارع"
    one = cache.Packed(pickle.dumps({"a": [shared, shared]}))
    other = cache.Packed(pickle.dumps({"a": [shared, "".join(["شار", "ع"])]}))
    assert one.data != other.data and one == other
    assert one != cache.Packed(pickle.dumps({"a": [shared]})) and one != {"a": [shared, shared]}


def test_results_by_sentence_are_those_of_their_articles() -> None:
    """``_BySentence`` answers each sentence id from its article's results, asking for an
    article's only when one of its sentences is looked up."""
    asked: list[str] = []

    def step(article_id: str, found: dict[str, int]) -> Callable[[], dict[str, int]]:
        return lambda: asked.append(article_id) or found

    first = {"a-p0-s1": 1, "a-p1-s1": 2}
    second = {"b-press-p0-s1": 3}
    found = cache._BySentence({"a": step("a", first), "b-press": step("b-press", second)})
    assert found["b-press-p0-s1"] == 3 and asked == ["b-press"]
    assert found.get("a-p9-s9") is None and "c-p0-s1" not in found
    assert dict(found) == first | second and len(found) == 3
    assert asked == ["b-press", "a"]


def test_file_digests_trust_a_status_only_when_it_cannot_hide_a_write(tmp_path: Path) -> None:
    """A file whose status is as when its digest was taken is not read again, unless it
    changed so shortly before that a second write could have left the status alone."""
    path = tmp_path / "seed.md"
    path.write_bytes(b"first")
    status = path.stat()
    key = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    changed = max(status.st_mtime_ns, status.st_ctime_ns)
    real = cache.FileDigests().of(path)
    old = (key, "digest of what was there", changed + 2 * cache.RACY_NS)
    assert cache.FileDigests({str(path): old}).of(path) == "digest of what was there"
    racy = (key, "digest of what was there", changed + cache.RACY_NS // 2)
    assert cache.FileDigests({str(path): racy}).of(path) == real
    path.write_bytes(b"other")  # another status: read again
    assert cache.FileDigests({str(path): old}).of(path) not in (real, old[1])
    assert cache.FileDigests().of(tmp_path) is None  # a folder: the caller reports it


def test_file_digests_settle_rereads_only_what_was_racy_and_is_no_longer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest taken within the racy window is taken again once the window has passed
    (then trusted by the next build); one taken after it, or still within it, is not."""
    racy, settled, recent = (tmp_path / name for name in ("racy.md", "settled.md", "recent.md"))
    for path in (racy, settled, recent):
        path.write_bytes(b"first")
    digests = cache.FileDigests()
    for path in (racy, settled, recent):
        digests.of(path)
    key, digest, taken = digests.now[str(settled)]
    digests.now[str(settled)] = (key, digest, taken + 10 * cache.RACY_NS)  # taken long after
    racy.write_bytes(b"later")  # a second write the racy status may hide: read again
    os.utime(racy, ns=(key[1], key[1]))
    now = cache.time.time_ns()
    clock = iter([now + 10 * cache.RACY_NS] + [now] * 10)  # settle's own clock, then reads'
    monkeypatch.setattr(cache.time, "time_ns", lambda: next(clock))
    read: list[str] = []
    original = hashlib.file_digest
    monkeypatch.setattr(hashlib, "file_digest", lambda f, d: read.append(f.name) or original(f, d))
    digests.now[str(recent)] = (digests.now[str(recent)][0], "x", now + 10 * cache.RACY_NS)
    digests.settle()
    assert sorted(read) == [str(racy)]
    assert digests.now[str(racy)][1] == hashlib.sha256(b"later").hexdigest()


def test_a_published_build_settles_the_inputs_it_digested(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inputs digested within the racy window of their writes are read again once the
    build has published (when it took longer than the window), so that the next build
    trusts them."""
    state = build.last_build(project)
    build.generate(project, state=state)
    taken = state.files.now
    since = {name: entry[2] - max(entry[0][1], entry[0][2]) for name, entry in taken.items()}
    window = max(since.values()) + 1  # every digest taken within it: all racy
    monkeypatch.setattr(cache, "RACY_NS", window)
    changed = max(max(entry[0][1], entry[0][2]) for entry in taken.values())
    while cache.time.time_ns() - changed <= window:
        cache.time.sleep(0.05)  # a build that takes longer than the window
    build.publish(project, state=state)
    saved = build.last_build(project).saved["files"]
    assert saved.keys() == taken.keys()
    for key, _, at in saved.values():
        assert at - max(key[1], key[2]) > window  # trusted by the next build


def test_unchanged_inputs_are_not_read_again(
    project: build.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a build, a later one hashes only the files that changed (seeds, TM files)."""
    build.generate(project)
    state = build.incremental_state.State(project)
    old = {name: (key, digest, taken + 10 * cache.RACY_NS)  # as if taken long after
           for name, (key, digest, taken) in state.saved["files"].items()}  # fmt: skip
    state.saved["files"] = old
    state._write()
    read: list[str] = []
    original = hashlib.file_digest
    monkeypatch.setattr(hashlib, "file_digest", lambda f, d: read.append(f.name) or original(f, d))
    _change_seed(project)
    summary = build.generate(project)
    assert summary.written
    assert read == [str(project.seeds_dir / f"{OTHER}.md")]


def test_generation_hands_every_object_back_to_the_collector(project: build.Project) -> None:
    """What is read is frozen out of garbage collection until the next generation
    starts (``mkdocs serve`` keeps building in the same process), and the collector is
    on again even when the build fails."""
    import gc

    build.generate(project)
    assert gc.isenabled() and gc.get_freeze_count() > 0  # through the MkDocs build after it
    assert build.generate(project).written == ()  # nothing changed: nothing read
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the last one's handed back
    (project.seeds_dir / f"{SEED}.md").write_text("---\nid: broken\n", encoding="utf-8")
    with pytest.raises(build.InputError):
        build.generate(project)
    assert gc.isenabled()
    gc.unfreeze()


# A hand-written two-language site (static-i18n, as the briefing's mkdocs.yml has it) for
# the page cache alone: ``build.publish`` without generation, a second or so per build.
SITE_CONFIG = smallsite.mkdocs_yml("Reuse", plugins=smallsite.TWO_LANGUAGES)
SITE_PAGES = {
    "index.md": "# Home\n\n[Facts](facts.md#figures), [notes](notes.md).\n",
    "facts.md": "# Facts\n\n## Figures\n\nOne.\n",
    "notes.md": "# Notes\n\nSee [the figures](facts.md#figures).\n",
}


def _site(root: Path, pages: dict[str, str]) -> build.Project:
    root.mkdir()
    (root / "mkdocs.yml").write_text(SITE_CONFIG, encoding="utf-8")
    _write_pages(build.Project(root), pages)
    return build.Project(root)


def _write_pages(project: build.Project, pages: dict[str, str]) -> None:
    if project.site_src.exists():
        shutil.rmtree(project.site_src)
    project.site_src.mkdir()
    for name, text in pages.items():
        (project.site_src / name).write_text(text, encoding="utf-8")
        arabic = name.replace(".md", ".ar.md")
        (project.site_src / arabic).write_text(text.replace("One.", "واحد."), encoding="utf-8")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    found = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    caplog.clear()
    return sorted(found)


def test_reused_pages_are_not_walked_and_links_to_them_resolve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An added page links to a reused page and its anchor: MkDocs reads and builds
    only the added page (in each language) and the last page, and site/ is a clean
    build's."""
    from mkdocs.commands import build as mkdocs_build

    populated: list[str] = []
    populate = mkdocs_build._populate_page

    def counting(page: Any, *args: Any, **kwargs: Any) -> None:
        populated.append(page.file.src_uri)
        populate(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_populate_page", counting)
    project = _site(tmp_path / "incremental", SITE_PAGES)
    build.publish(project, workers=1)
    assert len(populated) == 2 * len(SITE_PAGES)
    added = {**SITE_PAGES, "added.md": "# Added\n\n[Figures](facts.md#figures).\n"}
    _write_pages(project, added)
    populated.clear()
    pages = build.publish(project, strict=True, workers=1)
    assert pages is not None
    # and the last page of each language's build, which is always built
    built = ["added.ar.md", "added.md", "notes.ar.md", "notes.md"]
    assert sorted(populated) == built
    assert sorted(pages.rendered) == built
    assert pages.reused == 2 * len(SITE_PAGES) - 2
    assert not _warnings(caplog)
    clean = _site(tmp_path / "clean", added)
    build.publish(clean, incremental=False, workers=1)
    assert file_tree(project.site_dir) == file_tree(clean.site_dir)  # sitemaps list every page


@pytest.mark.parametrize("workers", [1, 2])
def test_a_reused_pages_lost_anchor_warns_as_in_a_clean_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, workers: int
) -> None:
    """facts.md loses the anchor that index.md and notes.md (both reused) link to, and
    notes.md's link target is then deleted: --strict fails, and the warnings are the
    clean build's."""
    monkeypatch.setattr(pagesplit, "MIN_PAGES_PER_WORKER", 0)
    project = _site(tmp_path / "incremental", SITE_PAGES)
    build.publish(project, workers=workers)
    edits = [
        {**SITE_PAGES, "facts.md": "# Facts\n\n## Totals\n\nOne.\n"},
        {k: v for k, v in SITE_PAGES.items() if k != "facts.md"},
    ]
    for number, edited in enumerate(edits):
        _write_pages(project, edited)
        caplog.clear()
        with pytest.raises(BriefingError, match="warnings in strict mode"):
            build.publish(project, strict=True, workers=workers)
        ours = _warnings(caplog)
        build.publish(project, workers=workers)  # published with its warnings
        caplog.clear()
        clean = _site(tmp_path / f"clean{number}", edited)
        build.publish(clean, incremental=False, workers=1)
        assert ours and ours == _warnings(caplog)
        assert file_tree(project.site_dir) == file_tree(clean.site_dir)


# -- grouping replayed up to the first change ---------------------------------------------

# Synthetic reports (``benchmarks/site_archive.py``: stories told by two to five outlets)
# in the archive whose grouping is replayed: enough for events of several reports.
ARCHIVE = 30
Shape = tuple[tuple[Any, ...], ...]


def _shape(groups: Sequence[Any]) -> Shape:
    return tuple((g.id, g.start, g.end, tuple(m.id for m in g.members)) for g in groups)


def _clean_groups(project: build.Project) -> Shape:
    """The grouping of the project's articles computed from nothing (no cache)."""
    from generator import analyse, eventfiles, glossary, translate
    from generator.analyse import events

    files = eventfiles.load(project.seeds_dir)
    articles = eventfiles.apply_membership(build.read_articles(project), files)
    translated = translate.attach(articles, tm.load(project.seeds_dir))
    names = glossary.load(project.seeds_dir)
    types = {entry.id: entry.type for entry in names.values()}
    return _shape(events.group(analyse.profiles(translated, names), types))


def _seed(project: build.Project, seed_id: str) -> Path:
    return project.seeds_dir / f"{seed_id}.md"


def _with_date(project: build.Project, seed_id: str, day: str) -> None:
    """The seed's publication date changed in place, its size and mtime as they were."""
    path = _seed(project, seed_id)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"(?m)^published: \d{4}-\d\d-\d\d$", f"published: {day}", text, count=1)
    assert edited != text and len(edited) == len(text)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_grouping_replays_the_last_pass_up_to_the_first_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After each edit the incremental grouping equals one computed from nothing. An
    addition after the newest day replays every earlier decision; an edit, a deletion or
    an insertion in the middle replays those before it; a glossary, grouping model or
    code change replays none."""
    from benchmarks import site_archive
    from generator.analyse import events

    site_archive.write_archive(tmp_path / "archive", ARCHIVE)
    project = build.Project(tmp_path / "archive")
    seen: list[tuple[Shape, int, int]] = []
    group, save = events.group, cache.BuildCache._save_events

    def grouped(*args: Any) -> list[events.Group]:
        found = group(*args)
        seen.append((_shape(found), -1, -1))
        return found

    def saved(self: cache.BuildCache) -> None:
        seen[-1] = (seen[-1][0], self.replayed, len(self.grouping_now["keys"]))
        save(self)

    monkeypatch.setattr(events, "group", grouped)
    monkeypatch.setattr(cache.BuildCache, "_save_events", saved)

    def rebuilt() -> tuple[int, int]:
        build.generate(project)
        shape, replayed, dated = seen[-1]
        assert shape == _clean_groups(project)
        return replayed, dated

    build.generate(project)
    first = seen[-1][0]
    moved = next(g for g in first[len(first) // 2 :] if len(g[3]) > 1)  # a middle event
    member, other = moved[3][0], moved[3][1]

    site_archive.add_article(project.root, ARCHIVE, seed=1)  # after the newest day
    replayed, dated = rebuilt()
    assert replayed == dated - 1

    copy = _seed(project, member).read_text(encoding="utf-8").replace(member, "000099-copy")
    _seed(project, "000099-copy").write_text(copy, encoding="utf-8")
    replayed, dated = rebuilt()  # inserted beside the member, whose event it joins
    assert 0 < replayed < dated - 1
    assert any({member, "000099-copy"} <= set(g[3]) for g in seen[-1][0])

    _with_date(project, other, "2031-06-01")  # out of its event, to a day of its own
    replayed, dated = rebuilt()
    assert 0 < replayed < dated - 1
    assert any(g[3] == (other,) for g in seen[-1][0])

    (project.seeds_dir / "tm" / f"{member}.yaml").unlink()
    _seed(project, member).unlink()
    replayed, dated = rebuilt()
    assert 0 < replayed < dated

    glossary = project.seeds_dir / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rebuilt()[0] == 0  # another glossary: another pass

    model = events.pair_model()
    join = dataclasses.replace(model.join, dated=model.join.dated + 0.01)
    monkeypatch.setattr(events, "pair_model", lambda: dataclasses.replace(model, join=join))
    site_archive.add_article(project.root, ARCHIVE + 1, seed=2)  # else replayed whole
    assert rebuilt()[0] == 0  # other join thresholds: another pass
    site_archive.add_article(project.root, ARCHIVE + 2, seed=3)
    replayed, dated = rebuilt()
    # that pass's decisions replayed the next time, up to the new report (the one moved
    # to 2031 comes after it)
    assert replayed == dated - 2

    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    site_archive.add_article(project.root, ARCHIVE + 3, seed=4)
    assert rebuilt()[0] == 0  # new code reads nothing the old code kept
