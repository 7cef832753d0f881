"""The cleaning line model's plumbing (issue 9, C9): its features, and the limits within which
``clean.clean`` lets a model overturn the rules. The models here are made up, one weight at
a time, so that each test shows one limit; what a fitted model learns is measured by
eval/fit_clean.py, not asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import clean, linemodel, seeds
from tests.conftest import write_seed
from tests.test_clean_outlets import HEADLINE, LEAD, MORE

SURE = 20.0  # a weight that puts a line's probability at ~1 when its feature is on
NEVER = -10.0  # a bias that keeps every other line at ~0


def _model(threshold: float = 0.5, restore_below: float = 0.0, bias: float = NEVER,
           **weights: float) -> linemodel.Model:  # fmt: skip
    n = len(linemodel.FEATURES)
    return linemodel.Model(
        weights=tuple(weights.get(name, 0.0) for name in linemodel.FEATURES),
        bias=bias,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        threshold=threshold,
        restore_below=restore_below,
    )


def _clean(tmp_path: Path, body: str, model: linemodel.Model | None) -> clean.CleanText:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    return clean.clean(seed, model=model, rules_only=model is None)


def _removed(text: clean.CleanText) -> list[str]:
    return [line for block in text.removed for line in block.lines]


def _kept(text: clean.CleanText) -> list[str]:
    return [line.text for line in text.paragraphs]


def test_a_headline_that_shares_no_word_with_the_article_scores_apart() -> None:
    other = "فريق الكرة المحلي يفوز بالبطولة بعد مباراة مثيرة"
    texts = [other, HEADLINE.strip(), LEAD.strip(), MORE.strip()]
    rows = linemodel.features(texts, [False] * 4, headline=1)
    column = linemodel.FEATURES.index("apart_headline")
    assert all(len(row) == len(linemodel.FEATURES) for row in rows)
    assert rows[0][column] == 1.0  # nothing of it in the report
    assert rows[2][column] == 0.0  # the lead is no headline
    short = linemodel.FEATURES.index("short")
    assert [row[short] for row in rows] == [0.0, 0.0, 0.0, 0.0]


def test_a_line_the_model_flags_is_removed_but_a_crosshead_between_paragraphs_stays(
    tmp_path: Path,
) -> None:
    teaser = "عنوان قصة أخرى عن الطقس في المدينة…"
    crosshead = "وماذا بعد الافتتاح…"
    body = f"{HEADLINE}{LEAD}{crosshead}\n{MORE}{teaser}\n"
    rules = _clean(tmp_path, body, None)
    assert teaser in _kept(rules)  # one teaser alone is not a list for the rules
    text = _clean(tmp_path, body, _model(ends_ellipsis=SURE))
    assert teaser in _removed(text)
    assert crosshead in _kept(text)  # it stands between two paragraphs of the report


def test_the_model_never_takes_most_of_the_body(tmp_path: Path) -> None:
    body = f"{HEADLINE}{LEAD}{MORE}"
    text = _clean(tmp_path, body, _model(bias=-NEVER))  # every line scores ~1
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    assert text.headline == HEADLINE.strip()


def test_a_sign_off_the_model_restores_is_no_longer_the_attribution(tmp_path: Path) -> None:
    body = f"{HEADLINE}{LEAD}{MORE}المصدر: وكالة الأنباء\n"
    assert _clean(tmp_path, body, None).attribution == "وكالة الأنباء"
    text = _clean(tmp_path, body, _model(restore_below=0.5))  # every line scores ~0
    assert text.attribution is None
    assert _kept(text)[-1] == "المصدر: وكالة الأنباء"


def test_a_headline_the_model_flags_gives_way_to_the_next_headline_shaped_line(
    tmp_path: Path,
) -> None:
    standfirst = "الجسر الجديد يخدم طلاب المدينة"
    body = f"{HEADLINE}{standfirst}\n{LEAD}{MORE}"
    assert _clean(tmp_path, body, None).headline == HEADLINE.strip()
    text = _clean(tmp_path, body, _model(is_headline=SURE))
    assert text.headline == standfirst
    assert HEADLINE.strip() in _removed(text)  # the title never comes from a flagged line
    # With no other headline-shaped line before the report, the rules' headline stands.
    text = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}", _model(is_headline=SURE))
    assert text.headline == HEADLINE.strip()


def test_without_a_model_file_the_rules_alone_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(linemodel, "MODEL_FILE", tmp_path / "none.json")
    linemodel.load.cache_clear()
    try:
        body = f"{HEADLINE}{LEAD}{MORE}عنوان قصة أخرى عن الطقس في المدينة…\n"
        seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
        assert seed is not None
        assert clean.clean(seed) == clean.clean(seed, rules_only=True)
    finally:
        linemodel.load.cache_clear()


def test_a_model_file_of_other_features_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "line_model.json"
    path.write_text(json.dumps({"features": ["length"], "weights": [1.0]}), encoding="utf-8")
    monkeypatch.setattr(linemodel, "MODEL_FILE", path)
    linemodel.load.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"line_model\.json: features differ"):
            linemodel.load()
    finally:
        linemodel.load.cache_clear()
