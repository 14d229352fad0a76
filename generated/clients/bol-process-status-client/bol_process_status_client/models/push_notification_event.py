from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class PushNotificationEvent(OpenModel[Any]):
    """What happened. For `resource` `PROCESS_STATUS`, `type` is the final status (`SUCCESS`,
    `FAILURE` or `TIMEOUT`; bol never pushes `PENDING`) and `resourceId` "is the
    processStatusId" (bol's docs, S12). There is no event id and nothing is signed but the
    body: deduplicate on (`resource`, `resourceId`, `type`). `resource` and `type` are open
    strings: other subscribed resources (and bol's test message) use other values, which a
    receiver of process statuses accepts and ignores. The recorded delivery (S11) also carries an
    empty `links` array, whose items no source describes: it is left to `additionalProperties`.

    """

    resource: str = _field("resource", STR)
    """The kind of resource, `PROCESS_STATUS` for the events this suite handles."""
    type_: str = _field("type", STR)
    """For `PROCESS_STATUS`, the final status `SUCCESS`, `FAILURE` or `TIMEOUT`."""
    resource_id: str = _field("resourceId", STR)
    """For `PROCESS_STATUS`, the process status id."""
    metadata: PushNotificationEventMetadata | Unset = _field(
        "metadata", _model(lambda: PushNotificationEventMetadata), default=UNSET
    )
    """Present (empty) in the recorded delivery (S11); its members are not documented."""


from ..models.push_notification_event_metadata import PushNotificationEventMetadata  # noqa: E402
