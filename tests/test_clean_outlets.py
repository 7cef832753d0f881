"""Cleaning rules for chrome of outlets not seen before, one rule per test, on made-up
pages: what each rule removes, and the report lines next to it that it must keep."""

from __future__ import annotations

from pathlib import Path

from generator import clean, seeds
from tests.conftest import write_seed

LEAD = "أعلنت بلدية المدينة، اليوم الأحد، افتتاح جسر جديد للمشاة فوق الطريق الدائري.\n"
MORE = "وقال رئيس البلدية إن الجسر سيخدم آلاف الطلاب الذين يعبرون الطريق كل صباح.\n"
HEADLINE = "البلدية تفتتح جسرا جديدا للمشاة فوق الطريق الدائري\n"


def _clean(tmp_path: Path, body: str) -> tuple[clean.CleanText, dict[str, list[str]]]:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    text = clean.clean(seed)
    removed: dict[str, list[str]] = {}
    for block in text.removed:
        removed.setdefault(block.kind, []).extend(block.lines)
    return text, removed


def _kept(text: clean.CleanText) -> list[str]:
    return [line.text for line in text.paragraphs]


def test_a_comment_form_speaks_to_the_reader(tmp_path: Path) -> None:
    body = (
        HEADLINE
        + LEAD
        + MORE
        + ("اترك تعليقا\nلن يتم نشر عنوان بريدك الإلكتروني.\nرأيك في الموضوع\n")
    )
    text, removed = _clean(tmp_path, body)
    assert removed["comments"] == ["لن يتم نشر عنوان بريدك الإلكتروني.", "رأيك في الموضوع"]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_an_aggregators_words_around_the_copy_are_not_its_headline(tmp_path: Path) -> None:
    formula = "شكرا لمتابعتكم خبر البلدية تفتتح جسرا والان مع نوافيكم بالتفاصيل"
    quoted = 'وقال المتحدث: "نوافيكم بالتفاصيل لاحقا عبر الموقع".'
    text, removed = _clean(tmp_path, f"{formula}\n{LEAD}{quoted}\n")
    assert removed["chrome"] == [formula]
    assert text.headline == LEAD.strip()  # no headline: the lead, not the formula
    assert quoted in _kept(text)  # words in a quotation are the report's


def test_mastheads_section_labels_hashtags_and_an_outlets_lead_in(tmp_path: Path) -> None:
    body = (
        "المدينة نيوز\nأخبار المدينة\n" + HEADLINE
        + "وكالة المدينة للأنباء :\n" + LEAD + MORE + "#البلدية\n#الطريق الدائري\n"
    )  # fmt: skip
    text, removed = _clean(tmp_path, body)
    assert removed["chrome"] == [
        "المدينة نيوز", "أخبار المدينة", "وكالة المدينة للأنباء :", "#البلدية",
        "#الطريق الدائري",
    ]  # fmt: skip
    assert text.headline == HEADLINE.strip()


def test_a_headline_that_names_a_news_site_stays(tmp_path: Path) -> None:
    headline = "موقع إخباري يكشف تفاصيل مشروع الجسر الجديد"
    text, removed = _clean(tmp_path, f"{headline}\n{LEAD}")
    assert text.headline == headline
    assert removed == {}


def test_links_to_next_pages_and_related_links_with_their_label(tmp_path: Path) -> None:
    body = (
        HEADLINE
        + LEAD
        + (
            "قد يهمك..مجلس المدينة يناقش موازنة العام المقبل\n"
            "التالي نص بيان البلدية:\n"
            "نعلن افتتاح الجسر أمام المارة ابتداء من صباح الغد بعد انتهاء أعمال الإنارة.\n"
            "التالى الأمطار تغلق ثلاثة طرق في الريف!\n"
        )
    )
    text, removed = _clean(tmp_path, body)
    assert removed["chrome"] == [
        "قد يهمك..مجلس المدينة يناقش موازنة العام المقبل",
        "التالى الأمطار تغلق ثلاثة طرق في الريف!",
    ]
    assert "التالي نص بيان البلدية:" in _kept(text)  # a lead-in to the report's text


