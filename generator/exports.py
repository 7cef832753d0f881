"""The open data files under ``site/data/``: JSON and CSV exports with their schemas.

``data_files`` returns every file as ``{path: text}``; ``DATA_FILES`` lists the kinds of
file for the Data page. Each kind is written once per year (``data/<year>/events.json``,
``data/undated/...``): a year holds its events (by the year they ended) and the articles
they draw on, so no file grows with the whole archive. ``data/index.json`` lists every
file with its year, schema and number of records (``generator/schemas/index.schema.json``).
JSON keeps seed text exactly (``ensure_ascii=False``: nothing escaped beyond what JSON
requires). The CSV tables are RFC 4180 (the csv module, CRLF, fields quoted when
they hold a comma, quote or line break), UTF-8 without a byte-order mark, and each has a
JSON Schema describing one row as an object keyed by the header (``tables.py``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import listings
from generator.glossary import Entry
from generator.model import Citation, Event, KeyPoint, Provenance, Sentence, TranslatedArticle
from generator.tables import (
    BOOLEAN,
    COUNT,
    GRADE,
    ID,
    IDS,
    OPTIONAL_COUNT,
    OPTIONAL_DATE,
    Column,
    Table,
    Value,
)

SCHEMAS_DIR = Path(__file__).parent / "schemas"
DATA_DIR = "data"


@dataclass(frozen=True)
class DataFile:
    """One published data file: its name under data/, its schema's, and its Data page label."""

    name: str
    schema: str
    label: str  # key in templates/strings.yaml ("data_<name>" describes what it holds)
    format: str  # JSON or CSV


INDEX_FILE = "index.json"
INDEX_SCHEMA = "index.schema.json"
DATA_FILES = (
    DataFile("events.json", "events.schema.json", "data_events_json", "JSON"),
    DataFile("articles.json", "articles.schema.json", "data_articles_json", "JSON"),
    DataFile("events.csv", "events.row.schema.json", "data_events_csv", "CSV"),
    DataFile("quotes.csv", "quotes.row.schema.json", "data_quotes_csv", "CSV"),
    DataFile("figures.csv", "figures.row.schema.json", "data_figures_csv", "CSV"),
)


# keep(path, inputs, compute): compute(), or the bytes it gave the last time for inputs
# equal to these (``render._Site.kept``)
Keep = Callable[[str, Any, Callable[[], str]], str | bytes]


def _compute(path: str, inputs: Any, compute: Callable[[], str]) -> str:
    return compute()


def data_files(
    articles: Sequence[TranslatedArticle],
    events: Sequence[Event],
    glossary: Mapping[str, Entry],
    keep: Keep = _compute,
) -> dict[str, str | bytes]:
    """Every kind of ``DATA_FILES`` per year, the schemas and the index, keyed by their
    path in site_src/. ``keep`` may answer a year's JSON and CSV files (most of the time)
    from the last build."""
    files: dict[str, str | bytes] = {
        f"{DATA_DIR}/{name}": (SCHEMAS_DIR / name).read_bytes()
        for name in ("events.schema.json", "articles.schema.json", INDEX_SCHEMA)
    }
    for table in csv_tables([], glossary):
        files[f"{DATA_DIR}/{table.name}.row.schema.json"] = table.row_schema()
    listed: list[dict[str, Any]] = []
    for year, chosen in listings.by_year(events, listings.event_year).items():
        folder = listings.year_name(year)
        members = [a for event in chosen for a in event.articles]
        prefix = f"{DATA_DIR}/{folder}/"
        events_file = functools.partial(events_json, chosen, glossary)
        articles_file = functools.partial(articles_json, members)
        year_files: dict[str, tuple[str | bytes, int]] = {
            "events.json": (keep(f"{prefix}events.json", chosen, events_file), len(chosen)),
            "articles.json": (
                keep(f"{prefix}articles.json", members, articles_file),
                len(members),
            ),
        }
        for table in csv_tables(chosen, glossary):
            text = keep(f"{prefix}{table.name}.csv", chosen, table.csv)
            year_files[f"{table.name}.csv"] = (text, len(table.rows))
        for kind in DATA_FILES:
            text, count = year_files[kind.name]
            files[f"{DATA_DIR}/{folder}/{kind.name}"] = text
            path = f"{folder}/{kind.name}"
            listed.append({"year": year, "path": path, "schema": kind.schema, "records": count})
    files[f"{DATA_DIR}/{INDEX_FILE}"] = json.dumps({"files": listed}, indent=1) + "\n"
    return files


