from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, NONE, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import union as _union

from ..models.async_process_status import AsyncProcessStatus
from ..types import UNSET, Unset


class AsyncProcessStep(OpenModel[Any]):
    """One step of an async process; steps run in `order`."""

    uuid: str | Unset = _field("uuid", STR, default=UNSET)
    """Identifier of the step."""
    order: int | Unset = _field("order", INT, default=UNSET)
    """Position of the step within the process (int32 per PROVIDERS.md)."""
    key: str | Unset = _field("key", STR, default=UNSET)
    """Machine-readable key of the step."""
    detail: None | str | Unset = _field("detail", _union(STR, NONE), default=UNSET)
    """Free-text detail about the step's outcome; may be null before the step has run."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Human-readable name of the step."""
    start_time: None | str | Unset = _field("startTime", _union(STR, NONE), default=UNSET)
    """When the step started. The reference page types it as a plain string and gives no
    format (no public example of a real value could be found), so no `date-time` format
    is asserted; null or absent while the step has not started.
    """
    end_time: None | str | Unset = _field("endTime", _union(STR, NONE), default=UNSET)
    """When the step ended; a plain string like `startTime`. Null or absent while the step
    has not finished.
    """
    status: AsyncProcessStatus | Unset = _field("status", _enum(AsyncProcessStatus), default=UNSET)
    """State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
    running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
    (treated as success); `FAILED`: finished unsuccessfully.
    """
