from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class JsonApiErrorLinks(OpenModel[Any]):
    """Links of a JSON:API error object."""

    about: str | Unset = _field("about", STR, default=UNSET)
    """Link to further details about this occurrence of the problem."""
