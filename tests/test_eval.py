"""`briefing eval` and what the labelled corpus must keep true of grouping."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator import analyse, arabic, build, glossary, yamlfile
from generator.analyse import events
from generator.evaluation import corpus, metrics, report
from generator.model import Seed, SeedMeta, TranslatedArticle
from tests.conftest import FOUNDING_SEEDS, REPO, yaml_urls
from tests.test_cli import run

EVAL = REPO / "eval"


def test_pairwise_and_bcubed_on_a_worked_example() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    pairs = metrics.pairwise(gold, predicted)  # true pairs ab ac bc; predicted ab cd
    assert (pairs.precision, pairs.recall) == (0.5, pytest.approx(1 / 3))
    cubed = metrics.bcubed(gold, predicted)
    assert cubed.precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert cubed.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_the_labels_hold_together() -> None:
    items = corpus.load(EVAL)
    assert len(items) >= 60 and len({i.outlet for i in items}) >= 15
    assert {i.split for i in items} == {"tune", "test"}
    for item in items:
        lines = item.text.split("\n")
        assert all(1 <= n <= len(lines) for n in item.boilerplate), item.id
        assert item.title_line is None or item.title_line not in item.boilerplate, item.id


# The outlet lines eval/README.md names; a label outside them is a typo.
OUTLET_LINES = {
    "kurdish", "government", "opposition", "gulf", "iranian", "turkish", "pan-arab", "wire",
    "egyptian", "lebanese", "other",
}  # fmt: skip
EVENT_KEYS = {"date", "split", "what", "hard_negative_of", "day_from_texts", "day_evidence"}
ARTICLE_KEYS = {
    "id", "outlet", "outlet_line", "url", "published", "published_evidence", "event", "cut",
    "title_line", "title", "boilerplate", "entities", "quotes", "not_quotes", "figures",
}  # fmt: skip


def _raw_labels() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data, _ = yamlfile.read(EVAL / "labels.yaml", what="evaluation labels")
    return data["events"], data["articles"]


def test_every_event_is_complete_and_its_hard_negatives_lie_in_its_half_and_week() -> None:
    """A hard negative in the other half, or weeks away, would test nothing grouping does."""
    events_, articles = _raw_labels()
    used = {a["event"] for a in articles}
    for name, event in events_.items():
        assert set(event) == EVENT_KEYS and event["split"] in corpus.SPLITS, name
        assert name in used, f"{name}: no article"
        for other in event["hard_negative_of"]:
            assert other in events_ and events_[other]["split"] == event["split"], name
            gap = abs(
                dt.date.fromisoformat(str(event["date"]))
                - dt.date.fromisoformat(str(events_[other]["date"]))
            )
            assert gap.days <= events.WINDOW_DAYS, f"{name}: {other} is {gap.days} days away"


def test_every_corpus_text_has_one_complete_label() -> None:
    _, articles = _raw_labels()
    ids = [a["id"] for a in articles]
    urls = [a["url"] for a in articles if a["url"]]
    assert len(ids) == len(set(ids)) and len(urls) == len(set(urls))
    assert {p.stem for p in (EVAL / "corpus").glob("*.txt")} == set(ids)
    for article in articles:
        assert set(article) == ARTICLE_KEYS, article["id"]
        assert article["outlet_line"] in OUTLET_LINES, article["id"]
        assert article["published_evidence"], article["id"]
        assert (article["title_line"] is None) == (article["title"] is None), article["id"]


def test_dates_ranges_and_urls_agree_with_each_other() -> None:
    """Slips a line-by-line check misses: an event id whose day is not its date, a report
    published before its happening, a range written backwards, a development page (eval/dev,
    which rules were written against) counted again as evaluation data."""
    events_, articles = _raw_labels()
    for name, event in events_.items():
        assert name.endswith(str(event["date"])), f"{name}: date {event['date']}"
    dev: set[str] = set()
    for path in sorted((EVAL / "dev").glob("*.yaml")):
        dev |= yaml_urls(yamlfile.read(path, what="development pages")[0])
    for article in articles:
        published, happened = article["published"], events_[article["event"]]["date"]
        assert published is None or published >= happened, article["id"]
        assert all(first <= last for first, last in article["boilerplate"]), article["id"]
        assert not article["url"] or unquote(article["url"]) not in dev, article["id"]


@pytest.mark.parametrize("name", ["dates", "dates6"])
def test_the_dating_pages_hold_together(name: str) -> None:
    """eval/dev/dates.yaml (and dates6.yaml): a text per page, no domain of the corpus, no day
    after its publication, and the visible/hidden parts fixed by id (odd/even) as its header
    says."""
    pages = yamlfile.read(EVAL / "dev" / f"{name}.yaml", what="dating pages")[0]["pages"]
    corpus_domains = {_domain(a["url"]) for a in _raw_labels()[1] if a["url"]}
    for page in pages:
        assert (EVAL / "dev" / name / f"{page['id']}.txt").is_file(), page["id"]
        assert _domain(page["url"]) not in corpus_domains, page["id"]
        day, published = page["day"], page["published"]
        assert day is None or published is None or str(day) <= str(published), page["id"]
        assert page["part"] == ("visible" if int(page["id"][1:]) % 2 else "hidden"), page["id"]
    assert len({_domain(p["url"]) for p in pages}) == len(pages)


def _domain(url: str) -> str:
    host = unquote(url).split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


# Session 19 gathered groups6/7, quotes batch 21 and dates6 at once: one outlet each came
# into two sets, on other pages. Quote and date rules were written on those pages, none for
# one outlet, and no grouping code ran on groups6/7 before their scoring.
GATHERED_IN_PARALLEL = {"groups6": {"sadaalshaam.net"}, "groups7": {"elhmra.com"}}


# Grouping sets labelled whole before any code ran on them, each scored once (all hidden);
# groups8 and groups9 (session 20) were scored once at its end, groups10 (session 21) once to
# judge that session's candidate: spent since. groups11 (session 21, helper G12) and groups12
# (session 22, helper G14) were scored once in session 24, groups13 (session 25, helper GB13)
# once in session 25, groups14 (session 25, helper GB14) and groups15 (session 26, helper GB15)
# once in session 26: spent since. groups16 (session 26, helper GB16) is unread until a later
# session's one scoring.
BLIND_GROUPING_SETS = (
    "groups6", "groups7", "groups8", "groups9", "groups10", "groups11", "groups12", "groups13",
    "groups14", "groups15", "groups16",
)  # fmt: skip
# Sets gathered when domains in no set were nearly used up: a domain of the corpus or of
# another set may hold one of their pages, on a URL that no other set and no article has.
REUSED_DOMAINS_ALLOWED = frozenset(
    {"groups10", "groups11", "groups12", "groups13", "groups14", "groups15", "groups16"}
)


def test_the_blind_grouping_sets_hold_together_and_unread_sets_are_never_fitted_on() -> None:
    """eval/dev/groups6.yaml to groups16.yaml, read as YAML only: a text per
    page and no other text, one page per domain and no domain of the corpus or of another
    development set (groups10-groups16: no URL of them), every event hidden and its id ending
    with its day, no page published before its event; groups11 to groups15 are spent; and
    fit_grouping.py's --with-dev trains on the spent sets alone, never an unread one."""
    spec = importlib.util.spec_from_file_location("group_pages", EVAL / "group_pages.py")
    assert spec and spec.loader
    group_pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(group_pages)
    assert not set(group_pages.UNREAD_SETS) & set(group_pages.SPENT_SETS)
    assert set(BLIND_GROUPING_SETS) <= set(group_pages.SETS)
    fit_source = (EVAL / "fit_grouping.py").read_text(encoding="utf-8")
    assert "DEV_SETS = group_pages.SPENT_SETS\n" in fit_source
    assert {"groups11", "groups12"} <= set(group_pages.SPENT_SETS)  # scored in session 24
    assert "groups13" in group_pages.SPENT_SETS  # scored in session 25
    assert {"groups14", "groups15"} <= set(group_pages.SPENT_SETS)  # scored in session 26
    for name in BLIND_GROUPING_SETS:
        data = yamlfile.read(EVAL / "dev" / f"{name}.yaml", what="grouping pages")[0]
        other_urls = {unquote(a["url"]) for a in _raw_labels()[1] if a["url"]}
        for path in sorted((EVAL / "dev").glob("*.yaml")):
            if path.stem != name:
                other_urls |= yaml_urls(yamlfile.read(path, what="pages")[0])
        others = {_domain(url) for url in other_urls}
        days = {e["id"]: e["day"] for e in data["events"]}
        assert all(e["part"] == "hidden" for e in data["events"]), name
        assert all(event.endswith(str(day)) for event, day in days.items()), name
        domains = [_domain(page["url"]) for page in data["pages"]]
        shared = set(domains) & others - GATHERED_IN_PARALLEL.get(name, set())
        if name in REUSED_DOMAINS_ALLOWED:
            shared = {unquote(page["url"]) for page in data["pages"]} & other_urls
        assert len(set(domains)) == len(domains) and not shared, name
        for page in data["pages"]:
            text = (EVAL / "dev" / name / f"{page['id']}.txt").read_text(encoding="utf-8")
            assert text.endswith("\n"), page["id"]
            published = page["published"]
            assert published is None or published >= days[page["event"]], page["id"]
        assert {page["event"] for page in data["pages"]} == set(days), name
        texts = sorted(path.stem for path in (EVAL / "dev" / name).glob("*.txt"))
        assert texts == sorted(page["id"] for page in data["pages"]), name


