"""Reported figures: number forms, kinds, dates that are not figures, who reported them,
and conflicting counts, on the seeds and on small made-up sentences."""

from __future__ import annotations

import dataclasses

import pytest

from generator import clean, glossary, seeds, segment
from generator.analyse import entities, figures
from generator.analyse.figures import Figure
from generator.build import Project, read_articles
from generator.model import Article, Paragraph, SeedMeta, Sentence
from tests.conftest import FOUNDING_SEEDS
from tests.test_quotes import make_article

SEEDS = FOUNDING_SEEDS
NAMES = glossary.load(SEEDS)
RECOGNISER = entities.build_recogniser(NAMES.values())

Row = tuple[str, str, int, str, str | None, str | None]  # sentence, kind, value, text, unit, by


@pytest.fixture(scope="module")
def seed_figures() -> dict[str, list[Figure]]:
    """Figures of each seed, by the seed's number ("000" ... "004")."""
    found = {}
    for seed in seeds.load_seeds(SEEDS):
        article = segment.segment(seed.meta, clean.clean(seed))
        found[article.id[:3]] = figures.find_figures(article, RECOGNISER, NAMES)
    return found


def rows(found: list[Figure]) -> list[Row]:
    return [
        (f.sentence.split("-", 2)[2], f.kind, f.value, f.text, f.unit, f.reported_by) for f in found
    ]


def figures_of(*body: str, article_id: str = "t") -> list[Figure]:
    paragraphs = [Paragraph(0, (Sentence(f"{article_id}-p0-s1", 0, 1, "عنوان"),))]
    paragraphs += [
        Paragraph(n, (Sentence(f"{article_id}-p{n}-s1", n, 1, text),))
        for n, text in enumerate(body, 1)
    ]
    article = Article(meta=SeedMeta(id=article_id, outlet="test"), paragraphs=tuple(paragraphs))
    return figures.find_figures(article, RECOGNISER, NAMES)


def values(*body: str) -> list[tuple[str, int, str | None]]:
    return [(f.kind, f.value, f.unit) for f in figures_of(*body)]


