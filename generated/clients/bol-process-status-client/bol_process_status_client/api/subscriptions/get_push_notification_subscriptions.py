from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscriptions_response import SubscriptionsResponse

_OPERATION: _operations.Operation[Problem | SubscriptionsResponse] = _operations.operation(
    __name__,
    "get /subscriptions",
    [("200", "object", SubscriptionsResponse.from_dict), ("400 401 403 406 429", "object", Problem.from_dict)],
)


def _request(*, client: AuthenticatedClient | Client) -> _operations.Request:
    """List the retailer's push notification subscriptions

     Every event notification subscription of the retailer: which resources it carries
    (`PROCESS_STATUS`, ...), where they go (a webhook URL, a Pub/Sub topic or an SQS queue)
    and whether it is `enabled`. bol disables a webhook subscription by itself after its
    deliveries keep failing (10 attempts over 10 minutes; bol developer news "Failing
    notifications will be disabled", December 2023): `enabled: false` here is how a client
    notices.

    bol's operation `get-push-notification-subscriptions` (Retailer API v10,
    `src/OpenApi/retailer.json` of picqer/bol-retailer-php-client@279a71e; tests/corpus/bol/SOURCES.md
    S10).
    It lives under `/retailer`, not `/shared`: see the path's `servers`.
    `401`, `403`, `406`, `415` and `429` are bol-wide behaviour (see getProcessStatus), declared on
    every
    subscription operation.

    """

    return _OPERATION.request(client)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | SubscriptionsResponse")
