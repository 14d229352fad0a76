from __future__ import annotations

from typing import Any, Literal

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import const as _const
from asyncstatus_core.model import field as _field


class ResultError(OpenModel[Any]):
    kind: Literal["error"] = _field("kind", _const("error"))
    reason: str = _field("reason", STR)
