from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field

from ..models.business_type import BusinessType
from ..types import UNSET, Unset


class Business(OpenModel[Any]):
    """The business entity (dealer or product) the process acts on."""

    type_: BusinessType | Unset = _field("type", _enum(BusinessType), default=UNSET)
    """Kind of business entity the process concerns (values from PROVIDERS.md; the reference page truncates the list)."""
    uuid: str | Unset = _field("uuid", STR, default=UNSET)
    """Identifier of the business entity."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Name of the business entity."""
