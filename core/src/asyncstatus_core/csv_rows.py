"""Turn a CSV answer (RFC 4180) back into the JSON-shaped dicts a generated model's `from_dict` reads.

Part of asyncstatus-core, the runtime every generated package depends on. openapi-python-client only
parses JSON answers, and a CSV cell is text whatever the property's type: turning `40` back into
an int, `true` into a bool and an empty cell into "unset" is logic, not layout, so it lives here once
(tested in tests/sdk_unit/test_booster_csv.py) instead of in a template. The generated `csv` module
(scripts/codegen/extra/package/csv.py.jinja, written only where the spec offers `text/csv`) sends the
request, checks status and content type, and passes the columns it knows from the spec.

The rules, after ServiceStack's CSV format (https://docs.servicestack.net/csv-format):

- The first row is the header and names the JSON properties; a header that matches a known property
  only case-insensitively (`AsyncTaskId`) is taken as that property. A column the spec does not know is
  kept as text and reaches the model's `additional_properties` through `from_dict`.
- Quoted cells may hold commas, doubled quotes (`""` for `"`) and line breaks; rows end in CRLF or LF.
- An empty cell is an unset (null) value: an optional property is left out, a required nullable one
  is None, a required string is "" and a required non-string is an error.
- `integer` cells become int, `number` float, `boolean` (`true`/`false`, any case) bool, `json`
  (objects, arrays) the parsed JSON value, `string` the text as written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from .errors import SDKError

__all__ = [
    "Column",
    "CsvFormatError",
    "UnexpectedContentType",
    "csv_text",
    "media_type",
    "one_row",
    "read_rows",
]

Kind = Literal["integer", "number", "boolean", "string", "json"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@dataclass(frozen=True)
class Column:
    """One property of the item model as a CSV column: its JSON type, its `format` (int32/int64 are
    range-checked), whether every row must carry it, and whether it may be null."""

    kind: Kind
    required: bool = False
    nullable: bool = False
    format: str = ""


class CsvFormatError(SDKError, ValueError):
    """The CSV answer does not fit the model: broken quoting, a row with the wrong number of cells, a
    required column missing from the header, or a cell that does not convert to its column's type."""


class UnexpectedContentType(SDKError):
    """A success answer in another media type than the one asked for (e.g. JSON for `Accept: text/csv`)."""

    def __init__(self, what: str, expected: str, content_type: str, content: bytes) -> None:
        self.expected = expected
        self.content_type = content_type
        self.content = content
        super().__init__(f"{what}: expected a {expected} answer, got Content-Type {content_type or '(none)'!r}")


class _Unset:
    pass


_UNSET = _Unset()


def media_type(content_type: str) -> str:
    """`text/csv; charset=utf-8` -> `text/csv`."""
    return content_type.split(";", 1)[0].strip().lower()


def csv_text(response: httpx.Response, *, what: str, expected: str = "text/csv") -> str:
    """The body of a CSV answer as text (its charset, else UTF-8; a byte order mark is dropped).

    Raises UnexpectedContentType when the answer is not `expected`."""
    content_type = response.headers.get("content-type", "")
    if media_type(content_type) != expected:
        raise UnexpectedContentType(what, expected, content_type, response.content)
    try:
        text = response.content.decode(response.charset_encoding or "utf-8")
    except (LookupError, UnicodeDecodeError) as exc:
        raise CsvFormatError(f"{what}: the CSV answer cannot be decoded: {exc}") from exc
    return text.removeprefix("\ufeff")


def read_rows(text: str, columns: Mapping[str, Column]) -> list[dict[str, Any]]:
    """Every data row of `text` as a dict keyed by the header's property names, cells converted by
    `columns` (unknown columns kept as text). A header alone is an empty list (ServiceStack writes the
    header row for an empty list); a body without a header row naming the required columns is not this
    CSV at all (an error page, JSON sent as text/csv) and raises CsvFormatError rather than reading as
    "no items"."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = [row for row in reader if row]  # a blank line (e.g. a trailing one) is no record
    except csv.Error as exc:
        raise CsvFormatError(f"line {reader.line_num}: malformed CSV: {exc}") from exc
    if not rows:
        raise CsvFormatError("the body has no CSV header row")
    header = _header(rows[0], columns)
    missing = [name for name, column in columns.items() if column.required and name not in header]
    if missing:
        raise CsvFormatError(f"the header row {rows[0][:5]!r} lacks the required column(s) {', '.join(missing)}")
    records: list[dict[str, Any]] = []
    for number, row in enumerate(rows[1:], start=1):
        if len(row) != len(header):
            raise CsvFormatError(f"record {number}: {len(row)} cells for {len(header)} columns")
        record: dict[str, Any] = {}
        for name, cell in zip(header, row, strict=True):
            try:
                value = _convert(cell, columns.get(name))
            except ValueError as exc:
                raise CsvFormatError(f"record {number}, column {name!r}: {exc}") from exc
            if not isinstance(value, _Unset):
                record[name] = value
        records.append(record)
    return records


def one_row(rows: list[dict[str, Any]], *, what: str) -> dict[str, Any]:
    """The single record of an answer that holds one item."""
    if len(rows) != 1:
        raise CsvFormatError(f"{what}: expected one CSV record, got {len(rows)}")
    return rows[0]


def _header(cells: list[str], columns: Mapping[str, Column]) -> list[str]:
    by_folded = {name.casefold(): name for name in columns}
    names = [cell if cell in columns else by_folded.get(cell.casefold(), cell) for cell in cells]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise CsvFormatError(f"the header repeats the column(s) {', '.join(duplicates)}")
    return names


def _convert(cell: str, column: Column | None) -> Any:
    if column is None:  # not in the spec: kept as sent, for additional_properties
        return cell if cell else _UNSET
    if not cell:
        if not column.required:
            return _UNSET
        if column.nullable:
            return None
        if column.kind == "string":
            return ""
        raise ValueError(f"empty cell for a required {column.kind}")
    if column.kind == "integer":
        if not _INTEGER.fullmatch(cell.strip()):
            raise ValueError(f"{cell!r} is not an integer")
        value = int(cell)
        low, high = _INT_RANGES.get(column.format, (value, value))
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range for {column.format}")
        return value
    if column.kind == "number":
        if not _NUMBER.fullmatch(cell.strip()):
            raise ValueError(f"{cell!r} is not a number")
        return float(cell)
    if column.kind == "boolean":
        folded = cell.strip().lower()
        if folded not in ("true", "false"):
            raise ValueError(f"{cell!r} is not a boolean (true or false)")
        return folded == "true"
    if column.kind == "json":
        try:
            return json.loads(cell)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{cell!r} is not JSON: {exc.msg}") from None
    return cell
