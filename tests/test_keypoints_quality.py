"""Key points a reader can trust: the lead first even under a crosshead, no point that only
restates the points before it, and background ranked after the news."""

from __future__ import annotations

from generator.analyse import keypoints
from generator.model import Article, Paragraph, SeedMeta, Sentence, TranslatedArticle
from tests.test_quotes import make_article

LEAD = "قصفت طائرة مسيرة تركية مواقع عسكرية قرب مدينة القامشلي صباح الأربعاء الماضي."
TOLL = "وأسفر القصف عن مقتل مقاتلين اثنين وإصابة مدنيين بجروح متفاوتة في المنطقة."
OTHERS = (
    "ونددت الإدارة الذاتية بالهجوم ودعت المجتمع الدولي إلى موقف واضح من الاعتداءات.",
    "وشهدت القرى الحدودية حركة نزوح للأهالي خوفا من تجدد الغارات خلال الأيام المقبلة.",
    "وطالب وجهاء العشائر بفتح تحقيق مستقل في ملابسات الضربة ومحاسبة المسؤولين عنها.",
)


def _texts(*articles: Article, **options: frozenset[str]) -> list[str]:
    by_id = {s.id: s.ar for a in articles for s in a.sentences}
    chosen = keypoints.select([TranslatedArticle(article=a) for a in articles], **options)
    return [by_id[k.sentence] for k in chosen]


def _article(ident: str, *paragraphs: tuple[str, ...], headings: frozenset[int]) -> Article:
    """An article whose paragraph n (from 1) holds the given sentences; ``headings`` are
    crossheads."""
    body = [
        Paragraph(
            n,
            tuple(Sentence(f"{ident}-p{n}-s{i}", n, i, t) for i, t in enumerate(texts, 1)),
            is_heading=n in headings,
        )
        for n, texts in enumerate(paragraphs, 1)
    ]
    headline = Paragraph(0, (Sentence(f"{ident}-p0-s1", 0, 1, "عنوان الخبر في سطر واحد"),))
    return Article(meta=SeedMeta(id=ident, outlet=ident), paragraphs=(headline, *body))


# One statement as three outlets carry it: its words quoted in each, around other facts.
STATEMENT = (
    "أدانت وزارة الخارجية بأشد العبارات الاتفاق الموقع بين شركة نفط أجنبية والإدارة "
    "الذاتية مؤكدة أنها تعتبره باطلا ولاغيا ولا أثر قانونيا له."
)
QUOTED = "وأكد المصدر أن دمشق تعتبر الاتفاق باطلا ولاغيا ولا أثر قانونيا له."
THEFT = "وقالت الوزارة إن الاتفاق يمثل سرقة لثروات البلاد ويشكل اعتداء على السيادة."


def _reports(quoted: str) -> list[Article]:
    return [
        _report(
            "a",
            STATEMENT,
            "وقالت الوزارة إن الاتفاق يمثل سرقة لثروات البلاد ويشكل اعتداء على السيادة.",
        ),
        _report(
            "b",
            "ولم تذكر الوزارة في بيانها اسم الشركة الضالعة في الصفقة التي وقعت الأسبوع الماضي.",
            "ولم يصدر رد حتى الآن من مسؤولي الإدارة الذاتية على طلب التعليق.",
        ),
        _report(
            "c",
            "وحذرت الحكومة الشركات الأجنبية من التعامل مع الإدارة الذاتية في قطاع الطاقة.",
            quoted,
            "ويأتي البيان بعد أيام من تقارير عن توقيع الاتفاق في مدينة القامشلي.",
        ),
    ]


def _report(ident: str, *texts: str) -> Article:
    return _article(ident, *((t,) for t in texts), headings=frozenset())


def test_a_sentence_that_restates_the_chosen_points_is_no_point() -> None:
    chosen = _texts(*_reports(QUOTED))
    assert chosen[0] == STATEMENT
    assert QUOTED not in chosen


def test_a_restatement_with_a_new_figure_is_a_new_fact() -> None:
    counted = QUOTED.rstrip(".") + " منذ توقيعه قبل 3 أيام."
    assert counted in _texts(*_reports(counted))


def test_a_pluperfect_background_sentence_ranks_after_the_news() -> None:
    background = "وكان التحالف الدولي قد رصد تحركات عسكرية تركية قرب الحدود الشمالية قبل أيام."
    damage = "وأحدث القصف أضرارا في مواقع عسكرية قرب القامشلي وفي منازل المدنيين المجاورة."
    chosen = _texts(make_article(LEAD, background, damage, *OTHERS))
    assert chosen.index(damage) < chosen.index(background)
    assert keypoints.background_opening("يذكر أن القوات التركية قصفت المنطقة مرارا.")
    assert not keypoints.background_opening(LEAD)


def test_a_sentence_dated_before_the_event_ranks_after_the_news() -> None:
    article = make_article(LEAD, TOLL, *OTHERS)
    assert _texts(article)[1] == TOLL
    assert _texts(article, earlier=frozenset({"t-p2-s1"}))[1] != TOLL


def test_the_lead_under_a_crosshead_is_the_first_point() -> None:
    # An outlet that writes without stops (so no line is stray): a crosshead above the lead,
    # and sentences after the lead that share more words with each other than with it.
    later = (
        "وتواصل الإدارة الذاتية نقل العائلات من مخيم الهول إلى مناطقها في ريف دير الزور",
        "وتنقل الإدارة الذاتية العائلات من مخيم الهول إلى مناطقها في ريف دير الزور الشرقي",
        "ونقلت الإدارة الذاتية عائلات من مخيم الهول إلى ريف دير الزور الشهر الماضي أيضا",
    )
    lead = LEAD.rstrip(".")
    article = _article(
        "h", ("تفاصيل العملية",), (lead,), *((t,) for t in later), headings=frozenset({1})
    )
    assert keypoints.stray_paragraphs(article) == frozenset()
    assert _texts(article)[0] == lead


def test_a_lead_paragraph_opening_with_a_fragment_leads_with_its_first_full_sentence() -> None:
    later = (
        "وتواصل الإدارة الذاتية نقل العائلات من مخيم الهول إلى مناطقها في ريف دير الزور.",
        "وتنقل الإدارة الذاتية العائلات من مخيم الهول إلى مناطقها في ريف دير الزور الشرقي.",
    )
    article = _article("f", ("سجن غويران..", LEAD), *((t,) for t in later), headings=frozenset())
    assert _texts(article)[0] == LEAD
