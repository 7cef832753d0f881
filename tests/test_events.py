"""Event briefings: grouping, dates, key points, figures, open data and feeds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from generator import analyse, build, glossary, translate
from generator.build import Project
from generator.model import Article, Event, TranslatedArticle
from generator.translate import tm
from tests import sitecheck
from tests.conftest import FOUNDING_PROJECT as PROJECT
from tests.conftest import REPO, copy_project

SCHEMA = json.loads((REPO / "generator" / "schemas" / "events.schema.json").read_text("utf-8"))


def _articles() -> list[TranslatedArticle]:
    return translate.attach(build.read_articles(PROJECT), tm.load(PROJECT.seeds_dir))


def _events(articles: list[TranslatedArticle]) -> list[Event]:
    return analyse.analyse(articles, glossary.load(PROJECT.seeds_dir))


def _membership(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(a.id[:3] for a in e.articles) for e in events}


def _copy(item: TranslatedArticle, new_id: str, **meta: object) -> TranslatedArticle:
    """The same article under another id (sentence ids follow), e.g. on another day."""
    old = item.article
    paragraphs = tuple(
        dataclasses.replace(
            p,
            sentences=tuple(
                dataclasses.replace(s, id=s.id.replace(old.id, new_id)) for s in p.sentences
            ),
        )
        for p in old.paragraphs
    )
    new_meta = dataclasses.replace(old.meta, id=new_id, **meta)
    return TranslatedArticle(article=Article(meta=new_meta, paragraphs=paragraphs))


def prepare_text(meta: object, body: str) -> Article:
    from generator import clean, segment
    from generator.model import Seed

    seed = Seed(
        path=Path("x.md"), meta=meta, body=f"عنوان الخبر في هذا التقرير\n{body}\n", body_line=1
    )  # type: ignore[arg-type]
    return segment.segment(seed.meta, clean.clean(seed))


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    return _events(_articles())


def test_the_five_seeds_give_four_events(seed_events: list[Event]) -> None:
    """000 (cooperation resumed, 6 Nov 2019) and 004 (a meeting on 11 Nov) are two
    happenings six days apart: the fitted thresholds (eval/fit_grouping.py) keep apart
    reports more than a day apart unless they say nearly the same thing."""
    assert _membership(seed_events) == {
        frozenset({"002", "003"}),
        frozenset({"001"}),
        frozenset({"000"}),
        frozenset({"004"}),
    }


def test_event_dates_are_when_things_happened(seed_events: list[Event]) -> None:
    by_members = {frozenset(a.id[:3] for a in e.articles): e for e in seed_events}
    patrols = by_members[frozenset({"002", "003"})]
    assert (patrols.date, patrols.date_end) == (dt.date(2022, 12, 2), dt.date(2022, 12, 3))
    for member in ("000", "004"):
        event = by_members[frozenset({member})]
        assert event.date is not None and (event.date.year, event.date.month) == (2019, 11)
    assert by_members[frozenset({"001"})].date == dt.date(2021, 8, 1)


def test_key_points_are_three_to_seven_source_sentences(seed_events: list[Event]) -> None:
    for event in seed_events:
        assert 3 <= len(event.key_points) <= 7, event.id
        for point in event.key_points:
            sentence_ids = {s.id for s in event.article(point.article).article.sentences}
            assert point.sentence in sentence_ids
            assert point.citations[0].article == point.article
            for citation in point.citations:
                cited = {s.id for s in event.article(citation.article).article.sentences}
                assert citation.sentence in cited
    patrols = next(
        e for e in seed_events if len(e.articles) == 2 and e.date and e.date.year == 2022
    )
    assert any(len(p.citations) > 1 for p in patrols.key_points), "shared points cite each outlet"


def test_the_first_key_point_is_a_lead_and_no_two_points_say_the_same(
    seed_events: list[Event],
) -> None:
    from generator.analyse import similarity

    for event in seed_events:
        first = event.key_points[0].sentence
        assert first.split("-")[-2:] == ["p1", "s1"], event.id
        texts = {s.id: similarity.terms(s.ar) for a in event.articles for s in a.article.sentences}
        frequencies, total = similarity.document_frequencies(texts.values())
        vectors = [
            similarity.vector(texts[p.sentence], frequencies, total) for p in event.key_points
        ]
        for i, a in enumerate(vectors):
            for b in vectors[i + 1 :]:
                assert similarity.cosine(a, b) < 0.9, event.id  # no near-identical pair


def test_004_shows_both_casualty_counts_with_their_sources(seed_events: list[Event]) -> None:
    event = next(e for e in seed_events if any(a.id.startswith("004") for a in e.articles))
    killed = {c.kind: {(f.value, f.reported_by) for f in c.figures} for c in event.conflicts}
    assert killed["killed"] == {(5, "asayish"), (6, "qamishli-health-directorate")}
    assert killed["injured"] == {(26, "asayish"), (47, "qamishli-health-directorate")}


def test_articles_months_apart_are_different_events_even_with_the_same_words() -> None:
    articles = _articles()
    original = next(a for a in articles if a.id.startswith("002"))
    later = _copy(original, "900-later", published=dt.date(2023, 4, 2))
    events = _events([*articles, later])
    assert frozenset({"900"}) in _membership(events)


def test_a_same_week_report_of_the_same_story_joins_its_event() -> None:
    articles = _articles()
    original = next(a for a in articles if a.id.startswith("003"))
    follow_up = _copy(original, "900-follow-up", published=dt.date(2022, 12, 4))
    assert frozenset({"002", "003", "900"}) in _membership(_events([*articles, follow_up]))


def test_adding_an_unrelated_article_keeps_every_event_id(seed_events: list[Event]) -> None:
    articles = _articles()
    unrelated = _copy(
        next(a for a in articles if a.id.startswith("001")), "900-unrelated",
        published=dt.date(2024, 6, 1),
    )  # fmt: skip
    ids = {e.id for e in _events([*articles, unrelated])}
    assert {e.id for e in seed_events} <= ids


def test_undated_article_joins_only_on_strong_evidence() -> None:
    articles = _articles()
    copy = _copy(next(a for a in articles if a.id.startswith("003")), "900-undated", published=None)
    memberships = _membership(_events([*articles, copy]))
    assert frozenset({"002", "003", "900"}) in memberships  # the same text: strong evidence
    other = dataclasses.replace(articles[0].article.meta, id="901-x", published=None, event=None)
    unrelated = TranslatedArticle(
        article=prepare_text(
            other, "موسم القمح في الحسكة جيد هذا العام، وفق مزارعين تحدثوا عن الأمطار والأسعار."
        )
    )
    assert frozenset({"901"}) in _membership(_events([*articles, unrelated]))


def test_front_matter_event_wins() -> None:
    articles = _articles()
    forced = [
        _copy(a, a.id, event="manual-grouping") if a.id[:3] in ("001", "004") else a
        for a in articles
    ]
    events = _events(forced)
    manual = next(e for e in events if e.id == "manual-grouping")
    assert {"001", "004"} <= {a.id[:3] for a in manual.articles}  # 000 may join 004 there


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("events-site") / "project")
    build.generate(project)
    build.publish(project, strict=True)
    return project.site_dir


def test_events_json_validates_against_the_committed_schema(site: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    count = 0
    for path in sitecheck.data_files(site / "data", "events.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, SCHEMA)
        count += len(data["events"])
    assert count == 4
    assert json.loads((site / "data" / "events.schema.json").read_text("utf-8")) == SCHEMA


def test_every_citation_on_every_event_page_lands_on_a_sentence_anchor(site: Path) -> None:
    checked = 0
    for page in sorted(site.glob("**/events/*/index.html")):
        parsed = sitecheck.parse(page)
        for link in parsed.links:
            if "/sources/" in link and "#" in link:
                checked += 1
        assert [p for p in sitecheck.broken_links(site) if "/events/" in p.split(":")[0]] == []
    assert checked >= 3 * 3 * 2


def test_event_page_shows_the_disagreeing_figures_side_by_side(site: Path) -> None:
    page = next(site.glob("events/004-*/index.html"))
    text = sitecheck.text_of(page)
    assert "Sources disagree: Killed" in text and "Sources disagree: Injured" in text
    assert "Internal Security Forces (Asayish)" in text
    assert "Qamishli Health Directorate" in text


def test_atom_feeds_list_every_event_in_each_language(site: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for feed, lang in ((site / "feed.xml", "en"), (site / "ar" / "feed.xml", "ar")):
        root = ET.parse(feed).getroot()
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        entries = root.findall("a:entry", ns)
        assert len(entries) == 4
        for entry in entries:
            href = entry.find("a:link", ns).get("href")  # type: ignore[union-attr]
            assert (feed.parent / href / "index.html").is_file()


def test_entity_pages_list_their_events(site: Path) -> None:
    text = sitecheck.text_of(site / "entities" / "mustafa-bali" / "index.html")
    assert "Mustafa Bali" in text and "Person" in text
    arabic = sitecheck.text_of(site / "ar" / "entities" / "mustafa-bali" / "index.html")
    assert "مصطفى بالي" in arabic


def test_an_undated_article_is_dated_by_a_full_date_in_its_lead() -> None:
    articles = _articles()
    meta = dataclasses.replace(articles[0].article.meta, id="902-undated", published=None)
    dated = TranslatedArticle(
        article=prepare_text(meta, "استأنف التحالف الدولي دورياته يوم الجمعة 2 كانون الأول 2022.")
    )
    event = next(e for e in _events([*articles, dated]) if dated in e.articles)
    assert event.date == dt.date(2022, 12, 2)


FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_new_reports_join_their_event_and_same_week_happenings_stay_apart(
    project: Project,
) -> None:
    """Through `briefing new`'s code path: files in, events out."""
    from generator import seeds

    new_ids = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        published = "-".join(path.stem.split("-")[-3:])
        seed_path = seeds.new_seed(project.seeds_dir, path, outlet="rudaw", published=published)
        new_ids[path.stem.rsplit("-", 3)[0]] = seed_path.stem[:3]
    articles = translate.attach(build.read_articles(project), tm.load(project.seeds_dir))
    memberships = _membership(analyse.analyse(articles, glossary.load(project.seeds_dir)))
    assert frozenset({"002", "003", new_ids["patrols-resume"]}) in memberships
    assert frozenset({new_ids["drone-strike-kobani"]}) in memberships  # a day before
    assert frozenset({new_ids["austin-akar-call"]}) in memberships  # recalled as background
    assert frozenset({new_ids["qamishli-bombings"]}) in memberships  # 004 recalls it
    assert {frozenset({"000"}), frozenset({"004"})} <= memberships


