from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class NotificationPayloadType0(OpenModel[Any]):
    """Extra data of the event (an object in the PHP SDK's test data)."""
