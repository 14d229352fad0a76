from __future__ import annotations

from asyncstatus_core.model import STR, OpenModel


class ResponseErrorMeta(OpenModel[str], extra=STR):
    """Additional string metadata about the field error."""