# Every figure of the five seeds, checked by reading the texts. Not figures: "منذ العام
# 2014" (000 p3), "9 أكتوبر"/"17 أكتوبر" (000 p4/p5), "أكتوبر 2019" (001 p13), "20 تشرين
# الثاني/نوفمبر" (002 p4), "20 من الشهر الماضي" (003 p16), "19/9 تشرين الأول" (004 p7/p10),
# "المئات" and "الآلاف" (004 p9/p10: no number), and the headline "استثناء واحد" (003 p0).
# "خمس أو ست" (002 p5-s2) is a range: two figures, 5 and 6 patrols, each with its own span.
EXPECTED: dict[str, list[Row]] = {
    "000": [
        ("p5-s1", "duration", 120, "120 ساعة", "hour", None),
        ("p6-s1", "duration", 5, "خمسة أيام", "day", None),
        ("p10-s1", "duration", 5, "خمسة أشهر", "month", None),
    ],
    "001": [("p1-s1", "duration", 6, "ست سنوات", "year", None)],
    "002": [
        ("p2-s1", "patrols", 2, "دوريتين", None, "afp"),
        ("p3-s1", "vehicles", 4, "أربع مدرعات", None, None),
        ("p5-s2", "patrols", 20, "20 دورية", None, None),
        ("p5-s2", "patrols", 5, "نحو خمس أو ست", None, None),  # one figure: 5–6
    ],
    "003": [],
    "004": [
        ("p6-s1", "killed", 5, "خمسة أشخاص حياتهم", None, "asayish"),
        ("p6-s1", "injured", 26, "26 آخرين", None, "asayish"),
        ("p6-s1", "killed", 6, "6 قتلى", None, "qamishli-health-directorate"),
        ("p6-s1", "injured", 47, "47 جريحاً", None, "qamishli-health-directorate"),
        ("p10-s1", "displaced", 300000, "نحو 300 ألف شخص", None, None),
        ("p10-s1", "other-count", 2, "اتفاقين", None, None),
        ("p10-s1", "distance", 30, "30 كلم", "km", None),
    ],
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_figures(seed_figures: dict[str, list[Figure]], seed: str) -> None:
    assert rows(seed_figures[seed]) == EXPECTED[seed]


def test_seed_004_two_casualty_counts_conflict(seed_figures: dict[str, list[Figure]]) -> None:
    found = figures.conflicts(seed_figures["004"])
    assert [(c.kind, [(f.value, f.reported_by) for f in c.figures]) for c in found] == [
        ("killed", [(5, "asayish"), (6, "qamishli-health-directorate")]),
        ("injured", [(26, "asayish"), (47, "qamishli-health-directorate")]),
    ]


def test_seed_002_patrol_counts_do_not_conflict(seed_figures: dict[str, list[Figure]]) -> None:
    assert figures.conflicts(seed_figures["002"]) == []


def test_figure_text_is_exact(seed_figures: dict[str, list[Figure]]) -> None:
    sentences = {s.id: s.ar for a in read_articles(Project(SEEDS.parent)) for s in a.sentences}
    for found in seed_figures.values():
        for figure in found:
            assert figure.text in sentences[figure.sentence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ١٢ شخصاً في القصف", [("killed", 12, None)]),  # Arabic-Indic digits
        ("قتل 3,500 شخص", [("killed", 3500, None)]),
        ("أصيب خمسة عشر جريحا", [("injured", 15, None)]),
        ("مضى أحد عشر شهرا", [("duration", 11, "month")]),
        ("وصل ثلاثة آلاف نازح", [("displaced", 3000, None)]),
        ("رصدت الحكومة 900 مليار ليرة", [("other-count", 900_000_000_000, None)]),  # not 900
        ("سقط قتيل واحد وجريحان", [("killed", 1, None), ("injured", 2, None)]),
        ("استمرت المعارك يومين", [("duration", 2, "day")]),
        ("منذ 5 سنوات", [("duration", 5, "year")]),
        ("مقتل 7 مدنيين", [("killed", 7, None)]),
        ("ألقت القوات القبض على 12 شخصا", [("arrested", 12, None)]),  # was an "other count"
        ("واحتجزت 10 من عناصره", [("arrested", 10, None)]),
        ("قال إن 9 قتلوا", [("killed", 9, None)]),
        ("نشرت 3 مستشفيات ميدانية", [("other-count", 3, None)]),
        ("سارت 3 دوريات لمسافة 12 كيلومترا", [("patrols", 3, None), ("distance", 12, "km")]),
    ],
)
def test_number_forms_and_kinds(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "في 9 أكتوبر أعلن ترامب الانسحاب",
        "منذ العام 2014 يقاتل التحالف",
        "بدءاً من 20 تشرين الثاني/نوفمبر",
        "نهاية تشرين الأول/ أكتوبر 2019",
        "في 20 من الشهر الماضي",
        "في 2/12/2022 وصلت القوات",
        "وقع الهجوم الساعة 10 صباحا",
        "ارتفعت الأسعار 20 في المئة",
        "بين عامي 2019 و2020",
        "أودت بحياة المئات وعشرات الجرحى",
        "هناك الآلاف من عناصر داعش",
        "بلغ 2.5 في المنطقة",
        "اجتمع الوفدان من 5 ولغاية 7 آب/أغسطس 2019",  # a span of days, not a count of 5
        "في الفترة من 5 إلى 7 أغسطس",
        "بين 5 و7 آب",
        "وقالت ثلاث مصادر سورية مطلعة إن التحالف كان يتفاوض",  # how it was sourced
    ],
)
def test_not_figures(text: str) -> None:
    assert values(text) == []


