"""Cleaning rules of session 24 (issue 9, C4), on made-up pages: the page's text printed a
second time where the page ends, with the copies the rule must leave alone."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

POINTS = (
    "▪ الجسر سيفتح أمام المشاة كل يوم من السادسة صباحا.\n"
    "▪ البلدية ستبني جسرين آخرين قبل نهاية العام.\n"
)


def test_a_block_printed_again_at_the_pages_end_is_a_copy(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{POINTS}{MORE}{POINTS}")
    assert removed == {"repeated-headline": POINTS.splitlines()}
    assert _kept(text) == [LEAD.strip(), *POINTS.splitlines(), MORE.strip()]


def test_the_lead_again_cut_where_the_copy_stops_is_a_copy(tmp_path: Path) -> None:
    cut = LEAD.strip()[:55]  # the store's copy stops inside the second print, mid-word
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{cut}\n")
    assert removed == {"repeated-headline": [cut]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_standfirst_the_lead_repeats_stays(tmp_path: Path) -> None:
    # Above the report, a standfirst said again by the lead is the report's (tune m02, n09).
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{LEAD}{MORE}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), LEAD.strip(), MORE.strip()]