def test_the_event_day_is_the_first_day_reported_not_the_evening_before() -> None:
    """ "وقّع الشرع مساء اليوم الأحد ... رغم دعوة أصدرتها القيادة مساء السبت": Sunday."""
    from generator.analyse import events

    meta = dataclasses.replace(
        _articles()[0].article.meta, id="903-x", published=dt.date(2026, 1, 18)
    )
    article = prepare_text(
        meta,
        "وقع الرئيس اتفاقاً لوقف إطلاق النار مساء اليوم الأحد.\n"
        "وجاء ذلك رغم دعوة صدرت في بيان مساء السبت.",
    )
    mentions = analyse.find_all_dates([TranslatedArticle(article=article)])
    assert events.reported_span(article, mentions) == (dt.date(2026, 1, 18), dt.date(2026, 1, 18))


def _report(new_id: str, published: dt.date | None, body: str) -> TranslatedArticle:
    meta = dataclasses.replace(_articles()[0].article.meta, id=new_id, published=published)
    return TranslatedArticle(article=prepare_text(meta, body))


_STRIKE = (
    "قصفت طائرة مسيرة تركية قرية الحفل في ريف القامشلي {day} كانون الثاني 2026، ما أدى إلى "
    "مقتل ثلاثة مدنيين وإصابة آخرين، بحسب مصادر محلية في قوات سوريا الديمقراطية."
)


