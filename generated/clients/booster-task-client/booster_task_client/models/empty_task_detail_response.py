from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, STR, OpenModel
from asyncstatus_core.model import field as _field


class EmptyTaskDetailResponse(OpenModel[Any]):
    """What `getTaskDetail` answers when the service itself fails (not found, any unhandled exception): ServiceStack
    creates the conventionally named `GetTaskDetailResponse`, which has no `ResponseStatus` property, and writes it with
    default values (https://docs.servicestack.net/error-handling, "Error Response Types"; ServiceStack source
    `WebRequestUtils.GetErrorResponseDtoType`, `DtoUtils.CreateErrorResponse`). Its strings and nullable counters are
    null and left out; the value types are written as their defaults: Guid.Empty and 0. The error text is only in the
    HTTP status line.

    """

    async_task_id: str = _field("asyncTaskId", STR)
    """Guid.Empty, as ServiceStack.Text writes it."""
    percentage: int = _field("percentage", INT)
    """The default of .NET `int`."""
