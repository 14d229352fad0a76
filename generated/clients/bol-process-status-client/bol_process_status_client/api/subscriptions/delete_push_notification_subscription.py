from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.operation(
    __name__,
    "delete /subscriptions/{subscription_id}",
    [("202", "object", ProcessStatus.from_dict), ("400 401 403 406 429", "object", Problem.from_dict)],
)


def _request(subscription_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Delete a push notification subscription

     Removes the subscription; queued (`202`, a process status with `eventType`
    `DELETE_SUBSCRIPTION` in bol's demo).

    bol's operation `delete-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
    """

    return _OPERATION.request(client, path={"subscription_id": subscription_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatus")