def data_years(events: Sequence[Event]) -> list[tuple[int | None, str]]:
    """(year, folder under data/) of every year with data files, newest first."""
    years = listings.by_year(events, listings.event_year)
    return [(year, listings.year_name(year)) for year in years]


def _headline(item: TranslatedArticle) -> str:
    """The English headline, else the Arabic (as the event pages show it)."""
    return item.translation(item.article.headline.id).en or item.article.headline.ar


def _sentence(event: Event, cited: Citation | KeyPoint) -> tuple[str, str | None]:
    """The cited sentence's Arabic and English (None while pending)."""
    item = event.article(cited.article)
    ar = next(s.ar for s in item.article.sentences if s.id == cited.sentence)
    return ar, item.translation(cited.sentence).en


def _translator(provenance: Provenance) -> str | None:
    """Who translated a sentence: a person's name or role, never set for machine output."""
    return provenance.translator if provenance.origin == "human" else None


def _quote_json(event: Event, quote: Any) -> dict[str, Any]:
    citation = Citation(quote.article, quote.sentence)
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "source": quote.source,
        "via": quote.via,
        "citation": _cite(citation),
    }


def _figure_json(event: Event, figure: Any) -> dict[str, Any]:
    citation = Citation(figure.article, figure.sentence)
    return {
        "kind": figure.kind,
        "value": figure.value,
        "upper": figure.upper,
        "shown": figure.shown,
        "unit": figure.unit,
        "text": figure.text,
        "reported_by": figure.reported_by,
        "source": figure.source,
        "revision": figure.revision,
        "earlier": figure.earlier,
        "part": figure.part,
        "counted": figure.counted,
        "citation": _cite(citation),
    }


def _cite(citation: Citation) -> dict[str, str]:
    return {"article": citation.article, "sentence": citation.sentence}


def _profile_json(entry: Entry | None) -> dict[str, Any] | None:
    profile = entry.profile if entry else None
    if profile is None:
        return None
    return {
        "kind": profile.kind,
        "country": profile.country,
        "owner": profile.owner,
        "line": profile.line,
        "sources": [
            {"url": s.url, "title": s.title, "supports": list(s.supports)} for s in profile.sources
        ],
    }


def _side(side: Any) -> dict[str, Any]:
    return {"polarity": side.polarity, "citation": _cite(side.citation)}


def _naming(article_id: str, naming: Any) -> dict[str, Any]:
    return {
        "article": article_id,
        "form": naming.form,
        "term": naming.term,
        "loaded": naming.loaded,
        "citation": _cite(naming.citation),
    }


def _event_json(event: Event, glossary: Mapping[str, Entry]) -> dict[str, Any]:
    title = event.title
    return {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "date_end": (event.date_end or event.date).isoformat() if event.date else None,
        "date_placed": event.date_placed,
        "title": {
            "ar": title.ar if title else event.lead.article.headline.ar,
            "en": title.en if title else _headline(event.lead),
            "by": "outlet" if title is None or title.article else "editor",
            "article": title.article if title else event.lead.id,
            "editor": title.editor if title else None,
            "loaded_terms": list(title.loaded) if title else [],
        },
        "summary": {**event.summary, "editor": event.editor} if event.summary else None,
        "articles": [a.id for a in event.articles],
        "outlets": [
            {
                "article": a.id,
                "outlet": a.article.meta.outlet,
                "original_outlet": a.article.meta.original_outlet,
            }
            for a in event.articles
        ],
        "key_points": [
            dict(
                zip(
                    ("ar", "en"),
                    _sentence(event, point),
                    strict=True,
                ),
                citations=[_cite(c) for c in point.citations],
                single_source=event.single_source(point),
            )
            for point in event.key_points
        ],
        "quotes": [_quote_json(event, quote) for quote in event.quotes],
        "figures": [_figure_json(event, figure) for figure in event.figures],
        "disagreements": [
            {"sides": [_side(item.first), _side(item.second)]} for item in event.disagreements
        ],
        "framing": [
            {
                "actor": row.actor,
                "namings": [_naming(a, n) for a, namings in row.by_article for n in namings],
            }
            for row in event.framing
        ],
        "related": [
            {"event": x.event, "kind": x.kind, "later": x.later, "by_editor": x.by_editor}
            for x in event.links
        ],
        "entities": [
            {
                "id": e,
                "type": glossary[e].type,
                "name": {"ar": glossary[e].name["ar"], "en": glossary[e].name["en"]},
            }
            for e in event.entities
        ],
    }


