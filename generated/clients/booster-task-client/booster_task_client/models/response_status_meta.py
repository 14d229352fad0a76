from __future__ import annotations

from asyncstatus_core.model import STR, OpenModel


class ResponseStatusMeta(OpenModel[str], extra=STR):
    """Additional string metadata about the error."""
