"""Cleaning rules of session 26 (issue 9, helper C6), one rule per test, on made-up pages:
what each rule removes or cuts from a title, and the report text beside it that it keeps."""

from __future__ import annotations

from pathlib import Path

from generator import clean
from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

TITLE = HEADLINE.strip()


def test_a_label_between_two_dashes_is_chrome(tmp_path: Path) -> None:
    banner = "- تحديث أسعار الصرف الآن -"
    text, removed = _clean(tmp_path, f"{banner}\n{HEADLINE}{LEAD}{MORE}")
    assert removed["chrome"] == [banner]
    assert text.headline == TITLE
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A point of the report that opens with a dash ends on its words or a stop: kept.
    point = "- افتتاح الجسر أمام المشاة صباح الأحد المقبل"
    assert clean._line_kind(point) is None
    assert clean._line_kind(f"{point}.") is None


def test_a_mark_before_a_slash_is_cut_when_the_dateline_opens_with_it(tmp_path: Path) -> None:
    body = f"وام / {TITLE}\nوام / المدينة\n{LEAD}{MORE}"
    text, _ = _clean(tmp_path, body)
    assert text.headline == TITLE
    # With no dateline opening with those words, the words before a slash stay: a place
    # ("المدينة/ ...") is the headline's as the labels keep it.
    placed = f"المدينة/ {TITLE}"
    text, _ = _clean(tmp_path, f"{placed}\nوام / العاصمة\n{LEAD}{MORE}")
    assert text.headline == placed


def test_a_sidebar_link_above_the_report_is_related(tmp_path: Path) -> None:
    # It names one word of the lead ("المدينة"), so it is no headline sharing nothing.
    link = "ارتفاع كبير بأسعار الأدوية في المدينة وسط غياب الرقابة"
    dates = "الأحد 12 مارس 2023"
    body = f"{HEADLINE}{TITLE}\n{link}\n{dates}\n{LEAD}{MORE}"
    text, removed = _clean(tmp_path, body)
    assert removed["related"] == [link]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A standfirst in the same place retells the report: it shares its words and stays.
    standfirst = "رئيس البلدية يفتتح جسر المشاة الجديد لخدمة الطلاب"
    body = f"{HEADLINE}{TITLE}\n{standfirst}\n{dates}\n{LEAD}{MORE}"
    text, removed = _clean(tmp_path, body)
    assert standfirst in _kept(text)
    assert "related" not in removed


def test_lines_printed_again_to_the_page_end_are_chrome(tmp_path: Path) -> None:
    points = "▪ البلدية تفتتح الجسر صباح الأحد.\n▪ الجسر يخدم آلاف الطلاب كل يوم.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{points}{points}")
    assert removed["chrome"] == points.strip().split("\n")
    assert _kept(text) == [LEAD.strip(), *points.strip().split("\n")]
    # One sentence said twice (a quotation repeated, a line of emphasis) stays twice: the
    # rule asks for a run of lines.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{MORE}")
    assert _kept(text) == [LEAD.strip(), MORE.strip(), MORE.strip()]
    # A run said again in the middle of the report is not its end: kept.
    text, _ = _clean(tmp_path, f"{HEADLINE}{LEAD}{points}{points}{MORE}")
    assert len(_kept(text)) == 6


def test_a_caption_credited_to_a_photographer_for_an_outlet_is_a_caption() -> None:
    caption = "رجل أمام منزله المدمر ، في المدينة ، 7 يناير 2025. سامي علي لصالح “الصحيفة”"
    assert clean._line_kind(caption) == "caption"
    # A sentence of the report naming whom something was done for ends with its stop.
    said = "وقال مسؤول في البلدية إن العقد وقع لصالح “شركة الطرق” الأسبوع الماضي."
    assert clean._line_kind(said) is None
    assert clean._line_kind(LEAD.strip()) is None
    # A name, not what someone said: "that", a pronoun or "work" before لصالح is the report's
    # (session 26's review); a photographer's name may start with و
    for reported in (
        "وقال المصدر إن القوات اعتقلت شخصين في مدينة الرقة. وأضاف أنهما يعملان لصالح «داعش»",
        "قتل في الغارة على البلدة. وهو مقاتل لصالح «داعش»",
    ):
        assert clean._line_kind(reported) is None
    credited = "كرد في الرقة (سوريا) ، 7 يناير 2025. وليام كيو لصالح “لو موند”"
    assert clean._line_kind(credited) == "caption"


def test_a_ticker_with_its_widget_label_on_each_item_is_chrome() -> None:
    ticker = "ticker البلدية تفتتح جسرا جديدا ticker ارتفاع أسعار الخبز ticker افتتاح معرض الكتاب"
    assert clean._line_kind(ticker) == "chrome"
    # One Latin word in a sentence of the report is no widget.
    said = "وقال المصمم إن لوحة ticker الإلكترونية ستعرض مواعيد الحافلات فوق الجسر الجديد."
    assert clean._line_kind(said) is None


def test_a_menu_of_sections_run_into_one_line_is_chrome() -> None:
    menu = "لبنان فلسطين عين على العدو منوعات رياضة تحقيقات مقالات ترجمات"
    assert clean._line_kind(menu) == "chrome"
    # Fields a report names come with the article and "و": no menu.
    said = "وتشمل الخطة الصحة والتعليم والرياضة والثقافة في المدينة"
    assert clean._line_kind(said) is None
    # Sections named in a punctuated sentence are the report's.
    listed = "وخصصت البلدية مبالغ لثلاثة مجالات: رياضة، ثقافة، صحة."
    assert clean._line_kind(listed) is None
    # Three section words apart in a long unpunctuated paragraph are no menu (review)
    long = "وتناولت تقارير المنظمة أوضاع المدنيين في سياسة الحكومة تجاه اقتصاد المنطقة المنهك"
    assert clean._line_kind(long) is None
