"""The live glossary's starter gazetteer (session 20): forms that are also part of other
names resolve to the right entry, and no added form is a common word."""

from __future__ import annotations

import pytest

from generator import glossary
from generator.analyse import entities
from tests.conftest import REPO


@pytest.fixture(scope="module")
def recogniser() -> entities.Recogniser:
    return entities.build_recogniser(glossary.load(REPO / "seeds").values())


def found(recogniser: entities.Recogniser, text: str) -> list[str]:
    return [m.entity for m in entities.find(recogniser, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الأسد في مقابلة", ["bashar-al-assad"]),
        ("استهدف هجوم قاعدة عين الأسد الجوية", ["ain-al-asad-base"]),  # not Bashar al-Assad
        ("في عهد الرئيس الراحل حافظ الأسد", ["hafez-al-assad"]),
        ("بين الشرع وعبدي", ["ahmed-al-sharaa", "mazloum-abdi"]),
        ("نائب الرئيس السابق فاروق الشرع", ["farouk-al-sharaa"]),  # not Ahmed al-Sharaa
        ("عبر جسر سد الفرات", ["euphrates-dam"]),
        ("في جامعة الفرات", []),  # a bare «الفرات» names no river
        ("في مناطق شرق الفرات", ["euphrates"]),
        ("مقاتلو الجيش السوري الحر", ["free-syrian-army"]),  # not the Syrian army
        ("انتشر الجيش السوري في المدينة", ["syrian-army"]),
        # A framing term is no recognised name: the body it contains is ("PKK forces" in a
        # Turkish statement about the SDF names the PKK; the framing table still flags it).
        ("قوات حزب العمال الكردستاني", ["pkk"]),
        ("وقال حزب العمال الكردستاني", ["pkk"]),
        ("وحدات حماية الشعب الكردية", ["ypg"]),
        ("وأضاف براك أن", ["tom-barrack"]),
        ("على طريق تل براك", ["tell-brak"]),  # the town, not Tom Barrack
    ],
)
def test_added_names_resolve_to_the_right_entry(
    recogniser: entities.Recogniser, text: str, expected: list[str]
) -> None:
    assert found(recogniser, text) == expected


@pytest.mark.parametrize("word", ["حماة", "الباب", "الميادين", "الأشرفية", "باراك", "الطبقات"])
def test_ambiguous_words_left_out_are_not_names(recogniser: entities.Recogniser, word: str) -> None:
    assert found(recogniser, f"وقال {word} في البيان") == []
