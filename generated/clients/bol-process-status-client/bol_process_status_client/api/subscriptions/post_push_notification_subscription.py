from typing import Any

from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.Operation(
    "post_push_notification_subscription",
    _media,
    [
        (202, 202, "object", ProcessStatus.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (415, 415, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
    method="post",
    path="/subscriptions",
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
