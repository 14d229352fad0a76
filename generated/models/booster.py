# Generated from specs/booster.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel


class TaskStatus(StrEnum):
    REQ = "REQ"
    INP = "INP"
    COM = "COM"
    ERR = "ERR"


class TaskCsv(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="The answer as CSV (`text/csv`), written by ServiceStack's CSV serializer (https://docs.servicestack.net/csv-format; ServiceStack source `CsvWriter.cs`, `CsvConfig.cs`): a header row naming the `Task` properties in declaration order, then one row per task (a single row for `GetTaskDetail`); every row, the header included, ends with CRLF. The header row is written even when there are no tasks, so an empty list is the header row alone. The headers are the DTO's property names, which the host declares in camelCase (the same names as the JSON). Fields are separated by commas, a value containing a comma, quote or line break is enclosed in double quotes with inner quotes doubled (RFC 4180), a Guid is written as 32 hex digits, and an unset (null) value is an empty cell. CSV answers also carry `Content-Disposition: attachment;filename=\"GetTask.csv\"` (or `GetTaskDetail.csv`), added by ServiceStack's `CsvFormat`."
        ),
    ]


class TaskJsonl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="The answer as JSON Lines (`text/jsonl`): one compact `Task` JSON object per line, one line per task, each line terminated by a newline; an empty list is an empty body. A single task (`GetTaskDetail`) is one JSON object without a trailing newline. See https://docs.servicestack.net/jsonl-format and ServiceStack source `JsonlSerializer.cs`."
        ),
    ]


class EmptyTaskDetailResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    asyncTaskId: Annotated[
        str,
        Field(
            description="Guid.Empty, as ServiceStack.Text writes it.",
            examples=["00000000000000000000000000000000"],
            pattern="^0{32}$|^0{8}-0{4}-0{4}-0{4}-0{12}$",
        ),
    ]
    percentage: Annotated[int, Field(description="The default of .NET `int`.", examples=[0], ge=0, le=0)]


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    JSONL = "jsonl"


class ResponseError(BaseModel):
    model_config = ConfigDict(extra="allow")
    errorCode: Annotated[str, Field(description="Machine-readable code of the field error.", examples=["NotEmpty"])]
    fieldName: Annotated[str, Field(description="The request field the error is about.", examples=["asyncTaskId"])]
    message: Annotated[
        str, Field(description="Human-readable message.", examples=["'Async Task Id' must not be empty."])
    ]
    meta: Annotated[dict[str, str] | None, Field(description="Additional string metadata about the field error.")] = (
        None
    )


