from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class Problem(OpenModel[Any]):
    title: str | Unset = _field("title", STR, default=UNSET)
