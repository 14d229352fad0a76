from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class SubscriptionsResponse(OpenModel[Any]):
    """The retailer's subscriptions (bol's `SubscriptionsResponse`, S10). bol requires
    `subscriptions`, but its serializer leaves empty arrays out (see `ProcessStatusResponse`),
    so a retailer without subscriptions may get `{}`: read a missing list as empty.

    """

    subscriptions: list[SubscriptionResponse] | Unset = _field(
        "subscriptions", _list_of(_model(lambda: SubscriptionResponse)), default=UNSET
    )


from ..models.subscription_response import SubscriptionResponse  # noqa: E402