def events_json(events: Sequence[Event], glossary: Mapping[str, Entry]) -> str:
    """The open event data (schema: generator/schemas/events.schema.json): the profile of
    each outlet the events name, once (with every report, profiles were a third of the
    file), then one event per line."""
    data = [_event_json(event, glossary) for event in events]
    named = sorted({a.article.meta.outlet for event in events for a in event.articles})
    outlets = {outlet: _profile_json(glossary.get(outlet)) for outlet in named}
    return _records_json("events", data, before={"outlets": outlets})


def _sentence_json(item: TranslatedArticle, sentence: Sentence) -> dict[str, Any]:
    translation = item.translation(sentence.id)
    return {
        "id": sentence.id,
        "ar": sentence.ar,
        "en": translation.en,
        "origin": translation.provenance.origin,
        "model": translation.provenance.model,
        "translator": _translator(translation.provenance),
    }


def articles_json(articles: Sequence[TranslatedArticle]) -> str:
    """Every article with its sentences and their provenance (schema:
    generator/schemas/articles.schema.json)."""
    data = []
    for item in sorted(articles, key=lambda a: a.id):
        meta = item.article.meta
        headline = item.translation(item.article.headline.id)
        data.append(
            {
                "id": item.id,
                "outlet": meta.outlet,
                "original_outlet": meta.original_outlet,
                "outlet_evidence": meta.outlet_evidence,
                "url": meta.url,
                "published": meta.published.isoformat() if meta.published else None,
                "published_evidence": meta.published_evidence,
                "title": {"ar": item.article.headline.ar, "en": headline.en},
                "sentences": [_sentence_json(item, s) for s in item.article.sentences],
            }
        )
    return _records_json("articles", data)


def _records_json(
    key: str, records: Sequence[dict[str, Any]], before: Mapping[str, Any] | None = None
) -> str:
    """``{"key": [...]}`` with one compact record per line: readable and diffable record by
    record, without indenting nested records (issue 14: bytes per article); each member of
    ``before`` comes first, on a line of its own."""
    lines = ",\n".join(
        json.dumps(record, ensure_ascii=False, separators=(",", ":")) for record in records
    )
    head = "".join(
        f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))},\n"
        for name, value in (before or {}).items()
    )
    return f'{{{head}"{key}": [\n{lines}\n]}}\n' if records else f'{{{head}"{key}": []}}\n'


# --- CSV tables: one row per event, quote and figure -------------------------------------

_EVENT = (
    Column("event_id", "The event's id; its page is /events/<event_id>/", ID, True),
    Column("event_date", "First day of the event, YYYY-MM-DD; empty when undated", OPTIONAL_DATE),
    Column("event_title_ar", "The event's title in Arabic", None, True),
    Column("event_title_en", "The event's title in English (the Arabic while pending)"),
)
_SOURCE = (
    Column("article", "Cited article (seed) id; see articles.json", ID, True),
    Column("sentence", "Cited sentence id, the anchor on /sources/<article>/", ID, True),
    Column("outlet", "The article's outlet (glossary id), or 'unknown'", None, True),
    Column("published", "The article's date, YYYY-MM-DD; empty when undated", OPTIONAL_DATE),
    Column("published_evidence", "How that date is known; empty if not graded", GRADE),
)
EVENT_COLUMNS = (
    *_EVENT[:2],
    Column("date_end", "Last day of the event; empty when undated", OPTIONAL_DATE),
    Column(
        "date_placed",
        "No report gives the day: placed beside a related dated event (a weekday named or its day)",
        BOOLEAN,
    ),
    *_EVENT[2:],
    Column("title_by", "Who wrote the title: editor, or outlet (a member's headline)"),
    Column("articles", "Ids of the member articles, in date order, separated by spaces", IDS),
    Column("key_points", "Number of key points", COUNT),
    Column("quotes", "Number of quotes (see quotes.csv)", COUNT),
    Column("figures", "Number of figures (see figures.csv)", COUNT),
)
QUOTE_COLUMNS = (
    *_EVENT,
    *_SOURCE,
    Column("speaker", "Glossary id of who is quoted; empty if not named"),
    Column("speaker_ar", "The speaker's name in Arabic"),
    Column("speaker_en", "The speaker's name in English"),
    Column("source_ar", "Who is quoted as the sentence names them, when not in the glossary"),
    Column("via", "Glossary id of the outlet the quote is relayed through"),
    Column("quote_ar", "The quoted words, exactly as printed, without quote marks", None, True),
    Column("sentence_en", "English of the whole cited sentence; empty while pending"),
)
FIGURE_COLUMNS = (
    *_EVENT,
    *_SOURCE,
    Column(
        "kind", "What is counted: killed, injured, arrested, patrols, displaced, duration, ...", ID
    ),
    Column("value", "The number", COUNT),
    Column("upper", "Upper end of a range ('five or six'); empty otherwise", OPTIONAL_COUNT),
    Column("unit", "Unit of a duration or distance (hour, day, ..., km); empty otherwise"),
    Column("shown", "The number as the site shows it (value, or value-upper)", None, True),
    Column("reported_by", "Glossary id of the body the figure is attributed to"),
    Column("source_ar", "Who gave it as the sentence names them, when not in the glossary"),
    Column("revision", "A count updated within the same report", BOOLEAN),
    Column("earlier", "A count the same report has since replaced with another", BOOLEAN),
    Column("part", "Some of a total the same sentence gives ('among them nine')", BOOLEAN),
    Column(
        "counted",
        "Whom a casualty count counts: civilians, fighters, group (named by what); empty: anyone",
    ),
    Column("text_ar", "The number as printed in the Arabic sentence", None, True),
    Column("sentence_en", "English of the whole cited sentence; empty while pending"),
)


