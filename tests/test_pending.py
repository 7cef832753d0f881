"""The pending-translations report that CI writes to a pull request's job summary."""

from __future__ import annotations

import html
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import build, translate
from generator.translate import tm
from generator.translate.pending import pending_report
from tests.conftest import FOUNDING_SEEDS

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> build.Project:
    """The founding seeds and their translation memory, copied (nothing else is needed)."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(FOUNDING_SEEDS, root / "seeds", ignore=shutil.ignore_patterns(".lock"))
    return build.Project(root)


def add_seed(project: build.Project, seed_id: str, body: str) -> None:
    header = f"---\nid: {seed_id}\noutlet: unknown\nlanguage: ar\n---\n"
    (project.seeds_dir / f"{seed_id}.md").write_text(header + body, encoding="utf-8")


def report(project: build.Project) -> str:
    articles = build.read_articles(project)
    return pending_report(translate.attach(articles, tm.load(project.seeds_dir)))


class Tags(HTMLParser):
    """Every tag GitHub would see in the report, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)


def tags(markdown: str) -> list[str]:
    parser = Tags()
    parser.feed(markdown)
    parser.close()
    return parser.tags


def table_rows(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_the_founding_seeds_have_no_pending_translations(project: build.Project) -> None:
    assert report(project) == "## Pending translations\n\nNo pending translations.\n"


def test_counts_list_only_the_untranslated_sentences(project: build.Project) -> None:
    add_seed(project, "900-first", "عنوان الخبر الأول اليوم\nقال المتحدث إن الدوريات استؤنفت.\n")
    add_seed(
        project,
        "901-second",
        "عنوان الخبر الثاني اليوم\nأعلن الجيش وقف العمليات. وأضاف أن الوضع هادئ.\n",
    )
    translated = "أعلن الجيش وقف العمليات."
    entry = tm.MemoryEntry(
        ar=translated,
        en="The army announced a halt to operations.",
        origin="human",
        date="2026-01-01",
        translator="test",
    )
    tm.add(project.seeds_dir, "901-second", [entry])

    text = report(project)
    assert text.startswith("## Pending translations\n\n")
    assert "4 sentences in 2 articles await translation." in text
    assert text.count("<details>") == text.count("</details>") == 2
    assert "<summary>900-first: عنوان الخبر الأول اليوم (2 sentences)</summary>" in text
    assert "<summary>901-second: عنوان الخبر الثاني اليوم (2 sentences)</summary>" in text
    rows = table_rows(text)
    assert rows.count("| sentence | Arabic |") == 2
    assert "| 900-first-p1-s1 | قال المتحدث إن الدوريات استؤنفت. |" in rows
    assert "| 901-second-p1-s2 | وأضاف أن الوضع هادئ. |" in rows
    assert translated not in text  # translated sentences are not listed
    assert "000-c686a2356659b105" not in text  # fully translated articles are not listed


def test_one_sentence_is_counted_in_the_singular(project: build.Project) -> None:
    add_seed(project, "900-single", "خبر قصير\n")
    assert "1 sentence in 1 article awaits translation." in report(project)


def test_hostile_seed_text_stays_inert(project: build.Project) -> None:
    add_seed(
        project,
        "900-hostile",
        '<script>alert("x")</script> عنوان | خبر **عاجل** ![](https://example.com/t.png)\n'
        "قال المتحدث إن [الدوريات](javascript:alert(1)) استؤنفت.\n"
        "وأضاف أن </details><img src=x onerror=alert(1)> الوضع \u202eهادئ\u200f.\n"
        "وختم {{ secrets.TOKEN }} `رمز` <!-- تعليق --> &amp; | بالقول إن الأمر انتهى.\n",
    )
    text = report(project)

    # Only the report's own tags exist: nothing from the seed opens or closes one.
    ours = [t for t in tags(text) if t not in ("span", "/span")]  # spans mark control chars
    assert ours == ["details", "summary", "/summary", "/details"]
    for raw in ("<script", "</details><img", "<!--", "](", "![", "**", "`رمز`", "{{"):
        assert raw not in text
    assert "&lt;script&gt;" in text  # shown, escaped
    assert "&amp;amp;" in text  # an entity in the seed is shown as typed, not decoded

    # No table cell ends early and no row breaks: header, rule and 4 sentences, 3 pipes each.
    rows = table_rows(text)
    assert len(rows) == 6
    assert all(row.count("|") == 3 for row in rows)

    # Bidi controls cannot reorder the row; they are shown as visible marks.
    assert "\u202e" not in text and "\u200f" not in text
    assert "⟨U+202E⟩" in html.unescape(text) and "⟨U+200F⟩" in html.unescape(text)
