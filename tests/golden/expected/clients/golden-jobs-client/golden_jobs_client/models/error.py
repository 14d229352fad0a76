from __future__ import annotations

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field


class Error(OpenModel[str], extra=STR):
    code: str = _field("code", STR)
    message: str = _field("message", STR)
