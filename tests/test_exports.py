"""The open data under site/data/: JSON and CSV files, each valid against its schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator import build, exports, tables
from tests import sitecheck
from tests.conftest import REPO, copy_project, write_seed

SCHEMAS = REPO / "generator" / "schemas"
HEADLINE = '=HYPERLINK("https://evil.example/","انقر") عنوان <script>alert(1)</script>, فيه "تنصيص"'
QUOTE = '-قوات سوريا الديمقراطية، لن تتوقف عن العمل، "مع" التحالف الدولي <b>أبداً</b>'
SOURCE = "مصدر <i>محلي"  # a source outside the glossary, named with markup
HOSTILE = (
    f"{HEADLINE}\n"
    f'وقال مصطفى بالي في تغريدة على تويتر: "{QUOTE}".\n'
    "وقالت قوى الأمن الداخلي إن 6 قتلى سقطوا في التفجير.\n"
    f"وقال {SOURCE} إن 3 جرحى نقلوا إلى المشفى.\n"
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """site/data/ of the founding corpus plus one hostile seed, built with MkDocs."""
    project = copy_project(tmp_path_factory.mktemp("exports") / "project")
    write_seed(project.seeds_dir, "900-injection", HOSTILE, published="2020-01-01")
    build.generate(project)
    build.publish(project)
    return project.site_dir / "data"


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _all(data: Path, name: str) -> list[Any]:
    """Every record of one kind across the years: events.json's events, a CSV's rows."""
    paths = sitecheck.data_files(data, name)
    if name.endswith(".csv"):
        return [row for path in paths for row in _rows(path)[1]]
    key = name.removesuffix(".json")
    return [record for path in paths for record in _json(path)[key]]


def _value(cell: str) -> str:
    """What a program reading our CSV does: drop one protecting apostrophe."""
    return cell[1:] if cell.startswith(tables.TEXT_MARK) else cell


def test_every_year_has_every_kind_of_file_and_the_index_lists_them(data: Path) -> None:
    schemas = {f.schema for f in exports.DATA_FILES} | {exports.INDEX_SCHEMA}
    years = {"2019", "2020", "2021", "2022"}  # the founding corpus and the hostile seed
    top = {p.name for p in data.iterdir()} - {"index.html"}
    assert top == schemas | years | {exports.INDEX_FILE}
    for name in ("events.schema.json", "articles.schema.json", exports.INDEX_SCHEMA):
        assert _json(data / name) == _json(SCHEMAS / name)  # the committed schema, as is
    index = _json(data / exports.INDEX_FILE)
    jsonschema.validate(index, _json(SCHEMAS / exports.INDEX_SCHEMA))
    listed = {f["path"] for f in index["files"]}
    assert listed == {f"{y}/{f.name}" for y in years for f in exports.DATA_FILES}
    assert listed == {p.relative_to(data).as_posix() for p in data.glob("*/*")}
    for entry in index["files"]:
        assert entry["year"] == int(entry["path"][:4])
        assert (data / entry["schema"]).is_file()
    events = [f for f in index["files"] if f["path"].endswith("/events.json")]
    assert [f["records"] for f in events] == [
        len(_json(data / f["path"])["events"]) for f in events
    ]
    assert all(
        event["date_end"].startswith(path.parent.name)
        for path in sitecheck.data_files(data, "events.json")
        for event in _json(path)["events"]
    )


@pytest.mark.parametrize("name", ["events", "articles"])
def test_every_json_file_validates_against_its_schema(data: Path, name: str) -> None:
    schema = _json(data / f"{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sitecheck.data_files(data, f"{name}.json"):
        jsonschema.validate(_json(path), schema)


@pytest.mark.parametrize("name", ["events", "quotes", "figures"])
def test_every_csv_row_validates_against_its_row_schema(data: Path, name: str) -> None:
    schema = _json(data / f"{name}.row.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert _all(data, f"{name}.csv")
    for path in sitecheck.data_files(data, f"{name}.csv"):
        header, rows = _rows(path)
        assert header == list(schema["properties"]) == schema["required"]
        for row in rows:
            jsonschema.validate(row, schema)
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")


def test_csv_rows_are_the_events_quotes_and_figures_of_events_json(data: Path) -> None:
    events = _all(data, "events.json")
    event_rows = _all(data, "events.csv")
    assert [r["event_id"] for r in event_rows] == [e["id"] for e in events]
    assert [r["articles"].split() for r in event_rows] == [e["articles"] for e in events]
    quotes = _all(data, "quotes.csv")
    expected = [
        (e["id"], q["text"], q["citation"]["sentence"]) for e in events for q in e["quotes"]
    ]
    assert [(r["event_id"], _value(r["quote_ar"]), r["sentence"]) for r in quotes] == expected
    figures = _all(data, "figures.csv")
    expected = [(e["id"], f["kind"], str(f["value"])) for e in events for f in e["figures"]]
    assert [(r["event_id"], r["kind"], r["value"]) for r in figures] == expected
    assert sum(len(e["quotes"]) for e in events) >= 10  # the founding corpus has quotes


def test_a_years_files_hold_its_events_and_the_articles_they_cite(data: Path) -> None:
    profiles = []
    for path in sitecheck.data_files(data, "events.json"):
        articles = _json(path.with_name("articles.json"))["articles"]
        sentences = {s["id"]: s for a in articles for s in a["sentences"]}
        data = _json(path)
        events = data["events"]
        assert {a["id"] for a in articles} == {a for e in events for a in e["articles"]}
        # Each outlet's profile once, on the first line, then one compact record per line.
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(events) + 3 and lines[0].startswith('{"outlets": {')
        assert lines[1] == '"events": ['
        named = {o["outlet"] for e in events for o in e["outlets"]}
        assert set(data["outlets"]) == named
        assert all("profile" not in o for e in events for o in e["outlets"])
        profiles += [p for p in data["outlets"].values() if p]
        for event in events:
            for item in event["quotes"] + event["figures"]:
                cited = sentences[item["citation"]["sentence"]]
                assert item["text"] in cited["ar"]
                assert "en" not in item  # its English is the cited sentence's, in articles.json
    assert profiles and all(p["sources"] for p in profiles)


def test_seed_markup_stays_data_in_json_exactly_as_received(data: Path) -> None:
    events = _all(data, "events.json")
    hostile = next(e for e in events if e["articles"] == ["900-injection"])
    assert hostile["title"]["ar"] == HEADLINE
    assert [q["text"] for q in hostile["quotes"]] == [QUOTE]
    assert [(f["kind"], f["value"], f["reported_by"]) for f in hostile["figures"]] == [
        ("killed", 6, "asayish"),
        ("injured", 3, None),
    ]
    assert hostile["figures"][1]["source"] == SOURCE
    text = (data / "2020" / "events.json").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in text and "\\u" not in text  # nothing over-escaped


def test_formula_cells_from_seed_text_are_neutralised(data: Path) -> None:
    hostile = next(r for r in _all(data, "events.csv") if r["event_id"] == "900-injection")
    assert hostile["event_title_ar"] == "'" + HEADLINE
    quote = next(r for r in _all(data, "quotes.csv") if r["article"] == "900-injection")
    assert quote["quote_ar"] == "'" + QUOTE and _value(quote["quote_ar"]) == QUOTE
    for name in ("events", "quotes", "figures"):
        for row in _all(data, f"{name}.csv"):
            assert not any(cell.startswith(tables.FORMULA_STARTS) for cell in row.values())


def test_articles_json_names_each_sentences_translator(data: Path) -> None:
    articles = {a["id"]: a for a in _all(data, "articles.json")}
    founding = articles["004-334fa7ff5cf8f53b"]
    assert {(s["origin"], s["translator"]) for s in founding["sentences"]} == {
        ("human", "reference")
    }
    assert (founding["outlet_evidence"], founding["published_evidence"]) == (
        "established",
        "inferred",
    )
    hostile = articles["900-injection"]
    assert {(s["origin"], s["translator"]) for s in hostile["sentences"]} == {("pending", None)}
    assert hostile["published_evidence"] is None


@pytest.mark.parametrize(
    "text",
    [
        "قوات سوريا الديمقراطية, قسد",
        'قال: "لن نتوقف"، وأضاف "أبداً"',
        "سطر أول\nسطر ثانٍ\r\nسطر ثالث",
        "\u202eمعكوس\u202c و\u200f",
        "",
        "'نص يبدأ بفاصلة عليا",
        "'=1+1",
    ],
)
def test_a_table_round_trips_arabic_commas_quotes_and_line_breaks(text: str) -> None:
    columns = (tables.Column("id", "an id", tables.ID, True), tables.Column("text", "any text"))
    table = tables.Table("t", "A test table.", columns, [{"id": "a-1", "text": text}])
    written = table.csv()
    rows = list(csv.reader(io.StringIO(written, newline="")))
    assert rows == [["id", "text"], ["a-1", tables.protect(text)]]
    assert _value(rows[1][1]) == text
    jsonschema.validate(dict(zip(*rows, strict=True)), json.loads(table.row_schema()))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "'"])
def test_every_formula_start_is_prefixed_and_nothing_else_is(start: str) -> None:
    assert tables.cell(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert tables.cell(f"قتلى {start}1") == f"قتلى {start}1"  # only the first character counts
    assert (tables.cell(None), tables.cell(True), tables.cell(6)) == ("", "true", "6")


@pytest.mark.parametrize("lang_dir", ["", "ar/"])
def test_the_data_page_lists_every_file_with_its_schema_in_both_languages(
    data: Path, lang_dir: str
) -> None:
    page_path = data.parent / f"{lang_dir}data" / "index.html"
    page = sitecheck.parse(page_path)
    base = page_path.parent
    targets = {(base / link).resolve() for link in page.links if link.endswith((".json", ".csv"))}
    index = _json(data / exports.INDEX_FILE)
    expected = {(data / f["path"]).resolve() for f in index["files"]}
    expected |= {(data / f.schema).resolve() for f in exports.DATA_FILES}
    expected |= {(data / name).resolve() for name in (exports.INDEX_FILE, exports.INDEX_SCHEMA)}
    assert targets == expected and all(target.is_file() for target in targets)
    text = sitecheck.text_of(page_path)
    heading = "البيانات" if lang_dir else "Data"
    licence = "الترخيص" if lang_dir else "Licence"
    assert heading in text and licence in text and "RFC 4180" in text


def test_a_figures_source_named_with_markup_is_shown_as_text(data: Path) -> None:
    page = (data.parent / "events" / "900-injection" / "index.html").read_text("utf-8")
    assert "مصدر &lt;i&gt;محلي" in page and "<i>محلي" not in page
    row = next(r for r in _all(data, "figures.csv") if r["kind"] == "injured")
    assert _value(row["source_ar"]) == SOURCE
