from __future__ import annotations

from typing import Any

from asyncstatus_core.model import BOOL, INT, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field

from ..models.billable_action import BillableAction
from ..types import UNSET, Unset


class Billable(OpenModel[Any]):
    """One product billed for a process. `amount` and `providerName` are not required although
    the "Get process" page marks them so: Realtime Register's PHP SDK
    (realtimeregister-php, src/Domain/Billable.php@1414ea0b, commit 8634680b "Billable amount
    and providerName should be nullable", test data `billable_valid_with_nullables.php`)
    accepts a billing line with only `product`, `action` and `quantity`. `refundable` and
    `total` are read by both official SDKs (realtimeregister-ts `Billable`,
    realtimeregister-php `Billable`) but are not on the page; they are optional.

    """

    product: str = _field("product", STR)
    """The billed product."""
    action: BillableAction = _field("action", _enum(BillableAction))
    """The action a billable line charges for. The page leaves the list empty; the values are
    those of the official TypeScript SDK (realtimeregister-ts `BillableAction`). The PHP SDK's
    `BillableActionEnum` lacks `UPDATE_ADMINISTRATION`; the newer TypeScript list is followed.
    """
    quantity: int = _field("quantity", INT)
    """The quantity charged."""
    amount: int | Unset = _field("amount", INT, default=UNSET)
    """The amount charged for this product, in cents. May be absent (official PHP SDK, src/Domain/Billable.php@1414ea0b)."""
    provider_name: str | Unset = _field("providerName", STR, default=UNSET)
    """The provider (registry) the product belongs to. May be absent (official PHP SDK,
    src/Domain/Billable.php@1414ea0b).
    """
    refundable: bool | Unset = _field("refundable", BOOL, default=UNSET)
    """Whether the line can be refunded. Not on the "Get process" page; read by both official SDKs (realtimeregister-ts
    src/models/Billable.ts@95ac2e9f, realtimeregister-php src/Domain/Billable.php@1414ea0b), optional.
    """
    total: int | Unset = _field("total", INT, default=UNSET)
    """The total charged for the line (an integer; the SDKs do not state its unit, presumably cents like `amount`). Not
    on the "Get process" page; read by both official SDKs (realtimeregister-ts src/models/Billable.ts@95ac2e9f,
    realtimeregister-php src/Domain/Billable.php@1414ea0b), optional.
    """
