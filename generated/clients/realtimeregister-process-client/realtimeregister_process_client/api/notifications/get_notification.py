from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification import Notification
from ...types import UNSET, Unset

_OPERATION: _operations.Operation[ErrorResponse | Notification] = _operations.operation(
    __name__,
    "get /v2/customers/{customer}/notifications/{notification_id}",
    [("200", "object", Notification.from_dict), ("400 401 403 429", "object", ErrorResponse.from_dict)],
)


def _request(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> _operations.Request:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    _kwargs["params"] = params
    return _OPERATION.request(client, path={"customer": customer, "notification_id": notification_id}, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "ErrorResponse | Notification")