def test_headline_figures_are_left_out() -> None:
    article = Article(
        meta=SeedMeta(id="t", outlet="test"),
        paragraphs=(Paragraph(0, (Sentence("t-p0-s1", 0, 1, "مقتل 6 أشخاص في القامشلي"),)),),
    )
    assert figures.find_figures(article, RECOGNISER, NAMES) == []


def test_reporter_per_clause() -> None:
    found = figures_of("بحسب المرصد السوري فإن 7 مدنيين قتلوا، بينما قالت قسد إن 9 قتلوا")
    assert [(f.value, f.reported_by) for f in found] == [(7, "sohr"), (9, "sdf")]
    # A clause without its own attribution keeps the one before it.
    found = figures_of("وقالت الأسايش، إن الانفجار أدى إلى مقتل 3 أشخاص، وإصابة 10 آخرين")
    assert [(f.kind, f.value, f.reported_by) for f in found] == [
        ("killed", 3, "asayish"),
        ("injured", 10, "asayish"),
    ]
    # Places are not reporters.
    assert [f.reported_by for f in figures_of("سقط في القامشلي 4 قتلى")] == [None]


def test_conflicts_need_different_sources() -> None:
    # One reporter, one article: parts of a count, not a disagreement.
    same = figures_of("وقالت الأسايش إن 3 قتلى سقطوا في القامشلي و2 قتلى في الحسكة")
    assert [f.value for f in same] == [3, 2]
    assert figures.conflicts(same) == []
    # The same count from two reporters agrees.
    agree = figures_of("قالت الأسايش إن 5 قتلى سقطوا، فيما قال المرصد السوري إن 5 قتلى سقطوا")
    assert figures.conflicts(agree) == []
    # Unattributed counts in two articles of one event disagree.
    a = figures_of("سقط 5 قتلى في الانفجار", article_id="a")
    b = figures_of("سقط 8 قتلى في الانفجار", article_id="b")
    [conflict] = figures.conflicts([*a, *b])
    assert (conflict.kind, [f.value for f in conflict.figures]) == ("killed", [5, 8])


def test_durations_and_patrols_never_conflict() -> None:
    a = figures_of("قالت قسد إن الهدنة استمرت 5 أيام وسارت 4 دوريات", article_id="a")
    b = figures_of("قال المرصد السوري إن الهدنة استمرت 3 أيام وسارت 2 دوريات", article_id="b")
    assert len(a) == len(b) == 2
    assert figures.conflicts([*a, *b]) == []


def test_a_range_is_one_figure_and_a_revision_is_not_a_disagreement() -> None:
    article = make_article(
        "قتل خمسة أو ستة أشخاص في القصف بحسب مصادر محلية.",
        "ثم ارتفعت حصيلة القتلى إلى 9 أشخاص.",
    )
    found = figures.find_figures(article, RECOGNISER, NAMES)
    assert [(f.shown, f.revision) for f in found] == [("5–6", False), ("9", True)]
    assert figures.conflicts(found) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل خلال الاشتباكات تسعة عناصر من الفصائل.", ("killed", 9)),
        ("وقال مصدر طبي إن 9 أشخاص على الأقل قتلوا.", ("killed", 9)),
        ("وأُصيب أكثر من 60 آخرين بجروح.", ("injured", 60)),
    ],
)
def test_the_verb_a_few_words_away_says_what_was_counted(
    text: str, expected: tuple[str, int]
) -> None:
    [found] = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert (found.kind, found.value) == expected