def test_titles_quotes_and_figures_are_on_the_lines_they_name() -> None:
    """Labels point at lines; a shifted line number would score the wrong sentence."""
    names = glossary.load(REPO / "seeds")
    for item in corpus.load(EVAL):
        lines = [arabic.fold(line) for line in item.text.split("\n")]
        at = {n: text for n, text in enumerate(lines, 1)}
        if item.title_line:
            assert arabic.fold(item.title or "") in at[item.title_line], f"{item.id}: title"
        for quote in item.quotes:
            assert arabic.fold(quote.starts) in at.get(quote.line, ""), f"{item.id}: quote"
            assert quote.speaker_id is None or quote.speaker_id in names, f"{item.id}: speaker"
        assert all(f.line in at for f in item.figures), f"{item.id}: figure line"


def _partition(articles: list[TranslatedArticle]) -> set[frozenset[str]]:
    names = glossary.load(REPO / "seeds")
    profiles = analyse.profiles(articles, names)
    types = {e.id: e.type for e in names.values()}
    return {frozenset(m.id for m in g.members) for g in events.group(profiles, types)}


# Other happenings in the same places: what a busy archive adds around every event.
UNRELATED_SUBJECTS = (
    ("افتتاح مدرسة جديدة", "افتتحت لجنة التربية مدرسة جديدة تتسع لخمسمئة طالب."),
    ("ارتفاع أسعار الخبز", "ارتفع سعر ربطة الخبز في الأفران الخاصة بسبب نقص الطحين."),
    ("موسم حصاد القمح", "بدأ المزارعون حصاد القمح وسط توقعات بإنتاج أقل من العام الماضي."),
    ("حملة تلقيح للأطفال", "أطلقت هيئة الصحة حملة تلقيح ضد شلل الأطفال تستمر أسبوعاً."),
    ("انقطاع الكهرباء", "شهدت الأحياء انقطاعاً للتيار الكهربائي لساعات طويلة بسبب عطل في المحطة."),
    ("مهرجان للكتاب", "انطلق معرض للكتاب بمشاركة عشرات دور النشر المحلية."),
    ("فيضان نهر الخابور", "غمرت مياه نهر الخابور أراضي زراعية بعد أمطار غزيرة."),
    ("مباراة كرة القدم", "فاز فريق المدينة في مباراة كرة القدم على ملعبه بثلاثة أهداف."),
    ("ترميم جسر قديم", "بدأت أعمال ترميم الجسر القديم بعد إغلاقه أمام السيارات."),
    ("نقص مياه الشرب", "اشتكى السكان من نقص مياه الشرب مع ارتفاع درجات الحرارة."),
)  # fmt: skip
UNRELATED_PLACES = ("الرقة", "القامشلي", "الحسكة", "كوباني", "منبج")