def test_new_related_headers_buttons_and_footer_links(tmp_path: Path) -> None:
    body = (
        HEADLINE
        + LEAD
        + MORE
        + (
            "العودة للخلف\nتابع كل الأخبار.\nربما يعجبك أيضا\n"
            "- الأمطار تغلق ثلاثة طرق في الريف\n- افتتاح معرض الكتاب في الجامعة\n"
            "زر الذهاب إلى الأعلى\n"
        )
    )
    text, removed = _clean(tmp_path, body)
    assert removed["chrome"] == ["العودة للخلف", "تابع كل الأخبار."]
    assert removed["related"] == [
        "ربما يعجبك أيضا", "- الأمطار تغلق ثلاثة طرق في الريف",
        "- افتتاح معرض الكتاب في الجامعة", "زر الذهاب إلى الأعلى",
    ]  # fmt: skip
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_teasers_cut_with_an_ellipsis_after_the_report(tmp_path: Path) -> None:
    teasers = [
        "افتتحت الجامعة معرض الكتاب السنوي بمشاركة عشرات دور النشر من…",
        "أغلقت الأمطار الغزيرة ثلاثة طرق رئيسية في الريف الشمالي وسط…",
    ]
    _, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n".join(teasers) + "\n")
    assert removed["related"] == teasers
    # One line cut with an ellipsis is the report's own end, kept.
    alone, removed_alone = _clean(tmp_path, HEADLINE + LEAD + teasers[0] + "\n")
    assert teasers[0] in _kept(alone) and "related" not in removed_alone


def test_datelines_with_a_domain_or_a_tatweel_and_role_bylines(tmp_path: Path) -> None:
    body = (
        HEADLINE + "سامر علي ـ almadinanews.net\nتقرير: سامر علي\n"
        "النقاط الرئيسية:\n" + LEAD + MORE
    )  # fmt: skip
    _, removed = _clean(tmp_path, body)
    assert removed["dateline"] == ["سامر علي ـ almadinanews.net", "تقرير: سامر علي"]
    assert "النقاط الرئيسية:" not in removed.get("dateline", [])


def test_captions_credited_to_photo_agencies(tmp_path: Path) -> None:
    getty = "عمال يركبون الإنارة على الجسر الجديد (Getty)"
    sentence = "عمال يركبون الإنارة على الجسر الجديد في المدينة، 17 مايو 2024. (غيتي)"
    acronym = "وتطالب لجنة الأحياء الشرقية (LAC) بجسر ثان قرب المدارس"
    text, removed = _clean(tmp_path, f"{HEADLINE}{getty}\n{sentence}\n{LEAD}{acronym}\n{MORE}")
    assert removed["caption"] == [getty, sentence]
    assert acronym in _kept(text)  # Latin letters in brackets are not all credits


def test_lists_announced_by_a_colon_and_points_that_say_something_stay(tmp_path: Path) -> None:
    items = ["– لجنة الأحياء الشرقية", "– لجنة الطلاب", "– جمعية التجار"]
    points = [
        "• الجسر يربط الأحياء الشرقية بالمدارس والجامعة",
        "• الجسر يخدم آلاف الطلاب كل صباح",
    ]
    body = HEADLINE + LEAD + "وشارك في الافتتاح كل من:\n" + "\n".join(items) + "\n" + MORE
    text, removed = _clean(tmp_path, body + "\n".join(points) + "\n• الصور\n" + MORE)
    kept = _kept(text)
    assert all(item in kept for item in items + points)
    assert removed["caption"] == ["• الصور"]  # a bulleted word or two is small print


def test_a_glued_ticker_above_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    glued = (
        "الأمطار تغلق ثلاثة طرق في الريف الشمالي الجامعة تفتتح معرض الكتاب السنوي بمشاركة "
        "واسعة مجلس المدينة يناقش موازنة العام المقبل في جلسة مفتوحة للجمهور مساء الخميس"
    )
    spaced = (
        "الأمطار تغلق ثلاثة طرق في الريف، وتحذير للسائقين    الجامعة تفتتح معرض الكتاب "
        "السنوي بمشاركة واسعة    مجلس المدينة يناقش موازنة العام المقبل في جلسة مفتوحة "
        "للجمهور مساء الخميس"
    )
    for ticker in (glued, spaced):
        text, removed = _clean(tmp_path, f"آخر الأخبار\n{ticker}\n{HEADLINE}{LEAD}")
        assert text.headline == HEADLINE.strip()
        assert removed["chrome"] == ["آخر الأخبار", ticker]