def test_the_reporter_named_after_the_count_or_by_its_head_noun() -> None:
    article = make_article(
        "قتل ستة مدنيين في التفجيرات، وفق المرصد السوري لحقوق الإنسان.",
        "وقال المرصد إن 9 أشخاص على الأقل قتلوا في القصف.",
        "وكانت حصيلة سابقة للمرصد تحدثت عن 4 قتلى.",  # "للمرصد": ل before the article
    )
    found = figures.find_figures(article, RECOGNISER, NAMES)
    assert [(f.value, f.reported_by) for f in found] == [(6, "sohr"), (9, "sohr"), (4, "sohr")]


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # "على ما أفاد X" after the counts: X gave them, as "بحسب X" would
        (
            "قتل 12 عنصراً من القوات الكردية و5 مدنيين، على ما أفاد المرصد السوري لحقوق الإنسان.",
            ["sohr", "sohr"],
        ),
        ("قتل 7 مدنيين في القصف، حسبما ذكرت الأسايش.", ["asayish"]),
        ("لقي 40 مقاتلاً مصرعهم، كما ذكر المرصد السوري لحقوق الإنسان.", ["sohr"]),
        # the outlet a source spoke to is the channel, not the source
        ("وقال المرصد السوري لوكالة فرانس برس إن 16 عنصراً قتلوا.", ["sohr"]),
        ("وقالت مصادر مطلعة لوكالة فرانس برس إن 3 مدنيين قتلوا.", [None]),
        # a body named in what was said is not who said it
        ("أفاد التلفزيون الرسمي بأن الأسايش خسرت 3 قتلى في الاشتباكات.", [None]),
        # "حصيلة" names its source after it, never the body before it
        ("استهدفت مسيرة حاجزاً للأسايش ما أدى إلى سقوط 2 جرحى في حصيلة أولية.", [None]),
        ("فيما تشير حصيلة المرصد السوري إلى 4 قتلى.", ["sohr"]),
    ],
)
def test_who_gave_the_number(text: str, reporters: list[str | None]) -> None:
    found = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert [f.reported_by for f in found] == reporters


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال مصدر طبي في مدينة القامشلي، إن 9 أشخاص على الأقل قتلوا.", "مصدر طبي"),
        ('وقالت مصادر مطلعة لـ"الصحيفة"، إن ثلاثة عناصر أصيبوا.', "مصادر مطلعة"),
        ("وأعلنت وزارة الزراعة السورية مساء الأربعاء أن 32 موقعاً دمرت.", "وزارة الزراعة السورية"),
        ("وقال نائب المحافظ سامر خليل إنه تم إطلاق سراح 470 سجيناً.", "نائب المحافظ سامر خليل"),
        ("ووفق ما ذكرت المصادر فإن ستة آلاف عنصر شاركوا في العملية.", "المصادر"),
        ("المصادر نفسها أوضحت أن 3 عناصر أصيبوا.", "المصادر نفسها"),  # before its verb
        ('وذكرت وكالة "سبوتنيك" للأنباء أن 4 مدنيين قتلوا.', 'وكالة "سبوتنيك"'),
        ("وجاء في بيان أصدره مجلس القبيلة أن 7 مقاتلين قتلوا.", "مجلس القبيلة"),
        ("كما أشارت الوكالة إلى سقوط 5 جرحى.", "الوكالة"),
        # no source named: the speaker is the one before, or the outlet
        ('وأضاف "تم تسيير 5 دوريات هذا الأسبوع".', None),
        ("وارتفعت حصيلة القتلى إلى 15 قتيلاً.", None),  # what is counted, not who counted
        ("سقط 4 قتلى في القصف.", None),
    ],
)
def test_a_source_outside_the_glossary_is_named_by_its_words(text: str, source: str | None) -> None:
    [found] = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert (found.reported_by, found.source) == (None, source)


def test_a_sentence_that_goes_on_keeps_the_source_before() -> None:
    article = make_article(
        "وأعلنت اللجنة المكلفة من قبل الرئاسة عن تنفيذ العملية، وخرج بموجبها:",
        "176 معتقلا من سجون قسد.",
        "وقالت مصادر محلية إن العملية تأخرت.",
        "ولفتت إلى أن 3 عناصر أصيبوا في الاشتباكات.",
        "وسقط 2 قتلى في قرية مجاورة.",
    )
    found = figures.find_figures(article, RECOGNISER, NAMES)
    assert [(f.value, f.source) for f in found] == [
        (176, "اللجنة المكلفة"),  # a list after a colon
        (3, "مصادر محلية"),  # "ولفتت إلى أن": the same speaker goes on
        (2, None),  # a new sentence with no speech verb: the outlet's own
    ]


