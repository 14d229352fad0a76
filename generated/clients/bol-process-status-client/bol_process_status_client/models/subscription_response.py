from __future__ import annotations

from typing import Any

from asyncstatus_core.model import BOOL, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of

from ..models.subscription_type import SubscriptionType
from ..types import UNSET, Unset


class SubscriptionResponse(OpenModel[Any]):
    """One subscription as bol answers it (bol's `SubscriptionResponse`, S10)."""

    id: str = _field("id", STR)
    """The subscription's id (a string of digits in every example)."""
    resources: list[str] = _field("resources", _list_of(STR))
    """The event types it carries. Kept open strings on purpose: bol's answer enum is its request enum plus `TEST` (S10)
    and the list grows between releases, so an unknown value must not make the answer unreadable. bol's values:
    `TEST`, `PROCESS_STATUS`, `SHIPMENT`, `PRICE_STAR_BOUNDARY`, `COMPETING_OFFER`, `OFFER_FOR_SALE`,
    `OFFER_NOT_FOR_SALE`, `ORDER`.
    """
    url: str = _field("url", STR)
    """The webhook URL (or topic name) bol delivers to."""
    subscription_type: SubscriptionType = _field("subscriptionType", _enum(SubscriptionType))
    """Where bol delivers: an HTTPS webhook, a Google Cloud Pub/Sub topic or an AWS SQS queue (bol's `subscriptionType`
    enum, S10). `PROCESS_STATUS` events may go to any of the three.
    """
    enabled: bool | Unset = _field("enabled", BOOL, default=UNSET)
    """False when the subscription was created disabled or bol disabled it after failed deliveries; re-enable with
    putPushNotificationSubscription.
    """
    identity: str | Unset = _field("identity", STR, default=UNSET)
    """The AWS role ARN of an `AWS_SQS` subscription."""
