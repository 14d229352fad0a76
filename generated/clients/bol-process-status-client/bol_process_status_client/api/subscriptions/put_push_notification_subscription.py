from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.operation(
    __name__,
    "put /subscriptions/{subscription_id}",
    [("202", "object", ProcessStatus.from_dict), ("400 401 403 406 415 429", "object", Problem.from_dict)],
)


def _request(
    subscription_id: str, *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> _operations.Request:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
        body (SubscriptionRequest): A subscription to create or the full new state of one to
            update (bol's
            `SubscriptionRequest`, S10).
    """

    _kwargs: dict[str, Any] = {}
    headers: dict[str, Any] = {}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"
    _kwargs["headers"] = headers
    return _OPERATION.request(client, path={"subscription_id": subscription_id}, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatus")