def _unrelated(number: int, day: dt.date) -> TranslatedArticle:
    headline, lead = UNRELATED_SUBJECTS[number % len(UNRELATED_SUBJECTS)]
    place = UNRELATED_PLACES[number // len(UNRELATED_SUBJECTS) % len(UNRELATED_PLACES)]
    body = f"{headline} في {place}\n{lead} وقال مسؤول محلي في {place} إن العمل مستمر.\n"
    seed = Seed(
        path=Path(f"{number}.md"),
        meta=SeedMeta(id=f"9{number:02d}-unrelated", outlet="test", published=day),
        body=body,
        body_line=1,
    )
    return TranslatedArticle(article=build.prepare(seed))


def test_adding_50_unrelated_articles_changes_no_other_articles_event() -> None:
    """Scores use a fixed reference corpus, so other articles cannot move them. The added
    reports are other happenings in the same places, on the days of the labelled events."""
    prepared = report.prepare(corpus.load(EVAL), EVAL / "corpus")
    labelled = [TranslatedArticle(article=p.article) for p in prepared]
    days = sorted({p.item.event_date for p in prepared})
    unrelated = [_unrelated(i, days[i % len(days)]) for i in range(50)]
    ids = {a.id for a in labelled}
    before = _partition(labelled)
    after = {group & ids for group in _partition(labelled + unrelated)} - {frozenset()}
    assert after == before


def test_briefing_eval_prints_every_component_and_the_summary_line() -> None:
    project = build.Project(REPO)
    result = run(project, "eval", "--split", "tune")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    for component in ("boilerplate lines:", "titles:", "grouping:", "event dates:", "quotes:"):
        assert any(line.startswith(component) for line in lines), component
    summary = dict(pair.split("=") for pair in lines[-1].split())
    assert set(summary) == set(report.SUMMARY_KEYS)
    assert all(0.0 <= float(value) <= 1.0 for value in summary.values())


def test_eval_scores_the_tuning_half_unless_asked_for_the_test_half() -> None:
    """Looking at the test half is a choice made by name, never a default."""
    result = run(build.Project(REPO), "eval", "--help")
    assert result.returncode == 0 and "default: tune" in " ".join(result.stdout.split())


def test_eval_without_labels_is_a_clear_error(tmp_path: Path) -> None:
    result = run(build.Project(REPO), "eval", "--corpus", str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"no labels.yaml in {tmp_path}" in result.stderr


def _page_key(url: str) -> str:
    """A URL as the page it names: percent-decoded, without its scheme, "www." and a trailing
    slash, so that one page labelled twice in two spellings (batches are drafted apart) is
    caught."""
    return unquote(url).split("://", 1)[-1].removeprefix("www.").rstrip("/")


# The figure kinds the labels use (eval/labels.yaml); a kind outside them is a typo that
# `briefing eval` would silently score as "other".
FIGURE_KINDS = {
    "killed", "injured", "displaced", "vehicles", "patrols", "arrested", "detained", "fighters",
    "strikes", "other",
}  # fmt: skip
FIGURE_KEYS = {"line", "value", "kind", "given_by", "revision"}


def test_every_figure_label_is_well_formed() -> None:
    """Slips the line check misses: a misspelt kind, a value that is not a whole number or a
    range ("5-6"; "42,781" would never match), a missing reporter or revision flag."""
    for article in _raw_labels()[1]:
        for figure in article["figures"] or []:
            where = f"{article['id']} line {figure.get('line')}"
            assert set(figure) == FIGURE_KEYS, where
            assert figure["kind"] in FIGURE_KINDS, where
            first, _, last = str(figure["value"]).partition("-")
            assert first.isdigit() and (not last or last.isdigit()), where
            assert isinstance(figure["revision"], bool) and str(figure["given_by"]).strip(), where


def test_no_page_is_labelled_twice_and_no_quote_or_figure_sits_in_chrome() -> None:
    """Slips the other checks miss: the same page under an encoded and a decoded URL, and a
    quote or figure placed on a line the same label calls page chrome (one of the two is
    wrong, and the scorer would look for it in text the cleaning removes)."""
    _, articles = _raw_labels()
    seen: dict[str, str] = {}
    for article in articles:
        if article["url"]:
            key = _page_key(article["url"])
            assert key not in seen, f"{article['id']}: same page as {seen.get(key)}"
            seen[key] = article["id"]
    for item in corpus.load(EVAL):
        assert not {q.line for q in item.quotes} & item.boilerplate, f"{item.id}: quote"
        assert not {f.line for f in item.figures} & item.boilerplate, f"{item.id}: figure"


def _named_in(name: str, text: str) -> bool:
    """Whether a labelled name occurs in a folded text, also after the preposition ل, which
    swallows the alif of the article (الإدارة → للإدارة): labels keep names without it."""
    folded = arabic.fold(name)
    return folded in text or (folded.startswith("ال") and "ل" + folded[1:] in text)


def test_every_labelled_entity_and_quoted_name_occurs_in_its_text() -> None:
    """Entities and not-quotes are scored as written; one that is misspelt, taken from
    another report or from the search result's title rather than the text, can never be found."""
    _, articles = _raw_labels()
    for article in articles:
        text = arabic.fold((EVAL / "corpus" / f"{article['id']}.txt").read_text(encoding="utf-8"))
        for name in [*article["entities"], *article["not_quotes"]]:
            assert _named_in(name, text), f"{article['id']}: {name!r} is not in its text"


def test_a_quote_speaker_matches_a_label_naming_the_same_body() -> None:
    names = glossary.load(FOUNDING_SEEDS)
    # as the live glossary has it: the recogniser gives "pentagon" (same_as: us-dod) as
    # us-dod, and a label naming the Pentagon is that speaker, as an analyst reads it
    names["pentagon"] = dataclasses.replace(names["pentagon"], same_as="us-dod")
    assert report.same_speaker("us-dod", "pentagon", names)
    assert report.same_speaker("pentagon", "us-dod", names)
    assert report.same_speaker("sdf", "sdf", names)
    assert not report.same_speaker("us-dod", "us-centcom", names)
    assert not report.same_speaker(None, "us-dod", names)
    assert report.same_speaker(None, None, names)


def test_an_entity_named_only_on_chrome_lines_is_counted() -> None:
    """The Done-when's "no entity comes from a removed line", counted against the labels: a
    report whose lines were all chrome would give only chrome entities."""
    names = glossary.load(REPO / "seeds")
    p = next(p for p in report.prepare_tuning(EVAL, "a") if len(p.line_of) > 3)
    found = analyse.analyse([TranslatedArticle(article=p.article)], names)
    shown, chrome_only = report._chrome_entities(found, {p.item.id: p}, names)
    assert shown > 0 and chrome_only < shown
    every_line = frozenset(p.line_of.values())
    as_chrome = dataclasses.replace(p, item=dataclasses.replace(p.item, boilerplate=every_line))
    assert report._chrome_entities(found, {p.item.id: as_chrome}, names) == (shown, shown)


@pytest.mark.parametrize(
    ("found", "label", "agree"),
    [
        ("مصادر ميدانية", "مصادر ميدانية في المنطقة", True),
        ("وكالة الأنباء السورية الرسمية", "وكالة الأنباء السورية الرسمية (سانا)", True),
        ("مدير المرصد", "رامي عبدالرحمن", False),  # a title for a name: other words
        ("المصدر", "مصدر رسمي في وزارة الخارجية", True),  # the source named before
        ("أي جهة مسؤوليتها", "وكالة أنباء سانا", False),
    ],
)
def test_a_speakers_words_agree_with_the_label_by_content_words(
    found: str, label: str, agree: bool
) -> None:
    assert report.words_agree(found, label) is agree


def _quote_devset() -> Any:
    spec = importlib.util.spec_from_file_location("quote_devset", EVAL / "quote_devset.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QUOTE_ENTRY_KEYS = {"url", "outlet", "batch", "context", "sentence", "starts", "speaker"}


def _quote_entries() -> list[dict[str, Any]]:
    data = yamlfile.read(EVAL / "dev" / "quotes.yaml", what="quote development set")[0]
    entries: list[dict[str, Any]] = data["quotes"]
    return entries


def _assert_blind_batch_holds_together(entries: list[dict[str, Any]], batch: int) -> None:
    """Read as YAML only, never scored: at least 45 quotations from 12 pages, each opening
    found in its sentence, a glossary speaker or none, no page of the corpus, another dev set
    or another batch."""
    blind = [e for e in entries if e.get("batch") == batch]
    assert len(blind) >= 45 and len({e["url"] for e in blind}) >= 12
    ids = set(glossary.load(REPO / "seeds"))
    for entry in blind:
        assert set(entry) <= QUOTE_ENTRY_KEYS and entry["outlet"], entry["url"]
        assert isinstance(entry.get("context", []), list)
        assert entry["starts"] in entry["sentence"], entry["starts"]
        assert entry["speaker"] is None or entry["speaker"] in ids, entry["speaker"]
    other_urls = {unquote(a["url"]) for a in _raw_labels()[1] if a["url"]}
    for path in sorted((EVAL / "dev").glob("*.yaml")):
        if path.name != "quotes.yaml":
            other_urls |= yaml_urls(yamlfile.read(path, what="pages")[0])
    other_urls |= {unquote(e["url"]) for e in entries if e.get("batch") != batch}
    assert not {unquote(e["url"]) for e in blind} & other_urls


def _assert_scored_alone_or_not_at_all(
    devset: Any, entries: list[dict[str, Any]], batch: int
) -> None:
    """quote_devset leaves an unread batch out unless --unread names it, then scores it alone."""
    by_default = devset.selected(entries)
    assert by_default and all(e.get("batch") != batch for _, e in by_default)
    alone = devset.selected(entries, [batch])
    assert [n for n, _ in alone] == [n for n, e in enumerate(entries) if e.get("batch") == batch]
    with pytest.raises(SystemExit):
        devset.selected(entries, [21])  # a read batch is hidden with --hide, not --unread


@pytest.mark.parametrize(
    ("batch", "unread"),
    [
        (22, False),
        (23, False),
        (24, False),
        (25, False),
        (26, False),
        (27, False),
        (28, False),
        (29, True),
    ],
)
def test_the_blind_quote_batches_hold_together_and_were_never_scored_by_default(
    batch: int, unread: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """eval/dev/quotes.yaml's blind batches (22: session 21; 23: session 22; each labelled
    blind and scored once by a session's lead, spent since; 24: session 22, scored in session 23;
    25: session 23, spent in session 24; 26: session 24; 27: session 25; 28: session 25, spent in
    session 26; 29: session 26, still unread) hold
    together, and each is left out of every score while it is unread. No attribution runs on
    them here."""
    devset = _quote_devset()
    assert (batch in devset.UNREAD_BATCHES) is unread
    if not unread:
        monkeypatch.setattr(devset, "UNREAD_BATCHES", frozenset({batch}))  # as until scored
    entries = _quote_entries()
    _assert_blind_batch_holds_together(entries, batch)
    _assert_scored_alone_or_not_at_all(devset, entries, batch)
    assert len({e["outlet"] for e in entries if e.get("batch") == batch}) >= 12


def test_a_quote_entry_whose_context_never_names_its_speaker_is_told_apart() -> None:
    devset = _quote_devset()
    names = glossary.load(REPO / "seeds")
    entry = {
        "speaker": "ilham-ahmed",
        "context": ["وقالت إن السلام أساسي."],
        "sentence": "وذكرت أنه",
    }
    assert not devset.name_given(entry, names)
    entry["context"] = ["وقالت إلهام أحمد إن السلام أساسي."]
    assert devset.name_given(entry, names)
    posted = {"speaker": "recep-tayyip-erdogan", "context": [], "sentence": "وقال الرئيس التركي"}
    assert devset.name_given(posted, names)
    pentagon = {"speaker": "us-dod", "context": [], "sentence": "وقال البنتاغون"}
    assert devset.name_given(pentagon, names)  # another entry naming the same body


def test_a_quote_entrys_speaker_is_given_with_clitics_and_spelling_variants() -> None:
    devset = _quote_devset()
    names = glossary.load(REPO / "seeds")
    joined = {
        "speaker": "international-coalition",
        "context": [],
        "sentence": "أكدت القوة المشتركة للتحالف الدولي",
    }
    assert devset.name_given(joined, names)  # ل + ال written "لل"
    spelt = {"speaker": "pentagon", "context": [], "sentence": "قال المتحدث باسم البنتاجون"}
    assert devset.name_given(spelt, names)  # a g written ج
    inside = {"speaker": "mazloum-abdi", "context": [], "sentence": "وقال العبديون"}
    assert not devset.name_given(inside, names)
