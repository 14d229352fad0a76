from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.operation(
    __name__,
    "post /subscriptions/test/{subscription_id}",
    [("202", "object", ProcessStatus.from_dict), ("400 401 403 406 429", "object", Problem.from_dict)],
)


def _request(subscription_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Send a test push notification to a subscription

     Asks bol to send a test notification to the subscription's destination; queued like every
    changing request (`202`, a process status with `eventType` `SEND_SUBSCRIPTION_TST_MSG` in
    bol's demo). The test event's body is not described by bol; a receiver should accept a
    correctly signed event of a resource it does not handle and ignore it.

    bol's operation `post-test-push-notification` (S10).

    Args:
        subscription_id (str):
    """

    return _OPERATION.request(client, path={"subscription_id": subscription_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatus")
