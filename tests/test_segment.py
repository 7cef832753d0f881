"""Sentence splitting: Arabic and Latin punctuation, quotations, dates, numbers."""

from __future__ import annotations

import pytest

from generator.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الأول. وقال الثاني.", ["قال الأول.", "وقال الثاني."]),
        ("هل انتهى؟ نعم انتهى!", ["هل انتهى؟", "نعم انتهى!"]),
        ("أولاً؛ ثانياً.", ["أولاً؛", "ثانياً."]),
        ("انتظر… ثم تكلم.", ["انتظر…", "ثم تكلم."]),
        ("Is it over? Yes. Done!", ["Is it over?", "Yes.", "Done!"]),
        ("ماذا؟! لا أصدق.", ["ماذا؟!", "لا أصدق."]),
    ],
)
def test_splits_at_arabic_and_latin_sentence_punctuation(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت بدءاً من 20 تشرين الثاني/نوفمبر، مناطق سيطرة قسد.",
        "منذ العام 2014، يقوم التحالف الدولي بعمليات عسكرية.",
        "في 20 تشرين الثاني/ نوفمبر 2022 حدث ذلك.",
        "بلغت النسبة 3.5 في المئة.",
        "التقى د. أحمد بالوفد.",
        "Gen. Paul Calvert spoke in Hasakah.",
        "استثناء واحد..واشنطن توقف العمليات.",
        'قال: "هذه جملة. وهذه جملة ثانية داخل الاقتباس." ثم سكت.',
        "قال «انتهى الأمر. لن نعود» وغادر.",
        "أعلن (وهو أمر متوقع. كما قيل) النتيجة.",
    ],
)
def test_does_not_split_inside_quotes_dates_numbers_or_abbreviations(text: str) -> None:
    assert split_sentences(text) == [text]


def test_quotation_spanning_sentences_stays_with_its_sentence() -> None:
    text = 'نقلت الوكالة قوله: "استأنف التحالف دورياته. والوضع هادئ". وأضاف "تم وضع برنامج".'
    assert split_sentences(text) == [
        'نقلت الوكالة قوله: "استأنف التحالف دورياته. والوضع هادئ".',
        'وأضاف "تم وضع برنامج".',
    ]


def test_mixed_curly_quotes_used_both_ways_round() -> None:
    text = "وأضاف ”عبدي”، أنه «على المجتمع الدولي فتح الطرق». وقال “كالفيرت“ ذلك."
    assert split_sentences(text) == [
        "وأضاف ”عبدي”، أنه «على المجتمع الدولي فتح الطرق».",
        "وقال “كالفيرت“ ذلك.",
    ]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = 'وأضاف "بالي": "أن ذلك "دليل آخر. وقال غيره شيئاً آخر.'
    assert split_sentences(text) == ['وأضاف "بالي": "أن ذلك "دليل آخر.', "وقال غيره شيئاً آخر."]


def test_sentences_rejoin_to_the_paragraph_and_stray_punctuation_is_kept() -> None:
    text = "جملة أولى. . جملة ثانية؟"
    parts = split_sentences(text)
    assert parts == ["جملة أولى. .", "جملة ثانية؟"]
    assert " ".join(parts).split() == text.split()


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   ") == []


def test_unbalanced_bracket_does_not_swallow_the_paragraph() -> None:
    text = "قال (المتحدث إن الدوريات استؤنفت. وأضاف أن التنسيق مستمر."
    assert split_sentences(text) == [
        "قال (المتحدث إن الدوريات استؤنفت.",
        "وأضاف أن التنسيق مستمر.",
    ]
