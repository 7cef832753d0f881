"""Cleaning rules of issue 9, session 10: other stories' text set into a page, repeated
text, and a few generic phrases of page furniture. One rule per test, on made-up pages,
with the report lines next to each rule that it must keep."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

LAST = "وأضاف أن العمل في الجسر استمر ثمانية أشهر بتمويل من المحافظة.\n"


def test_another_storys_headline_between_two_paragraphs_is_a_link(tmp_path: Path) -> None:
    other = "الأمطار الغزيرة تغلق طرقا رئيسية في الساحل وتعطل حركة القطارات"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{other}\n{MORE}{LAST}")
    assert removed["related"] == [other]
    assert _kept(text) == [LEAD.strip(), MORE.strip(), LAST.strip()]


def test_a_subheadline_that_names_what_the_paragraphs_name_stays(tmp_path: Path) -> None:
    # A live report's subheadline: a headline's length, but about the report's own bridge.
    sub = "رئيس البلدية يعد بافتتاح جسر ثان للمشاة فوق الطريق الدائري"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{sub}\n{MORE}{LAST}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), sub, MORE.strip(), LAST.strip()]
    # A short crosshead stays whatever it names.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}تمويل المشروع\n{MORE}{LAST}")
    assert removed == {} and "تمويل المشروع" in _kept(text)


def test_the_lead_printed_above_itself_cut_short_is_a_teaser(tmp_path: Path) -> None:
    teaser = "أعلنت بلدية المدينة، اليوم الأحد، افتتاح جسر جديد للمشاة فوق"
    text, removed = _clean(tmp_path, f"{HEADLINE}{teaser}\n{LEAD}{MORE}")
    assert removed["repeated-headline"] == [teaser]
    assert text.headline == HEADLINE.strip()
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_headline_glued_to_the_lead_is_no_teaser(tmp_path: Path) -> None:
    glued = HEADLINE.strip() + " " + LEAD
    text, removed = _clean(tmp_path, f"{HEADLINE}{glued}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert "repeated-headline" not in removed  # the headline line, whose copy opens the lead
    assert _kept(text) == [glued.strip(), MORE.strip()]


def test_related_headers_by_their_nouns_and_without_their_spaces(tmp_path: Path) -> None:
    for header in ("قصص مقترحة", "مواضيع متعلقة", "آخرالاخبار"):
        link = "وزير النقل يفتتح محطة قطارات جديدة في العاصمة"
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{header}\n{link}\n")
        assert removed["related"] == [header, link], header
        assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_related_list_goes_on_past_a_headline_ending_with_an_exclamation_mark(
    tmp_path: Path,
) -> None:
    links = [
        "رفض شعبي واسع لقرار رفع أسعار الخبز في العاصمة!",
        "من هو الوزير المرشح لرئاسة الحكومة المقبلة",
    ]
    body = f"{HEADLINE}{LEAD}{MORE}أخبار ذات صلة\n" + "".join(f"{x}\n" for x in links)
    text, removed = _clean(tmp_path, body)
    assert removed["related"] == ["أخبار ذات صلة", *links]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_reader_prompts_and_comment_disclaimers(tmp_path: Path) -> None:
    prompt = "هل أعجبك الموضوع.. شاركه لتخبر أصدقاءك به"
    disclaimer = "التعليقات المنشورة لا تعبر عن رأي الموقع وإنما عن رأي أصحابها"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{prompt}\n{disclaimer}\n")
    assert removed["chrome"] == [prompt, disclaimer]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A report that says a post was liked and shared is no prompt.
    liked = "وقال ناشطون إن آلاف المستخدمين شاركوا المنشور وأبدوا إعجابهم به.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{liked}")
    assert removed == {} and _kept(text) == [LEAD.strip(), liked.strip()]


def test_an_embedded_posts_text_ends_with_its_media_link(tmp_path: Path) -> None:
    post = (
        '"كلنا أبناء مدينة واحدة".. رئيس البلدية يلتقي الأهالي خلال افتتاح الجسر '
        "pic.twitter.com/wUNO1qiBe9"
    )
    attribution = "— أخبار المدينة (@CityNews) January 10, 2026"
    text, removed = _clean(tmp_path, f"{post}\n{attribution}\n{LEAD}{MORE}")
    assert removed["caption"][0] == post
    assert attribution in [line for lines in removed.values() for line in lines]
    assert text.headline == LEAD.strip()  # no headline: the lead, not the post
    assert _kept(text) == [MORE.strip()]


def test_an_outlets_digital_edition_name_is_a_masthead(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"المدينة ديجيتال\n{LEAD}{MORE}")
    assert removed["chrome"] == ["المدينة ديجيتال"]
    assert text.headline == LEAD.strip()


def test_a_date_line_under_the_stores_crawl_prefix_is_no_title(tmp_path: Path) -> None:
    dated = " date 2025-10-22 الأربعاء 22 أكتوبر 2025 الساعة 10 صباحاً / المدينة نت -وكالات"
    text, removed = _clean(tmp_path, f"{dated}\n{LEAD}{MORE}")
    assert removed["dateline"] == [dated.strip()]
    assert text.headline == LEAD.strip()


def test_an_aggregators_formula_around_a_quoted_headline(tmp_path: Path) -> None:
    formula = (
        'انتم الان تتابعون خبر البلدية تفتتح "جسر المشاة" من قسم اخبار المدينة '
        "والان نترككم مع التفاصيل"
    )
    text, removed = _clean(tmp_path, f"{formula}\n{LEAD}{MORE}")
    assert removed["chrome"] == [formula]
    # Quotation marks around the formula's one end may be a speaker's words: it stays.
    quoted = 'وقال المتحدث: "نترككم مع التفاصيل في بيان لاحق".\n'
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{quoted}")
    assert _kept(text) == [LEAD.strip(), quoted.strip()]


def test_a_parenthesis_the_next_paragraph_repeats_is_a_crosshead(tmp_path: Path) -> None:
    crosshead = "حي الميدان (المدينة القديمة)"
    paragraph = "وفي حي الميدان (المدينة القديمة) افتتحت البلدية ممرا ثانيا للمشاة قرب السوق.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{crosshead}\n{paragraph}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), crosshead, paragraph.strip()]
    # A credit that the paragraph does not repeat is still a caption's.
    caption = "عمال على الجسر الجديد (مصور/وكالة)"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{caption}\n{MORE}")
    assert removed["caption"] == [caption]


def test_a_kicker_in_parentheses_marks_a_headline_not_a_caption(tmp_path: Path) -> None:
    headline = HEADLINE.strip() + " (فيديو)"
    text, removed = _clean(tmp_path, f"{headline}\n{LEAD}{MORE}")
    assert removed == {}
    assert text.headline == HEADLINE.strip() and text.headline_line is not None
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_kicker_joined_with_a_plus_is_cut_from_the_title(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"{HEADLINE.strip()}+ فيديو\n{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip() and removed == {}
    # A plus inside a headline's figures stays: "+" before a word that is no kicker.
    headline = "ارتفاع الأسعار 5% + زيادة الضرائب"
    text, removed = _clean(tmp_path, f"{headline}\n{LEAD}{MORE}")
    assert text.headline == headline


def test_other_stories_headlines_under_the_report_cut_by_the_page_end(
    tmp_path: Path,
) -> None:
    # Issue 9, session 17: a bare run of other pages' headlines after a finished report, the
    # last one cut short where the stored copy ends (no header, no bullets).
    others = [
        "الأمطار الغزيرة تغلق طرقا رئيسية في الساحل وتعطل حركة القطارات",
        "منتخب الشباب يتأهل إلى نهائي البطولة العربية بعد فوز صعب",
        "مفاوضات الميناء وال",
    ]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + LAST + "\n".join(others) + "\n")
    assert removed["related"] == others
    assert _kept(text) == [LEAD.strip(), MORE.strip(), LAST.strip()]


def test_the_reports_own_closing_lines_before_the_page_end_stay(tmp_path: Path) -> None:
    # Two short lines about the bridge itself, then the store's cut: the report's own.
    own = [
        "الجسر الجديد يخدم طلاب المدارس في الحي الشرقي",
        "البلدية تعد بجسر ثان للمشاة فوق الطريق الدائري",
        "وقال رئيس",
    ]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + LAST + "\n".join(own) + "\n")
    assert "related" not in removed
    assert _kept(text)[:3] == [LEAD.strip(), MORE.strip(), LAST.strip()]
    assert own[0] in _kept(text) and own[1] in _kept(text)
