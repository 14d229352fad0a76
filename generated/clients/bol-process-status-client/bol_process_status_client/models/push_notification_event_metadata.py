from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class PushNotificationEventMetadata(OpenModel[Any]):
    """Present (empty) in the recorded delivery (S11); its members are not documented."""
