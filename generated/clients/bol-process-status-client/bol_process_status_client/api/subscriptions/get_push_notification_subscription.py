from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_response import SubscriptionResponse

_OPERATION: _operations.Operation[Problem | SubscriptionResponse] = _operations.operation(
    __name__,
    "get /subscriptions/{subscription_id}",
    [("200", "object", SubscriptionResponse.from_dict), ("400 401 403 404 406 429", "object", Problem.from_dict)],
)


def _request(subscription_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
    """

    return _OPERATION.request(client, path={"subscription_id": subscription_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | SubscriptionResponse")
