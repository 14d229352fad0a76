from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class ProcessErrorContent(OpenModel[Any]):
    """The content of the error the process ended with, when it has one. The page does not describe its shape, so it is
    kept opaque.

    """
