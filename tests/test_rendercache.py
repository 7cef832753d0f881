"""What an incremental generation does again: only the events and pages an edit touches.

The byte-for-byte equality with a clean build is ``test_incremental.py``'s; here the
memoised steps are counted, so a memo that silently misses every time fails.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator import analyse, build, cache, glossary, render, resources, translate
from generator.analyse import events
from generator.translate import tm
from tests.conftest import FOUNDING_SEEDS, REPO, copy_project

ADDED = "010-apart"
UNTOUCHED = "001-ff836673c3ad9cab"
DECEMBER = "002-40bb1f72279c452c"  # a report of the event of 2-3 December 2022
JOINING = "011-joins"


def _add_apart(project: build.Project) -> None:
    """A copy of one report, published years later: an event of its own."""
    source = project.seeds_dir / "000-c686a2356659b105.md"
    text = source.read_text(encoding="utf-8").replace("id: 000-c686a2356659b105", f"id: {ADDED}")
    text = text.replace("published:", "published: 2025-05-05 #", 1)
    (project.seeds_dir / f"{ADDED}.md").write_text(text, encoding="utf-8")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Which templates are rendered for which article or event, and events analysed."""
    seen: Counter[str] = Counter()
    original_render = render._Site.render
    original_event = analyse.event_of

    def counting_render(site: Any, template: str, lang: str, **context: Any) -> str:
        subject = context.get("article") or context.get("event")
        seen[f"{template}:{getattr(subject, 'id', '')}"] += 1
        return original_render(site, template, lang, **context)

    def counting_event(group: Any, *rest: Any) -> Any:
        seen[f"analysed:{group.id}"] += 1
        return original_event(group, *rest)

    def counting_pair(scorer: Any, a: Any, b: Any) -> float:
        seen[f"pair:{a.id}:{b.id}"] += 1
        return original_pair(scorer, a, b)

    original_pair = events.Scorer.pair
    monkeypatch.setattr(events.Scorer, "pair", counting_pair)
    monkeypatch.setattr(render._Site, "render", counting_render)
    monkeypatch.setattr(analyse, "event_of", counting_event)
    return seen


def test_adding_a_report_redoes_only_its_own_event_and_pages(
    tmp_path: Path, counted: Counter[str]
) -> None:
    project = copy_project(tmp_path / "p")
    first = build.generate(project)
    full = Counter(counted)
    assert full[f"source.md.j2:{UNTOUCHED}"] == len(render.LANGUAGES)
    assert sum(v for k, v in full.items() if k.startswith("analysed:")) == first.events
    counted.clear()
    _add_apart(project)
    second = build.generate(project)
    assert second.events == first.events + 1
    # The founding reports within a week of each other name days five apart, so they are
    # never scored (events.DAYS_APART_NEVER_JOIN); the next test sees pairs scored.
    scored = [k for k in counted if k.startswith("pair:")]
    assert all(ADDED in k for k in scored)  # only pairs with the new article
    analysed = [k for k in counted if k.startswith("analysed:")]
    assert analysed == [f"analysed:{ADDED}"]
    sources = sorted(k for k in counted if k.startswith("source.md.j2"))
    assert sources == [f"source.md.j2:{ADDED}"]
    assert counted[f"source.md.j2:{ADDED}"] == len(render.LANGUAGES)
    # the new event's page, and the pages of events whose thread links now name it
    events = {k for k in counted if k.startswith("event.md.j2")}
    assert f"event.md.j2:{ADDED}" in events
    assert len(events) < first.events


def test_a_report_joining_an_event_is_scored_only_against_its_window(
    tmp_path: Path, counted: Counter[str]
) -> None:
    project = copy_project(tmp_path / "p")
    first = build.generate(project)
    counted.clear()
    source = project.seeds_dir / f"{DECEMBER}.md"
    text = source.read_text(encoding="utf-8").replace(f"id: {DECEMBER}", f"id: {JOINING}")
    (project.seeds_dir / f"{JOINING}.md").write_text(text, encoding="utf-8")
    assert build.generate(project).events == first.events  # it joined December's event
    scored = [k for k in counted if k.startswith("pair:")]
    assert scored and all(JOINING in k for k in scored)
    analysed = [k for k in counted if k.startswith("analysed:")]
    assert len(analysed) == 1  # the event it joined; the others are kept


