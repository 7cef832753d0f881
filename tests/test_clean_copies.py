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


def test_a_text_that_stops_inside_a_word_the_page_uses_is_the_report(tmp_path: Path) -> None:
    # The store cut the copy inside "الطلاب" (MORE says it whole): no sign-off, no label.
    for cut in ("الطلا", "وقال الطلا", "تفاصيل الافتتاح الطلا"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\n{cut}\n")
        assert removed == {}, cut
        assert _kept(text) == [LEAD.strip(), MORE.strip(), cut]


def test_a_whole_word_or_furniture_cut_short_at_the_end_is_still_removed(tmp_path: Path) -> None:
    # "وكالات" is a whole word: the outlet's sign-off. Under a removed line, a word cut short
    # is the page's furniture cut short ("© الطلا" under a share bar).
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\nوكالات\n")
    assert removed == {"signoff": ["وكالات"]} and text.attribution == "وكالات"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\nشارك الخبر\n\nالطلا\n")
    assert "الطلا" not in _kept(text)
    # The page printed again and cut (dates6 o03): the lead's first words, not the report's end.
    again = f"{HEADLINE}{LEAD}{MORE}{HEADLINE}أعلنت بلد\n"
    assert "أعلنت بلد" not in _kept(_clean(tmp_path, again)[0])


def test_the_first_line_printed_again_with_its_caption_is_the_headline(tmp_path: Path) -> None:
    # The page opens with its headline, then prints it over its photo with a caption glued on.
    captioned = f"{HEADLINE.strip()} صورة أرشيفية"
    text, removed = _clean(tmp_path, f"{HEADLINE}\n{captioned}\n{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert "caption" in removed and HEADLINE.strip() not in removed["caption"]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # Below the lead, a line that begins such a caption is the caption cut short.
    stub = "رئيس البلدية في موقع الجسر"
    body = f"{HEADLINE}{LEAD}{stub}\n{stub} - أرشيفية\n{MORE}"
    text, removed = _clean(tmp_path, body)
    assert removed == {"caption": [stub, f"{stub} - أرشيفية"]}


def test_a_first_line_opening_with_a_noun_in_waw_is_the_headline(tmp_path: Path) -> None:
    # "وصول" is a noun, not "و" going on with a clause: the copy below adds a tag to it.
    headline = "وصول جسر جديد للمشاة إلى الطريق الدائري"
    tagged = f"{headline} البلدية"
    text, removed = _clean(tmp_path, f"{headline}\n{tagged}\n{LEAD}{MORE}")
    assert text.headline == headline
    assert removed == {"repeated-headline": [tagged]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_correspondents_byline_and_a_prompt_to_follow_our_accounts(tmp_path: Path) -> None:
    follow = "تابعونا عبر حساباتنا على شبكات التواصل : تيليغرام ، فيسبوك ، تويتر."
    body = f"{HEADLINE}مراسل المدينة:\n{LEAD}{follow}\n{MORE}"
    text, removed = _clean(tmp_path, body)
    assert removed == {"dateline": ["مراسل المدينة:"], "chrome": [follow]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A lead-in naming the correspondent opens with its verb and stays.
    lead_in = "وقال مراسلنا في المدينة:"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{lead_in}\n{MORE}")
    assert removed == {} and lead_in in _kept(text)


def test_a_credited_caption_with_a_crosshead_run_on_is_a_caption(tmp_path: Path) -> None:
    caption = "رئيس البلدية يقص شريط افتتاح الجسر الجديد (الجزيرة) حركة كثيفة"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{caption}\n{MORE}")
    assert removed == {"caption": [caption]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A place named in brackets, then words: a crosshead over the paragraph below.
    crosshead = "مدينة عين العرب (كوباني) تحت الحصار"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{crosshead}\n{MORE}")
    assert removed == {} and crosshead in _kept(text)


def test_a_prompt_for_more_and_the_sites_machine_summary_notice(tmp_path: Path) -> None:
    more = "للمزيد.. شاهدوا الفيديو المرفق"
    notice = '"تنويه: الملخص مُنشأ بالذكاء الاصطناعي يُنصح بمراجعة النص الأصلي."'
    body = f"{HEADLINE}{notice}\nهذه الخدمة تجريبية\n{LEAD}{MORE}{more}\n"
    text, removed = _clean(tmp_path, body)
    assert removed == {"chrome": [notice, "هذه الخدمة تجريبية", more]}
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    # A report may speak of machine-written text: only the site's notice is its furniture.
    said = "وقالت البلدية إن صور الجسر المتداولة مولدة بالذكاء الاصطناعي وليست حقيقية.\n"
    assert said.strip() in _kept(_clean(tmp_path, f"{HEADLINE}{LEAD}{said}")[0])


def test_another_story_printed_under_a_see_also_link_and_its_dateline(tmp_path: Path) -> None:
    other = (
        "شاهد أيضاً\nالمعارضة تقصف مركز قيادة في درعا والطيران يستهدف أحياءها\n"
        "مكتب أخبار سوريا – درعا\n"
        "استهدفت فصائل المعارضة اليوم مركز قيادة عمليات في حي سجنة بمدينة درعا بصاروخ محلي الصنع.\n"
        "وقالت غرفة العمليات إن الصاروخ أصاب الموقع المستهدف ودمر جزءا منه بالكامل.\n"
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{other}")
    assert _kept(text) == [LEAD.strip(), MORE.strip()]
    assert removed["related"] == other.splitlines()
    # A link straight under the header, shaped like a dateline, then the report going on.
    insert = "اقرأ أيضاً\nسوريا - جسر جديد في حلب\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{insert}{MORE}")
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_the_outlet_greeting_its_readers_before_the_copy_is_no_headline(tmp_path: Path) -> None:
    greeting = f"نقدم لكم زوارنا الكرام أهم وآخر المستجدات كما وردت في المقال التالي {HEADLINE}"
    text, removed = _clean(tmp_path, f"{greeting}{LEAD}{MORE}")
    assert removed == {"chrome": [greeting.strip()]}
    assert text.headline == LEAD.strip()  # no headline of its own: the lead stands in
