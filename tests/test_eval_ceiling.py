"""The event-date ceiling beside `briefing eval`'s accuracy: what each event's stored texts
allow (``day_from_texts``), on a small hand-made labels file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.evaluation import ceiling, corpus, report
from tests.conftest import REPO

# Three events in `tune`: one whose texts fix its day (two reports), one that only a
# weekday places, one that nothing places; and one `test` event with a yearless day.
LABELS = """\
events:
  strike-2024-01-12:
    date: 2024-01-12
    split: tune
    day_from_texts: stated
    day_evidence: "a1 l1 'اليوم الجمعة', published 2024-01-12"
    what: a strike
    hard_negative_of: []
  meeting-2024-01-13:
    date: 2024-01-13
    split: tune
    day_from_texts: weekday
    day_evidence: "a3 l1 'السبت', undated"
    what: a meeting
    hard_negative_of: []
  visit-2024-01-14:
    date: 2024-01-14
    split: tune
    day_from_texts: none
    day_evidence: "a4 names no day"
    what: a visit
    hard_negative_of: []
  convoy-2024-02-01:
    date: 2024-02-01
    split: test
    day_from_texts: yearless
    day_evidence: "a5 l1 '1 شباط', undated"
    what: a convoy
    hard_negative_of: []
articles:
"""
ARTICLE = """\
- id: {id}
  outlet: Outlet {id}
  outlet_line: other
  url: https://example.org/{id}
  published: {published}
  published_evidence: hand-made
  event: {event}
  cut: false
  title_line: null
  title: null
  boilerplate: []
  entities: []
  quotes: []
  not_quotes: []
  figures: []
"""
REPORTS = {
    "a1": ("strike-2024-01-12", "2024-01-12", "قصفت طائرة مسيرة اليوم الجمعة موقعا في الحسكة."),
    "a2": ("strike-2024-01-12", "null", "قصفت طائرة مسيرة موقعا في الحسكة."),
    "a3": ("meeting-2024-01-13", "null", "عقد المجلس اجتماعا السبت في القامشلي."),
    "a4": ("visit-2024-01-14", "null", "وصل وفد إلى مدينة الرقة."),
    "a5": ("convoy-2024-02-01", "null", "خرجت قافلة من المخيم في 1 شباط."),
}


def _write(folder: Path, labels: str = LABELS) -> Path:
    (folder / "corpus").mkdir(parents=True)
    articles = []
    for article_id, (event, published, text) in REPORTS.items():
        articles.append(ARTICLE.format(id=article_id, event=event, published=published))
        (folder / "corpus" / f"{article_id}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "labels.yaml").write_text(labels + "".join(articles), encoding="utf-8")
    return folder


def test_the_loader_gives_each_article_its_events_category(tmp_path: Path) -> None:
    items = corpus.load(_write(tmp_path), split="tune")
    assert {i.id: i.day_from_texts for i in items} == {
        "a1": "stated", "a2": "stated", "a3": "weekday", "a4": "none",
    }  # fmt: skip
    assert corpus.day_categories(tmp_path, "test") == {"a5": "yearless"}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    day_from_texts: weekday\n", "", "day_from_texts is None; expected one of stated"),
        ("day_from_texts: weekday", "day_from_texts: maybe", "day_from_texts is 'maybe'"),
        ("""    day_evidence: "a3 l1 'السبت', undated"\n""", "", "day_evidence is missing"),
    ],
)
def test_an_event_without_a_valid_day_label_is_a_clear_error(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in LABELS
    folder = _write(tmp_path, LABELS.replace(old, new))
    for read in (lambda: corpus.load(folder), lambda: corpus.day_categories(folder, "tune")):
        with pytest.raises(InputError) as caught:
            read()
        assert "events.meeting-2024-01-13:" in str(caught.value)
        assert message in str(caught.value)


def test_the_ceiling_counts_articles_as_date_accuracy_does() -> None:
    categories = {"a1": "stated", "a2": "stated", "a3": "weekday", "a4": "none"}
    events = {"a1": "s", "a2": "s", "a3": "m", "a4": "v"}
    counts = ceiling.by_category(categories, events, dated_right={"a1", "a3"})
    stated = counts[0]
    assert (stated.name, stated.events, stated.articles, stated.dated_right) == ("stated", 1, 2, 1)
    assert ceiling.ceiling(counts, ceiling.CEILINGS["stated"]) == 0.5
    assert ceiling.summary(counts) == {
        "date_ceiling_stated": 0.5, "date_ceiling_published": 0.5,
        "date_ceiling_yearless": 0.5, "date_acc_stated": 0.5,
    }  # fmt: skip
    assert ceiling.count_line(counts) == (
        "event days the stored texts give (day_from_texts): stated 1 events / 2 articles; "
        "published 0 events / 0 articles; yearless 0 events / 0 articles; "
        "weekday 1 events / 1 articles; none 1 events / 1 articles"
    )
    assert ceiling.accuracy_line(counts, "as built") == (
        "event dates right by day_from_texts (as built): stated 0.500 (1/2); "
        "weekday 1.000 (1/1); none 0.000 (0/1)"
    )


def test_briefing_evals_date_lines_show_the_ceiling_beside_the_accuracy(tmp_path: Path) -> None:
    prepared = report.prepare(corpus.load(_write(tmp_path), split="tune"), tmp_path / "corpus")
    lines, summary = report._day_ceiling(prepared, right={"a1"}, right_alone={"a1", "a2"})
    assert lines[0].endswith("weekday 1 events / 1 articles; none 1 events / 1 articles")
    assert lines[1].startswith("event dates right by day_from_texts (as built): stated 0.500 (1/2)")
    assert "(with the labelled events): stated 1.000 (2/2)" in lines[2]
    assert lines[3].startswith("event date ceiling: 0.500 if every article of a 'stated' event")
    assert summary["date_ceiling_stated"] == 0.5 and summary["date_acc_stated"] == 0.5


def test_the_labels_only_script_never_needs_a_text(tmp_path: Path) -> None:
    """eval/day_ceiling.py may be run on `test`: it counts from labels.yaml alone, so it
    runs with no report text at hand."""
    folder = _write(tmp_path)
    for text in (folder / "corpus").glob("*.txt"):
        text.unlink()
    command = [sys.executable, str(REPO / "eval" / "day_ceiling.py"), "--split", "test"]
    result = subprocess.run(
        [*command, "--labels-dir", str(folder)], capture_output=True, text=True, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "split: test (labels only)"
    assert lines[1].endswith(
        "yearless 1 events / 1 articles; weekday 0 events / 0 articles; none 0 events / 0 articles"
    )
    assert lines[2].startswith("event date ceiling: 0.000 if every article")
    assert lines[2].endswith("1.000 with 'yearless' too")


def test_every_corpus_event_has_a_day_label() -> None:
    """Both halves are labelled, so `briefing eval --split test` can print its ceiling."""
    for split in corpus.SPLITS:
        categories = corpus.day_categories(REPO / "eval", split)
        assert set(categories.values()) <= set(corpus.DAY_CATEGORIES)
