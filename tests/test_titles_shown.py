"""Event titles as lists and headings show them: a first sentence standing in for a headline
can be a whole paragraph, and is shortened there (the data exports keep it whole)."""

from __future__ import annotations

from generator import render
from generator.analyse.framing import Title
from generator.model import Event

# The opening of a real report whose first sentence ran to 182 words (no headline line).
LONG_AR = (
    "أعلن مسؤولون أميركيون أن الولايات المتحدة بدأت تنفيذ ضربات الجمعة في العراق وسوريا، "
    "ردّا على هجوم الأردن الذي أدى إلى مقتل 3 جنود أميركيين وإصابة حوالي 40 آخرين، وقال "
    "المسؤولون إن الضربات استهدفت مواقع للحرس الثوري الإيراني وفصائل موالية له في المنطقة "
    "الحدودية بين البلدين"
)


def test_a_headline_sized_title_is_shown_whole() -> None:
    headline = "قسد تعلن مقتل خمسة من عناصرها بهجوم في ريف دير الزور"
    assert render.shown_title(headline) == headline


def test_a_paragraph_long_title_ends_at_its_last_clause_mark_within_the_limit() -> None:
    shown = render.shown_title(LONG_AR)
    # the second comma comes after word 28: the first, after word 13, is the last in reach
    assert shown == (
        "أعلن مسؤولون أميركيون أن الولايات المتحدة بدأت تنفيذ ضربات الجمعة في العراق وسوريا…"
    )


def test_a_sentence_end_within_the_limit_ends_the_title_before_any_clause_mark() -> None:
    """A first "sentence" the segmenter could not split holds a full stop: a title ends
    there (the first sentence), not at a later comma."""
    text = (
        "وقع الرئيس السوري أحمد الشرع مساء اليوم الأحد اتفاقاً لوقف إطلاق النار مع قسد ينص "
        "على اندماجها في الجيش السوري. وبحسب وكالة الأنباء، فإن الاتفاق يشمل تسليم "
        "المعابر والحقول خلال أسابيع، وإطلاق سراح المعتقلين"
    )
    assert render.shown_title(text) == (
        "وقع الرئيس السوري أحمد الشرع مساء اليوم الأحد اتفاقاً لوقف إطلاق النار مع قسد ينص "
        "على اندماجها في الجيش السوري…"
    )


def test_with_no_clause_mark_late_enough_the_title_stops_at_the_word_limit() -> None:
    words = [f"كلمة{n}" for n in range(40)]
    words[2] += "،"  # too early: the title would say almost nothing
    shown = render.shown_title(" ".join(words))
    assert shown == " ".join(words[: render.TITLE_SHOW_WORDS]) + render.ELLIPSIS


def test_the_english_title_is_shortened_on_its_own_marks() -> None:
    english = (
        "US officials announced that the United States began carrying out strikes on Friday "
        "in Iraq and Syria, in response to the Jordan attack that killed 3 American soldiers "
        "and wounded about 40 others, and the officials said the strikes targeted sites"
    )
    event = Event(id="e", articles=(), title=Title(LONG_AR, english, "a"))
    assert render.event_title(event, "en") == (
        "US officials announced that the United States began carrying out strikes on Friday "
        "in Iraq and Syria…"
    )
    assert render.event_title(event, "ar") == render.shown_title(LONG_AR)
