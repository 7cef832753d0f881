"""Key points that tell the core fact again in other words: several outlets' tellings share
its rare words (names, the village, the act), not its common ones, and are left out unless
they add a figure or a particular name."""

from __future__ import annotations

from generator.analyse import figures, keypoints, similarity
from generator.model import Article, TranslatedArticle
from tests.test_keypoints_quality import _report, _texts

# One killing as two outlets tell it, in their own words: few stems in common, but the
# victim's name and the village are the same rare words.
LEAD = "قتل الشيخ مطشر الهفل برصاص مسلحين مجهولين في بلدة ذيبان بريف دير الزور صباح اليوم."
RETOLD = "ونعت عشائر المنطقة الشيخ مطشر الهفل الذي لقي حتفه في ذيبان على يد ملثمين."
# Other facts of the same happening, so that the event has more to say than its core.
OTHERS = (
    "وطالب وجهاء القبائل بفتح تحقيق مستقل في ملابسات الحادثة ومحاسبة المسؤولين عنها.",
    "وشهدت الطرق المؤدية إلى القرية انتشارا أمنيا كثيفا خلال ساعات المساء الأولى.",
    "وأغلقت المحال التجارية أبوابها في السوق الرئيسي حدادا على روح الفقيد.",
)


def _events(retold: str) -> list[Article]:
    return [_report("a", LEAD, *OTHERS[:2]), _report("b", OTHERS[2], retold)]


def test_the_restating_sentence_shares_too_few_stems_for_the_stem_rule() -> None:
    """The case the rule is for: under keypoints.MIN_NOVELTY its stems are not old."""
    lead, retold = set(similarity.terms(LEAD)), set(similarity.terms(RETOLD))
    assert len(set(retold) - lead) / len(retold) >= keypoints.MIN_NOVELTY


def test_a_restatement_in_other_words_is_no_point() -> None:
    chosen = _texts(*_events(RETOLD))
    assert chosen[0] == LEAD
    assert RETOLD not in chosen
    assert set(OTHERS) <= set(chosen)  # the other facts stay


def test_a_restatement_that_gives_a_new_figure_in_words_is_a_new_fact() -> None:
    with_toll = RETOLD.replace("على يد ملثمين", "مع خمسة من مرافقيه")
    assert RETOLD not in _texts(*_events(RETOLD))
    assert with_toll in _texts(*_events(with_toll))


def _with_names(names: dict[str, list[str]]) -> list[str]:
    articles = _events(RETOLD)
    by_id = {s.id: s.ar for a in articles for s in a.sentences}
    chosen = keypoints.select([TranslatedArticle(article=a) for a in articles], names=names)
    return [by_id[k.sentence] for k in chosen]


def test_a_restatement_naming_a_particular_place_is_a_new_fact() -> None:
    retold_id = "b-p2-s1"
    assert RETOLD not in _with_names({retold_id: ["syria", "sdf"]})  # names of every story
    assert RETOLD in _with_names({retold_id: ["a-village-the-reference-never-names"]})


def test_two_shared_rare_stems_restate_only_with_the_same_kind_of_act() -> None:
    halted = keypoints.Telling.of("قال آرام حنا إن العمليات المشتركة توقفت", ["ارام", "حنا"])
    stopped = keypoints.Telling.of("وأكد آرام حنا أن قسد أوقفت العمليات", ["ارام", "حنا"])
    met = keypoints.Telling.of("والتقى آرام حنا وفدا من التحالف", ["ارام", "حنا"])
    assert halted.acts == stopped.acts == {"halt"}
    assert keypoints.restates(halted, stopped)
    assert not keypoints.restates(halted, met)


def test_common_words_are_not_what_a_restatement_shares() -> None:
    common = keypoints.Telling.of("", ["قوات", "سوريا", "ديمقراطيه"])
    assert common.rare == frozenset()
    assert not keypoints.restates(common, common)


def test_figures_in_digits_and_in_words_are_the_same_figures() -> None:
    assert figures.values("قتل 5 عناصر من قسد") == figures.values("لقي خمسة مقاتلين حتفهم")
    assert figures.values("سقط قتيلان في القصف") == {2.0}  # a dual
