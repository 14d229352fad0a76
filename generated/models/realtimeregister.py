# Generated from specs/realtimeregister.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class ProcessStatus(StrEnum):
    NEW = "NEW"
    VALIDATED = "VALIDATED"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    INVALID = "INVALID"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    IN_DOUBT = "IN_DOUBT"
    SCHEDULED = "SCHEDULED"
    SUSPENDED = "SUSPENDED"


class ResumeType(StrEnum):
    PROVIDER = "PROVIDER"
    TIMER = "TIMER"
    MANUAL = "MANUAL"
    INTERNAL = "INTERNAL"
    RESEND = "RESEND"
    CANCEL = "CANCEL"


class BillableAction(StrEnum):
    CREATE = "CREATE"
    TRANSFER = "TRANSFER"
    RENEW = "RENEW"
    RESTORE = "RESTORE"
    REQUEST = "REQUEST"
    TRANSFER_RESTORE = "TRANSFER_RESTORE"
    UPDATE = "UPDATE"
    UPDATE_ADMINISTRATION = "UPDATE_ADMINISTRATION"
    REGISTRANT_CHANGE = "REGISTRANT_CHANGE"
    LOCAL_CONTACT = "LOCAL_CONTACT"
    NEGATIVE_MARKUP = "NEGATIVE_MARKUP"
    PRIVACY_PROTECT = "PRIVACY_PROTECT"
    EXTRA_WILDCARD = "EXTRA_WILDCARD"
    EXTRA_DOMAIN = "EXTRA_DOMAIN"
    REGISTRY_LOCK = "REGISTRY_LOCK"


class Billable(BaseModel):
    model_config = ConfigDict(extra="allow")
    product: Annotated[str, Field(description="The billed product.", examples=["domain_com"])]
    action: BillableAction
    quantity: Annotated[int, Field(description="The quantity charged.", examples=[1])]
    amount: Annotated[
        int | None,
        Field(
            description="The amount charged for this product, in cents. May be absent (official PHP SDK, src/Domain/Billable.php@1414ea0b).",
            examples=[1095],
        ),
    ] = None
    providerName: Annotated[
        str | None,
        Field(
            description="The provider (registry) the product belongs to. May be absent (official PHP SDK, src/Domain/Billable.php@1414ea0b).",
            examples=["verisign"],
        ),
    ] = None
    refundable: Annotated[
        bool | None,
        Field(
            description='Whether the line can be refunded. Not on the "Get process" page; read by both official SDKs (realtimeregister-ts src/models/Billable.ts@95ac2e9f, realtimeregister-php src/Domain/Billable.php@1414ea0b), optional.',
            examples=[True],
        ),
    ] = None
    total: Annotated[
        int | None,
        Field(
            description='The total charged for the line (an integer; the SDKs do not state its unit, presumably cents like `amount`). Not on the "Get process" page; read by both official SDKs (realtimeregister-ts src/models/Billable.ts@95ac2e9f, realtimeregister-php src/Domain/Billable.php@1414ea0b), optional.',
            examples=[1095],
        ),
    ] = None


class ProcessCommand(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProcessErrorContent(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProcessFields(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[int, Field(description="The process id.", examples=[46069000])]
    user: Annotated[
        str | None,
        Field(
            description="The user who started the process, as `<customerHandle>/<loginName>`.",
            examples=["johndoe/jane"],
        ),
    ] = None
    customer: Annotated[
        str | None, Field(description="Handle of the customer the process belongs to.", examples=["johndoe"])
    ] = None
    status: ProcessStatus | None = None
    statusDetail: Annotated[
        str | None,
        Field(
            description='A finer-grained explanation of why the process is in its current status, e.g.\n`Contact validation failed`. The live API sends this field and the provider\'s\nofficial SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,\nrealtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get\nprocess" page does not list it, the current OTE copy of the page\n(https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.\nIts values are free text, not enumerated.\n',
            examples=["Contact validation failed"],
        ),
    ] = None
    createdDate: Annotated[
        AwareDatetime | None,
        Field(
            description="When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`).",
            examples=["2024-03-01T12:00:00Z"],
        ),
    ] = None
    updatedDate: Annotated[
        AwareDatetime | None, Field(description="When the process was last updated.", examples=["2024-03-01T12:00:07Z"])
    ] = None
    startedDate: Annotated[
        AwareDatetime | None,
        Field(
            description="When the process was started; absent while it has not started.",
            examples=["2024-03-01T12:00:01Z"],
        ),
    ] = None
    type: Annotated[
        str | None,
        Field(
            description="The kind of entity the process concerns, e.g. `domain`, `contact`, `host`.",
            examples=["domain"],
        ),
    ] = None
    identifier: Annotated[
        str | None,
        Field(
            description='The entity the process concerns, e.g. a domain name or a contact handle. Absent when\nthe process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"\npage calls it required, but Realtime Register\'s PHP SDK (realtimeregister-php,\nsrc/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,\nwith test data `process_without_identifier.php`) treats it as optional.\n',
            examples=["example.com"],
        ),
    ] = None
    action: Annotated[
        str | None,
        Field(
            description="What the process does to the entity, e.g. `create`, `update`, `transfer`.", examples=["create"]
        ),
    ] = None
    reservation: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"EUR": 450}],
        ),
    ] = None
    transaction: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"EUR": 1095}],
        ),
    ] = None
    refund: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"USD": 1500}],
        ),
    ] = None
    command: ProcessCommand | None = None
    resumeTypes: Annotated[
        list[ResumeType] | None,
        Field(
            description="The ways in which the process can be resumed (mostly while it is `SUSPENDED`).",
            examples=[["RESEND", "CANCEL"]],
        ),
    ] = None
    error: ProcessErrorContent | None = None
    billables: Annotated[list[Billable] | None, Field(description="The products billed for this process.")] = None


