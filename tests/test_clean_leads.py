"""A dateline run into the report's first sentence on the same line (session 22, issue 9,
C2), on made-up pages: the place or the outlet before a separator is cut off the lead and
kept as a removed block of that line; a dateline with a date stays whole (dating reads it),
and so do a parenthesis set off by dashes, a compound's hyphen and a stretched word."""

from __future__ import annotations

from pathlib import Path

from generator import clean
from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

DATELINES = (
    "دمشق - ",
    "سرايا - ",
    "وكالات - النجاح الإخباري - ",
    "أربيل (كوردستان 24)- ",
    "منبج (زمان التركية)ــ ",
    "(CNN) – ",
    "بغداد/شبكة أخبار العراق- ",
    "دمشق ـ «القدس العربي»: ",
    "أوغاريت بوست (مركز الأخبار) – ",
)


def test_a_dateline_before_the_leads_first_sentence_is_cut_off(tmp_path: Path) -> None:
    for dateline in DATELINES:
        text, removed = _clean(tmp_path, f"{HEADLINE}{dateline}{LEAD}{MORE}")
        assert text.headline == HEADLINE.strip()
        assert removed == {"dateline": [dateline.strip()]}, dateline
        assert _kept(text) == [LEAD.strip(), MORE.strip()], dateline


def test_the_cut_keeps_the_leads_line_number(tmp_path: Path) -> None:
    text, _ = _clean(tmp_path, f"{HEADLINE}سرايا - {LEAD}{MORE}")
    (block,) = text.removed
    assert block.line == text.paragraphs[0].number


def test_a_dateline_with_a_date_stays_whole(tmp_path: Path) -> None:
    # The filing date is a day dating reads with the place before it (dates.dateline).
    for dateline in (
        "بوابة اوكرانيا – كييف – 24 مارس 2023 –",
        "شهد محمد - ابوظبي في الجمعة 26 سبتمبر 2025 09:24 صباحاً - ",
        "طهران/ 2 ايلول/ سبتمبر/ ارنا - ",
        "10 يناير كانون الثاني (رويترز) – ",
        "٢٣ مارس ٢٠١٩",
        "اخبار العرب -كندا 24: الاثنين 26 يناير 2026 12:15 مساءً ",
        "واشنطن - دمشق في 13 ديسمبر/ وام / ",
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{dateline}{LEAD}{MORE}")
        assert removed == {}, dateline
        assert _kept(text) == [f"{dateline}{LEAD}".strip(), MORE.strip()], dateline


def test_a_first_sentence_standing_in_for_the_headline_loses_its_dateline(
    tmp_path: Path,
) -> None:
    # No headline line: the lead heads the report, and a title shows no "سرايا -".
    text, removed = _clean(tmp_path, f"وكالات - النجاح الإخباري - {LEAD}{MORE}")
    assert text.headline == LEAD.strip()
    assert removed == {"dateline": ["وكالات - النجاح الإخباري -"]}
    assert _kept(text) == [MORE.strip()]


def test_dashes_around_a_parenthesis_are_no_dateline(tmp_path: Path) -> None:
    for lead in (
        "أعلن الجيش - الأحد - أنه أغلق الطريق الدائري أمام السيارات حتى إشعار آخر.\n",
        "العملية – التي نفذت بدقة عالية – تأتي بعد سلسلة من العمليات في ريف المدينة.\n",
        'وأضاف المرصد - وفقا لقناة (الحرة) الإخبارية اليوم - "أن نحو مئة مقاتل وصلوا".\n',
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{lead}{MORE}")
        assert removed == {}, lead
        assert _kept(text) == [lead.strip(), MORE.strip()]


def test_a_compounds_hyphen_a_stretched_word_and_a_dates_slash_stay(tmp_path: Path) -> None:
    for lead in (
        "التوتر العربي-الكردي يتصاعد في ريف المدينة بعد اشتباكات ليلة أمس.\n",
        "شهــدت المدينة فجر الأحد اشتباكات بين قوات الأمن ومسلحين مجهولين.\n",
        "دارت مساء الأحد 10 تشرين الثاني/ نوفمبر 2019، معارك قوية في ريف المدينة.\n",
    ):
        text, removed = _clean(tmp_path, f"{HEADLINE}{lead}{MORE}")
        assert removed == {}, lead
        assert _kept(text) == [lead.strip(), MORE.strip()]


def test_only_the_reports_first_paragraph_is_read_for_a_dateline(tmp_path: Path) -> None:
    later = "دمشق - قالت البلدية إن أعمال الصيانة ستبدأ الأسبوع المقبل في الجسر.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{later}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), later.strip()]


def test_lead_dateline_says_where_the_sentence_starts() -> None:
    lead = "سرايا - قصف الجيش الأميركي ليل الخميس بنى تحتية تستخدمها فصائل مسلحة."
    assert lead[clean.lead_dateline(lead) :] == lead.removeprefix("سرايا - ")
    assert clean.lead_dateline("قصف الجيش الأميركي ليل الخميس بنى تحتية تستخدمها فصائل.") == 0


def test_a_source_credit_below_the_lead_is_a_signoff_wherever_it_stands(tmp_path: Path) -> None:
    # Other stories' headlines under the credit: the last-line sign-off rule never reaches it.
    credit = "المصدر: المرصد السوري لحقوق الإنسان"
    other = "وزير الخارجية يستقبل نظيره الفرنسي في العاصمة لبحث العلاقات الثنائية\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}{credit}\n{other}{other}")
    assert removed.get("signoff") == [credit]
    assert credit not in _kept(text)


def test_a_sentence_after_the_word_source_stays(tmp_path: Path) -> None:
    said = "المصدر: إن الجسر سيفتح أمام السيارات بعد شهر، وإن العمل يجري على مدار الساعة.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{said}{MORE}")
    assert removed == {}
    assert _kept(text) == [LEAD.strip(), said.strip(), MORE.strip()]


def test_an_editors_initials_closing_the_report_are_a_signoff(tmp_path: Path) -> None:
    for initials in ("س.ع", "ع.ح.م", "(م.ع)"):
        text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{MORE}\n{initials}\n")
        assert removed == {"signoff": [initials]}, initials
        assert text.attribution is None
        assert _kept(text) == [LEAD.strip(), MORE.strip()]
