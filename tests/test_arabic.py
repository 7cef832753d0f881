"""Arabic normalisation: canonical keeps meaning, fold merges spelling variants."""

from __future__ import annotations

import pytest

from generator import arabic


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الدَّوْرِيَّات", "الدوريات"),  # diacritics
        ("الدوريـــات", "الدوريات"),  # tatweel
        ("ﻻ", "لا"),  # presentation form
        ("قال\u200f  المتحدث\u202e", "قال المتحدث"),  # bidi marks, spacing
    ],
)
def test_canonical(raw: str, expected: str) -> None:
    assert arabic.canonical(raw) == expected


def test_canonical_keeps_spelling_that_changes_meaning() -> None:
    assert arabic.canonical("على") != arabic.canonical("علي")
    assert arabic.canonical("أمس") != arabic.canonical("امس")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("آرام حنا", "ارام حنا"),
        ("إدلب", "ادلب"),
        ("الذاتى", "الذاتي"),
        ("حنة", "حنه"),
        ("كوردستان", "کوردستان"),
        ("٢٠٢٢", "2022"),
    ],
)
def test_fold_merges_variants(a: str, b: str) -> None:
    assert arabic.fold(a) == arabic.fold(b)


def test_has_arabic() -> None:
    assert arabic.has_arabic("• روداو")
    assert not arabic.has_arabic("• Wednesday, 18 February 2026")
