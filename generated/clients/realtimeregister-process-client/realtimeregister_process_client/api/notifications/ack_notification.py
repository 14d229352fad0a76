from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse

_OPERATION: _operations.Operation[Any | ErrorResponse] = _operations.operation(
    __name__,
    "post /v2/customers/{customer}/notifications/{notification_id}/ack",
    [("200", "none", None), ("400 401 403 429", "object", ErrorResponse.from_dict)],
)


def _request(customer: str, notification_id: int, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):
    """

    return _OPERATION.request(client, path={"customer": customer, "notification_id": notification_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Any | ErrorResponse")
