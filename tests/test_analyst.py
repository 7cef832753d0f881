"""The analyst layer: event files, neutral titles, outlet profiles, framing, disagreements
and story threads (issue 11). Runs on the frozen founding corpus and on articles made here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from generator import (
    analyse,
    build,
    consistency,
    eventfiles,
    glossary,
    listings,
    render,
    translate,
)
from generator.analyse import disagreements, framing, threads
from generator.build import Project
from generator.errors import InputError
from generator.evaluation import corpus, report
from generator.model import TranslatedArticle
from generator.translate import tm
from tests import sitecheck
from tests.conftest import FOUNDING_PROJECT, REPO, copy_project, write_seed
from tests.test_quotes import make_article

EDITED = "2022-12-coalition-patrols"  # the founding event with an editor's file
SOHR, ORIENT = "002-40bb1f72279c452c", "003-0ded79b54724b48b"


@pytest.fixture(scope="module")
def founding() -> tuple[list[TranslatedArticle], dict[str, glossary.Entry]]:
    files = eventfiles.load(FOUNDING_PROJECT.seeds_dir)
    articles = eventfiles.apply_membership(build.read_articles(FOUNDING_PROJECT), files)
    memory = tm.load(FOUNDING_PROJECT.seeds_dir)
    return translate.attach(articles, memory), glossary.load(FOUNDING_PROJECT.seeds_dir)


@pytest.fixture(scope="module")
def events(founding):  # type: ignore[no-untyped-def]
    articles, names = founding
    return {
        e.id: e
        for e in analyse.analyse(articles, names, eventfiles.load(FOUNDING_PROJECT.seeds_dir))
    }


# --- event files ------------------------------------------------------------------------


def test_an_event_file_fixes_membership_and_gives_the_editors_title_and_summary(events) -> None:  # type: ignore[no-untyped-def]
    event = events[EDITED]
    assert [a.id for a in event.articles] == [SOHR, ORIENT]
    assert event.title.article is None and event.title.editor == "Briefing maintainers"
    assert event.summary["en"].startswith("On 2 December 2022")
    assert event.summary["ar"].startswith("في 2 كانون الأول")


def test_an_event_without_a_file_keeps_a_member_headline_and_says_whose(events) -> None:  # type: ignore[no-untyped-def]
    event = events["000-c686a2356659b105"]
    assert event.summary is None and event.title.article == "000-c686a2356659b105"


def test_event_pages_say_who_wrote_the_title_and_summary(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    build.generate(project)
    edited = (project.site_src / "events" / f"{EDITED}.md").read_text(encoding="utf-8")
    assert "Title by the editor (Briefing maintainers)" in edited
    assert "Editor&#39;s summary · written by Briefing maintainers" in edited
    plain = (project.site_src / "events" / "000-c686a2356659b105.ar.md").read_text("utf-8")
    assert "عنوان من" in plain and "من التقارير" in plain
    # The "From the reports" box cites its sentence, and the key points go on from it
    # (it is the first key point: the list does not repeat it); an editor's summary is no
    # key point, so under one the list starts with the first.
    box = plain[plain.index("bi-from-reports") :]
    assert re.search(
        r'class="bi-cite" href="../../sources/000-[0-9a-f]+/#000-[0-9a-f]+-p\d+-s\d+"', box
    )
    opening = re.search(r'<p lang="ar" dir="rtl">(.+?)<', box)
    assert opening and plain.count(opening.group(1)) == 1
    assert plain.count('<li class="bi-point">') >= 1
    assert '<li class="bi-point">' in edited and "bi-from-reports" not in edited


def test_a_military_operation_has_its_own_line_apart_from_the_actors(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    body = (
        "التحالف يعلن نهاية عملية العزم الصلب\n\n"
        "أعلن التحالف الدولي اليوم انتهاء عملية العزم الصلب في سوريا والعراق.\n"
    )
    write_seed(project.seeds_dir, "900-operation", body, published="2030-01-05")
    build.generate(project)
    page = (project.site_src / "events" / "900-operation.md").read_text(encoding="utf-8")
    lines = {line.split(":**")[0]: line for line in page.splitlines() if ":**" in line}
    assert "operation-inherent-resolve" in lines["**Military operations"]
    assert "operation-inherent-resolve" not in lines.get("**Actors", "")
    # the home page's filters keep it apart too: an Operation filter, not an Actor option
    home = (project.site_src / "index.md").read_text(encoding="utf-8")
    filters = {
        kind: options
        for kind, options in re.findall(r'<select data-facet="(\w+)">(.*?)</select>', home)
    }
    assert 'value="operation-inherent-resolve"' in filters["operations"]
    assert 'value="operation-inherent-resolve"' not in filters["actors"]
    assert 'data-operations="operation-inherent-resolve"' in home


def test_a_filter_with_nothing_to_choose_is_left_out(project: Project) -> None:
    """An archive whose reports name no military operation gets no empty Operation filter."""
    for seed in project.seeds_dir.glob("[0-9]*.md"):
        seed.unlink()
    for folder in ("tm", "events"):
        shutil.rmtree(project.seeds_dir / folder, ignore_errors=True)
    body = "قسد تعتقل خلية\n\nاعتقلت قوات سوريا الديمقراطية خلية في ريف دير الزور.\n"
    write_seed(project.seeds_dir, "900-arrest", body, published="2030-01-05")
    build.generate(project)
    home = (project.site_src / "index.md").read_text(encoding="utf-8")
    assert 'data-facet="actors"' in home
    assert 'data-facet="operations"' not in home


def _event_file(project: Project, name: str, text: str) -> Path:
    folder = project.seeds_dir / "events"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: {en: A}\n", ":2: title: 'title' needs 'en' and 'ar'"),
        ("summary: {en: A., ar: ب.}\n", "a summary needs 'editor'"),
        ("colour: red\n", ":2: colour: unknown key"),
        ("articles: [no-such-seed]\n", ":2: no seed has the id 'no-such-seed'"),
        ("related: [{event: nowhere, kind: follow-up}]\n", "no event has the id 'nowhere'"),
        ("related: [{event: 000-c686a2356659b105, kind: cousin}]\n", "kind 'cousin' is not one of"),
        ("title: {en: TODO, ar: ب}\n", "still has TODO text"),
        ("summary: {en: A. B. C. D., ar: ب.}\neditor: X\n", "one to 3 sentences"),
    ],
)
def test_check_reports_event_file_problems_with_file_and_line(
    project: Project, text: str, message: str
) -> None:
    _event_file(project, "000-c686a2356659b105", "# an editor's note\n" + text)
    _, problems = consistency.check_project(project)
    assert any(
        message in str(p) and "events/000-c686a2356659b105.yaml" in str(p) for p in problems
    ), problems


def test_an_event_file_naming_no_event_is_reported(project: Project) -> None:
    _event_file(project, "nothing-here", "title: {en: A, ar: ب}\n")
    _, problems = consistency.check_project(project)
    assert [str(p).split(": ", 1)[1] for p in problems if "nothing-here" in str(p)] == [
        "no event has this id: list its seeds under 'articles'"
    ]


def test_a_seed_listed_twice_is_reported(project: Project) -> None:
    for name in ("first", "second"):
        _event_file(project, name, f"articles: [{SOHR}]\n")
    with pytest.raises(InputError, match=f"'{SOHR}' is also listed in"):
        build.generate(project)


def test_event_new_writes_a_skeleton_that_check_refuses_until_completed(project: Project) -> None:
    text = eventfiles.skeleton("2019-11-qamishli", ["004-334fa7ff5cf8f53b"])
    path = _event_file(project, "2019-11-qamishli", text)
    _, problems = consistency.check_project(project)
    assert any("still has TODO text" in str(p) for p in problems)
    path.write_text(text.replace("TODO: ", ""), encoding="utf-8")
    assert consistency.check_project(project)[1] == []


# --- neutral titles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "المرصد السوري لحقوق الإنسان: واشنطن تعلن استئناف الدوريات",
            "واشنطن تعلن استئناف الدوريات",
        ),
        ("واشنطن تعلن استئناف الدوريات - روداو", "واشنطن تعلن استئناف الدوريات"),
        ("واشنطن تعلن استئناف الدوريات | Enab Baladi", "واشنطن تعلن استئناف الدوريات"),
        (
            "أردوغان: توصلت وبوتين لإتفاق تاريخي حول سورية",
            "أردوغان: توصلت وبوتين لإتفاق تاريخي حول سورية",
        ),
        ('عملية "المخلب - السيف" التركية في سوريا', 'عملية "المخلب - السيف" التركية في سوريا'),
    ],
)
def test_site_names_are_cut_and_speakers_kept(
    founding,
    headline: str,
    expected: str,  # type: ignore[no-untyped-def]
) -> None:
    _, names = founding
    assert framing.strip_site_name(headline, framing.site_names(names, "unknown")).text == expected


def test_the_title_is_the_headline_with_the_fewest_loaded_terms(tmp_path: Path, founding) -> None:  # type: ignore[no-untyped-def]
    _, names = founding
    project = copy_project(tmp_path / "project")
    body = "\n\nقالت مصادر محلية إن دورية مشتركة انطلقت من الدرباسية نحو القامشلي صباح اليوم.\n"
    write_seed(
        project.seeds_dir,
        "010-a",
        "ميليشيا قسد تسيّر دورية قرب الدرباسية" + body,
        published="2020-03-01",
        event="patrol",
    )
    write_seed(
        project.seeds_dir,
        "011-b",
        "قوات سوريا الديمقراطية تسيّر دورية قرب الدرباسية" + body,
        published="2020-03-01",
        event="patrol",
    )
    event = next(
        e
        for e in analyse.analyse(translate.attach(build.read_articles(project), tm.Memory()), names)
        if e.id == "patrol"
    )
    assert event.title.article == "011-b" and event.title.loaded == ()


def test_on_a_tie_a_headline_line_goes_before_a_first_sentence(founding) -> None:  # type: ignore[no-untyped-def]
    _, names = founding
    lead = "قالت مصادر محلية إن دورية مشتركة انطلقت من الدرباسية نحو القامشلي صباح اليوم."
    headed_by_lead = make_article(lead, headline=lead)
    headed = make_article(lead, headline="دورية مشتركة قرب الدرباسية")
    headed = dataclasses.replace(headed, meta=dataclasses.replace(headed.meta, id="u"))
    members = [TranslatedArticle(headed_by_lead), TranslatedArticle(headed)]
    assert framing.choose_title(members, names).article == "u"


def test_eval_corpus_titles_hold_no_site_name_and_no_avoidable_loaded_term(founding) -> None:  # type: ignore[no-untyped-def]
    """Over every event of the labelled real reports: the chosen title keeps no site name
    (the outlet's name as labelled) and holds a loaded term only when every member does."""
    _, names = founding
    items = corpus.load(REPO / "eval")
    prepared = report.prepare(items, REPO / "eval" / "corpus")
    by_event: dict[str, list[TranslatedArticle]] = {}
    for p in prepared:
        by_event.setdefault(p.item.event, []).append(TranslatedArticle(p.article))
    recogniser = framing.recogniser(names)
    with_site, avoidable = [], []
    for event, members in by_event.items():
        title = framing.choose_title(members, names)
        outlets = {p.item.outlet.casefold() for p in prepared if p.item.event == event}
        if any(outlet in title.ar.casefold() for outlet in outlets):
            with_site.append(event)
        stripped = [
            framing.strip_site_name(
                m.article.headline.ar, framing.site_names(names, m.article.meta.outlet)
            ).text
            for m in members
        ]
        if title.loaded and any(not framing.loaded_terms(s, recogniser, names) for s in stripped):
            avoidable.append(event)
    assert len(by_event) >= 40
    assert (with_site, avoidable) == ([], [])


# --- disagreements and framing ------------------------------------------------------------


def test_the_2022_reports_disagree_on_patrols_with_both_citations(events) -> None:  # type: ignore[no-untyped-def]
    found = events[EDITED].disagreements
    pairs = {
        (d.first.polarity, d.first.citation.sentence, d.second.polarity, d.second.citation.sentence)
        for d in found
    }
    assert ("resumed", f"{SOHR}-p1-s1", "halted", f"{ORIENT}-p1-s1") in pairs
    assert all(d.first.citation.article != d.second.citation.article for d in found)


def _one_report(tmp_path: Path, *paragraphs: str, split: bool = False) -> list[TranslatedArticle]:
    project = copy_project(tmp_path / "project")
    bodies = [paragraphs] if not split else [(p,) for p in paragraphs]
    for number, chunk in enumerate(bodies):
        write_seed(
            project.seeds_dir,
            f"02{number}-x",
            "دوريات التحالف في ريف الحسكة\n\n" + "\n\n".join(chunk) + "\n",
            published="2021-05-01",
        )
    wanted = {f"02{n}-x" for n in range(len(bodies))}
    return [
        a for a in translate.attach(build.read_articles(project), tm.Memory()) if a.id in wanted
    ]


HALTED = "أوقفت قوات التحالف الدولي الدوريات المشتركة في ريف الحسكة الشمالي يوم الاثنين الماضي."
RESUMED = "استأنفت قوات التحالف الدولي الدوريات المشتركة في ريف الحسكة الشمالي يوم الجمعة."


def test_an_update_within_one_report_is_no_disagreement(tmp_path: Path) -> None:
    assert disagreements.find(_one_report(tmp_path, HALTED, RESUMED)) == ()


def test_the_same_statements_in_two_reports_disagree(tmp_path: Path) -> None:
    found = disagreements.find(_one_report(tmp_path, HALTED, RESUMED, split=True))
    assert [(d.first.polarity, d.second.polarity) for d in found] == [("halted", "resumed")]


def test_negation_turns_halted_into_never_stopped() -> None:
    assert disagreements.polarity("وقال المصدر: لم يتوقف التنسيق بين الطرفين") == "continued"
    assert disagreements.polarity("أوقفت القوات العمليات") == "halted"
    assert disagreements.polarity("زار الوفد المدينة") is None


def test_the_framing_table_shows_the_militia_label_with_its_citation(events, founding) -> None:  # type: ignore[no-untyped-def]
    articles, _ = founding
    row = next(r for r in events[EDITED].framing if r.actor == "sdf")
    namings = dict(row.by_article)
    loaded = [n for n in namings[ORIENT] if n.loaded]
    assert [n.form for n in loaded] == ["ميليشيا قسد"]
    sentence = next(
        s for a in articles for s in a.article.sentences if s.id == loaded[0].citation.sentence
    )
    assert "ميليشيا قسد" in sentence.ar
    assert not any(n.loaded for n in namings[SOHR])


def test_an_actor_named_only_past_the_shown_reports_gets_no_empty_row(  # type: ignore[no-untyped-def]
    events, founding, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one report shown, a framing row citing only the second report is left out
    (events.json still holds it) rather than shown as a row of empty cells."""
    articles, names = founding
    event = events[EDITED]
    first, second = (a.id for a in event.articles[:2])
    rows = [
        dataclasses.replace(r, by_article=tuple((a, n) for a, n in r.by_article if a != first))
        for r in event.framing
    ]
    monkeypatch.setattr(listings, "EVENT_REPORTS", 1)

    def page(framing: tuple[object, ...]) -> str:
        edited = [
            dataclasses.replace(e, framing=framing) if e.id == EDITED else e
            for e in events.values()
        ]
        files = render.render_site(articles, edited, REPO / "templates", names)
        return files[f"events/{EDITED}.md"].decode()

    assert second in {a for r in rows for a, _ in r.by_article}
    assert 'class="bi-framing"' in page(event.framing)
    assert 'class="bi-framing"' not in page(tuple(rows))


def test_a_point_from_one_outlet_of_several_says_so(events) -> None:  # type: ignore[no-untyped-def]
    event = events[EDITED]
    single = [p for p in event.key_points if event.single_source(p)]
    shared = [p for p in event.key_points if not event.single_source(p)]
    assert single and all(len(p.citations) == 1 for p in single)
    assert all(len({c.article for c in p.citations}) > 1 for p in shared)
    assert not any(
        events["000-c686a2356659b105"].single_source(p)
        for p in events["000-c686a2356659b105"].key_points
    )


# --- threads and outlet profiles -----------------------------------------------------------


def test_the_november_2019_events_form_a_thread_both_ways(events) -> None:  # type: ignore[no-untyped-def]
    first, later = events["000-c686a2356659b105"], events["004-334fa7ff5cf8f53b"]
    assert [(x.event, x.later, x.kind) for x in first.links] == [(later.id, True, "thread")]
    assert [(x.event, x.later, x.kind) for x in later.links] == [(first.id, False, "thread")]
    assert events[EDITED].links == ()  # three years apart from everything else


@pytest.mark.parametrize(
    ("places", "actors", "threaded"),
    [
        (("hasakah", "syria"), ("sdf",), True),  # a town in common
        (("syria",), ("sdf",), False),  # only the country and one actor: most reports here
        (("syria",), ("sdf", "isis"), True),  # the country, but two actors in common
    ],
)
def test_a_whole_country_alone_needs_two_shared_actors_to_make_a_thread(  # type: ignore[no-untyped-def]
    founding, events, places: tuple[str, ...], actors: tuple[str, ...], threaded: bool
) -> None:
    _, names = founding
    names = {**names, "syria": dataclasses.replace(names["syria"], kind="country")}
    first, later = events["000-c686a2356659b105"], events["004-334fa7ff5cf8f53b"]
    pair = [dataclasses.replace(e, entities=(*places, *actors), links=()) for e in (first, later)]
    linked = threads.links(pair, names, {})
    assert bool(linked[first.id]) is threaded and bool(linked[later.id]) is threaded


def test_editor_links_are_shown_both_ways(project: Project) -> None:
    _event_file(
        project,
        "000-c686a2356659b105",
        "related: [{event: 2022-12-coalition-patrols, kind: background}]\n",
    )
    build.generate(project)
    related = {
        e["id"]: e["related"]
        for path in sitecheck.data_files(project.site_src / "data", "events.json")
        for e in json.loads(path.read_text("utf-8"))["events"]
    }
    assert {"event": EDITED, "kind": "background", "later": True, "by_editor": True} in related[
        "000-c686a2356659b105"
    ]
    assert {
        "event": "000-c686a2356659b105",
        "kind": "background",
        "later": False,
        "by_editor": True,
    } in related[EDITED]


def test_every_outlet_of_the_live_glossary_has_a_sourced_profile() -> None:
    names = glossary.load(REPO / "seeds")
    outlets = [e for e in names.values() if e.type == "outlet"]
    assert outlets and all(e.profile and e.profile.sources for e in outlets)


def test_the_sources_list_says_once_who_each_outlet_is(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    build.generate(project)
    page = (project.site_src / "events" / f"{EDITED}.md").read_text(encoding="utf-8")
    profile = "**Syrian Observatory for Human Rights** (monitoring group&#58;"
    assert page.count(profile) == 1
    listed = page[page.index("## Sources") :]
    reports = listed.count("](../sources/")
    assert reports > 1 and listed.count("\n- **") == reports  # one list item per report
    # Citation marks lead to the sentence and no longer repeat the profile (issue 14).
    marks = re.findall(r'<a class="bi-cite"[^>]*>', page)
    assert marks and not any("title=" in mark for mark in marks)


def test_briefing_event_new_writes_once_and_names_mistakes(project: Project) -> None:
    from tests.test_cli import run

    created = run(project, "event", "new", "2019-11-qamishli", "--article", "004-334fa7ff5cf8f53b")
    assert created.returncode == 0, created.stderr
    path = project.seeds_dir / "events" / "2019-11-qamishli.yaml"
    assert created.stdout.strip() == "seeds/events/2019-11-qamishli.yaml" and path.is_file()
    again = run(project, "event", "new", "2019-11-qamishli")
    assert again.returncode == 1 and "already exists: edit it instead" in again.stderr
    for args, message in (
        (("Bad Id",), "expected lowercase letters"),
        (("x-1", "--article", "nope"), "no seed with id nope"),
    ):
        result = run(project, "event", "new", *args)
        assert (
            result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
        )
    checked = run(project, "check")
    assert (
        checked.returncode == 1 and "2019-11-qamishli.yaml:1: still has TODO text" in checked.stderr
    )


def test_a_republication_names_who_published_first(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    build.generate(project)
    source = (project.site_src / "sources" / f"{SOHR}.md").read_text(encoding="utf-8")
    assert "<dd>Al-Modon, republished by Syrian Observatory for Human Rights <span" in source
    event = (project.site_src / "events" / f"{EDITED}.ar.md").read_text(encoding="utf-8")
    assert "نُشر أولاً في المدن" in event


@pytest.mark.parametrize(
    ("start", "end", "lang", "shown"),
    [
        (dt.date(2021, 4, 20), dt.date(2021, 4, 21), "en", "20–21 April 2021"),
        (dt.date(2021, 4, 30), dt.date(2021, 5, 2), "en", "30 April – 2 May 2021"),
        (dt.date(2021, 12, 30), dt.date(2022, 1, 2), "en", "30 December 2021 – 2 January 2022"),
        (dt.date(2021, 4, 20), None, "en", "20 April 2021"),
        # Arabic keeps both days whole: "20–21" would read reversed right to left
        (
            dt.date(2021, 4, 20),
            dt.date(2021, 4, 21),
            "ar",
            "20 نيسان/أبريل 2021 – 21 نيسان/أبريل 2021",
        ),
    ],
)
def test_an_event_span_is_written_once_per_shared_month_and_year(
    start: dt.date, end: dt.date | None, lang: str, shown: str
) -> None:
    assert render.format_range(start, end, lang) == shown


def test_several_sentences_of_one_report_share_one_bracket(tmp_path: Path) -> None:
    """A figure given twice in one report cites both sentences under one outlet name,
    "[Outlet 1 2]", not the same "[Outlet]" twice side by side."""
    project = copy_project(tmp_path / "project")
    body = (
        "مقتل سبعة مقاتلين في هجوم على حقل العمر\n\n"
        "قتل سبعة مقاتلين من قوات سوريا الديمقراطية في هجوم على حقل العمر في دير الزور.\n\n"
        "وقال المرصد السوري إن سبعة مقاتلين قتلوا في الهجوم.\n"
    )
    write_seed(project.seeds_dir, "900-omar", body, published="2030-01-05")
    build.generate(project)
    page = (project.site_src / "events" / "900-omar.md").read_text(encoding="utf-8")
    brackets = re.findall(r'<span class="bi-cites">\[([^<]+?) (<a .*?)\]</span>', page)
    assert brackets, "no shared bracket on the page"
    outlet, links = brackets[0]
    assert re.findall(rf'aria-label="{re.escape(outlet)} (\d)">\1</a>', links) == ["1", "2"]
    assert len(set(re.findall(r'data-sentence="([^"]+)"', links))) == 2
    assert not re.search(r">\[([^\]<]+)\]</a> <a [^>]*>\[\1\]</a>", page)
