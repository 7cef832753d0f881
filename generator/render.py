"""Render stage: events and articles to Markdown for both languages, plus data files.

Returns the whole ``site_src/`` tree as ``{relative path: bytes}``; writing is the
writer's job. Every value interpolated into a template goes through ``escape.value``
(Jinja's ``finalize``), so templates cannot emit raw seed text by accident.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import escape
from .model import Event, TranslatedArticle

LANGUAGES = ("en", "ar")
DEFAULT_LANGUAGE = "en"
ASSETS_DIR = "assets"
UNKNOWN_OUTLET = "unknown"  # front matter value when the outlet could not be established


@dataclass(frozen=True)
class Strings:
    """Interface labels of one language, from templates/strings.yaml."""

    lang: str
    labels: dict[str, str]

    def __getattr__(self, key: str) -> str:
        try:
            return self.labels[key]
        except KeyError:
            raise AttributeError(f"templates/strings.yaml has no label '{key}'") from None


def load_strings(templates_dir: Path) -> dict[str, Strings]:
    raw: dict[str, dict[str, str]] = yaml.safe_load(
        (templates_dir / "strings.yaml").read_text(encoding="utf-8")
    )
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
    if start is None:
        return None
    if end is None or end == start:
        return format_day(start, lang)
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


def headline(article: TranslatedArticle, lang: str) -> str:
    """The headline to show in ``lang``: English when translated, else the Arabic."""
    english = article.translation(article.article.headline.id).en
    return english if lang == "en" and english else article.article.headline.ar


def page_path(kind: str, ident: str, lang: str) -> str:
    """site_src path of a page; static-i18n's suffix layout (foo.md, foo.ar.md)."""
    suffix = "" if lang == DEFAULT_LANGUAGE else f".{lang}"
    return f"{kind}/{ident}{suffix}.md" if kind else f"{ident}{suffix}.md"


def make_environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=True,
        finalize=escape.value,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(format_day=format_day, format_range=format_range, headline=headline)
    env.filters["url"] = escape.url
    env.filters["front_matter"] = escape.front_matter
    return env


def render_site(
    articles: Sequence[TranslatedArticle],
    events: Sequence[Event],
    templates_dir: Path,
    outlets: dict[str, dict[str, str]] | None = None,
) -> dict[str, bytes]:
    """Every file of site_src/, as bytes, keyed by its path relative to site_src/."""
    env = make_environment(templates_dir)
    strings = load_strings(templates_dir)
    event_of = {a.id: e for e in events for a in e.articles}
    outlets = outlets or {}
    files: dict[str, str | bytes] = {}

    def outlet_name(article: TranslatedArticle, lang: str) -> str:
        outlet = article.article.meta.outlet
        if outlet == UNKNOWN_OUTLET:
            return strings[lang].unknown_outlet
        return outlets.get(outlet, {}).get(lang, outlet)

    for lang in LANGUAGES:
        common: dict[str, Any] = {"t": strings[lang], "lang": lang, "outlet_name": outlet_name}
        files[page_path("", "index", lang)] = env.get_template("home.md.j2").render(
            events=events, **common
        )
        files[page_path("sources", "index", lang)] = env.get_template("sources_index.md.j2").render(
            articles=sorted(articles, key=lambda a: a.id), event_of=event_of, **common
        )
        for event in events:
            files[page_path("events", event.id, lang)] = env.get_template("event.md.j2").render(
                event=event, **common
            )
        for article in articles:
            files[page_path("sources", article.id, lang)] = env.get_template("source.md.j2").render(
                article=article, event=event_of[article.id], **common
            )

    files["data/articles.json"] = articles_json(articles)
    for asset in sorted((templates_dir / ASSETS_DIR).glob("*")):
        files[f"{ASSETS_DIR}/{asset.name}"] = asset.read_bytes()
    return {path: c.encode("utf-8") if isinstance(c, str) else c for path, c in files.items()}


def articles_json(articles: Sequence[TranslatedArticle]) -> str:
    """The open data export: every article with its sentences and their provenance."""
    data = []
    for item in sorted(articles, key=lambda a: a.id):
        meta = item.article.meta
        headline = item.translation(item.article.headline.id)
        data.append(
            {
                "id": item.id,
                "outlet": meta.outlet,
                "url": meta.url,
                "published": meta.published.isoformat() if meta.published else None,
                "title": {"ar": item.article.headline.ar, "en": headline.en},
                "sentences": [
                    {
                        "id": s.id,
                        "ar": s.ar,
                        "en": item.translation(s.id).en,
                        "origin": item.translation(s.id).provenance.origin,
                        "model": item.translation(s.id).provenance.model,
                    }
                    for s in item.article.sentences
                ],
            }
        )
    return json.dumps({"articles": data}, ensure_ascii=False, indent=1) + "\n"
