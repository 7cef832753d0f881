"""Cleaning: page chrome out, article in, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import clean, seeds
from generator.build import prepare
from tests.conftest import FOUNDING_SEEDS, write_seed


def _founding(prefix: str) -> seeds.Seed:
    path = next(FOUNDING_SEEDS.glob(f"{prefix}-*.md"))
    seed, problems = seeds.read_seed(path)
    assert seed is not None, problems
    return seed


def _removed(seed: seeds.Seed) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for block in clean.clean(seed).removed:
        found.setdefault(block.kind, []).extend(block.lines)
    return found


def test_crawl_date_logo_and_top_are_chrome_and_rudaw_is_the_signoff() -> None:
    seed = _founding("004")
    removed = _removed(seed)
    assert removed["chrome"] == ["• Wednesday, 18 February 2026", "logo", "Top"]
    assert removed["signoff"] == ["روداو"]
    assert clean.clean(seed).attribution == "روداو"
    assert clean.clean(seed).headline.startswith("قادة التحالف الدولي")


def test_repeated_headline_and_newsletter_prompt_are_removed() -> None:
    removed = _removed(_founding("001"))
    assert len(removed["repeated-headline"]) == 1
    assert len(removed["newsletter"]) == 2
    assert "الحل نت" in removed["newsletter"][1]


def test_source_signoff_is_attribution() -> None:
    text = clean.clean(_founding("002"))
    assert text.attribution == "المدن"
    assert all(line.text != "المصدر: المدن" for line in text.paragraphs)


def test_comments_and_most_read_blocks_are_removed() -> None:
    removed = _removed(_founding("003"))
    assert removed["comments"][0] == "التعليقات (2)"
    assert "Selim" in removed["comments"]
    assert removed["related"] == ["الأكثر قراءة", "💡 أهم المواضيع", "✨ أهم التصنيفات"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_body_line_is_either_kept_or_shown_as_removed(prefix: str) -> None:
    seed = _founding(prefix)
    text = clean.clean(seed)
    kept = [text.headline] + [line.text for line in text.paragraphs]
    removed = [line for block in text.removed for line in block.lines]
    body = [line.strip() for line in seed.body.splitlines() if line.strip()]
    assert sorted(kept + removed) == sorted(body)


def test_article_text_is_never_taken_for_chrome(tmp_path: Path) -> None:
    body = (
        "العنوان الرئيسي للمقال\n"
        "الفقرة الأولى تنتهي هنا.\n"
        "عنوان فرعي\n"
        "الفقرة الأخيرة تذكر المصدر: وكالة الأنباء في منتصف الجملة.\n"
    )
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    article = prepare(seed)
    assert article.removed == ()
    assert article.attribution is None
    assert [p.is_heading for p in article.paragraphs] == [True, False, True, False]


def test_front_matter_title_is_the_headline_even_when_the_body_lacks_it(tmp_path: Path) -> None:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", "جملة أولى.\n", title="عنوان محرر"))
    assert seed is not None
    article = prepare(seed)
    assert article.headline.ar == "عنوان محرر"
    assert article.paragraphs[1].sentences[0].ar == "جملة أولى."


def test_sentence_ids_are_stable_and_unique() -> None:
    article = prepare(_founding("002"))
    ids = [s.id for s in article.sentences]
    assert len(ids) == len(set(ids))
    assert ids[:3] == [
        "002-40bb1f72279c452c-p0-s1",
        "002-40bb1f72279c452c-p1-s1",
        "002-40bb1f72279c452c-p1-s2",
    ]
    assert ids == [s.id for s in prepare(_founding("002")).sentences]


def test_lines_of_invisible_marks_are_blank_and_only_newlines_end_lines(tmp_path: Path) -> None:
    body = "عنوان الخبر\n\u200f\n\u00a0\u200b\nالفقرة الأولى\u2028تتمة.\n"
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    article = prepare(seed)
    assert [p.sentences[0].ar for p in article.paragraphs] == [
        "عنوان الخبر",
        "الفقرة الأولى\u2028تتمة.",
    ]


def _kinds(tmp_path: Path, body: str) -> tuple[clean.CleanText, dict[str, list[str]]]:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    return clean.clean(seed), _removed(seed)


def test_page_furniture_of_other_outlets_is_removed_by_its_shape(tmp_path: Path) -> None:
    body = (
        "الأكثر قراءة\n"
        "الشأن السوري\n"
        "قوات الأمن تعلن انتهاء المرحلة الأولى من الحملة\n"
        "الجمعة ٠١ سبتمبر ٢٠٢٣ - ٠١:١٨ بتوقيت غرينتش\n"
        "دمشق – الناس نيوز ::\n"
        "عناصر من القوات في ريف الحسكة (مصور/فرانس برس)\n"
        "أعلنت قوات الأمن الداخلي انتهاء المرحلة الأولى من الحملة في المخيم بعد أسبوع.\n"
        "وأفاد المرصد بمقتل ثلاثة عناصر في الهجوم (شرق).\n"
        "تحذير أميركي\n"
        "وفي السياق ذاته، أعلن وجهاء عشائ\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "قوات الأمن تعلن انتهاء المرحلة الأولى من الحملة"
    assert removed["chrome"] == ["الأكثر قراءة", "الشأن السوري"]  # a menu, not the tail
    assert removed["dateline"] == [
        "الجمعة ٠١ سبتمبر ٢٠٢٣ - ٠١:١٨ بتوقيت غرينتش", "دمشق – الناس نيوز ::",
    ]  # fmt: skip
    assert removed["caption"] == ["عناصر من القوات في ريف الحسكة (مصور/فرانس برس)"]
    kept = [line.text for line in text.paragraphs]
    assert kept[1:] == [  # a credited sentence, a crosshead and the cut last line stay
        "وأفاد المرصد بمقتل ثلاثة عناصر في الهجوم (شرق).",
        "تحذير أميركي",
        "وفي السياق ذاته، أعلن وجهاء عشائ",
    ]


def test_a_related_list_after_the_article_is_the_tail(tmp_path: Path) -> None:
    body = (
        "عنوان الخبر عن الاشتباكات في المدينة\n"
        "اندلعت اشتباكات عنيفة في المدينة مساء الإثنين بين الطرفين وفق مصادر محلية.\n"
        "أخبار ذات علاقة\n"
        "رئيس الوزراء يعلن إرسال بارجة إلى المنطقة\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert removed["related"] == ["أخبار ذات علاقة", "رئيس الوزراء يعلن إرسال بارجة إلى المنطقة"]
    assert len(text.paragraphs) == 1


def test_posts_tags_bare_credits_and_a_ticker_above_the_headline(tmp_path: Path) -> None:
    """Made-up lines for the rules fitted on the tuning half of eval/ (issue 9)."""
    body = (
        "وزير المالية يعلن موازنة العام المقبل في مؤتمر صحفي\n"
        "الجيش يستعيد السيطرة على قرى في ريف المدينة الشرقي\n"
        "عربة عسكرية قرب مدخل القرية الشرقي في ريف المدينة. أ.ف.ب\n"
        "مراسلنا: وحدات من #الجيش_الوطني تتقدم نحو #ريف_المدينة\n"
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.\n"
        '"الريف الشرقي"\n'
        "وقال مصدر عسكري إن العمليات مستمرة في المنطقة حتى إشعار آخر.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "الجيش يستعيد السيطرة على قرى في ريف المدينة الشرقي"
    assert removed["chrome"] == [
        "وزير المالية يعلن موازنة العام المقبل في مؤتمر صحفي",  # shares no word with the lead
        '"الريف الشرقي"',
    ]
    assert removed["caption"] == [
        "عربة عسكرية قرب مدخل القرية الشرقي في ريف المدينة. أ.ف.ب",
        "مراسلنا: وحدات من #الجيش_الوطني تتقدم نحو #ريف_المدينة",
    ]
    assert [line.text for line in text.paragraphs] == [
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.",
        "وقال مصدر عسكري إن العمليات مستمرة في المنطقة حتى إشعار آخر.",
    ]


def test_the_first_headline_stays_when_it_shares_words_with_the_lead(tmp_path: Path) -> None:
    body = (
        "الجيش يستعيد السيطرة على قرى في ريف المدينة\n"
        "معارك عنيفة في ريف المدينة الشرقي منذ يومين\n"
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "الجيش يستعيد السيطرة على قرى في ريف المدينة"
    assert text.paragraphs[0].text == "معارك عنيفة في ريف المدينة الشرقي منذ يومين"
    assert "chrome" not in removed
