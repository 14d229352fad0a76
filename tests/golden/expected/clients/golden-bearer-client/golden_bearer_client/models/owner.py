from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field


class Owner(OpenModel[Any]):
    name: str = _field("name", STR)
