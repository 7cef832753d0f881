"""Breadcrumbs that run from the page up to the home page (session 19, issue 9, C5): "<<"
and ">>" separators, the headline first and "الرئيسية" last, perhaps with a "you are here"
label run on; report lines with "<" or ">" between figures stay."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept


def test_a_trail_from_the_page_up_to_the_home_page_is_chrome(tmp_path: Path) -> None:
    for crumb in (
        "البلدية تفتتح جسرا جديدا للمشاة << أخبار محلية << الصفحة الرئيسية الموقع الحالي",
        "الرئيسية >> أخبار >> محليات",
        "البلدية تفتتح جسرا جديدا للمشاة فوق الطريق ‹ محليات ‹ الرئيسية",
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{crumb}\n{LEAD}{MORE}")
        assert removed == {"chrome": [crumb]}, crumb
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_figures_compared_with_a_sign_stay(tmp_path: Path) -> None:
    compared = "وبلغ عدد العابرين صباحا > 300 طالب < 500 سيارة في الساعة الواحدة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{compared}\n{MORE}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), compared, MORE.strip()]