def test_a_ticker_of_questions_and_exclamations_is_not_the_headline(tmp_path: Path) -> None:
    # Headlines end with "؟" or "!" or trail off with "..": a run of them has no comma
    # or full stop, as a paragraph of that length would.
    ticker = (
        '"الأمطار تغلق ثلاثة طرق في الريف.. والسائقون يتأقلمون" "هل تفتتح الجامعة معرض '
        'الكتاب السنوي في موعده؟" مجلس المدينة يناقش موازنة العام المقبل في جلسة مفتوحة '
        "للجمهور مساء الخميس! عاجل | حريق في سوق الخضار"
    )
    text, removed = _clean(tmp_path, f"{ticker}\n{HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert removed["chrome"] == [ticker]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_headline_printed_over_again_is_a_copy_of_the_headline(tmp_path: Path) -> None:
    once = HEADLINE.strip()
    for twice in (once + once, f"{once} {once}", once * 3):
        text, removed = _clean(tmp_path, f"{HEADLINE}\n{twice}\n{LEAD}{MORE}")
        assert text.headline == once
        assert removed["repeated-headline"] == [twice]
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_copy_of_the_headline_with_html_entities_is_a_copy(tmp_path: Path) -> None:
    headline = 'البلدية تفتتح "جسر المشاة" فوق الطريق الدائري'
    copy = "البلدية تفتتح &quot;جسر المشاة&quot; فوق الطريق الدائري"
    text, removed = _clean(tmp_path, f"{headline}\n{copy}\n{LEAD}{MORE}")
    assert text.headline == headline
    assert copy in [line for lines in removed.values() for line in lines]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_long_unpunctuated_paragraph_under_its_headline_stays(tmp_path: Path) -> None:
    transcript = (
        "تفتتح البلدية اليوم جسرا جديدا للمشاة فوق الطريق الدائري بعد أشهر من العمل "
        "ويقول السكان إن الجسر سيخدم آلاف الطلاب الذين يعبرون الطريق كل صباح"
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{transcript}\n")
    assert text.headline == HEADLINE.strip()
    assert _kept(text) == [transcript] and removed == {}


def test_a_label_the_lead_says_word_for_word_is_a_caption(tmp_path: Path) -> None:
    label = "رئيس البلدية سامر علي"
    lead = "افتتح رئيس البلدية سامر علي، اليوم الأحد، جسرا جديدا للمشاة فوق الطريق الدائري.\n"
    text, removed = _clean(tmp_path, f"{label}\n{lead}{MORE}")
    assert removed["caption"] == [label]
    assert text.headline == lead.strip()
    # A headline says it in its own words: "يفتتح" where the lead has "افتتح".
    headline = "رئيس البلدية يفتتح جسرا للمشاة"
    text, removed = _clean(tmp_path, f"{headline}\n{lead}")
    assert text.headline == headline and removed == {}


def test_the_headline_below_a_title_bar_with_the_site_name_is_kept(tmp_path: Path) -> None:
    body = "صحيفة المدينة\n" + HEADLINE.strip() + " - صحيفة المدينة\n" + HEADLINE + LEAD
    text, _ = _clean(tmp_path, body)
    assert text.headline == HEADLINE.strip()
    bar = next(block for block in text.removed if block.kind == "repeated-headline")
    assert bar.lines == (HEADLINE.strip() + " - صحيفة المدينة",)
    assert text.headline_line == bar.line + 1  # the plain line, not the title bar


def test_other_pages_headlines_under_a_finished_report(tmp_path: Path) -> None:
    others = ["مجلس المدينة يناقش موازنة العام المقبل", "الأمطار تغلق ثلاثة طرق في الريف"]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n".join(others) + "\n")
    assert removed["related"] == others
    # A crosshead and a text cut short after it are the report's.
    tail = ["مراحل المشروع", "وبدأت المرحلة الأولى من المشروع في الربيع الماضي بعد أن"]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n".join(tail) + "\n")
    assert _kept(text)[-2:] == tail and removed == {}


def test_a_source_line_that_is_a_link_is_chrome(tmp_path: Path) -> None:
    body = HEADLINE + LEAD + "المصدر: https://example.org/news/1\nالعودة للخلف\n"
    text, removed = _clean(tmp_path, body)
    assert removed["chrome"] == ["المصدر: https://example.org/news/1", "العودة للخلف"]
    assert text.attribution is None


def test_a_last_line_cut_inside_a_word_is_no_signoff(tmp_path: Path) -> None:
    # A copy cut off after a paragraph: "وأ", "ك" and a line ending on "من" are the text.
    for cut in ["وأ", "ك", "وأكد مدير المدرسة أن الطلاب سيعودون من"]:
        text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n" + cut + "\n")
        assert _kept(text)[-1] == cut and removed == {} and text.attribution is None
    # A name of its own still signs the report, and an agency's initials still go.
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\nوكالات\n")
    assert removed["signoff"] == ["وكالات"] and text.attribution == "وكالات"
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\nأ ف ب\n")
    assert _kept(text) == [LEAD.strip(), MORE.strip()] and len(text.removed) == 1


def test_a_caption_that_names_its_photo_kind_or_a_latin_credit(tmp_path: Path) -> None:
    kind = "صورة أرشيفية لعمال يركبون الإنارة على الجسر الجديد في المدينة"
    credit = "عمال يركبون الإنارة على الجسر الجديد في المدينةCredit: John Smith/Getty Images"
    report = "وأظهرت صورة أرشيفية نشرتها البلدية الجسر القديم قبل هدمه في الربيع الماضي."
    text, removed = _clean(tmp_path, f"{HEADLINE}{kind}\n{credit}\n{LEAD}{report}\n{MORE}")
    assert removed["caption"] == [kind, credit]
    assert _kept(text) == [LEAD.strip(), report, MORE.strip()]


def test_a_writer_s_name_and_bio_are_a_byline(tmp_path: Path) -> None:
    name = "سامر علي"
    bio = "صحفي سوري، مقيم في المدينة. يعمل منذ 7 أعوام في الإعلام المرئي والمكتوب."
    journalist = "صحفي محلي يعمل لقناة المدينة قال إن الجسر تأخر عامين عن موعده المحدد."
    body = f"{HEADLINE}{LEAD}{name}\n{bio}\n{MORE}{journalist}\n"
    text, removed = _clean(tmp_path, body)
    assert removed["dateline"] == [name, bio]
    assert _kept(text) == [LEAD.strip(), MORE.strip(), journalist]


def test_a_quoted_term_between_two_paragraphs_is_a_crosshead(tmp_path: Path) -> None:
    crosshead = "«ممر الطلاب»"
    tag = "«الجسر»"
    body = f"{HEADLINE}{LEAD}{crosshead}\n{MORE}{tag}\n"
    text, removed = _clean(tmp_path, body)
    assert _kept(text) == [LEAD.strip(), crosshead, MORE.strip()]
    assert removed["dateline"] == [tag]  # a quoted term after the report is still a tag


def test_the_next_story_under_the_report_is_not_the_report(tmp_path: Path) -> None:
    other_headline = "مديرية الزراعة تعلن بدء موسم حصاد القمح في السهول الجنوبية هذا الأسبوع"
    other_lead = (
        "أعلنت وزارة الزراعة بدء موسم حصاد القمح في السهول الجنوبية، وسط توقعات بإنتاج وفير."
    )
    body = f"{HEADLINE}{LEAD}{MORE}{other_headline}\n{other_lead}\n"
    text, removed = _clean(tmp_path, body)
    assert removed["related"] == [other_headline, other_lead]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # With one paragraph of the report above it, the rest may be the report's own.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{other_headline}\n{other_lead}\n")
    assert "related" not in removed
