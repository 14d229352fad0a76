# Generated from specs/mykaarma.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class ApiError(BaseModel):
    model_config = ConfigDict(extra="allow")
    errorCode: Annotated[
        int | None,
        Field(
            description="Numeric myKaarma error code, not the HTTP status: myKaarma's published lists use\ncodes like `100001`..`100025` (errors) and `150000` (warnings), and its UrlShortener\nsource declares the field as a Java `Integer` (SOURCES.md S3, S4).\n"
        ),
    ] = None
    errorTitle: Annotated[
        str | None,
        Field(
            description="Short machine-style title of the error, an UPPER_SNAKE name such as `WRONG_CREDENTIAL`\nor `INTERNAL_SERVER_ERROR` (SOURCES.md S3, S4). Not an enum: each service has its own list.\n"
        ),
    ] = None
    errorMessage: Annotated[str | None, Field(description="Human-readable explanation of the error.")] = None


class ApiWarning(BaseModel):
    model_config = ConfigDict(extra="allow")
    warningCode: Annotated[
        int | None, Field(description="Numeric myKaarma warning code (e.g. `150000`, SOURCES.md S3).")
    ] = None
    warningTitle: Annotated[str | None, Field(description="Short title of the warning.")] = None
    warningMessage: Annotated[str | None, Field(description="Human-readable explanation of the warning.")] = None


class ApiResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    errors: Annotated[list[ApiError], Field(description="Errors of this request; empty on success.")]
    warnings: Annotated[list[ApiWarning], Field(description="Warnings of this request; often empty.")]
    apiRequestId: Annotated[
        str, Field(description="Identifier myKaarma assigns to this API call; quote it to myKaarma support.")
    ]


class AsyncProcessStatus(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_NEEDED = "NOT_NEEDED"


class AsyncTaskType(StrEnum):
    CREATE_DEALER = "CREATE_DEALER"
    UPDATE_DEALER_PRODUCTS = "UPDATE_DEALER_PRODUCTS"


class BusinessType(StrEnum):
    DEALER = "DEALER"
    PRODUCT = "PRODUCT"


class RequesterUserType(StrEnum):
    ADMIN_USER = "ADMIN_USER"
    MYKAARMA_USER = "MYKAARMA_USER"
    EXTERNAL_USER = "EXTERNAL_USER"


class AsyncProcessStep(BaseModel):
    model_config = ConfigDict(extra="allow")
    uuid: Annotated[str | None, Field(description="Identifier of the step.")] = None
    order: Annotated[
        int | None, Field(description="Position of the step within the process (int32 per PROVIDERS.md).")
    ] = None
    key: Annotated[str | None, Field(description="Machine-readable key of the step.")] = None
    detail: Annotated[
        str | None, Field(description="Free-text detail about the step's outcome; may be null before the step has run.")
    ] = None
    name: Annotated[str | None, Field(description="Human-readable name of the step.")] = None
    startTime: Annotated[
        str | None,
        Field(
            description="When the step started. The reference page types it as a plain string and gives no\nformat (no public example of a real value could be found), so no `date-time` format\nis asserted; null or absent while the step has not started.\n"
        ),
    ] = None
    endTime: Annotated[
        str | None,
        Field(
            description="When the step ended; a plain string like `startTime`. Null or absent while the step\nhas not finished.\n"
        ),
    ] = None
    status: AsyncProcessStatus | None = None


class ServiceSubscriber(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: Annotated[str | None, Field(description="Name of the service subscriber.")] = None
    uuid: Annotated[str | None, Field(description="Identifier of the service subscriber.")] = None


class Business(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: BusinessType | None = None
    uuid: Annotated[str | None, Field(description="Identifier of the business entity.")] = None
    name: Annotated[str | None, Field(description="Name of the business entity.")] = None


class RequesterUser(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: RequesterUserType | None = None
    name: Annotated[str | None, Field(description="Name of the user.")] = None
    uuid: Annotated[str | None, Field(description="Identifier of the user.")] = None


class AsyncProcessResponse(ApiResponse):
    model_config = ConfigDict(extra="allow")
    uuid: Annotated[
        str | None, Field(description="Identifier of the async process (the `asyncProcessesUuid` asked for).")
    ] = None
    status: AsyncProcessStatus | None = None
    asyncTaskType: AsyncTaskType | None = None
    name: Annotated[str | None, Field(description="Human-readable name of the process.")] = None
    startTime: Annotated[
        str | None,
        Field(
            description="When the process started. The reference page types it as a plain string and\ndocuments no format; no public sample of a real value for this endpoint could be\nfound, and another myKaarma API is recorded sending space-separated\n`2026-07-22 14:00:00` times (SOURCES.md S7), so the spec does not assert ISO 8601\n(`date-time`). Null or absent before the process has started.\n"
        ),
    ] = None
    endTime: Annotated[
        str | None,
        Field(
            description="When the process ended; a plain string like `startTime`. Null or absent while the\nprocess is `NOT_STARTED` or `IN_PROGRESS`.\n"
        ),
    ] = None
    taskDetails: Annotated[
        str | None,
        Field(
            description="Details of the requested task as one string (the reference page types it as a\nstring, not an object); may be null.\n"
        ),
    ] = None
    steps: Annotated[
        list[AsyncProcessStep] | None,
        Field(description="The steps of the process; their statuses give the process's progress."),
    ] = None
    serviceSubscriber: ServiceSubscriber | None = None
    business: Business | None = None
    requesterUser: RequesterUser | None = None
