from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import DATETIME, NONE, STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import union as _union

from ..types import UNSET, Unset


class Step(OpenModel[Any]):
    name: str = _field("name", STR)
    status: str = _field("status", STR)
    started_at: datetime.datetime | None | Unset = _field("startedAt", _union(DATETIME, NONE), default=UNSET)
