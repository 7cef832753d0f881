"""Speakers outside the glossary, named in the report's words (analyse/speakers.py)."""

from __future__ import annotations

import pytest

from generator.analyse import entities, quotes, speakers
from tests.test_quotes import NAMES, RECOGNISER, make_article

EMPTY = entities.build_recogniser([])


def sources(*body: str, glossary: bool = False) -> list[str | None]:
    article = make_article(*body)
    recogniser, names = (RECOGNISER, NAMES) if glossary else (EMPTY, {})
    found = quotes.find_quotes(article, recogniser, names)
    return [q.source for q in speakers.name_unlisted(article, found, recogniser, names)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # an anonymous source stays visibly anonymous, and its addressee is not it
        (
            "وقال مصدر عسكري كردي لـ«فرانس برس» إن «التحالف استأنف دورياته في المنطقة».",
            "مصدر عسكري كردي",
        ),
        # a speaker whose subject comes before the verb
        ("المصادر الميدانية أكدت أن «الاجتماع انتهى دون اتفاق على أي بند».", "المصادر الميدانية"),
        # the words stop where the quotation begins
        ("وبحسب البيان فإنه تم «إيقاف العمل بالحملة في المدينة وريفها».", "البيان"),
        # an outlet's name in quotation marks is part of the words
        ('وذكرت وكالة "سانا" أن «الجيش دخل المدينة صباح اليوم».', 'وكالة "سانا"'),
        # an accusative word after the subject is its object
        ("ونشرت صفحات محلية تسجيلاً قالت فيه «هذه هي القرية بعد القصف».", "صفحات محلية"),
    ],
)
def test_names_a_speaker_outside_the_glossary(sentence: str, source: str) -> None:
    assert sources(sentence) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        # the quotation's own verb ("تعتبر") says nothing about who spoke it
        "وأضاف «الجمهورية العربية السورية تعتبر هذا الاتفاق باطلا ولا أثر قانونيا له».",
        # "told al-Jazeera Net": the addressee, the speaker unnamed
        "قالت للجزيرة نت «كان أخي متوجها إلى السوق فضل طريقه وتم أسره».",
        # "a site", its name not given: nobody is named
        "وذكر موقع أن «القصف استمر طوال الليل على القرى المحيطة بالبلدة».",
        # what a verb of judging judges is its object, not who judges
        "فيما اعتبر الهجوم بأنه «انتهاك لقوانين النزاع المسلح ويشكل خطراً على المدنيين».",
        # a topic before the verb is not its subject
        "وحول المعتقلين قالت «طلبنا من المجلس التشريعي إصدار عفو عام عن الجميع».",
    ],
)
def test_leaves_a_speaker_unnamed_when_no_words_name_one(sentence: str) -> None:
    assert sources(sentence) == [None]


def test_a_banner_is_no_quotation() -> None:
    # "written on it": a banner's words, no quotation and so no speaker (session 25: it was
    # a quotation with no speaker before quotes.py took placards for slogans)
    banner = "ورفع المعتصمون لافتات كتب عليها «دماء شهدائنا وصرخات أطفالنا ستحاسبكم» وأعلاما."
    assert sources(banner) == []


def test_a_bare_verb_goes_on_with_the_speaker_before() -> None:
    """ "وأضاف «...»" after a source quoted in words is that source, within two sentences;
    a sentence that names no one and opens with no speech verb is not carried to."""
    assert sources(
        "وقال مصدر عسكري كردي إن «التحالف استأنف دورياته المعتادة في المنطقة».",
        "وأضاف «تم وضع برنامج أسبوعي جديد لاستئناف العمل المشترك».",
    ) == ["مصدر عسكري كردي", "مصدر عسكري كردي"]
    far = ["وتحدث التقرير عن أحوال المنطقة في الشتاء."] * 3
    assert sources(
        "وقال مصدر عسكري كردي إن «التحالف استأنف دورياته المعتادة في المنطقة».",
        *far,
        "وأضاف «تم وضع برنامج أسبوعي جديد لاستئناف العمل المشترك».",
    ) == ["مصدر عسكري كردي", None]


def test_a_lone_definite_head_is_the_body_named_before() -> None:
    """ "المديرية" after "مديرية مطار السليمانية الدولي" is that directorate; a statement
    ("البيان") and a name with no definite word after its head ("مصادر ميدانية") stay."""
    opening = "أعلنت مديرية مطار السليمانية الدولي بإقليم كردستان وقوع انفجار قرب المطار."
    said = "وقالت المديرية في بيان: «وقع انفجار قرب السور الخارجي من دون إصابات»."
    assert sources(opening, said) == ["مديرية مطار السليمانية الدولي"]
    statement = "وقال المجلس في بيان مكتوب يوم الجمعة إنه يرفض الإعلان."
    more = "وأضاف البيان أن المسودة «تكرس الحكم المركزي وتمنح السلطة صلاحيات مطلقة»."
    assert sources(statement, more) == ["البيان"]
    field = "وقالت مصادر ميدانية لتلفزيون الخبر إن اجتماعا عقد في القاعدة."
    then = "وبحسب المصادر فإن «الاجتماع انتهى بالاتفاق على بدء التنسيق»."
    assert sources(field, then) == ["المصادر"]


def test_a_glossary_speaker_gets_no_words() -> None:
    found = sources("وقال مظلوم عبدي إن «قواتنا ستبقى في المنطقة حتى نهاية العام».", glossary=True)
    assert found == [None]
