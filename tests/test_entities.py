"""Glossary-driven entity recognition on normalised Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import analyse, build, glossary
from generator.analyse import entities
from generator.errors import InputError
from tests.conftest import FOUNDING_PROJECT, FOUNDING_SEEDS, REPO


@pytest.fixture(scope="module")
def recogniser() -> entities.Recogniser:
    return entities.build_recogniser(glossary.load(FOUNDING_SEEDS).values())


def found(recogniser: entities.Recogniser, text: str) -> list[str]:
    return [m.entity for m in entities.find(recogniser, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مظلوم عبدي إن", ["mazloum-abdi"]),
        ("أشاد مظلوم كوباني بالعملية", ["mazloum-abdi"]),  # longest form: not the town
        ("في مدينة كوباني", ["kobani"]),
        ("ولقسد وبقسد وقسد", ["sdf", "sdf", "sdf"]),  # clitics و ل ب
        ("للولايات المتحدة", ["usa"]),  # ل + ال written لل
        ("بالحسكة والقامشلي", ["hasakah", "qamishli"]),
        ("ارام حنه", ["aram-hanna"]),  # hamza and ta marbuta variants
        ("قوات الدفاع الذاتى", ["sdf"]),  # Egyptian final ى
        ("ميليشيا قسد", ["sdf"]),
        ("الدِّيمُقْرَاطِيَّة قوات سوريا الديمقراطيّة", ["sdf"]),
        ("عملية المخلب - السيف", ["operation-claw-sword"]),
    ],
)
def test_recognises_forms_with_clitics_and_variants(
    recogniser: entities.Recogniser, text: str, expected: list[str]
) -> None:
    assert found(recogniser, text) == expected


@pytest.mark.parametrize("text", ["الحرة", "المدن الكبرى", "قسدية", "بالية"])
def test_common_words_and_longer_words_are_not_names(
    recogniser: entities.Recogniser, text: str
) -> None:
    assert found(recogniser, text) == []


def test_every_person_in_the_glossary_is_found_in_the_seeds(
    recogniser: entities.Recogniser,
) -> None:

    articles = build.read_articles(FOUNDING_PROJECT)
    named = entities.count(recogniser, (s.ar for a in articles for s in a.sentences))
    people = {e.id for e in glossary.load(FOUNDING_SEEDS).values() if e.type == "person"}
    assert people <= set(named)


SET_ORDER_PROBE = """
from generator.analyse import entities
from generator.glossary import Entry

def place(entity_id, form):
    return Entry(id=entity_id, type="place", name={"en": entity_id, "ar": form},
                 ar_forms=(form,), description={"en": "d", "ar": "d"})

recogniser = entities.build_recogniser([place("lebanon", "لبنان"), place("banan", "بنان")])
print([m.entity for m in entities.find(recogniser, "لبنان")])
"""


def test_recognition_does_not_depend_on_set_order() -> None:
    import subprocess
    import sys

    outputs = set()
    for hash_seed in range(1, 7):
        env = {"PYTHONHASHSEED": str(hash_seed), "PATH": "/usr/bin:/bin"}
        result = subprocess.run(
            [sys.executable, "-c", SET_ORDER_PROBE],
            capture_output=True, text=True, check=True, env=env, cwd=REPO,
        )  # fmt: skip
        outputs.add(result.stdout)
    assert outputs == {"['lebanon']\n"}


def test_an_alias_entry_counts_as_the_body_it_names_and_channels_are_not_actors() -> None:
    entries = glossary.load(REPO / "seeds")
    recogniser = entities.build_recogniser(entries.values())
    found = [m.entity for m in entities.find(recogniser, "وقال البنتاغون على منصة إكس")]
    assert found == ["us-dod", "twitter"]
    assert entries["twitter"].type not in analyse.EVENT_ENTITY_TYPES


def test_same_as_must_name_another_entry_of_its_type(tmp_path: Path) -> None:
    (tmp_path / "glossary.yaml").write_text(
        "- id: a\n  type: place\n  name: {en: A, ar: أ}\n  ar_forms: [أ]\n"
        "  description: {en: d, ar: و}\n"
        "- id: b\n  type: place\n  same_as: missing\n  name: {en: B, ar: ب}\n"
        "  ar_forms: [ب]\n  description: {en: d, ar: و}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        glossary.load(tmp_path)
    problem = caught.value.problems[0]
    assert (problem.key, problem.line) == ("b", 6)
    assert "'same_as' must name another place entry" in problem.message


def test_a_name_set_up_by_the_report_is_read_through_the_clitics_a_name_takes() -> None:
    table = {"الوزاره": "turkish-mod", "شامي": "farhad-shami"}
    assert entities.reading_in("للوزاره", table) == "الوزاره"  # ل + ال written "لل"
    assert entities.reading_in("وبالوزاره", table) == "الوزاره"
    assert entities.reading_in("لشامي", table) == "شامي"
    assert entities.reading_in("الوزاره", table) == "الوزاره"
    assert entities.reading_in("الوزارات", table) is None  # never inside another word