def test_a_page_edited_by_hand_is_rendered_again(tmp_path: Path, counted: Counter[str]) -> None:
    project = copy_project(tmp_path / "p")
    build.generate(project)
    page = project.site_src / "sources" / f"{UNTOUCHED}.md"
    rendered = page.read_bytes()
    page.write_bytes(rendered + b"edited\n")
    counted.clear()
    build.generate(project)
    assert counted[f"source.md.j2:{UNTOUCHED}"] == 1  # English only: the Arabic page was kept
    assert page.read_bytes() == rendered


def _age_page_digests(project: build.Project) -> dict[str, tuple[str, str]]:
    """Make the page memo's file digests look taken long after the pages were written
    (as they are a build later), so their status is trusted; return its page records."""
    path = cache.version_dir(project.root) / cache.SITE_SRC_RECORD
    record = cache.read_pickle(path)
    record["files"] = {name: (key, digest, taken + 10 * cache.RACY_NS)
                       for name, (key, digest, taken) in record["files"].items()}  # fmt: skip
    cache.write_pickle(path, record)
    pages: dict[str, tuple[str, str]] = record["pages"]
    return pages


def test_kept_pages_are_not_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose inputs and file are unchanged is neither rendered nor read: its
    file's status says it holds the recorded bytes, and the writer leaves it alone."""
    project = copy_project(tmp_path / "p")
    build.generate(project)
    before = _age_page_digests(project)
    read: set[str] = set()
    original = Path.read_bytes

    def reading(path: Path) -> bytes:
        if project.site_src in path.parents:
            read.add(path.relative_to(project.site_src).as_posix())
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", reading)
    _add_apart(project)
    build.generate(project)
    after = cache.read_pickle(cache.version_dir(project.root) / cache.SITE_SRC_RECORD)
    kept = {path for path, saved in after["pages"].items() if before.get(path) == saved}
    assert len(kept) > len(after["pages"]) // 2
    assert not kept & read
    monkeypatch.setattr(Path, "read_bytes", original)
    for path in kept:  # and they still hold what the record says
        digest = hashlib.sha256((project.site_src / path).read_bytes()).hexdigest()
        assert digest == after["pages"][path][1]


_FINGERPRINT = """
import sys
from generator import analyse, build, cache, glossary, translate
from generator.translate import tm
from pathlib import Path
seeds = Path(sys.argv[1])
articles = build.read_articles(build.Project(seeds.parent))
events = analyse.analyse(translate.attach(articles, tm.load(seeds)), glossary.load(seeds))
print(cache.fingerprint(events))
"""


def test_fingerprints_do_not_change_between_processes() -> None:
    """No set (whose order follows the process's string hashing) in what is fingerprinted."""
    articles = build.read_articles(build.Project(FOUNDING_SEEDS.parent))
    memory = tm.load(FOUNDING_SEEDS)
    events = analyse.analyse(translate.attach(articles, memory), glossary.load(FOUNDING_SEEDS))
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", _FINGERPRINT, str(FOUNDING_SEEDS)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env=environment,
    )
    assert other.stdout.strip() == cache.fingerprint(events)


def test_a_project_with_its_own_page_template_renders_every_page(
    tmp_path: Path, counted: Counter[str]
) -> None:
    project = copy_project(tmp_path / "p")
    own = project.templates_dir / "source.md.j2"
    own.parent.mkdir()
    own.write_text(
        (resources.packaged_dir() / "source.md.j2").read_text(encoding="utf-8") + "{# ours #}\n",
        encoding="utf-8",
    )
    build.generate(project)
    counted.clear()
    _add_apart(project)
    build.generate(project)
    assert counted[f"source.md.j2:{UNTOUCHED}"] == len(render.LANGUAGES)