class Task(BaseModel):
    model_config = ConfigDict(extra="allow")
    asyncTaskId: Annotated[
        str,
        Field(
            description="ID of the task, a .NET `Guid` (required). This host writes it as 32 hex digits without hyphens: ServiceStack.Text's default (`Guid.ToString(\"N\")` in `JsonTypeSerializer`), and the host's own metadata samples show Guid.Empty as `00000000000000000000000000000000`. The hyphenated form is accepted too (a host configured with `JsConfig<Guid>.SerializeFn` writes it), by pattern instead of `format: uuid` (which names only the hyphenated form); the SDKs keep the text as sent.",
            examples=["3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c"],
            pattern="^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        ),
    ]
    type: Annotated[
        str,
        Field(
            description='Kind of task (required). The docs give `stock`, `sellout` and `crm` as examples ("e.g."), not as a closed list, so this is a free string.',
            examples=["stock", "sellout", "crm"],
        ),
    ]
    requestDate: Annotated[
        str,
        Field(
            description="When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata page, Data Type column), so ServiceStack's date handling does not apply: it is neither guaranteed to be RFC 3339 nor ServiceStack's `/Date(ms-0000)/` form (which the host uses for `DateTime` members, per its `ExportSellOut` sample), but whatever text the service puts there, undocumented. No `format` is claimed; the examples use ISO 8601 for illustration only, and a client should keep the text as sent.",
            examples=["2024-06-20T08:43:55"],
        ),
    ]
    status: TaskStatus
    percentage: Annotated[
        int, Field(description="Completion of the task in percent (required; .NET `int`).", examples=[40], ge=0, le=100)
    ]
    brand: Annotated[
        str,
        Field(
            description="Trigram (three-letter code) of the Richemont brand the task belongs to (required), e.g. `CAR`.",
            examples=["CAR"],
            max_length=3,
            min_length=3,
        ),
    ]
    downloadUrl: Annotated[
        str | None,
        Field(
            description="URL of the files the task created (optional). Typically set once the task has produced files.",
            examples=["https://booster-exports.richemont.com/stock/CAR/3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c.csv"],
        ),
    ] = None
    signedDownloadUrl: Annotated[
        str | None,
        Field(
            description="Presigned download URL that expires after some time (optional). Fetch it again through this API once it has expired.",
            examples=["https://booster-exports.s3.eu-west-1.amazonaws.com/stock/CAR/file.csv?X-Amz-Expires=3600"],
        ),
    ] = None
    totalResults: Annotated[
        int | None,
        Field(description="Total number of operations of the task (optional; .NET `int?`).", examples=[1250]),
    ] = None
    totalSucceeded: Annotated[
        int | None, Field(description="Number of operations that succeeded (optional; .NET `int?`).", examples=[1248])
    ] = None
    totalFailed: Annotated[
        int | None, Field(description="Number of operations that failed (optional; .NET `int?`).", examples=[2])
    ] = None


class GetTaskResponse(RootModel[list[Task]]):
    root: Annotated[
        list[Task], Field(description="Answer of `GetTask` (ServiceStack `GetTaskResponse`, a list of `Task`).")
    ]


class EmptyGetTaskResponse(RootModel[list[Task]]):
    root: Annotated[
        list[Task],
        Field(
            description='What `getTasks` answers when the service itself fails: the conventionally named `GetTaskResponse` (a list of `Task`, without `ResponseStatus`) created empty, i.e. `[]` with the error status (https://docs.servicestack.net/error-handling, "Error Response Types").',
            max_length=0,
        ),
    ]


class ResponseStatus(BaseModel):
    model_config = ConfigDict(extra="allow")
    errorCode: Annotated[
        str,
        Field(
            description="Machine-readable code: the exception's type name (e.g. `ArgumentException`) or the HTTP status name (e.g. `NotFound`, `Unauthorized`).",
            examples=["NotFound"],
        ),
    ]
    message: Annotated[str, Field(description="Human-readable message.", examples=["Task not found"])]
    stackTrace: Annotated[
        str | None,
        Field(
            description="Server stack trace; present only when the service runs in debug mode (then `meta` may carry `InnerMessages`)."
        ),
    ] = None
    errors: Annotated[
        list[ResponseError] | None,
        Field(
            description="Field-level errors, e.g. of request binding or validation; usually an empty list when there are none, sometimes absent (see above)."
        ),
    ] = None
    meta: Annotated[dict[str, str] | None, Field(description="Additional string metadata about the error.")] = None


class ErrorResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    responseStatus: ResponseStatus


class GetTaskErrorBody(RootModel[ErrorResponse | EmptyGetTaskResponse]):
    root: Annotated[
        ErrorResponse | EmptyGetTaskResponse,
        Field(
            description="An error answer of `getTasks`: the generic `ErrorResponse` when the failure happened outside the service, the empty `GetTaskResponse` (`[]`) when it happened inside it."
        ),
    ]


class GetTaskDetailErrorBody(RootModel[ErrorResponse | EmptyTaskDetailResponse]):
    root: Annotated[
        ErrorResponse | EmptyTaskDetailResponse,
        Field(
            description="An error answer of `getTaskDetail`: the generic `ErrorResponse` when the failure happened outside the service (binding the path, filters), the empty `GetTaskDetailResponse` when it happened inside it."
        ),
    ]
