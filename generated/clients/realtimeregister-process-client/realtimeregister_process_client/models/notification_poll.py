from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class NotificationPoll(OpenModel[Any]):
    """The poll answer: `count` unacknowledged notifications and the oldest, `notification`, left
    out when the queue is empty (the PHP SDK's `NotificationPoll`, S10).

    """

    count: int = _field("count", INT)
    """How many notifications are not acknowledged yet."""
    notification: Notification | Unset = _field("notification", _model(lambda: Notification), default=UNSET)
    """A notification (the official PHP SDK's `Notification`, S10). Required: what that SDK reads
    unconditionally (`id`, `fireDate`, `message`, `eventType`, `notificationType`, `isAsync`);
    everything else it reads with `?? null` or `isset`, so it may be absent or null. `process`
    names the process the notification reports on.
    """


from ..models.notification import Notification  # noqa: E402
