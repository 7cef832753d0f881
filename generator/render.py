"""Render stage: events and articles to Markdown for both languages, plus data files.

Returns the whole ``site_src/`` tree as ``{relative path: bytes}``; writing is the
writer's job. Every value interpolated into a template goes through ``escape.value``
(Jinja's ``finalize``), so templates cannot emit raw seed text by accident.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from babel import Locale
from babel.dates import format_date
from jinja2 import BytecodeCache, Environment, StrictUndefined

from generator import arabic, escape, exports, feeds, forked, listings, resources, search
from generator.errors import BriefingError
from generator.glossary import Entry, Profile
from generator.model import Citation, Event, TranslatedArticle
from generator.rendercache import PageMemo

LANGUAGES = ("en", "ar")
DEFAULT_LANGUAGE = "en"
UNKNOWN_OUTLET = "unknown"  # front matter value when the outlet could not be established
OUTLETS_PAGE = "outlets"  # who each outlet is: outlets.md, linked from every source page
# A report with no headline line is headed by its first sentence, which can be a paragraph
# of 180 words; lists and headings show at most this many words of it (the longest
# headline clean.py takes is as long) ...
TITLE_SHOW_WORDS = 25
# ... cut after the first sentence's end, else the last clause mark, within them that
# leaves at least this many words
TITLE_CLAUSE_MIN_WORDS = 8
SENTENCE_ENDS = (".", "!", "?", "؟")  # a "sentence" the segmenter could not split
CLAUSE_MARKS = ("،", "؛", ",", ";", ":")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Strings:
    """Interface labels of one language, from strings.yaml (the package's, with the
    project's templates/strings.yaml over it: resources.load_labels).

    A label is text, or for counts a mapping of CLDR plural categories to text with
    ``{n}`` (Arabic has six: zero, one, two, few, many, other); ``plural`` picks the form.
    """

    lang: str
    labels: dict[str, Any]

    def __getattr__(self, key: str) -> Any:
        try:
            return self.labels[key]
        except KeyError:
            raise AttributeError(f"strings.yaml has no label '{key}'") from None

    def plural(self, key: str, count: int) -> str:
        forms: dict[str, str] = self.labels[key]
        category = Locale.parse(self.lang).plural_form(count)
        return (forms.get(category) or forms["other"]).format(n=count)


def load_strings(templates_dir: Path | None) -> dict[str, Strings]:
    """Labels per language; ``templates_dir`` is the project's templates/ (may not exist)."""
    raw = resources.load_labels(templates_dir)
    return {
        lang: Strings(lang, {key: value[lang] for key, value in raw.items()}) for lang in LANGUAGES
    }


def format_day(day: dt.date | None, lang: str) -> str | None:
    """'2 December 2022' / '2 كانون الأول/ديسمبر 2022' (Levantine and standard month)."""
    if day is None:
        return None
    if lang == "ar":
        levantine = format_date(day, "MMMM", locale="ar_SY")
        standard = format_date(day, "MMMM", locale="ar")
        return f"{day.day} {levantine}/{standard} {day.year}"
    return format_date(day, "d MMMM y", locale="en_GB")


def format_range(start: dt.date | None, end: dt.date | None, lang: str) -> str | None:
    """'20–21 April 2021', '30 April – 2 May 2021' in English; Arabic keeps both days whole
    (digits either side of a dash would read in the wrong order right to left)."""
    if start is None:
        return None
    if end is None or end == start:
        return format_day(start, lang)
    if lang == "en" and start.year == end.year:
        same_month = start.month == end.month
        first = format_date(start, "d" if same_month else "d MMMM", locale="en_GB")
        return f"{first}{'–' if same_month else ' – '}{format_day(end, lang)}"
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


def headline(article: TranslatedArticle, lang: str) -> str:
    """The headline to show in ``lang``: English when translated, else the Arabic."""
    english = article.translation(article.article.headline.id).en
    return english if lang == "en" and english else article.article.headline.ar


def event_title(event: Event, lang: str) -> str:
    """An event's title in ``lang``: the editor's, else the chosen member headline, shown
    as ``shown_title`` shortens it (the data exports keep it whole)."""
    title = event.title
    if title is None:
        return shown_title(headline(event.lead, lang))
    return shown_title(str(title.en if lang == "en" and title.en else title.ar))


def shown_title(text: str) -> str:
    """``text`` if it is headline-sized, else its opening up to its first sentence's end
    or else its last clause mark within ``TITLE_SHOW_WORDS`` words (or those words), with
    an ellipsis that says it goes on."""
    words = text.split()
    if len(words) <= TITLE_SHOW_WORDS:
        return text
    shown = words[:TITLE_SHOW_WORDS]
    reach = range(TITLE_CLAUSE_MIN_WORDS, TITLE_SHOW_WORDS + 1)
    sentence = [n for n in reach if shown[n - 1].endswith(SENTENCE_ENDS)]
    clause = [n for n in reach if shown[n - 1].endswith(CLAUSE_MARKS)]
    if cut := (sentence[:1] or clause[-1:]):
        shown = shown[: cut[0]]
        shown[-1] = shown[-1].rstrip("".join(SENTENCE_ENDS + CLAUSE_MARKS))
    return " ".join(shown) + ELLIPSIS


def page_path(kind: str, ident: str, lang: str) -> str:
    """site_src path of a page; static-i18n's suffix layout (foo.md, foo.ar.md)."""
    return listings.page_file(kind, ident, lang, DEFAULT_LANGUAGE)


def make_environment(
    templates_dir: Path | None,
    finalize: Callable[[object], object] = escape.value,
    bytecode_cache: BytecodeCache | None = None,
) -> Environment:
    """Jinja for our templates (the project's templates/ over the package's): every
    ``{{ value }}`` goes through ``finalize`` (escape.py). ``bytecode_cache`` keeps
    compiled templates between builds (Jinja checks each against its source)."""
    env = resources.TemplateEnvironment(
        loader=resources.template_loader(templates_dir),
        bytecode_cache=bytecode_cache,
        autoescape=True,
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        format_day=format_day,
        format_range=format_range,
        headline=headline,
        event_title=event_title,
    )
    env.filters["url"] = escape.url
    env.filters["readable_url"] = escape.readable_url
    env.filters["front_matter"] = escape.front_matter
    env.filters["by_article"] = by_article
    return env


def by_article(citations: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    """Citations grouped by the report they cite, reports in order of first citation."""
    groups: dict[str, list[Any]] = {}
    for citation in citations:
        groups.setdefault(citation.article, []).append(citation)
    return list(groups.items())


def _month(day: dt.date | None) -> dt.date | None:
    return day.replace(day=1) if day else None


def format_month(month: dt.date, lang: str) -> str:
    if lang == "ar":
        levantine = format_date(month, "MMMM", locale="ar_SY")
        standard = format_date(month, "MMMM", locale="ar")
        return f"{levantine}/{standard} {month.year}"
    return format_date(month, "MMMM y", locale="en_GB")


@dataclass(frozen=True)
class FigureRow:
    """One row of an event's figures table: figures of one kind and value, with everyone who
    gave it. A count relayed by five outlets, or given twice in one report, is one claim
    with five citations, not five rows, so agreement is seen at a glance and a different
    value stands out as its own row; the data files keep every figure."""

    figure: Any  # figures.Figure: the first, whose words the row shows
    reporters: tuple[Any, ...]  # the first figure of each reporter, in order
    citations: tuple[Citation, ...]
    revised: bool = False  # every report giving it raised its own earlier count to it
    earlier: bool = False  # every report giving it has since replaced it with another count
    part: bool = False  # every report giving it gives it as some of a total ("بينهم تسعة")


def figure_reporter(event: Event, figure: Any) -> str:
    """Who gave a figure: a glossary body, the report's words, or the outlet itself."""
    return str(
        figure.reported_by or figure.source or event.article(figure.article).article.meta.outlet
    )


def _first_of_each_reporter(event: Event, figures: Sequence[Any]) -> tuple[Any, ...]:
    first: dict[str, Any] = {}
    for f in figures:
        first.setdefault(figure_reporter(event, f), f)
    return tuple(first.values())


def figure_rows(event: Event) -> list[FigureRow]:
    """The event's figures as table rows, in the order their first figure comes."""
    rows: dict[tuple[object, ...], list[Any]] = {}
    for f in event.figures:
        rows.setdefault((f.kind, f.unit, f.value, f.upper), []).append(f)
    return [
        FigureRow(
            same[0],
            _first_of_each_reporter(event, same),
            tuple(dict.fromkeys(Citation(f.article, f.sentence) for f in same)),
            earlier=all(f.earlier for f in same),
            part=all(f.part for f in same),
        )
        for same in rows.values()
    ]


def conflict_sides(event: Event, conflict: Any) -> list[FigureRow]:
    """The sides of a ``figures.Conflict`` box: one per value and reporter, citing every
    report that gives it (an AFP toll relayed by two outlets is one side, not two)."""
    sides: dict[tuple[object, ...], list[Any]] = {}
    for f in conflict.figures:
        sides.setdefault((f.unit, f.value, f.upper, figure_reporter(event, f)), []).append(f)
    return [
        FigureRow(
            same[0],
            (same[0],),
            tuple(dict.fromkeys(Citation(f.article, f.sentence) for f in same)),
            revised=all(f.revision for f in same),
        )
        for same in sides.values()
    ]


@dataclass(frozen=True)
class QuoteRow:
    """One quotation on an event page: the same words by the same speaker in several
    reports are one quotation citing each."""

    quote: Any  # quotes.Quote: the first, whose speaker and relaying outlet are shown
    citations: tuple[Citation, ...]


def quote_rows(event: Event) -> list[QuoteRow]:
    """The event's quotations, repeated words by one speaker shown once, in order."""
    rows: dict[tuple[object, ...], list[Any]] = {}
    for q in event.quotes:
        rows.setdefault((arabic.fold(q.text), q.speaker or q.source), []).append(q)
    return [
        QuoteRow(same[0], tuple(dict.fromkeys(Citation(q.article, q.sentence) for q in same)))
        for same in rows.values()
    ]


@dataclass(frozen=True)
class _Site:
    """What every page family is rendered from: the inputs, lookups over them, and the
    Markdown and XML Jinja environments."""

    articles: Sequence[TranslatedArticle]
    events: Sequence[Event]
    glossary: Mapping[str, Entry]
    strings: dict[str, Strings]
    env: Environment
    feed_env: Environment
    event_of: dict[str, Event]
    entity_events: dict[str, list[Event]]
    pages: PageMemo | None = None
    event_by_id: dict[str, Event] = dataclasses.field(default_factory=dict)
    _event_of_inputs: tuple[Any, ...] | None = None
    # id -> (value, its memo-key inputs): see ``_inputs``
    _known: dict[int, tuple[Any, Any]] = dataclasses.field(default_factory=dict)

    def render(self, template: str, lang: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context, t=self.strings[lang], lang=lang)

    def page(self, path: str, template: str, lang: str, **context: Any) -> str | bytes:
        """``render``, or the last build's bytes of ``path`` when the context is as then."""
        return self.kept(
            path, (template, lang, context), lambda: self.render(template, lang, **context)
        )

    def kept(self, path: str, inputs: Any, compute: Callable[[], str]) -> str | bytes:
        """``compute()``, or the last build's bytes of ``path`` when ``inputs`` (what it
        shows besides the glossary, labels and templates, all in the memo's key) are as
        then (``rendercache.py``)."""
        if self.pages is None:
            return compute()
        return self.pages.page(path, self._inputs(inputs), compute)

    def _inputs(self, value: Any) -> Any:
        """``value`` for a memo key: events and articles as their fingerprints (an event
        with those of the events it links to, whose titles its page shows)."""
        assert self.pages is not None
        if isinstance(value, Event | TranslatedArticle) or value is self.articles:
            # frozen values, and the whole archive's articles (keys of the feeds), shown
            # on many pages: each one's inputs are made once (kept by id with the value)
            known = self._known.get(id(value))
            if known is None:
                known = (value, self._item_inputs(value))
                self._known[id(value)] = known
            return known[1]
        if value is self.event_of:  # every article's event: kept whole, made once
            if self._event_of_inputs is None:
                items = tuple((key, self._inputs(event)) for key, event in value.items())
                object.__setattr__(self, "_event_of_inputs", items)
            return ("event_of", self._event_of_inputs)
        if isinstance(value, Facets):
            return ("facets", self._inputs(value.events))
        if isinstance(value, list | tuple):
            return tuple(self._inputs(item) for item in value)
        if isinstance(value, dict):
            return tuple((key, self._inputs(item)) for key, item in value.items())
        return value

    def _item_inputs(self, value: Any) -> Any:
        assert self.pages is not None
        if isinstance(value, Event):
            linked = (self.event_by_id[link.event] for link in value.links)
            return ("event", self.pages.of_event(value), *map(self.pages.of_event, linked))
        if isinstance(value, TranslatedArticle):
            return ("article", self.pages.of(value))
        return tuple(self._inputs(item) for item in value)


# Articles from which the languages other than the first are rendered in a forked child
# (``forked.py``) while this process renders the first: below it the fork and sending
# the pages back cost more than rendering them here.
FORK_ARTICLES = 100

_Language = tuple[list[tuple[str, str | bytes]], dict[str, str | bytes]]


def render_site(
    articles: Sequence[TranslatedArticle],
    events: Sequence[Event],
    templates_dir: Path,
    glossary: Mapping[str, Entry] | None = None,
    pages: PageMemo | None = None,
    workers: int = 1,
) -> dict[str, bytes]:
    """Every file of site_src/, as bytes, keyed by its path relative to site_src/.

    With ``pages``, the pages, feeds and yearly JSON and CSV files whose inputs are unchanged
    since the last build are not rendered: site_src/ holds their bytes (``rendercache.py``;
    a kept file not read back is ``rendercache.UNREAD``, and ``pages.kept`` names them
    all for ``writer.write_tree``, which leaves them as they are). With ``workers`` > 1
    and at least ``FORK_ARTICLES`` articles, the other languages are rendered in a forked
    child meanwhile: the same files.

    Raises ``BriefingError`` when two pages would share a path, or a template is missing
    or broken; ``InputError`` for a project strings.yaml that does not fit the package's.
    """
    site = _site(articles, events, templates_dir, glossary or {}, pages)
    files: dict[str, str | bytes] = {}
    for lang_pages, lang_files in _languages(site, workers):
        for path, text in lang_pages:
            if path in files:  # e.g. an `event:` id that is also another article's event id
                raise BriefingError(
                    f"two pages would be written to site_src/{path}: give the event, seed or "
                    "glossary entry behind one of them another id"
                )
            files[path] = text
        files.update(lang_files)
    files.update(exports.data_files(articles, events, site.glossary, site.kept))
    for lang in LANGUAGES:  # the Data page lists the files above
        context = {
            "data_files": exports.DATA_FILES,
            "years": exports.data_years(events),
            "index": (exports.INDEX_FILE, exports.INDEX_SCHEMA),
        }
        path = page_path("data", "index", lang)
        files[path] = site.page(path, "data.md.j2", lang, **context)
    for name, content in resources.assets(templates_dir).items():
        files[f"{resources.ASSETS_DIR}/{name}"] = content
    files[search.PLAN_FILE] = search.plan_file(_search_periods(site))
    return {path: c.encode("utf-8") if isinstance(c, str) else c for path, c in files.items()}


def _languages(site: _Site, workers: int) -> list[_Language]:
    """Each language's pages, then its feeds and latest additions, in ``LANGUAGES``
    order; the languages after the first from a forked child when ``workers`` > 1."""
    if workers < 2 or len(site.articles) < FORK_ARTICLES:
        return [_language(site, lang) for lang in LANGUAGES]
    memo = forked.carrying(site.pages) if site.pages is not None else contextlib.nullcontext()
    with memo:  # the child's page records come back with its pages
        return forked.in_parts(
            lambda langs: [_language(site, lang) for lang in langs],
            LANGUAGES,
            2,
            "the other languages' pages",
        )


def _language(site: _Site, lang: str) -> _Language:
    feed = "feed.xml" if lang == DEFAULT_LANGUAGE else f"feed.{lang}.xml"
    atom = functools.partial(feeds.atom, site.feed_env, site.events, lang, site.strings[lang])
    files = {feed: site.kept(feed, ("feed.xml.j2", lang, site.events), atom)}
    files.update(_following(site, lang))
    return _pages(site, lang), files


def _search_periods(site: _Site) -> list[search.Period]:
    """The search index's periods (search.plan): events by their last day, sources by
    their publication date; people and places pages and the Data page undated."""

    def url(kind: str, ident: str) -> str:
        return listings.url_of(page_path(kind, ident, DEFAULT_LANGUAGE))

    dated = [(url("events", e.id), e.date_end or e.date) for e in site.events]
    dated += [(url("sources", a.id), a.article.meta.published) for a in site.articles]
    undated = [url("entities", entity_id) for entity_id in site.entity_events]
    periods = search.plan(dated, [*undated, url("data", "index"), url("", OUTLETS_PAGE)])
    return [dataclasses.replace(p, labels=_period_labels(p)) for p in periods]


def _period_labels(period: search.Period) -> dict[str, tuple[str, str]]:
    """A period's first and last day as each language's pages write them; empty when
    none of its pages has a date."""
    if period.first is None or period.last is None:
        return {}
    first, last = dt.date.fromisoformat(period.first), dt.date.fromisoformat(period.last)
    return {
        lang: (
            format_day(first, lang) or first.isoformat(),
            format_day(last, lang) or last.isoformat(),
        )
        for lang in LANGUAGES
    }


def _site(
    articles: Sequence[TranslatedArticle],
    events: Sequence[Event],
    templates_dir: Path,
    glossary: Mapping[str, Entry],
    pages: PageMemo | None = None,
) -> _Site:
    strings = load_strings(templates_dir)
    compiled = pages.compiled if pages else None
    env = make_environment(templates_dir, bytecode_cache=compiled)
    event_by_id = {event.id: event for event in events}
    env.globals.update(
        _lookups(strings, glossary),
        event_by_id=event_by_id,
        sentence_of=lambda item, sid: next(s for s in item.article.sentences if s.id == sid),
        citation=Citation,
        figure_rows=figure_rows,
        conflict_sides=conflict_sides,
        quote_rows=quote_rows,
        format_month=format_month,
        limits={
            "thread_links": listings.THREAD_LINKS,
            "event_items": listings.EVENT_ITEMS,
            "event_reports": listings.EVENT_REPORTS,
        },
    )
    env.tests["framed_by"] = lambda by_article, shown: any(a in shown for a, _ in by_article)
    env.tests["is_type"] = lambda entity_id, kind: (
        entity_id in glossary and glossary[entity_id].type == kind
    )
    feed_env = make_environment(templates_dir, finalize=escape.xml_value, bytecode_cache=compiled)
    feed_env.globals.update(env.globals)
    event_of = {a.id: e for e in events for a in e.articles}
    return _Site(
        articles,
        events,
        glossary,
        strings,
        env,
        feed_env,
        event_of,
        _entity_events(events),
        pages,
        event_by_id,
    )


def _entity_events(events: Sequence[Event]) -> dict[str, list[Event]]:
    """The events that mention each entity, newest first and undated last, as the home
    page and the year pages list them: who follows an actor reads the latest first."""
    entity_events: dict[str, list[Event]] = {}
    for event in events:
        for entity in event.entities:
            entity_events.setdefault(entity, []).append(event)
    for mentioned in entity_events.values():
        mentioned.sort(key=lambda e: (*listings.newest_first(e.date), e.id))
    return entity_events


def _lookups(strings: dict[str, Strings], glossary: Mapping[str, Entry]) -> dict[str, Any]:
    """Names and profiles from the glossary, as template globals."""

    def outlet_name(article: TranslatedArticle, lang: str) -> str:
        outlet = article.article.meta.outlet
        if outlet == UNKNOWN_OUTLET:
            return strings[lang].unknown_outlet
        entry = glossary.get(outlet)
        return (entry.display or entry.name)[lang] if entry else outlet

    def entity_name(entity_id: str, lang: str) -> str:
        entry = glossary.get(entity_id)
        return entry.name[lang] if entry else entity_id

    def original_name(article: TranslatedArticle, lang: str) -> str:
        original = article.article.meta.original_outlet or ""
        entry = glossary.get(original)
        return (entry.display or entry.name)[lang] if entry else original

    def outlet_profile(article: TranslatedArticle, lang: str) -> Profile | None:
        entry = glossary.get(article.article.meta.outlet)
        return entry.profile if entry else None

    def outlet_about(article: TranslatedArticle, lang: str) -> str:
        """One line on who the outlet is, for source lists."""
        profile = outlet_profile(article, lang)
        if profile is None:
            return strings[lang].profile_unknown
        kind = strings[lang].labels[f"outlet_kind_{profile.kind}"]
        return f"{kind}: {profile.line[lang]} ({profile.country[lang]})"

    return {
        "outlet_name": outlet_name,
        "entity_name": entity_name,
        "outlet_profile": outlet_profile,
        "outlet_about": outlet_about,
        "original_name": original_name,
    }


def _pages(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    """Every Markdown page of one language but the Data page and latest additions."""
    return [
        *_home(site, lang),
        *_year_pages(site, lang),
        *_source_lists(site, lang),
        *_entities_index(site, lang),
        (page_path("", "search", lang), site.render("search.md.j2", lang)),
        *_event_pages(site, lang),
        *_source_pages(site, lang),
        _outlets_page(site, lang),
        *_entity_pages(site, lang),
    ]


def _home(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    """The newest events by month (``listings.HOME_EVENTS``), filters over them, and
    links to every year's page."""
    shown = site.events[: listings.HOME_EVENTS]
    timeline = [
        (month, list(group))
        for month, group in itertools.groupby(shown, key=lambda e: _month(e.date_end or e.date))
    ]
    years = listings.by_year(site.events, listings.event_year)
    context = {
        "timeline": timeline,
        "years": listings.year_links(years, "years", "", lang, DEFAULT_LANGUAGE),
        "filters": Facets(shown, site.glossary),
        "more": len(shown) < len(site.events),
    }
    path = page_path("", "index", lang)
    return [(path, site.page(path, "home.md.j2", lang, **context))]


def _year_pages(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    """Every event, by year (and undated), in pages of ``listings.PAGE_ITEMS``."""
    pages = []
    for year, events in listings.by_year(site.events, listings.event_year).items():
        name = listings.year_name(year)
        for path, chunk, pager in listings.paged("years", name, events, lang, DEFAULT_LANGUAGE):
            heading = _year_label(year, site.strings[lang])
            context = {"heading": heading, "events": chunk, "pager": pager, "root": _md_root(path)}
            pages.append((path, site.page(path, "year.md.j2", lang, **context)))
    return pages


def _source_lists(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    """The sources index (the newest reports, links to years) and one list per year of
    publication, in pages of ``listings.PAGE_ITEMS``."""
    ordered = sorted(site.articles, key=lambda a: a.id)
    ordered.sort(key=lambda a: listings.newest_first(a.article.meta.published))
    years = listings.by_year(ordered, _published_year)
    index = page_path("sources", "index", lang)
    shown = ordered[: listings.RECENT_SOURCES]
    context: dict[str, Any] = {"heading": None, "pager": None}
    links = listings.year_links(years, "sources/years", "sources/", lang, DEFAULT_LANGUAGE)
    pages = [
        (
            index,
            site.page(
                index, "sources_index.md.j2", lang, **context, articles=shown, years=links,
                more=len(shown) < len(ordered), root="",
            ),
        )
    ]  # fmt: skip
    for year, items in years.items():
        name = listings.year_name(year)
        for path, chunk, pager in listings.paged(
            "sources/years", name, items, lang, DEFAULT_LANGUAGE
        ):
            heading = _year_label(year, site.strings[lang])
            context.update(articles=chunk, heading=heading, pager=pager, years=[], more=False)
            root = _md_root(path).removeprefix("../")
            text = site.page(path, "sources_index.md.j2", lang, **context, root=root)
            pages.append((path, text))
    return pages


def _published_year(article: TranslatedArticle) -> int | None:
    published = article.article.meta.published
    return published.year if published else None


def _year_label(year: int | None, t: Strings) -> str:
    return str(year) if year else str(t.undated)


def _md_root(path: str) -> str:
    """From a page's Markdown file to site_src/ (Markdown links are relative to the file)."""
    return "../" * path.count("/")


def _entities_index(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    groups = _entity_groups(site.glossary, site.entity_events)
    counts = {k: len(v) for k, v in site.entity_events.items()}
    path = page_path("entities", "index", lang)
    return [(path, site.page(path, "entities_index.md.j2", lang, groups=groups, counts=counts))]


def _event_pages(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    pages: list[tuple[str, str | bytes]] = []
    for e in site.events:
        path = page_path("events", e.id, lang)
        pages.append((path, site.page(path, "event.md.j2", lang, event=e)))
    return pages


def _source_pages(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    pages: list[tuple[str, str | bytes]] = []
    for a in site.articles:
        path = page_path("sources", a.id, lang)
        pages.append(
            (path, site.page(path, "source.md.j2", lang, article=a, event=site.event_of[a.id]))
        )
    return pages


def _outlets_page(site: _Site, lang: str) -> tuple[str, str | bytes]:
    """Every outlet the archive's reports name (as outlet or original outlet), with its
    profile: the source pages link here instead of each repeating it."""
    named = {a.article.meta.outlet for a in site.articles}
    named |= {a.article.meta.original_outlet or "" for a in site.articles}
    entries = [site.glossary[i] for i in named if i in site.glossary]
    entries.sort(key=lambda e: ((e.display or e.name)[lang], e.id))
    path = page_path("", OUTLETS_PAGE, lang)
    return path, site.page(path, "outlets.md.j2", lang, outlets=entries)


def _entity_pages(site: _Site, lang: str) -> list[tuple[str, str | bytes]]:
    """One page per entity with its latest events (``listings.ENTITY_EVENTS``); past that,
    one page per year with that year's events and quotes."""
    pages = []
    for entity_id, mentioned in site.entity_events.items():
        entity = site.glossary[entity_id]
        main = page_path("entities", entity_id, lang)
        recent = mentioned
        years: dict[int | None, list[Event]] = {}
        if len(mentioned) > listings.ENTITY_EVENTS:
            recent = mentioned[: listings.ENTITY_EVENTS]
            years = listings.by_year(mentioned, listings.event_year)
        folder = f"entities/{entity_id}"
        here = listings.url_of(main)
        links = listings.year_links(years, folder, here, lang, DEFAULT_LANGUAGE)
        context = {"entity": entity, "years": links, "heading": None, "pager": None}
        pages.append((main, _entity_page(site, lang, main, recent, context)))
        for year, events in years.items():
            name = listings.year_name(year)
            for path, chunk, pager in listings.paged(folder, name, events, lang, DEFAULT_LANGUAGE):
                context.update(years=[], heading=_year_label(year, site.strings[lang]), pager=pager)
                pages.append((path, _entity_page(site, lang, path, chunk, context)))
    return pages


def _entity_page(
    site: _Site, lang: str, path: str, events: Sequence[Event], context: dict[str, Any]
) -> str | bytes:
    roots = {"root": _md_root(path), "url_root": listings.up(path)}
    return site.page(path, "entity.md.j2", lang, **context, **roots, entity_events=events)


# The filter each entity type falls under; every other type is an actor. A military
# operation is what actors do, not one of them (as on event pages): a filter of its own.
_ENTITY_FACETS = {"place": "places", "operation": "operations"}


class Facets:
    """What the timeline filters by: year, actors, operations, places and outlets of each event."""

    def __init__(self, events: Sequence[Event], glossary: Mapping[str, Entry]) -> None:
        self.glossary = glossary
        self.events = events

    def of(self, event: Event) -> dict[str, str]:
        """data-* attribute values (space-separated ids) for one timeline entry."""
        kinds: dict[str, list[str]] = {"actors": [], "operations": [], "places": []}
        for entity in event.entities:
            kinds[_ENTITY_FACETS.get(self.glossary[entity].type, "actors")].append(entity)
        outlets = sorted({_facet_token(a.article.meta.outlet) for a in event.articles})
        year = listings.event_year(event)
        return {
            "year": str(year) if year else "",
            **{facet: " ".join(ids) for facet, ids in kinds.items()},
            "outlets": " ".join(outlets),
        }

    def options(self, kind: str, lang: str) -> list[tuple[str, str]]:
        """(value, label) pairs for one filter, labels in ``lang``, most used first."""
        counts: dict[str, int] = {}
        for event in self.events:
            for value in self.of(event)[kind].split():
                counts[value] = counts.get(value, 0) + 1
        if kind == "year":
            return [(value, value) for value in sorted(counts, reverse=True)]
        return [
            (value, self._name(value, lang))
            for value in sorted(counts, key=lambda v: (-counts[v], self._name(v, lang)))
        ]

    def _name(self, entity_id: str, lang: str) -> str:
        entry = self.glossary.get(entity_id)
        return (entry.display or entry.name)[lang] if entry else _facet_label(entity_id)


# An outlet the glossary lacks is named in its seed as free text ("TRT Arabi"); a facet
# value is one token of a space-separated attribute, so its spaces travel as this.
_FACET_SPACE = "_"


def _facet_token(value: str) -> str:
    return _FACET_SPACE.join(value.split())


def _facet_label(token: str) -> str:
    return token.replace(_FACET_SPACE, " ")


def _following(site: _Site, lang: str) -> dict[str, str | bytes]:
    """What readers follow: latest additions (page and feed) and one feed per entity."""
    t = site.strings[lang]
    added = sorted(
        (a for a in site.articles if a.article.meta.added),
        key=lambda a: (a.article.meta.added, a.id),
        reverse=True,
    )[: listings.LATEST_ARTICLES]
    latest, additions = page_path("", "latest", lang), _suffixed("additions.xml", lang)
    added_feed = functools.partial(
        feeds.additions, site.feed_env, site.articles, site.event_of, lang, t
    )
    files = {
        latest: site.page(latest, "latest.md.j2", lang, articles=added, event_of=site.event_of),
        additions: site.kept(
            additions, ("additions.xml.j2", lang, site.articles, site.event_of), added_feed
        ),
    }
    entity_name = cast(Callable[[str, str], str], site.env.globals["entity_name"])
    for entity_id, mentioned in site.entity_events.items():
        name = f"entities/{entity_id}.xml"
        title = f"{t.site_name}: {entity_name(entity_id, lang)}"
        feed = functools.partial(
            feeds.atom, site.feed_env, mentioned, lang, t, name=name, root="../", title=title
        )
        inputs = ("feed.xml.j2", lang, mentioned, name, title)
        files[_suffixed(name, lang)] = site.kept(_suffixed(name, lang), inputs, feed)
    return files


def _suffixed(path: str, lang: str) -> str:
    """A non-page file in static-i18n's suffix layout (feed.xml, feed.ar.xml)."""
    if lang == DEFAULT_LANGUAGE:
        return path
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.{lang}{dot}{suffix}"


def _entity_groups(
    glossary: Mapping[str, Entry], entity_events: Mapping[str, list[Event]]
) -> list[tuple[str, list[Entry]]]:
    by_type: dict[str, list[Entry]] = {}
    for entity_id in sorted(entity_events):
        entry = glossary[entity_id]
        by_type.setdefault(entry.type, []).append(entry)
    order = ("person", "organisation", "place", "operation")
    return [
        (kind, sorted(by_type[kind], key=lambda e: e.name["en"]))
        for kind in order
        if kind in by_type
    ]