def test_a_speech_verb_that_opens_a_sentence_without_a_subject_keeps_the_source_before() -> None:
    """In "وأوردت حصيلة أدنى" the verb's subject is the source the sentence before named."""
    article = make_article(
        "وأفادت قوات سوريا الديمقراطية في بيان عن هجوم بطائرة مسيرة.",
        "وأوردت حصيلة أدنى مع إعلانها مقتل 6 من عناصرها.",
    )
    [found] = figures.find_figures(article, RECOGNISER, NAMES)
    assert (found.value, found.reported_by) == (6, "sdf")


@pytest.mark.parametrize("participle", ["مؤكدة", "مشيرةً", "ومضيفة"])
def test_a_participle_closing_the_sentence_before_takes_its_subject(participle: str) -> None:
    """ "، مؤكدة حقها «في الرد»": the participle's subject is the body that spoke before it,
    and the word after it ("حقها", her right) is what was said, not a source."""
    article = make_article(
        f"وأفادت قوات سوريا الديمقراطية في بيان عن هجوم، {participle} حقها في الرد.",
        "وأوردت حصيلة أدنى مع إعلانها مقتل 6 من عناصرها.",
    )
    [found] = figures.find_figures(article, RECOGNISER, NAMES)
    assert (found.value, found.reported_by, found.source) == (6, "sdf", None)


EARLIER_TOLL = "وكان المرصد أشار في حصيلة أولية إلى مقتل خمسة عناصر."


def test_a_toll_the_report_has_since_replaced_is_an_earlier_count_that_disagrees_with_nobody() -> (
    None
):
    article = make_article("وقتل سبعة مقاتلين في قصف، وفق ما أفاد المرصد السوري.", EARLIER_TOLL)
    found = figures.find_figures(article, RECOGNISER, NAMES)
    assert [(f.value, f.earlier) for f in found] == [(7, False), (5, True)]
    # another report's 6 disagrees with the 7, not with the replaced 5
    other = dataclasses.replace(found[0], article="other", value=6, reported_by="sdf")
    [conflict] = figures.conflicts([*found, other])
    assert sorted(f.value for f in conflict.figures) == [6, 7]


def test_an_early_toll_is_a_claim_while_the_report_gives_no_other_count() -> None:
    article = make_article("وأصيب عشرة مدنيين في قصف.", EARLIER_TOLL)
    assert [(f.value, f.earlier) for f in figures.find_figures(article, RECOGNISER, NAMES)] == [
        (10, False),
        (5, False),
    ]


