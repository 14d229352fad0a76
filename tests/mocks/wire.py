"""Small pieces the provider mocks share: timestamps as the providers write them, and a route that
matches any id."""

from __future__ import annotations

import datetime
import re
from typing import Any

from starlette.routing import Route


def iso_utc(moment: datetime.datetime) -> str:
    """ISO 8601 in UTC with a `Z` and whole seconds, e.g. 2026-11-22T13:20:19Z."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class AnyIdRoute(Route):
    """A route whose `:path` parameter also matches line breaks (Starlette's `.*` does not), so an id with a
    control character gets the provider's own error answer instead of Starlette's plain-text 404."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.path_regex = re.compile(self.path_regex.pattern, re.DOTALL)
