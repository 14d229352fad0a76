from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.operation(
    __name__,
    "post /subscriptions",
    [("202", "object", ProcessStatus.from_dict), ("400 401 403 406 415 429", "object", Problem.from_dict)],
)


def _request(*, client: AuthenticatedClient | Client, body: SubscriptionRequest) -> _operations.Request:
    """Create a push notification subscription

     Asks bol to create a subscription. Like every changing request it is queued: the answer is
    a `202` with a process status (`eventType` `CREATE_SUBSCRIPTION` in bol's demo), and the
    subscription exists once that process has succeeded; wait for it with the process-status
    waiter. A webhook `url` must use HTTPS (PROVIDERS.md, bol's subscription docs).

    bol's operation `post-push-notification-subscription` (S10). Retailer API v11 answers
    `204` and renames `url`; this is v10.

    Args:
        body (SubscriptionRequest): A subscription to create or the full new state of one to
            update (bol's
            `SubscriptionRequest`, S10).
    """

    _kwargs: dict[str, Any] = {}
    headers: dict[str, Any] = {}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"
    _kwargs["headers"] = headers
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatus")
