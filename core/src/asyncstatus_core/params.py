"""The values a call puts into its URL path, checked before any request is sent.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `_media` module
(rendered from the spec) holds one `PathRule` per path parameter of each operation, with the facts of its
schema. An empty id would change the route (`GET /process-status/`), and one with whitespace is a copy
slip no provider's ids have; either would come back as a misleading "not found". The checks are the few
JSON Schema keywords a path parameter's schema uses (type, pattern, format uuid, bounds, lengths, enum),
written here because the runtime carries no JSON Schema library for one value at a time.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InvalidParameter

__all__ = ["PathRule", "check_path"]

_SPACE = re.compile(r"[\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class PathRule:
    """What the spec allows for one path parameter: `name` is the Python keyword, `wire` the spec's name,
    `type` its JSON type; the other fields are the schema's keywords (None or empty: not in the schema)."""

    name: str
    wire: str = ""
    type: str = "string"
    pattern: str | None = None
    format: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    enum: tuple[Any, ...] = ()

    def problem(self, value: Any) -> str | None:
        """Why the spec refuses `value` (a sentence that names the value), or None when it is fine."""
        if isinstance(value, bool):
            return f"{value!r} is not a {self.type}"
        if isinstance(value, int | float):
            return self._number_problem(value)
        text = str(value)
        if not text.strip():
            return f"{text!r} is empty" if not text else f"{text!r} is only whitespace"
        if _SPACE.search(text):
            return f"{text!r} holds whitespace or a control character"
        if self.type in ("integer", "number"):
            try:
                number = int(text) if self.type == "integer" else float(text)
            except ValueError:
                return f"{text!r} is not an {self.type}" if self.type == "integer" else f"{text!r} is not a number"
            return self._number_problem(number)
        if self.enum and text not in {str(v) for v in self.enum}:
            return f"{text!r} is not one of {', '.join(str(v) for v in self.enum)}"
        if self.min_length is not None and len(text) < self.min_length:
            return f"{text!r} is shorter than {self.min_length} characters"
        if self.max_length is not None and len(text) > self.max_length:
            return f"{text!r} is longer than {self.max_length} characters"
        if self.format == "uuid" and not isinstance(value, uuid.UUID):
            try:
                uuid.UUID(text)
            except ValueError:
                return f"{text!r} is not a UUID"
        if self.pattern is not None and re.search(self.pattern, text) is None:
            return f"{text!r} does not match the spec's pattern {self.pattern}"
        return None

    def _number_problem(self, number: float) -> str | None:
        if self.type == "integer" and not float(number).is_integer():
            return f"{number!r} is not an integer"
        if self.type == "string":
            return self.problem(str(number))
        if self.minimum is not None and number < self.minimum:
            return f"{number:g} is below the spec's minimum {self.minimum:g}"
        if self.maximum is not None and number > self.maximum:
            return f"{number:g} is above the spec's maximum {self.maximum:g}"
        return None

    def check(self, value: Any) -> Any:
        """`value` unchanged, or InvalidParameter naming the parameter and the value."""
        problem = self.problem(value)
        if problem is not None:
            raise InvalidParameter(f"{self.name}: {problem}", name=self.name, value=value)
        return value


def check_path(rules: Mapping[str, PathRule], **values: Any) -> None:
    """Check every path parameter of a call (keyword -> value) against its rule; InvalidParameter for the first
    refused one, before any request."""
    for name, value in values.items():
        rule = rules.get(name)
        if rule is not None:
            rule.check(value)
