from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification_poll import NotificationPoll

_OPERATION: _operations.Operation[ErrorResponse | NotificationPoll] = _operations.operation(
    __name__,
    "get /v2/customers/{customer}/notifications/poll",
    [("200", "object", NotificationPoll.from_dict), ("401 403 429", "object", ErrorResponse.from_dict)],
)


def _request(customer: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):
    """

    return _OPERATION.request(client, path={"customer": customer})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "ErrorResponse | NotificationPoll")