def _event_cells(event: Event) -> dict[str, Value]:
    title = event.title
    return {
        "event_id": event.id,
        "event_date": event.date.isoformat() if event.date else None,
        "event_title_ar": title.ar if title else event.lead.article.headline.ar,
        "event_title_en": title.en if title else _headline(event.lead),
    }


def _source_cells(event: Event, citation: Citation) -> dict[str, Value]:
    meta = event.article(citation.article).article.meta
    return {
        "article": citation.article,
        "sentence": citation.sentence,
        "outlet": meta.outlet,
        "published": meta.published.isoformat() if meta.published else None,
        "published_evidence": meta.published_evidence,
        "sentence_en": _sentence(event, citation)[1],
    }


def _event_row(event: Event) -> dict[str, Value]:
    return {
        **_event_cells(event),
        "date_end": (event.date_end or event.date).isoformat() if event.date else None,
        "date_placed": event.date_placed,
        "title_by": "outlet" if event.title is None or event.title.article else "editor",
        "articles": " ".join(a.id for a in event.articles),
        "key_points": len(event.key_points),
        "quotes": len(event.quotes),
        "figures": len(event.figures),
    }


def _quote_row(event: Event, quote: Any, glossary: Mapping[str, Entry]) -> dict[str, Value]:
    speaker = glossary.get(quote.speaker) if quote.speaker else None
    return {
        **_event_cells(event),
        **_source_cells(event, Citation(quote.article, quote.sentence)),
        "speaker": quote.speaker,
        "speaker_ar": speaker.name["ar"] if speaker else None,
        "speaker_en": speaker.name["en"] if speaker else None,
        "source_ar": quote.source,
        "via": quote.via,
        "quote_ar": quote.text,
    }


def _figure_row(event: Event, figure: Any) -> dict[str, Value]:
    return {
        **_event_cells(event),
        **_source_cells(event, Citation(figure.article, figure.sentence)),
        "kind": figure.kind,
        "value": figure.value,
        "upper": figure.upper,
        "unit": figure.unit,
        "shown": figure.shown,
        "reported_by": figure.reported_by,
        "source_ar": figure.source,
        "revision": figure.revision,
        "earlier": figure.earlier,
        "part": figure.part,
        "counted": figure.counted,
        "text_ar": figure.text,
    }


def csv_tables(events: Sequence[Event], glossary: Mapping[str, Entry]) -> list[Table]:
    """events.csv, quotes.csv and figures.csv, in the order of events.json."""
    return [
        Table("events", "One event briefing.", EVENT_COLUMNS, [_event_row(e) for e in events]),
        Table(
            "quotes",
            "One quotation in an event's sources, with who said it and where.",
            QUOTE_COLUMNS,
            [_quote_row(e, q, glossary) for e in events for q in e.quotes],
        ),
        Table(
            "figures",
            "One number an event's sources report, with who reported it.",
            FIGURE_COLUMNS,
            [_figure_row(e, f) for e in events for f in e.figures],
        ),
    ]
