# Generated from specs/activeplatform.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AnyUrl, BaseModel, ConfigDict, Field, RootModel


class AsyncTaskId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Identifier of an asynchronous task in a JSON:API resource object, where ids are strings: the\nstring holds a decimal integer (as the documentation's argument table types the ID) or a\nUUID (as its request and response examples show).\n",
            examples=["9b68427b-52d5-4c01-9b77-eb1b70517414", "48213"],
            pattern="^(?:[0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        ),
    ]


class AsyncTaskResourceType(StrEnum):
    ASYNC_TASKS = "async_tasks"


class AsyncTaskStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"


class AttributeValidationError(BaseModel):
    model_config = ConfigDict(extra="allow")


class ApplicationAttributes(BaseModel):
    model_config = ConfigDict(extra="allow")


class JsonApiErrorLinks(BaseModel):
    model_config = ConfigDict(extra="allow")
    about: Annotated[
        AnyUrl | None, Field(description="Link to further details about this occurrence of the problem.")
    ] = None


class JsonApiErrorSource(BaseModel):
    model_config = ConfigDict(extra="allow")
    pointer: Annotated[
        str | None,
        Field(
            description="JSON Pointer (RFC 6901) to the offending value in the request document.",
            examples=["/data/attributes/customer_domain"],
        ),
    ] = None
    parameter: Annotated[
        str | None,
        Field(
            description="Name of the URI parameter (path or query) that caused the error.", examples=["async_task_id"]
        ),
    ] = None


class AsyncTaskResults(BaseModel):
    model_config = ConfigDict(extra="allow")
    valid: Annotated[
        bool, Field(description="`true` when every additional attribute is valid, `false` when at least one is not.")
    ]
    errors: Annotated[
        list[AttributeValidationError] | None,
        Field(
            description="Problems found with the additional attributes, filled when `valid` is `false`. Each item\nmaps additional-attribute keys to the description of what is wrong with their values.\nThe documentation's example shows `[{}]` even for a valid result, so an item may be an\nempty object.\n"
        ),
    ] = None
    application_attributes: ApplicationAttributes | None = None


class JsonApiError(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[str | None, Field(description="Identifier of this occurrence of the problem.")] = None
    links: JsonApiErrorLinks | None = None
    status: Annotated[
        str | None, Field(description='HTTP status code of the problem, as a string (e.g. `"404"`).', examples=["404"])
    ] = None
    code: Annotated[str | None, Field(description="Application-specific error code.", examples=["not_found"])] = None
    title: Annotated[
        str | None,
        Field(description="Short, human-readable summary of the kind of problem.", examples=["Record not found"]),
    ] = None
    detail: Annotated[
        str | None,
        Field(
            description="Human-readable explanation of this occurrence of the problem.",
            examples=["Async task 9b68427b-52d5-4c01-9b77-eb1b70517414 was not found."],
        ),
    ] = None
    source: JsonApiErrorSource | None = None
    meta: Annotated[dict[str, Any] | None, Field(description="Non-standard meta-information about the error.")] = None


class AsyncTaskAttributes(BaseModel):
    model_config = ConfigDict(extra="allow")
    status: AsyncTaskStatus
    failure_message: Annotated[
        str | None,
        Field(
            description='Why the task failed on the platform side; meaningful when `status` is `failed`. In other\nstates the field is an empty string (as in the documentation\'s example, where a\ncompleted task carries `""` rather than `null`, which points to an empty-string default\nfor the column). It is not listed as required because the docs only promise it for\nfailed tasks; it is not typed nullable because neither the docs nor known answers show\n`null` for it (tests/corpus/activeplatform/SOURCES.md).\n',
            examples=["", "Microsoft Partner Center did not respond in time"],
        ),
    ] = None
    results: Annotated[
        AsyncTaskResults | None,
        Field(
            description='Outcome of the validation, filled once `status` is `completed` (reference page). Before\nthat (and for a `failed` task) it is `null`: ActivePlatform\'s API is a Rails\napplication whose serializers write an attribute without a value as `null` rather than\nleave it out, as its own response examples show (`"promo_code": null` in the API v1\nguide, https://docs.activeplatform.com/api-guide/2.0/en/klienty-v1/poluchenie-spiska-podpisok-klienta;\ntests/corpus/activeplatform/SOURCES.md S3, S4). The seed page types it as an object and\nsays when it is present; it does not promise it is never `null`.\n'
        ),
    ] = None


class JsonApiErrorDocument(BaseModel):
    model_config = ConfigDict(extra="allow")
    errors: Annotated[
        list[JsonApiError], Field(description="One or more problems that prevented the request from being served.")
    ]


class AsyncTask(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: AsyncTaskId
    type: AsyncTaskResourceType
    attributes: AsyncTaskAttributes


class AsyncTaskDocument(BaseModel):
    model_config = ConfigDict(extra="allow")
    data: AsyncTask
