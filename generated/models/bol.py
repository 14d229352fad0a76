# Generated from specs/bol.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field


class ProcessStatusStatus(StrEnum):
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
    TIMEOUT = "TIMEOUT"


class Link(BaseModel):
    model_config = ConfigDict(extra="allow")
    rel: Annotated[str | None, Field(description="The link relation, e.g. `self`.", examples=["self"])] = None
    href: Annotated[
        str | None,
        Field(
            description="The URL the link points to; absolute in every recorded answer (the demo uses\n`http://`). bol's description gives no format, so none is imposed.\n",
            examples=["https://api.bol.com/shared/process-status/1234567"],
        ),
    ] = None
    method: Annotated[
        str | None,
        Field(
            description="The HTTP method to use on `href`, e.g. `GET`. In every recorded answer, but not in\nbol's current description.\n",
            examples=["GET"],
        ),
    ] = None
    hreflang: Annotated[
        str | None, Field(description="Language of the linked resource (bol's current description).")
    ] = None
    media: Annotated[str | None, Field(description="Media query of the link (bol's current description).")] = None
    title: Annotated[str | None, Field(description="Human-readable title of the link (bol's current description).")] = (
        None
    )
    type: Annotated[
        str | None,
        Field(
            description="Media type of the linked resource (bol's current description).",
            examples=["application/vnd.retailer.v10+json"],
        ),
    ] = None
    deprecation: Annotated[
        str | None, Field(description="URL describing a deprecation of the link (bol's current description).")
    ] = None
    profile: Annotated[str | None, Field(description="Profile of the linked resource (bol's current description).")] = (
        None
    )
    name: Annotated[str | None, Field(description="Secondary key of the link (bol's current description).")] = None


class ProcessStatusId(BaseModel):
    model_config = ConfigDict(extra="allow")
    processStatusId: Annotated[
        str,
        Field(
            description="A process status id, as returned by a PUT/POST/DELETE request (digits or a UUID-style id; see `ProcessStatus.processStatusId`).",
            examples=["01a0453c-0303-73cd-9b90-d84c8e1babe9", "1234567"],
        ),
    ]


class Violation(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: Annotated[
        str | None,
        Field(
            description="Where the error is, e.g. a body field (`orderItems[0].reasonCode`) or a query\nparameter; bol names the invalid event type `process-status-event-type`.\n",
            examples=["process-status-event-type"],
        ),
    ] = None
    reason: Annotated[str, Field(description="What is wrong with it.", examples=["Request contains invalid value(s)."])]


class SubscriptionResource(StrEnum):
    PROCESS_STATUS = "PROCESS_STATUS"
    SHIPMENT = "SHIPMENT"
    PRICE_STAR_BOUNDARY = "PRICE_STAR_BOUNDARY"
    COMPETING_OFFER = "COMPETING_OFFER"
    OFFER_FOR_SALE = "OFFER_FOR_SALE"
    OFFER_NOT_FOR_SALE = "OFFER_NOT_FOR_SALE"
    ORDER = "ORDER"


class SubscriptionType(StrEnum):
    WEBHOOK = "WEBHOOK"
    GCP_PUBSUB = "GCP_PUBSUB"
    AWS_SQS = "AWS_SQS"


class SubscriptionResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[
        str, Field(description="The subscription's id (a string of digits in every example).", examples=["1234"])
    ]
    resources: Annotated[
        list[str],
        Field(
            description="The event types it carries. Kept open strings on purpose: bol's answer enum is its request enum plus `TEST` (S10) and the list grows between releases, so an unknown value must not make the answer unreadable. bol's values: `TEST`, `PROCESS_STATUS`, `SHIPMENT`, `PRICE_STAR_BOUNDARY`, `COMPETING_OFFER`, `OFFER_FOR_SALE`, `OFFER_NOT_FOR_SALE`, `ORDER`."
        ),
    ]
    url: Annotated[
        str,
        Field(
            description="The webhook URL (or topic name) bol delivers to.", examples=["https://www.example.com/push"]
        ),
    ]
    subscriptionType: SubscriptionType
    enabled: Annotated[
        bool | None,
        Field(
            description="False when the subscription was created disabled or bol disabled it after failed deliveries; re-enable with putPushNotificationSubscription."
        ),
    ] = None
    identity: Annotated[str | None, Field(description="The AWS role ARN of an `AWS_SQS` subscription.")] = None


class SubscriptionsResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    subscriptions: list[SubscriptionResponse] | None = None


class SignatureKeyType(StrEnum):
    RSA = "RSA"


class PushNotificationEvent(BaseModel):
    model_config = ConfigDict(extra="allow")
    resource: Annotated[
        str,
        Field(
            description="The kind of resource, `PROCESS_STATUS` for the events this suite handles.",
            examples=["PROCESS_STATUS"],
        ),
    ]
    type: Annotated[
        str,
        Field(
            description="For `PROCESS_STATUS`, the final status `SUCCESS`, `FAILURE` or `TIMEOUT`.",
            examples=["SUCCESS"],
        ),
    ]
    resourceId: Annotated[
        str, Field(description="For `PROCESS_STATUS`, the process status id.", examples=["33371690441"])
    ]
    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Present (empty) in the recorded delivery (S11); its members are not documented."),
    ] = None


