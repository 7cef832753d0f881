"""Cleaning rules of session 18 (issue 9, C4), on made-up pages: a label or share prompt with
nothing after its colon, an outlet's name with its desk after a separator, and a photo credit
at the end of a caption, each with the report lines next to it that it must keep."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept


def test_a_label_with_nothing_after_its_colon_is_chrome(tmp_path: Path) -> None:
    for label in ("آخر تحديث:", "تاريخ النشر :", "بواسطة:"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{label}\n{LEAD}{MORE}")
        assert text.headline == HEADLINE.strip()
        assert removed == {"dateline": [label]}, label
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_share_prompt_alone_is_chrome(tmp_path: Path) -> None:
    for prompt in ("أنشرها:", "انشر", "شاركها :"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{prompt}\n{MORE}")
        assert text.headline == HEADLINE.strip()
        assert removed == {"chrome": [prompt]}, prompt
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_lead_in_ending_with_a_colon_stays(tmp_path: Path) -> None:
    # A report's lead-in has a verb and a subject before its colon; a crosshead is no label.
    for lead_in in ("وجاء في بيان البلدية ما يلي:", "وأضاف رئيس البلدية:", "مدخل :"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{lead_in}\n{MORE}")
        assert removed == {}, lead_in
        assert _kept(text) == [LEAD.strip(), lead_in, MORE.strip()]


def test_an_outlets_name_with_its_desk_after_a_separator_is_a_dateline(tmp_path: Path) -> None:
    for desk in ("الأيام السورية؛ قسم الأخبار", "صدى البلد، قسم التحرير", "فريق التحرير؛ الرقة"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{desk}\n{LEAD}{MORE}")
        assert text.headline == HEADLINE.strip()
        assert removed == {"dateline": [desk]}, desk
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_short_lines_joined_by_a_semicolon_stay(tmp_path: Path) -> None:
    # A semicolon joins two clauses of a report or a headline; only a desk makes a credit.
    clauses = "الجسر مفتوح؛ والطريق مغلق"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{clauses}\n{MORE}")
    assert removed == {} and _kept(text) == [LEAD.strip(), clauses, MORE.strip()]


def test_a_photo_credit_at_the_end_of_a_caption_is_a_caption(tmp_path: Path) -> None:
    for caption in (
        "المدينة، 15 كانون الثاني 2020، الجسر الجديد فوق الطريق الدائري تصوير: ROJ NEWS",
        "عمال البلدية على الجسر الجديد عدسة: سامي أحمد",
        "رئيس البلدية يقص شريط الافتتاح بعدسة ليلى حسن",
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{caption}\n{MORE}")
        assert removed == {"caption": [caption]}, caption
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_sentence_that_names_a_photographer_stays(tmp_path: Path) -> None:
    # The report's sentence ends with its stop, or goes on after the photographer's name.
    for said in (
        "ونشرت البلدية صورا للجسر بعدسة مصورها الرسمي.",
        "وقال المصور إن تصوير: الجسر استغرق يومين كاملين قبل الافتتاح الرسمي للمشاة والطلاب",
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{said}\n{MORE}")
        assert removed == {}, said
        assert _kept(text) == [LEAD.strip(), said, MORE.strip()]


def test_a_writers_name_over_a_bio_of_her_degree_is_a_byline(tmp_path: Path) -> None:
    # Written after heldout16's scoring, on heldout11 y06 and heldout16 g08 (both spent).
    name = "ليلى حسن"
    bio = "خريجة كلية الإعلام في جامعة دمشق، وتعمل حاليا مراسلة في المدينة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{name}\n\n{bio}\n{MORE}")
    assert removed == {"dateline": [name, bio]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_graduate_in_a_report_sentence_stays(tmp_path: Path) -> None:
    # With no name line above it, a line about a graduate is the report's.
    said = "خريج كلية الهندسة هو من صمم الجسر الجديد، كما قال رئيس البلدية."
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{said}\n{MORE}")
    assert removed == {} and _kept(text) == [LEAD.strip(), said, MORE.strip()]
