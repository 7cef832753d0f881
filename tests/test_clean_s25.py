"""Cleaning rules of session 25 (issue 9, helper C5), one rule per test, on made-up pages:
what each rule removes or cuts from a title, and the report text beside it that it keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import clean
from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

TITLE = HEADLINE.strip()


def test_a_label_before_a_double_bar_is_no_part_of_the_title(tmp_path: Path) -> None:
    text, _ = _clean(tmp_path, f"المدينة || {TITLE}\n{LEAD}{MORE}")
    assert text.headline == TITLE
    # Two words of a headline's own before a single bar still go, as before; a longer
    # phrase before a bar is the headline's.
    long_label = f"رئيس البلدية في المدينة | {TITLE}"
    text, _ = _clean(tmp_path, f"{long_label}\n{LEAD}{MORE}")
    assert text.headline == long_label


def test_a_section_of_the_site_before_a_dash_is_cut_from_the_title(tmp_path: Path) -> None:
    text, _ = _clean(tmp_path, f"اخبار المدينة من الشروق - {TITLE}\n{LEAD}{MORE}")
    assert text.headline == TITLE
    # A headline's own words before a dash stay: they do not open with "أخبار".
    said = f"رئيس البلدية - {TITLE}"
    text, _ = _clean(tmp_path, f"{said}\n{LEAD}{MORE}")
    assert text.headline == said


def test_a_media_kicker_before_any_separator_is_cut(tmp_path: Path) -> None:
    for kicker in ("بالصّور ـ", "شاهد بالفيديو ..", "فيديو -"):
        text, _ = _clean(tmp_path, f"{kicker} {TITLE}\n{LEAD}{MORE}")
        assert text.headline == TITLE, kicker
    # "عاجل.." is the outlet's headline as labelled; "شاهد" alone is no kicker.
    for kept in (f"عاجل.. {TITLE}", f"شاهد: {TITLE}"):
        text, _ = _clean(tmp_path, f"{kept}\n{LEAD}{MORE}")
        assert text.headline == kept


def test_a_site_name_ending_with_an_outlet_word_is_cut_after_a_dash(tmp_path: Path) -> None:
    text, _ = _clean(tmp_path, f"{TITLE} - خليج نيوز\n{LEAD}{MORE}")
    assert text.headline == TITLE
    # A headline's last words after a dash are not a site name.
    said = f"{TITLE} - رئيس البلدية"
    text, _ = _clean(tmp_path, f"{said}\n{LEAD}{MORE}")
    assert text.headline == said


def test_a_masthead_with_its_address_is_chrome_not_the_title(tmp_path: Path) -> None:
    masthead = "اخبار المدينة والعالم city-news.net//"
    text, removed = _clean(tmp_path, f"{masthead}\n{LEAD}{MORE}")
    assert removed["chrome"] == [masthead]
    assert text.headline == LEAD.strip()
    assert clean._line_kind("أعلن موقع city-news.net اليوم أنه سيغلق أبوابه نهاية الشهر.") is None


def test_a_prompt_to_click_a_link_is_chrome(tmp_path: Path) -> None:
    prompt = (
        "وللاطلاع على الملف الخاص بالجسور في المدينة لدى منصة البلديات المتخصصة، يمكنكم "
        "المتابعة عبر الضغط (هنا)؛ إذ يتضمن معلومات وبيانات حصرية."
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{prompt}\n")
    assert removed["chrome"] == [prompt]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Pressure is no link, and a quotation is the report's.
    pressure = "وقال رئيس البلدية إن الضغط هنا على الحكومة كبير منذ أشهر."
    quoted = 'وقال المتحدث باسم البلدية إن عبارة "اضغط هنا لتعرف الحقيقة" كانت شعار الحملة.'
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{pressure}\n{quoted}\n")
    assert _kept(text) == [LEAD.strip(), pressure, quoted]


@pytest.mark.parametrize(
    "line",
    [
        "وقال ناشطون إن الفصائل يمارسون ضغط هنا وهناك على الأهالي منذ أسابيع.",
        "ودعا الأهالي إلى النقر على الرابط المرسل إليهم، وحذر من سرقة البيانات.",
        # a report's paragraph is no prompt, whatever link it mentions
        "وأضاف المصدر أن الرسائل طلبت من الأهالي الضغط (هنا) " + "ثم إدخال أرقامهم " * 12 + ".",
    ],
)
def test_pressure_a_reported_link_and_a_long_paragraph_are_no_click_prompt(line: str) -> None:
    assert clean._line_kind(line) is None and not clean._is_chrome(line, clean._bare(line))


@pytest.mark.parametrize("label", ["🔴", "؟", "***"])
def test_a_label_of_symbols_only_leaves_the_title_as_it_is(label: str) -> None:
    """Nothing to judge before or after the separator: the title stands, nothing fails."""
    title = "هجوم على قرية في ريف دير الزور الشرقي اليوم"
    assert clean._without_kicker(f"{label}: {title}") == f"{label}: {title}"
    assert clean._without_site_name(f"{title} | {label}", set()) == f"{title} | {label}"
    assert clean._without_site_name(f"{title} - {label}", set()) == f"{title} - {label}"


def test_a_press_office_signs_its_statement_on_the_last_line(tmp_path: Path) -> None:
    office = "المكتب الإعلامي لمجلس المدينة المدني"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{office}\n")
    assert removed["signoff"] == [office]
    assert text.attribution == office
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Not a sentence about the office, and not above the last line.
    said = "وأصدر المكتب الإعلامي لمجلس المدينة بيانا"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{said}\n")
    assert "signoff" not in removed and _kept(text)[-1] == said


def test_a_headline_and_its_teaser_under_a_finished_report_are_a_link(tmp_path: Path) -> None:
    other = "مرتزقة يختطفون عشرات المدنيين في القرى المحتلة خلال العام الماضي"
    teaser = "أوضح تقرير نشره مركز حقوقي حجم الاعتقالات العشوائية وا…"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{other}\n{teaser}\n")
    assert removed["related"] == [other, teaser]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Cut with dots straight under the report (an aggregator's cut), the text is the report's.
    cut = "ويعبر الطريق الدائري آلاف السيارات كل يوم في ساعات الذروة....."
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{cut}\n{other}\n")
    assert cut in _kept(text)


def test_a_glued_ticker_is_never_the_headline(tmp_path: Path) -> None:
    ticker = " ".join(
        [
            "حادث مأساوي ينهي حياة عريس ويترك عروسه في غيبوبة",
            "روبوت إنشاءات يطبع منزلا في يوم واحد",
            "دراسة: عصير الكشمش يعزز تدفق الدم إلى الدماغ",
            "4 طرق لتعزيز قوة العقل والوقاية من الزهايمر",
        ]
    )
    text, removed = _clean(tmp_path, f"شريط الأخبار\n{ticker}\nالبلدية تفتتح جسرا\n")
    assert removed["chrome"] == ["شريط الأخبار", ticker]
    assert text.headline == "البلدية تفتتح جسرا"


def test_a_latest_news_header_on_a_place_starts_the_tail(tmp_path: Path) -> None:
    other = "البلدية تفتح باب التسجيل في دورات السباحة الصيفية"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}أخر اخبار المدينة:\n{other}\n")
    assert removed["related"] == ["أخر اخبار المدينة:", other]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Report text under it ends the list at once: the report goes on.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}آخر أخبار المدينة\n{MORE}")
    assert MORE.strip() in _kept(text)


def test_a_source_credit_whose_letters_became_question_marks(tmp_path: Path) -> None:
    credit = "Source: ??????? ???? | City Arabic"
    other = "انطلاق المرحلة الثانية من عودة النازحين إلى قراهم في الريف"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{credit}\n{other}\n")
    assert removed["signoff"] == [credit]
    # A real question after "المصدر:" is a sentence, not a credit.
    asked = "المصدر: هل يعبر الطلاب الطريق بأمان؟"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{asked}\n{MORE}")
    assert asked in _kept(text)


def test_a_writers_name_between_the_headline_and_the_date_line() -> None:
    """``_mark_label_runs`` alone (on the page, a menu line above the headline keeps the
    short-line rules of ``_mark_around_article`` from reaching the name: heldout10 z16)."""
    date = "العدد: 4088 - 2013 / 5 / 10 - 01:36"
    page = [clean.Line(n, t) for n, t in enumerate([TITLE, "علي سالم", date, LEAD, MORE], 1)]
    kind_of = {3: "chrome"}
    clean._mark_label_runs(page, 1, kind_of)
    assert kind_of == {2: "chrome", 3: "chrome"}
    # With the report under it (no furniture), the short line is a standfirst and stays.
    kind_of = {}
    clean._mark_label_runs(page[:2] + page[3:], 1, kind_of)
    assert kind_of == {}
    # Below the report's first paragraph the headline is no furniture: a crosshead stays.
    page = [clean.Line(n, t) for n, t in enumerate([TITLE, LEAD, "علي سالم", date], 1)]
    kind_of = {4: "chrome"}
    clean._mark_label_runs(page, 1, kind_of)
    assert 3 not in kind_of


def test_the_pages_last_word_under_a_crosshead_is_not_taken_with_it(tmp_path: Path) -> None:
    """The store cut the text one word under a crosshead: the crosshead is not a label
    between two removed lines (the removed line under it is that cut text)."""
    prompt = "وللمزيد من المعلومات عن الجسور يمكنكم المتابعة عبر الضغط (هنا)."
    crosshead = "معلومات عن الجسر الجديد للمشاة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{prompt}\n{crosshead}\nيعد\n")
    assert removed["chrome"][0] == prompt
    assert crosshead in _kept(text)
