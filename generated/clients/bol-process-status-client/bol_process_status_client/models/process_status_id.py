from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field


class ProcessStatusId(OpenModel[Any]):
    """One process status id to look up."""

    process_status_id: str = _field("processStatusId", STR)
    """A process status id, as returned by a PUT/POST/DELETE request (digits or a UUID-style id; see
    `ProcessStatus.processStatusId`).
    """
