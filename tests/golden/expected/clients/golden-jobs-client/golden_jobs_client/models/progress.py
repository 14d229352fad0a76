from __future__ import annotations

from typing import Any

from asyncstatus_core.model import FLOAT, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class Progress(OpenModel[Any]):
    percent: float | Unset = _field("percent", FLOAT, default=UNSET)
