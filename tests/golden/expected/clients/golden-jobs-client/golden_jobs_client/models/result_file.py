from __future__ import annotations

from typing import Any, Literal

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import const as _const
from asyncstatus_core.model import field as _field


class ResultFile(OpenModel[Any]):
    kind: Literal["file"] = _field("kind", _const("file"))
    url: str = _field("url", STR)
