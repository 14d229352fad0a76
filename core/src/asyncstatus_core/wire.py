"""Date-time handling that gives back exactly what the server sent.

Part of asyncstatus-core, the runtime every generated package depends on (scripts/codegen/generate.py). Stock
openapi-python-client writes `datetime.isoformat()`, which turns `2025-01-01T10:00:00Z` into
`2025-01-01T10:00:00+00:00`; a parsed value here remembers its wire text, so
`to_dict(from_dict(x)) == x` holds and a model written back to the provider is unchanged.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["WireDateTime", "format_datetime", "parse_datetime"]

_LEAP_SECOND = re.compile(r"(T\d\d:\d\d:)60")


class WireDateTime(datetime.datetime):
    """A `datetime` that remembers the ISO 8601 text it was parsed from (`.wire_text`). Arithmetic on it
    gives values without `wire_text`, which `format_datetime` writes in ISO 8601."""

    __slots__ = ("wire_text",)  # no per-instance __dict__: cheaper to create, and it parses thousands
    wire_text: str


def parse_datetime(text: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 date-time (`Z` or an offset) keeping the original text for `format_datetime`.

    RFC 3339 section 5.6 allows lower-case `t` and `z`, which `fromisoformat` refuses, so the text is
    upper-cased for parsing (a date-time has no other letters); a leap second (`:60`) is read as `:59`.
    """
    try:
        value = WireDateTime.fromisoformat(text)  # the classmethod builds the subclass directly
    except ValueError:
        upper = text.upper()  # only on the rare path: upper-casing every value costs ~10% of a parse
        leap = _LEAP_SECOND.sub(r"\g<1>59", upper, count=1)
        value = WireDateTime.fromisoformat(leap)
    value.wire_text = text
    return value


def format_datetime(value: datetime.datetime) -> str:
    """The wire text a value was parsed from; ISO 8601 (`Z` for UTC) for any other datetime."""
    text = getattr(value, "wire_text", None)
    if isinstance(text, str):
        return text
    formatted = value.isoformat()
    return formatted[:-6] + "Z" if formatted.endswith("+00:00") else formatted