@pytest.mark.parametrize(("days", "together"), [((16, 16), True), ((14, 16), False)])
def test_reports_naming_days_two_or_more_apart_are_different_happenings(
    days: tuple[int, int], together: bool
) -> None:
    """The same words about the same village: one event only when they name one day."""
    published = dt.date(2026, 1, 16)
    a = _report("905-a", published, _STRIKE.format(day=days[0]))
    b = _report("906-b", published, _STRIKE.format(day=days[1]))
    memberships = _membership(_events([*_articles(), a, b]))
    assert (frozenset({"905", "906"}) in memberships) is together


def test_the_lead_gives_places_after_a_place_noun_and_kinds_of_act() -> None:
    from generator.analyse import events

    item = _report(
        "907-x",
        dt.date(2026, 1, 16),
        "وقّع الطرفان اتفاقاً لتبادل الأسرى في مدينة حلب.\nوكانت اشتباكات قد اندلعت في الشهر الماضي.",
    )
    profile = events.profile(item, analyse.find_all_dates([item]), {})
    assert profile.places == frozenset({"حلب"})  # not "الماضي": not a place noun's name
    assert {"accord", "release"} <= profile.kinds
    assert "clash" not in profile.kinds  # paragraph 2 is not the lead


@pytest.mark.parametrize(
    ("lead", "act", "not_kinds"),
    [
        ("استأنف التحالف الدولي دورياته بعد تعليقها جراء القصف.", "resumption", ()),
        ("أعلنت قوات سوريا الديمقراطية وقف كل العمليات المشتركة.", "halt", ()),
        ("وقّع الطرفان اتفاقاً لوقف إطلاق النار في المدينة.", "accord", ("halt",)),
        ("الجيش يسيطر على مطار الطبقة العسكري.", "control", ()),
        ("قالت وزارة الخارجية إن القصف طال المنطقة الخاضعة لسيطرة قسد.", "strike",
         ("meeting", "control")),
        ("أدانت الخارجية الاتفاق الموقع مع الشركة.", "condemnation", ()),
        ("علّقت قوات سوريا الديمقراطية عملياتها المشتركة مع التحالف.", "halt", ()),
        ("وفي تعليق له على القصف قال المتحدث إن القوات ردت.", "strike", ("halt",)),
    ],
)  # fmt: skip
def test_the_first_sentence_opens_on_the_act_it_reports(
    lead: str, act: str, not_kinds: tuple[str, ...]
) -> None:
    """What happened comes first; a ministry is no visit, "under X's control" no capture,
    a ceasefire no halt."""
    from generator.analyse import events

    item = _report("910-x", dt.date(2026, 1, 16), lead)
    profile = events.profile(item, analyse.find_all_dates([item]), {})
    assert profile.act == act
    assert not set(not_kinds) & profile.kinds


def test_a_lead_sentence_that_gives_context_names_no_place_or_act_of_the_report() -> None:
    """ "ويأتي ذلك في ظل ..." and "وكان ... قد" tell what else happened: the airport taken the
    day before is not where the accord was signed."""
    from generator.analyse import events

    item = _report(
        "915-x",
        dt.date(2026, 1, 18),
        "وقّع الرئيس اتفاقاً مع قائد قوات سوريا الديمقراطية. ويأتي ذلك بعد أن سيطر الجيش "
        "على مطار الطبقة. وكان الجيش قد دخل بلدة رطلة.",
    )
    profile = events.profile(item, analyse.find_all_dates([item]), {})
    assert profile.act == "accord"
    assert profile.kinds == frozenset({"accord"})
    assert not profile.places


