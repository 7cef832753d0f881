"""Key points come from a report's prose: a headline-shaped line that cleaning kept outside
the run of prose (another story's headline above the lead, a tag list under the report) is
neither a key point nor the report's lead."""

from __future__ import annotations

from generator.analyse import keypoints
from generator.model import TranslatedArticle
from tests.test_quotes import make_article

OTHER_HEADLINE = "ارتفاع كبير بأسعار الأدوية في مدينة حماة وسط غياب الرقابة الصحية"
LEAD = "قصفت طائرة مسيرة تركية مساء الأربعاء مواقع عسكرية في مدينة القامشلي شمال شرق سوريا."
PROSE = (
    "وقالت مصادر محلية إن القصف استهدف مواقع عسكرية قرب مطار القامشلي وأسفر عن إصابات.",
    "وأضافت المصادر أن طائرات مسيرة تركية حلقت فوق مدينة القامشلي طوال ساعات الليل.",
)
TAGS = "قوات التحالف أميركا سوريا الأراضي السورية قوات تركية الحدود دونالد ترامب"


def _paragraphs(article: TranslatedArticle) -> list[int]:
    by_id = {s.id: s.paragraph for s in article.article.sentences}
    return [by_id[k.sentence] for k in keypoints.select([article])]


def test_a_headline_shaped_line_outside_the_prose_is_no_key_point_nor_the_lead() -> None:
    article = TranslatedArticle(article=make_article(OTHER_HEADLINE, LEAD, *PROSE, TAGS))
    chosen = _paragraphs(article)
    assert chosen[0] == 2, "the lead is the first paragraph of prose"
    assert 1 not in chosen and 5 not in chosen
    assert keypoints.stray_paragraphs(article.article) == {1, 5}


def test_a_long_lead_without_a_stop_is_prose() -> None:
    lead = LEAD.rstrip(".") + " وأسفر عن إصابة عدد من العناصر بجروح متفاوتة"
    article = make_article(lead, *PROSE)
    assert keypoints.stray_paragraphs(article) == frozenset()


def test_an_outlet_that_writes_without_stops_keeps_every_line() -> None:
    article = make_article(OTHER_HEADLINE, *(p.rstrip(".") for p in (LEAD, *PROSE)))
    assert keypoints.stray_paragraphs(article) == frozenset()
    assert _paragraphs(TranslatedArticle(article=article))[0] == 1
