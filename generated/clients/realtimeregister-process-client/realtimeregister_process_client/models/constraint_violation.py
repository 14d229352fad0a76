from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class ConstraintViolation(OpenModel[Any]):
    """One failed constraint of a `ConstraintViolationException` (official TypeScript SDK)."""

    field: str = _field("field", STR)
    """The parameter or field that failed validation."""
    message: str = _field("message", STR)
    """Why it failed."""
    value: str | Unset = _field("value", STR, default=UNSET)
    """The rejected value, when echoed back."""