def test_a_halt_and_a_resumption_the_same_day_are_told_apart() -> None:
    from generator.analyse import events

    day = dt.date(2022, 12, 2)
    halt = _report("911-a", day, "أعلنت قوات سوريا الديمقراطية اليوم وقف الدوريات المشتركة.")
    resume = _report("912-b", day, "استأنفت قوات سوريا الديمقراطية اليوم الدوريات المشتركة.")
    profiles = analyse.profiles([halt, resume], {})
    features = events.Scorer(profiles, {}).features(*profiles)
    assert features["act_conflict"] == 1.0
    assert features["kind_conflict"] == 0.0  # both are about patrols


def test_a_pair_with_an_undated_report_is_marked_and_reads_no_gap() -> None:
    """An undated report is compared with events of any time: the pair says so, whatever
    the other report's date, and its unknown gap is 0 as a same-day pair's is."""
    from generator.analyse import events

    lead = "قصفت طائرة مسيرة قرية الحفل في ريف القامشلي، ما أدى إلى مقتل مدنيين."
    one = _report("916-a", dt.date(2024, 3, 1), lead)
    two = _report("917-b", dt.date(2024, 3, 2), lead)
    undated = _copy(_report("918-c", dt.date(2024, 3, 1), lead), "918-c", published=None)
    profiles = analyse.profiles([one, two, undated], {})
    scorer = events.Scorer(profiles, {})
    dated_pair = scorer.features(profiles[0], profiles[1])
    undated_pair = scorer.features(profiles[0], profiles[2])
    assert dated_pair["undated"] == 0.0
    assert undated_pair["undated"] == 1.0 and undated_pair["gap"] == 0.0
    assert scorer.features(profiles[2], profiles[0]) == undated_pair  # symmetric


@pytest.mark.parametrize(("weekday", "together"), [("السبت", True), ("الأحد", False)])
def test_an_undated_report_naming_a_weekday_joins_only_an_event_on_that_weekday(
    weekday: str, together: bool
) -> None:
    """Without a publication date, "يوم الأحد" is the one clue to the day: a report of
    Sunday never joins an event of Saturday 17 January 2026, however alike the words."""
    body = (
        "قصفت طائرة مسيرة تركية قرية الحفل في ريف القامشلي يوم {day}، ما أدى إلى مقتل ثلاثة "
        "مدنيين وإصابة آخرين، بحسب مصادر محلية في قوات سوريا الديمقراطية."
    )
    dated = _report("913-a", dt.date(2026, 1, 17), body.format(day="السبت"))
    undated = _report("914-b", dt.date(2026, 1, 17), body.format(day=weekday))
    undated = _copy(undated, "914-b", published=None)
    memberships = _membership(_events([*_articles(), dated, undated]))
    assert (frozenset({"913", "914"}) in memberships) is together


def test_the_shipped_pair_model_never_counts_evidence_of_two_happenings_for_a_join() -> None:
    from generator.analyse import events

    model = events.pair_model()
    # every feature but those a model fitted before them may leave out (weighed 0): the lead
    # embedding (session 24) and the weekday conflict (session 25)
    optional = {"embedding", "weekday_conflict"}
    assert set(events.FEATURES) - optional <= set(model.weights) <= set(events.FEATURES)
    assert model.weights.get("embedding", 0.0) >= 0  # similar leads: never against a join
    assert model.weights.get("weekday_conflict", 0.0) <= 0  # days apart: never for a join
    for name in ("gap", "day_apart", "place_conflict", "kind_conflict", "act_conflict"):
        assert model.weights[name] <= 0, name
    assert model.weights["undated"] <= 0  # compared across all time: never a reason to join
    for name in ("text", "names", "quote", "place_shared", "kind_shared"):
        assert model.weights[name] >= 0, name
    assert 0 < model.join.dated < 1 and 0 < model.join.undated < 1


def test_an_event_takes_the_day_its_reports_name_over_a_publication_date() -> None:
    """One report names no day (its publication date stands in), the other names Friday:
    the event is dated Friday, not the earlier publication date."""
    body = (
        "قصفت طائرة مسيرة تركية قرية الحفل في ريف القامشلي{when}، ما أدى إلى مقتل ثلاثة "
        "مدنيين وإصابة آخرين، بحسب مصادر محلية في قوات سوريا الديمقراطية."
    )
    unnamed = _report("908-a", dt.date(2026, 1, 15), body.format(when=""))
    named = _report("909-b", dt.date(2026, 1, 17), body.format(when=" أمس الجمعة"))
    event = next(e for e in _events([*_articles(), unnamed, named]) if named in e.articles)
    assert unnamed in event.articles
    assert event.date == dt.date(2026, 1, 16)


_EXCHANGE = (
    "تبادلت الحكومة وقوات سوريا الديمقراطية أكثر من 400 سجين{when} في مدينة حلب، في إطار "
    "اتفاق بين الطرفين لتخفيف التوتر، وقال نائب المحافظ إن العملية تمت بنجاح."
)


@pytest.mark.parametrize(("when", "joins"), [(" يوم الاثنين", True), (" يوم الثلاثاء", False)])
def test_an_undated_report_joins_only_an_event_on_the_weekday_it_names(
    when: str, joins: bool
) -> None:
    """The event fell on Monday 2 June 2025: an undated copy saying "on Tuesday" reports
    another day, whatever its words share."""
    dated = _report("910-a", dt.date(2025, 6, 2), _EXCHANGE.format(when=" اليوم الاثنين"))
    undated = _report("911-b", None, _EXCHANGE.format(when=when))
    memberships = _membership(_events([*_articles(), dated, undated]))
    assert (frozenset({"910", "911"}) in memberships) is joins


