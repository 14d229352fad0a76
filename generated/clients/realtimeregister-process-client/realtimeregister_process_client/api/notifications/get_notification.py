from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification import Notification
from ...types import UNSET, Response, Unset


def _get_kwargs(customer: str, notification_id: int, *, fields: str | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_notification")

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(_media.PATH_RULES["get_notification"], customer=customer, notification_id=notification_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications/{notification_id}".format(
            customer=quote(str(customer), safe=""), notification_id=quote(str(notification_id), safe="")
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


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
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Notification | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> Response[ErrorResponse | Notification]:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Notification]
    """

    kwargs = _get_kwargs(customer=customer, notification_id=notification_id, fields=fields)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> ErrorResponse | Notification | None:
    """Get one notification

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ErrorResponse | Notification
    """

    return sync_detailed(customer=customer, notification_id=notification_id, client=client, fields=fields).parsed


async def asyncio_detailed(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> Response[ErrorResponse | Notification]:
    """Get one notification

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ErrorResponse | Notification]
    """

    kwargs = _get_kwargs(customer=customer, notification_id=notification_id, fields=fields)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> ErrorResponse | Notification | None:
    """Get one notification

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ErrorResponse | Notification
    """

    return (
        await asyncio_detailed(customer=customer, notification_id=notification_id, client=client, fields=fields)
    ).parsed