class ProcessStatus(BaseModel):
    model_config = ConfigDict(extra="allow")
    processStatusId: Annotated[
        str | None,
        Field(
            description="The id of this process status, an opaque string (bol's v9 and v10 descriptions). Its\nform has changed: the demo environment and answers recorded up to 2025 carry digits\n(`1`, `1234567`); live answers recorded in August 2026 carry UUID-style ids, a\ntime-ordered version-7 UUID such as `01a0453c-0303-73cd-9b90-d84c8e1babe9`, in this\nmember and in the `self` link (dreambits/python-bol-api fixtures@3bbd33b); bol's April\n2026 description shows a UUID-like path example. Keep it as text and send it back as\nreceived; the old v3 API answered an integer `id` instead.\n",
            examples=["01a0453c-0303-73cd-9b90-d84c8e1babe9", "1234567"],
        ),
    ] = None
    entityId: Annotated[
        str | None,
        Field(
            description="The id of the object being worked on, e.g. the order item id when a shipment is\nconfirmed.\n",
            examples=["987654321"],
        ),
    ] = None
    eventType: Annotated[
        str,
        Field(
            description="The kind of request being processed, e.g. `CONFIRM_SHIPMENT`, `CREATE_SHIPMENT`,\n`UPDATE_OFFER_PRICE`. An open string: bol's description types it as a plain string\nhere (it lists values only on the `event-type` query parameter, and those lists\nchange between releases).\n",
            examples=["CONFIRM_SHIPMENT"],
        ),
    ]
    description: Annotated[
        str,
        Field(
            description="A human-readable account of the work being processed.",
            examples=["Example process status description for processing 987654321."],
        ),
    ]
    status: ProcessStatusStatus
    errorMessage: Annotated[
        str | None,
        Field(
            description="Why the work failed, when it did (typically with `FAILURE`). Left out when there is\nnothing to report.\n",
            examples=["Example process status error message."],
        ),
    ] = None
    createTimestamp: Annotated[
        AwareDatetime,
        Field(
            description="When the process status was created (ISO 8601 with offset). The fraction varies:\nnone (`2025-08-06T14:08:34+02:00`, bol's v10 demo 202 answers), 3 digits (v3 demo),\n5 or 6 (`2021-03-22T09:11:19.98362+01:00`, 123lens's recorded answers) and 9\n(`2025-08-06T14:08:30.691614431+02:00`, bol's v10 demo), as a serializer that drops\ntrailing zeros writes them.\n",
            examples=["2018-11-14T09:34:41+01:00"],
        ),
    ]
    links: Annotated[
        list[Link] | None,
        Field(
            description="Related actions; in practice one `self` link to this process status. Left out of some\nanswers although bol's description requires it (see above).\n"
        ),
    ] = None


class ProcessStatusResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    processStatuses: list[ProcessStatus] | None = None


class BulkProcessStatusRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    processStatusQueries: Annotated[list[ProcessStatusId], Field(max_length=1000, min_length=1)]


class Problem(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Annotated[
        AnyUrl | None,
        Field(
            description="The problem type URI; bol's own problems use the fixed value\n`https://api.bol.com/problems`. Absent from the gateway's 401, 403 and 429 problems.\n",
            examples=["https://api.bol.com/problems"],
        ),
    ] = None
    title: Annotated[
        str,
        Field(
            description="A short description of the kind of problem.",
            examples=["Error validating request. Consult the bol.com API documentation for more information."],
        ),
    ]
    status: Annotated[int, Field(description="The HTTP status code of the answer.", examples=[400])]
    detail: Annotated[
        str | None,
        Field(description="A more detailed explanation of this occurrence of the problem.", examples=["Bad request"]),
    ] = None
    host: Annotated[
        str | None,
        Field(description="An identifier of the server instance that reported the problem.", examples=["Instance-001"]),
    ] = None
    instance: Annotated[
        AnyUrl | None,
        Field(
            description="The full URL of the resource that reported the problem.",
            examples=["https://api.bol.com/shared/process-status"],
        ),
    ] = None
    violations: Annotated[
        list[Violation] | None,
        Field(
            description="One entry per invalid field or parameter (on validation errors). Several entries may\nname the same field.\n"
        ),
    ] = None


class SubscriptionRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    resources: Annotated[
        list[SubscriptionResource],
        Field(
            description='The event types to send (bol: "Note that some event types are only available for certain subscription types"). This suite uses `PROCESS_STATUS`.'
        ),
    ]
    url: Annotated[
        str,
        Field(
            description="Where to send: for `WEBHOOK` the HTTPS URL bol posts to; for `GCP_PUBSUB` the topic name (bol's words). For `AWS_SQS` bol's description says no more.",
            examples=["https://www.example.com/push"],
            min_length=1,
        ),
    ]
    subscriptionType: SubscriptionType
    enabled: Annotated[
        bool | None, Field(description="Whether the subscription receives notifications; bol defaults it to true.")
    ] = None
    identity: Annotated[
        str | None,
        Field(
            description="The AWS role ARN bol publishes with; required by bol when `subscriptionType` is `AWS_SQS`.",
            examples=["arn:aws:iam::123456789012:role/bol-push"],
        ),
    ] = None


class KeySet(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Annotated[
        str,
        Field(
            description='The key\'s id; "Maps to the keyId value in the signature header of the push request."',
            examples=["0"],
        ),
    ]
    type: SignatureKeyType
    publicKey: Annotated[str, Field(description="The Base64 DER of the RSA public key (SubjectPublicKeyInfo).")]


class PushNotification(BaseModel):
    model_config = ConfigDict(extra="allow")
    retailerId: Annotated[int, Field(description="The retailer the event belongs to.", examples=[1659925])]
    timestamp: Annotated[
        AwareDatetime | None,
        Field(
            description="When bol sent the event (bol's docs spell it this way, S12).",
            examples=["2020-02-02T23:23:23+01:00"],
        ),
    ] = None
    timeStamp: Annotated[
        AwareDatetime | None,
        Field(
            description="When bol sent the event (the recorded delivery spells it this way, S11).",
            examples=["2021-11-18T16:37:13+01:00"],
        ),
    ] = None
    event: PushNotificationEvent


class KeySetResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    signatureKeys: list[KeySet]