def test_an_event_is_dated_by_the_day_most_of_its_reports_name() -> None:
    """Two reports name Monday, one names the Sunday before (a recalled day read as the
    happening's): the event is Monday's, not the earliest day named."""
    from generator.analyse import events

    def member(name: str, named: dt.date) -> events.Profile:
        item = _report(name, named, _EXCHANGE.format(when=""))
        return dataclasses.replace(
            events.profile(item, {}, {}), start=named, end=named, named=named
        )

    monday, sunday = dt.date(2025, 6, 2), dt.date(2025, 6, 1)
    three = [member("912-a", monday), member("913-b", sunday), member("914-c", monday)]
    assert events.event_day(three) == monday
    tied = [member("915-a", monday), member("916-b", sunday)]
    assert events.event_day(tied) == sunday  # a tie: the earliest of the most named


def test_a_copy_counts_yesterday_from_its_dateline_not_from_its_publication() -> None:
    """A wire report dated Thursday 20 January, carried by a site on Saturday 22: its
    "مساء أمس" is Wednesday 19, the day before the dateline."""
    from generator.analyse import events

    body = (
        "القامشلي – 20 كانون الثاني 2022 – قصفت طائرة مسيرة تركية قرية الحفل مساء أمس، "
        "ما أدى إلى مقتل ثلاثة مدنيين."
    )
    copy = _report("917-x", dt.date(2022, 1, 22), body)
    mentions = analyse.find_all_dates([copy])
    assert events.named_day(copy.article, mentions) == dt.date(2022, 1, 19)
    same_day = _report("918-y", dt.date(2022, 1, 20), body)
    assert events.named_day(same_day.article, analyse.find_all_dates([same_day])) == dt.date(
        2022, 1, 19
    )


def test_an_undated_member_votes_for_the_day_of_the_weekday_it_names() -> None:
    """One report names Saturday, one Sunday; an undated copy says "الأحد": Sunday."""
    from generator.analyse import events

    saturday, sunday = dt.date(2026, 1, 17), dt.date(2026, 1, 18)
    item = _report("919-a", saturday, _EXCHANGE.format(when=""))
    dated = [
        dataclasses.replace(events.profile(item, {}, {}), start=day, end=day, named=day)
        for day in (saturday, sunday)
    ]
    undated = dataclasses.replace(
        dated[0], start=None, end=None, named=None, weekdays=frozenset({sunday.weekday()})
    )
    assert events.event_day(dated) == saturday  # a tie: the earliest
    assert events.event_day([*dated, undated]) == sunday


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # The statement's day, then the happening the day before in the same sentence.
        ("أعلن الدفاع المدني، اليوم الأحد، أنه أخمد حريقاً اندلع مساء أمس السبت في السوق.", 6),
        # ... or in the next sentence.
        ("قال رئيس البلدية اليوم الأحد إن الجسر انهار. وأوضح أن الانهيار وقع أمس السبت.", 6),
        # A day named without anyone speaking on it stays the happening's day.
        ("اندلع حريق في السوق اليوم الأحد بعد احتجاج نظمه التجار أمس السبت.", 7),
        # Two days back in the same sentence is another happening, not the one the
        # statement reports.
        ("أعلن الدفاع المدني، اليوم الأحد، أنه أنهى عمله بعد حريق يوم الجمعة.", 7),
        # The next sentence, telling when the reported act took place, may go back two days.
        ("أعلن الجيش، اليوم الأحد، عن مقتل قيادي في غارة.\n\nونفذت القوات الغارة يوم الجمعة.", 5),
        # ... but not three.
        ("أعلن الجيش، اليوم الأحد، عن مقتل قيادي في غارة.\n\nونفذت القوات الغارة يوم الخميس.", 7),
        # An announced noun, no "that": the strike the announcement reports, the day before.
        ("أعلنت الوحدات الكردية، الأحد، مقتل قياديتين بقصف استهدف مبنى في المدينة، السبت.", 6),
        # A day named after "that" is the happening's own, the first the report names.
        ("أعلن المرصد أن الطائرات قصفت المدينة الأحد بعد غارة السبت.", 7),
    ],
)
def test_a_statement_day_gives_way_to_the_day_before_it_reports(body: str, day: int) -> None:
    from generator.analyse import events

    item = _report("931-s", dt.date(2021, 3, 7), body)
    mentions = analyse.find_all_dates([item])
    assert events.named_day(item.article, mentions) == dt.date(2021, 3, day)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # "الخميس الماضي" recalls the attack; the article's own day is "امس الأحد".
        (
            "تجددت الاشتباكات مع عناصر التنظيم الفارين من السجن الخميس الماضي.\n\n"
            "وأكدت قسد، امس الأحد، أنها سيطرت على السجن.",
            23,
        ),
        # A weekday of last week the article names alone still dates it.
        ("أعلنت قسد أنها سيطرت على السجن الخميس الماضي.", 20),
    ],
)
def test_a_weekday_said_to_be_last_weeks_gives_way_to_the_reports_own_day(
    body: str, day: int
) -> None:
    from generator.analyse import events

    item = _report("933-r", dt.date(2022, 1, 23), body)
    mentions = analyse.find_all_dates([item])
    assert events.named_day(item.article, mentions) == dt.date(2022, 1, day)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # Published twelve days later, with no day of the week before: the day in digits.
        ("افتتحت البلدية الجسر الجديد يوم السبت 6 آذار 2021 بحضور الأهالي.", dt.date(2021, 3, 6)),
        # A day within the week before publication still comes first.
        (
            "أعلن المجلس أمس الخميس افتتاح الجسر الذي بدأ العمل فيه في 6 آذار.",
            dt.date(2021, 3, 18),
        ),
        # Older than a month: background, the publication date stands in.
        ("افتتحت البلدية الجسر الجديد في 6 كانون الثاني 2021.", None),
    ],
)
def test_a_report_written_up_weeks_later_keeps_the_day_it_writes_out(
    body: str, day: dt.date | None
) -> None:
    from generator.analyse import events

    item = _report("932-l", dt.date(2021, 3, 19), body)
    mentions = analyse.find_all_dates([item])
    assert events.named_day(item.article, mentions) == day