class ConstraintViolation(BaseModel):
    model_config = ConfigDict(extra="allow")
    field: Annotated[str, Field(description="The parameter or field that failed validation.", examples=["processId"])]
    message: Annotated[str, Field(description="Why it failed.", examples=["must be greater than 0"])]
    value: Annotated[str | None, Field(description="The rejected value, when echoed back.", examples=["-1"])] = None


class Pagination(BaseModel):
    model_config = ConfigDict(extra="allow")
    limit: Annotated[int, Field(examples=[100])]
    offset: Annotated[int, Field(examples=[0])]
    total: Annotated[int | None, Field(examples=[1])] = None


class NotificationSubjectStatus(StrEnum):
    NEW = "NEW"
    OK = "OK"
    PENDING = "PENDING"
    COMPLETED = "COMPLETED"
    WARNING = "WARNING"
    FAILED = "FAILED"
    PREMIUM_CHANGE = "PREMIUM-CHANGE"


class Process(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[int, Field(description="The process id.", examples=[46069000])]
    user: Annotated[
        str,
        Field(
            description="The user who started the process, as `<customerHandle>/<loginName>`.",
            examples=["johndoe/jane"],
        ),
    ]
    customer: Annotated[str, Field(description="Handle of the customer the process belongs to.", examples=["johndoe"])]
    status: ProcessStatus
    statusDetail: Annotated[
        str | None,
        Field(
            description='A finer-grained explanation of why the process is in its current status, e.g.\n`Contact validation failed`. The live API sends this field and the provider\'s\nofficial SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,\nrealtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get\nprocess" page does not list it, the current OTE copy of the page\n(https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.\nIts values are free text, not enumerated.\n',
            examples=["Contact validation failed"],
        ),
    ] = None
    createdDate: Annotated[
        AwareDatetime,
        Field(
            description="When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`).",
            examples=["2024-03-01T12:00:00Z"],
        ),
    ]
    updatedDate: Annotated[
        AwareDatetime | None, Field(description="When the process was last updated.", examples=["2024-03-01T12:00:07Z"])
    ] = None
    startedDate: Annotated[
        AwareDatetime | None,
        Field(
            description="When the process was started; absent while it has not started.",
            examples=["2024-03-01T12:00:01Z"],
        ),
    ] = None
    type: Annotated[
        str,
        Field(
            description="The kind of entity the process concerns, e.g. `domain`, `contact`, `host`.",
            examples=["domain"],
        ),
    ]
    identifier: Annotated[
        str | None,
        Field(
            description='The entity the process concerns, e.g. a domain name or a contact handle. Absent when\nthe process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"\npage calls it required, but Realtime Register\'s PHP SDK (realtimeregister-php,\nsrc/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,\nwith test data `process_without_identifier.php`) treats it as optional.\n',
            examples=["example.com"],
        ),
    ] = None
    action: Annotated[
        str,
        Field(
            description="What the process does to the entity, e.g. `create`, `update`, `transfer`.", examples=["create"]
        ),
    ]
    reservation: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"EUR": 450}],
        ),
    ] = None
    transaction: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"EUR": 1095}],
        ),
    ] = None
    refund: Annotated[
        dict[str, int] | None,
        Field(
            description="The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in cents of that currency.",
            examples=[{"USD": 1500}],
        ),
    ] = None
    command: ProcessCommand
    resumeTypes: Annotated[
        list[ResumeType] | None,
        Field(
            description="The ways in which the process can be resumed (mostly while it is `SUSPENDED`).",
            examples=[["RESEND", "CANCEL"]],
        ),
    ] = None
    error: ProcessErrorContent | None = None
    billables: Annotated[list[Billable] | None, Field(description="The products billed for this process.")] = None


class ErrorResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Annotated[
        str,
        Field(
            description="The error type, e.g. `ObjectDoesNotExist`, `AuthenticationError`, `ValidationError`.",
            examples=["ObjectDoesNotExist"],
        ),
    ]
    message: Annotated[str, Field(description="A human-readable explanation.", examples=["Process not found"])]
    violations: Annotated[
        list[ConstraintViolation] | None,
        Field(description="For `ConstraintViolationException`, the parameters that failed validation."),
    ] = None
    objectType: Annotated[
        str | None,
        Field(
            description="For `ObjectDoesNotExist` and `ObjectExists`, the kind of object, e.g. `Process`.",
            examples=["Process"],
        ),
    ] = None
    identifier: Annotated[
        str | None,
        Field(
            description="For `ObjectDoesNotExist` and `ObjectExists`, the identifier of the object (a string even for a numeric process id).",
            examples=["46069999"],
        ),
    ] = None
    startDate: Annotated[
        AwareDatetime | None,
        Field(
            description="For `ProviderUnavailable`, the start of a scheduled downtime.",
            examples=["2024-03-02T22:00:00Z"],
        ),
    ] = None
    endDate: Annotated[
        AwareDatetime | None,
        Field(
            description="For `ProviderUnavailable`, the end of a scheduled downtime.", examples=["2024-03-03T02:00:00Z"]
        ),
    ] = None


class Notification(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[
        int, Field(description="The notification's id, for getNotification and ackNotification.", examples=[1])
    ]
    fireDate: Annotated[
        AwareDatetime, Field(description="When the notification was raised.", examples=["2026-03-14T11:02:03Z"])
    ]
    readDate: Annotated[AwareDatetime | None, Field(description="When it was first read.")] = None
    acknowledgeDate: Annotated[
        AwareDatetime | None,
        Field(description="When it was acknowledged; absent or null while it is still in the queue."),
    ] = None
    deliveryDate: Annotated[AwareDatetime | None, Field(description="When it was delivered (e.g. to a webhook).")] = (
        None
    )
    expiryDate: Annotated[
        AwareDatetime | None, Field(description="An expiry date of the subject, where it has one (PHP SDK test data).")
    ] = None
    message: Annotated[str, Field(description="A human-readable text.")]
    reason: Annotated[str | None, Field(description="Why it was raised, where given.")] = None
    customer: Annotated[str | None, Field(description="The customer handle.", examples=["johndoe"])] = None
    process: Annotated[
        int | None,
        Field(
            description="The process it reports on. Taken to be the `Process.id` of getProcess: both are integers named for the process in the official SDKs; not documented in so many words.",
            examples=[1],
        ),
    ] = None
    processIdentifier: Annotated[
        str | None, Field(description="The identifier of the process's subject (e.g. a domain name).")
    ] = None
    processType: Annotated[str | None, Field(description="The process's type (as `Process.type`).")] = None
    eventType: Annotated[
        str, Field(description="What happened; an open string (the SDK's test data uses placeholders only).")
    ]
    notificationType: Annotated[str, Field(description="The kind of notification; an open string.")]
    payload: Annotated[
        dict[str, Any] | None, Field(description="Extra data of the event (an object in the PHP SDK's test data).")
    ] = None
    isAsync: Annotated[bool, Field(description="Whether the notification comes from an asynchronous process.")]
    transferType: Annotated[str | None, Field(description="For transfer notifications, the kind of transfer.")] = None
    domainName: Annotated[str | None, Field(description="The domain concerned, where there is one.")] = None
    certificateId: Annotated[int | None, Field(description="The certificate concerned, where there is one.")] = None
    subjectStatus: NotificationSubjectStatus | None = None
    statusDetail: Annotated[str | None, Field(description="More about the subject's status.")] = None


class NotificationPoll(BaseModel):
    model_config = ConfigDict(extra="allow")
    count: Annotated[int, Field(description="How many notifications are not acknowledged yet.", examples=[1], ge=0)]
    notification: Notification | None = None


class NotificationList(BaseModel):
    model_config = ConfigDict(extra="allow")
    entities: list[Notification]
    pagination: Pagination
