from __future__ import annotations

from typing import Any

from asyncstatus_core.model import NONE, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model
from asyncstatus_core.model import union as _union

from ..models.async_process_status import AsyncProcessStatus
from ..models.async_task_type import AsyncTaskType
from ..types import UNSET, Unset


class AsyncProcessResponse(OpenModel[Any]):
    """Successful answer: the common envelope plus the async process itself. The reference page
    marks no field required; only the envelope fields are guaranteed. Open, like every answer,
    on the composition too: OpenAPI Generator's Go client reads the composed object's own
    `additionalProperties`, not its parts'.

    """

    errors: list[ApiError] = _field("errors", _list_of(_model(lambda: ApiError)))
    """Errors of this request; empty on success."""
    warnings: list[ApiWarning] = _field("warnings", _list_of(_model(lambda: ApiWarning)))
    """Warnings of this request; often empty."""
    api_request_id: str = _field("apiRequestId", STR)
    """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""
    uuid: str | Unset = _field("uuid", STR, default=UNSET)
    """Identifier of the async process (the `asyncProcessesUuid` asked for)."""
    status: AsyncProcessStatus | Unset = _field("status", _enum(AsyncProcessStatus), default=UNSET)
    """State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
    running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
    (treated as success); `FAILED`: finished unsuccessfully.
    """
    async_task_type: AsyncTaskType | Unset = _field("asyncTaskType", _enum(AsyncTaskType), default=UNSET)
    """Kind of work the async process performs."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Human-readable name of the process."""
    start_time: None | str | Unset = _field("startTime", _union(STR, NONE), default=UNSET)
    """When the process started. The reference page types it as a plain string and
    documents no format; no public sample of a real value for this endpoint could be
    found, and another myKaarma API is recorded sending space-separated
    `2026-07-22 14:00:00` times (SOURCES.md S7), so the spec does not assert ISO 8601
    (`date-time`). Null or absent before the process has started.
    """
    end_time: None | str | Unset = _field("endTime", _union(STR, NONE), default=UNSET)
    """When the process ended; a plain string like `startTime`. Null or absent while the
    process is `NOT_STARTED` or `IN_PROGRESS`.
    """
    task_details: None | str | Unset = _field("taskDetails", _union(STR, NONE), default=UNSET)
    """Details of the requested task as one string (the reference page types it as a
    string, not an object); may be null.
    """
    steps: list[AsyncProcessStep] | Unset = _field("steps", _list_of(_model(lambda: AsyncProcessStep)), default=UNSET)
    """The steps of the process; their statuses give the process's progress."""
    service_subscriber: ServiceSubscriber | Unset = _field(
        "serviceSubscriber", _model(lambda: ServiceSubscriber), default=UNSET
    )
    """The service subscriber (API client account) the process belongs to."""
    business: Business | Unset = _field("business", _model(lambda: Business), default=UNSET)
    """The business entity (dealer or product) the process acts on."""
    requester_user: RequesterUser | Unset = _field("requesterUser", _model(lambda: RequesterUser), default=UNSET)
    """The user on whose behalf the process was requested."""


from ..models.api_error import ApiError  # noqa: E402
from ..models.api_warning import ApiWarning  # noqa: E402
from ..models.async_process_step import AsyncProcessStep  # noqa: E402
from ..models.business import Business  # noqa: E402
from ..models.requester_user import RequesterUser  # noqa: E402
from ..models.service_subscriber import ServiceSubscriber  # noqa: E402
