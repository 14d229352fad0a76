from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, NONE, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import union as _union

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset


class Task(OpenModel[Any]):
    """One asynchronous task (ServiceStack DTO `Task`). JSON property names are the DTO's own camelCase property names (the
    host's C# DTO page, https://dev-api-booster.richemont.com/xml/metadata?lang=csharp&op=GetTaskDetail).
    ServiceStack.Text leaves members whose value is null out of the JSON (`IncludeNullValues` defaults to false,
    ServiceStack source `JsConfigScope.cs`), so the optional members are absent rather than `null`; `null` is still
    accepted in case the host changes that setting.

    """

    async_task_id: str = _field("asyncTaskId", STR)
    """ID of the task, a .NET `Guid` (required). This host writes it as 32 hex digits without hyphens:
    ServiceStack.Text's default (`Guid.ToString("N")` in `JsonTypeSerializer`), and the host's own metadata samples
    show Guid.Empty as `00000000000000000000000000000000`. The hyphenated form is accepted too (a host configured with
    `JsConfig<Guid>.SerializeFn` writes it), by pattern instead of `format: uuid` (which names only the hyphenated
    form); the SDKs keep the text as sent.
    """
    type_: str = _field("type", STR)
    """Kind of task (required). The docs give `stock`, `sellout` and `crm` as examples ("e.g."), not as a closed list, so
    this is a free string.
    """
    request_date: str = _field("requestDate", STR)
    """When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata page,
    Data Type column), so ServiceStack's date handling does not apply: it is neither guaranteed to be RFC 3339 nor
    ServiceStack's `/Date(ms-0000)/` form (which the host uses for `DateTime` members, per its `ExportSellOut`
    sample), but whatever text the service puts there, undocumented. No `format` is claimed; the examples use ISO 8601
    for illustration only, and a client should keep the text as sent.
    """
    status: TaskStatus = _field("status", _enum(TaskStatus))
    """Status of a task. The docs introduce these four codes with "e.g." ('REQ', 'INP', 'COM', 'ERR'), so the list may
    not be exhaustive: this enum states the documented set, and a client should treat any other code as unknown, not
    as an error. Meaning as used by the waiters: `REQ` requested (not started), `INP` in progress, `COM` completed,
    `ERR` failed.
    """
    percentage: int = _field("percentage", INT)
    """Completion of the task in percent (required; .NET `int`)."""
    brand: str = _field("brand", STR)
    """Trigram (three-letter code) of the Richemont brand the task belongs to (required), e.g. `CAR`."""
    download_url: None | str | Unset = _field("downloadUrl", _union(STR, NONE), default=UNSET)
    """URL of the files the task created (optional). Typically set once the task has produced files."""
    signed_download_url: None | str | Unset = _field("signedDownloadUrl", _union(STR, NONE), default=UNSET)
    """Presigned download URL that expires after some time (optional). Fetch it again through this API once it has
    expired.
    """
    total_results: int | None | Unset = _field("totalResults", _union(INT, NONE), default=UNSET)
    """Total number of operations of the task (optional; .NET `int?`)."""
    total_succeeded: int | None | Unset = _field("totalSucceeded", _union(INT, NONE), default=UNSET)
    """Number of operations that succeeded (optional; .NET `int?`)."""
    total_failed: int | None | Unset = _field("totalFailed", _union(INT, NONE), default=UNSET)
    """Number of operations that failed (optional; .NET `int?`)."""
