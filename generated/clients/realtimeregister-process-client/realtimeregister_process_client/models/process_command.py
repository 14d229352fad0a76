from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class ProcessCommand(OpenModel[Any]):
    """The content of the command that started the process, as sent by the caller. Its shape depends on the process `type`
    and `action`, so it is kept opaque.

    """