_ANNOUNCED = (
    "أعلن الجيش الأمريكي مقتل قيادي في تنظيم داعش في ضربة جوية نفذها{when} في محافظة دير "
    "الزور شرقي سوريا، وأسفرت عن مقتل اثنين من عناصر التنظيم بحسب بيان القيادة المركزية."
)


def test_a_day_and_month_without_a_year_dates_an_undated_pair_in_the_dated_reports_year() -> None:
    """An undated report that writes "في 19 كانون الأول" with no year is scored with a report
    of Thursday 19 December 2024 as two dated reports of the same day (no gap, not an undated
    pair), and with a report of 23 October as reports two months apart."""
    from generator.analyse import events

    december = _report("920-a", dt.date(2024, 12, 19), _ANNOUNCED.format(when=" اليوم الخميس"))
    october = _report("921-b", dt.date(2024, 10, 23), _ANNOUNCED.format(when=" اليوم الأربعاء"))
    undated = _report("922-c", None, _ANNOUNCED.format(when=" في 19 كانون الأول/ديسمبر"))
    profiles = analyse.profiles([december, october, undated], {})
    assert profiles[2].start is None and profiles[2].yearless
    scorer = events.Scorer(profiles, {})
    same = scorer.features(profiles[0], profiles[2])
    assert same["undated"] == 0.0 and same["gap"] == 0.0 and same["day_apart"] == 0.0
    far = scorer.features(profiles[2], profiles[1])
    assert far["undated"] == 0.0 and far["gap"] == 1.0 and far["day_apart"] == 1.0
    assert scorer.features(profiles[2], profiles[0]) == same  # symmetric
    assert events.on_day(profiles[2], profiles[0].start, profiles[0].end)
    assert not events.on_day(profiles[2], profiles[1].start, profiles[1].end)


@pytest.mark.parametrize(
    ("when", "joins"), [(" الخميس 19 كانون الأول", True), (" الخميس 26 كانون الأول", False)]
)
def test_an_undated_report_joins_only_an_event_near_the_day_it_names_without_a_year(
    when: str, joins: bool
) -> None:
    """A strike of Thursday 19 December 2024: an undated copy of it naming "الخميس 19
    كانون الأول" joins it; one naming the Thursday a week later reports another strike."""
    dated = _report("923-a", dt.date(2024, 12, 19), _ANNOUNCED.format(when=" اليوم الخميس"))
    undated = _report("924-b", None, _ANNOUNCED.format(when=when))
    memberships = _membership(_events([*_articles(), dated, undated]))
    assert (frozenset({"923", "924"}) in memberships) is joins


def test_an_undated_member_votes_for_the_day_it_names_without_a_year() -> None:
    """Two reports of a strike announced on Friday 20 December 2024, one naming the Friday
    and one the Thursday before; an undated member names "19 كانون الأول": Thursday."""
    from generator.analyse import dates, events

    thursday, friday = dt.date(2024, 12, 19), dt.date(2024, 12, 20)
    item = _report("925-a", friday, _ANNOUNCED.format(when=""))
    dated = [
        dataclasses.replace(events.profile(item, {}, {}), start=day, end=day, named=day)
        for day in (friday, thursday)
    ]
    undated = dataclasses.replace(
        dated[0],
        start=None,
        end=None,
        named=None,
        weekdays=frozenset({friday.weekday()}),  # "أعلن ... الجمعة": the statement's day
        yearless=(dates.YearlessDay(19, 12, None),),
    )
    assert events.event_day([*dated, dataclasses.replace(undated, yearless=())]) == friday
    assert events.event_day([*dated, undated]) == thursday


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("يأتي ذلك، بعدما أعلن قائد قوات سوريا الديمقراطية، أمس الأول، وقف إطلاق النار.", True),
        ("وكان عبدي قد أعلن الأربعاء وقف إطلاق النار في منبج.", True),
        ("يأتي ذلك، بعدما أعلن قائد قوات سوريا الديمقراطية، أمس، وقف إطلاق النار.", False),
        ("أعلن قائد قوات سوريا الديمقراطية، أمس الأول، وقف إطلاق النار.", False),
    ],
)
def test_a_context_sentence_dated_two_days_before_recalls_another_happening(
    sentence: str, recalled: bool
) -> None:
    """A report of a truce taking effect on Friday 13 December 2024 that says "this comes
    after Abdi announced the ceasefire two days ago" recalls the announcement: as two
    reports naming days two apart, that sentence is not the report's happening, and gives
    single words only, no entities. The day before may be the same night's happening, and
    a sentence that does not open on context may be the report's own."""
    from generator.analyse import events

    lead = "تدخل الهدنة في منبج اليوم الجمعة حيز التنفيذ."
    item = _report("919-x", dt.date(2024, 12, 13), f"{lead}\n{sentence}")
    mentions = analyse.find_all_dates([item])
    found = events.recalled_sentences(item.article, mentions, dt.date(2024, 12, 13))
    second = item.article.sentences[-1].id
    assert (second in found) is recalled
    profile = events.profile(item, mentions, {second: ["mazloum-abdi"]})
    assert ("mazloum-abdi" in profile.entities) is not recalled


