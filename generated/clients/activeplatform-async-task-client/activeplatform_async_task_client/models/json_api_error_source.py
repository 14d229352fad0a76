from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class JsonApiErrorSource(OpenModel[Any]):
    """What in the request caused the error."""

    pointer: str | Unset = _field("pointer", STR, default=UNSET)
    """JSON Pointer (RFC 6901) to the offending value in the request document."""
    parameter: str | Unset = _field("parameter", STR, default=UNSET)
    """Name of the URI parameter (path or query) that caused the error."""
