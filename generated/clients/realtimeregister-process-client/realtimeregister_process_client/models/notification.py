from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import BOOL, DATETIME, INT, NONE, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model
from asyncstatus_core.model import union as _union

from ..models.notification_subject_status import NotificationSubjectStatus
from ..types import UNSET, Unset


class Notification(OpenModel[Any]):
    """A notification (the official PHP SDK's `Notification`, S10). Required: what that SDK reads
    unconditionally (`id`, `fireDate`, `message`, `eventType`, `notificationType`, `isAsync`);
    everything else it reads with `?? null` or `isset`, so it may be absent or null. `process`
    names the process the notification reports on.

    """

    id: int = _field("id", INT)
    """The notification's id, for getNotification and ackNotification."""
    fire_date: datetime.datetime = _field("fireDate", DATETIME)
    """When the notification was raised."""
    message: str = _field("message", STR)
    """A human-readable text."""
    event_type: str = _field("eventType", STR)
    """What happened; an open string (the SDK's test data uses placeholders only)."""
    notification_type: str = _field("notificationType", STR)
    """The kind of notification; an open string."""
    is_async: bool = _field("isAsync", BOOL)
    """Whether the notification comes from an asynchronous process."""
    read_date: datetime.datetime | None | Unset = _field("readDate", _union(DATETIME, NONE), default=UNSET)
    """When it was first read."""
    acknowledge_date: datetime.datetime | None | Unset = _field(
        "acknowledgeDate", _union(DATETIME, NONE), default=UNSET
    )
    """When it was acknowledged; absent or null while it is still in the queue."""
    delivery_date: datetime.datetime | None | Unset = _field("deliveryDate", _union(DATETIME, NONE), default=UNSET)
    """When it was delivered (e.g. to a webhook)."""
    expiry_date: datetime.datetime | None | Unset = _field("expiryDate", _union(DATETIME, NONE), default=UNSET)
    """An expiry date of the subject, where it has one (PHP SDK test data)."""
    reason: None | str | Unset = _field("reason", _union(STR, NONE), default=UNSET)
    """Why it was raised, where given."""
    customer: None | str | Unset = _field("customer", _union(STR, NONE), default=UNSET)
    """The customer handle."""
    process: int | None | Unset = _field("process", _union(INT, NONE), default=UNSET)
    """The process it reports on. Taken to be the `Process.id` of getProcess: both are integers named for the process in
    the official SDKs; not documented in so many words.
    """
    process_identifier: None | str | Unset = _field("processIdentifier", _union(STR, NONE), default=UNSET)
    """The identifier of the process's subject (e.g. a domain name)."""
    process_type: None | str | Unset = _field("processType", _union(STR, NONE), default=UNSET)
    """The process's type (as `Process.type`)."""
    payload: None | NotificationPayloadType0 | Unset = _field(
        "payload", _union(_model(lambda: NotificationPayloadType0), NONE), default=UNSET
    )
    """Extra data of the event (an object in the PHP SDK's test data)."""
    transfer_type: None | str | Unset = _field("transferType", _union(STR, NONE), default=UNSET)
    """For transfer notifications, the kind of transfer."""
    domain_name: None | str | Unset = _field("domainName", _union(STR, NONE), default=UNSET)
    """The domain concerned, where there is one."""
    certificate_id: int | None | Unset = _field("certificateId", _union(INT, NONE), default=UNSET)
    """The certificate concerned, where there is one."""
    subject_status: None | NotificationSubjectStatus | Unset = _field(
        "subjectStatus", _union(_enum(NotificationSubjectStatus), NONE), default=UNSET
    )
    status_detail: None | str | Unset = _field("statusDetail", _union(STR, NONE), default=UNSET)
    """More about the subject's status."""


from ..models.notification_payload_type_0 import NotificationPayloadType0  # noqa: E402