_TRIBES = (
    "سيطرت قوات العشائر، مساء الاثنين 25 من أيلول، على بلدة ذيبان بريف دير الزور الشرقي بعد "
    "اشتباكات مع قوات سوريا الديمقراطية."
)


def _archive(*days: dt.date) -> list[TranslatedArticle]:
    """Dated reports of other happenings, published on these days: what the archive spans."""
    return [_report(f"{910 + n}-x", day, _STRIKE.format(day=15)) for n, day in enumerate(days)]


@pytest.mark.parametrize(
    ("span", "want"),
    [
        ((dt.date(2022, 6, 1), dt.date(2025, 1, 10)), dt.date(2023, 9, 25)),
        # a Monday 25 September in 2017 and in 2023: the archive cannot tell which
        ((dt.date(2016, 3, 1), dt.date(2025, 1, 10)), None),
        # none in the span: another year's happening, left undated
        ((dt.date(2024, 1, 1), dt.date(2025, 1, 10)), None),
    ],
)
def test_an_event_of_undated_reports_takes_the_one_day_of_the_archive_its_lead_names(
    span: tuple[dt.date, dt.date], want: dt.date | None
) -> None:
    from generator.analyse import events

    undated = _report("920-u", None, _TRIBES)
    profiles = analyse.profiles([*_archive(*span), undated], glossary.load(PROJECT.seeds_dir))
    archive = events.archive_span(profiles)
    assert archive == span
    assert events.event_day([profiles[-1]], archive) == want
    assert events.event_day([profiles[-1]]) is None  # without an archive, no year to take


def test_an_undated_event_placed_by_the_archive_is_listed_among_dated_events() -> None:
    undated = _report("920-u", None, _TRIBES)
    found = _events([*_archive(dt.date(2022, 6, 1), dt.date(2025, 1, 10)), undated])
    event = next(e for e in found if any(a.id == "920-u" for a in e.articles))
    assert event.date == dt.date(2023, 9, 25)
    assert all(e.date is not None for e in found[: found.index(event) + 1])


def test_undated_reports_that_name_nobody_the_glossary_knows_join_on_their_words() -> None:
    """Two undated reports of a strike on a convoy near a dam, naming no glossary entity:
    the same words are evidence enough to compare them (and join); a report of something
    else, with no word pair in common, is not compared at all."""
    from generator.analyse import events

    strike = (
        "استهدفت طائرات مسيرة تركية اليوم قافلة الأهالي المتجهة إلى سد تشرين، ما أدى إلى "
        "مقتل {n} مدنيين وإصابة العشرات بجروح متفاوتة."
    )
    school = "افتتحت المدرسة الجديدة أبوابها أمام الطلاب في حي الصالحية بعد ترميم استمر عامين."
    bodies = {"930-a": strike.format(n="خمسة"), "931-b": strike.format(n="ستة"), "932-c": school}
    day = dt.date(2025, 1, 8)
    reports = [_copy(_report(i, day, text), i, published=None) for i, text in bodies.items()]
    profiles = analyse.profiles(reports, {})
    assert not any(p.entities for p in profiles)
    groups = {frozenset(m.id for m in g.members) for g in events.group(profiles, {})}
    assert groups == {frozenset({"930-a", "931-b"}), frozenset({"932-c"})}


@pytest.mark.parametrize(
    ("lead", "takes_effect"),
    [
        ("تدخل الهدنة في مدينة منبج اليوم الجمعة حيز التنفيذ.", True),
        ("ودخل اتفاق وقف إطلاق النار حيز التنفيذ منتصف الليل.", True),
        ("بدأ اليوم سريان وقف إطلاق النار في المدينة.", True),
        ("أعلن القائد التوصل إلى اتفاق لوقف إطلاق النار سيدخل حيز التنفيذ غداً.", False),
        ("ومن المقرر أن يدخل الاتفاق حيز التنفيذ يوم الجمعة.", False),
        ("اتفق الطرفان على وقف إطلاق النار على أن تدخل الهدنة حيز التنفيذ غداً.", False),
    ],
)
def test_a_lead_says_an_act_takes_effect_only_when_its_verb_is_not_future(
    lead: str, takes_effect: bool
) -> None:
    report = _report("921-a", dt.date(2024, 12, 13), lead)
    assert analyse.profiles([report], {})[0].takes_effect is takes_effect


