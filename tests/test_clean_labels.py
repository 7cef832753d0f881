"""Cleaning rules of session 16 (issue 9, C16), on made-up pages: labels over the report, a
bare agency credit, notices about the site and a breadcrumb printed as a numbered list, each
with the report lines next to it that it must keep."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept


def test_labels_over_the_report_and_its_tags_are_chrome(tmp_path: Path) -> None:
    body = f"تفاصيل الخبر\n{HEADLINE}{LEAD}{MORE}ذكر فى هذا الخبر\nالبلدية\n"
    text, removed = _clean(tmp_path, body)
    assert text.headline == HEADLINE.strip()
    assert removed["chrome"][:2] == ["تفاصيل الخبر", "ذكر فى هذا الخبر"]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_an_agency_credit_with_its_colon_over_the_copy_is_a_byline(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"{HEADLINE}وكالات:\n{LEAD}{MORE}")
    assert removed["dateline"] == ["وكالات:"] and _kept(text) == [LEAD.strip(), MORE.strip()]
    # The agencies named in a sentence of the report are the report's.
    said = "ونقلت وكالات الأنباء عن رئيس البلدية أن الجسر سيفتح للجميع.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{said}")
    assert removed == {} and _kept(text) == [LEAD.strip(), said.strip()]


def test_a_paywall_and_a_mirror_notice_are_site_notices(tmp_path: Path) -> None:
    paywall = "مقال مؤرشفهذا المقال مخصص للمشتركين"
    join = "انضموا إلينا للوصول إلى هذا المقال وجميع المحتويات، لا تفوتوا المعلومات التي تهمكم."
    mirror = "إذا لديكم مشاكل تقنية في تصفح الموقع نرجو النقر هنا لاستخدام الموقع البديل"
    text, removed = _clean(tmp_path, f"{mirror}\n{paywall}\n{join}\n{HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert removed["chrome"] == [mirror, paywall, join]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_breadcrumb_printed_as_a_numbered_list_goes_whole(tmp_path: Path) -> None:
    crumbs = f"  1. Home\n  2. أخبار\n  3. محليات\n  4. {HEADLINE}"
    text, removed = _clean(tmp_path, f"{crumbs}{HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()  # the page's own headline, not its crumb
    assert removed["chrome"] == ["1. Home", "2. أخبار", "3. محليات", f"4. {HEADLINE.strip()}"]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_numbered_points_of_the_report_stay(tmp_path: Path) -> None:
    points = (
        "1. فتح الطريق أمام المشاة في ساعات الصباح\n"
        "2. تخصيص ممر للدراجات على الجسر الجديد\n"
        "3. إنارة الجسر طوال الليل\n"
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{points}{MORE}")
    assert removed == {}
    assert _kept(text)[1:4] == points.splitlines()


def test_short_lines_each_ending_with_a_colon_in_a_run_are_labels(tmp_path: Path) -> None:
    columns = "تأملات سامي أحمد:\nإشارة ليلى حسن:\nنافذة الأسبوع عمر علي:\n"
    for body in (f"{columns}{HEADLINE}{LEAD}{MORE}", f"{HEADLINE}{LEAD}{MORE}{columns}"):
        text, removed = _clean(tmp_path, body)  # above the report and after it
        assert text.headline == HEADLINE.strip() and _kept(text) == [LEAD.strip(), MORE.strip()]
        assert removed["chrome"] == columns.splitlines()
    # One lead-in, or two, introduces the lines under it: they stay.
    lead_in = "وقال رئيس البلدية:\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{lead_in}{MORE}")
    assert removed == {} and _kept(text) == [LEAD.strip(), lead_in.strip(), MORE.strip()]
