from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class ServiceSubscriber(OpenModel[Any]):
    """The service subscriber (API client account) the process belongs to."""

    name: str | Unset = _field("name", STR, default=UNSET)
    """Name of the service subscriber."""
    uuid: str | Unset = _field("uuid", STR, default=UNSET)
    """Identifier of the service subscriber."""
