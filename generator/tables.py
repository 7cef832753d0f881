"""CSV tables with a JSON Schema for their rows, safe to open in a spreadsheet.

A ``Table`` is a header (``Column``s) and rows of plain values. ``csv()`` writes RFC 4180
with the csv module: CRLF line ends, a field quoted when it holds a comma, a double quote
or a line break, double quotes doubled. ``row_schema()`` describes one row as an object
keyed by the header, every value a string (an absent value is the empty string).

Spreadsheets run a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and
treat a leading tab or carriage return the same way, so seed text could run code on a
reader's machine ("formula injection"). Such a cell is written with a leading apostrophe,
which spreadsheets hide and treat as "this is text". A cell that already begins with an
apostrophe gets one more, so the rule for a program reading the file is exact: remove
one leading apostrophe, if there is one, to get the value.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"

ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
IDS = r"^[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*$"  # space-separated
OPTIONAL_DATE = r"^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"
COUNT = r"^[0-9]+$"
OPTIONAL_COUNT = r"^([0-9]+)?$"
BOOLEAN = r"^(true|false)$"
GRADE = r"^(established|inferred|unknown)?$"

Value = str | int | bool | None


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    pattern: str | None = None  # a regular expression the whole cell matches
    required: bool = False  # never empty


def protect(text: str) -> str:
    """The cell for ``text``: an apostrophe before a formula start or an apostrophe."""
    return TEXT_MARK + text if text.startswith((*FORMULA_STARTS, TEXT_MARK)) else text


def cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return protect(str(value))


@dataclass(frozen=True)
class Table:
    name: str  # files data/<year>/<name>.csv, schema data/<name>.row.schema.json
    description: str
    columns: tuple[Column, ...]
    rows: Sequence[Mapping[str, Value]]

    def csv(self) -> str:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        header = [column.name for column in self.columns]
        writer.writerow(header)
        for row in self.rows:
            writer.writerow([cell(row[name]) for name in header])
        return out.getvalue()

    def row_schema(self) -> str:
        properties: dict[str, Any] = {}
        for column in self.columns:
            spec: dict[str, Any] = {"type": "string", "description": column.description}
            if column.pattern:
                spec["pattern"] = column.pattern
            if column.required:
                spec["minLength"] = 1
            properties[column.name] = spec
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://briefing.invalid/data/{self.name}.row.schema.json",
            "title": f"One row of {self.name}.csv",
            "description": (
                f"{self.description} The CSV header names these properties, in this order. "
                "Every value is text; an empty cell is an absent value. A cell that begins "
                "with =, +, -, @, a tab, a carriage return or an apostrophe is written with "
                "one more apostrophe in front (spreadsheet formula protection): remove one "
                "leading apostrophe to get the value."
            ),
            "type": "object",
            "required": [column.name for column in self.columns],
            "additionalProperties": False,
            "properties": properties,
        }
        return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
