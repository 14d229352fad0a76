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
            description="The answer as CSV (`text/csv`), written by ServiceStack's CSV serializer: a header row naming the `Task` properties, then one row per task (a single row for `GetTaskDetail`); fields are separated by commas, a value containing a comma, quote or line break is enclosed in double quotes with inner quotes doubled (RFC 4180), and an unset (null) value is an empty cell. The header's casing is not documented; the examples use the JSON names. See https://docs.servicestack.net/csv-format."
        ),
    ]


class TaskJsonl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="The answer as JSON Lines (`text/jsonl`): one `Task` JSON object per line, one line per task. See https://docs.servicestack.net/jsonl-format."
        ),
    ]


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    JSONL = "jsonl"


class ResponseError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    errorCode: Annotated[
        str,
        Field(
            description="Machine-readable code of the field error.",
            examples=["NotEmpty"],
        ),
    ]
    fieldName: Annotated[
        str,
        Field(
            description="The request field the error is about.",
            examples=["asyncTaskId"],
        ),
    ]
    message: Annotated[
        str,
        Field(
            description="Human-readable message.",
            examples=["'Async Task Id' must not be empty."],
        ),
    ]
    meta: Annotated[
        dict[str, str] | None,
        Field(description="Additional string metadata about the field error."),
    ] = None


class Task(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    asyncTaskId: Annotated[
        str,
        Field(
            description="ID of the task, a .NET `Guid` (required). On the wire form the sources differ: ServiceStack.Text writes a Guid as 32 hex digits without hyphens by default (the metadata page's sample shows `00000000000000000000000000000000`), while the usual textual form is hyphenated. The schema therefore accepts both by pattern instead of `format: uuid` (which names only the hyphenated form), and the SDKs keep the text as sent.",
            examples=["3f2b8c1e-9a4d-4e6f-8b7c-2d1e0f9a8b7c"],
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
            description="When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata page, Data Type column), and does not document its layout, so no date format is claimed; the examples use ISO 8601 for illustration only.",
            examples=["2024-06-20T08:43:55Z"],
        ),
    ]
    status: TaskStatus
    percentage: Annotated[
        int,
        Field(
            description="Completion of the task in percent (required; .NET `int`).",
            examples=[40],
            ge=0,
            le=100,
        ),
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
        Field(
            description="Total number of operations of the task (optional; .NET `int?`).",
            examples=[1250],
        ),
    ] = None
    totalSucceeded: Annotated[
        int | None,
        Field(
            description="Number of operations that succeeded (optional; .NET `int?`).",
            examples=[1248],
        ),
    ] = None
    totalFailed: Annotated[
        int | None,
        Field(
            description="Number of operations that failed (optional; .NET `int?`).",
            examples=[2],
        ),
    ] = None


class GetTaskResponse(RootModel[list[Task]]):
    root: Annotated[
        list[Task],
        Field(description="Answer of `GetTask` (ServiceStack `GetTaskResponse`, a list of `Task`)."),
    ]


class ResponseStatus(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
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
        Field(description="Server stack trace; present only when the service runs in debug mode."),
    ] = None
    errors: Annotated[
        list[ResponseError],
        Field(description="Field-level errors, e.g. of request validation; empty when there are none."),
    ]
    meta: Annotated[
        dict[str, str] | None,
        Field(description="Additional string metadata about the error."),
    ] = None


class ErrorResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    responseStatus: ResponseStatus