_ACCORD = (
    "{act} في مدينة منبج بوساطة أمريكية بين قوات سوريا الديمقراطية وفصائل المعارضة، "
    "حفاظاً على أمن وسلامة المدنيين، وسيتم إخراج مقاتلي مجلس منبج العسكري من المنطقة."
)


@pytest.mark.parametrize(
    ("second", "together"),
    [
        ("أعلن مظلوم عبدي التوصل إلى اتفاق لوقف إطلاق النار", True),
        ("تدخل الهدنة اليوم حيز التنفيذ بعد اتفاق لوقف إطلاق النار", False),
    ],
)
def test_an_accord_reached_and_the_accord_taking_effect_are_two_happenings(
    second: str, together: bool
) -> None:
    """Reports in the same words, one day apart: an accord announced, then in force."""
    announced = _report(
        "922-a", dt.date(2024, 12, 11),
        _ACCORD.format(act="أعلن مظلوم عبدي التوصل إلى اتفاق لوقف إطلاق النار"),
    )  # fmt: skip
    later = _report("923-b", dt.date(2024, 12, 12), _ACCORD.format(act=second))
    memberships = _membership(_events([*_articles(), announced, later]))
    assert (frozenset({"922", "923"}) in memberships) is together


@pytest.mark.parametrize(
    ("lead", "series"),
    [
        ("ستصل إلى مخيم الجدعة ضمن الوجبة 28 من إعادة المواطنين.", {28}),
        ('وقال وكيل الوزارة إن "هذه الوجبة تعد الـ29 من عودة الأسر".', {29}),
        ("وصلت الدفعة الثالثة عشرة من العائلات إلى نينوى.", {13}),
        ("انطلقت الجولة الخامسة والعشرين من محادثات أستانا.", {25}),
        ("وتعد هذه الدفعة هي الثانية خلال العام الجاري.", {2}),
        # what an instalment holds, not its place in the series
        ("ضمت الدفعة 233 أسرة من أهالي دير الزور.", set()),
        ("عودة وجبة جديدة من لاجئي مخيم الهول إلى العراق.", set()),
        # session 26: adjectives between the noun and its ordinal, the ordinal first
        ("نفذت المروحيات الطلعة الجوية المشتركة الخامسة فوق الحدود.", {5}),
        ("سيّرت القوات الدورية البرية المشتركة الثانية قرب القرى.", {2}),
        ("انطلقت أول دورية مشتركة بين الجيشين قرب الحدود.", {1}),
        ("سيّر الجيشان أولى الدوريات المشتركة صباح اليوم.", {1}),
        ("وصلت ثالث قافلة من المساعدات إلى المدينة.", {3}),
        # three adjectives are too many: the ordinal may be another noun's
        ("بدأت الجولة الجديدة الطويلة الشاقة الثالثة من الحوار.", set()),
        ("دخلت القوات المدينة في المرحلة الثالثة من الاتفاق.", set()),
    ],
)
def test_a_lead_names_an_instalment_by_its_place_in_the_series(lead: str, series: set[int]) -> None:
    report = _report("924-a", dt.date(2025, 8, 28), lead)
    assert analyse.profiles([report], {})[0].series == series


_CONVOY = (
    "غادرت {batch} من العائلات العراقية مخيم الهول في سوريا متجهة إلى مخيم الجدعة بمحافظة "
    "نينوى، بإشراف وزارة الهجرة والمهجرين، في إطار برنامج الإعادة الطوعية المستمر."
)


@pytest.mark.parametrize(
    ("second", "together"),
    [("الوجبة 28", True), ("الوجبة الـ29", False), ("الدفعة الرابعة", False)],
)
def test_two_numbered_instalments_of_a_series_are_two_happenings(
    second: str, together: bool
) -> None:
    """Reports in the same words, two days apart without naming their days: the same
    instalment may be one happening reported late; two numbers are two convoys."""
    first = _report("925-a", dt.date(2025, 7, 31), _CONVOY.format(batch="الوجبة 28"))
    later = _report("926-b", dt.date(2025, 8, 2), _CONVOY.format(batch=second))
    memberships = _membership(_events([*_articles(), first, later]))
    assert (frozenset({"925", "926"}) in memberships) is together


_SORTIE = (
    "نفذت مروحيات الجيشين {sortie} في أجواء المنطقة الحدودية شمال البلاد، في إطار المرحلة "
    "الأولى من إنشاء المنطقة العازلة، وفق بيان لوزارة الدفاع."
)


@pytest.mark.parametrize(
    ("second", "together"),
    [
        ("الطلعة الجوية المشتركة الثانية", True),
        ("الطلعة الجوية المشتركة الثالثة", False),
        ("ثالث طلعة جوية مشتركة", False),
    ],
)
def test_two_sorties_numbered_after_their_adjectives_are_two_happenings(
    second: str, together: bool
) -> None:
    """Session 26's wider series gate: the ordinal after the noun's adjectives, or
    before the noun; the same number may be one sortie reported twice."""
    first = _report(
        "927-a", dt.date(2025, 9, 4), _SORTIE.format(sortie="الطلعة الجوية المشتركة الثانية")
    )
    later = _report("928-b", dt.date(2025, 9, 6), _SORTIE.format(sortie=second))
    memberships = _membership(_events([*_articles(), first, later]))
    assert (frozenset({"927", "928"}) in memberships) is together
