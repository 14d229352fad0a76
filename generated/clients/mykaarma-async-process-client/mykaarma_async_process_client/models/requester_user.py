from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field

from ..models.requester_user_type import RequesterUserType
from ..types import UNSET, Unset


class RequesterUser(OpenModel[Any]):
    """The user on whose behalf the process was requested."""

    type_: RequesterUserType | Unset = _field("type", _enum(RequesterUserType), default=UNSET)
    """Kind of user who requested the process (values from PROVIDERS.md; the reference page truncates the list)."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Name of the user."""
    uuid: str | Unset = _field("uuid", STR, default=UNSET)
    """Identifier of the user."""
