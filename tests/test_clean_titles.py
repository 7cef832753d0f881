"""Titles and key points never from chrome (issue 9, session 18, C3): one rule per test, on
made-up pages, with the report lines next to each rule that it must keep."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

CAPTION = "رئيس البلدية أحمد سالم يقص الشريط خلال الافتتاح"  # a name and what the photo shows


def test_the_headline_with_a_caption_run_on_is_a_copy_not_a_paragraph(tmp_path: Path) -> None:
    """Printed over its photo, the headline takes the caption after it with no punctuation
    of its own: the line goes with the headline's other copies, and no key point can come
    from it."""
    over_photo = f"{HEADLINE.strip()} {CAPTION}"
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{over_photo}\n{MORE}")
    assert text.headline == HEADLINE.strip()
    assert removed["repeated-headline"] == [over_photo]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_lead_that_opens_with_the_headline_stays_the_report(tmp_path: Path) -> None:
    """A lead may say the headline word for word and go on as a sentence: its own comma
    or stop tells it from a caption run on."""
    lead = f"{HEADLINE.strip()}، بحضور المحافظ وعدد من أعضاء المجلس البلدي.\n"
    text, removed = _clean(tmp_path, f"{HEADLINE}{lead}{MORE}")
    assert text.headline == HEADLINE.strip()
    assert removed == {}
    assert _kept(text) == [lead.strip(), MORE.strip()]


def test_a_caption_credited_to_anadolu_is_not_the_title(tmp_path: Path) -> None:
    """Anadolu credits its photos "(AA)", as others "(Getty)" or "الأناضول": on a page
    with no headline line the caption above the lead is no title; the lead is."""
    caption = "عمال يركبون الجسر الجديد فوق الطريق الدائري في المدينة (AA)"
    text, removed = _clean(tmp_path, f"{caption}\n{LEAD}{MORE}")
    assert removed["caption"] == [caption]
    assert text.headline == LEAD.strip()
    # Under a headline it goes as a caption too, and the headline stays.
    text, removed = _clean(tmp_path, f"{HEADLINE}{caption}\n{LEAD}{MORE}")
    assert text.headline == HEADLINE.strip() and removed["caption"] == [caption]
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_line_stamped_with_a_software_date_is_no_headline(tmp_path: Path) -> None:
    """ "2019-07-23" is how a page's software stamps it; a report writes a date in words.
    The outlet's name beside the stamp is the page's masthead, not the title."""
    masthead = "شبكة أخبار المدينة الإلكترونية 2019-07-23"
    text, removed = _clean(tmp_path, f"{masthead}\n{HEADLINE}{LEAD}{MORE}")
    assert removed["dateline"] == [masthead]
    assert text.headline == HEADLINE.strip()
    # A paragraph may name such a date; it is longer than a stamp and stays.
    dated = (
        "وكانت البلدية قد أعلنت في بيان نشرته على موقعها بتاريخ 2019-07-23 أن الأعمال "
        "ستنتهي قبل الشتاء.\n"
    )
    text, removed = _clean(tmp_path, f"{HEADLINE}{LEAD}{dated}")
    assert removed == {} and _kept(text) == [LEAD.strip(), dated.strip()]


def test_a_headline_quoting_names_is_no_dateline(tmp_path: Path) -> None:
    """Guillemets quote a name inside a sentence ("«سوريون» يطردون رتلاً"): in a line longer
    than a name they split no dateline segments (session 23, C3; heldout18 e13 and dates d24
    lost their headline to the dateline test), while "دمشق ـ «القدس العربي»:" stays one."""
    headline = "بالصور ـ «سكان» يطردون رتلاً «عسكرياً» حاول دخول قريتهم"
    text, removed = _clean(tmp_path, f"{headline}\n{LEAD}{MORE}")
    # The line is the headline; since session 25 its media kicker is cut from the title, as
    # the labels cut it (heldout18 e13; tests/test_clean_s25.py).
    assert text.headline_line is not None and removed == {}
    assert text.headline == headline.removeprefix("بالصور ـ ")
    quoted = "«البلدية» تفتتح جسرا بـ«الطريق الدائري»"
    assert _clean(tmp_path, f"{quoted}\n{LEAD}")[0].headline == quoted
    dateline = "دمشق ـ «القدس العربي»:"
    assert _clean(tmp_path, f"{HEADLINE}{dateline}\n{LEAD}")[1]["dateline"] == [dateline]