def test_a_glossary_body_an_outlet_relays_gave_the_figure() -> None:
    article = make_article("ونقلت وكالة فرانس برس عن المرصد السوري أن 20 مدنيا قتلوا.")
    [found] = figures.find_figures(article, RECOGNISER, NAMES)
    assert (found.value, found.reported_by) == (20, "sohr")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a site or correspondent that relays a source ("نقل X عن Y"): Y gave the number
        ("ونقل موقع المدينة عن مصدر طبي قوله إن 6 مدنيين قتلوا.", "مصدر طبي"),
        ("ونقل مراسل الإذاعة عن مصادر أهلية أن 40 عائلة نزحت.", "مصادر أهلية"),
        # ... also when the relaying outlet is in the glossary (AFP)
        ("ونقلت “فرانس برس”عن مصدر عسكري كردي قوله إن 20 دورية تراجعت.", "مصدر عسكري كردي"),
        # after any other verb "عن" opens what was said, not who said it
        ("وأفادت مصادر محلية عن مقتل 3 رعاة.", "مصادر محلية"),
        ("قتلت غارة 8 مقاتلين، حسبما أفاد مرصد الحرب يوم الجمعة.", "مرصد الحرب"),
        # a noun ending in ة is no speech verb with a pronoun ("إضافةً" is not "أضافه")
        ("قتل 4 مدنيين إضافةً لجرح 9 آخرين.", None),
        ("سقط 2 قتلى في قرية تابعة للناحية.", None),
        # a verb never takes tanween; "تابع" before a "لـ" word is "affiliated to"
        ("وبحسب مصدر محلي، استهدفت الغارة موقعاً تابعاً لفصيل مسلح وقتلت 5 عناصر.", "مصدر محلي"),
        ("وبحسب مصدر محلي، استهدفت الغارة موقعا تابعا لفصيل مسلح وقتلت 5 عناصر.", "مصدر محلي"),
        # the count is not who counted: its owner is, when the words name one
        ("ويضم المخيم نحو 50 ألف شخص، بحسب إحصائية لإدارة المخيم.", "إدارة المخيم"),
        ("وقتل 6 أشخاص وفق حصيلة أولية لمنظمة محلية.", "منظمة محلية"),
        ("وتضم القرى 900 عائلة، بحسب إحصائيات الأمم المتحدة.", "الأمم المتحدة"),
        ("ووفق آخر إحصائية، يضم المخيم 4,000 شخص.", None),
        ("وأوردت حصيلة أدنى مع إعلانها مقتل 3 من عناصرها.", None),
        # what a verb of describing calls something is no source ('وصفته بـ"الإرهابي"')
        ("وقتل 4 عناصر بهجوم وصفته بـ”الإرهابي” على الحاجز.", None),
        ('وقتل 4 عناصر بهجوم وصفته ب"الإرهابي" على الحاجز.', None),
    ],
)
def test_who_relays_and_what_is_no_speech_verb(text: str, source: str | None) -> None:
    found = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert found and all(f.source == source and f.reported_by is None for f in found)


def test_according_to_the_statement_is_the_body_that_issued_it() -> None:
    article = make_article(
        "وذكرت الأسايش في بيان أن الحريق اندلع في السوق.",
        "وأسفر الحريق عن إصابة 5 أشخاص، بحسب البيان.",
    )
    [found] = figures.find_figures(article, RECOGNISER, NAMES)
    assert (found.value, found.reported_by) == (5, "asayish")
    # with nobody named before, the words stay as the sentence gives them
    alone = make_article("وأسفر الحريق عن إصابة 5 أشخاص، بحسب البيان.")
    [found] = figures.find_figures(alone, RECOGNISER, NAMES)
    assert (found.reported_by, found.source) == (None, "البيان")


def test_the_same_sources_are_the_ones_named_before() -> None:
    """ "وأضافت المصادر نفسها أن ...": the sources the sentence before named gave the count."""
    article = make_article(
        "وقالت مصادر محلية لوكالة الأناضول إن التفجير وقع قرب السجن.",
        "وأضافت المصادر نفسها أن التفجير أسفر عن جرح 3 عناصر.",
    )
    [found] = figures.find_figures(article, RECOGNISER, NAMES)
    assert (found.value, found.source) == (3, "مصادر محلية")


