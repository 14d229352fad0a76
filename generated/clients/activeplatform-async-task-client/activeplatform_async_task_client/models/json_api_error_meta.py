from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class JsonApiErrorMeta(OpenModel[Any]):
    """Non-standard meta-information about the error."""
