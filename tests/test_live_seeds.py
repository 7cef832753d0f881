"""What must hold for the live seeds/, whatever contributors add, and the contributor path.

Snapshot tests read the frozen founding corpus (tests/fixtures/founding); these read the
live seeds and check only what holds for any seed: valid front matter, translation memory
and glossary, no leftover TM files or keys that do not match their Arabic, and a
SOURCES.md section per seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import build, consistency, translate
from generator.translate import tm
from tests.conftest import REPO, copy_project
from tests.test_cli import run

UNDATED_REPORT = (
    "قسد تعلن استئناف العمليات المشتركة مع التحالف الدولي\n"
    "\n"
    "أعلنت قوات سوريا الديمقراطية استئناف العمليات المشتركة مع التحالف الدولي ضد خلايا تنظيم "
    "داعش في ريف دير الزور، بعد توقف دام أسبوعين.\n"
    "وقال مصدر عسكري إن الدوريات ستشمل بلدات الشحيل وذيبان.\n"
)


def test_live_seeds_pass_every_check() -> None:
    count, problems = consistency.check_project(build.Project(REPO))
    assert count >= 1 and problems == []


def test_every_live_tm_entry_belongs_to_a_sentence_of_its_seed() -> None:
    project = build.Project(REPO)
    memory = tm.load(project.seeds_dir)
    for article in build.read_articles(project):
        keys = {tm.sentence_key(s.ar) for s in article.sentences}
        assert set(memory.get(article.id, {})) <= keys, article.id


@pytest.fixture
def contributed(tmp_path: Path) -> Path:
    """A copy of the repository with the live seeds, plus one undated, untranslated
    article added the way CONTRIBUTING.md says (`briefing new`, outlet unknown)."""
    project = copy_project(tmp_path / "repo", seeds_from=REPO / "seeds")
    raw = tmp_path / "report.txt"
    raw.write_text(UNDATED_REPORT, encoding="utf-8")
    result = run(project, "new", str(raw), "--outlet", "unknown")
    assert result.returncode == 0, result.stderr
    return project


def test_a_contributed_article_passes_the_checks(contributed: build.Project) -> None:
    result = run(contributed, "check")
    assert result.returncode == 0, result.stderr
    count, problems = consistency.check_project(contributed)
    assert problems == [] and count == len(
        consistency.sources_sections(contributed.seeds_dir)
        & {p.stem for p in contributed.seeds_dir.glob("[0-9]*.md")}
    )  # every seed, the new one included, has its SOURCES.md section


def test_strict_build_fails_only_on_the_pending_sentences(contributed: build.Project) -> None:
    result = run(contributed, "build", "--strict", "--no-translate")
    assert result.returncode == 1, result.stderr
    articles = translate.attach(build.read_articles(contributed), tm.load(contributed.seeds_dir))
    pending = sum(a.pending for a in articles)
    assert pending >= len(articles[-1].article.sentences)  # the new article's, at least
    assert f"--strict: {pending} pending translations and 0 warnings" in result.stderr
    assert "undated" in result.stdout  # a note, which never fails --strict
    assert (contributed.site_dir / "index.html").is_file()  # the site was still built
