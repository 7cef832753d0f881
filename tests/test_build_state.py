"""One build's ``generate`` and ``publish`` sharing the incremental record
(``build.last_build``, as ``briefing build`` does), and the collector after an addition.

The record is read once and site_src/ walked once for both steps; what it writes must
be what two separate records would have written, and a record must never answer with
a site_src/ from before a generation it saw."""

from __future__ import annotations

import gc

from generator import build
from tests.conftest import file_tree

SEED = "000-c686a2356659b105"


def _add_seed(project: build.Project, seed_id: str) -> None:  # its own event, 2023-03-01
    text = (project.seeds_dir / f"{SEED}.md").read_text(encoding="utf-8")
    text = text.replace(f"id: {SEED}", f"id: {seed_id}")
    text = text.replace("published:", "published: 2023-03-01 #")
    (project.seeds_dir / f"{seed_id}.md").write_text(text, encoding="utf-8")


def test_a_shared_record_lets_the_next_build_skip_both_steps(project: build.Project) -> None:
    state = build.last_build(project)
    build.generate(project, state=state)
    assert build.publish(project, state=state, workers=1) is not None
    site = file_tree(project.site_dir)

    again = build.last_build(project)  # a new build, its own record
    assert again.unchanged_summary(translating=False) is not None
    build.generate(project, state=again)
    assert build.publish(project, state=again, workers=1) is None  # site/ kept
    assert file_tree(project.site_dir) == site


def test_a_shared_record_publishes_site_src_as_generation_left_it(
    project: build.Project,
) -> None:
    build.generate(project)
    build.publish(project, workers=1)
    removed = next(path for path in project.site_src.rglob("*.md"))
    removed.unlink()  # inputs as they were, site_src/ not: generation runs again
    state = build.last_build(project)
    assert state.unchanged_summary(translating=False) is None
    build.generate(project, state=state)
    assert removed.is_file()
    assert build.publish(project, state=state, workers=1) is not None
    fresh = build.last_build(project)  # what the next build finds
    assert fresh.unchanged_summary(translating=False) is not None
    assert fresh.site_unchanged(strict=False)


def test_the_collector_runs_again_after_an_addition(project: build.Project) -> None:
    build.generate(project)
    _add_seed(project, "010-copy")
    build.generate(project)  # an addition: most results from the cache
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what it made stays frozen until the next one
    gc.unfreeze()
