from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class Violation(OpenModel[Any]):
    """One validation error inside a `Problem`. bol's description requires `name` and `reason`,
    but bol sends a violation without `name` when no single field is at fault (recorded:
    `{"reason": "Conflicting transport method: ..."}`, 123lens/bol-retailer-api
    `tests/Mocks/400-ship-order-items-multiple-transport-information.json`@7065745), so only
    `reason` is required.

    """

    reason: str = _field("reason", STR)
    """What is wrong with it."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Where the error is, e.g. a body field (`orderItems[0].reasonCode`) or a query
    parameter; bol names the invalid event type `process-status-event-type`.
    """