def test_a_body_a_source_is_close_to_is_not_the_source() -> None:
    """ "وكالة X المقربة من قسد": the agency gave the number; the SDF only describes it."""
    text = 'وذكرت وكالة "النهار" المقربة من قوات سوريا الديمقراطية أن 8 عناصر قتلوا.'
    [found] = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert (found.reported_by, found.source) == (None, 'وكالة "النهار"')
    text = "وقالت مصادر تابعة للأسايش إن 3 عناصر أصيبوا."
    [found] = figures.find_figures(make_article(text), RECOGNISER, NAMES)
    assert (found.reported_by, found.source) == (None, "مصادر")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # martyrdom and "قضى" words are deaths, as "مقتل" is
        ("أسفر القصف عن استشهاد 6 مدنيين.", [("killed", 6, None)]),
        ("أدى الانفجار لاستشهاد ثلاث نساء.", [("killed", 3, None)]),
        ("قضى 4 أشخاص في الحريق.", [("killed", 4, None)]),
        ("ارتفع عدد الشهداء إلى 9 شهداء.", [("killed", 9, None)]),
        ("فقدت 5 فتيات حياتهن في الحادث.", [("killed", 5, None)]),
        # a list of people goes on with the kind of the count it starts from
        (
            "قتل 20 شخصاً بينهم تسعة مدنيين و4 جنود.",
            [("killed", 20, None), ("killed", 9, None), ("killed", 4, None)],
        ),
        # "no fewer than" stands between the verb and the count, and stays in the span
        ("وأصيب ما لا يقل عن 12 آخرين.", [("injured", 12, None)]),
        ("دمرت الغارة 3 شاحنات ودراجتين.", [("vehicles", 3, None)]),
        # the plural noun counted before the number: "عدد القتلى إلى 7 عناصر"
        ("ليرتفع عدد القتلى لاحقا الى 7 عناصر.", [("killed", 7, None)]),
        ("وارتفعت حصيلة الجرحى إلى 20 شخصا.", [("injured", 20, None)]),
        # but not across a clause, nor from a count that is not a casualty
        ("وصلت 3 سيارات وفيها 4 أطفال.", [("vehicles", 3, None), ("other-count", 4, None)]),
    ],
)
def test_deaths_by_other_words_and_lists_of_people(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert values(text) == expected


def test_counts_are_a_sentences_figures_without_their_sources() -> None:
    """What other stages compare across reports (eval/group_counts.py): kind, value and a
    range's upper end, no day, year or ordinal, and no recogniser needed."""
    text = "أفرج عن 469 شخصاً يوم الخميس 3 نيسان 2025 ضمن الدفعة الـ29، وقتل خمسة أو ستة عناصر"
    assert figures.counts(text) == [("other-count", 469, None), ("killed", 5, 6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل 15 شخصاً بينهم تسعة مدنيين و4 جنود في التفجير.",
        "قتل 15 شخصاً، بينهم تسعة مدنيين وأربعة جنود، في التفجير.",
        "مقتل 15 شخصاً منهم 9 مدنيين و4 جنود.",
    ],
)
def test_counts_among_a_total_are_parts_that_disagree_with_nobody(sentence: str) -> None:
    """ "بينهم تسعة مدنيين و4 جنود" counts some of the 15: another report's 15 agrees with
    this one, and its 9 is no third toll."""
    found = figures.find_figures(make_article(sentence), RECOGNISER, NAMES)
    assert [(f.kind, f.value, f.part) for f in found] == [
        ("killed", 15, False),
        ("killed", 9, True),
        ("killed", 4, True),
    ]
    other = dataclasses.replace(found[0], article="other", reported_by="sdf")
    assert figures.conflicts([*found, other]) == []
    # a different total still disagrees, with the total only
    [conflict] = figures.conflicts([*found, dataclasses.replace(other, value=17)])
    assert sorted(f.value for f in conflict.figures) == [15, 17]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل 61 عنصراً و16 من التنظيم و5 مدنيين.",  # added to the total, not among it
        "قتل 5 أشخاص بينهم 9 مدنيين.",  # more than the total: not some of it
        "قتل 12 شخصاً، وأصيب 5 بينهم 3 أطفال.",  # among the injured, not the dead
    ],
)
def test_a_count_is_a_part_only_when_it_is_among_a_smaller_total_of_its_kind(
    sentence: str,
) -> None:
    found = figures.find_figures(make_article(sentence), RECOGNISER, NAMES)
    killed = [f for f in found if f.kind == "killed"]
    assert killed and not any(f.part for f in killed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and the wounded in one count are neither count
        ("أسفر عن مقتل وإصابة ما لا يقل عن 70 شخصاً.", [("other-count", 70, None)]),
        ("قال إن الجيش قتل أو أصاب 16 مقاتلاً.", [("other-count", 16, None)]),
        ("انفجارات تسفر عن 70 قتيلاً وجريحاً.", [("other-count", 70, None)]),
        # two counts, each with its own verb: a dual verb has its own subject
        ("إن عنصرين قتلا وأصيب ثمانية.", [("injured", 8, None)]),
        # whom they belong to stands between the people and what happened to them
        ("إن 11 عنصراً من قوات النظام السوري قُتلوا.", [("killed", 11, None)]),
        # a number word after the people counted
        ("أدى إلى إصابة مدنيين اثنين بجروح.", [("injured", 2, None)]),
        # "وأكثر من" with its "و" glued, in a list of the dead
        ("قتل تسعة عناصر وأكثر من 17 عنصراً.", [("killed", 9, None), ("killed", 17, None)]),
        ("راح ضحية العملية الانتحارية 16 شخصاً.", [("killed", 16, None)]),
        # a victim of something else, and a wound only right before the number
        ("وقع ضحية الاختطاف 12 طفلاً.", [("other-count", 12, None)]),
        ("أصاب المرض 20 شخصاً.", [("other-count", 20, None)]),
        ("ما أودى بحياة شخصين وأصاب 6 أشخاص.", [("killed", 2, None), ("injured", 6, None)]),
    ],
)
def test_counts_of_the_dead_and_the_wounded_by_how_reports_give_them(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("قتل 15 شخصاً.", None),
        ("ارتفع عدد القتلى إلى سبعة قتلى.", None),
        ("قتل ستة مدنيين.", "civilians"),
        ("قتل 7 من قوات المهام الخاصة.", "fighters"),
        ("وأصيب 18 آخرون من القوات الحليفة.", "fighters"),
        ("قالت إن ستة من مقاتليها قتلوا.", "fighters"),
        ("قتل 16 على الأقل من عناصر التنظيم.", "fighters"),
        ("قتل 15 مسلحاً من الفصائل.", "fighters"),
        ("أكدت مقتل أربعة أميركيين.", figures.NAMED_GROUP),
        ("أكدت مقتل 3 أمريكيين.", figures.NAMED_GROUP),  # one group, however it is spelt
        ("مقتل 5 أفراد من عائلة واحدة.", None),  # members of a family are no fighters
        # "others" of the total's kind are more people; "من" says whom
        ("قتل 5 مدنيين، وفي حلب قتل 3 آخرون من عناصر الجيش.", "fighters"),
        ("قتل 5 مدنيين، وفي حلب قتل 3 آخرون.", None),
    ],
)
def test_whom_a_count_of_people_counts(text: str, counted: str | None) -> None:
    assert figures_of(text)[-1].counted == counted


def test_the_others_injured_are_of_the_total_and_not_of_a_part_of_it() -> None:
    found = figures_of("قتل 6 عناصر بينهم 3 مدنيين، كما أصيب 4 آخرين.")
    assert [(f.value, f.part, f.counted) for f in found] == [
        (6, False, "fighters"),
        (3, True, "civilians"),
        (4, False, "fighters"),
    ]


def _killed(value: int, counted: str | None, article: str) -> Figure:
    return Figure(article, f"{article}-p1-s1", "killed", value, str(value), None, None,
                  counted=counted)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        ((15, None), (4, "civilians"), False),  # four civilians can be some of 15 people
        ((6, None), (7, "fighters"), True),  # seven fighters cannot be some of six people
        ((9, "civilians"), (12, "fighters"), False),  # two groups, two numbers
        ((6, "fighters"), (7, "fighters"), True),
        ((6, None), (7, None), True),
    ],
)
def test_counts_of_different_people_disagree_only_when_a_group_outnumbers_the_total(
    a: tuple[int, str | None], b: tuple[int, str | None], disagree: bool
) -> None:
    pair = [_killed(*a, article="one"), _killed(*b, article="two")]
    assert bool(figures.conflicts(pair)) is disagree
