"""Cleaning by the general form of page furniture (issue 9, C9): one rule per test, on
made-up pages, with the report lines next to each rule that it must keep."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept


def test_an_exclamation_mark_ends_a_headline_not_the_lead(tmp_path: Path) -> None:
    ticker = "سائق ينجو بأعجوبة من حادث مروع… والشرطة تحذر من السرعة!"
    text, removed = _clean(tmp_path, f"{ticker}\n{HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert removed["chrome"] == [ticker]  # another story's headline above the page's own


def test_a_dash_inside_a_compound_is_no_dateline_separator(tmp_path: Path) -> None:
    headline = "الخلاف الإداري-المالي في البلدية: أسبابه ونتائجه"
    text, removed = _clean(tmp_path, f"{headline}\n{LEAD}{MORE}")
    assert text.headline == headline and removed == {}
    # As short as a name and a place, a glued dash still separates them.
    text, removed = _clean(tmp_path, f"{HEADLINE}المدينة اليوم-المدينة\n{LEAD}")
    assert removed["dateline"] == ["المدينة اليوم-المدينة"]


def test_a_lone_place_name_above_the_lead_is_not_the_title(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"الحسكة\n{LEAD}{MORE}")
    assert text.headline == LEAD.strip()
    assert removed["chrome"] == ["الحسكة"]
    # Nor is any line shorter than a headline (a masthead, a section, a writer's name:
    # of 400 labelled pages one headline is that short, benchmarks/logs/
    # short_titles_s17.log); a headline's length is one.
    text, removed = _clean(tmp_path, f"جسر جديد\n{LEAD}{MORE}")
    assert text.headline == LEAD.strip() and removed["chrome"] == ["جسر جديد"]
    text, removed = _clean(tmp_path, f"جسر جديد فوق الطريق\n{LEAD}{MORE}")
    assert text.headline == "جسر جديد فوق الطريق" and removed == {}


def test_the_headline_printed_again_over_its_photo_stays_the_headline(tmp_path: Path) -> None:
    glued = HEADLINE.strip() + " عمال على الجسر الجديد - أرشيفية"
    text, removed = _clean(tmp_path, f"{HEADLINE}الأحد، 18 يناير 2026 05:14 م\n{glued}\n{LEAD}")
    assert text.headline == HEADLINE.strip()
    assert glued in [line for lines in removed.values() for line in lines]
    assert _kept(text) == [LEAD.strip()]


def test_sign_offs_after_a_dot_or_a_slash_and_a_cut_sentence(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\nالمصدر/ وكالة المدينة\n")
    assert text.attribution == "وكالة المدينة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}.\nوكالات\n")
    assert text.attribution == "وكالات" and removed["chrome"] == ["."]
    # Where the copy stops mid-sentence, its last words are no outlet.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\nوتابع المتحد\n")
    assert text.attribution is None and _kept(text)[-1] == "وتابع المتحد"


def test_latest_news_after_the_report_opens_the_tail(tmp_path: Path) -> None:
    tail = [
        "أحدث الأخبار",
        "مجلس المدينة يناقش موازنة العام المقبل",
        "ناقش مجلس المدينة، الخميس، مشروع موازنة العام المقبل التي…",
        "05/02/2026",
    ]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n".join(tail) + "\n")
    assert removed["related"] == tail
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_prompts_of_the_page_controls_and_account_notices(tmp_path: Path) -> None:
    prompts = [
        "أدخل كلمات البحث واضغط على إدخال.",
        "لم تشترك بعد",
        "انشئ حساباً خاصاً بك لتحصل على أخبار مخصصة لك وتتلقى نشراتنا البريدية",
        "نسخ/لصق رابط المقال أدناهCopy to clipboardCopied",
    ]
    # A report may tell people to press on a council; that is no button.
    press = "وقال رئيس اللجنة إن على السكان أن يضغطوا على المجلس لإصلاح الطريق."
    text, removed = _clean(
        tmp_path, f"{prompts[0]}\n{HEADLINE}{LEAD}{press}\n" + "\n".join(prompts[1:]) + "\n"
    )
    assert text.headline == HEADLINE.strip()
    assert sorted(line for lines in removed.values() for line in lines) == sorted(prompts)
    assert _kept(text) == [LEAD.strip(), press]


def test_a_related_label_glued_to_its_headline(tmp_path: Path) -> None:
    link = "أخبار ذات علاقة مقتل شخصين في حادث سير على الطريق الدائري"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{link}\n{MORE}")
    assert removed["chrome"] == [link]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_crosshead_into_the_lead_and_a_clause_where_the_copy_stops(tmp_path: Path) -> None:
    body = f"{HEADLINE}إعداد: سارة أحمد\nمقدمة:\n{LEAD}{MORE}إذاً، إن الجسر\n"
    text, removed = _clean(tmp_path, body)
    assert removed == {"dateline": ["إعداد: سارة أحمد"]}
    assert _kept(text) == ["مقدمة:", LEAD.strip(), MORE.strip(), "إذاً، إن الجسر"]


def test_short_lines_amid_furniture_and_a_writers_post(tmp_path: Path) -> None:
    body = (
        f"{HEADLINE}17:33 - 28/10/2021\nصحيفة المدينة\n{HEADLINE}"
        f"إعداد: سارة أحمد\nباحثة مساعدة في شؤون البلديات\n{LEAD}{MORE}"
    )
    text, removed = _clean(tmp_path, body)
    assert removed["chrome"] == [
        "17:33 - 28/10/2021", "صحيفة المدينة", "باحثة مساعدة في شؤون البلديات"
    ]  # fmt: skip
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Between paragraphs, a short unpunctuated line is a crosshead.
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}مراحل المشروع\n{MORE}")
    assert removed == {} and "مراحل المشروع" in _kept(text)


def test_a_list_stamped_with_one_date_is_a_list_of_links(tmp_path: Path) -> None:
    stamped = [
        "2 حزيران 2018مجلس المدينة يناقش موازنة العام المقبل",
        "2 حزيران 2018الأمطار تغلق ثلاثة طرق في الريف",
        "2 حزيران 2018افتتاح سوق شعبي في الحي الشرقي",
    ]
    text, removed = _clean(tmp_path, HEADLINE + "\n".join(stamped) + "\n" + LEAD + MORE)
    assert removed["related"] == stamped
    # Report lines that open alike but are sentences stay.
    alike = [
        "وقال رئيس البلدية إن الجسر الأول سيفتح غدا.",
        "وقال رئيس البلدية إن الجسر الثاني سيفتح بعد شهر.",
    ]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + "\n".join(alike) + "\n")
    assert removed == {} and _kept(text)[-2:] == alike


def test_a_headline_below_the_headline_that_shares_nothing_is_another_story(
    tmp_path: Path,
) -> None:
    other = "ارتفاع أسعار الخبز في الأسواق الشعبية وسط غياب الرقابة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{other}\n{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip() and removed["chrome"] == [other]
    # A standfirst says the story again: it shares the headline's words.
    deck = "الجسر يربط الحي الشرقي بالمدارس ويخدم آلاف الطلاب"
    text, removed = _clean(tmp_path, f"{HEADLINE}{deck}\n{LEAD}{MORE}")
    assert removed == {} and _kept(text)[0] == deck


def test_a_sentences_clauses_where_the_copy_stops_are_no_closing_headline(
    tmp_path: Path,
) -> None:
    cut = "بالتوازي، بدأت البلدية أعمال الصيانة في الشارع، عقب افتتاح الجسر، لتبدأ مرحلة من ال"
    tail = ["افتتاح الجسر وترحيب واسع", cut]
    text, removed = _clean(tmp_path, HEADLINE + LEAD + MORE + "\n".join(tail) + "\n")
    assert removed == {} and _kept(text)[-2:] == tail


def test_an_outlet_credited_above_the_copy_is_neither_text_nor_title(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"موقع المدينة اليوم\n{LEAD}{MORE}")
    assert removed["chrome"] == ["موقع المدينة اليوم"]
    assert text.headline == LEAD.strip()  # no headline on the page: the lead, as ever


def test_crossheads_under_a_lead_taken_for_the_title_stay(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"{LEAD}الإجراء\n{MORE}")
    assert text.headline == LEAD.strip()
    assert removed == {} and _kept(text) == ["الإجراء", MORE.strip()]


def test_a_headline_repeated_over_two_lines(tmp_path: Path) -> None:
    first, second = "البلدية تفتتح جسرا جديدا للمشاة", "وتعد بجسر ثان قرب المدارس"
    text, removed = _clean(tmp_path, f"{first} {second}\n{first}\n{second}\n{LEAD}")
    assert text.headline == f"{first} {second}"
    assert removed["repeated-headline"] == [first, second]


def test_two_dots_are_an_ellipsis_not_a_full_stop(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"صور وفيديو..\n{HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()  # the kicker above it is no lead
    assert removed["chrome"] == ["صور وفيديو.."]
    # A sentence with its full stop is still the lead, under a headline or without one.
    text, removed = _clean(tmp_path, f"{LEAD}{MORE}")
    assert text.headline == LEAD.strip() and removed == {}


def test_a_section_label_before_a_bar_is_left_out_of_the_title(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, f"المدينة | {HEADLINE}{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip() and removed == {}
    # Longer than a label, the words before the bar are the headline's own.
    headline = f"بلدية المدينة الكبرى | {HEADLINE.strip()}"
    assert _clean(tmp_path, f"{headline}\n{LEAD}{MORE}")[0].headline == headline


def test_the_headlines_first_words_over_a_paragraph_are_a_crosshead(tmp_path: Path) -> None:
    head = "جسر جديد للمشاة"
    headline = f"{head}.. البلدية تفتتحه فوق الطريق الدائري"
    # The last paragraph is no copy of the lead: the lead printed again where the page ends
    # is the page's copy (session 24, ``_mark_printed_again``).
    last = "وتبلغ كلفة الجسر مليوني دولار، بحسب البلدية."
    body = f"{headline}\n{head}\n{head}\n{LEAD}{head}\n{MORE}{last}\n"
    text, removed = _clean(tmp_path, body)
    assert text.headline == headline
    assert removed["repeated-headline"] == [head, head]  # its alt text and caption, above
    assert _kept(text) == [LEAD.strip(), head, MORE.strip(), last]


def test_an_aggregators_note_on_the_copy_it_carries(tmp_path: Path) -> None:
    # Session 23 (C3), heldout18 e15: the note an aggregator network prints under every copy,
    # with no "بالضرورة" for the older disclaimer pattern to find.
    note = (
        "ملحوظة: مضمون هذا الخبر تم كتابته بواسطة موقع المصدر ولا يعبر عن وجهة نظر الموقع "
        "وانما تم نقله بمحتواه كما هو من موقع المصدر ونحن غير مسئولين عن محتوى الخبر"
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{note}\n")
    assert removed["chrome"] == [note]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A report may say a view is not someone's: that is no note on the copy.
    said = "وقال المتحدث إن البيان لا يعبر عن وجهة نظر الحكومة في هذا الملف.\n"
    assert said.strip() in _kept(_clean(tmp_path, f"{HEADLINE}{LEAD}{said}")[0])
