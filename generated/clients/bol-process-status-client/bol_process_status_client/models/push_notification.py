from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import DATETIME, INT, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class PushNotification(OpenModel[Any]):
    """The body bol posts to a webhook subscription (see the top-level `webhooks`). bol's OpenAPI
    files give it no schema; the shape is that of bol's subscription docs (S12) and of a
    signed delivery recorded in a third-party client's tests (S11). The two disagree on the
    timestamp's name (`timestamp` in the docs, `timeStamp` in the recorded delivery): both are
    declared and neither is required. Unknown members are kept.

    """

    retailer_id: int = _field("retailerId", INT)
    """The retailer the event belongs to."""
    event: PushNotificationEvent = _field("event", _model(lambda: PushNotificationEvent))
    """What happened. For `resource` `PROCESS_STATUS`, `type` is the final status (`SUCCESS`,
    `FAILURE` or `TIMEOUT`; bol never pushes `PENDING`) and `resourceId` "is the
    processStatusId" (bol's docs, S12). There is no event id and nothing is signed but the
    body: deduplicate on (`resource`, `resourceId`, `type`). `resource` and `type` are open
    strings: other subscribed resources (and bol's test message) use other values, which a
    receiver of process statuses accepts and ignores. The recorded delivery (S11) also carries an
    empty `links` array, whose items no source describes: it is left to `additionalProperties`.
    """
    timestamp: datetime.datetime | Unset = _field("timestamp", DATETIME, default=UNSET)
    """When bol sent the event (bol's docs spell it this way, S12)."""
    time_stamp: datetime.datetime | Unset = _field("timeStamp", DATETIME, default=UNSET)
    """When bol sent the event (the recorded delivery spells it this way, S11)."""


from ..models.push_notification_event import PushNotificationEvent  # noqa: E402
