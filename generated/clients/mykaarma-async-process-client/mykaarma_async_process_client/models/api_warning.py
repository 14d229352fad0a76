from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class ApiWarning(OpenModel[Any]):
    """One warning reported by the API alongside an otherwise usable answer."""

    warning_code: int | Unset = _field("warningCode", INT, default=UNSET)
    """Numeric myKaarma warning code (e.g. `150000`, SOURCES.md S3)."""
    warning_title: str | Unset = _field("warningTitle", STR, default=UNSET)
    """Short title of the warning."""
    warning_message: str | Unset = _field("warningMessage", STR, default=UNSET)
    """Human-readable explanation of the warning."""
