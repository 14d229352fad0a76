from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class JsonApiError(OpenModel[Any]):
    """One JSON:API error object."""

    id: str | Unset = _field("id", STR, default=UNSET)
    """Identifier of this occurrence of the problem."""
    links: JsonApiErrorLinks | Unset = _field("links", _model(lambda: JsonApiErrorLinks), default=UNSET)
    """Links of a JSON:API error object."""
    status: str | Unset = _field("status", STR, default=UNSET)
    """HTTP status code of the problem, as a string (e.g. `"404"`)."""
    code: str | Unset = _field("code", STR, default=UNSET)
    """Application-specific error code."""
    title: str | Unset = _field("title", STR, default=UNSET)
    """Short, human-readable summary of the kind of problem."""
    detail: str | Unset = _field("detail", STR, default=UNSET)
    """Human-readable explanation of this occurrence of the problem."""
    source: JsonApiErrorSource | Unset = _field("source", _model(lambda: JsonApiErrorSource), default=UNSET)
    """What in the request caused the error."""
    meta: JsonApiErrorMeta | Unset = _field("meta", _model(lambda: JsonApiErrorMeta), default=UNSET)
    """Non-standard meta-information about the error."""


from ..models.json_api_error_links import JsonApiErrorLinks  # noqa: E402
from ..models.json_api_error_meta import JsonApiErrorMeta  # noqa: E402
from ..models.json_api_error_source import JsonApiErrorSource  # noqa: E402
