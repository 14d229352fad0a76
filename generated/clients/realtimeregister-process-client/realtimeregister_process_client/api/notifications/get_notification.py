from typing import Any

from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification import Notification
from ...types import UNSET, Unset

_OPERATION: _operations.Operation[ErrorResponse | Notification] = _operations.Operation(
    "get_notification",
    _media,
    [
        (200, 200, "object", Notification.from_dict),
        (400, 400, "object", ErrorResponse.from_dict),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (429, 429, "object", ErrorResponse.from_dict),
    ],
    method="get",
    path="/v2/customers/{customer}/notifications/{notification_id}",
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
