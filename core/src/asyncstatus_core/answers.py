"""The answer rule: whatever a server sends, a call returns a model, a `Response` with `parsed=None`, or
raises one of the package's own errors (`errors.SDKError`), never a raw KeyError/TypeError/JSONDecodeError.

Part of asyncstatus-core, the runtime every generated package depends on; the generated endpoint modules
and models call it. openapi-python-client's stock output calls `response.json()` and indexes
required keys, so an empty 401, a proxy's HTML 502 or an answer without a documented field ends in a
traceback from deep inside `from_dict`. Here:

- bodies are decoded once (orjson, in about half the time of `json.loads`; a body it refuses goes to
  `json.loads`, which reads UTF-16/32, NaN and big integers as before), and an empty, non-JSON or wrongly
  shaped body is reported, not raised raw;
- a documented error status whose body cannot be used gives `parsed=None` (the status is the news, and
  `Response.content` keeps the raw answer); a success status whose body cannot be used raises
  `errors.UnexpectedResponse` with the status, content type, a redacted excerpt and the JSON path;
- models parse whatever fields an object has: a required field that is absent or unusable is stored as
  `MISSING` and raises `errors.MissingField` (an AttributeError) only when it is read; an unusable
  value stays in `additional_properties`, so `to_dict()` still writes back what was received.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, NoReturn, cast

import httpx

from .csv_rows import Column, CsvFormatError, csv_text, one_row, read_rows
from .errors import MissingField, UnexpectedResponse

_fast_loads: Callable[[bytes], Any]
try:  # a fast decoder when installed (the package depends on it); the standard library's otherwise
    import orjson

    _fast_loads = orjson.loads
except ImportError:  # pragma: no cover - orjson is a dependency of the package
    _fast_loads = json.loads

__all__ = [
    "MISSING",
    "PARSE_ERRORS",
    "PENDING",
    "UnlistedStatus",
    "Unusable",
    "http_status",
    "json_body",
    "json_object",
    "raise_missing",
    "unusable",
]


class _Missing:
    """The value of a required field the answer did not carry (or carried in a shape that cannot be used)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "MISSING"  # copy, deepcopy and pickle give back the one instance


MISSING: Any = _Missing()


class _Pending:
    """The value of a field a model has not converted yet: models are views over the decoded JSON object and
    convert a field when it is first read (model.py)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<pending>"

    def __reduce__(self) -> str:
        return "PENDING"  # copy, deepcopy and pickle give back the one instance


PENDING: Any = _Pending()

# What parsing a JSON value into a model may raise; RecursionError for absurdly nested bodies.
PARSE_ERRORS: tuple[type[BaseException], ...] = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    OverflowError,
    RecursionError,
)


class Unusable(ValueError):
    """A body that cannot be read as the documented JSON; `path` is where the first mismatch is."""

    def __init__(self, reason: str, path: str = "$") -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path


class UnlistedStatus(int):
    """A status code `http.HTTPStatus` does not list (e.g. a CDN's 520): `HTTPStatus(520)` raises ValueError,
    which stock output lets out of every call. Behaves like an HTTPStatus member where code reads it."""

    @property
    def value(self) -> int:
        return int(self)

    @property
    def name(self) -> str:
        return f"STATUS_{int(self)}"

    @property
    def phrase(self) -> str:
        return ""

    @property
    def description(self) -> str:
        return ""


def http_status(code: int) -> HTTPStatus:
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, UnlistedStatus(code))


_JSON_LINES = frozenset({"text/jsonl", "application/jsonl", "application/x-ndjson", "application/jsonlines"})


# An operation's tabular answers (from the spec, in the generated package's `_media.TABULAR`): the item
# model's columns and whether the answer is a list.
Tabular = tuple[dict[str, Column], bool]


def json_body(response: httpx.Response, operation: str = "", tabular: Tabular | None = None) -> Any:
    """The decoded body as JSON values. CSV and JSON Lines answers of an operation that offers them
    (`tabular`, from the spec) become the same objects their JSON answer would hold; any other
    body is read as JSON whatever its declared content type (servers mislabel JSON as text/plain)."""
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if tabular is not None and media == "text/csv":
        columns, many = tabular
        try:
            rows = read_rows(csv_text(response, what=operation), columns)
            return rows if many else one_row(rows, what=operation)
        except CsvFormatError as error:
            raise Unusable(f"the CSV does not fit: {error}") from None
    if tabular is not None and media in _JSON_LINES:
        return _json_lines(response, many=tabular[1])
    content = response.content
    try:
        return _fast_loads(content)
    except (ValueError, RecursionError):
        pass  # orjson is stricter (UTF-8 only, no NaN, 64-bit integers): json.loads decides and explains
    if not content.strip():
        raise Unusable("the body is empty")
    try:
        return json.loads(content)
    except UnicodeDecodeError as error:
        raise Unusable(f"the body is not text in a JSON encoding ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise Unusable(f"the body is not JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
    except RecursionError:
        raise Unusable("the body is JSON nested too deeply to read") from None


def _json_lines(response: httpx.Response, *, many: bool) -> Any:
    """JSON Lines (https://jsonlines.org): one JSON value per line; an empty body is an empty list."""
    values: list[Any] = []
    for number, line in enumerate(response.content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line))
        except (ValueError, RecursionError):
            raise Unusable(f"JSON Lines: line {number} is not JSON", path=f"$[{len(values)}]") from None
    if many:
        return values
    if len(values) != 1:
        raise Unusable(f"JSON Lines: expected one value, got {len(values)}")
    return values[0]


def json_object(response: httpx.Response, operation: str = "", tabular: Tabular | None = None) -> dict[str, Any]:
    body = json_body(response, operation, tabular)
    if not isinstance(body, dict):
        raise Unusable(f"expected a JSON object, got {_json_type(body)}")
    return body


def unusable(response: httpx.Response, error: BaseException, *, success: bool) -> None:
    """Called when the body of a documented status cannot be parsed: `parsed=None` for an error status,
    `UnexpectedResponse` for a success status (the caller asked for the model and there is none)."""
    if not success:
        return None
    if isinstance(error, Unusable):
        reason, path = error.reason, error.path
    else:
        reason, path = f"{type(error).__name__}: {error}", _first_mismatch(response)
    raise UnexpectedResponse.from_response(response, reason=reason, path=path) from None


def raise_missing(model: object, wire_name: str, attribute: str) -> NoReturn:
    """A required field read on a model whose answer lacked it (or held something unusable under its name)."""
    kept = getattr(model, "additional_properties", {})
    if wire_name in kept:
        reason = (
            f"the answer's `{wire_name}` ({_json_type(kept[wire_name])}) could not be read;"
            " the raw value is in additional_properties"
        )
    else:
        reason = f"the answer has no `{wire_name}`"
    raise MissingField(f"{type(model).__name__}.{attribute}: {reason}", model=type(model).__name__, field=wire_name)


def _first_mismatch(response: httpx.Response) -> str:
    """Where a decoded body stops looking like objects: the first non-object item of a top-level array."""
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return "$"
    if isinstance(body, list):
        for index, item in enumerate(body):
            if not isinstance(item, dict):
                return f"$[{index}]"
    return "$"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
