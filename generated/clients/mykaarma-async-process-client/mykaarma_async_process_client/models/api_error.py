from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class ApiError(OpenModel[Any]):
    """One error reported by the API."""

    error_code: int | Unset = _field("errorCode", INT, default=UNSET)
    """Numeric myKaarma error code, not the HTTP status: myKaarma's published lists use
    codes like `100001`..`100025` (errors) and `150000` (warnings), and its UrlShortener
    source declares the field as a Java `Integer` (SOURCES.md S3, S4).
    """
    error_title: str | Unset = _field("errorTitle", STR, default=UNSET)
    """Short machine-style title of the error, an UPPER_SNAKE name such as `WRONG_CREDENTIAL`
    or `INTERNAL_SERVER_ERROR` (SOURCES.md S3, S4). Not an enum: each service has its own list.
    """
    error_message: str | Unset = _field("errorMessage", STR, default=UNSET)
    """Human-readable explanation of the error."""
