from __future__ import annotations

from typing import Any

from asyncstatus_core.model import BOOL, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of

from ..models.subscription_resource import SubscriptionResource
from ..models.subscription_type import SubscriptionType
from ..types import UNSET, Unset


class SubscriptionRequest(OpenModel[Any]):
    """A subscription to create or the full new state of one to update (bol's
    `SubscriptionRequest`, S10).

    """

    resources: list[SubscriptionResource] = _field("resources", _list_of(_enum(SubscriptionResource)))
    """The event types to send (bol: "Note that some event types are only available for certain subscription types").
    This suite uses `PROCESS_STATUS`.
    """
    url: str = _field("url", STR)
    """Where to send: for `WEBHOOK` the HTTPS URL bol posts to; for `GCP_PUBSUB` the topic name (bol's words). For
    `AWS_SQS` bol's description says no more.
    """
    subscription_type: SubscriptionType = _field("subscriptionType", _enum(SubscriptionType))
    """Where bol delivers: an HTTPS webhook, a Google Cloud Pub/Sub topic or an AWS SQS queue (bol's `subscriptionType`
    enum, S10). `PROCESS_STATUS` events may go to any of the three.
    """
    enabled: bool | Unset = _field("enabled", BOOL, default=UNSET)
    """Whether the subscription receives notifications; bol defaults it to true."""
    identity: str | Unset = _field("identity", STR, default=UNSET)
    """The AWS role ARN bol publishes with; required by bol when `subscriptionType` is `AWS_SQS`."""
